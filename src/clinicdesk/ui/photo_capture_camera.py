"""The camera behind the capture dialog: the cameras connected, the one chosen started at its
best picture size, the permission asked where the system wants one (macOS), and its frames
delivered to one QVideoSink that the dialog listens to.

QtMultimedia is imported here only when a feed is made, which only the capture dialog does
after `photo_capture_preview.camera_available()` said yes. With no camera connected the feed
still has its sink (tests feed it frames) and simply starts nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from clinicdesk.ui.photo_capture_preview import best_format_index


class CameraFeed(QObject):
    failed = Signal(str)  # why the camera cannot be used, fit to show

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QMediaDevices, QVideoSink

        self.sink = QVideoSink(self)
        self.camera: Any = None  # a QCamera, once one is started
        self.session: Any = None  # the QMediaCaptureSession joining it to the sink
        self.devices = list(QMediaDevices.videoInputs())
        default = QMediaDevices.defaultVideoInput().id()
        self.default_index = next((n for n, d in enumerate(self.devices) if d.id() == default), 0)
        self._wanted = -1

    def names(self) -> list[str]:
        return [device.description() for device in self.devices]

    def start(self, index: int) -> None:
        """Show camera `index`, once the system allows it."""
        from PySide6.QtCore import QCameraPermission

        if not 0 <= index < len(self.devices):
            return
        self._wanted = index
        app, permission = QCoreApplication.instance(), QCameraPermission()
        status = app.checkPermission(permission) if app is not None else None
        if app is not None and status == Qt.PermissionStatus.Undetermined:
            # Asked once; the answer comes back here, to start or to say no.
            app.requestPermission(permission, self, lambda *_: self.start(self._wanted))
        elif status == Qt.PermissionStatus.Denied:
            self.failed.emit(
                self.tr(
                    "ClinicDesk is not allowed to use the camera. Allow it in the system's "
                    "privacy settings, then open this window again."
                )
            )
        elif status is not None:
            self._use(self.devices[index])

    def _use(self, device: Any) -> None:
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession

        if self.camera is not None:
            self.camera.stop()
            self.camera.deleteLater()
        self.camera = QCamera(device, self)
        best = best_format_index(device)
        if best is not None:
            self.camera.setCameraFormat(device.videoFormats()[best])
        self.camera.errorOccurred.connect(self._camera_failed)
        if self.session is None:
            self.session = QMediaCaptureSession(self)
            self.session.setVideoSink(self.sink)
        self.session.setCamera(self.camera)
        self.camera.start()

    def _camera_failed(self, _error: object, reason: str) -> None:
        self.failed.emit(self.tr("The camera stopped working: %1").replace("%1", reason))

    def stop(self) -> None:
        """Stop the camera and let go of the last frame the sink holds."""
        from PySide6.QtMultimedia import QVideoFrame

        self._wanted = -1
        if self.camera is not None:
            self.camera.stop()
        self.sink.setVideoFrame(QVideoFrame())
