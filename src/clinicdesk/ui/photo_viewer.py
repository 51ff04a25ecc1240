"""One photo full size, from the gallery: zoom (wheel, Ctrl+plus/minus, Ctrl+0 to fit) and
pan (drag, arrow keys), with when it was taken, its area, view, session and note; the
previous and next photo of the gallery's current list a key away; Esc closes.

Left and Right pan while the photo is wider than the window and step to the previous or
next photo once it fits, as in the viewers people already know; Page Up and Page Down
always step. The photo is decrypted and decoded off the GUI thread and held in memory
only while it is on screen: stepping on or closing lets it go, and `put_away()` (the
lock) closes at once.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError
from clinicdesk.services import photos
from clinicdesk.services.photos import PhotoRow
from clinicdesk.services.practice import Practice
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.errors import error_label, message_for
from clinicdesk.ui.formatting import format_datetime
from clinicdesk.ui.photos_tab_names import area_name, view_name
from clinicdesk.ui.practice_handle import PracticeHandle

ZOOM_STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.02, 16.0


def read_image(practice: Practice, photo_id: int, kind: str) -> QImage:
    """A photo decrypted and decoded in memory (on a worker thread: QImage may be)."""
    return QImage.fromData(photos.image(practice, photo_id=photo_id, kind=kind), "JPEG")


class PhotoCanvas(QGraphicsView):
    """The photo, zoomed and panned; asks for the previous or next one (-1, +1)."""

    step_requested = Signal(int)
    zoom_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoCanvas")
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        scene = QGraphicsScene(self)
        scene.addItem(self.item)
        self.setScene(scene)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(QColor("#1f2933"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.fitted = True

    @property
    def scale_factor(self) -> float:
        return self.transform().m11()

    def set_pixmap(self, pixmap: QPixmap) -> None:
        self.item.setPixmap(pixmap)
        self.scene().setSceneRect(self.item.boundingRect())
        self.fit()

    def clear_pixmap(self) -> None:
        self.item.setPixmap(QPixmap())

    def fit(self) -> None:
        """The whole photo in the window, and kept so as the window is resized."""
        self.fitted = True
        if not self.item.pixmap().isNull():
            self.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom_changed.emit()

    def zoom_to(self, scale: float) -> None:
        scale = min(max(scale, MIN_SCALE), MAX_SCALE)
        self.fitted = False
        self.scale(scale / self.scale_factor, scale / self.scale_factor)
        self.zoom_changed.emit()

    def zoom_by(self, factor: float) -> None:
        self.zoom_to(self.scale_factor * factor)

    def can_pan_sideways(self) -> bool:
        return self.horizontalScrollBar().maximum() > 0

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP**steps)
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitted:
            self.fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, ctrl = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        Key = Qt.Key
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (
            ctrl and key in (Key.Key_Plus, Key.Key_Equal)
        ):
            self.zoom_by(ZOOM_STEP)
        elif event.matches(QKeySequence.StandardKey.ZoomOut) or (ctrl and key == Key.Key_Minus):
            self.zoom_by(1 / ZOOM_STEP)
        elif ctrl and key == Key.Key_0:
            self.fit()
        elif key in (Key.Key_PageUp, Key.Key_PageDown):
            self.step_requested.emit(-1 if key == Key.Key_PageUp else 1)
        elif key in (Key.Key_Left, Key.Key_Right) and not self.can_pan_sideways():
            self.step_requested.emit(-1 if key == Key.Key_Left else 1)
        else:
            super().keyPressEvent(event)  # arrows scroll; Esc reaches the dialog
            return
        event.accept()


class PhotoViewer(QDialog):
    def __init__(
        self,
        handle: PracticeHandle,
        rows: Sequence[PhotoRow],
        index: int,
        session_labels: Mapping[int, str],
        parent: QWidget | None = None,
        kind: str = photos.ORIGINAL,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoViewer")
        self._handle = handle
        self.rows = list(rows)
        self.index = index
        self.kind = kind
        self._sessions = dict(session_labels)
        self._generation = 0
        self.loading = False

        self.canvas = PhotoCanvas()
        self.canvas.step_requested.connect(self.step)
        self.canvas.zoom_changed.connect(self._show_zoom)
        self.previous_button = QPushButton()
        self.previous_button.setObjectName("viewerPrevious")
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton()
        self.next_button.setObjectName("viewerNext")
        self.next_button.clicked.connect(lambda: self.step(1))
        self.position = QLabel()
        self.position.setObjectName("viewerPosition")
        self.zoom_buttons = {name: QPushButton() for name in ("out", "in", "fit", "actual")}
        for name, button in self.zoom_buttons.items():
            button.setObjectName(f"viewerZoom_{name}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the photo
        self.zoom_buttons["out"].clicked.connect(lambda: self.canvas.zoom_by(1 / ZOOM_STEP))
        self.zoom_buttons["in"].clicked.connect(lambda: self.canvas.zoom_by(ZOOM_STEP))
        self.zoom_buttons["fit"].clicked.connect(self.canvas.fit)
        self.zoom_buttons["actual"].clicked.connect(lambda: self.canvas.zoom_to(1.0))
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("viewerZoom")
        self.zoom_label.setMinimumWidth(48)
        self.info = QLabel()
        self.info.setObjectName("viewerInfo")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setObjectName("viewerNote")
        self.note.setWordWrap(True)
        self.error = error_label("viewer")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #52606d;")

        bar = QHBoxLayout()
        for widget in (self.previous_button, self.position, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for name in ("out", "in", "fit", "actual"):
            bar.addWidget(self.zoom_buttons[name])
        bar.addWidget(self.zoom_label)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.info)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.hint)
        self.retranslate()
        self.resize(1000, 800)
        self.show_photo(index)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Photo"))
        self.previous_button.setText(self.tr("Previous"))
        self.next_button.setText(self.tr("Next"))
        texts = {"out": "−", "in": "+", "fit": self.tr("Fit"), "actual": "100 %"}
        tips = {
            "out": self.tr("Zoom out (Ctrl+minus or the wheel)"),
            "in": self.tr("Zoom in (Ctrl+plus or the wheel)"),
            "fit": self.tr("The whole photo in the window (Ctrl+0)"),
            "actual": self.tr("One pixel of the photo per pixel of the screen"),
        }
        for name, button in self.zoom_buttons.items():
            button.setText(texts[name])
            button.setToolTip(tips[name])
        self.hint.setText(
            self.tr(
                "Drag or use the arrow keys to move around the photo. Page Up and Page Down, "
                "or Left and Right while the whole photo is in view, show the previous or "
                "next photo. Esc closes."
            )
        )
        if self.rows:
            self._describe(self.rows[self.index])

    @property
    def photo(self) -> PhotoRow:
        return self.rows[self.index]

    def show_photo(self, index: int) -> None:
        """Show the photo at `index` of the list, read in the background."""
        self.index = index
        self._generation += 1
        generation = self._generation
        self.canvas.clear_pixmap()
        self.error.hide()
        row = self.photo
        self._describe(row)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.rows) - 1)
        self.loading = True
        practice, kind = self._handle.practice, self.kind
        run_in_background(
            lambda: read_image(practice, row.id, kind),
            lambda image: self._arrived(generation, image),
            lambda error: self._failed(generation, error),
        )

    def step(self, by: int) -> None:
        target = self.index + by
        if 0 <= target < len(self.rows) and self._handle.is_open:
            self.show_photo(target)

    def _arrived(self, generation: int, image: QImage) -> None:
        if generation != self._generation:
            return  # stepped on, or put away, while it was read
        self.loading = False
        self.canvas.set_pixmap(QPixmap.fromImage(image))
        self.canvas.setFocus()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.loading = False
        if not isinstance(error, ClinicDeskError):
            sys.excepthook(type(error), error, error.__traceback__)
            return
        self.error.setText(message_for(error))
        self.error.show()

    def _describe(self, row: PhotoRow) -> None:
        parts = [format_datetime(row.when), area_name(row.area), view_name(row.view)]
        if row.session_id in self._sessions:
            parts.append(self._sessions[row.session_id])
        self.info.setText("  ·  ".join(parts))
        self.note.setText(row.note)
        self.note.setVisible(bool(row.note))
        self.position.setText(
            self.tr("%1 of %2")
            .replace("%1", str(self.index + 1))
            .replace("%2", str(len(self.rows)))
        )

    def _show_zoom(self) -> None:
        self.zoom_label.setText(f"{round(self.canvas.scale_factor * 100)} %")

    def put_away(self) -> None:
        """Close at once and let the photo go (the screen locks)."""
        self._generation += 1
        self.canvas.clear_pixmap()
        self.done(QDialog.DialogCode.Rejected)

    def done(self, result: int) -> None:
        self._generation += 1  # a photo still being read is not shown to a closed viewer
        self.canvas.clear_pixmap()
        super().done(result)
