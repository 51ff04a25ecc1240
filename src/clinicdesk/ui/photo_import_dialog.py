"""Importing photos of a client: files chosen or dropped, many at once; one set of details
for them all (area, view, session, note, consent scope); the views the session's
treatment asks for, with those still missing marked (and, where a camera is connected,
taking them with it); then the import on a worker thread with a progress bar and Cancel,
and a summary naming each refused file and why.

The files are read and imported by `photo_import_dialog_work` off the GUI thread; its
progress comes back through a queued signal and Cancel sets an event it reads before
each file. Nothing is written anywhere but through the import service. While an import
runs the dialog stays open (Esc and Close ask it to stop), so its summary is always seen.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError, ValidationError
from clinicdesk.rules.photo_views import ViewCount
from clinicdesk.services import photos
from clinicdesk.services.client_fields import full_name
from clinicdesk.services.clients import ClientRecord
from clinicdesk.services.photo_import import ImportReport
from clinicdesk.ui import photo_capture
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.errors import error_label, message_for, show_error
from clinicdesk.ui.photo_import_dialog_checklist import MISSING_COLOUR, CaptureChecklist
from clinicdesk.ui.photo_import_dialog_work import import_files
from clinicdesk.ui.photos_tab_details import PhotoDetailsForm
from clinicdesk.ui.practice_handle import PracticeHandle

SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif")


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The local files among what is dragged (folders and web addresses are not photos)."""
    urls = mime.urls() if mime.hasUrls() else []
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile() and url.toLocalFile()]


