"""The camera's live image with a ghost of the client's earlier photo over it, and whether a
camera can be used on this computer at all.

QtMultimedia is imported only inside functions: the app must start, and photos be imported
from files, where it is missing or cannot load (on Linux it needs libpulse), and loading it
with its FFmpeg backend is a cost no one should pay before they ask for the camera.

The ghost is the client's latest photo of the same area and view (its preview, decrypted
and decoded in memory), drawn over the live image at the opacity chosen and fitted into
the same rectangle, so the practitioner matches last time's pose, distance and light and
before/after pairs line up. Frames and the ghost live in memory only; `clear()` forgets them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QIODevice, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from clinicdesk.services import photos
from clinicdesk.services.practice import Practice

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QCameraDevice, QVideoFrame

BACKGROUND, WAITING_TEXT = "#1f2933", "#e4e7eb"
JPEG_QUALITY = 95  # the import re-encodes it once more at its own quality
MIN_FRAME_RATE = 15  # below this the live image lags behind the client's movements


def camera_available() -> bool:
    """Whether QtMultimedia loads and finds at least one camera."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:  # not installed, or a library it needs (libpulse) is not there
        return False
    return bool(QMediaDevices.videoInputs())


def best_format_index(camera: QCameraDevice) -> int | None:
    """The camera's largest picture that still moves smoothly (else its largest at all):
    a clinical photo needs the detail, and webcams start at a small default."""
    formats = list(camera.videoFormats())
    if not formats:
        return None

    def rank(index: int) -> tuple[bool, int, float]:
        item = formats[index]
        size = item.resolution()
        rate = item.maxFrameRate()
        return rate >= MIN_FRAME_RATE, size.width() * size.height(), rate

    return max(range(len(formats)), key=rank)


def fitted(size: QSize, area: QRect) -> QRect:
    """`size` scaled to fit inside `area`, keeping its shape, centred."""
    scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    rect = QRect(QPoint(0, 0), scaled)
    rect.moveCenter(area.center())
    return rect


def jpeg_bytes(image: QImage) -> bytes:
    """`image` as JPEG, encoded in memory: nothing of the photo touches the disk."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    if not rgb.save(buffer, "JPEG", JPEG_QUALITY):
        return b""
    return bytes(buffer.data().data())


def latest_preview(practice: Practice, *, client_id: int, area: str, view: str) -> QImage | None:
    """The preview of the client's latest photo of `area` from `view`, or None."""
    rows = photos.photos(practice, client_id=client_id, area=area, view=view)
    if not rows:
        return None
    data = photos.image(practice, photo_id=rows[-1].id, kind=photos.PREVIEW)
    image = QImage.fromData(data, "JPEG")
    return None if image.isNull() else image


class CapturePreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capturePreview")
        self.setMinimumSize(480, 360)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.frame: QVideoFrame | None = None
        self._image: QImage | None = None  # the frame converted, once it is painted or taken
        self.ghost: QImage | None = None
        self.opacity = 0.35
        self.ghost_shown = True
        self.waiting = ""  # said until the first frame comes

    def set_frame(self, frame: QVideoFrame | None) -> None:
        # Converted only when painted: frames come faster than the screen repaints.
        self.frame = frame if frame is not None and frame.isValid() else None
        self._image = None
        self.update()

    def image(self) -> QImage | None:
        """The frame shown now as an image, or None before the first frame."""
        if self._image is None and self.frame is not None:
            image = self.frame.toImage()
            self._image = None if image.isNull() else image
        return self._image

    def set_ghost(self, ghost: QImage | None) -> None:
        self.ghost = ghost
        self.update()

    def set_opacity(self, opacity: float) -> None:
        self.opacity = opacity
        self.update()

    def set_ghost_shown(self, shown: bool) -> None:
        self.ghost_shown = shown
        self.update()

    def clear(self) -> None:
        """Forget the frame and the ghost (the lock, or the dialog closing)."""
        self.frame = None
        self._image = None
        self.ghost = None
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(BACKGROUND))
        image = self.image()
        if image is None:
            painter.setPen(QColor(WAITING_TEXT))
            painter.drawText(
                self.rect().adjusted(24, 24, -24, -24),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.waiting,
            )
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        target = fitted(image.size(), self.rect())
        painter.drawImage(target, image)
        if self.ghost is not None and self.ghost_shown and self.opacity > 0:
            # Fitted into the live image's own rectangle: the same framing as last time.
            painter.setOpacity(self.opacity)
            painter.drawImage(fitted(self.ghost.size(), target), self.ghost)
