"""The client list: search as you type, sortable columns, empty states."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.services import client_search, clients
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.client_table_model import (
    CITY,
    DATE_OF_BIRTH,
    EMAIL,
    NAME,
    PAGE_SIZE,
    PHONE,
    SORT_KEYS,
    ClientTableModel,
)
from clinicdesk.ui.practice_handle import PracticeHandle

# Typing coalesces into one search per pause this short: below what a person notices.
SEARCH_DELAY_MS = 30
# After unlocking, the selected client is looked for this far down the list.
RESTORE_DEPTH = 20_000


@dataclass(frozen=True)
class ListState:
    """What to restore after the screen was locked: the search, order and selection."""

    text: str
    sort: str
    descending: bool
    selected_id: int | None


class ClientListPage(QWidget):
    open_requested = Signal(int)
    new_requested = Signal()

    def __init__(self, handle: PracticeHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._handle = handle
        self._sort, self._descending = "name", False
        self._query = ("", "name", False)  # what the model's result was searched with
        self.model = ClientTableModel(
            self._fetch_ids, lambda ids: clients.client_rows(self._handle.practice, ids=ids)
        )

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("clientSearch")
        self.search.installEventFilter(self)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        # A full first page is shown before its matches are counted: counting 100,000
        # clients on a cold cache takes 15 ms, so it runs off the GUI thread once the list
        # is painted, and its answer is dropped if another search came first.
        self._count_timer = QTimer(self, singleShot=True, interval=0)
        self._count_timer.timeout.connect(self._count)
        self._searches = 0
        self.search.textChanged.connect(lambda _: self._search_timer.start())

        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_requested)
        self.count_label = QLabel()
        self.count_label.setObjectName("clientCount")

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # Fixed row heights: the view never measures rows, which keeps scrolling cheap.
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        for column, width in ((DATE_OF_BIRTH, 100), (PHONE, 140), (EMAIL, 210), (CITY, 120)):
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(self._open_index)
        self.table.installEventFilter(self)

        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count_label)
        self.model.sort_requested.connect(self._sort_by)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            self.tr("Search by name, phone, email or date of birth  (Ctrl+F)")
        )
        self.new_button.setText(self.tr("New client"))
        self.new_button.setToolTip(self.tr("Add a client (Ctrl+N)"))
        self._update_counts()

    # -- searching ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Search again with the current text and order, keeping the selection if it is still there."""
        selected = self.selected_client_id()
        self._query = text, sort, descending = (self.search.text(), self._sort, self._descending)
        self._searches += 1
        page = clients.first_page(
            self._handle.practice, text=text, sort=sort, descending=descending, size=PAGE_SIZE
        )
        self.model.set_result(page.total, page.ids)
        if page.total is None:
            self._count_timer.start()
        else:
            self._count_timer.stop()
        self._update_counts()
        if (selected is None or not self.select_client(selected)) and page.ids:
            self.table.selectRow(0)

    def _count(self) -> None:
        if not self._handle.is_open or self.model.counted:
            return
        practice, text, search = self._handle.practice, self._query[0], self._searches

        def counted(total: int) -> None:
            if search == self._searches:
                self.model.set_total(total)
                self._update_counts()

        def failed(error: BaseException) -> None:
            if search == self._searches:
                sys.excepthook(type(error), error, error.__traceback__)

        run_in_background(
            lambda: clients.count_matching_clients(practice, text=text), counted, failed
        )

    def _fetch_ids(self, offset: int, limit: int) -> list[int]:
        text, sort, descending = self._query
        return clients.find_client_ids(
            self._handle.practice,
            text=text,
            sort=sort,
            descending=descending,
            offset=offset,
            limit=limit,
            matches=self.model.total if self.model.counted else None,
        )

    def _sort_by(self, sort: str, descending: bool) -> None:
        if (sort, descending) != (self._sort, self._descending):
            self._sort, self._descending = sort, descending
            if self._handle.is_open:
                self.refresh()

    def _update_counts(self) -> None:
        total = self.model.total
        searching = bool(self.search.text().strip())
        if total:
            self.stack.setCurrentWidget(self.table)
            if not self.model.counted:
                return  # the label follows the count, a moment later
        elif searching:
            self.empty.setText(
                self.tr(
                    "No client matches “%1”.\n\nCheck the spelling, try part of the name or "
                    "the phone number, or press Ctrl+N to add a new client."
                ).replace("%1", self.search.text().strip())
            )
            self.stack.setCurrentWidget(self.empty)
        else:
            self.empty.setText(
                self.tr(
                    "No clients yet.\n\nPress Ctrl+N or “New client” to add the first one, "
                    "or import your client list from a spreadsheet (File ▸ Import clients)."
                )
            )
            self.stack.setCurrentWidget(self.empty)
        text = self.tr("%n client(s)", "", total)
        if client_search.too_few_digits(self.search.text()):
            text += "  —  " + self.tr("type at least 3 digits to search by phone")
        self.count_label.setText(text)

    # -- selection and opening ----------------------------------------------------------------

    def selected_client_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.client_id(rows[0].row()) if rows else None

    def select_client(self, client_id: int, *, load_up_to: int = PAGE_SIZE) -> bool:
        """Select and show this client if the list holds them within the first `load_up_to`
        rows; whether it does. Looking further means reading more pages of the result."""
        row = self.model.row_of(client_id, load_up_to=load_up_to)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _open_index(self, index: QModelIndex) -> None:
        client_id = self.model.client_id(index.row())
        if client_id is not None:
            self.open_requested.emit(client_id)

    def open_selected(self) -> None:
        client_id = self.selected_client_id()
        if client_id is not None:
            self.open_requested.emit(client_id)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter opens the selected client from the search field or the table;
        # Down moves from the search field into the results.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if watched is self.search and self._search_timer.isActive():
                    self._search_timer.stop()
                    self.refresh()
                self.open_selected()
                return True
            if watched is self.search and event.key() == Qt.Key.Key_Down:
                self.table.setFocus()
                return True
        return super().eventFilter(watched, event)

    # -- locking -----------------------------------------------------------------------

    def state(self) -> ListState:
        return ListState(
            self.search.text(), self._sort, self._descending, self.selected_client_id()
        )

    def restore(self, state: ListState) -> None:
        self._sort, self._descending = state.sort, state.descending
        column = next(c for c, key in SORT_KEYS.items() if key == state.sort)
        order = Qt.SortOrder.DescendingOrder if state.descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(column, order)
        self.search.blockSignals(True)
        self.search.setText(state.text)
        self.search.blockSignals(False)
        self.refresh()
        if state.selected_id is not None:
            self.select_client(state.selected_id, load_up_to=RESTORE_DEPTH)

    def forget(self) -> None:
        self._search_timer.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._count_timer.stop()
        self._searches += 1
        self.model.clear()
