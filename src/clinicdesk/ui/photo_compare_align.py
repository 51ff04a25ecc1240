"""Aligning photo B onto photo A in the comparison viewer: the reference points picked so
far, and the alignment they give.

The practitioner picks a first and a second point on A, then the same two on B; the
transform itself is pure geometry (`rules.alignment`). A's points are kept in the scene
(A's own coordinates), B's in B's own coordinates, so re-aligning an already aligned B
works from where B really is.
"""

from __future__ import annotations

from clinicdesk.rules.alignment import Alignment, Point, too_close


class AlignPicking:
    """The reference points clicked so far: A's first and second, then B's."""

    def __init__(self) -> None:
        self.points: list[Point] = []

    @property
    def pane(self) -> int:
        """The photo the next point goes on: 0 for A, 1 for B."""
        return 0 if len(self.points) < 2 else 1

    @property
    def number(self) -> int:
        """Which of the photo's two points comes next: 1 or 2."""
        return len(self.points) % 2 + 1

    @property
    def done(self) -> bool:
        return len(self.points) == 4

    def add(self, point: Point) -> bool:
        """Keep `point` as the next reference point; False (and not kept) when it is on the
        photo's first point, where it could give no direction."""
        if self.number == 2 and too_close(self.points[-1], point):
            return False
        self.points.append(point)
        return True

    def undo(self) -> None:
        if self.points:
            self.points.pop()

    def markers(self) -> list[tuple[int, int, Point]]:
        """Each point picked as (photo 0 or 1, number 1 or 2, where on that photo)."""
        return [(index // 2, index % 2 + 1, point) for index, point in enumerate(self.points)]

    def result(self) -> Alignment:
        """The alignment the four points give; ValueError when it would be absurd."""
        a1, a2, b1, b2 = self.points
        return Alignment.from_points(b1, b2, a1, a2)
