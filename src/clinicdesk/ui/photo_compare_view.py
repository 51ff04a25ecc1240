"""The drawing surface of the photo comparison: the photos in their panes, the shared zoom
and pan, the wipe's divider, and the picking of reference points.

Mouse: the wheel zooms about the pointer, a drag pans every pane alike, a drag on the
wipe's divider moves it, a click chooses the pane PageUp/PageDown act on (or, while
aligning, places a reference point). Everything is also done with keys
(`photo_compare_keys`). Where things sit is `photo_compare_geometry`, how they look
`photo_compare_painting`; here are the state and the events.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from clinicdesk.rules.alignment import IDENTITY, Alignment
from clinicdesk.ui.photo_compare_align import AlignPicking
from clinicdesk.ui.photo_compare_geometry import ComparePhoto, SharedView, pane_rects, placement
from clinicdesk.ui.photo_compare_keys import ZOOM_STEP, handle_key
from clinicdesk.ui.photo_compare_painting import (
    BACKGROUND,
    PANE,
    ScaledCopies,
    paint_divider,
    paint_grid,
    paint_labels,
    paint_marker,
    paint_outline,
    paint_photo,
    paint_reticle,
)

MODES = ("side", "wipe", "blend", "align")
GRIDS = ("off", "thirds", "tenths")
GRAB = 8.0  # how near the divider a press takes hold of it, in pixels


class CompareView(QWidget):
    step_requested = Signal(int, int)  # pane, -1 for the previous date or +1 for the next
    alignment_changed = Signal(object)  # the stored value of the new alignment
    changed = Signal()  # mode, divider, blend, chosen pane or picking moved on
    refused = Signal(str)  # a point or a step that was not taken, said in words

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareView")
        self.photos: list[ComparePhoto] = []
        self._copies: list[ScaledCopies] = []
        self.mode = "side"
        self.mode_after_align = "side"  # the mode aligning goes back to
        self.grid = "off"
        self.wipe = 0.5  # where the divider is, across the photos in view
        self.opacity = 0.5  # of B over A
        self.alignment = IDENTITY
        self.current = 1  # the pane PageUp/PageDown act on: the later photo, by default
        self.picking: AlignPicking | None = None
        self.shared = SharedView()
        # A press under way: ("press", where), ("pan", last place) or ("divider", where).
        self._drag: tuple[str, QPointF] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Photos compared"))

    # -- what is shown -----------------------------------------------------------------------

    def set_photos(self, photos: Sequence[ComparePhoto]) -> None:
        """Show `photos` in place of any before, whole, with no alignment; none: clear."""
        self.photos = list(photos)
        self._copies = [ScaledCopies(photo.image) for photo in self.photos]
        self.alignment = IDENTITY
        self.picking, self._drag = None, None
        if self.mode == "align":
            self.mode = self.mode_after_align
        self.current = min(1, max(len(self.photos) - 1, 0))
        self._update_bounds()
        self.shared.fit()
        self.changed.emit()
        self.update()

    def replace_photo(self, index: int, photo: ComparePhoto) -> None:
        """Another photo in pane `index`, zoom and pan kept; an alignment of B onto A
        no longer holds when either of them changes."""
        self.photos[index] = photo
        self._copies[index] = ScaledCopies(photo.image)
        if index < 2:
            self.alignment = IDENTITY
            self.stop_picking()
        self._update_bounds()
        self.changed.emit()
        self.update()

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {list(MODES)}, not {mode!r}")
        if mode == "align":
            self.start_picking()
            return
        self.picking = None
        self.mode = mode
        if mode != "side":
            self.current = min(self.current, 1)
        self.changed.emit()
        self.update()

    def set_grid(self, grid: str) -> None:
        if grid not in GRIDS:
            raise ValueError(f"grid must be one of {list(GRIDS)}, not {grid!r}")
        self.grid = grid
        self.update()

    def set_wipe(self, fraction: float) -> None:
        """The divider's place across the photos in view, from their left (0) to right (1)."""
        self.wipe = min(max(fraction, 0.0), 1.0)
        self.changed.emit()
        self.update()

    def set_opacity(self, fraction: float) -> None:
        """B's opacity over A in the blend, 0 to 1."""
        self.opacity = min(max(fraction, 0.0), 1.0)
        self.changed.emit()
        self.update()

    def swap(self) -> None:
        """A in B's place and B in A's; an alignment turns round with them."""
        if len(self.photos) < 2:
            return
        self.stop_picking()
        self.photos[:2] = self.photos[1::-1]
        self._copies[:2] = self._copies[1::-1]
        self.alignment = self.alignment.inverted()
        self._update_bounds()
        self.changed.emit()
        self.update()

    def set_alignment(self, alignment: Alignment) -> None:
        self.alignment = alignment
        self.update()

    def change_alignment(self, alignment: Alignment) -> None:
        """A new alignment made here: shown, and told to the owner to save."""
        self.alignment = alignment
        self.alignment_changed.emit(alignment.as_value())
        self.update()

    def choose_pane(self, pane: int) -> None:
        """The pane PageUp/PageDown act on."""
        if pane != self.current:
            self.current = pane
            self.changed.emit()
            self.update()

    def zoom_by(self, factor: float) -> None:
        panes = self.panes()
        if panes:
            self.shared.zoom_at(panes[0], panes[0].center(), factor)
            self.update()

    def fit(self) -> None:
        self.shared.fit()
        self.update()

    def _update_bounds(self) -> None:
        # The scene "fit" shows: A's width, as tall as the tallest photo placed in it.
        aspect = max((photo.aspect for photo in self.photos), default=1.0)
        self.shared.set_bounds(QRectF(0, 0, 1, aspect))

    # -- where -------------------------------------------------------------------------------

    def shown(self) -> list[int]:
        """The photos the keys 1 to 4 can choose: all of them side by side, else the first
        two (the wipe, the blend and the alignment show no others)."""
        if len(self.photos) < 2:
            return []
        return list(range(len(self.photos))) if self.mode == "side" else [0, 1]

    def panes(self) -> list[QRectF]:
        if len(self.photos) < 2:
            return []
        count = len(self.photos) if self.mode == "side" else 2 if self.mode == "align" else 1
        aspect = self.shared.bounds.height() / self.shared.bounds.width()
        return pane_rects(QRectF(self.rect()), count, aspect)

    def pane_at(self, point: QPointF) -> int | None:
        return next((i for i, pane in enumerate(self.panes()) if pane.contains(point)), None)

    def to_screen(self, pane: int, photo: int) -> QTransform:
        """From the pixels of photo `photo` to the widget's, in pane `pane`."""
        alignment = self.alignment if photo == 1 else None
        return placement(self.photos[photo], alignment) * self.shared.transform(self.panes()[pane])

    def frame(self, photo: int) -> QRectF:
        """The part of the scene a photo fills, and is cut to: its own, except that an
        aligned B takes A's (beyond it, there is nothing to compare B with)."""
        framed = 0 if photo == 1 and not self.alignment.is_identity else photo
        return QRectF(0, 0, 1, self.photos[framed].aspect)

    def in_view(self, pane: QRectF) -> QRectF:
        """The part of `pane` the photos' frame covers: all of it once zoomed in."""
        return self.shared.transform(pane).mapRect(self.shared.bounds).intersected(pane)

    def divider_x(self) -> float:
        # Across the photos, not the pane: no part of the wipe's travel is spent on margins.
        span = self.in_view(self.panes()[0])
        return span.left() + self.wipe * span.width()

    # -- aligning ----------------------------------------------------------------------------

    def start_picking(self) -> None:
        if len(self.photos) < 2:
            return
        if self.mode != "align":
            self.mode_after_align = self.mode
        self.mode = "align"
        self.picking = AlignPicking()
        self.current = min(self.current, 1)
        self.changed.emit()
        self.update()

    def stop_picking(self) -> None:
        if self.mode == "align":
            self.set_mode(self.mode_after_align)

    def pick(self, pane: int, at: QPointF) -> None:
        assert self.picking is not None
        scene = self.shared.to_scene(self.panes()[pane], at)
        point = (scene.x(), scene.y())
        if pane == 1:  # B's points are kept in B's own coordinates
            point = self.alignment.inverted().map(point)
        if not self.picking.add(point):
            self.refused.emit(self.tr("That is the first point again: choose the second one."))
            return
        if self.picking.done:
            try:
                alignment = self.picking.result()
            except ValueError:
                self.picking = AlignPicking()
                self.changed.emit()
                self.update()
                self.refused.emit(
                    self.tr(
                        "These points would make one photo more than ten times the size of "
                        "the other. Choose them again."
                    )
                )
                return
            self.stop_picking()
            self.change_alignment(alignment)
            return
        self.changed.emit()
        self.update()

    # -- mouse -------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self.panes():
            return
        point = event.position()
        if self.mode == "wipe" and abs(point.x() - self.divider_x()) <= GRAB:
            self._drag = ("divider", point)
            return
        self._drag = ("press", point)
        pane = self.pane_at(point)
        if self.mode == "side" and pane is not None:
            self.choose_pane(pane)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        panes = self.panes()
        if self._drag is None or not panes:
            self._set_pointer(point)
            return
        kind, last = self._drag
        if kind == "divider":
            span = self.in_view(panes[0])
            self.set_wipe((point.x() - span.left()) / max(span.width(), 1.0))
            return
        if kind == "press":
            if (point - last).manhattanLength() < QApplication.startDragDistance():
                return
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.shared.pan(panes[0], point - last)
        self._drag = ("pan", point)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        kind, _ = self._drag
        self._drag = None
        point = event.position()
        if kind == "press" and self.picking is not None:
            pane = self.pane_at(point)
            if pane == self.picking.pane:
                self.pick(pane, point)
        self._set_pointer(point)

    def _set_pointer(self, point: QPointF) -> None:
        shapes = Qt.CursorShape
        if self.mode == "wipe" and self.panes() and abs(point.x() - self.divider_x()) <= GRAB:
            self.setCursor(shapes.SplitHCursor)
        elif self.picking is not None and self.pane_at(point) == self.picking.pane:
            self.setCursor(shapes.CrossCursor)
        else:
            self.setCursor(shapes.OpenHandCursor if self.panes() else shapes.ArrowCursor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        panes = self.panes()
        delta = event.angleDelta()
        notches = (delta.y() or delta.x()) / 120
        if not panes or not notches:
            event.ignore()
            return
        point = event.position()
        pane = panes[self.pane_at(point) or 0]
        self.shared.zoom_at(pane, point, ZOOM_STEP**notches)
        self.update()
        event.accept()

    # -- keyboard ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.panes() or not handle_key(self, event.key(), event.modifiers()):
            super().keyPressEvent(event)

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        panes = self.panes()
        together = self.mode in ("wipe", "blend")
        for index, pane in enumerate(panes):
            self._paint_pane(painter, pane, index, [0, 1] if together else [index])
        if self.picking is not None:
            self._paint_picking(painter, panes)
        if self.hasFocus():
            paint_outline(painter, QRectF(self.rect()), self._accent())
        painter.end()

    def _accent(self) -> QColor:
        return self.palette().highlight().color()

    def _paint_pane(self, painter: QPainter, pane: QRectF, index: int, photos: list[int]) -> None:
        """Pane `index` with `photos` in it (the second over the first, through the wipe's
        divider or at the blend's opacity), the grid, and the photos' labels."""
        painter.save()
        painter.fillRect(pane, PANE)
        to_pane = self.shared.transform(pane)
        frames = [to_pane.mapRect(self.frame(photo)).intersected(pane) for photo in photos]
        for photo, frame in zip(photos, frames, strict=True):
            clip = QRectF(frame)
            if photo == 1 and self.mode == "wipe":
                clip.setLeft(max(frame.left(), self.divider_x()))
            painter.setClipRect(clip)
            painter.setOpacity(self.opacity if photo == 1 and self.mode == "blend" else 1.0)
            paint_photo(painter, self._copies[photo], self.to_screen(index, photo))
        painter.setClipRect(pane)
        painter.setOpacity(1.0)
        if self.grid != "off":
            paint_grid(painter, to_pane.mapRect(self.frame(photos[0])), self.grid)
        if self.mode == "wipe":
            paint_divider(painter, pane, self.divider_x())
        # The chosen pane shows only while the keys can act on it.
        chosen = self.current if self.hasFocus() and self.picking is None else None
        labels = [(self.photos[photo].label, photo == chosen) for photo in photos]
        paint_labels(painter, frames[0].united(frames[-1]), labels, self.font(), self._accent())
        painter.restore()

    def _paint_picking(self, painter: QPainter, panes: list[QRectF]) -> None:
        assert self.picking is not None
        for photo, number, point in self.picking.markers():
            if photo == 1:
                point = self.alignment.map(point)
            at = self.shared.transform(panes[photo]).map(QPointF(*point))
            painter.save()
            painter.setClipRect(panes[photo])
            paint_marker(painter, at, number, self.font())
            painter.restore()
        waiting = panes[self.picking.pane]
        paint_outline(painter, waiting, self._accent(), 3)
        if self.hasFocus():
            paint_reticle(painter, waiting.center())
