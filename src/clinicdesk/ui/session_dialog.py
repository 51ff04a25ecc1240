"""One session, open: the note written as a draft and signed off, or read once final,
with its corrections and adverse events beside it.

A draft stays closed while the screening blocks the treatment (a relative
contraindication with no reason recorded for this session); the reason is recorded here.
Signing off saves the note, screens again and asks for large quantities to be confirmed.
A signed-off session is corrected in place: the changed fields are kept as amendments
for one reason, the original beside them.

The banner and the buttons that fit the session's state (`session_state`), the note's
form (`session_form`) and its events and corrections (`session_history`) are widgets of
their own; this dialog holds them together and carries out what the buttons ask.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError, ValidationError
from clinicdesk.services import catalogue, products, screening, session_changes, sessions
from clinicdesk.services.client_fields import full_name
from clinicdesk.services.clients import ClientRecord
from clinicdesk.services.products import BatchRow
from clinicdesk.services.sessions import SessionProductInput
from clinicdesk.ui.adverse_event_dialog import AdverseEventDialog
from clinicdesk.ui.errors import message_for, show_error
from clinicdesk.ui.photo_import_dialog import PhotoImportDialog
from clinicdesk.ui.plan_editor import family_names
from clinicdesk.ui.practice_handle import PracticeHandle
from clinicdesk.ui.printing import print_pdf
from clinicdesk.ui.screening_view import ScreeningView
from clinicdesk.ui.session_form import SessionForm
from clinicdesk.ui.session_history import SessionHistory
from clinicdesk.ui.session_printing import aftercare_pdf
from clinicdesk.ui.session_state import SessionBanner, SessionFooter
from clinicdesk.ui.session_summary import session_summary_pdf


class SessionDialog(QDialog):
    changed = Signal()  # saved, signed off, corrected, discarded or an event added
    photos_imported = Signal()

    def __init__(
        self,
        handle: PracticeHandle,
        client: ClientRecord,
        session_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionDialog")
        self._handle = handle
        self.client = client
        self.record = sessions.get_session(handle.practice, session_id=session_id)
        self.dirty = False
        self.correcting = False
        self.photo_dialog: PhotoImportDialog | None = None  # held while open
        known = catalogue.families(handle.practice, include_retired=True)
        self.family_name = family_names(known).get(self.record.family, self.record.family)

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.banner = SessionBanner()
        self.screening = ScreeningView(self.record.family, self.family_name, self)
        self.screening.overridden.connect(self._rescreen)
        self.form = SessionForm(handle)
        self.form.changed.connect(self._edited)
        self.history = SessionHistory()
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.screening)
        column.addWidget(self.form)
        column.addWidget(self.history)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)

        self.footer = SessionFooter()
        for name, slot in (
            ("event", self.add_event), ("photos", self.add_photos),
            ("aftercare", self.print_aftercare),
            ("summary", self.print_summary),
            ("discard", self.discard), ("save", self.save), ("sign", self.sign_off),
            ("correct", self.start_correction), ("cancel_correction", self.cancel_correction),
            ("save_correction", self.save_correction), ("close", self.close),
        ):  # fmt: skip
            self.footer.buttons[name].clicked.connect(slot)
        self.buttons = self.footer.buttons
        self.reason, self.reason_error = self.footer.reason, self.footer.reason_error
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.footer)
        self.retranslate()
        self._load()
        self.resize(980, 860)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Session"))
        self.footer.retranslate()

    # -- showing -------------------------------------------------------------------------

    def _load(self, *, prefill: bool = True) -> None:
        record = self.record
        practice = self._handle.practice
        self.heading.setText(
            f"{self.family_name} — {full_name(self.client.fields.given_name, self.client.fields.family_name)}"
        )
        offered = products.products(practice)
        offered.sort(key=lambda p: p.family != record.family)  # the treatment's own first
        kept = [
            BatchRow(p.batch_id, p.product_id, p.lot, p.expires_on, None) for p in record.products
        ]
        fill = previous = None
        if not record.final:
            previous = sessions.previous_session(
                practice, client_id=record.client_id, family=record.family
            )
            if prefill:
                fill = sessions.prefill_from(practice, previous, on=record.day)
        self.form.load(record, products=offered, kept_batches=kept, prefill=fill, previous=previous)
        if fill is not None and fill.unavailable:
            self.form.general_error.setText(
                self.tr("No batch in date for: %1. Add a batch in Settings ▸ Products.").replace(
                    "%1", ", ".join(fill.unavailable)
                )
            )
            self.form.general_error.show()
        self.dirty = fill is not None and fill.source_session_id is not None
        self.history.show_record(self.record)
        self._rescreen()

    def _rescreen(self) -> None:
        record = self.record
        if record.final:
            self.screening.hide()
        else:
            found = screening.screen_client(
                self._handle.practice,
                client_id=record.client_id,
                family=record.family,
                treated_at=record.performed_at,
                context=record.context,
            )
            self.screening.show_screening(found, self._override)
            self.screening.setVisible(bool(found.findings or found.patch_test))
            self.form.setEnabled(not found.blocked)
        self._update_state()

    def _override(self, rule_id: str, level: str, reason: str) -> None:
        screening.override(
            self._handle.practice,
            client_id=self.record.client_id,
            family=self.record.family,
            rule_id=rule_id,
            level=level,
            reason=reason,
            context=self.record.context,
        )

    def _update_state(self) -> None:
        blocked = not self.record.final and not self.form.isEnabled()
        self.banner.show_state(self.record, correcting=self.correcting, blocked=blocked)
        self.footer.show_state(self.record, correcting=self.correcting, blocked=blocked)

    # -- a draft -------------------------------------------------------------------------

    def _edited(self) -> None:
        self.dirty = True

    def _values(self) -> tuple[datetime, dict[str, Any], list[SessionProductInput]] | None:
        self.form.clear_errors()
        performed_at, notes, lines = (
            self.form.performed_at(),
            self.form.notes(),
            self.form.products(),
        )
        if performed_at is None or notes is None or lines is None:
            return None
        return performed_at, notes, lines

    def save(self) -> bool:
        values = self._values()
        if values is None:
            return False
        performed_at, notes, lines = values
        try:
            saved = session_changes.save_draft(
                self._handle.practice,
                session_id=self.record.id,
                notes=notes,
                products=lines,
                performed_at=performed_at,
            )
        except ValidationError as error:
            self.form.show_error(error)
            return False
        except ClinicDeskError as error:
            show_error(self, error)
            return False
        self.record, self.dirty = saved.record, False
        self.changed.emit()
        return True

    def sign_off(self) -> None:
        if not self.save():
            return
        confirm = False
        while True:
            try:
                self.record = session_changes.sign_off(
                    self._handle.practice,
                    session_id=self.record.id,
                    confirm_large_quantities=confirm,
                )
                break
            except ValidationError as error:
                if error.field == "quantity" and not confirm:
                    answer = QMessageBox.question(
                        self,
                        self.tr("Large quantities"),
                        message_for(error) + "\n\n" + self.tr("Sign off with these quantities?"),
                    )
                    if answer != QMessageBox.StandardButton.Yes:
                        return
                    confirm = True
                    continue
                if error.field == "screening":
                    self._rescreen()
                self.form.show_error(error)
                return
            except ClinicDeskError as error:
                show_error(self, error)
                return
        self.changed.emit()
        self._load(prefill=False)

    def discard(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Discard draft"),
            self.tr("Throw this draft away? Nothing of it is kept but the fact it was started."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            session_changes.discard_draft(self._handle.practice, session_id=self.record.id)
        except ClinicDeskError as error:
            show_error(self, error)
            return
        self.dirty = False
        self.changed.emit()
        self.accept()

    # -- a signed-off session ---------------------------------------------------------------

    def start_correction(self) -> None:
        self.correcting = True
        self.form.set_read_only(False)
        self.form.when.setEnabled(False)
        self.reason.clear()
        self._update_state()
        self.form.areas.setFocus()

    def cancel_correction(self) -> None:
        self.correcting = False
        self._load(prefill=False)

    def save_correction(self) -> None:
        self.reason_error.hide()
        self.form.clear_errors()
        notes, lines = self.form.notes(), self.form.products()
        if notes is None or lines is None:
            return
        changes = {
            name: notes.get(name) for name in session_changes.NOTE_FIELDS if name != "parameters"
        }
        changes.update({f"parameters.{k}": v for k, v in notes["parameters"].items()})
        changes["products"] = lines
        allowed = session_changes.amendable(self.record.family)
        changes = {name: value for name, value in changes.items() if name in allowed}
        try:
            self.record = session_changes.amend_fields(
                self._handle.practice,
                session_id=self.record.id,
                changes=changes,
                reason=self.reason.toPlainText(),
                confirm_large_quantities=True,
            )
        except ValidationError as error:
            if error.field in ("reason", "new_value"):
                self.reason_error.setText(message_for(error))
                self.reason_error.show()
            else:
                self.form.show_error(error)
            return
        except ClinicDeskError as error:
            show_error(self, error)
            return
        self.correcting = False
        self.changed.emit()
        self._load(prefill=False)

    # -- either ----------------------------------------------------------------------------

    def add_event(self) -> None:
        dialog = AdverseEventDialog(self._handle, self.record, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.record = sessions.get_session(self._handle.practice, session_id=self.record.id)
            self.history.show_record(self.record)
            self.changed.emit()

    def add_photos(self) -> PhotoImportDialog:
        """Import photos of this session; its views still missing are listed there."""
        if self.photo_dialog is None:
            dialog = PhotoImportDialog(
                self._handle, self.client, session_id=self.record.id, parent=self
            )
            dialog.imported.connect(lambda _ids: self.photos_imported.emit())
            dialog.finished.connect(lambda *_: self._photos_closed(dialog))
            self.photo_dialog = dialog
            dialog.open()
        return self.photo_dialog

    def _photos_closed(self, dialog: PhotoImportDialog) -> None:
        if self.photo_dialog is dialog:
            self.photo_dialog = None
        dialog.deleteLater()

    def print_aftercare(self) -> None:
        if not self.record.final and self.dirty and not self.save():
            return
        try:
            pdf = aftercare_pdf(self._handle, self.client, self.record)
        except ClinicDeskError as error:
            show_error(self, error)
            return
        print_pdf(self, pdf, self.tr("Aftercare sheet"))

    def print_summary(self) -> None:
        if not self.record.final and self.dirty and not self.save():
            return
        try:
            pdf = session_summary_pdf(self._handle.practice, self.record)
        except ClinicDeskError as error:
            show_error(self, error)
            return
        print_pdf(self, pdf, self.tr("Session record"))

    def _ask_to_keep(self) -> bool:
        """True when the dialog may close: a changed draft is saved or let go first."""
        if not self.correcting and (self.record.final or not self.dirty):
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes before closing?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            if self.correcting:
                self.save_correction()
                return not self.correcting
            return self.save()
        return True

    def put_away(self) -> None:
        """Close at once (the screen locks): a changed draft is saved if it passes the
        checks; otherwise the draft stays as it was last saved."""
        if self.photo_dialog is not None:
            self.photo_dialog.put_away()
        if not self.record.final and self.dirty:
            self.save()
        self.dirty = self.correcting = False
        self.hide()
        self.done(QDialog.DialogCode.Rejected)

    def reject(self) -> None:
        if self._ask_to_keep():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._ask_to_keep():
            event.accept()
        else:
            event.ignore()
