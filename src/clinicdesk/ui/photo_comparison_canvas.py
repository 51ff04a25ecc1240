"""Anonymising an exported comparison: the picture cropped to a rectangle, or blurred under
rectangles drawn over the eyes; the canvas the practitioner drags them on, which previews
the result as it will be saved; and the picture as JPEG bytes.

The blur is made by shrinking the region to a few cells across and smoothing it back to
its size: what was under it cannot be recovered from the export (a Gaussian blur of a
small radius can be partly undone), and pixels outside the rectangles are left exactly
as they were. Everything happens on images in memory.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

ANONYMISING = ("none", "crop", "blur")
BLUR_CELLS = 10  # across the longer side of a blurred rectangle
MIN_SIDE = 6  # pixels of the picture: a smaller drag is a slip, not a rectangle
JPEG_QUALITY = 90
OUTLINE = QColor("#f97316")
DIMMED = QColor(0, 0, 0, 150)


def blurred(image: QImage, rects: Sequence[QRect]) -> QImage:
    """A copy of `image` with each rectangle blurred beyond recognition."""
    result = image.convertToFormat(QImage.Format.Format_RGB32)
    painter = QPainter(result)
    for rect in rects:
        area = rect.intersected(result.rect())
        if area.isEmpty():
            continue
        step = max(area.width(), area.height()) / BLUR_CELLS
        cells = result.copy(area).scaled(
            max(1, round(area.width() / step)),
            max(1, round(area.height() / step)),
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        smooth = cells.scaled(
            area.size(),
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        painter.drawImage(area.topLeft(), smooth)
    painter.end()
    return result


def anonymised(image: QImage, mode: str, rects: Sequence[QRect]) -> QImage:
    """The picture as exported: as it is, cropped to the (last) rectangle, or blurred."""
    if mode not in ANONYMISING:
        raise ValueError(f"anonymising is one of {ANONYMISING}, not {mode!r}")
    if mode == "crop" and rects:
        return image.copy(rects[-1].intersected(image.rect()))
    if mode == "blur":
        return blurred(image, rects)
    return image


def jpeg_bytes(image: QImage) -> bytes:
    """The picture as a JPEG, encoded in memory."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stubs ask for the format as bytes, but only a str is accepted when run.
    if not image.save(buffer, "JPG", JPEG_QUALITY):  # type: ignore[call-overload]
        raise ValueError("the picture could not be encoded as JPEG")
    buffer.close()
    return bytes(data.data())


class AnonymiseCanvas(QWidget):
    """The picture, fitted to the widget, with the rectangles dragged on it: one to crop
    to (a new one replaces it) or several to blur. Backspace takes the last one back."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("anonymiseCanvas")
        self.picture = QImage()
        self.mode = "none"
        self.rects: list[QRect] = []
        self._preview = QImage()  # the blurred picture, made once per change
        self._drag: tuple[QPoint, QPoint] | None = None
        self.setMinimumSize(360, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def set_picture(self, picture: QImage) -> None:
        self.picture = picture
        self.rects = []
        self._changed()

    def set_mode(self, mode: str) -> None:
        """How the rectangles anonymise; changing it starts over with none."""
        if mode not in ANONYMISING:
            raise ValueError(f"anonymising is one of {ANONYMISING}, not {mode!r}")
        if mode != self.mode:
            self.mode = mode
            self.rects = []
            self._changed()

    def add_rect(self, rect: QRect) -> None:
        """A rectangle of the picture's pixels, as a drag makes it."""
        rect = rect.normalized().intersected(self.picture.rect())
        if self.mode == "none" or rect.width() < MIN_SIDE or rect.height() < MIN_SIDE:
            return
        self.rects = [*self.rects, rect] if self.mode == "blur" else [rect]
        self._changed()

    def remove_last(self) -> None:
        if self.rects:
            self.rects = self.rects[:-1]
            self._changed()

    def result(self) -> QImage:
        return self.applied_to(self.picture)

    def applied_to(self, image: QImage) -> QImage:
        """`image` (the picture or one of the same layout) anonymised as drawn."""
        return anonymised(image, self.mode, self.rects)

    def clear(self) -> None:
        self.picture, self._preview = QImage(), QImage()
        self.rects, self._drag = [], None
        self.update()

    def _changed(self) -> None:
        self._preview = (
            blurred(self.picture, self.rects)
            if self.mode == "blur" and not self.picture.isNull()
            else self.picture
        )
        self.changed.emit()
        self.update()

    # -- where the picture is on screen ------------------------------------------------------

    def _to_screen(self) -> QTransform:
        if self.picture.isNull():
            return QTransform()
        scale = min(self.width() / self.picture.width(), self.height() / self.picture.height())
        left = (self.width() - scale * self.picture.width()) / 2
        top = (self.height() - scale * self.picture.height()) / 2
        return QTransform(scale, 0, 0, scale, left, top)

    def _to_picture(self, point: QPointF) -> QPoint:
        inverse, _ = self._to_screen().inverted()
        mapped = inverse.map(point)
        return QPoint(
            min(max(round(mapped.x()), 0), self.picture.width()),
            min(max(round(mapped.y()), 0), self.picture.height()),
        )

    # -- reactions ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self.picture.isNull():
            start = self._to_picture(event.position())
            self._drag = (start, start)
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            self._drag = (self._drag[0], self._to_picture(event.position()))
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None and event.button() == Qt.MouseButton.LeftButton:
            start, _ = self._drag
            self._drag = None
            self.add_rect(QRect(start, self._to_picture(event.position())))
            self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.remove_last()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#1c2026"))
        if self.picture.isNull():
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setTransform(self._to_screen())
        painter.drawImage(QPointF(0, 0), self._preview)
        frame = QRectF(self.picture.rect())
        if self.mode == "crop" and self.rects:
            # Outside the crop is dimmed: what stays is what is exported.
            kept = QRectF(self.rects[-1])
            for part in (
                QRectF(frame.left(), frame.top(), frame.width(), kept.top() - frame.top()),
                QRectF(frame.left(), kept.bottom(), frame.width(), frame.bottom() - kept.bottom()),
                QRectF(frame.left(), kept.top(), kept.left() - frame.left(), kept.height()),
                QRectF(kept.right(), kept.top(), frame.right() - kept.right(), kept.height()),
            ):
                painter.fillRect(part, DIMMED)
        pen = QPen(OUTLINE, 2)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rect in self.rects:
            painter.drawRect(QRectF(rect))
        if self._drag is not None:
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(QRectF(QRect(*self._drag).normalized()))
        painter.end()
