"""The five diagrams a treatment is charted on, as plain geometry that the screen and the
printed session summary both draw.

Each diagram is a box of known aspect ratio (width / height) holding strokes: smooth
lines sampled into points whose x and y run from 0 to 1 across the box, x from the left
and y from the top, the same frame as `rules.body_chart.ChartPlace`. A mark placed on the
screen therefore lands on the same spot of the printed diagram.

The face and body are seen as the practitioner sees the client standing in front of them:
on the front views the client's right side is on the left of the box, on the back view
it is on the right. The left profile shows the client's left cheek, so the nose points to
the left of the box; the right profile is its mirror image.

The outlines are drawn once, in design units (a box 100 wide), as control points of
centripetal Catmull-Rom curves: that spline passes through every control point without
the loops and cusps of the uniform one, so a curve is adjusted by moving the point where
it should pass.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from clinicdesk.rules.body_chart import VIEWS

Point = tuple[float, float]


@dataclass(frozen=True)
class Stroke:
    """One line of a diagram, in box-relative coordinates."""

    points: tuple[Point, ...]
    closed: bool = False
    # A fold, crease or contour inside the outline: drawn thinner and lighter.
    detail: bool = False
    # A pupil or a navel: filled with the line's colour.
    filled: bool = False


@dataclass(frozen=True)
class Diagram:
    view: str
    aspect: float  # width / height
    strokes: tuple[Stroke, ...]


# Which of the client's sides is at the left and at the right edge of a view; the
# profiles show one side only.
SIDES: dict[str, tuple[str, str] | None] = {
    "face_front": ("right", "left"),
    "face_left": None,
    "face_right": None,
    "body_front": ("right", "left"),
    "body_back": ("left", "right"),
}

# Mark colours, one per product in the order they are offered: distinct for the common
# kinds of colour blindness (after Okabe and Ito), and dark enough for white numbers.
PALETTE = (
    "#0b6fb0",
    "#d1495b",
    "#1b9e77",
    "#8e5bb5",
    "#d97706",
    "#0f8b8d",
    "#a0522d",
    "#c2418d",
)
# A place marked with no product (a zone lasered, peeled...).
AREA_ONLY_COLOUR = "#56606b"


def mark_colour(product_index: int | None) -> str:
    """The colour of the marks of the product offered at `product_index`; None: no product."""
    if product_index is None:
        return AREA_ONLY_COLOUR
    return PALETTE[product_index % len(PALETTE)]


def text_colour_on(hex_colour: str) -> str:
    """Black or white, whichever reads better on `hex_colour` (WCAG relative luminance)."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return "#000000" if luminance > 0.4 else "#ffffff"


# ------------------------------------------------------------------------ curves


def _catmull_rom(points: Sequence[Point], *, closed: bool, steps: int = 8) -> list[Point]:
    """A centripetal Catmull-Rom curve through `points`, `steps` samples per span."""
    if len(points) < 3:
        return list(points)
    if closed:
        extended = [points[-1], *points, points[0], points[1]]
    else:
        (x0, y0), (x1, y1) = points[0], points[1]
        (xm, ym), (xn, yn) = points[-2], points[-1]
        extended = [(2 * x0 - x1, 2 * y0 - y1), *points, (2 * xn - xm, 2 * yn - ym)]
    out: list[Point] = []
    for i in range(1, len(extended) - 2):
        out.extend(_span(*extended[i - 1 : i + 3], steps=steps))
    if not closed:
        out.append(points[-1])
    return out


def _span(p0: Point, p1: Point, p2: Point, p3: Point, *, steps: int) -> list[Point]:
    """Samples of the curve from p1 to p2 (p2 itself excluded), by Barry and Goldman's
    pyramid with knots spaced by the square root of the chord lengths."""

    def knot(t: float, a: Point, b: Point) -> float:
        # A tiny floor keeps repeated control points from dividing by zero.
        return t + max(math.dist(a, b), 1e-6) ** 0.5

    t0 = 0.0
    t1 = knot(t0, p0, p1)
    t2 = knot(t1, p1, p2)
    t3 = knot(t2, p2, p3)

    def lerp(a: Point, b: Point, ta: float, tb: float, t: float) -> Point:
        wa, wb = (tb - t) / (tb - ta), (t - ta) / (tb - ta)
        return (wa * a[0] + wb * b[0], wa * a[1] + wb * b[1])

    samples = []
    for step in range(steps):
        t = t1 + (t2 - t1) * step / steps
        a1, a2, a3 = lerp(p0, p1, t0, t1, t), lerp(p1, p2, t1, t2, t), lerp(p2, p3, t2, t3, t)
        b1, b2 = lerp(a1, a2, t0, t2, t), lerp(a2, a3, t1, t3, t)
        samples.append(lerp(b1, b2, t1, t2, t))
    return samples


