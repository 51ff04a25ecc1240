"""The client list's table model: ids a page at a time, rows when shown.

After a search the model holds the ids of the first page and, once counted, how
many clients match; scrolling further asks `fetch_ids` for the next page, and the
rows are asked of `fetch_rows` a block at a time, only when the view paints them.
A search over 100,000 clients therefore reads one page, not every match. Sorting is done by
the service in SQL: `sort()` asks the list page to search again in the new order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from clinicdesk.services.client_fields import list_name
from clinicdesk.services.clients import ClientRow
from clinicdesk.ui.formatting import format_date

NAME, DATE_OF_BIRTH, PHONE, EMAIL, CITY = range(5)
SORT_KEYS = {
    NAME: "name",
    DATE_OF_BIRTH: "date_of_birth",
    PHONE: "phone",
    EMAIL: "email",
    CITY: "city",
}
HEADERS = {
    NAME: QT_TRANSLATE_NOOP("ClientTableModel", "Name"),
    DATE_OF_BIRTH: QT_TRANSLATE_NOOP("ClientTableModel", "Date of birth"),
    PHONE: QT_TRANSLATE_NOOP("ClientTableModel", "Phone"),
    EMAIL: QT_TRANSLATE_NOOP("ClientTableModel", "Email"),
    CITY: QT_TRANSLATE_NOOP("ClientTableModel", "City"),
}
PAGE_SIZE = 256
# Rows are read in blocks about the height of a window: on a cold cache (just after
# unlocking) each row read is a page of the database to decrypt.
ROW_BLOCK = 40
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex
_ANSWERED_ROLES = frozenset(
    int(role)
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE, ROW_ROLE)
)


def display_name(row: ClientRow) -> str:
    name = list_name(row.given_name, row.family_name)
    return f"{name} ({row.preferred_name})" if row.preferred_name else name


def _display_text(row: ClientRow, column: int) -> str:
    if column == NAME:
        return display_name(row)
    if column == DATE_OF_BIRTH:
        return format_date(row.date_of_birth)
    return {PHONE: row.phone, EMAIL: row.email, CITY: row.city}[column] or ""


class ClientTableModel(QAbstractTableModel):
    sort_requested = Signal(str, bool)  # service sort key, descending

    def __init__(
        self,
        fetch_ids: Callable[[int, int], list[int]],
        fetch_rows: Callable[[Sequence[int]], list[ClientRow]],
    ) -> None:
        super().__init__()
        self._fetch_ids = fetch_ids
        self._fetch_rows = fetch_rows
        self._ids: list[int] = []
        self._rows: dict[int, ClientRow] = {}
        self._display: dict[tuple[int, int], str] = {}
        self._total: int | None = 0

    # -- content ----------------------------------------------------------------------

    def set_result(self, total: int | None, first_ids: list[int]) -> None:
        """A new result; `total` None while the matches of a full first page are uncounted."""
        self.beginResetModel()
        self._ids = list(first_ids)
        self._rows = {}
        self._display = {}
        self._total = None if total is None else max(total, len(first_ids))
        self.endResetModel()

    def set_total(self, total: int) -> None:
        self._total = max(total, len(self._ids))

    def clear(self) -> None:
        """Forget every row, for the lock screen."""
        self.set_result(0, [])

    @property
    def counted(self) -> bool:
        return self._total is not None

    @property
    def total(self) -> int:
        """How many clients match (as many as are loaded, until counted)."""
        return len(self._ids) if self._total is None else self._total

    def _has_more(self) -> bool:
        return self._total is None or len(self._ids) < self._total

    def client_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, client_id: int, *, load_up_to: int) -> int | None:
        """The row of this client, loading further pages (up to a bound) to find it."""
        while True:
            try:
                return self._ids.index(client_id)
            except ValueError:
                if len(self._ids) >= load_up_to or not self._has_more():
                    return None
                self.fetchMore(QModelIndex())

    def _row(self, row: int) -> ClientRow | None:
        client_id = self._ids[row]
        cached = self._rows.get(client_id)
        if cached is None:
            start = row - row % ROW_BLOCK
            block = self._ids[start : start + ROW_BLOCK]
            self._rows.update((r.id, r) for r in self._fetch_rows(block))
            cached = self._rows.get(client_id)
        return cached

    # -- Qt's model interface -----------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._has_more()

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid() or not self._has_more():
            return
        more = self._fetch_ids(len(self._ids), PAGE_SIZE)
        if len(more) < PAGE_SIZE:
            # The end: the count is now known (or was wrong because the list changed).
            self._total = len(self._ids) + len(more)
        if not more:
            return
        self.beginInsertRows(QModelIndex(), len(self._ids), len(self._ids) + len(more) - 1)
        self._ids.extend(more)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ClientTableModel", HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks ~8 roles per cell on every repaint; refusing the unused ones with
        # one set lookup on plain ints is what keeps a repaint of the list cheap.
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        row_number = index.row()
        if row_number >= len(self._ids):
            return None
        row = self._row(row_number)
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        column = index.column()
        if role == SORT_ROLE:
            return (row.family_name, row.date_of_birth, row.phone, row.email, row.city)[column]
        cached = self._display.get((row.id, column))
        if cached is None:
            cached = self._display[(row.id, column)] = _display_text(row, column)
        return cached

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_requested.emit(SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)
