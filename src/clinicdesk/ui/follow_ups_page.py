"""The Follow-ups page: who is due or overdue for a recall, to call or write to.

The list comes from services.follow_ups (overdue first, the oldest first); it narrows by
status, treatment and a search on the client (name or phone, as the client list
searches). Under it, the contacts already made with the selected client. A contact is
logged from a dialog; "Booked" or "Declined" takes the row off the list. Recall letters
for the selected rows are printed or saved from memory, and then logged as sent. Planned
sessions go to the practitioner's calendar as an .ics file saved where they choose.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError
from clinicdesk.reports.recall_letter import RecallLetter, render_recall_letters
from clinicdesk.rules.recalls import CLOSING_OUTCOMES, DEFAULT_HORIZON_DAYS, Status
from clinicdesk.services import catalogue, clients, clinic, follow_ups
from clinicdesk.services.follow_ups import ContactRecord, DueFollowUp, LastContact
from clinicdesk.ui import printing
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.contact_dialog import (
    ContactDialog,
    ContactHistory,
    export_planned_sessions,
    letter_date,
)
from clinicdesk.ui.errors import show_error
from clinicdesk.ui.follow_ups_model import (
    CLIENT,
    DUE,
    PHONE,
    STATUS,
    TREATMENT,
    WHY,
    FollowUpsModel,
    list_name,
    status_name,
)
from clinicdesk.ui.i18n import current_language
from clinicdesk.ui.plan_editor import family_names
from clinicdesk.ui.practice_handle import PracticeHandle

SEARCH_DELAY_MS = 150


class FollowUpsPage(QWidget):
    open_client_requested = Signal(int)
    refreshed = Signal()  # the list read again has been shown

    def __init__(self, handle: PracticeHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpsPage")
        self._handle = handle
        self._all: list[DueFollowUp] = []
        self._readings = 0
        self._matching: set[int] | None = None  # the clients the search finds, if any
        self.model = FollowUpsModel(
            lambda ids: follow_ups.client_contacts(self._handle.practice, client_ids=ids),
            current_language,
        )

        self.status = QComboBox()
        self.status.setObjectName("followUpStatus")
        self.family = QComboBox()
        self.family.setObjectName("followUpFamily")
        self.search = QLineEdit()
        self.search.setObjectName("followUpSearch")
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.status.currentIndexChanged.connect(self._show)
        self.family.currentIndexChanged.connect(self._show)

        self.table = QTableView()
        self.table.setObjectName("followUpTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in (
            (STATUS, 90), (DUE, 95), (CLIENT, 200), (PHONE, 150), (TREATMENT, 140), (WHY, 320),
        ):  # fmt: skip
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(self._open_index)
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.count_label = QLabel()

        self.log_button = QPushButton()
        self.log_button.setObjectName("logContact")
        self.log_button.clicked.connect(self.log_contact)
        self.letters_button = QPushButton()
        self.letters_button.setObjectName("recallLetters")
        self.letters_menu = QMenu(self)
        self.print_action = self.letters_menu.addAction("", self.print_letters)
        self.save_action = self.letters_menu.addAction("", self.save_letters)
        self.letters_button.setMenu(self.letters_menu)
        self.calendar_button = QPushButton()
        self.calendar_button.setObjectName("exportCalendar")
        self.calendar_button.clicked.connect(self.export_calendar)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_selected)

        self.history = ContactHistory()

        filters = QHBoxLayout()
        self.status_label, self.family_label = QLabel(), QLabel()
        for widget in (self.status_label, self.status, self.family_label, self.family):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        for button in (self.log_button, self.letters_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.calendar_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count_label)
        layout.addLayout(buttons)
        layout.addWidget(self.history)
        self.retranslate()

    def retranslate(self) -> None:
        self.status_label.setText(self.tr("Show"))
        self.family_label.setText(self.tr("Treatment"))
        self.search.setPlaceholderText(self.tr("Search by client name or phone"))
        current = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("Overdue, due and upcoming"), None)
        for status in Status.OVERDUE, Status.DUE, Status.UPCOMING:
            self.status.addItem(status_name(status), status)
        self.status.setCurrentIndex(max(0, self.status.findData(current)))
        self.status.blockSignals(False)
        self.log_button.setText(self.tr("Log contact…"))
        self.letters_button.setText(self.tr("Recall letters"))
        self.print_action.setText(self.tr("Print recall letters…"))
        self.save_action.setText(self.tr("Save recall letters as PDF…"))
        self.calendar_button.setText(self.tr("Export planned sessions (.ics)…"))
        self.open_button.setText(self.tr("Open client"))
        self.history.retranslate()
        if self._handle.is_open:
            self._fill_families()
        self._show()

    def _fill_families(self) -> None:
        current = self.family.currentData()
        names = family_names(catalogue.families(self._handle.practice, include_retired=True))
        recalled = {rule.family for rule in follow_ups.rules_by_id().values()}
        self.family.blockSignals(True)
        self.family.clear()
        self.family.addItem(self.tr("All treatments"), None)
        for code in sorted(recalled, key=lambda code: names.get(code, code).casefold()):
            self.family.addItem(names.get(code, code), code)
        self.family.setCurrentIndex(max(0, self.family.findData(current)))
        self.family.blockSignals(False)
        self.model.family_names = names

    # -- the list ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again, keeping the filters and, if still listed, the selection.
        The reading (a tenth of a second in a large practice) is done off the GUI thread;
        the rows shown meanwhile stay, and a reading overtaken by another or by the lock
        is dropped."""
        if not self._handle.is_open:
            return
        self._fill_families()
        self._readings += 1
        reading, practice = self._readings, self._handle.practice

        def read() -> list[DueFollowUp]:
            return follow_ups.listed_recalls(practice)

        def shown(recalls: list[DueFollowUp]) -> None:
            if reading == self._readings and self._handle.is_open:
                self._all = recalls
                self.model.forget_clients()
                self._show()
                self.refreshed.emit()

        def failed(error: BaseException) -> None:
            if reading == self._readings:
                sys.excepthook(type(error), error, error.__traceback__)

        run_in_background(read, shown, failed)

    def _search(self) -> None:
        text = self.search.text().strip()
        self._matching = (
            set(clients.find_client_ids(self._handle.practice, text=text))
            if text and self._handle.is_open
            else None
        )
        self._show()

    def _show(self) -> None:
        selected = self.selected_recalls()
        status, family = self.status.currentData(), self.family.currentData()
        shown = [
            recall
            for recall in self._all
            if (status is None or recall.status == status)
            and (family is None or recall.rule.family == family)
            and (self._matching is None or recall.client_id in self._matching)
        ]
        self.model.set_recalls(shown, self.model.family_names)
        rows = [self.model.row_of(r.client_id, r.rule.id) for r in selected[:1]]
        row = next((row for row in rows if row is not None), 0 if shown else None)
        if row is not None:
            self.select_row(row)
        self._update_counts()
        self._selection_changed()

    def _update_counts(self) -> None:
        shown = self.model.rowCount()
        if shown:
            self.stack.setCurrentWidget(self.table)
        elif self._all:
            self.empty.setText(self.tr("No follow-up matches these filters."))
            self.stack.setCurrentWidget(self.empty)
        else:
            self.empty.setText(
                self.tr(
                    "Nobody is due for a follow-up in the next %n day(s).", "", DEFAULT_HORIZON_DAYS
                )
                + "\n\n"
                + self.tr(
                    "Clients appear here when a signed-off treatment calls for a review or "
                    "a next session, following the recall rules of each treatment."
                )
            )
            self.stack.setCurrentWidget(self.empty)
        self.count_label.setText(self.tr("%n follow-up(s)", "", shown))

    # -- selection -----------------------------------------------------------------------

    def select_row(self, row: int) -> None:
        """Select this row alone (selectRow would extend the selection while the Ctrl or
        Shift of the shortcut that opened the page is still held)."""
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
            | QItemSelectionModel.SelectionFlag.Current
        )
        self.table.selectionModel().setCurrentIndex(index, flags)

    def selected_recalls(self) -> list[DueFollowUp]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [recall for row in rows if (recall := self.model.recall(row)) is not None]

    def _current(self) -> tuple[int, DueFollowUp] | None:
        rows = self.table.selectionModel().selectedRows()
        row = self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1
        if row not in {index.row() for index in rows}:
            row = rows[0].row() if rows else -1
        recall = self.model.recall(row)
        return None if recall is None else (row, recall)

    def _selection_changed(self, *_: object) -> None:
        chosen = self.selected_recalls()
        self.log_button.setEnabled(len(chosen) == 1)
        self.open_button.setEnabled(len(chosen) == 1)
        self.letters_button.setEnabled(bool(chosen))
        self._show_history()

    def _show_history(self) -> None:
        current = self._current()
        if current is None or not self._handle.is_open:
            self.history.show_log([], {})
            return
        log = follow_ups.contact_log(self._handle.practice, client_id=current[1].client_id)
        self.history.show_log(log, self.model.family_names)

    def _open_index(self, index: QModelIndex) -> None:
        recall = self.model.recall(index.row())
        if recall is not None:
            self.open_client_requested.emit(recall.client_id)

    def open_selected(self) -> None:
        current = self._current()
        if current is not None:
            self.open_client_requested.emit(current[1].client_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_selected()
            return True
        return super().eventFilter(watched, event)

    # -- contacts ------------------------------------------------------------------------

    def contact_dialog(self) -> ContactDialog | None:
        """The dialog to log a contact about the selected follow-up (not shown yet)."""
        current = self._current()
        if current is None:
            return None
        row, recall = current
        client = self.model.client(row)
        dialog = ContactDialog(
            self._handle,
            recall,
            client_name=list_name(client) if client else "",
            treatment=self.model.family_names.get(recall.rule.family, recall.rule.family),
            parent=self,
        )
        self._handle.locked.connect(dialog.reject)  # it names the client: gone at a lock
        return dialog

    def log_contact(self) -> None:
        dialog = self.contact_dialog()
        if dialog is None:
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.contact_logged(dialog.recall, dialog.record)
        dialog.deleteLater()

    def contact_logged(self, recall: DueFollowUp, record: ContactRecord | None) -> None:
        """Show a logged contact at once, without reading the whole list again."""
        if record is not None:
            self._apply_contact(recall, record)
            self._show()

    def _apply_contact(self, recall: DueFollowUp, record: ContactRecord) -> None:
        """A closing contact takes the row away; another one becomes the row's last
        contact. One logged as made before the last contact shown changes nothing (the
        newest contact decides)."""
        last = recall.last_contact
        if last is not None and last.at > record.contacted_at:
            return
        updated = None
        if record.outcome not in CLOSING_OUTCOMES:
            updated = DueFollowUp(
                recall.client_id, recall.rule, recall.treated_on, recall.due_on,
                recall.status, LastContact(record.outcome, record.contacted_at),
            )  # fmt: skip
        key = (recall.client_id, recall.rule.id)
        self._all = [
            (updated or r) if (r.client_id, r.rule.id) == key else r
            for r in self._all
            if updated is not None or (r.client_id, r.rule.id) != key
        ]

    # -- letters -------------------------------------------------------------------------

    def letters_pdf(self, recalls: list[DueFollowUp]) -> bytes:
        practice = self._handle.practice
        letters = follow_ups.recall_letters(
            practice, wanted=[(r.client_id, r.rule.id) for r in recalls]
        )
        today = datetime.now().astimezone().date()
        details = clinic.clinic_details(practice)
        return render_recall_letters(
            letters=[
                RecallLetter(x.language, letter_date(x.language, today), x.recipient, x.body)
                for x in letters
            ],
            clinic=clinic.clinic_header(practice),
            title=self.tr("Recall letters"),
            language=details.language,
        )

    def print_letters(self) -> None:
        self._letters(lambda pdf: printing.print_pdf(self, pdf, self.tr("Recall letters")))

    def save_letters(self) -> None:
        self._letters(lambda pdf: printing.save_pdf(self, pdf, self.tr("recall-letters.pdf")))

    def _letters(self, output: Callable[[bytes], bool]) -> None:
        recalls = self.selected_recalls()
        if not recalls:
            return
        try:
            pdf = self.letters_pdf(recalls)
        except ClinicDeskError as error:
            show_error(self, error)
            return
        if output(pdf):
            self._letters_sent(recalls)

    def _letters_sent(self, recalls: list[DueFollowUp]) -> None:
        try:
            for recall in recalls:
                record = follow_ups.record_contact(
                    self._handle.practice,
                    client_id=recall.client_id,
                    recall_id=recall.rule.id,
                    treated_on=recall.treated_on,
                    outcome="letter_sent",
                )
                self._apply_contact(recall, record)
        except ClinicDeskError as error:
            show_error(self, error)
        self._show()

    # -- the calendar --------------------------------------------------------------------

    def export_calendar(self) -> None:
        export_planned_sessions(self, self._handle)

    # -- locking -------------------------------------------------------------------------

    def clear(self) -> None:
        """Forget every client shown, for the lock screen."""
        self._search_timer.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._readings += 1  # a reading still under way is for the client data just hidden
        self._all, self._matching = [], None
        self.model.clear()
        self.history.show_log([], {})
        self._update_counts()