class PhotoImportDialog(QDialog):
    imported = Signal(list)  # ids of the photos stored, after each import that stored any
    progressed = Signal(int, int)  # from the worker thread: files done, of how many

    def __init__(
        self,
        handle: PracticeHandle,
        client: ClientRecord,
        *,
        session_id: int | None = None,
        paths: Iterable[Path] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoImportDialog")
        self.setAcceptDrops(True)
        self._handle = handle
        self.client = client
        self.paths: list[Path] = []
        self.report: ImportReport | None = None
        self.running = False
        self._cancel = threading.Event()
        self._put_away = False
        self.camera = photo_capture.camera_available()
        self.camera_dialog: photo_capture.CaptureDialog | None = None

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.files = QListWidget()
        self.files.setObjectName("importFiles")
        self.files.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.files.setMaximumHeight(130)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addPhotoFiles")
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removePhotoFiles")
        self.remove_button.clicked.connect(self._remove_selected)
        self.drop_hint = QLabel()
        self.drop_hint.setWordWrap(True)
        self.drop_hint.setStyleSheet("color: #52606d;")
        self.files_error = error_label("files")
        self.form = PhotoDetailsForm()
        self.form.changed.connect(self._update_checklist)
        self.checklist = CaptureChecklist()
        self.camera_button = QPushButton()
        self.camera_button.setObjectName("takeWithCamera")
        self.camera_button.clicked.connect(self.take_with_camera)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.failure = error_label("import")
        self.refused = QListWidget()
        self.refused.setObjectName("importRefused")
        self.refused.setWordWrap(True)
        self.import_button = QPushButton()
        self.import_button.setObjectName("startImport")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self.reject)
        self.progressed.connect(self._progressed)

        file_buttons = QVBoxLayout()
        file_buttons.addWidget(self.add_button)
        file_buttons.addWidget(self.remove_button)
        file_buttons.addStretch(1)
        file_row = QHBoxLayout()
        file_row.addWidget(self.files, 1)
        file_row.addLayout(file_buttons)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(file_row)
        layout.addWidget(self.drop_hint)
        layout.addWidget(self.files_error)
        layout.addWidget(self.form)
        for widget in (self.checklist, self.camera_button, self.progress):
            layout.addWidget(widget)
        for widget in (self.status, self.summary, self.failure, self.refused):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.form.load(handle, client.id)
        self.form.set_values(session_id=session_id)
        if session_id is not None:
            # Consistent capture: start from the first view the session still lacks.
            missing = [c.view for c in self._capture() if c.missing]
            self.form.set_values(session_id=session_id, view=missing[0] if missing else "")
        self.retranslate()
        self.add_paths(paths)
        self._show_state()
        self.resize(680, 760)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import photos"))
        fields = self.client.fields
        self.heading.setText(
            self.tr("Photos of %1").replace("%1", full_name(fields.given_name, fields.family_name))
        )
        self.add_button.setText(self.tr("Add photos…"))
        self.remove_button.setText(self.tr("Remove"))
        self.drop_hint.setText(
            self.tr(
                "Choose the photos with Add photos…, or drop their files here: JPEG, PNG, WebP "
                "or HEIC. The details below are given to every one of them."
            )
        )
        self.import_button.setText(self.tr("Import"))
        self.camera_button.setText(self.tr("Take with the camera…"))
        self.form.retranslate()
        self._show_state()
        self._update_checklist()

    # -- the files ---------------------------------------------------------------------------

    def choose_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose photos to import"),
            "",
            self.tr("Photos (%1)").replace("%1", " ".join(f"*{s}" for s in SUFFIXES)),
        )
        self.add_paths(Path(name) for name in chosen)

    def add_paths(self, paths: Iterable[Path]) -> None:
        if self.running:
            return
        for path in paths:
            if path not in self.paths:
                self.paths.append(path)
                item = QListWidgetItem(path.name)
                item.setToolTip(str(path))
                self.files.addItem(item)
        if self.paths:
            self.files_error.hide()
        self._show_state()
        self._update_checklist()

    def _remove_selected(self) -> None:
        rows = sorted((self.files.row(item) for item in self.files.selectedItems()), reverse=True)
        for row in rows:
            self.files.takeItem(row)
            del self.paths[row]
        self._show_state()
        self._update_checklist()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.running and dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_paths(dropped_paths(event.mimeData()))
        event.acceptProposedAction()

    # -- the session's views -----------------------------------------------------------------

    def _capture(self) -> tuple[ViewCount, ...]:
        session_id = self.form.session.currentData()
        if session_id is None or not self._handle.is_open:
            return ()
        return photos.session_capture(self._handle.practice, session_id=session_id)

    def _update_checklist(self) -> None:
        """The session's views, counting the files listed as about to be added."""
        session_id = self.form.session.currentData()
        self.checklist.setVisible(session_id is not None)
        self.camera_button.setVisible(session_id is not None and self.camera)
        if session_id is not None:
            adding = 0 if self.running else len(self.paths)
            self.checklist.show_counts(self._capture(), self.form.view.currentData() or "", adding)

    def take_with_camera(self) -> photo_capture.CaptureDialog | None:
        """Open the camera for the session chosen; what it takes counts as imported."""
        session_id = self.form.session.currentData()
        if session_id is None or self.running or self.camera_dialog is not None:
            return None
        dialog = photo_capture.CaptureDialog(
            self._handle, self.client, session_id=session_id, parent=self
        )
        self.camera_dialog = dialog
        dialog.imported.connect(self.imported.emit)
        dialog.imported.connect(lambda _ids: self._update_checklist())
        dialog.finished.connect(lambda *_: self._camera_closed(dialog))
        dialog.open()
        return dialog

    def _camera_closed(self, dialog: photo_capture.CaptureDialog) -> None:
        if self.camera_dialog is dialog:
            self.camera_dialog = None
        dialog.deleteLater()

    # -- importing ---------------------------------------------------------------------------

    def start(self) -> None:
        if self.running:
            return
        self.form.clear_errors()
        self.files_error.hide()
        if not self.paths:
            self.files_error.setText(self.tr("Add the photos to import first."))
            self.files_error.show()
            return
        details = self.form.details()
        practice = self._handle.practice
        try:  # details that cannot be saved are said beside their field, before any work
            photos.clean_details(practice, self.client.id, details)
        except ValidationError as error:
            self.form.show_error(error)
            return
        except ClinicDeskError as error:
            show_error(self, error)
            return
        paths, client_id = list(self.paths), self.client.id
        self._cancel.clear()
        self.running = True
        self.report = None
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self._progressed(0, len(paths))
        self._show_state()
        cancelled = self._cancel.is_set
        run_in_background(
            lambda: import_files(
                practice,
                client_id=client_id,
                paths=paths,
                details=details,
                progress=self.progressed.emit,
                cancelled=cancelled,
            ),
            self._finished,
            self._failed,
        )

    def cancel(self) -> None:
        """Stop after the photo being imported now; what was imported stays."""
        if self.running:
            self._cancel.set()
            self.status.setText(self.tr("Stopping after the current photo…"))

    def _progressed(self, done: int, total: int) -> None:
        if not self.running:
            return
        self.progress.setValue(done)
        self.status.setText(
            self.tr("Importing: %1 of %2 done…").replace("%1", str(done)).replace("%2", str(total))
        )
        if self._cancel.is_set():
            self.status.setText(self.tr("Stopping after the current photo…"))

    def _finished(self, report: ImportReport) -> None:
        self.running = False
        self.report = report
        if self._put_away:
            self.done(QDialog.DialogCode.Rejected)
            return
        self.paths.clear()
        self.files.clear()
        self._show_summary(report)
        self._show_state()
        self._update_checklist()
        if report.imported:
            self.imported.emit([photo_id for _, photo_id in report.imported])

    def _failed(self, error: BaseException) -> None:
        self.running = False
        if self._put_away:
            self.done(QDialog.DialogCode.Rejected)
            return
        self._show_state()
        if isinstance(error, ValidationError):
            self.form.show_error(error)
        elif isinstance(error, ClinicDeskError):
            self.failure.setText(message_for(error))
            self.failure.show()
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    def _show_summary(self, report: ImportReport) -> None:
        self.summary.setText(self.tr("%n photo(s) imported.", "", len(report.imported)))
        self.status.setText(
            self.tr("Import cancelled: the rest was not imported.") if report.cancelled else ""
        )
        self.failure.setText(message_for(report.failure) if report.failure else "")
        self.failure.setVisible(report.failure is not None)
        self.refused.clear()
        for name, reason in report.refused:
            item = QListWidgetItem(reason.translated(QCoreApplication.translate))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setForeground(QColor(MISSING_COLOUR))
            self.refused.addItem(item)
        for name in report.skipped:
            item = QListWidgetItem(self.tr("%1 was not imported.").replace("%1", name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.refused.addItem(item)

    def _show_state(self) -> None:
        running, finished = self.running, self.report is not None
        self.form.setEnabled(not running)
        for widget in (self.add_button, self.files):
            widget.setEnabled(not running)
        self.remove_button.setEnabled(not running and bool(self.paths))
        self.camera_button.setEnabled(not running)
        self.import_button.setEnabled(not running and bool(self.paths))
        self.cancel_button.setText(
            self.tr("Close") if finished and not running else self.tr("Cancel")
        )
        self.progress.setVisible(running or finished)
        self.status.setVisible(running or bool(self.status.text()))
        self.summary.setVisible(finished and not running)
        self.refused.setVisible(finished and not running and self.refused.count() > 0)

    # -- closing -----------------------------------------------------------------------------

    def reject(self) -> None:
        if self.running:  # Esc, Cancel or the window's close: stop, then show what happened
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def put_away(self) -> None:
        """The screen locks: stop, forget the files, and close once the worker is done."""
        self._put_away = True
        self.paths.clear()
        self.files.clear()
        self.refused.clear()
        self.form.note.clear()
        if self.camera_dialog is not None:
            self.camera_dialog.put_away()
        self.hide()
        if self.running:
            self._cancel.set()
        else:
            self.done(QDialog.DialogCode.Rejected)
