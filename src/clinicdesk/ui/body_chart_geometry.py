"""Where the face and body chart's diagram sits in its canvas, and the way between the
widget's pixels and the diagram's own coordinates (0 to 1 across its width and down its
height), the coordinates a mark's place is kept in.

One frame serves the canvas (which mark a press is on, where a drag or a key puts a mark)
and the painting (where each mark is drawn), so a mark is picked up exactly where it shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF

from clinicdesk.reports.body_diagrams import diagram
from clinicdesk.rules.body_chart import MAX_RADIUS

MARGIN = 14.0  # between the widget's edge and the diagram, in pixels


@dataclass(frozen=True)
class ChartFrame:
    rect: QRectF  # the diagram, in the widget's pixels

    @classmethod
    def fit(cls, room: QRectF, view: str) -> ChartFrame:
        """The diagram of `view` in `room`: as large as fits, at its own aspect ratio."""
        aspect = diagram(view).aspect
        room = room.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        width = min(room.width(), room.height() * aspect)
        height = width / aspect
        left, top = room.center().x() - width / 2, room.center().y() - height / 2
        return cls(QRectF(left, top, width, height))

    def to_widget(self, x: float, y: float) -> QPointF:
        rect = self.rect
        return QPointF(rect.left() + x * rect.width(), rect.top() + y * rect.height())

    def to_diagram(self, point: QPointF) -> tuple[float, float]:
        """The diagram coordinates of a point of the widget, kept inside the diagram."""
        rect = self.rect
        x = (point.x() - rect.left()) / rect.width()
        y = (point.y() - rect.top()) / rect.height()
        return clamp(x), clamp(y)

    def pixels(self, radius: float) -> float:
        """An area's radius (a fraction of the diagram's width) in pixels."""
        return radius * self.rect.width()

    def radius(self, pixels: float) -> float:
        """The area a drag of `pixels` draws, no larger than an area may be."""
        return min(pixels / self.rect.width(), MAX_RADIUS)

    def badge_radius(self) -> float:
        """The radius of a mark's numbered disc: it grows with the diagram, within limits."""
        return min(max(self.rect.width() * 0.026, 7.0), 11.0)


def distance(a: QPointF, b: QPointF) -> float:
    return QLineF(a, b).length()


def clamp(value: float) -> float:
    return min(max(value, 0.0), 1.0)
