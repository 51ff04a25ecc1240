"""How the face and body chart looks on screen: the diagram's lines, each mark as a numbered
disc over its tinted area, the keyboard's crosshair and the focus ring; and the small
chart a session shows on the timeline.

Plain functions of a QPainter and of what to draw: the canvas (`body_chart_canvas`)
decides what is shown, and the frame (`body_chart_geometry`) where it goes in pixels.
The diagrams are the same strokes the printed chart is drawn from
(`reports/body_diagrams`), so the screen and the paper show the same face.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from clinicdesk.reports.body_diagrams import SIDES, diagram, text_colour_on
from clinicdesk.rules.body_chart import ChartPlace
from clinicdesk.ui.body_chart_geometry import ChartFrame
from clinicdesk.ui.body_chart_table import ChartMark

OUTLINE = QColor("#39424d")
DETAIL = QColor("#97a0aa")
PAPER = QColor("#ffffff")
SELECTION = QColor("#111827")


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


def _draw_lines(
    painter: QPainter, rect: QRectF, view: str, *, outline_width: float, detail_width: float
) -> None:
    """The diagram's strokes scaled into `rect`, the lines this many pixels wide."""
    outline, detail, filled = _paths(view)
    painter.save()
    painter.translate(rect.topLeft())
    painter.scale(rect.width(), rect.height())
    for path, colour, line in ((detail, DETAIL, detail_width), (outline, OUTLINE, outline_width)):
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


def paint_diagram(
    painter: QPainter, frame: ChartFrame, view: str, side_names: Mapping[str, str]
) -> None:
    """The diagram of `view` in its frame, the client's sides named at its top corners
    (`side_names` by "right" and "left") on the views that have sides."""
    rect = frame.rect
    width = max(1.2, rect.width() / 290)
    _draw_lines(painter, rect, view, outline_width=width, detail_width=width * 0.7)
    sides = SIDES[view]
    if sides:
        painter.setPen(DETAIL)
        for side, edge in zip(
            sides, (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight), strict=True
        ):
            painter.drawText(
                rect.adjusted(4, 2, -4, 0), int(edge | Qt.AlignmentFlag.AlignTop), side_names[side]
            )


def paint_mark(
    painter: QPainter,
    frame: ChartFrame,
    mark: ChartMark,
    number: int,
    *,
    colour: QColor,
    font: QFont,
    prefilled: bool,
    selected: bool,
) -> None:
    """One mark: its area, then its number on a disc, in `colour`. A mark carried over from
    the previous session is dashed and paler until it is confirmed; the selected one is
    ringed."""
    centre = frame.to_widget(mark.place.x, mark.place.y)
    badge = frame.badge_radius()
    if mark.place.is_area:
        radius = frame.pixels(mark.place.radius)
        fill = QColor(colour)
        fill.setAlpha(28 if prefilled else 64)
        pen = QPen(SELECTION if selected else colour, 2 if selected else 1.5)
        if prefilled:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawEllipse(centre, radius, radius)
    text = str(number)
    font = QFont(font)
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


def paint_cursor(painter: QPainter, at: QPointF) -> None:
    """The keyboard's crosshair: where Enter or Space would place a point."""
    for colour, width in ((PAPER, 4.0), (SELECTION, 1.5)):
        pen = QPen(colour, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            painter.drawLine(at + QPointF(dx * 4, dy * 4), at + QPointF(dx * 13, dy * 13))
        painter.drawEllipse(at, 2.0, 2.0)


def paint_focus(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    """The ring around the whole canvas while it has the keyboard."""
    painter.setPen(QPen(colour, 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)


def paint_thumbnail(
    painter: QPainter, rect: QRectF, view: str, marks: Sequence[tuple[ChartPlace, str]]
) -> float:
    """The diagram of `view` as large as fits in `rect` (at its right edge), its `marks`
    (place, colour) of that view as dots and tinted areas, too small for numbers; returns
    the width it took."""
    aspect = diagram(view).aspect
    height = min(rect.height(), rect.width() / aspect)
    frame = ChartFrame(QRectF(rect.right() - height * aspect, rect.top(), height * aspect, height))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(frame.rect, PAPER)
    _draw_lines(painter, frame.rect, view, outline_width=0.8, detail_width=0.8)
    dot = max(1.8, frame.rect.width() * 0.045)
    for place, colour in sorted(
        (m for m in marks if m[0].view == view), key=lambda m: not m[0].is_area
    ):
        centre = frame.to_widget(place.x, place.y)
        fill = QColor(colour)
        if place.is_area:
            tint = QColor(fill)
            tint.setAlpha(80)
            painter.setPen(QPen(fill, 1))
            painter.setBrush(tint)
            radius = frame.pixels(place.radius)
            painter.drawEllipse(centre, radius, radius)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawEllipse(centre, dot, dot)
    painter.restore()
    return frame.rect.width()
