"""The client list's table model: ids in order, rows fetched a page at a time.

The model holds the ordered ids a search returned (100,000 ints are under a
megabyte) and asks `fetch_rows` for the rows of a page only when the view
scrolls to them. Sorting is done by the service in SQL: `sort()` just asks the
page to search again with the new order.
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
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


def display_name(row: ClientRow) -> str:
    name = f"{row.family_name}, {row.given_name}"
    return f"{name} ({row.preferred_name})" if row.preferred_name else name


class ClientTableModel(QAbstractTableModel):
    sort_requested = Signal(str, bool)  # service sort key, descending

    def __init__(self, fetch_rows: Callable[[Sequence[int]], list[ClientRow]]) -> None:
        super().__init__()
        self._fetch_rows = fetch_rows
        self._ids: list[int] = []
        self._rows: dict[int, ClientRow] = {}
        self._loaded = 0

    # -- content ----------------------------------------------------------------------

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._rows = {}
        self._loaded = min(PAGE_SIZE, len(ids))
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row, for the lock screen."""
        self.set_ids([])

    @property
    def total(self) -> int:
        return len(self._ids)

    def client_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < self._loaded else None

    def row_of(self, client_id: int) -> int | None:
        try:
            row = self._ids.index(client_id)
        except ValueError:
            return None
        while row >= self._loaded:
            self.fetchMore(QModelIndex())
        return row

    def _row(self, row: int) -> ClientRow | None:
        client_id = self._ids[row]
        cached = self._rows.get(client_id)
        if cached is None:
            start = row - row % PAGE_SIZE
            page = self._ids[start : start + PAGE_SIZE]
            self._rows.update((r.id, r) for r in self._fetch_rows(page))
            cached = self._rows.get(client_id)
        return cached

    def refresh_client(self, client_id: int) -> None:
        """Re-read one client's row after an edit, without resetting the view."""
        self._rows.pop(client_id, None)
        row = self.row_of(client_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # -- Qt's model interface -----------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._loaded < len(self._ids)

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid():
            return
        more = min(PAGE_SIZE, len(self._ids) - self._loaded)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + more - 1)
        self._loaded += more
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ClientTableModel", HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._loaded:
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            SORT_ROLE,
            ROW_ROLE,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        column = index.column()
        if role == SORT_ROLE:
            return (
                row.family_name,
                row.date_of_birth,
                row.phone,
                row.email,
                row.city,
            )[column]
        if column == NAME:
            return display_name(row)
        if column == DATE_OF_BIRTH:
            return format_date(row.date_of_birth)
        return {PHONE: row.phone, EMAIL: row.email, CITY: row.city}[column] or ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_requested.emit(SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)
