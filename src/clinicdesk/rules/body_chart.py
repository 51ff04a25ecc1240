"""Where on the client a treatment went: points and areas on a face or body diagram.

A place is given on one of the diagrams (`VIEWS`) in coordinates relative to the diagram,
x from its left edge and y from its top edge, both 0 to 1, so that it lands on the same
spot whatever size the diagram is drawn at, on screen or on paper. A place with no radius
is a point (an injection point); with a radius (a fraction of the diagram's width) it is
an area (a zone lasered or peeled).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

VIEWS = ("face_front", "face_left", "face_right", "body_front", "body_back")
MAX_RADIUS = 0.5
LABEL_MAX = 200
MAX_AREAS = 100
# Coordinates are kept to 4 decimals: a tenth of a millimetre on a face drawn 40 cm wide.
_PLACES = 4


@dataclass(frozen=True)
class ChartPlace:
    view: str
    x: float
    y: float
    radius: float = 0.0

    def __post_init__(self) -> None:
        if self.view not in VIEWS:
            raise ValueError(f"view must be one of {list(VIEWS)}, not {self.view!r}")
        for name, value, top in (("x", self.x, 1.0), ("y", self.y, 1.0)):
            if not (isinstance(value, int | float) and math.isfinite(value) and 0 <= value <= top):
                raise ValueError(f"{name} must be between 0 and {top}, not {value!r}")
        radius = self.radius
        if not (isinstance(radius, int | float) and math.isfinite(radius)):
            raise ValueError(f"radius must be a number, not {radius!r}")
        if not 0 <= radius <= MAX_RADIUS:
            raise ValueError(f"radius must be between 0 and {MAX_RADIUS}, not {radius!r}")
        object.__setattr__(self, "x", round(float(self.x), _PLACES))
        object.__setattr__(self, "y", round(float(self.y), _PLACES))
        object.__setattr__(self, "radius", round(float(radius), _PLACES))

    @property
    def is_area(self) -> bool:
        return self.radius > 0

    def as_value(self) -> dict[str, Any]:
        value: dict[str, Any] = {"view": self.view, "x": self.x, "y": self.y}
        if self.radius:
            value["radius"] = self.radius
        return value

    @classmethod
    def from_value(cls, value: Mapping[str, Any]) -> ChartPlace:
        unknown = set(value) - {"view", "x", "y", "radius"}
        if unknown:
            raise ValueError(f"not part of a chart place: {sorted(unknown)}")
        return cls(str(value["view"]), value["x"], value["y"], value.get("radius", 0.0))


@dataclass(frozen=True)
class ChartArea:
    """A place marked with no product: what the note's `chart` keeps."""

    place: ChartPlace
    label: str = ""

    def as_value(self) -> dict[str, Any]:
        return {**self.place.as_value(), "label": self.label}

    @classmethod
    def from_value(cls, value: Mapping[str, Any]) -> ChartArea:
        rest = {k: v for k, v in value.items() if k != "label"}
        label = value.get("label", "")
        if not isinstance(label, str) or len(label) > LABEL_MAX:
            raise ValueError(f"a chart label is text of at most {LABEL_MAX} characters")
        return cls(ChartPlace.from_value(rest), label.strip())