def _ellipse(cx: float, cy: float, rx: float, ry: float, steps: int = 32) -> list[Point]:
    return [
        (cx + rx * math.cos(2 * math.pi * k / steps), cy + ry * math.sin(2 * math.pi * k / steps))
        for k in range(steps)
    ]


def _points(text: str) -> list[Point]:
    """Control points written as in SVG's `points`: "x,y x,y ...", in design units."""
    return [(float(x), float(y)) for x, y in (pair.split(",") for pair in text.split())]


class _Sketch:
    """Collects strokes in design units (the box `width` x `height`)."""

    def __init__(self, width: float, height: float) -> None:
        self.width, self.height = width, height
        self.strokes: list[Stroke] = []

    def mirrored(self, points: Iterable[Point]) -> list[Point]:
        return [(self.width - x, y) for x, y in points]

    def curve(
        self, points: str | Sequence[Point], *, closed: bool = False, detail: bool = False
    ) -> None:
        control = _points(points) if isinstance(points, str) else points
        self.add(_catmull_rom(control, closed=closed), closed=closed, detail=detail)

    def pair(self, points: str, *, closed: bool = False, detail: bool = False) -> None:
        """A curve drawn on the right half of the box and its mirror image on the left."""
        self.curve(points, closed=closed, detail=detail)
        self.curve(self.mirrored(_points(points)), closed=closed, detail=detail)

    def symmetric_outline(self, half: str) -> None:
        """A closed outline from the right half, running from the top of the centre line
        to its bottom; the left half is its mirror."""
        right = _points(half)
        self.curve([*right, *self.mirrored(reversed(right[1:-1]))], closed=True)

    def symmetric_path(self, half: str) -> None:
        """An open line from the right half, running from its free end to the centre line;
        the left half is its mirror, so the line runs from one free end to the other."""
        right = _points(half)
        self.curve([*self.mirrored(right), *reversed(right[:-1])])

    def ellipse(self, cx: float, cy: float, rx: float, ry: float, **style: bool) -> None:
        self.add(_ellipse(cx, cy, rx, ry), closed=True, **style)

    def add(
        self,
        points: Iterable[Point],
        *,
        closed: bool = False,
        detail: bool = False,
        filled: bool = False,
    ) -> None:
        relative = tuple((x / self.width, y / self.height) for x, y in points)
        self.strokes.append(Stroke(relative, closed=closed, detail=detail, filled=filled))

    def diagram(self, view: str) -> Diagram:
        return Diagram(view, self.width / self.height, tuple(self.strokes))


# ------------------------------------------------------------------------ the face


