"""How one photo is laid over another so that the same face lands on the same place: a
similarity transform (one scale, a rotation, a shift) from photo B onto photo A.

Both photos are measured in their own normalised coordinates: a pixel's x and y divided by
the photo's width, so x runs 0 to 1 and y 0 to height/width. One length unit for both axes
keeps a rotation a rotation, and a preview of another size gives the same numbers, so an
alignment made on a 1600-pixel preview holds for a thumbnail or the original.

The practitioner picks two reference points (the pupils, say) on each photo; the transform
that carries B's pair onto A's follows, and is then refined by nudges, a little more scale or
a little rotation. What is saved is the plain value `{"scale", "angle", "dx", "dy"}`; a value
read back is checked, and anything absurd is refused with ValueError rather than drawn.
"""

from __future__ import annotations

import cmath
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# Beyond these one photo no longer sits over the other: a saved value past them is damaged.
MIN_SCALE, MAX_SCALE = 0.1, 10.0
MAX_SHIFT = 20.0  # photo widths
# Two reference points nearer than this (a fraction of the width) give no direction.
MIN_SEPARATION = 0.01
# Kept to a millionth of the width (a degree to 4 decimals): far below a pixel of any photo,
# and a stored value reads back equal to the one that was saved.
_PLACES, _ANGLE_PLACES = 6, 4
FIELDS = ("scale", "angle", "dx", "dy")

Point = tuple[float, float]


@dataclass(frozen=True)
class Alignment:
    """Maps a point of B to A: scaled by `scale` and turned by `angle` degrees about B's
    origin, then shifted by (`dx`, `dy`). With y running down, as on screen, a positive
    angle turns clockwise."""

    scale: float = 1.0
    angle: float = 0.0
    dx: float = 0.0
    dy: float = 0.0

    def __post_init__(self) -> None:
        for name in FIELDS:
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(f"{name} must be a number, not {value!r}")
            if not math.isfinite(value):
                raise ValueError(f"{name} must be finite, not {value!r}")
        if not MIN_SCALE <= self.scale <= MAX_SCALE:
            raise ValueError(f"scale must be between {MIN_SCALE} and {MAX_SCALE}, not {self.scale}")
        if not -360 <= self.angle <= 360:
            raise ValueError(f"angle must be between -360 and 360 degrees, not {self.angle}")
        for name in ("dx", "dy"):
            shift = getattr(self, name)
            if abs(shift) > MAX_SHIFT:
                raise ValueError(f"{name} must be within {MAX_SHIFT} widths, not {shift}")
        # One angle for each turn, in (-180, 180], so equal alignments compare equal.
        angle = round(-((-self.angle + 180) % 360 - 180), _ANGLE_PLACES)
        object.__setattr__(self, "scale", round(float(self.scale), _PLACES))
        object.__setattr__(self, "angle", 180.0 if angle == -180 else angle + 0.0)
        object.__setattr__(self, "dx", round(float(self.dx), _PLACES) + 0.0)
        object.__setattr__(self, "dy", round(float(self.dy), _PLACES) + 0.0)

    # -- making one --------------------------------------------------------------------------

    @classmethod
    def from_points(cls, b1: Point, b2: Point, a1: Point, a2: Point) -> Alignment:
        """The alignment that carries B's reference points `b1`, `b2` onto A's `a1`, `a2`."""
        pb1, pb2, pa1, pa2 = (complex(*p) for p in (b1, b2, a1, a2))
        if abs(pb2 - pb1) < MIN_SEPARATION or abs(pa2 - pa1) < MIN_SEPARATION:
            raise ValueError("the two reference points of a photo must be apart")
        factor = (pa2 - pa1) / (pb2 - pb1)
        return cls._from_complex(factor, pa1 - factor * pb1)

    @classmethod
    def from_value(cls, value: Any) -> Alignment:
        """A saved value read back; anything but the four numbers, in range, is refused."""
        if not isinstance(value, Mapping):
            raise ValueError(f"an alignment is a mapping, not {type(value).__name__}")
        if set(value) != set(FIELDS):
            raise ValueError(f"an alignment has exactly {list(FIELDS)}, not {sorted(value)}")
        return cls(**{name: value[name] for name in FIELDS})

    @classmethod
    def _from_complex(cls, factor: complex, shift: complex) -> Alignment:
        return cls(abs(factor), math.degrees(cmath.phase(factor)), shift.real, shift.imag)

    # -- using one ---------------------------------------------------------------------------

    def as_value(self) -> dict[str, float]:
        """The plain form to save (JSON-able)."""
        return {name: getattr(self, name) for name in FIELDS}

    @property
    def is_identity(self) -> bool:
        return self == IDENTITY

    def _factor(self) -> complex:
        return cmath.rect(self.scale, math.radians(self.angle))

    def _shift(self) -> complex:
        return complex(self.dx, self.dy)

    def map(self, point: Point) -> Point:
        """Where a point of B lands on A."""
        mapped = self._factor() * complex(*point) + self._shift()
        return mapped.real, mapped.imag

    def affine(self) -> tuple[float, float, float, float, float, float]:
        """The matrix (m11, m12, m21, m22, dx, dy) with x' = m11·x + m21·y + dx and
        y' = m12·x + m22·y + dy: the order Qt's QTransform takes."""
        factor = self._factor()
        return factor.real, factor.imag, -factor.imag, factor.real, self.dx, self.dy

    def inverted(self) -> Alignment:
        """The alignment of A onto B: for the same two photos the other way round."""
        factor = 1 / self._factor()
        return Alignment._from_complex(factor, -self._shift() * factor)

    # -- refining one ------------------------------------------------------------------------

    def nudged(self, dx: float, dy: float) -> Alignment:
        """B moved by (`dx`, `dy`) in A's coordinates."""
        return Alignment(self.scale, self.angle, self.dx + dx, self.dy + dy)

    def scaled(self, factor: float, about: Point) -> Alignment:
        """B made `factor` times larger around the point `about` of A, which stays put."""
        if factor <= 0:
            raise ValueError(f"a scale factor must be positive, not {factor}")
        return self._around(complex(factor), about)

    def rotated(self, degrees: float, about: Point) -> Alignment:
        """B turned by `degrees` (clockwise on screen) around the point `about` of A."""
        return self._around(cmath.rect(1.0, math.radians(degrees)), about)

    def _around(self, change: complex, about: Point) -> Alignment:
        pivot = complex(*about)
        return Alignment._from_complex(
            change * self._factor(), pivot + change * (self._shift() - pivot)
        )


IDENTITY = Alignment()


def too_close(first: Point, second: Point) -> bool:
    """Whether two reference points of one photo are too near to give a direction."""
    return math.dist(first, second) < MIN_SEPARATION
