"""Taking a client's photos with the camera connected to this computer, each lined up with
the same view last time: a semi-transparent ghost of the client's latest photo of that area
and view lies over the live image, and for a session the views its treatment asks for are
offered missing ones first, moving on to the next missing view after each photo.

The live frames come through a QVideoSink the dialog owns (`sink`, made by its CameraFeed),
fed by a QCamera in a QMediaCaptureSession when there is one (tests feed the sink directly). Take photo encodes
the frame shown as JPEG in memory and imports it through the import service, as a photo
imported from a file would be; a refusal is shown with its reason. A webcam frame (2 to 8 MP)
is prepared in about a tenth of a second, so it is done at once rather than on a worker.
Nothing is written anywhere but through the import service; `put_away()`, which the lock
calls through the dialog's owner, stops the camera and forgets every frame and image.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError
from clinicdesk.rules.photo_views import AREAS, VIEWS, ViewCount
from clinicdesk.services import photo_import, photos
from clinicdesk.services.client_fields import full_name
from clinicdesk.services.clients import ClientRecord
from clinicdesk.services.photos import PhotoDetails
from clinicdesk.ui.errors import error_label, message_for
from clinicdesk.ui.photo_capture_camera import CameraFeed
from clinicdesk.ui.photo_capture_preview import (
    CapturePreview,
    camera_available,
    jpeg_bytes,
    latest_preview,
)
from clinicdesk.ui.photo_import_dialog_checklist import MISSING_COLOUR, CaptureChecklist
from clinicdesk.ui.photos_tab_names import area_name, view_name
from clinicdesk.ui.practice_handle import PracticeHandle

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QVideoFrame, QVideoSink

__all__ = ["CaptureDialog", "camera_available"]

GHOST_MAX, GHOST_DEFAULT = 80, 35  # per cent; above 80 the live image is hard to see


class CaptureDialog(QDialog):
    imported = Signal(list)  # ids of the photos stored, after each one taken

    def __init__(
        self,
        handle: PracticeHandle,
        client: ClientRecord,
        *,
        session_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoCaptureDialog")
        self._handle = handle
        self.client = client
        self.session_id = session_id
        self.taken: list[int] = []  # ids of the photos taken in this dialog
        self.missing_views: list[str] = []
        self.has_camera = camera_available()
        self.feed: CameraFeed | None = None
        self.sink: QVideoSink | None = None  # where the frames come, made with the feed

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.notice = QLabel()
        self.notice.setObjectName("captureNotice")
        self.notice.setWordWrap(True)
        self.preview = CapturePreview()
        self.camera_choice = QComboBox()
        self.camera_choice.setObjectName("captureCamera")
        self.area = QComboBox()
        self.area.setObjectName("captureArea")
        self.view = QComboBox()
        self.view.setObjectName("captureView")
        self.ghost_box = QCheckBox()
        self.ghost_box.setObjectName("captureGhost")
        self.ghost_box.setChecked(True)
        self.ghost_slider = QSlider(Qt.Orientation.Horizontal)
        self.ghost_slider.setObjectName("captureGhostOpacity")
        self.ghost_slider.setRange(0, GHOST_MAX)
        self.ghost_slider.setValue(GHOST_DEFAULT)
        self.ghost_value = QLabel()
        self.ghost_hint = QLabel()
        self.ghost_hint.setObjectName("captureGhostHint")
        self.ghost_hint.setWordWrap(True)
        self.ghost_hint.setStyleSheet("color: #52606d;")
        self.checklist = CaptureChecklist()
        self.count = QLabel()
        self.count.setObjectName("captureCount")
        self.error = error_label("capture")
        self.take_button = QPushButton()
        self.take_button.setObjectName("takePhoto")
        self.take_button.clicked.connect(self.take)
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeCapture")
        self.close_button.clicked.connect(self.reject)
        for button in (self.take_button, self.close_button):
            button.setAutoDefault(False)  # Enter takes a photo, whatever has the focus

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        if self.has_camera:
            buttons.addWidget(self.take_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        if self.has_camera:
            layout.addLayout(self._camera_layout(), 1)
        else:
            layout.addWidget(self.notice)
            layout.addStretch(1)
        layout.addLayout(buttons)

        self.retranslate()
        if self.has_camera:
            self.area.currentIndexChanged.connect(self._load_ghost)
            self.view.currentIndexChanged.connect(self._load_ghost)
            self.ghost_box.toggled.connect(self._ghost_changed)
            self.ghost_slider.valueChanged.connect(self._ghost_changed)
            self.camera_choice.currentIndexChanged.connect(self._use_camera)
            for key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                QShortcut(QKeySequence(key), self, self.take)
            self._ghost_changed()
            self._load_ghost()
            self._start_camera()
        self._show_state()
        if self.has_camera:
            self.resize(1000, 640)

    def _camera_layout(self) -> QHBoxLayout:
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(4)]
        opacity = QHBoxLayout()
        opacity.addWidget(self.ghost_slider, 1)
        opacity.addWidget(self.ghost_value)
        for label, field in zip(
            self.labels, (self.camera_choice, self.area, self.view, self.ghost_box), strict=True
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow("", opacity)
        self.form.addRow("", self.ghost_hint)
        self.form.setRowVisible(0, False)  # the camera chooser, shown when there are several
        panel = QWidget()
        panel.setFixedWidth(300)  # the live image keeps its size as hints come and go
        side = QVBoxLayout(panel)
        side.setContentsMargins(0, 0, 0, 0)
        side.addLayout(self.form)
        side.addWidget(self.checklist)
        side.addWidget(self.count)
        side.addWidget(self.error)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.preview, 1)
        row.addWidget(panel)
        return row

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Take photos"))
        fields = self.client.fields
        self.heading.setText(
            self.tr("Photos of %1").replace("%1", full_name(fields.given_name, fields.family_name))
        )
        self.notice.setText(
            self.tr(
                "No camera is connected to this computer. Take the photos with a phone or a "
                "camera, then add them with Import photos… on the Photos tab."
            )
        )
        self.preview.waiting = self.tr("Waiting for the camera…")
        self.take_button.setText(self.tr("Take photo"))
        self.take_button.setToolTip(self.tr("Space or Enter also takes the photo."))
        self.close_button.setText(self.tr("Close"))
        if not self.has_camera:
            return
        for label, text in zip(
            self.labels,
            (self.tr("Camera:"), self.tr("Area:"), self.tr("View:"), self.tr("Earlier photo:")),
            strict=True,
        ):
            label.setText(text)
        self.ghost_box.setText(self.tr("Show it over the live image"))
        self.ghost_hint.setText(
            self.tr("No earlier photo of this area from this view: nothing to line up with.")
        )
        area = self.area.currentData() or "face"
        self.area.blockSignals(True)
        self.area.clear()
        for code in AREAS:
            self.area.addItem(area_name(code), code)
        self.area.setCurrentIndex(self.area.findData(area))
        self.area.blockSignals(False)
        self._fill_views(self.view.currentData())
        self._ghost_changed()
        self._show_state()

    # -- the camera --------------------------------------------------------------------------

    def _start_camera(self) -> None:
        self.feed = CameraFeed(self)
        self.sink = self.feed.sink
        self.sink.videoFrameChanged.connect(self._frame)
        self.feed.failed.connect(self._say)
        self.camera_choice.blockSignals(True)
        self.camera_choice.addItems(self.feed.names())
        self.camera_choice.setCurrentIndex(self.feed.default_index)
        self.camera_choice.blockSignals(False)
        self.form.setRowVisible(0, len(self.feed.devices) > 1)
        self.feed.start(self.feed.default_index)

    def _use_camera(self, index: int) -> None:
        if self.feed is not None:
            self.preview.set_frame(None)  # the last camera's frame is not this one's
            self.error.hide()
            self.feed.start(index)
            self._show_state()

    def _frame(self, frame: QVideoFrame) -> None:
        first = self.preview.frame is None
        self.preview.set_frame(frame)
        if first != (self.preview.frame is None):
            self._show_state()

    # -- views and the ghost -----------------------------------------------------------------

    def _capture(self) -> tuple[ViewCount, ...]:
        if self.session_id is None or not self._handle.is_open:
            return ()
        return photos.session_capture(self._handle.practice, session_id=self.session_id)

    def _fill_views(self, chosen: str | None) -> None:
        """The session's views, missing ones first and marked, then every other view."""
        try:
            counts = self._capture()
        except ClinicDeskError as error:
            counts = ()
            self._say(message_for(error))
        asked = [count.view for count in counts if count.expected]
        self.missing_views = [count.view for count in counts if count.missing]
        order = self.missing_views + [v for v in asked if v not in self.missing_views]
        order += [view for view in VIEWS if view not in asked]
        self.view.blockSignals(True)
        self.view.clear()
        for view in order:
            if view in self.missing_views:
                self.view.addItem(self.tr("%1 (missing)").replace("%1", view_name(view)), view)
                colour = QColor(MISSING_COLOUR)
                self.view.setItemData(self.view.count() - 1, colour, Qt.ItemDataRole.ForegroundRole)
            else:
                self.view.addItem(view_name(view), view)
        if asked and len(order) > len(asked):
            self.view.insertSeparator(len(asked))  # what the treatment asks for, then the rest
        self.view.setCurrentIndex(max(self.view.findData(chosen), 0) if chosen else 0)
        self.view.blockSignals(False)
        self.checklist.setVisible(self.session_id is not None)
        if self.session_id is not None:
            self.checklist.show_counts(counts, "", 0)

    def _load_ghost(self) -> None:
        self.preview.set_ghost(None)
        area, view = self.area.currentData(), self.view.currentData()
        if area and view and self._handle.is_open:
            practice = self._handle.practice
            try:
                ghost = latest_preview(practice, client_id=self.client.id, area=area, view=view)
            except ClinicDeskError as error:  # a damaged file: no ghost, and say why
                self._say(message_for(error))
            else:
                self.preview.set_ghost(ghost)
        self._show_state()

    def _ghost_changed(self) -> None:
        value = self.ghost_slider.value()
        self.ghost_value.setText(self.tr("%1 %").replace("%1", str(value)))
        self.preview.set_opacity(value / 100)
        self.preview.set_ghost_shown(self.ghost_box.isChecked())
        self._show_state()

    # -- taking ------------------------------------------------------------------------------

    def take(self) -> None:
        image = self.preview.image()
        if image is None or not self.take_button.isEnabled() or not self._handle.is_open:
            return
        self.error.hide()
        details = PhotoDetails(self.area.currentData(), self.view.currentData(), self.session_id)
        # The name a refusal gives the photo, e.g. "… is already among this client's photos."
        files = [(self.tr("The photo just taken"), jpeg_bytes(image))]
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = photo_import.import_photos(
                self._handle.practice, client_id=self.client.id, files=files, details=details
            )
        except ClinicDeskError as error:  # details that cannot be saved, the lock
            self._say(message_for(error))
            return
        finally:
            QApplication.restoreOverrideCursor()
        if report.refused:
            self._say(report.refused[0].reason.translated(QCoreApplication.translate))
        elif report.failure is not None:
            self._say(message_for(report.failure))
        if not report.imported:
            return
        ids = [photo_id for _, photo_id in report.imported]
        self.taken += ids
        self._next_view()
        self.imported.emit(ids)

    def _next_view(self) -> None:
        """On to the next view the session still lacks (after this one, else the first)."""
        current = self.view.currentData()
        self._fill_views(current)
        if self.missing_views:
            later = [v for v in self.missing_views if VIEWS.index(v) > VIEWS.index(current)]
            self.view.setCurrentIndex(self.view.findData((later or self.missing_views)[0]))
        self._load_ghost()  # the photo just taken may be the ghost now

    # -- state and closing -------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _show_state(self) -> None:
        framed = self.preview.frame is not None and self._handle.is_open
        self.take_button.setEnabled(framed)
        ghost = self.preview.ghost is not None
        self.ghost_box.setEnabled(ghost)
        self.ghost_slider.setEnabled(ghost and self.ghost_box.isChecked())
        self.ghost_hint.setVisible(self.has_camera and not ghost)
        self.count.setText(self.tr("%n photo(s) taken", "", len(self.taken)))

    def _release(self) -> None:
        """Stop the camera and forget every frame and image."""
        if self.feed is not None:
            self.sink.videoFrameChanged.disconnect(self._frame)
            self.feed.stop()
            self.feed = None
        self.preview.clear()

    def done(self, result: int) -> None:
        self._release()
        super().done(result)

    def put_away(self) -> None:
        """The screen locks: stop the camera, forget every frame and image, and close."""
        self._release()
        self.hide()
        self.done(QDialog.DialogCode.Rejected)
