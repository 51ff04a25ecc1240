"""What the practitioner says about a photo: body area, view, session, note and the uses its
consent covers; as a form (for the files of an import, all at once) and as the Details
dialog of one photo in the gallery.

The consent boxes offer only what the client agreed to in their latest final consultation
(the service refuses more); when there is no photo consent at all, the form says so
rather than leaving the practitioner to wonder why every box is greyed out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError, ValidationError
from clinicdesk.rules.photo_views import AREAS, VIEWS
from clinicdesk.services import catalogue, consultations, photos, sessions
from clinicdesk.services.photos import PhotoDetails, PhotoRow
from clinicdesk.ui.errors import error_label, show_beside_field, show_error
from clinicdesk.ui.photos_tab_names import area_name, scope_name, session_label, view_name
from clinicdesk.ui.plan_editor import family_names
from clinicdesk.ui.practice_handle import PracticeHandle

FIELDS = ("area", "view", "session_id", "note", "consent_scope")


class PhotoDetailsForm(QWidget):
    changed = Signal()  # the view or the session chosen changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = QComboBox()
        self.area.setObjectName("photoArea")
        self.view = QComboBox()
        self.view.setObjectName("photoView")
        self.session = QComboBox()
        self.session.setObjectName("photoSession")
        self.session.setMinimumContentsLength(28)
        self.note = QPlainTextEdit()
        self.note.setObjectName("photoNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(56)
        self.scopes = {scope: QCheckBox() for scope in consultations.PHOTO_SCOPES}
        scope_row = QHBoxLayout()
        scope_row.setContentsMargins(0, 0, 0, 0)
        for scope, box in self.scopes.items():
            box.setObjectName(f"photoScope_{scope}")
            scope_row.addWidget(box)
        scope_row.addStretch(1)
        self.consent_hint = QLabel()
        self.consent_hint.setObjectName("photoConsentHint")
        self.consent_hint.setWordWrap(True)
        self.consent_hint.setStyleSheet("color: #7a4b00;")
        self.errors = {name: error_label(name) for name in FIELDS}
        self.agreed: tuple[str, ...] = ()

        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.labels = [QLabel() for _ in FIELDS]
        widgets = (self.area, self.view, self.session, self.note)
        for label, widget, name in zip(self.labels, widgets, FIELDS, strict=False):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
            self.form.addRow("", self.errors[name])
        self.form.addRow(self.labels[-1], scope_row)
        self.form.addRow("", self.consent_hint)
        self.form.addRow("", self.errors["consent_scope"])
        self.view.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.session.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.retranslate()

    def retranslate(self) -> None:
        texts = (
            self.tr("Body &area"),
            self.tr("&View"),
            self.tr("&Session"),
            self.tr("&Note"),
            self.tr("Consent covers"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self._fill(self.area, AREAS, area_name)
        self._fill(self.view, VIEWS, view_name)
        for scope, box in self.scopes.items():
            box.setText(scope_name(scope))
        self.consent_hint.setText(
            self.tr(
                "The client has not agreed to photos in a finished consultation, so no use "
                "can be ticked. Record their photo consent in a consultation first."
            )
        )

    def _fill(self, combo: QComboBox, codes: Sequence[str], name: Callable[[str], str]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Choose…"), "")
        for code in codes:
            combo.addItem(name(code), code)
        combo.setCurrentIndex(max(combo.findData(chosen or ""), 0))
        combo.blockSignals(False)

    def load(self, handle: PracticeHandle, client_id: int) -> None:
        """The client's sessions (newest first) and the uses their photo consent allows."""
        practice = handle.practice
        names = family_names(catalogue.families(practice, include_retired=True))
        chosen = self.session.currentData()
        self.session.blockSignals(True)
        self.session.clear()
        self.session.addItem(self.tr("No session"), None)
        for record in reversed(sessions.sessions(practice, client_id=client_id)):
            self.session.addItem(session_label(record, names), record.id)
        self.session.setCurrentIndex(max(self.session.findData(chosen), 0))
        self.session.blockSignals(False)
        self.agreed = consultations.photo_consent(practice, client_id=client_id)
        for scope, box in self.scopes.items():
            box.setEnabled(scope in self.agreed)
            box.setChecked(scope in self.agreed)
        self.consent_hint.setVisible(not self.agreed)

    def set_values(
        self,
        *,
        area: str = "",
        view: str = "",
        session_id: int | None = None,
        note: str = "",
        consent_scope: Sequence[str] | None = None,
    ) -> None:
        for combo, value in ((self.area, area), (self.view, view), (self.session, session_id)):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.note.setPlainText(note)
        if consent_scope is not None:
            for scope, box in self.scopes.items():
                box.setChecked(scope in consent_scope and scope in self.agreed)

    def details(self) -> PhotoDetails:
        return PhotoDetails(
            area=self.area.currentData() or "",
            view=self.view.currentData() or "",
            session_id=self.session.currentData(),
            note=self.note.toPlainText(),
            consent_scope=[s for s, box in self.scopes.items() if box.isChecked()],
        )

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()

    def show_error(self, error: ValidationError) -> None:
        show_beside_field(self.errors, error, "note")


class PhotoDetailsDialog(QDialog):
    """Correct one photo's details; `saved` holds the photo as it now is."""

    def __init__(self, handle: PracticeHandle, row: PhotoRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("photoDetailsDialog")
        self._handle = handle
        self.row = row
        self.saved: PhotoRow | None = None
        self.setWindowTitle(self.tr("Photo details"))
        self.form = PhotoDetailsForm()
        self.form.load(handle, row.client_id)
        self.form.set_values(
            area=row.area,
            view=row.view,
            session_id=row.session_id,
            note=row.note,
            consent_scope=row.consent_scope,
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, 380)

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            self.saved = photos.update_details(
                self._handle.practice, photo_id=self.row.id, details=self.form.details()
            )
        except ValidationError as error:
            self.form.show_error(error)
            return
        except ClinicDeskError as error:
            show_error(self, error)
            return
        super().accept()
