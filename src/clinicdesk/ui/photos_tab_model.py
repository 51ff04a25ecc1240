"""The gallery's rows: section headers (a day, or an area and view) each followed by its
photos, and the thumbnails decoded so far.

Headers are rows of their own that cannot be selected; their size hint is the width of
the view, so in icon mode each starts a line of its own and its photos flow after it.
Thumbnails arrive in batches from the tab's background loads and are kept here, in
memory only, until `forget_thumbnails()` (the lock, another client).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from clinicdesk.services.photos import PhotoRow

PHOTO_ROLE = Qt.ItemDataRole.UserRole + 1
HEADER_ROLE = Qt.ItemDataRole.UserRole + 2
ICON_SIDE = 160
CELL = QSize(ICON_SIDE + 24, ICON_SIDE + 44)
HEADER_HEIGHT = 30
WAITING_COLOUR = "#e4e7eb"
BROKEN_COLOUR = "#f8d7da"


@dataclass(frozen=True)
class Entry:
    """A header (`photo` None) or a photo with its caption and tooltip."""

    text: str
    photo: PhotoRow | None = None
    tooltip: str = ""


def _placeholder(colour: str) -> QIcon:
    """A blank tile the size of a thumbnail's, while it loads or when it cannot."""
    pixmap = QPixmap(ICON_SIDE, ICON_SIDE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#9aa5b1"))
    painter.setBrush(QColor(colour))
    painter.drawRect(0, ICON_SIDE // 8, ICON_SIDE - 1, ICON_SIDE * 3 // 4)
    painter.end()
    return QIcon(pixmap)


class GalleryModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = []
        self.thumbnails: dict[int, QPixmap] = {}  # photo id -> decoded thumbnail
        self.broken: set[int] = set()  # photos whose thumbnail could not be read
        self.header_width = 600
        self._rows: dict[int, int] = {}  # photo id -> row
        self._waiting: QIcon | None = None
        self._broken_icon: QIcon | None = None

    # -- contents ----------------------------------------------------------------------------

    def set_entries(self, entries: Sequence[Entry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self._rows = {e.photo.id: n for n, e in enumerate(self.entries) if e.photo is not None}
        self.endResetModel()

    def photos(self) -> list[PhotoRow]:
        """The photos shown, in the order shown."""
        return [entry.photo for entry in self.entries if entry.photo is not None]

    def row_of(self, photo_id: int) -> int | None:
        return self._rows.get(photo_id)

    def photo_at(self, index: QModelIndex | QPersistentModelIndex) -> PhotoRow | None:
        if not index.isValid() or index.row() >= len(self.entries):
            return None
        return self.entries[index.row()].photo

    def add_thumbnails(self, found: dict[int, QPixmap], broken: set[int]) -> None:
        self.thumbnails.update(found)
        self.broken |= broken
        for photo_id in (*found, *broken):
            row = self._rows.get(photo_id)
            if row is not None:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def forget_thumbnails(self) -> None:
        self.thumbnails.clear()
        self.broken.clear()

    def clear(self) -> None:
        self.forget_thumbnails()
        self.set_entries([])

    def set_header_width(self, width: int) -> None:
        """The view's width changed: headers take a line of their own again."""
        self.header_width = max(width, CELL.width())
        headers = [n for n, entry in enumerate(self.entries) if entry.photo is None]
        for row in headers:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.SizeHintRole])

    # -- the model ---------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if self.photo_at(index) is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or index.row() >= len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.tooltip or None
        if role == PHOTO_ROLE:
            return entry.photo
        if role == HEADER_ROLE:
            return entry.photo is None
        if entry.photo is None:
            return self._header_data(role)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(entry.photo.id)
        if role == Qt.ItemDataRole.SizeHintRole:
            return CELL
        return None

    def _header_data(self, role: int) -> Any:
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(self.header_width, HEADER_HEIGHT)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#334e68")
        return None

    def _icon(self, photo_id: int) -> QIcon:
        pixmap = self.thumbnails.get(photo_id)
        if pixmap is not None:
            return QIcon(pixmap)
        if photo_id in self.broken:
            if self._broken_icon is None:
                self._broken_icon = _placeholder(BROKEN_COLOUR)
            return self._broken_icon
        if self._waiting is None:
            self._waiting = _placeholder(WAITING_COLOUR)
        return self._waiting
