"""The Photos tab's gallery: the icon view, and the rows it shows, the client's photos
narrowed by the filters and put under headers (by day, or by area and view).

Grouping and filtering are plain functions over the photo rows the tab read once: a
client has hundreds of photos at most, so no query is needed for either.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from clinicdesk.rules.photo_views import AREAS, VIEWS
from clinicdesk.services.photos import PhotoRow
from clinicdesk.ui.formatting import format_date, format_datetime
from clinicdesk.ui.photos_tab_model import ICON_SIDE, Entry, GalleryModel
from clinicdesk.ui.photos_tab_names import area_name, view_name

BY_DATE, BY_VIEW = "date", "view"
NO_SESSION = -1  # the session filter's "not linked to a session"


class GalleryView(QListView):
    """Thumbnails flowing in lines under their headers; Enter opens, Delete erases."""

    open_requested = Signal(QModelIndex)
    erase_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)  # also turns off dragging thumbnails
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWrapping(True)
        self.setWordWrap(True)
        self.setSpacing(6)
        self.setIconSize(QSize(ICON_SIDE, ICON_SIDE))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
        elif key == Qt.Key.Key_Delete:
            self.erase_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        model = self.model()
        if isinstance(model, GalleryModel):
            model.set_header_width(self.viewport().width() - 2 * self.spacing() - 2)
            self.scheduleDelayedItemsLayout()


@dataclass(frozen=True)
class Filters:
    """The area, view and session chosen; None for all (session NO_SESSION: unlinked)."""

    area: str | None = None
    view: str | None = None
    session: int | None = None

    def keeps(self, row: PhotoRow) -> bool:
        wanted = None if self.session == NO_SESSION else self.session
        return (
            (self.area is None or row.area == self.area)
            and (self.view is None or row.view == self.view)
            and (self.session is None or row.session_id == wanted)
        )


def filter_choices(
    rows: Sequence[PhotoRow], session_labels: Mapping[int, str]
) -> dict[str, list[tuple[str, Any]]]:
    """What each filter offers: all, then only what the client's photos have, in the
    usual order (sessions newest first)."""
    areas = [a for a in AREAS if any(row.area == a for row in rows)]
    views = [v for v in VIEWS if any(row.view == v for row in rows)]
    linked = {row.session_id for row in rows}
    sessions = [(label, sid) for sid, label in session_labels.items() if sid in linked]
    return {
        "area": [(QCoreApplication.translate("PhotosTab", "All areas"), None)]
        + [(area_name(a), a) for a in areas],
        "view": [(QCoreApplication.translate("PhotosTab", "All views"), None)]
        + [(view_name(v), v) for v in views],
        "session": [(QCoreApplication.translate("PhotosTab", "All sessions"), None)]
        + (
            [(QCoreApplication.translate("PhotosTab", "Not linked to a session"), NO_SESSION)]
            if None in linked
            else []
        )
        + sessions[::-1],
    }


def _rank(order: tuple[str, ...], code: str) -> int:
    return order.index(code) if code in order else len(order)


def _group_key(row: PhotoRow, by_view: bool) -> Any:
    return (row.area, row.view) if by_view else row.when.astimezone().date()


def _caption(row: PhotoRow, by_view: bool) -> str:
    """What the header does not already say: the day, or the area and view."""
    if by_view:
        return format_date(row.when.astimezone().date())
    return f"{area_name(row.area)} · {view_name(row.view)}"


def tooltip(row: PhotoRow, session_labels: Mapping[int, str]) -> str:
    lines = [format_datetime(row.when), f"{area_name(row.area)} · {view_name(row.view)}"]
    if row.session_id in session_labels:
        lines.append(session_labels[row.session_id])
    if row.note:
        lines.append(row.note)
    return "\n".join(lines)


def gallery_entries(
    rows: Sequence[PhotoRow], *, by_view: bool, session_labels: Mapping[int, str]
) -> list[Entry]:
    """Headers and photos (`rows` newest first): by day, newest first; or by area and view
    in the rules' order, each newest first."""
    if by_view:
        rows = sorted(rows, key=lambda r: (_rank(AREAS, r.area), _rank(VIEWS, r.view)))
    entries: list[Entry] = []
    for key, members in groupby(rows, key=lambda r: _group_key(r, by_view)):
        group = list(members)
        heading = f"{area_name(key[0])} — {view_name(key[1])}" if by_view else format_date(key)
        # A count after a colon, not "%n photo(s)": lupdate gives plural forms only to a
        # QObject's tr(), and this is a plain function.
        count = QCoreApplication.translate("PhotosTab", "%1  ·  photos: %2")
        entries.append(Entry(count.replace("%1", heading).replace("%2", str(len(group)))))
        entries += [
            Entry(_caption(row, by_view), row, tooltip(row, session_labels)) for row in group
        ]
    return entries
