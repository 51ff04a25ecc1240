"""Where the compared photos sit: the panes of the viewer, the one zoom and pan they share,
and the way from a photo's pixels to the screen.

Every photo is placed in one common "scene": the normalised coordinates of the first photo
(A), x from 0 to 1 across its width (see `rules.alignment`). A photo is scaled to the same
width there, and the second one (B) goes through its alignment, so the same point of the
face is the same scene point on every pane. The view then maps the scene to each pane with
the same zoom and the same centre: zooming or panning one pane moves them all alike.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QTransform

from clinicdesk.rules.alignment import Alignment

PANE_GAP = 4.0  # between panes, in pixels
MIN_ZOOM, MAX_ZOOM = 0.25, 40.0  # relative to the whole photo fitting its pane


@dataclass(frozen=True, eq=False)
class ComparePhoto:
    """One photo to compare: the caller's `key` for it (so the caller can tell which photo
    is in which pane), its decoded image, and the label drawn on it, made by the caller
    ("12/03/2026 · session 2")."""

    key: Any
    image: QImage
    label: str

    def __post_init__(self) -> None:
        if self.image.isNull() or self.image.width() < 1 or self.image.height() < 1:
            raise ValueError("a photo to compare needs an image")

    @property
    def aspect(self) -> float:
        """Height over width: how far down the scene the photo reaches."""
        return self.image.height() / self.image.width()


def placement(photo: ComparePhoto, alignment: Alignment | None = None) -> QTransform:
    """From the photo's pixels to the scene: scaled to a width of 1, then aligned."""
    transform = QTransform.fromScale(1 / photo.image.width(), 1 / photo.image.width())
    if alignment is not None and not alignment.is_identity:
        transform *= QTransform(*alignment.affine())
    return transform


def pane_rects(area: QRectF, count: int, aspect: float) -> list[QRectF]:
    """`count` equal panes filling `area`: in one row, or in two when that shows photos of
    this `aspect` (height over width) larger."""
    if count <= 0:
        return []
    best: tuple[float, int] = (-1.0, 1)
    for rows in (1, 2) if count > 1 else (1,):
        columns = math.ceil(count / rows)
        width = (area.width() - PANE_GAP * (columns - 1)) / columns
        height = (area.height() - PANE_GAP * (rows - 1)) / rows
        shown = min(width, height / aspect)
        if shown > best[0] + 0.5:
            best = (shown, rows)
    rows = best[1]
    columns = math.ceil(count / rows)
    width = (area.width() - PANE_GAP * (columns - 1)) / columns
    height = (area.height() - PANE_GAP * (rows - 1)) / rows
    return [
        QRectF(
            area.left() + (index % columns) * (width + PANE_GAP),
            area.top() + (index // columns) * (height + PANE_GAP),
            width,
            height,
        )
        for index in range(count)
    ]


class SharedView:
    """The zoom and pan all panes share: which scene point is at every pane's centre, and
    how far in from "the whole photo fits" (zoom 1)."""

    def __init__(self) -> None:
        self.bounds = QRectF(0, 0, 1, 1)  # the scene that "fit" shows whole
        self.zoom = 1.0
        self.centre = self.bounds.center()

    def set_bounds(self, bounds: QRectF) -> None:
        self.bounds = bounds
        self._keep_in_bounds()

    def fit(self) -> None:
        self.zoom = 1.0
        self.centre = self.bounds.center()

    def scale(self, pane: QRectF) -> float:
        """Screen pixels per scene unit in `pane`."""
        fit = min(pane.width() / self.bounds.width(), pane.height() / self.bounds.height())
        return max(fit, 1e-6) * self.zoom

    def transform(self, pane: QRectF) -> QTransform:
        """From the scene to the widget's pixels in `pane`."""
        scale = self.scale(pane)
        centre = pane.center()
        return QTransform(
            scale,
            0,
            0,
            scale,
            centre.x() - scale * self.centre.x(),
            centre.y() - scale * self.centre.y(),
        )

    def to_scene(self, pane: QRectF, point: QPointF) -> QPointF:
        scale = self.scale(pane)
        return self.centre + (point - pane.center()) / scale

    def zoom_at(self, pane: QRectF, point: QPointF, factor: float) -> bool:
        """Zoom by `factor`, the scene point under `point` staying under it; False when
        the zoom is already at its limit."""
        zoom = min(max(self.zoom * factor, MIN_ZOOM), MAX_ZOOM)
        if math.isclose(zoom, self.zoom):
            return False
        anchor = self.to_scene(pane, point)
        self.zoom = zoom
        self.centre = anchor - (point - pane.center()) / self.scale(pane)
        self._keep_in_bounds()
        return True

    def pan(self, pane: QRectF, pixels: QPointF) -> None:
        """Move the photos by `pixels` on screen (the scene moves with the pointer)."""
        self.centre -= pixels / self.scale(pane)
        self._keep_in_bounds()

    def _keep_in_bounds(self) -> None:
        # The centre stays on the photo: however far one pans, some of it is in view.
        bounds = self.bounds
        self.centre = QPointF(
            min(max(self.centre.x(), bounds.left()), bounds.right()),
            min(max(self.centre.y(), bounds.top()), bounds.bottom()),
        )
