"""How one row of the timeline is painted: the local date and time on the left, a vertical
rail with a marker whose colour and shape say the kind, then the title and a summary line;
a month heading above the first row of each month.

Shapes differ per kind as well as colours, so the timeline reads without colour vision;
a draft (and a session still to come) has a hollow marker and a tinted row, an adverse
event the colour of its severity. The same markers are the filter buttons' icons. A
session drawn on the face or body chart shows its chart, small, at the row's right.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from clinicdesk.reports.body_diagrams import mark_colour
from clinicdesk.reports.chart_drawing import views_with_marks
from clinicdesk.rules.body_chart import ChartPlace
from clinicdesk.ui.body_chart_painting import paint_thumbnail
from clinicdesk.ui.timeline_model import KIND_MARKERS, ROW_ROLE, TimelineRow

DATE_WIDTH = 104
RAIL_X = DATE_WIDTH + 16
TEXT_X = RAIL_X + 20
MARKER_SIZE = 12
PADDING = 6
RAIL_COLOUR = "#cbd2d9"
SUMMARY_COLOUR = "#52606d"
MAX_THUMBNAILS = 3


def _polygon(center: QPointF, radius: float, corners: int, turn: float) -> QPolygonF:
    return QPolygonF(
        [
            QPointF(
                center.x() + radius * math.cos(turn + 2 * math.pi * k / corners),
                center.y() + radius * math.sin(turn + 2 * math.pi * k / corners),
            )
            for k in range(corners)
        ]
    )


def _star(center: QPointF, radius: float) -> QPolygonF:
    points = []
    for k in range(10):
        r = radius if k % 2 == 0 else radius * 0.45
        angle = -math.pi / 2 + math.pi * k / 5
        points.append(QPointF(center.x() + r * math.cos(angle), center.y() + r * math.sin(angle)))
    return QPolygonF(points)


def paint_marker(
    painter: QPainter, center: QPointF, size: float, colour: str, shape: str, hollow: bool
) -> None:
    """A kind's marker: filled, or hollow (white inside, coloured outline)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(colour), 2 if hollow or shape == "ring" else 1)
    painter.setPen(pen)
    painter.setBrush(QColor("white") if hollow or shape == "ring" else QColor(colour))
    radius = size / 2
    if shape in ("circle", "ring"):
        painter.drawEllipse(center, radius, radius)
    elif shape == "square":
        painter.drawRect(QRectF(center.x() - radius, center.y() - radius, size, size))
    elif shape == "diamond":
        painter.drawPolygon(_polygon(center, radius * 1.2, 4, -math.pi / 2))
    elif shape == "triangle":
        painter.drawPolygon(_polygon(center, radius * 1.2, 3, -math.pi / 2))
    elif shape == "triangle_down":
        painter.drawPolygon(_polygon(center, radius * 1.2, 3, math.pi / 2))
    elif shape == "hexagon":
        painter.drawPolygon(_polygon(center, radius * 1.1, 6, 0))
    elif shape == "camera":
        # A body with a viewfinder on top and a white lens: photos, recognisable in grey.
        painter.drawRect(
            QRectF(center.x() - radius * 0.45, center.y() - radius, radius * 0.9, radius)
        )
        painter.drawRoundedRect(
            QRectF(
                center.x() - radius * 1.1, center.y() - radius * 0.65, radius * 2.2, radius * 1.5
            ),
            2,
            2,
        )
        painter.setBrush(QColor("white"))
        painter.drawEllipse(
            QPointF(center.x(), center.y() + radius * 0.1), radius * 0.45, radius * 0.45
        )
    else:
        painter.drawPolygon(_star(center, radius * 1.3))
    painter.restore()


def marker_icon(kind: str) -> QIcon:
    """The kind's marker as an icon, for its filter button (the legend of the timeline)."""
    colour, shape = KIND_MARKERS[kind]
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_marker(painter, QPointF(8, 8), 11, colour, shape, hollow=kind == "planned")
    painter.end()
    return QIcon(pixmap)


def _chart_of(row: TimelineRow) -> Sequence[tuple[ChartPlace, int | None]]:
    return row.item.facts.get("chart") or () if row.item.kind == "session" else ()


class TimelineDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        row: TimelineRow = index.data(ROW_ROLE)
        line = option.fontMetrics.height()
        height = 2 * line + 3 * PADDING
        if _chart_of(row):
            height += line + PADDING  # room for the chart to be seen
        if row.month:
            height += line + 3 * PADDING
        return QSize(TEXT_X + 200, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row: TimelineRow = index.data(ROW_ROLE)
        rect = option.rect
        metrics = option.fontMetrics
        line = metrics.height()
        painter.save()
        top = rect.top()
        if row.month:
            top = self._paint_month(painter, option, row.month, top, line)
        body = QRect(rect.left(), top, rect.width(), rect.bottom() - top + 1)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if selected:
            painter.fillRect(body, palette.highlight())
        elif row.background:
            painter.fillRect(body, QColor(row.background))
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(palette.highlight().color(), 1, Qt.PenStyle.DotLine))
            painter.drawRect(body.adjusted(1, 0, -2, -1))
        text_colour = palette.highlightedText().color() if selected else palette.text().color()
        quiet = text_colour if selected else QColor(SUMMARY_COLOUR)

        # The rail runs through the whole row so consecutive rows join into one line.
        painter.setPen(QPen(QColor(RAIL_COLOUR), 2))
        painter.drawLine(rect.left() + RAIL_X, top, rect.left() + RAIL_X, rect.bottom())
        first = top + PADDING
        centre_y = first + line / 2
        paint_marker(
            painter,
            QPointF(rect.left() + RAIL_X, centre_y),
            MARKER_SIZE,
            row.colour,
            row.shape,
            row.hollow,
        )

        date_box = QRect(rect.left() + PADDING, first, DATE_WIDTH - PADDING, line)
        painter.setPen(text_colour)
        painter.drawText(date_box, Qt.AlignmentFlag.AlignRight, row.date_text)
        if row.time_text:
            painter.setPen(quiet)
            painter.drawText(
                date_box.translated(0, line + PADDING // 2),
                Qt.AlignmentFlag.AlignRight,
                row.time_text,
            )

        width = max(rect.width() - TEXT_X - PADDING, 10)
        chart = _chart_of(row)
        if chart:
            room = QRectF(rect.left() + TEXT_X, first, width, body.bottom() - first - PADDING)
            width = max(width - self._paint_chart(painter, room, chart) - 2 * PADDING, 10)
        title_font = QFont(option.font)
        title_font.setBold(True)
        title_font.setItalic(row.hollow)
        painter.setFont(title_font)
        title_colour = (
            text_colour if selected or row.item.kind != "adverse_event" else QColor(row.colour)
        )
        painter.setPen(title_colour)
        title = painter.fontMetrics().elidedText(row.title, Qt.TextElideMode.ElideRight, width)
        painter.drawText(rect.left() + TEXT_X, first + metrics.ascent(), title)
        painter.setFont(option.font)
        painter.setPen(quiet)
        summary = metrics.elidedText(row.summary, Qt.TextElideMode.ElideRight, width)
        painter.drawText(
            rect.left() + TEXT_X, first + line + PADDING // 2 + metrics.ascent(), summary
        )
        painter.restore()

    @staticmethod
    def _paint_chart(
        painter: QPainter, room: QRectF, chart: Sequence[tuple[ChartPlace, int | None]]
    ) -> float:
        """The session's chart at the right of its row, one small diagram per view marked
        (at most three), each batch in its own colour as on the printed record; returns
        the width taken."""
        order: dict[int, int] = {}
        marks = [
            (place, mark_colour(None if batch is None else order.setdefault(batch, len(order))))
            for place, batch in chart
        ]
        taken = 0.0
        for view in reversed(views_with_marks(place for place, _ in marks)[:MAX_THUMBNAILS]):
            space = QRectF(room.left(), room.top(), room.width() - taken, room.height())
            taken += paint_thumbnail(painter, space, view, marks) + PADDING
        return taken

    @staticmethod
    def _paint_month(
        painter: QPainter, option: QStyleOptionViewItem, month: str, top: int, line: int
    ) -> int:
        rect = option.rect
        heading = QFont(option.font)
        heading.setBold(True)
        painter.setFont(heading)
        painter.setPen(option.palette.text().color())
        box = QRect(rect.left() + PADDING, top + PADDING, rect.width() - 2 * PADDING, line)
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, month)
        separator_y = top + line + 2 * PADDING
        painter.setPen(QPen(QColor(RAIL_COLOUR), 1))
        painter.drawLine(rect.left() + PADDING, separator_y, rect.right() - PADDING, separator_y)
        painter.setFont(option.font)
        return top + line + 3 * PADDING
