"""Correcting a final consultation: one answer, its new text and why; the original stays."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError, ValidationError
from clinicdesk.services import consultations
from clinicdesk.services.consultations import ConsultationRecord
from clinicdesk.ui.consultation_documents import PHOTO_SCOPES as SCOPE_NAMES
from clinicdesk.ui.consultation_documents import answer_text, field_label, tr
from clinicdesk.ui.errors import error_label, show_beside_field, show_error
from clinicdesk.ui.practice_handle import PracticeHandle


class AmendDialog(QDialog):
    def __init__(
        self, handle: PracticeHandle, record: ConsultationRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("amendConsultation")
        self._handle = handle
        self.record = record
        self.setWindowTitle(self.tr("Amend the consultation"))
        self.field = QComboBox()
        self.field.setObjectName("amendField")
        for name in consultations.AMENDABLE:
            self.field.addItem(field_label(name), name)
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.current.setStyleSheet("color: #52606d;")
        self.new_text = QPlainTextEdit()
        self.new_text.setObjectName("amendNewText")
        self.new_text.setTabChangesFocus(True)
        self.scopes = {scope: QCheckBox(tr(SCOPE_NAMES[scope])) for scope in SCOPE_NAMES}
        scope_box = QWidget()
        scope_column = QVBoxLayout(scope_box)
        for box in self.scopes.values():
            scope_column.addWidget(box)
        self.new_value = QStackedWidget()
        self.new_value.addWidget(self.new_text)
        self.new_value.addWidget(scope_box)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("amendReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.errors = {name: error_label(name) for name in ("new_value", "reason")}
        form = QFormLayout()
        form.addRow(self.tr("Answer"), self.field)
        form.addRow(self.tr("Now"), self.current)
        form.addRow(self.tr("Corrected"), self.new_value)
        form.addRow("", self.errors["new_value"])
        form.addRow(self.tr("Why"), self.reason)
        form.addRow("", self.errors["reason"])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel(
            self.tr(
                "The original answer is kept; the correction is shown beside it with your "
                "name, the time and the reason."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.field.currentIndexChanged.connect(self._field_changed)
        self._field_changed()
        self.resize(560, 460)

    def _field_changed(self) -> None:
        name = self.field.currentData()
        value = self.record.current(name)
        self.current.setText(answer_text(name, value) or "—")
        if name == "photo_consent":
            self.new_value.setCurrentIndex(1)
            for scope, box in self.scopes.items():
                box.setChecked(scope in (value or ()))
        else:
            self.new_value.setCurrentIndex(0)
            self.new_text.setPlainText(str(value or ""))

    def accept(self) -> None:
        name = self.field.currentData()
        if name == "photo_consent":
            new_value: object = [s for s, box in self.scopes.items() if box.isChecked()]
        else:
            new_value = self.new_text.toPlainText()
        for label in self.errors.values():
            label.hide()
        try:
            self.record = consultations.amend(
                self._handle.practice,
                consultation_id=self.record.id,
                field=name,
                new_value=new_value,
                reason=self.reason.toPlainText(),
            )
        except ValidationError as error:
            show_beside_field(self.errors, error, "reason")
            return
        except ClinicDeskError as error:
            show_error(self, error)
            return
        super().accept()