def _face_front() -> Diagram:
    s = _Sketch(100, 130)
    # Head: crown, temple, cheekbone, jaw angle, chin.
    s.symmetric_outline(
        "50,7 63,8.5 74,14.5 80.5,25 82.5,38 82.2,50 81.3,61 79.3,71.5 76.2,80.5 70.6,89 62.6,96.2 "
        "56.2,99.4 50,100.3"
    )
    # Hairline, from the temple over the forehead.
    s.curve("80,43 78.8,31 73,23.5 62,19.3 50,18.5 38,19.3 27,23.5 21.2,31 20,43", detail=True)
    # Ears: helix, and the fold inside it.
    s.pair("82.4,47 85.5,44.5 88.7,46.5 89.3,53 87.6,61 85,67.5 82,70.5")
    s.pair("83.6,51 86.2,50 86.8,55.5 85,62.5", detail=True)
    # Brows, as a thin closed shape thicker at the head.
    s.pair("56.5,46.4 62.5,43.3 70,42.4 76.5,44.3 78.5,46.2 71,44.9 62.8,45.8 57,48.2", closed=True)
    # Eyes: lids meeting at the corners, the crease above, iris and pupil.
    s.pair("58.5,53.4 62,50.8 66.5,50 71,51 74.5,53.4 70.5,55.2 66,55.6 61.5,55", closed=True)
    s.pair("59.5,50.8 65.5,48.2 71.5,48.8 75,51.6", detail=True)
    for cx in (66.3, 100 - 66.3):
        s.ellipse(cx, 52.9, 2.55, 2.55)
        s.ellipse(cx, 52.9, 1.05, 1.05, filled=True)
    # Nose: the sides of the bridge, the wings and the tip.
    s.pair("54.3,52.5 54.6,59 55.6,64.8", detail=True)
    s.pair("56.1,65.9 58.3,68.4 58.3,71.1 56.5,72.7")
    s.curve("56.5,72.7 53.6,72.4 51.7,73.5 50,73.8 48.3,73.5 46.4,72.4 43.5,72.7")
    s.pair("52.9,72.1 54.1,71.2 55.4,71.4", detail=True)
    # Lips: the upper lip with its bow, the lower lip, and the line between them.
    s.curve("59,82.6 55.5,80.2 52.2,79 50,79.7 47.8,79 44.5,80.2 41,82.6")
    s.curve("59,82.6 54.5,82.9 50,83.3 45.5,82.9 41,82.6")
    s.curve("59,82.6 55,85.7 50,86.9 45,85.7 41,82.6")
    # Folds the practitioner treats: nasolabial folds, marionette lines, the chin's crease.
    s.pair("59.2,69.5 61.6,75 62.2,80.5", detail=True)
    s.pair("61,86 60.5,90.5", detail=True)
    s.curve("54,91.6 50,92.4 46,91.6", detail=True)
    # Neck, and the top of the shoulders.
    s.pair("66.3,92.6 65.2,104 66.4,114.5 74,120.5 88,124.5 99,127")
    s.pair("56,121.5 60.5,120.5 70,122.5", detail=True)
    return s.diagram("face_front")


def _face_profile(view: str) -> Diagram:
    """The left profile (nose to the left of the box); the right one is its mirror."""
    s = _Sketch(100, 130)
    # Drawn facing right, then mirrored for the left profile. One line from the nape over
    # the skull, down the forehead, nose, lips and chin, and under the chin to the throat.
    s.curve(
        "33,121 31.6,106 27.6,93 21.5,84.5 17.6,70 17.5,50 22,33 31,19.5 44,10.5 58,7.5 70,9.5 "
        "78.5,16 83.5,26 85.6,37 86.2,44.5 84.6,49.5 86.5,55.5 89.6,63 92.7,68.8 93,71.2 "
        "90.7,72.6 87.4,73.2 87.1,75.5 88.6,79.6 86.8,81.6 88.2,84.5 86.2,88.2 84.5,90.2 "
        "86.2,95.2 84.8,99.6 80,102.2 71.5,103.3 65.5,106.5 63.5,114 63.8,121"
    )
    # Shoulder line in front and behind the neck.
    s.curve("63.8,121 67,125.5 78,128.5")
    s.curve("33,121 28,125.5 15,128.5")
    # Hairline: over the forehead, down the temple, the sideburn in front of the ear.
    s.curve("80.5,21.5 72,26.5 64,33 57.5,42 55.5,51 55,58", detail=True)
    # Ear: the helix and lobe, and the fold inside.
    s.curve(
        "49.5,50.5 46.5,46.4 40.5,45.4 36.2,48.6 35.2,55.5 36.5,63 39.6,69.6 43.7,73.2 47.2,71.8 "
        "48.4,67.5"
    )
    s.curve("44.5,50.6 40.2,50.8 38.9,56.5 41,63 44.5,64.8", detail=True)
    s.curve("46.8,57 47.6,61.5 46,64.5", detail=True)
    # Jaw line from below the ear to the chin.
    s.curve("48.2,77.5 50.5,88 55.5,95.5 65,100 76,101.4", detail=True)
    # Brow, eye (lids and the iris seen edge-on), nostril, mouth corner, folds.
    s.curve("72.5,46.2 76.5,44.2 81.5,44.3 84.3,46.3")
    s.curve("75.4,53.2 78.4,51.1 81.4,50.5 83.5,51.5")
    s.curve("75.4,53.2 78.9,55.1 82.6,55.3")
    s.add(_ellipse(82.3, 53.2, 0.95, 2.0, steps=24), closed=True)
    s.add(_ellipse(82.75, 53.2, 0.4, 0.95, steps=16), closed=True, filled=True)
    s.curve("77,49.6 80.5,48.7 83.3,50.2", detail=True)
    s.curve("86.5,66.2 84.4,68.4 84.6,71 87.1,72")
    s.curve("84.6,81.7 86.8,81.6")
    s.curve("83.4,67.3 81.2,73 81.5,79.2", detail=True)
    right = s.diagram(view)
    if view == "face_right":
        return right
    return Diagram(
        view,
        right.aspect,
        tuple(
            Stroke(tuple((1 - x, y) for x, y in st.points), st.closed, st.detail, st.filled)
            for st in right.strokes
        ),
    )


