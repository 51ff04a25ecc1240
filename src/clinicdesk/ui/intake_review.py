"""The practitioner's review of what a client answered at the kiosk.

Nothing the client typed reaches the history until the practitioner has read, in their
own language, exactly what would be added, changed or removed, and accepted it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError
from clinicdesk.rules.questionnaire import Change
from clinicdesk.services import intake
from clinicdesk.services.intake import Submission
from clinicdesk.ui.code_names import code_name, section_name, severity_name
from clinicdesk.ui.errors import show_error
from clinicdesk.ui.formatting import format_date, format_datetime
from clinicdesk.ui.i18n import LANGUAGES
from clinicdesk.ui.practice_handle import PracticeHandle


class IntakeReviewDialog(QDialog):
    def __init__(
        self, handle: PracticeHandle, submission: Submission, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intakeReview")
        self._handle = handle
        self.submission = submission
        self.setWindowTitle(self.tr("Answers from the client"))
        heading = QLabel(
            self.tr("Answered by the client on %1, in %2.")
            .replace("%1", format_datetime(submission.submitted_at))
            .replace("%2", LANGUAGES.get(submission.language, submission.language))
        )
        heading.setWordWrap(True)
        self.changes = QListWidget()
        self.changes.setObjectName("intakeChanges")
        self.changes.setWordWrap(True)
        found = intake.proposed_changes(
            handle.practice, client_id=submission.client_id, answers=submission.answers
        )
        for change in found:
            self.changes.addItem(self.describe(change))
        note = QLabel(
            self.tr(
                "Accepting records these changes in the medical history as new versions, "
                "marked as given by the client. Check anything unclear with the client first."
            )
            if found
            else self.tr("The answers match the history as it is: accepting changes nothing.")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.accept_button = QPushButton(self.tr("Accept into the history"))
        self.accept_button.setObjectName("acceptIntake")
        self.discard_button = QPushButton(self.tr("Discard the answers"))
        self.discard_button.setObjectName("discardIntake")
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.accept_button.clicked.connect(self._accept)
        self.discard_button.clicked.connect(self._discard)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.changes, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def describe(self, change: Change) -> str:
        actions = {
            "add": self.tr("Add"),
            "revise": self.tr("Change"),
            "remove": self.tr("Remove"),
        }
        what = code_name(change.kind, change.code) if change.code else ""
        if change.text and change.text != what:
            what = f"{what}: {change.text}" if what else change.text
        extra = []
        if change.details.get("reaction"):
            extra.append(str(change.details["reaction"]))
        if change.details.get("severity"):
            extra.append(severity_name(str(change.details["severity"])))
        for label, day in ((self.tr("since"), change.started), (self.tr("until"), change.ended)):
            if day is not None:
                extra.append(f"{label} {format_date(day)}")
        suffix = f" ({', '.join(extra)})" if extra else ""
        return f"{actions[change.action]} — {section_name(change.kind)}: {what}{suffix}"

    def _accept(self) -> None:
        try:
            intake.accept(self._handle.practice, submission_id=self.submission.id)
        except ClinicDeskError as error:
            show_error(self, error)
            return
        self.accept()

    def _discard(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Discard the answers"),
            self.tr("Discard what the client answered? The history stays as it is."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            intake.discard(self._handle.practice, submission_id=self.submission.id)
        except ClinicDeskError as error:
            show_error(self, error)
            return
        self.accept()
