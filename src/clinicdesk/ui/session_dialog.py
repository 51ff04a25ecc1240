"""One session, open: the note written as a draft and signed off, or read once final,
with its corrections and adverse events beside it.

A draft stays closed while the screening blocks the treatment (a relative
contraindication with no reason recorded for this session); the reason is recorded here.
Signing off saves the note, screens again and asks for large quantities to be confirmed.
A signed-off session is corrected in place: the changed fields are kept as amendments
for one reason, the original beside them.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError, ValidationError
from clinicdesk.services import catalogue, products, screening, session_changes, sessions
from clinicdesk.services.client_fields import full_name
from clinicdesk.services.clients import ClientRecord
from clinicdesk.services.products import BatchRow
from clinicdesk.services.sessions import SessionProductInput
from clinicdesk.ui.adverse_event_dialog import SEVERITY_COLOURS, AdverseEventDialog, severity_name
from clinicdesk.ui.errors import error_label, message_for, show_error
from clinicdesk.ui.formatting import format_datetime
from clinicdesk.ui.plan_editor import family_names
from clinicdesk.ui.practice_handle import PracticeHandle
from clinicdesk.ui.printing import print_pdf
from clinicdesk.ui.screening_view import ScreeningView
from clinicdesk.ui.session_form import SessionForm
from clinicdesk.ui.session_printing import aftercare_pdf
from clinicdesk.ui.session_summary import session_summary_pdf
from clinicdesk.ui.session_texts import field_name, status_name, value_text

BANNERS = {
    "draft": ("#e8f1fb", "#1d4f80"),
    "final": ("#e9f7ef", "#1e6b34"),
    "correcting": ("#fff4e5", "#7a4b00"),
}


class SessionDialog(QDialog):
    changed = Signal()  # saved, signed off, corrected, discarded or an event added

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
        known = catalogue.families(handle.practice, include_retired=True)
        self.family_name = family_names(known).get(self.record.family, self.record.family)

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.banner = QLabel()
        self.banner.setObjectName("sessionBanner")
        self.banner.setWordWrap(True)
        self.screening = ScreeningView(self.record.family, self.family_name, self)
        self.screening.overridden.connect(self._rescreen)
        self.form = SessionForm(handle)
        self.form.changed.connect(self._edited)
        self.history = QTextBrowser()
        self.history.setObjectName("sessionHistory")
        self.history.setOpenLinks(False)
        self.history.setMinimumHeight(120)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("correctionReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(60)
        self.reason_error = error_label("reason")
        self.reason_label = QLabel()
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.screening)
        column.addWidget(self.form)
        column.addWidget(self.history)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)

        self.buttons: dict[str, QPushButton] = {}
        for name, slot in (
            ("event", self.add_event), ("aftercare", self.print_aftercare),
            ("summary", self.print_summary),
            ("discard", self.discard), ("save", self.save), ("sign", self.sign_off),
            ("correct", self.start_correction), ("cancel_correction", self.cancel_correction),
            ("save_correction", self.save_correction), ("close", self.close),
        ):  # fmt: skip
            button = QPushButton()
            button.setObjectName(f"session_{name}")
            button.clicked.connect(slot)
            self.buttons[name] = button
        row = QHBoxLayout()
        for name in ("event", "aftercare", "summary"):
            row.addWidget(self.buttons[name])
        row.addStretch(1)
        for name in (
            "discard",
            "correct",
            "cancel_correction",
            "save_correction",
            "save",
            "sign",
            "close",
        ):
            row.addWidget(self.buttons[name])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.reason_error)
        layout.addLayout(row)
        self.retranslate()
        self._load()
        self.resize(980, 860)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Session"))
        texts = {
            "event": self.tr("Adverse event…"),
            "aftercare": self.tr("Print aftercare sheet…"),
            "summary": self.tr("Print session record…"),
            "discard": self.tr("Discard draft"),
            "save": self.tr("Save draft"),
            "sign": self.tr("Sign off…"),
            "correct": self.tr("Correct…"),
            "cancel_correction": self.tr("Cancel correction"),
            "save_correction": self.tr("Save correction"),
            "close": self.tr("Close"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.reason_label.setText(self.tr("Why is this corrected?"))

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
        self._show_history()
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
        record, correcting = self.record, self.correcting
        blocked = not record.final and not self.form.isEnabled()
        if correcting:
            state, text = (
                "correcting",
                self.tr(
                    "Correcting a signed-off session: change what was wrong and say why. The "
                    "original stays in the record beside the correction."
                ),
            )
        elif record.final:
            state = "final"
            text = self.tr("Signed off on %1 by %2. It can only be corrected, with a reason.")
            text = text.replace("%1", format_datetime(record.signed_off_at or record.updated_at))
            text = text.replace("%2", record.practitioner)
        elif blocked:
            state, text = (
                "correcting",
                self.tr(
                    "The screening blocks this treatment: record a reason above to go ahead, or "
                    "discard the draft and do not treat."
                ),
            )
        else:
            state, text = "draft", self.tr("Draft: saved as you go, final once signed off.")
        background, foreground = BANNERS[state]
        self.banner.setText(f"<b>{status_name(record.status)}</b> — {escape(text)}")
        self.banner.setStyleSheet(
            f"background:{background}; color:{foreground}; padding:6px; border-radius:4px;"
        )
        draft = not record.final
        visible = {
            "discard": draft, "save": draft and not blocked, "sign": draft and not blocked,
            "correct": record.final and not correcting, "cancel_correction": correcting,
            "save_correction": correcting, "close": not correcting, "event": True,
            "aftercare": not blocked, "summary": not correcting,
        }  # fmt: skip
        for name, shown in visible.items():
            self.buttons[name].setVisible(shown)
        for widget in (self.reason_label, self.reason):
            widget.setVisible(correcting)
        self.reason_error.hide()

    def _show_history(self) -> None:
        record = self.record
        parts = []
        if record.adverse_events:
            heading = self.tr("Adverse events")
            parts.append(f"<h3>{escape(heading)}</h3>")
            for event in record.adverse_events:
                colour = SEVERITY_COLOURS.get(event.severity, "#3e4c59")
                lines = [f"<b style='color:{colour}'>{escape(severity_name(event.severity))}</b>"]
                lines.append(escape(event.description))
                if event.action_taken:
                    lines.append(
                        escape(self.tr("Action taken: %1").replace("%1", event.action_taken))
                    )
                if event.follow_up:
                    lines.append(escape(self.tr("Follow-up: %1").replace("%1", event.follow_up)))
                lines.append(
                    f"<span style='color:#52606d'>{escape(format_datetime(event.recorded_at))} · {escape(event.actor)}</span>"
                )
                parts.append("<p>" + "<br>".join(lines) + "</p>")
        if record.amendments:
            heading = self.tr("Corrections")
            parts.append(f"<h3>{escape(heading)}</h3>")
            for a in record.amendments:
                change = self.tr("%1: “%2” → “%3”")
                change = change.replace("%1", field_name(record.family, a.field))
                change = change.replace("%2", value_text(record.family, a.field, a.old_value))
                change = change.replace("%3", value_text(record.family, a.field, a.new_value))
                parts.append(
                    f"<p>{escape(change)}<br><i>{escape(a.reason)}</i><br>"
                    f"<span style='color:#52606d'>{escape(format_datetime(a.at))} · {escape(a.actor)}</span></p>"
                )
        self.history.setHtml("".join(parts))
        self.history.setVisible(bool(parts))

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
            self._show_history()
            self.changed.emit()

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
