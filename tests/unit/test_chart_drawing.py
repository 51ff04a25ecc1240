"""The printed face and body chart: every view's diagram is sound geometry, renders into
a PDF on its own and inside a document, and each mark's number lands on the page at the
mark's place relative to the diagram. The PDFs are read back with poppler."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Group
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate
from tests.unit.pdf_helpers import needs_poppler, page_count, text_of, words_with_boxes

from clinicdesk.reports.body_diagrams import (
    AREA_ONLY_COLOUR,
    PALETTE,
    SIDES,
    diagram,
    mark_colour,
    text_colour_on,
)
from clinicdesk.reports.chart_drawing import chart_drawing, views_with_marks
from clinicdesk.rules.body_chart import VIEWS, ChartPlace

WIDTH = 200.0
# Places inside each diagram, away from its edges and from each other.
PLACES = [(0.3, 0.35), (0.62, 0.5), (0.45, 0.8)]


def marks_on(view: str) -> list[tuple[int, ChartPlace, str]]:
    return [
        (number, ChartPlace(view, x, y), mark_colour(number))
        for number, (x, y) in enumerate(PLACES, start=1)
    ]


def circles(node: Group) -> list[Circle]:
    found = []
    for child in node.contents:
        if isinstance(child, Circle):
            found.append(child)
        elif isinstance(child, Group):
            found += circles(child)
    return found


@pytest.mark.parametrize("view", VIEWS)
def test_every_diagram_is_lines_inside_its_box(view):
    shape = diagram(view)
    assert shape.view == view
    assert 0.3 < shape.aspect < 1.0  # portraits: a head, a standing body
    assert len(shape.strokes) >= 10
    assert any(not s.detail and len(s.points) > 100 for s in shape.strokes)  # the outline
    for stroke in shape.strokes:
        assert len(stroke.points) >= 2
        assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in stroke.points), stroke


def test_the_left_profile_is_the_mirror_of_the_right():
    left, right = diagram("face_left"), diagram("face_right")
    assert left.aspect == right.aspect
    for a, b in zip(left.strokes, right.strokes, strict=True):
        assert a.points == tuple((1 - x, y) for x, y in b.points)
    # The nose points to the left of the box on the left profile.
    assert min(x for s in left.strokes for x, _ in s.points) < 0.1
    assert max(x for s in left.strokes for x, _ in s.points) < 0.9


def test_front_views_are_symmetric_and_the_sides_are_named():
    front = diagram("face_front")
    xs = sorted(round(x, 3) for s in front.strokes for x, _ in s.points)
    mirrored = sorted(round(1 - x, 3) for x in xs)
    assert xs == pytest.approx(mirrored, abs=0.002)
    assert SIDES["face_front"] == ("right", "left")  # the client faces the practitioner
    assert SIDES["body_back"] == ("left", "right")
    assert SIDES["face_left"] is None
    with pytest.raises(ValueError):
        diagram("hand")


@needs_poppler
@pytest.mark.parametrize("view", VIEWS)
def test_each_view_renders_with_its_numbers_where_the_marks_are(view, tmp_path: Path):
    marks = [
        *marks_on(view),
        (
            9,
            ChartPlace("face_front" if view != "face_front" else "body_back", 0.5, 0.5),
            PALETTE[0],
        ),
    ]
    drawing = chart_drawing(view, marks, WIDTH)
    height = WIDTH / diagram(view).aspect
    assert (drawing.width, drawing.height) == (WIDTH, pytest.approx(height))
    pdf = renderPDF.drawToString(drawing)
    assert pdf.startswith(b"%PDF")
    words = {word: (x0, x1, y0) for word, x0, x1, y0 in words_with_boxes(pdf, tmp_path)}
    assert "9" not in words  # the mark of another view is left out
    for number, (x, y) in enumerate(PLACES, start=1):
        x0, x1, top = words[str(number)]
        assert (x0 + x1) / 2 == pytest.approx(x * WIDTH, abs=1.0)
        # pdftotext's y runs down from the top of the page, like the chart's.
        assert top + 2.5 == pytest.approx(y * height, abs=1.0)


def test_areas_are_drawn_at_their_radius_under_the_points():
    point = (1, ChartPlace("body_front", 0.5, 0.42), PALETTE[1])
    area = (2, ChartPlace("body_front", 0.5, 0.4, 0.08), AREA_ONLY_COLOUR)
    drawing = chart_drawing("body_front", [point, area], WIDTH)
    height = drawing.height
    found = circles(drawing)
    zone = [c for c in found if c.r == pytest.approx(0.08 * WIDTH)]
    assert len(zone) == 1
    assert (zone[0].cx, zone[0].cy) == (pytest.approx(0.5 * WIDTH), pytest.approx(0.6 * height))
    assert 0 < zone[0].fillOpacity < 1  # what lies under an area stays visible
    # The area comes first, so the point's disc is painted over it.
    assert found.index(zone[0]) < found.index(
        next(c for c in found if c.cy == pytest.approx(0.58 * height))
    )


@needs_poppler
def test_charts_print_inside_a_document_with_the_sides_named(tmp_path: Path):
    places = [ChartPlace("face_front", 0.5, 0.3), ChartPlace("body_back", 0.5, 0.4, 0.05)]
    marks = [(n, place, mark_colour(None)) for n, place in enumerate(places, start=1)]
    names = {"right": "Right", "left": "Left"}
    story = [chart_drawing(v, marks, 80 * mm, side_names=names) for v in views_with_marks(places)]
    out = io.BytesIO()
    SimpleDocTemplate(out).build(story)
    pdf = out.getvalue()
    assert page_count(pdf, tmp_path) == 2  # a standing body 80 mm wide takes a page
    text = text_of(pdf, tmp_path)
    assert "Right" in text and "Left" in text and "1" in text and "2" in text


def test_views_with_marks_are_given_in_the_chart_order():
    places = [
        ChartPlace("body_back", 0.5, 0.5),
        ChartPlace("face_right", 0.5, 0.5),
        ChartPlace("body_back", 0.2, 0.5),
    ]
    assert views_with_marks(places) == ["face_right", "body_back"]
    assert views_with_marks([]) == []


def test_mark_colours_cycle_through_the_palette_with_readable_numbers():
    assert mark_colour(None) == AREA_ONLY_COLOUR
    assert mark_colour(0) == PALETTE[0]
    assert mark_colour(len(PALETTE)) == PALETTE[0]
    assert len(set(PALETTE)) == len(PALETTE) and AREA_ONLY_COLOUR not in PALETTE
    assert {text_colour_on(c) for c in (*PALETTE, AREA_ONLY_COLOUR)} == {"#ffffff"}
    assert text_colour_on("#f0e442") == "#000000"  # a light yellow takes black numbers
