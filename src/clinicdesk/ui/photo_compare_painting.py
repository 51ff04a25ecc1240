"""How the photo comparison looks: the photos through their transforms, the grid, the labels
on a translucent band, the wipe's divider, the numbered reference points of an alignment;
and the side-by-side picture a comparison is exported as.

Plain functions of a QPainter and of what to draw; the viewer (`photo_compare_view`)
decides what is shown where. Everything is drawn from images held in memory.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QTransform

from clinicdesk.ui.photo_compare_geometry import ComparePhoto

BACKGROUND = QColor("#1c2026")  # around and between the panes
PANE = QColor("#2a2f36")  # a pane where no photo reaches
BAND = QColor(0, 0, 0, 150)  # under a label: white text reads on any photo
TEXT = QColor("#ffffff")
SHADOW = QColor(0, 0, 0, 110)
# Reference point 1 and point 2 have one colour each, on A as on B: the pairs match by eye.
MARKER_COLOURS = (QColor("#f97316"), QColor("#22d3ee"))
GRID_LINES = {"thirds": (1 / 3, 2 / 3), "tenths": tuple(i / 10 for i in range(1, 10))}
EXPORT_TEXT = QColor("#111111")
SMALLEST_COPY = 96  # pixels: no smaller copy of a photo is made


class ScaledCopies:
    """A photo and copies of it at half, a quarter... of its size, made when first needed.
    Qt samples a transformed image bilinearly, which turns skin texture into noise when a
    photo is drawn at a fraction of its size; from a copy at most twice the size shown it
    stays faithful."""

    def __init__(self, image: QImage) -> None:
        # The format Qt draws fastest; a no-op (shared, not copied) for decoded JPEGs.
        wanted = (
            QImage.Format.Format_ARGB32_Premultiplied
            if image.hasAlphaChannel()
            else QImage.Format.Format_RGB32
        )
        self._levels = [image.convertToFormat(wanted)]

    def for_scale(self, scale: float) -> QImage:
        """The copy to draw the photo from at `scale` screen pixels per photo pixel."""
        index, factor = 0, 1.0
        while factor / 2 >= scale:
            level = self._levels[index]
            if min(level.width(), level.height()) // 2 < SMALLEST_COPY:
                break
            index, factor = index + 1, factor / 2
            if index == len(self._levels):
                self._levels.append(
                    level.scaled(
                        level.width() // 2,
                        level.height() // 2,
                        Qt.AspectRatioMode.IgnoreAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
        return self._levels[index]

    @property
    def original(self) -> QImage:
        return self._levels[0]


def paint_photo(painter: QPainter, copies: ScaledCopies, to_screen: QTransform) -> None:
    """The photo, `to_screen` mapping its pixels to the widget's."""
    scale = math.sqrt(abs(to_screen.determinant()))
    image = copies.for_scale(scale)
    original = copies.original
    to_original = QTransform.fromScale(
        original.width() / image.width(), original.height() / image.height()
    )
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.setWorldTransform(to_original * to_screen)
    painter.drawImage(QPointF(0, 0), image)
    painter.restore()


def paint_grid(painter: QPainter, frame: QRectF, kind: str) -> None:
    """Lines across the photo's `frame` (on screen) at its thirds or every tenth; each line
    white over a dark shadow, so it shows on light skin and dark hair alike."""
    fractions = GRID_LINES.get(kind, ())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for colour, width in ((SHADOW, 3.0), (QColor(255, 255, 255, 190), 1.0)):
        painter.setPen(QPen(colour, width))
        for fraction in fractions:
            x = frame.left() + fraction * frame.width()
            y = frame.top() + fraction * frame.height()
            painter.drawLine(QPointF(x, frame.top()), QPointF(x, frame.bottom()))
            painter.drawLine(QPointF(frame.left(), y), QPointF(frame.right(), y))
    painter.restore()


def paint_labels(
    painter: QPainter,
    area: QRectF,
    labels: Sequence[tuple[str, bool]],
    font: QFont,
    accent: QColor,
) -> None:
    """A band across the bottom of `area` (the photos' part of a pane) with its labels
    (text, chosen): one on the left, or two, the first on the left and the second on the
    right. A chosen label (the pane PageUp/PageDown act on) sits on the accent colour."""
    metrics = QFontMetricsF(font)
    band = QRectF(area.left(), area.bottom() - metrics.height() - 12, area.width(), 0)
    band.setBottom(area.bottom())
    painter.save()
    painter.fillRect(band, BAND)
    painter.setFont(font)
    room = (band.width() - 24) / len(labels) - 8
    for number, (text, chosen) in enumerate(labels):
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(room, 0))
        width = metrics.horizontalAdvance(shown)
        left = band.left() + 12 if number == 0 else band.right() - 12 - width
        box = QRectF(left, band.top() + 6, width, metrics.height())
        if chosen:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent)
            painter.drawRoundedRect(box.adjusted(-6, -3, 6, 3), 4, 4)
        painter.setPen(TEXT)
        painter.drawText(
            box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown
        )
    painter.restore()


