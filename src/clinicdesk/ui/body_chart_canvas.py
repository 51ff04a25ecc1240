"""The drawing surface of the face and body chart: one diagram with its marks, drawn with
the mouse or a pen and fully usable from the keyboard.

Mouse and pen: a click places a point, press and drag draws an area (its radius is the
drag's length), a press on a mark's number selects it and a drag moves it, a drag on the
rim of the selected area resizes it, a right-click removes a mark. Keyboard: the arrows
move a crosshair (Shift: bigger steps), Enter or Space places a point there, Tab and
Shift+Tab (or N and P) select the next and previous mark of the view, the arrows then
move the selected mark, + and - resize it, Delete removes it, Escape lets it go, and
Ctrl+PageUp/PageDown or 1 to 5 ask for another view. The marks live in the shared
`MarksModel`, the selection in the table's selection model.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from PySide6.QtCore import QItemSelectionModel, QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from clinicdesk.reports.body_diagrams import SIDES, diagram, text_colour_on
from clinicdesk.rules.body_chart import MAX_RADIUS, VIEWS, ChartPlace
from clinicdesk.ui.body_chart_table import ChartMark, MarksModel, view_name

OUTLINE = QColor("#39424d")
DETAIL = QColor("#97a0aa")
PAPER = QColor("#ffffff")
SELECTION = QColor("#111827")
MARGIN = 14.0  # between the widget's edge and the diagram, in pixels
STEP, BIG_STEP = 0.01, 0.05  # keyboard moves, as a fraction of the diagram's width
RIM = 6.0  # how near the rim of the selected area a press resizes it, in pixels
SELECT_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
)


@cache
def _paths(view: str) -> tuple[QPainterPath, QPainterPath, QPainterPath]:
    """The diagram in unit coordinates: its outline, its detail lines, its filled shapes."""
    outline, detail, filled = QPainterPath(), QPainterPath(), QPainterPath()
    for stroke in diagram(view).strokes:
        path = filled if stroke.filled else detail if stroke.detail else outline
        first, *rest = stroke.points
        path.moveTo(*first)
        for point in rest:
            path.lineTo(*point)
        if stroke.closed:
            path.closeSubpath()
    return outline, detail, filled


class ChartCanvas(QWidget):
    view_requested = Signal(str)  # the keyboard asked for another view
    focus_changed = Signal(bool)

    def __init__(
        self, model: MarksModel, selection: QItemSelectionModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chartCanvas")
        self._model, self._selection = model, selection
        self.view = VIEWS[0]
        self.new_product: int | None = None  # the product new marks take
        self.read_only = False
        self._cursors = {view: (0.5, 0.5) for view in VIEWS}
        # A drag under way: ("new", press point), ("move", row) or ("resize", row).
        self._drag: tuple[str, int | QPointF] | None = None
        self._grab_offset = QPointF()
        self._preview: ChartMark | None = None  # the dragged mark where it is now
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 240)
        for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self.update)
        # A drag holds a row number: marks replaced or removed under it end the drag.
        model.modelReset.connect(self._cancel_drag)
        model.rowsRemoved.connect(self._cancel_drag)
        selection.selectionChanged.connect(self._follow_selection)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Chart of %1").replace("%1", view_name(self.view)))

    def set_view(self, view: str) -> None:
        if view != self.view:
            self.view = view
            self._cancel_drag()
            self.retranslate()
            self.update()

    # -- geometry ----------------------------------------------------------------------------

    def diagram_rect(self) -> QRectF:
        """Where the diagram is drawn: as large as fits, at its own aspect ratio."""
        aspect = diagram(self.view).aspect
        room = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        width = min(room.width(), room.height() * aspect)
        height = width / aspect
        return QRectF(room.center().x() - width / 2, room.center().y() - height / 2, width, height)

    def to_widget(self, x: float, y: float) -> QPointF:
        rect = self.diagram_rect()
        return QPointF(rect.left() + x * rect.width(), rect.top() + y * rect.height())

    def to_diagram(self, point: QPointF) -> tuple[float, float]:
        """The diagram coordinates of a point of the widget, kept inside the diagram."""
        rect = self.diagram_rect()
        x = (point.x() - rect.left()) / rect.width()
        y = (point.y() - rect.top()) / rect.height()
        return _clamp(x), _clamp(y)

    def badge_radius(self) -> float:
        return min(max(self.diagram_rect().width() * 0.026, 7.0), 11.0)

    def _selected_row(self) -> int | None:
        rows = self._selection.selectedRows()
        return rows[0].row() if rows else None

    def _hit(self, point: QPointF) -> tuple[int, str] | None:
        """The mark under `point` and which part: its number ("mark") or, for the
        selected area, its rim ("rim"). The last placed mark is on top."""
        reach = self.badge_radius() + 2
        for row in reversed(self._model.rows_in(self.view)):
            place = self._model.mark(row).place
            if _distance(point, self.to_widget(place.x, place.y)) <= reach:
                return row, "mark"
        selected = self._selected_row()
        if selected is not None and not self.read_only:
            place = self._model.mark(selected).place
            if place.view == self.view and place.is_area:
                centre = self.to_widget(place.x, place.y)
                radius = place.radius * self.diagram_rect().width()
                if abs(_distance(point, centre) - radius) <= RIM:
                    return selected, "rim"
        return None

    # -- selection ---------------------------------------------------------------------------

    def select(self, row: int | None) -> None:
        if row is None:
            self._selection.clear()
        else:
            self._selection.setCurrentIndex(self._model.index(row, 0), SELECT_ROW)

    def _follow_selection(self) -> None:
        row = self._selected_row()
        if row is not None:
            place = self._model.mark(row).place
            self._cursors[place.view] = (place.x, place.y)
        self.update()

    def _step_selection(self, forward: bool) -> bool:
        """Select the next (or previous) mark of this view; False past the last one."""
        rows = self._model.rows_in(self.view)
        current = self._selected_row()
        if current in rows:
            position = rows.index(current) + (1 if forward else -1)
        else:
            position = 0 if forward else len(rows) - 1
        if not 0 <= position < len(rows):
            self.select(None)
            return False
        self.select(rows[position])
        return True

    # -- mouse and pen -----------------------------------------------------------------------

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Left unaccepted on purpose: Qt then delivers the pen as mouse presses, moves and
        # releases (AA_SynthesizeMouseForUnhandledTabletEvents), so a pen draws exactly
        # as the mouse does.
        event.ignore()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        hit = self._hit(point)
        if event.button() == Qt.MouseButton.RightButton:
            if hit is not None and not self.read_only:
                self._remove(hit[0])
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if hit is not None:
            row, part = hit
            self.select(row)
            if not self.read_only:
                place = self._model.mark(row).place
                self._drag = ("resize" if part == "rim" else "move", row)
                self._grab_offset = point - self.to_widget(place.x, place.y)
            return
        self.select(None)
        if self.read_only or not self.diagram_rect().contains(point):
            return
        self._cursors[self.view] = self.to_diagram(point)
        self._drag = ("new", point)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        if self._drag is None:
            self._set_pointer(point)
            return
        kind, what = self._drag
        if kind == "new":
            assert isinstance(what, QPointF)
            distance = _distance(point, what)
            if distance < QApplication.startDragDistance():
                self._preview = None
            else:
                x, y = self.to_diagram(what)
                self._preview = self._model.mark_for(
                    self.new_product, ChartPlace(self.view, x, y, self._radius(distance))
                )
        else:
            assert isinstance(what, int)
            mark = self._model.mark(what)
            if kind == "move":
                x, y = self.to_diagram(point - self._grab_offset)
                self._preview = replace(mark, place=replace(mark.place, x=x, y=y))
            else:
                centre = self.to_widget(mark.place.x, mark.place.y)
                radius = self._radius(_distance(point, centre))
                self._preview = replace(mark, place=replace(mark.place, radius=radius))
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        kind, what = self._drag
        preview = self._preview
        self._cancel_drag()
        if kind == "new":
            assert isinstance(what, QPointF)
            if preview is None:
                x, y = self.to_diagram(what)
                preview = self._model.mark_for(self.new_product, ChartPlace(self.view, x, y))
            self.select(self._model.add(preview))
        elif preview is not None:
            assert isinstance(what, int)
            if preview != self._model.mark(what):
                self._model.update(what, preview)
                self._follow_selection()

    def _cancel_drag(self) -> None:
        self._drag, self._preview = None, None
        self.update()

    def _radius(self, pixels: float) -> float:
        return min(pixels / self.diagram_rect().width(), MAX_RADIUS)

    def _set_pointer(self, point: QPointF) -> None:
        """The pointer says what a press would do: resize, move (or choose), place."""
        shapes = Qt.CursorShape
        hit = self._hit(point)
        if hit is not None:
            moves = shapes.PointingHandCursor if self.read_only else shapes.OpenHandCursor
            self.setCursor(shapes.SizeFDiagCursor if hit[1] == "rim" else moves)
        elif not self.read_only and self.diagram_rect().contains(point):
            self.setCursor(shapes.CrossCursor)
        else:
            self.setCursor(shapes.ArrowCursor)

    # -- keyboard ----------------------------------------------------------------------------

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab walks through the marks; past the last one it moves on, as Tab does anywhere.
        if self.hasFocus() and self._step_selection(next):
            return True
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        selected = self._selected_row()
        arrows: dict[int, tuple[int, int]] = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if control and key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            step = -1 if key == Qt.Key.Key_PageUp else 1
            self.view_requested.emit(VIEWS[(VIEWS.index(self.view) + step) % len(VIEWS)])
        elif not control and Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
            self.view_requested.emit(VIEWS[key - Qt.Key.Key_1])
        elif key in (Qt.Key.Key_N, Qt.Key.Key_P) and not control:
            self._step_selection(key == Qt.Key.Key_N)
        elif key in arrows and not control:
            dx, dy = arrows[key]
            self._nudge(dx, dy, BIG_STEP if shift else STEP, selected)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and not self.read_only:
            x, y = self._cursors[self.view]
            self.select(
                self._model.add(self._model.mark_for(self.new_product, ChartPlace(self.view, x, y)))
            )
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus) and selected is not None:
            # No bigger step with Shift: on most keyboards "+" is typed with Shift.
            self._resize(selected, -STEP if key == Qt.Key.Key_Minus else STEP)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and selected is not None:
            if not self.read_only:
                self._remove(selected)
        elif key == Qt.Key.Key_Escape and (selected is not None or self._drag is not None):
            self._cancel_drag()
            self.select(None)
        else:
            super().keyPressEvent(event)

    def _nudge(self, dx: int, dy: int, step: float, selected: int | None) -> None:
        # y is a fraction of the height: the same step in pixels is `aspect` times smaller.
        aspect = diagram(self.view).aspect
        if selected is not None and not self.read_only:
            mark = self._model.mark(selected)
            if mark.place.view == self.view:
                x, y = _clamp(mark.place.x + dx * step), _clamp(mark.place.y + dy * step * aspect)
                self._model.update(selected, replace(mark, place=replace(mark.place, x=x, y=y)))
                self._follow_selection()
                return
        x, y = self._cursors[self.view]
        self._cursors[self.view] = (_clamp(x + dx * step), _clamp(y + dy * step * aspect))
        self.update()

    def _resize(self, row: int, change: float) -> None:
        if self.read_only:
            return
        mark = self._model.mark(row)
        radius = min(max(mark.place.radius + change, 0.0), MAX_RADIUS)
        if radius != mark.place.radius:
            self._model.update(row, replace(mark, place=replace(mark.place, radius=radius)))

    def _remove(self, row: int) -> None:
        self.select(None)
        self._model.remove(row)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focus_changed.emit(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_changed.emit(False)

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), PAPER)
        rect = self.diagram_rect()
        self._paint_diagram(painter, rect)
        selected = self._selected_row()
        kind, what = self._drag or ("", None)
        dragged = what if kind in ("move", "resize") else None
        rows = self._model.rows_in(self.view)
        # Areas under points, so a point inside an area stays visible.
        for row in sorted(rows, key=lambda r: not self._model.mark(r).place.is_area):
            mark = self._model.mark(row)
            if row == dragged and self._preview is not None:
                mark = self._preview
            self._paint_mark(painter, row, mark, selected=row == selected)
        if kind == "new" and self._preview is not None:
            self._paint_mark(painter, self._model.rowCount(), self._preview, selected=True)
        # With a mark chosen the arrows move it: its ring shows where, the cross would hide it.
        if self.hasFocus() and not self.read_only and selected is None:
            self._paint_cursor(painter, self.to_widget(*self._cursors[self.view]))
        if self.hasFocus():
            pen = QPen(self.palette().highlight().color(), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
        painter.end()

    def _paint_diagram(self, painter: QPainter, rect: QRectF) -> None:
        outline, detail, filled = _paths(self.view)
        width = max(1.2, rect.width() / 290)
        painter.save()
        painter.translate(rect.topLeft())
        painter.scale(rect.width(), rect.height())
        for path, colour, line in ((detail, DETAIL, width * 0.7), (outline, OUTLINE, width)):
            pen = QPen(colour, line)
            pen.setCosmetic(True)  # the width in pixels, whatever the scale
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(OUTLINE)
        painter.drawPath(filled)
        painter.restore()
        sides = SIDES[self.view]
        if sides:
            names = {
                "right": self.tr("R", "the client's right side"),
                "left": self.tr("L", "the client's left side"),
            }
            painter.setPen(DETAIL)
            for side, edge in zip(
                sides, (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight), strict=True
            ):
                painter.drawText(
                    rect.adjusted(4, 2, -4, 0), int(edge | Qt.AlignmentFlag.AlignTop), names[side]
                )

    def _paint_mark(self, painter: QPainter, row: int, mark: ChartMark, *, selected: bool) -> None:
        colour = QColor(self._model.product_colour(mark.product_key))
        prefilled = row < self._model.rowCount() and self._model.is_prefilled(row)
        centre = self.to_widget(mark.place.x, mark.place.y)
        badge = self.badge_radius()
        if mark.place.is_area:
            radius = mark.place.radius * self.diagram_rect().width()
            fill = QColor(colour)
            fill.setAlpha(28 if prefilled else 64)
            pen = QPen(SELECTION if selected else colour, 2 if selected else 1.5)
            if prefilled:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(fill)
            painter.drawEllipse(centre, radius, radius)
        text = str(row + 1)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(round(badge * 1.1))
        metrics = QFontMetricsF(font)
        # A long number widens its disc rather than spilling over it.
        badge = max(badge, metrics.horizontalAdvance(text) / 2 + 3)
        if selected:
            painter.setPen(QPen(SELECTION, 2.5))
            painter.setBrush(PAPER)
            painter.drawEllipse(centre, badge + 4, badge + 4)
        if prefilled:
            pen = QPen(colour, 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(PAPER)
            text_colour = colour
        else:
            painter.setPen(QPen(PAPER, 1.5))
            painter.setBrush(colour)
            text_colour = QColor(text_colour_on(colour.name()))
        painter.drawEllipse(centre, badge, badge)
        painter.setFont(font)
        painter.setPen(text_colour)
        box = QRectF(centre.x() - badge, centre.y() - badge, 2 * badge, 2 * badge)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)

    def _paint_cursor(self, painter: QPainter, at: QPointF) -> None:
        for colour, width in ((PAPER, 4.0), (SELECTION, 1.5)):
            pen = QPen(colour, width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                painter.drawLine(at + QPointF(dx * 4, dy * 4), at + QPointF(dx * 13, dy * 13))
            painter.drawEllipse(at, 2.0, 2.0)


def _distance(a: QPointF, b: QPointF) -> float:
    return QLineF(a, b).length()


def _clamp(value: float) -> float:
    return min(max(value, 0.0), 1.0)
