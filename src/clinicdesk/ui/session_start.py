"""Starting a session: which treatment, which plan it counts towards, when; and the
client screened again before anything is written.

A treatment the history rules out is refused here, with the findings shown, and no
session is created. Otherwise a draft is started and opened; a relative block then keeps
the note closed until a reason is recorded for this session (see session_dialog.py).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError, ValidationError
from clinicdesk.services import catalogue, plans, screening, sessions
from clinicdesk.services.clients import ClientRecord
from clinicdesk.services.sessions import SessionRecord
from clinicdesk.ui.date_field import DateTimeField
from clinicdesk.ui.errors import error_label, message_for, show_error
from clinicdesk.ui.formatting import format_date
from clinicdesk.ui.i18n import current_language
from clinicdesk.ui.practice_handle import PracticeHandle
from clinicdesk.ui.screening_view import ScreeningView


class StartSessionDialog(QDialog):
    """Asks what and when; on OK `started` holds the new draft."""

    def __init__(
        self,
        handle: PracticeHandle,
        client: ClientRecord,
        *,
        plan_treatment_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("startSession")
        self._handle = handle
        self.client = client
        self.started: SessionRecord | None = None
        self.setWindowTitle(self.tr("New session"))
        language = current_language()
        self.family = QComboBox()
        self.family.setObjectName("sessionFamily")
        for family in catalogue.families(handle.practice):
            if family.active:
                self.family.addItem(family.name(language), family.code)
        self.plan = QComboBox()
        self.plan.setObjectName("sessionPlan")
        self._open_treatments = [
            (plan, treatment)
            for plan in plans.plans(handle.practice, client_id=client.id)
            if plan.open
            for treatment in plan.treatments
        ]
        self.when = DateTimeField()
        self.when.setObjectName("startWhen")
        self.when.set_value(datetime.now().astimezone())
        self.errors = {name: error_label(name) for name in ("family", "performed_at")}
        self.screening: ScreeningView | None = None
        self.screening_place = QVBoxLayout()

        form = QFormLayout()
        form.addRow(self.tr("Treatment"), self.family)
        form.addRow("", self.errors["family"])
        form.addRow(self.tr("Counts towards"), self.plan)
        form.addRow(self.tr("Date and time"), self.when)
        form.addRow("", self.errors["performed_at"])
        note = QLabel(
            self.tr(
                "Starting screens the client's history again for this treatment. A "
                "contraindication that rules it out stops here."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #52606d;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Screen and start"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(self.screening_place)
        layout.addStretch(1)  # room the findings take when shown, at the bottom otherwise
        layout.addWidget(self.buttons)
        self.family.currentIndexChanged.connect(self._family_changed)
        self.plan.currentIndexChanged.connect(self._plan_changed)
        if plan_treatment_id is not None:
            chosen = next((t for _, t in self._open_treatments if t.id == plan_treatment_id), None)
            if chosen is not None:
                self.family.setCurrentIndex(max(0, self.family.findData(chosen.family)))
        self._family_changed()
        if plan_treatment_id is not None:
            self.plan.setCurrentIndex(max(0, self.plan.findData(plan_treatment_id)))
        self.resize(560, self.sizeHint().height())

    def _family_changed(self) -> None:
        family = self.family.currentData()
        self.plan.blockSignals(True)
        self.plan.clear()
        self.plan.addItem(self.tr("No plan: a session on its own"), None)
        for plan, treatment in self._open_treatments:
            if treatment.family == family:
                label = self.tr("Plan of %1 (%n session(s))", "", treatment.sessions).replace(
                    "%1", format_date(plan.start_on or plan.created_at.astimezone().date())
                )
                self.plan.addItem(label, treatment.id)
        if self.plan.count() > 1:
            self.plan.setCurrentIndex(1)  # a planned course is the usual case
        self.plan.blockSignals(False)
        self._clear_screening()

    def _plan_changed(self) -> None:
        self._clear_screening()

    def _clear_screening(self) -> None:
        if self.screening is not None:
            self.screening.hide()
            self.screening.deleteLater()
            self.screening = None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def accept(self) -> None:
        for label in self.errors.values():
            label.hide()
        family = self.family.currentData()
        if family is None:
            self._say("family", self.tr("Choose the treatment."))
            return
        performed_at = self.when.value()
        if performed_at is None:
            self._say("performed_at", self.when.problem())
            return
        practice = self._handle.practice
        found = screening.screen_client(
            practice, client_id=self.client.id, family=family, treated_at=performed_at
        )
        if found.absolute:
            self._show_refusal(family, found)
            return
        try:
            record, _ = sessions.start_session(
                practice,
                client_id=self.client.id,
                family=family,
                performed_at=performed_at.astimezone(),
                plan_treatment_id=self.plan.currentData(),
            )
        except ValidationError as error:
            self._say(
                error.field if error.field in self.errors else "performed_at", message_for(error)
            )
            return
        except ClinicDeskError as error:
            show_error(self, error)
            return
        self.started = record
        super().accept()

    def _say(self, field: str, message: str) -> None:
        self.errors[field].setText(message)
        self.errors[field].show()

    def _show_refusal(self, family: str, found: screening.Screening) -> None:
        self._clear_screening()
        self.screening = ScreeningView(family, self.family.currentText(), self)
        self.screening.show_screening(found, None)
        self.screening_place.addWidget(self.screening)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