def paint_divider(painter: QPainter, pane: QRectF, x: float) -> None:
    """The wipe's divider: a line down the pane with a round handle to take hold of."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    top, bottom = QPointF(x, pane.top()), QPointF(x, pane.bottom())
    painter.setPen(QPen(SHADOW, 4))
    painter.drawLine(top, bottom)
    painter.setPen(QPen(TEXT, 2))
    painter.drawLine(top, bottom)
    centre = QPointF(x, pane.center().y())
    painter.setPen(QPen(SHADOW, 1.5))
    painter.setBrush(TEXT)
    painter.drawEllipse(centre, 15, 15)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#1f2937"))
    for side in (-1, 1):  # the arrows say which way it goes
        tip = centre + QPointF(side * 10, 0)
        painter.drawPolygon(
            [tip, centre + QPointF(side * 4, -5.5), centre + QPointF(side * 4, 5.5)]
        )
    painter.restore()


def paint_marker(painter: QPainter, at: QPointF, number: int, font: QFont) -> None:
    """Reference point `number` (1 or 2): a ring with a cross at the exact place, its number
    on a disc beside it so the number does not hide what was pointed at."""
    colour = MARKER_COLOURS[(number - 1) % len(MARKER_COLOURS)]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for pen in (QPen(SHADOW, 4), QPen(colour, 2)):
        painter.setPen(pen)
        painter.drawEllipse(at, 9, 9)
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            painter.drawLine(at + QPointF(dx * 3, dy * 3), at + QPointF(dx * 13, dy * 13))
    badge = at + QPointF(17, -17)
    painter.setPen(QPen(TEXT, 1.5))
    painter.setBrush(colour)
    painter.drawEllipse(badge, 9, 9)
    bold = QFont(font)
    bold.setBold(True)
    bold.setPixelSize(12)
    painter.setFont(bold)
    painter.setPen(QColor("#111111"))
    painter.drawText(
        QRectF(badge.x() - 9, badge.y() - 9, 18, 18), int(Qt.AlignmentFlag.AlignCenter), str(number)
    )
    painter.restore()


def paint_reticle(painter: QPainter, at: QPointF) -> None:
    """The keyboard's cross: Enter places a reference point where it is."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for pen in (QPen(SHADOW, 4), QPen(TEXT, 1.5)):
        painter.setPen(pen)
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            painter.drawLine(at + QPointF(dx * 5, dy * 5), at + QPointF(dx * 18, dy * 18))
    painter.restore()


def paint_outline(painter: QPainter, rect: QRectF, colour: QColor, width: float = 2) -> None:
    """A ring inside `rect`: the keyboard focus, or the pane an alignment waits on."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = width / 2
    painter.drawRect(rect.adjusted(inset, inset, -inset, -inset))
    painter.restore()


def compose_side_by_side(photos: Sequence[ComparePhoto], width: int) -> QImage:
    """The picture a comparison is exported as: the photos side by side at one height,
    `width` pixels across in all, each with its label centred under it, on white."""
    if not photos:
        raise ValueError("there is no photo to compose")
    margin = max(8, round(width * 0.02))
    room = width - 2 * margin - margin * (len(photos) - 1)
    if room < 16 * len(photos):
        raise ValueError(f"{width} pixels is too narrow for {len(photos)} photos")
    font = QFont()
    font.setPixelSize(max(12, round(width / 60)))
    metrics = QFontMetricsF(font)
    label_height = math.ceil(metrics.height() * 1.8)
    ratios = [photo.image.width() / photo.image.height() for photo in photos]
    height = max(1, math.floor(room / sum(ratios)))
    picture = QImage(width, margin + height + label_height + margin, QImage.Format.Format_RGB32)
    picture.fill(QColor("#ffffff"))
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setFont(font)
    painter.setPen(EXPORT_TEXT)
    widths = [max(1, math.floor(ratio * height)) for ratio in ratios]
    left = (width - sum(widths) - margin * (len(photos) - 1)) // 2  # what rounding left over
    for photo, shown in zip(photos, widths, strict=True):
        # QImage.scaled averages the pixels it drops: a clean reduction, not a sampled one.
        painter.drawImage(
            left,
            margin,
            photo.image.scaled(
                shown,
                height,
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            ),
        )
        text = metrics.elidedText(photo.label, Qt.TextElideMode.ElideRight, shown)
        painter.drawText(
            QRectF(left, margin + height, shown, label_height),
            int(Qt.AlignmentFlag.AlignCenter),
            text,
        )
        left += shown + margin
    painter.end()
    return picture
