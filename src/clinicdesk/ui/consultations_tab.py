"""The record's consultations: start or resume one, hand the device to the client, review
their answers, read a consultation with its amendments beside it, amend, print."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError
from clinicdesk.services import consultations, intake
from clinicdesk.services.clients import ClientRecord
from clinicdesk.services.consultations import ConsultationRecord
from clinicdesk.ui.consultation_amend import AmendDialog
from clinicdesk.ui.consultation_documents import (
    SECTIONS,
    answer_text,
    consultation_summary_pdf,
    field_label,
    intake_form_pdf,
    tr,
)
from clinicdesk.ui.consultation_wizard import ConsultationWizard
from clinicdesk.ui.errors import show_error
from clinicdesk.ui.formatting import format_datetime
from clinicdesk.ui.i18n import LANGUAGES
from clinicdesk.ui.intake_review import IntakeReviewDialog
from clinicdesk.ui.kiosk import KioskWindow
from clinicdesk.ui.practice_handle import PracticeHandle
from clinicdesk.ui.printing import print_pdf, save_pdf


class ConsultationsTab(QWidget):
    changed = Signal()

    def __init__(self, handle: PracticeHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._handle = handle
        self.client: ClientRecord | None = None
        self.records: list[ConsultationRecord] = []
        self.wizard: ConsultationWizard | None = None
        self.kiosk: KioskWindow | None = None

        self.pending = QLabel()
        self.pending.setObjectName("pendingIntake")
        self.pending.setWordWrap(True)
        self.pending.setStyleSheet(
            "background:#fff4e5; color:#7a4b00; padding:6px 8px; border-radius:4px;"
        )
        self.review_button = QPushButton()
        self.review_button.setObjectName("reviewIntake")
        self.review_button.clicked.connect(self.review_pending)
        pending_row = QHBoxLayout()
        pending_row.addWidget(self.pending, 1)
        pending_row.addWidget(self.review_button)

        self.consult_button = QPushButton()
        self.consult_button.setObjectName("startConsultation")
        self.consult_button.clicked.connect(self.start_or_resume)
        self.kiosk_button = QPushButton()
        self.kiosk_button.setObjectName("startKiosk")
        self.kiosk_button.clicked.connect(lambda: self.start_kiosk())
        self.blank_button = QPushButton()
        self.blank_menu = QMenu(self)
        self.blank_button.setMenu(self.blank_menu)
        for code, name in LANGUAGES.items():
            self.blank_menu.addAction(name, lambda c=code: self.print_blank_form(c))
        actions = QHBoxLayout()
        for button in (self.consult_button, self.kiosk_button, self.blank_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.list = QTreeWidget()
        self.list.setObjectName("consultationList")
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(4)
        self.list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.detail = QTextBrowser()
        self.detail.setObjectName("consultationDetail")
        self.amend_button = QPushButton()
        self.amend_button.setObjectName("amendConsultation")
        self.amend_button.clicked.connect(self.amend_selected)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(lambda: self.output_summary(save=False))
        self.save_button = QPushButton()
        self.save_button.clicked.connect(lambda: self.output_summary(save=True))
        self.discard_button = QPushButton()
        self.discard_button.clicked.connect(self.discard_selected)
        detail_actions = QHBoxLayout()
        for button in (self.amend_button, self.print_button, self.save_button, self.discard_button):
            detail_actions.addWidget(button)
        detail_actions.addStretch(1)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.detail, 1)
        right_column.addLayout(detail_actions)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([320, 560])
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #52606d;")

        layout = QVBoxLayout(self)
        layout.addLayout(pending_row)
        layout.addLayout(actions)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        handle.locked.connect(self._hide_while_locked)
        handle.unlocked.connect(self._show_after_unlock)
        self.retranslate()

    def retranslate(self) -> None:
        self.kiosk_button.setText(self.tr("Client fills in the health questionnaire…"))
        self.blank_button.setText(self.tr("Print a blank questionnaire"))
        self.review_button.setText(self.tr("Review the answers"))
        self.amend_button.setText(self.tr("Amend…"))
        self.print_button.setText(self.tr("Print summary…"))
        self.save_button.setText(self.tr("Save summary as PDF…"))
        self.discard_button.setText(self.tr("Discard draft"))
        self.list.setHeaderLabels(
            [self.tr("Date"), self.tr("Status"), self.tr("Reason"), self.tr("Practitioner")]
        )
        self.empty.setText(
            self.tr(
                "No consultation yet. Start one with the client: it goes through their goals, "
                "their health and the treatments considered, and ends with a draft plan."
            )
        )
        if self.client is not None:
            self.show_client(self.client)

    # -- showing -----------------------------------------------------------------------------

    def show_client(self, client: ClientRecord) -> None:
        self.client = client
        practice = self._handle.practice
        self.records = consultations.consultations(practice, client_id=client.id)
        waiting = intake.pending(practice, client_id=client.id)
        self.pending.setText(
            self.tr(
                "The client answered the health questionnaire %n time(s): not reviewed yet.",
                "",
                len(waiting),
            )
        )
        for widget in (self.pending, self.review_button):
            widget.setVisible(bool(waiting))
        draft = next((r for r in self.records if not r.final), None)
        self.consult_button.setText(
            self.tr("Resume the consultation…") if draft else self.tr("New consultation…")
        )
        selected = self._selected()
        self.list.clear()
        for record in self.records:
            status = self.tr("Final") if record.final else self.tr("Draft")
            if record.amendments:
                status += " · " + self.tr("%n amendment(s)", "", len(record.amendments))
            when = format_datetime(record.finalised_at or record.updated_at)
            reason = record.current("reason") or ""
            item = QTreeWidgetItem(
                [when, status, reason.splitlines()[0] if reason else "", record.practitioner]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, record.id)
            self.list.addTopLevelItem(item)
            if selected and record.id == selected.id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.records:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.empty.setVisible(not self.records)
        self._show_selected()

    def clear(self) -> None:
        self.client = None
        self.records = []
        self.list.clear()
        self.detail.clear()

    def select_consultation(self, consultation_id: int) -> None:
        """Show this consultation (the list's current row), if it is on the list."""
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == consultation_id:
                self.list.setCurrentItem(item)
                self.list.scrollToItem(item)
                return

    def _selected(self) -> ConsultationRecord | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(0, Qt.ItemDataRole.UserRole)
        return next((r for r in self.records if r.id == wanted), None)

    def _show_selected(self) -> None:
        record = self._selected()
        for button in (self.amend_button, self.print_button, self.save_button, self.discard_button):
            button.setEnabled(record is not None)
        if record is None:
            self.detail.clear()
            return
        self.amend_button.setVisible(record.final)
        self.discard_button.setVisible(not record.final)
        self.detail.setHtml(self.describe(record))

    def describe(self, record: ConsultationRecord) -> str:
        """The consultation as HTML, each amendment under the answer it corrects."""
        parts = []
        for title, fields in (*SECTIONS, ("", ("photo_consent",))):
            rows = []
            for field in fields:
                original = record.answers.get(field)
                changes = [a for a in record.amendments if a.field == field]
                if not original and not changes:
                    continue
                text = escape(answer_text(field, original) or "—").replace("\n", "<br>")
                rows.append(f"<p><b>{escape(field_label(field))}</b><br>{text}</p>")
                for amendment in changes:
                    note = (
                        self.tr("Amended on %1 by %2. Reason: %3")
                        .replace("%1", format_datetime(amendment.at))
                        .replace("%2", amendment.actor)
                        .replace("%3", amendment.reason)
                    )
                    new = escape(answer_text(field, amendment.new_value) or "—")
                    rows.append(
                        "<p style='margin-left:16px; background:#fff4e5; color:#7a4b00'>"
                        f"{new.replace(chr(10), '<br>')}<br><i>{escape(note)}</i></p>"
                    )
            if rows:
                heading = f"<h3>{escape(tr(title))}</h3>" if title else ""
                parts.append(heading + "".join(rows))
        nothing = self.tr("Nothing written yet.")
        return "".join(parts) or f"<p>{escape(nothing)}</p>"

    # -- actions -----------------------------------------------------------------------------

    def start_or_resume(self) -> ConsultationWizard | None:
        if self.client is None:
            return None
        if self.wizard is not None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        practice = self._handle.practice
        try:
            draft = consultations.latest_draft(practice, client_id=self.client.id)
            if draft is None:
                draft = consultations.start(practice, client_id=self.client.id)
        except ClinicDeskError as error:
            show_error(self, error)
            return None
        self.wizard = ConsultationWizard(self._handle, draft, self.window())
        self.wizard.finished.connect(self._wizard_closed)
        self.wizard.draft_saved.connect(lambda _id: self._refresh())
        self.wizard.show()
        return self.wizard

    def _wizard_closed(self) -> None:
        if self.wizard is not None:
            self.wizard.deleteLater()
        self.wizard = None
        self._refresh()

    def start_kiosk(self, language: str | None = None) -> KioskWindow | None:
        if self.client is None:
            return None
        fields = self.client.fields
        language = language or fields.preferred_language or QLocale().name()
        self.kiosk = KioskWindow(
            self._handle,
            client_id=self.client.id,
            greeting_name=fields.preferred_name or fields.given_name,
            language=language if language in LANGUAGES else "en",
        )
        self.kiosk.released.connect(self._kiosk_released)
        self.kiosk.showFullScreen()
        return self.kiosk

    def _kiosk_released(self) -> None:
        if self.kiosk is not None:
            self.kiosk.deleteLater()
        self.kiosk = None
        self._refresh()
        self.review_pending()

    def review_pending(self) -> None:
        if self.client is None:
            return
        for submission in intake.pending(self._handle.practice, client_id=self.client.id):
            IntakeReviewDialog(self._handle, submission, self).exec()
        self._refresh()

    def amend_selected(self) -> None:
        record = self._selected()
        if record is not None and record.final:
            AmendDialog(self._handle, record, self).exec()
            self._refresh()

    def discard_selected(self) -> None:
        record = self._selected()
        if record is None or record.final:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard draft"),
            self.tr("Discard this unfinished consultation? What was written in it is lost."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                consultations.discard_draft(self._handle.practice, consultation_id=record.id)
            except ClinicDeskError as error:
                show_error(self, error)
            self._refresh()

    def output_summary(self, *, save: bool) -> None:
        record = self._selected()
        if record is None:
            return
        try:
            pdf = consultation_summary_pdf(self._handle.practice, record)
        except ClinicDeskError as error:
            show_error(self, error)
            return
        title = self.tr("Consultation summary")
        if save:
            save_pdf(self, pdf, f"{title}.pdf")
        else:
            print_pdf(self, pdf, title)

    def print_blank_form(self, language: str) -> None:
        try:
            pdf = intake_form_pdf(self._handle.practice, language=language)
        except ClinicDeskError as error:
            show_error(self, error)
            return
        print_pdf(self, pdf, self.tr("Health questionnaire"))

    def _refresh(self) -> None:
        if self.client is not None and self._handle.is_open:
            self.show_client(self.client)
            self.changed.emit()

    # -- locking -----------------------------------------------------------------------------

    def _hide_while_locked(self) -> None:
        if self.wizard is not None:
            self.wizard.hide()

    def _show_after_unlock(self) -> None:
        if self.wizard is not None:
            self.wizard.show()
