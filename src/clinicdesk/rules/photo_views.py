"""Photo views and body areas, the capture checklist of a session, and alignment points.

A photo shows a body area (`AREAS`) from a view (`VIEWS`): straight on, turned 45° to
either side, in profile to either side, or another angle. Which views a session of a
treatment should have is the family's `photo_views` in the catalogue (shipped in
resources/rules/treatments.toml, kept per practice in the database): the five face views
for toxin and fillers, three for peels, front and profiles for body contouring, none for
waxing. `capture_checklist` says, for one session, how many photos each of those views
has, so every session is photographed the same way and before/after pairs line up.

An `Alignment` is two landmarks marked on a photo (the pupils, two moles), in coordinates
relative to the photo as stored (0 to 1 from the left and top edges): the comparison
viewer scales, turns and shifts one photo so its two points fall on the other's.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

VIEWS = ("front", "left_45", "right_45", "left_profile", "right_profile", "other")
# Areas as the comparison viewer matches them: the same area and view across dates.
AREAS = (
    "face", "forehead", "eye_area", "nose", "lips", "chin_jaw", "neck", "decolletage",
    "scalp", "arms", "underarms", "hands", "chest", "abdomen", "flanks", "back", "buttocks",
    "thighs", "legs", "feet", "other",
)  # fmt: skip
# Landmarks closer than this (a fraction of the photo) give no usable scale or angle.
MIN_POINT_DISTANCE = 0.01
_PLACES = 5


def ordered_views(views: Iterable[str]) -> tuple[str, ...]:
    """`views` once each, in the order of VIEWS; an unknown view is a programming error."""
    wanted = set(views)
    unknown = sorted(wanted - set(VIEWS))
    if unknown:
        raise ValueError(f"not photo views: {unknown}")
    return tuple(view for view in VIEWS if view in wanted)


@dataclass(frozen=True)
class ViewCount:
    view: str
    expected: bool  # the family asks for this view
    taken: int  # photos of the session taken from it

    @property
    def missing(self) -> bool:
        return self.expected and self.taken == 0


def capture_checklist(expected: Sequence[str], taken: Iterable[str]) -> tuple[ViewCount, ...]:
    """Each expected view with its count of photos, then any other view photographed."""
    counts = Counter(taken)
    wanted = ordered_views(expected)
    extra = ordered_views(view for view in counts if view not in wanted)
    return tuple(ViewCount(view, True, counts[view]) for view in wanted) + tuple(
        ViewCount(view, False, counts[view]) for view in extra
    )


def missing_views(expected: Sequence[str], taken: Iterable[str]) -> tuple[str, ...]:
    return tuple(item.view for item in capture_checklist(expected, taken) if item.missing)


@dataclass(frozen=True)
class Alignment:
    """Two landmarks on a photo, each (x, y) relative to its width and height."""

    first: tuple[float, float]
    second: tuple[float, float]

    def __post_init__(self) -> None:
        points = []
        for point in (self.first, self.second):
            if len(point) != 2 or not all(
                isinstance(value, int | float)
                and not isinstance(value, bool)
                and math.isfinite(value)
                and 0 <= value <= 1
                for value in point
            ):
                raise ValueError(f"an alignment point is (x, y) from 0 to 1, not {point!r}")
            points.append((round(float(point[0]), _PLACES), round(float(point[1]), _PLACES)))
        if math.dist(*points) < MIN_POINT_DISTANCE:
            raise ValueError("the two alignment points are too close together")
        object.__setattr__(self, "first", points[0])
        object.__setattr__(self, "second", points[1])

    def as_value(self) -> dict[str, Any]:
        return {"points": [list(self.first), list(self.second)]}

    @classmethod
    def from_value(cls, value: Mapping[str, Any]) -> Alignment:
        if set(value) != {"points"} or len(value["points"]) != 2:
            raise ValueError("an alignment is {'points': [[x, y], [x, y]]}")
        first, second = value["points"]
        return cls(tuple(first), tuple(second))
