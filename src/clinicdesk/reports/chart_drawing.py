"""A face or body chart as printed in a session summary: the diagram of one view with
its marks, numbered as on the screen, in the mark's colour.

Points are filled discs carrying their number; areas are translucent circles of their
radius with the numbered disc at their centre. Areas are drawn first so that a point
inside an area stays visible. The drawing is sized by its width; its height follows the
diagram's aspect ratio.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from reportlab.graphics.shapes import Circle, Drawing, Group, Polygon, PolyLine, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from clinicdesk.reports.body_diagrams import SIDES, diagram, text_colour_on
from clinicdesk.reports.fonts import LATIN, LATIN_BOLD, register_fonts
from clinicdesk.rules.body_chart import VIEWS, ChartPlace

OUTLINE = colors.HexColor("#39424d")
DETAIL = colors.HexColor("#8c959f")
SIDE_TEXT = colors.HexColor("#6b7480")
AREA_OPACITY = 0.22


def views_with_marks(places: Iterable[ChartPlace]) -> list[str]:
    """The views holding at least one of `places`, in the order the chart offers them."""
    used = {place.view for place in places}
    return [view for view in VIEWS if view in used]


def chart_drawing(
    view: str,
    marks: Sequence[tuple[int, ChartPlace, str]],
    width: float,
    *,
    side_names: Mapping[str, str] | None = None,
) -> Drawing:
    """The diagram of `view`, `width` points wide, with `marks` as (number, place, colour
    "#rrggbb"); marks of other views are left out. `side_names` ({"right": "R", "left":
    "L"}, translated by the caller) labels the client's sides on the front and back views."""
    register_fonts()
    shape = diagram(view)
    height = width / shape.aspect
    drawing = Drawing(width, height)
    drawing.add(_diagram_lines(view, width, height))
    sides = SIDES[view]
    if sides and side_names:
        size = max(6.0, width * 0.035)
        for name, x, anchor in ((sides[0], 0.0, "start"), (sides[1], width, "end")):
            drawing.add(
                String(
                    x,
                    height - size,
                    side_names.get(name, ""),
                    fontName=LATIN,
                    fontSize=size,
                    fillColor=SIDE_TEXT,
                    textAnchor=anchor,
                )
            )
    shown = [mark for mark in marks if mark[1].view == view]
    badge = min(max(width * 0.024, 4.2), 6.5)
    for number, place, colour in sorted(shown, key=lambda m: (not m[1].is_area, m[0])):
        drawing.add(_mark(number, place, colour, width, height, badge))
    return drawing


def _diagram_lines(view: str, width: float, height: float) -> Group:
    group = Group()
    line = max(0.5, width / 260)
    for stroke in diagram(view).strokes:
        points = [c for x, y in stroke.points for c in (x * width, height - y * height)]
        if stroke.filled:
            group.add(Polygon(points, fillColor=OUTLINE, strokeColor=None))
        elif stroke.closed:
            group.add(
                Polygon(
                    points,
                    fillColor=None,
                    strokeColor=DETAIL if stroke.detail else OUTLINE,
                    strokeWidth=line * 0.65 if stroke.detail else line,
                    strokeLineJoin=1,
                )
            )
        else:
            group.add(
                PolyLine(
                    points,
                    strokeColor=DETAIL if stroke.detail else OUTLINE,
                    strokeWidth=line * 0.65 if stroke.detail else line,
                    strokeLineJoin=1,
                    strokeLineCap=1,
                )
            )
    return group


def _mark(
    number: int, place: ChartPlace, colour: str, width: float, height: float, badge: float
) -> Group:
    group = Group()
    fill = colors.HexColor(colour)
    cx, cy = place.x * width, height - place.y * height
    if place.is_area:
        group.add(
            Circle(
                cx,
                cy,
                place.radius * width,
                fillColor=fill,
                fillOpacity=AREA_OPACITY,
                strokeColor=fill,
                strokeWidth=0.8,
            )
        )
    text = str(number)
    size = badge * 1.15
    # A long number widens its disc rather than spilling over it.
    radius = max(badge, stringWidth(text, LATIN_BOLD, size) / 2 + size * 0.25)
    group.add(Circle(cx, cy, radius, fillColor=fill, strokeColor=colors.white, strokeWidth=0.6))
    group.add(
        String(
            cx,
            cy - size * 0.36,
            text,
            fontName=LATIN_BOLD,
            fontSize=size,
            fillColor=colors.HexColor(text_colour_on(colour)),
            textAnchor="middle",
        )
    )
    return group
