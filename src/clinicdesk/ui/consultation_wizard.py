"""The consultation wizard, completed by the practitioner with the client.

Every page change saves the draft, and closing the wizard half-way saves it too, so a
consultation interrupted by the phone, a lock or a crash resumes where it stopped.
Finishing makes it final through the service, which refuses a plan the screening rules
out; the wizard then shows the reason on the page it concerns.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from clinicdesk.errors import ClinicDeskError, ValidationError
from clinicdesk.services import consultations
from clinicdesk.services.consultations import ConsultationRecord
from clinicdesk.ui.consultation_pages import (
    ConsentPage,
    GoalsPage,
    LifestylePage,
    ReasonPage,
    SkinPage,
)
from clinicdesk.ui.consultation_screening import (
    ConsultationContext,
    HealthPage,
    PlanPage,
    TreatmentsPage,
)
from clinicdesk.ui.errors import message_for, show_error
from clinicdesk.ui.practice_handle import PracticeHandle

SAVE_DRAFT = QWizard.WizardButton.CustomButton1


class ConsultationWizard(QWizard):
    finalised = Signal(int)  # consultation id
    draft_saved = Signal(int)

    def __init__(
        self, handle: PracticeHandle, draft: ConsultationRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consultationWizard")
        self._handle = handle
        self.consultation = draft
        self.answers: dict[str, Any] = dict(draft.answers)
        shared = ConsultationContext(handle, draft.client_id, draft.context)
        self.reason_page = ReasonPage()
        self.goals_page = GoalsPage()
        self.lifestyle_page = LifestylePage()
        self.skin_page = SkinPage(handle, draft.client_id)
        self.health_page = HealthPage(shared)
        self.treatments_page = TreatmentsPage(shared)
        self.plan_page = PlanPage(shared)
        self.consent_page = ConsentPage()
        self.pages = [
            self.reason_page,
            self.goals_page,
            self.lifestyle_page,
            self.skin_page,
            self.health_page,
            self.treatments_page,
            self.plan_page,
            self.consent_page,
        ]
        for page in self.pages:
            page.load(self.answers)
            self.addPage(page)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.customButtonClicked.connect(lambda _: self.close())
        self.currentIdChanged.connect(self._page_changed)
        self.resize(900, 700)
        self.retranslate()
        self._navigating = shared.resuming = True
        self.restart()  # so that a resumed draft can step forward before the wizard shows
        for _ in range(min(int(self.answers.get("page") or 0), len(self.pages) - 1)):
            self.next()
        self._navigating = shared.resuming = False

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Consultation"))
        self.setButtonText(SAVE_DRAFT, self.tr("Save draft and close"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish consultation"))
        for page in self.pages:
            page.retranslate()

    # -- drafts ------------------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        for page in self.pages:
            page.store(self.answers)
        if self.currentId() >= 0:  # -1 once the wizard has closed: keep the page it was on
            self.answers["page"] = self.currentId()
        return self.answers

    def _store(self, write: Callable[..., ConsultationRecord]) -> bool:
        """Save the answers through `write` (draft or final); show what stops it."""
        try:
            self.consultation = write(
                self._handle.practice, consultation_id=self.consultation.id, answers=self.collect()
            )
        except ValidationError as error:
            self._show_problem(error)
            return False
        except ClinicDeskError as error:
            show_error(self, error)
            return False
        return True

    def save_draft(self) -> bool:
        if self.consultation.final or not self._handle.is_open:
            return True
        if not self._store(consultations.save_draft):
            return False
        self.draft_saved.emit(self.consultation.id)
        return True

    def _page_changed(self, page_id: int) -> None:
        if page_id >= 0 and not self._navigating:
            self.save_draft()

    def reject(self) -> None:
        """Cancel, close and Escape keep the draft: nothing typed is lost."""
        if self.save_draft():
            super().reject()

    # -- finishing ---------------------------------------------------------------------------

    def validateCurrentPage(self) -> bool:
        if not super().validateCurrentPage():
            return False
        if self.currentPage() is not self.consent_page:
            return True
        if not self._store(consultations.finalise):
            return False
        self.finalised.emit(self.consultation.id)
        return True

    def _show_problem(self, error: ValidationError) -> None:
        """Go to the page the error is about and show it there."""
        message = message_for(error)
        for page_id, page in enumerate(self.pages):
            shows = getattr(page, "show_error", None)
            if shows is not None and shows(error.field, message):
                self._navigating = True
                while self.currentId() > page_id:
                    self.back()
                self._navigating = False
                return
        show_error(self, error)