# ------------------------------------------------------------------------ the body


def _body(view: str) -> Diagram:
    s = _Sketch(100, 215)
    back = view == "body_back"
    # Head and ears.
    s.symmetric_outline("50,4.5 55.5,5.6 58.6,10 59,17 57.4,24 54.5,28.6 50,30.2")
    s.pair("58.7,14.8 60.3,15.2 60.4,19 58.6,21.6")
    # The body, in one line from the jaw round the arms and legs: neck, shoulder,
    # outer arm, hand, inner arm, flank, waist, hip, outer leg, foot, inner leg.
    s.symmetric_path(
        "54.5,28.6 55.3,32.5 58.5,36.4 66,38.8 71,41.5 73.8,47 75,55 76.4,65 78.2,75.5 80.5,86 "
        "83,97 84.3,104 86.1,107.8 88.3,111.4 89.6,115 89.4,117 88.3,116.9 87.2,114.6 "
        "87.4,118.8 87,122.8 85.2,126.3 82.6,125.6 81.9,121 80.6,116.5 "
        "79.4,112.5 78.4,106.5 75.5,96.5 72.8,86 71.1,76 69.5,66 68.5,58.6 67.3,56 66.1,58.6 "
        "65.4,66 64.2,76 64.3,83 66.8,93 67.9,104 67.8,118 65.8,133 64.5,146 64.9,157 66,167 "
        "64.3,182 62.1,196 63.4,202 64.4,206.3 61.8,208.4 57,208 55.6,203.5 55.8,196.5 55.2,182 "
        "54.3,167 54.6,157 54.2,146 53,131 51.6,117.5 50,111"
    )
    if back:
        # Spine, shoulder blades, the small of the back, buttocks, knee creases.
        s.curve("50,33 50,60 50,80 50,92", detail=True)
        s.pair("55.6,42.6 55.2,50 57.6,59.4 61.6,53.5 65.2,47", detail=True)
        s.pair("55.8,45.8 61,44.2 66,43.6", detail=True)
        s.curve("50,100.5 50,111", detail=True)
        s.pair("51.4,116.6 57,118.2 63,117 66.5,114.3", detail=True)
        s.pair("55.2,149.5 59.4,150.5 63.6,149.6", detail=True)
        s.pair("58,196 59.8,200.5", detail=True)
        s.pair("72.5,80.5 75.6,81.6 77.8,80.3", detail=True)
    else:
        # Collarbones, chest, navel, groin, kneecaps.
        s.pair("52.5,38.8 58.5,37.8 66.5,39.7", detail=True)
        s.pair("66.2,53 64,59.5 58,62.2 52.5,60", detail=True)
        s.ellipse(50, 86.5, 0.9, 1.2, detail=True)
        s.pair("64.8,95 58,103.5 51.8,108.6", detail=True)
        s.pair("57,148.8 59.3,150.9 61.7,148.8", detail=True)
    return s.diagram(view)


@cache
def diagram(view: str) -> Diagram:
    """The diagram of one of `rules.body_chart.VIEWS`."""
    if view == "face_front":
        return _face_front()
    if view in ("face_left", "face_right"):
        return _face_profile(view)
    if view in ("body_front", "body_back"):
        return _body(view)
    raise ValueError(f"view must be one of {list(VIEWS)}, not {view!r}")
