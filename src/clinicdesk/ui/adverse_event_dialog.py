"""Recording an adverse event of a session: how severe, what happened, what was done,
what follows, and when it was recorded (now, or earlier that day if written up later)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError, ValidationError
from clinicdesk.services import session_changes
from clinicdesk.services.sessions import SessionRecord
from clinicdesk.ui.date_field import DateTimeField
from clinicdesk.ui.errors import error_label, show_beside_field, show_error
from clinicdesk.ui.practice_handle import PracticeHandle

SEVERITY_NAMES = {
    "mild": QT_TRANSLATE_NOOP("AdverseEvents", "Mild: settles without treatment"),
    "moderate": QT_TRANSLATE_NOOP("AdverseEvents", "Moderate: needed treatment or advice"),
    "severe": QT_TRANSLATE_NOOP("AdverseEvents", "Severe: urgent care or lasting harm"),
}
SEVERITY_COLOURS = {"mild": "#7a4b00", "moderate": "#b35c00", "severe": "#8a1c1c"}


def severity_name(code: str) -> str:
    return QCoreApplication.translate("AdverseEvents", SEVERITY_NAMES.get(code, code))


class AdverseEventDialog(QDialog):
    def __init__(
        self, handle: PracticeHandle, record: SessionRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("adverseEventDialog")
        self._handle = handle
        self.record = record
        self.setWindowTitle(self.tr("Adverse event"))
        self.severity = QComboBox()
        self.severity.setObjectName("eventSeverity")
        self.severity.addItem(self.tr("Choose…"), None)
        for code in session_changes.SEVERITIES:
            self.severity.addItem(severity_name(code), code)
        self.texts = {
            name: QPlainTextEdit() for name in ("description", "action_taken", "follow_up")
        }
        for name, edit in self.texts.items():
            edit.setObjectName(f"event_{name}")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(70)
        self.when = DateTimeField()
        self.when.setObjectName("eventWhen")
        self.when.set_value(datetime.now().astimezone())
        self.errors = {
            name: error_label(name)
            for name in ("severity", "description", "action_taken", "follow_up", "recorded_at")
        }
        form = QFormLayout()
        rows = (
            (self.tr("Severity"), self.severity, "severity"),
            (self.tr("What happened"), self.texts["description"], "description"),
            (self.tr("Action taken"), self.texts["action_taken"], "action_taken"),
            (self.tr("Follow-up"), self.texts["follow_up"], "follow_up"),
        )
        for label, widget, name in rows:
            form.addRow(label, widget)
            form.addRow("", self.errors[name])
        form.addRow(self.tr("Recorded at"), self.when)
        form.addRow("", self.errors["recorded_at"])
        note = QLabel(
            self.tr("An adverse event is kept with the session for good; it cannot be edited.")
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #52606d;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, 480)

    def accept(self) -> None:
        for label in self.errors.values():
            label.hide()
        recorded_at = self.when.value()
        if recorded_at is None:
            self.errors["recorded_at"].setText(self.when.problem())
            self.errors["recorded_at"].show()
            return
        try:
            session_changes.add_adverse_event(
                self._handle.practice,
                session_id=self.record.id,
                severity=self.severity.currentData() or "",
                description=self.texts["description"].toPlainText(),
                action_taken=self.texts["action_taken"].toPlainText(),
                follow_up=self.texts["follow_up"].toPlainText(),
                recorded_at=recorded_at,
            )
        except ValidationError as error:
            show_beside_field(self.errors, error, "description")
            return
        except ClinicDeskError as error:
            show_error(self, error)
            return
        super().accept()
