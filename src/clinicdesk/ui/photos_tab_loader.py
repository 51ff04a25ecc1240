"""Thumbnails read and decoded off the GUI thread, a batch at a time, into the gallery.

Each thumbnail is decrypted to bytes by the photo service and decoded with QImage in the
worker (QImage may live on any thread; QPixmap only on the GUI thread, so the pixmap is
made when the batch arrives). Nothing is written anywhere. Every load carries the
generation it was started in: a batch that arrives after `stop()` (the lock, another
client) belongs to a past generation and is dropped unseen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap

from clinicdesk.errors import ClinicDeskError
from clinicdesk.services import photos
from clinicdesk.services.practice import Practice
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.photos_tab_model import ICON_SIDE, GalleryModel
from clinicdesk.ui.practice_handle import PracticeHandle

# A few screenfuls: the first thumbnails show quickly and the GUI thread gets its turn.
BATCH = 24


def tile(image: QImage) -> QImage:
    """The thumbnail centred on a transparent square, so every tile lines up whatever
    the photo's shape (painting on a QImage is allowed off the GUI thread)."""
    scaled = image.scaled(
        ICON_SIDE,
        ICON_SIDE,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    square = QImage(ICON_SIDE, ICON_SIDE, QImage.Format.Format_ARGB32_Premultiplied)
    square.fill(Qt.GlobalColor.transparent)
    painter = QPainter(square)
    painter.drawImage((ICON_SIDE - scaled.width()) // 2, (ICON_SIDE - scaled.height()) // 2, scaled)
    painter.end()
    return square


def read_thumbnails(practice: Practice, photo_ids: Sequence[int]) -> tuple[dict, set]:
    """(photo id -> QImage, ids that cannot be shown), decoded in memory."""
    found: dict[int, QImage] = {}
    broken: set[int] = set()
    for photo_id, data in photos.images(practice, photo_ids=photo_ids).items():
        if isinstance(data, ClinicDeskError):  # erased meanwhile, a damaged blob: a blank tile
            broken.add(photo_id)
            continue
        image = QImage.fromData(data, "JPEG")
        if image.isNull():
            broken.add(photo_id)
        else:
            found[photo_id] = tile(image)
    return found, broken


class ThumbnailLoader(QObject):
    finished = Signal()  # nothing is waiting to be loaded any more

    def __init__(self, handle: PracticeHandle, model: GalleryModel) -> None:
        super().__init__()
        self._handle = handle
        self._model = model
        self._pending: list[int] = []
        self._generation = 0
        self.loading = False

    def load(self, photo_ids: Sequence[int]) -> None:
        """Load the thumbnails of these photos that are not in the model yet, in order."""
        known = self._model.thumbnails.keys() | self._model.broken
        self._pending = [photo_id for photo_id in photo_ids if photo_id not in known]
        if not self.loading:
            self._next()

    def stop(self) -> None:
        """Forget what was asked for; a batch still being read is dropped when it arrives."""
        self._generation += 1
        self._pending = []
        self.loading = False

    def _next(self) -> None:
        if not self._pending or not self._handle.is_open:
            self._pending = []
            self.loading = False
            self.finished.emit()
            return
        batch, self._pending = self._pending[:BATCH], self._pending[BATCH:]
        self.loading = True
        generation = self._generation
        practice = self._handle.practice
        run_in_background(
            lambda: read_thumbnails(practice, batch),
            lambda result: self._arrived(generation, result),
            lambda _error: self._arrived(generation, ({}, set(batch))),
        )

    def _arrived(self, generation: int, result: tuple[dict, set]) -> None:
        if generation != self._generation:
            return  # from before a stop(): the client or the lock moved on
        images, broken = result
        self._model.add_thumbnails(
            {photo_id: QPixmap.fromImage(image) for photo_id, image in images.items()}, broken
        )
        self._next()
