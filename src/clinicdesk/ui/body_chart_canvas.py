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

Here are the events, the selection and what they do to the marks; where the diagram sits
in the widget is `body_chart_geometry`, and how it all looks is `body_chart_painting`.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QTabletEvent,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from clinicdesk.reports.body_diagrams import diagram
from clinicdesk.rules.body_chart import MAX_RADIUS, VIEWS, ChartPlace
from clinicdesk.ui.body_chart_geometry import ChartFrame, clamp, distance
from clinicdesk.ui.body_chart_painting import (
    PAPER,
    paint_cursor,
    paint_diagram,
    paint_focus,
    paint_mark,
)
from clinicdesk.ui.body_chart_table import ChartMark, MarksModel, view_name

STEP, BIG_STEP = 0.01, 0.05  # keyboard moves, as a fraction of the diagram's width
RIM = 6.0  # how near the rim of the selected area a press resizes it, in pixels
SELECT_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
)


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

    def frame(self) -> ChartFrame:
        """Where the diagram is drawn: as large as fits, at its own aspect ratio."""
        return ChartFrame.fit(QRectF(self.rect()), self.view)

    def diagram_rect(self) -> QRectF:
        return self.frame().rect

    def to_widget(self, x: float, y: float) -> QPointF:
        return self.frame().to_widget(x, y)

    def _selected_row(self) -> int | None:
        rows = self._selection.selectedRows()
        return rows[0].row() if rows else None

    def _hit(self, point: QPointF) -> tuple[int, str] | None:
        """The mark under `point` and which part: its number ("mark") or, for the
        selected area, its rim ("rim"). The last placed mark is on top."""
        frame = self.frame()
        reach = frame.badge_radius() + 2
        for row in reversed(self._model.rows_in(self.view)):
            place = self._model.mark(row).place
            if distance(point, frame.to_widget(place.x, place.y)) <= reach:
                return row, "mark"
        selected = self._selected_row()
        if selected is not None and not self.read_only:
            place = self._model.mark(selected).place
            if place.view == self.view and place.is_area:
                centre = frame.to_widget(place.x, place.y)
                if abs(distance(point, centre) - frame.pixels(place.radius)) <= RIM:
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
        self._cursors[self.view] = self.frame().to_diagram(point)
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
            dragged = distance(point, what)
            if dragged < QApplication.startDragDistance():
                self._preview = None
            else:
                frame = self.frame()
                x, y = frame.to_diagram(what)
                self._preview = self._model.mark_for(
                    self.new_product, ChartPlace(self.view, x, y, frame.radius(dragged))
                )
        else:
            assert isinstance(what, int)
            mark = self._model.mark(what)
            if kind == "move":
                x, y = self.frame().to_diagram(point - self._grab_offset)
                self._preview = replace(mark, place=replace(mark.place, x=x, y=y))
            else:
                frame = self.frame()
                centre = frame.to_widget(mark.place.x, mark.place.y)
                radius = frame.radius(distance(point, centre))
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
                x, y = self.frame().to_diagram(what)
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
                x, y = clamp(mark.place.x + dx * step), clamp(mark.place.y + dy * step * aspect)
                self._model.update(selected, replace(mark, place=replace(mark.place, x=x, y=y)))
                self._follow_selection()
                return
        x, y = self._cursors[self.view]
        self._cursors[self.view] = (clamp(x + dx * step), clamp(y + dy * step * aspect))
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
        frame = self.frame()
        # The printed chart (session_summary.py) reads the side names in this context too.
        sides = {
            "right": self.tr("R", "the client's right side"),
            "left": self.tr("L", "the client's left side"),
        }
        paint_diagram(painter, frame, self.view, sides)
        selected = self._selected_row()
        kind, what = self._drag or ("", None)
        dragged = what if kind in ("move", "resize") else None
        rows = self._model.rows_in(self.view)
        # Areas under points, so a point inside an area stays visible.
        for row in sorted(rows, key=lambda r: not self._model.mark(r).place.is_area):
            mark = self._model.mark(row)
            if row == dragged and self._preview is not None:
                mark = self._preview
            self._paint_mark(painter, frame, row, mark, selected=row == selected)
        if kind == "new" and self._preview is not None:
            self._paint_mark(painter, frame, self._model.rowCount(), self._preview, selected=True)
        # With a mark chosen the arrows move it: its ring shows where, the cross would hide it.
        if self.hasFocus() and not self.read_only and selected is None:
            paint_cursor(painter, frame.to_widget(*self._cursors[self.view]))
        if self.hasFocus():
            paint_focus(painter, QRectF(self.rect()), self.palette().highlight().color())
        painter.end()

    def _paint_mark(
        self, painter: QPainter, frame: ChartFrame, row: int, mark: ChartMark, *, selected: bool
    ) -> None:
        colour = QColor(self._model.product_colour(mark.product_key))
        prefilled = row < self._model.rowCount() and self._model.is_prefilled(row)
        paint_mark(
            painter,
            frame,
            mark,
            row + 1,
            colour=colour,
            font=self.font(),
            prefilled=prefilled,
            selected=selected,
        )
