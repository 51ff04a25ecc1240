"""The record's Photos tab: the client's photos as thumbnails, grouped by day or by area and
view, narrowed by area, view and session; importing (button or dropped files), taking photos
with a camera, comparing, correcting details, erasing, and a photo opened full size with a
double-click or Enter.

The photo list is read when the tab is shown (one service call; a client has hundreds of
photos at most, so grouping and filters work on it in memory). Thumbnails are decrypted
and decoded off the GUI thread a batch at a time (`photos_tab_loader`) and kept in memory
only: `clear()`, which the lock calls, forgets them and closes any dialog or viewer open.
Comparing is the owner's: `compare_requested` hands it the photos chosen.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError
from clinicdesk.services import catalogue, photos, sessions
from clinicdesk.services.photos import PhotoRow
from clinicdesk.ui import photo_capture
from clinicdesk.ui.client_tab import LazyClientTab
from clinicdesk.ui.errors import error_label, message_for, show_error
from clinicdesk.ui.photo_import_dialog import PhotoImportDialog, dropped_paths
from clinicdesk.ui.photo_viewer import PhotoViewer
from clinicdesk.ui.photos_tab_details import PhotoDetailsDialog
from clinicdesk.ui.photos_tab_gallery import (
    BY_DATE,
    BY_VIEW,
    Filters,
    GalleryView,
    filter_choices,
    gallery_entries,
)
from clinicdesk.ui.photos_tab_loader import ThumbnailLoader
from clinicdesk.ui.photos_tab_model import PHOTO_ROLE, GalleryModel
from clinicdesk.ui.photos_tab_names import session_label
from clinicdesk.ui.plan_editor import family_names
from clinicdesk.ui.practice_handle import PracticeHandle

MAX_COMPARED = 4  # what the comparison viewer shows side by side


class PhotosTab(LazyClientTab):
    compare_requested = Signal(list)  # ids of the photos chosen, in the order shown
    changed = Signal()  # photos imported, described or erased

    def __init__(self, handle: PracticeHandle, parent: QWidget | None = None) -> None:
        super().__init__(handle, parent)
        self.setAcceptDrops(True)
        self.rows: list[PhotoRow] | None = None  # the client's photos, once read
        self.session_labels: dict[int, str] = {}
        self.dialog: QDialog | None = None  # the import, capture or details dialog open now
        self.camera = False  # a camera can be used: asked when the photos are read
        self.viewer: PhotoViewer | None = None

        names = ("import", "capture", "compare", "details", "erase")
        self.buttons = {name: QPushButton() for name in names}
        for name, slot in (
            ("import", lambda: self.import_photos()), ("capture", self.take_photos),
            ("compare", self.compare),
            ("details", self.edit_details), ("erase", self.erase),
        ):  # fmt: skip
            self.buttons[name].setObjectName(f"photos_{name}")
            self.buttons[name].clicked.connect(slot)
        self.grouping = QComboBox()
        self.grouping.setObjectName("photoGrouping")
        self.filters = {name: QComboBox() for name in ("area", "view", "session")}
        for name, combo in self.filters.items():
            combo.setObjectName(f"photoFilter_{name}")
            combo.currentIndexChanged.connect(self._show)
        self.filters["session"].setMinimumContentsLength(24)
        self.grouping.currentIndexChanged.connect(self._show)
        self.count = QLabel()
        self.count.setObjectName("photoCount")
        self.error = error_label("photos")
        self.empty = QLabel()
        self.empty.setObjectName("photosEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #52606d; padding: 24px; font-size: 14px;")
        self.model = GalleryModel(self)
        self.loader = ThumbnailLoader(handle, self.model)
        self.view = GalleryView()
        self.view.setObjectName("photoGallery")
        self.view.setModel(self.model)
        self.view.doubleClicked.connect(self.open_photo)
        self.view.open_requested.connect(self.open_photo)
        self.view.erase_requested.connect(self.erase)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)

        top = QHBoxLayout()
        for name in names:
            top.addWidget(self.buttons[name])
        top.addStretch(1)
        top.addWidget(self.grouping)
        filters = QHBoxLayout()
        for combo in self.filters.values():
            filters.addWidget(combo)
        filters.addStretch(1)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.error)
        layout.addWidget(self.stack, 1)
        # Client data goes at the lock even if no one clears the record.
        handle.locked.connect(self.clear)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "import": self.tr("Import photos…"),
            "capture": self.tr("Take photos…"),
            "compare": self.tr("Compare…"),
            "details": self.tr("Details…"),
            "erase": self.tr("Erase…"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.buttons["compare"].setToolTip(
            self.tr("Choose two to four photos (Ctrl+click) to see them side by side.")
        )
        self.grouping.blockSignals(True)
        chosen = max(self.grouping.currentIndex(), 0)
        self.grouping.clear()
        self.grouping.addItem(self.tr("Grouped by date"), BY_DATE)
        self.grouping.addItem(self.tr("Grouped by area and view"), BY_VIEW)
        self.grouping.setCurrentIndex(chosen)
        self.grouping.blockSignals(False)
        self._fill_filters()
        self._show()

    # -- showing -----------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self.loader.loading

    def clear(self) -> None:
        """Forget the client, every thumbnail and any dialog or viewer open (the lock)."""
        if self.viewer is not None:
            self.viewer.put_away()
        if isinstance(self.dialog, PhotoImportDialog | photo_capture.CaptureDialog):
            self.dialog.put_away()
        elif self.dialog is not None:
            self.dialog.done(QDialog.DialogCode.Rejected)
        self.client = None
        self.rows = None
        self.session_labels = {}
        self._stale = False
        self.loader.stop()
        self.model.clear()
        self.error.hide()
        self._fill_filters()
        self._show()

    def _load(self) -> None:
        if self.client is None:
            return
        self._stale = False
        practice = self._handle.practice
        try:
            rows = photos.photos(practice, client_id=self.client.id)
            names = family_names(catalogue.families(practice, include_retired=True))
            records = sessions.sessions(practice, client_id=self.client.id)
        except ClinicDeskError as problem:
            self.error.setText(message_for(problem))
            self.error.show()
            return
        self.error.hide()
        # Asked here, not at startup: QtMultimedia is loaded once the tab is seen.
        self.camera = photo_capture.camera_available()
        self.rows = sorted(rows, key=lambda row: (row.when, row.id), reverse=True)
        self.session_labels = {record.id: session_label(record, names) for record in records}
        known = {row.id for row in rows}
        # Thumbnails of erased photos go; those still shown are not read again.
        for photo_id in set(self.model.thumbnails) - known:
            del self.model.thumbnails[photo_id]
        self._fill_filters()
        self._show()

    def _show(self) -> None:
        kept = self.selected_ids()
        filters = self._filters()
        self.model.set_entries(
            gallery_entries(
                [row for row in self.rows or [] if filters.keeps(row)],
                by_view=self.grouping.currentData() == BY_VIEW,
                session_labels=self.session_labels,
            )
        )
        shown = self.model.photos()
        self.loader.load([row.id for row in shown])
        self._reselect(kept)
        total = len(self.rows or [])
        self.count.setText(
            ""
            if self.rows is None
            else self.tr("%1 of %n photo(s)", "", total).replace("%1", str(len(shown)))
        )
        if self.rows is not None and not self.rows:
            self.empty.setText(
                self.tr(
                    "No photos of this client yet. Press Import photos… or drop photo files "
                    "here (JPEG, PNG, WebP or HEIC)."
                )
            )
        elif self.rows is not None and not shown:
            self.empty.setText(
                self.tr("No photo matches these filters. Choose “All” in each to see every photo.")
            )
        else:
            self.empty.setText("")
        self.stack.setCurrentWidget(self.view if shown else self.empty)
        self._update_buttons()

    # -- filters and groups ------------------------------------------------------------------

    def _fill_filters(self) -> None:
        choices = filter_choices(self.rows or [], self.session_labels)
        for name, combo in self.filters.items():
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, value in choices[name]:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)

    def _filters(self) -> Filters:
        area, view, session = (combo.currentData() for combo in self.filters.values())
        return Filters(area, view, session)

    # -- selection ---------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """The photos selected, in the order shown."""
        chosen = {
            index.data(PHOTO_ROLE).id
            for index in self.view.selectionModel().selectedIndexes()
            if index.data(PHOTO_ROLE) is not None
        }
        return [row.id for row in self.model.photos() if row.id in chosen]

    def select(self, photo_ids: Iterable[int]) -> None:
        self.view.clearSelection()
        self._reselect(list(photo_ids))

    def _reselect(self, photo_ids: list[int]) -> None:
        selection = self.view.selectionModel()
        for number, photo_id in enumerate(photo_ids):
            row = self.model.row_of(photo_id)
            if row is not None:
                flag = QItemSelectionModel.SelectionFlag.Select
                if number == 0:
                    selection.setCurrentIndex(self.model.index(row), flag)
                else:
                    selection.select(self.model.index(row), flag)

    def _update_buttons(self) -> None:
        count = len(self.selected_ids())
        has_client = self.client is not None and self._handle.is_open
        self.buttons["import"].setEnabled(has_client)
        self.buttons["capture"].setEnabled(has_client and self.camera)
        self.buttons["capture"].setToolTip(
            ""
            if self.camera
            else self.tr(
                "No camera is connected to this computer: import photos taken with a phone."
            )
        )
        self.buttons["compare"].setEnabled(2 <= count <= MAX_COMPARED)
        self.buttons["details"].setEnabled(count == 1)
        self.buttons["erase"].setEnabled(count > 0)
        for combo in (*self.filters.values(), self.grouping):
            combo.setEnabled(bool(self.rows))

    # -- actions -----------------------------------------------------------------------------

    def import_photos(self, paths: Iterable[Path] = ()) -> PhotoImportDialog | None:
        """Open the import dialog with `paths` (dropped), or ask for files at once."""
        if self.client is None or not self._handle.is_open or self.dialog is not None:
            return None
        paths = list(paths)
        dialog = PhotoImportDialog(self._handle, self.client, paths=paths, parent=self)
        dialog.imported.connect(lambda _ids: self._changed())
        self._open(dialog)
        if not paths:
            dialog.choose_files()
        return dialog

    def take_photos(self) -> photo_capture.CaptureDialog | None:
        """Open the camera for photos of the client that belong to no session."""
        if self.client is None or not self._handle.is_open or self.dialog is not None:
            return None
        dialog = photo_capture.CaptureDialog(self._handle, self.client, parent=self)
        dialog.imported.connect(lambda _ids: self._changed())
        self._open(dialog)
        return dialog

    def compare(self) -> None:
        chosen = self.selected_ids()
        if 2 <= len(chosen) <= MAX_COMPARED:
            self.compare_requested.emit(chosen)

    def edit_details(self) -> PhotoDetailsDialog | None:
        chosen = self.selected_ids()
        if len(chosen) != 1 or self.dialog is not None or self.rows is None:
            return None
        [row] = [row for row in self.rows if row.id == chosen[0]]
        dialog = PhotoDetailsDialog(self._handle, row, self)
        dialog.accepted.connect(self._changed)
        self._open(dialog)
        return dialog

    def erase(self) -> None:
        chosen = self.selected_ids()
        if not chosen:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Erase photos"),
            self.tr(
                "Erase %n photo(s) for good? They are removed from the record and their "
                "encrypted files deleted; this cannot be undone.",
                "",
                len(chosen),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            photos.erase_photos(self._handle.practice, photo_ids=chosen)
        except ClinicDeskError as error:
            show_error(self, error)
        self._changed()

    def open_photo(self, index: QModelIndex | QPersistentModelIndex) -> PhotoViewer | None:
        row = self.model.photo_at(index)
        if row is None or not self._handle.is_open:
            return None
        if self.viewer is not None:
            self.viewer.put_away()
        shown = self.model.photos()
        viewer = PhotoViewer(
            self._handle, shown, shown.index(row), self.session_labels, parent=self
        )
        self.viewer = viewer
        viewer.finished.connect(lambda *_: self._viewer_closed(viewer))
        viewer.open()
        return viewer

    def _viewer_closed(self, viewer: PhotoViewer) -> None:
        if self.viewer is viewer:
            self.viewer = None
        viewer.deleteLater()

    def _open(self, dialog: QDialog) -> None:
        """Show `dialog` window-modal without blocking, held until it is closed."""
        self.dialog = dialog
        dialog.finished.connect(lambda *_: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()

    # -- dropped files -----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.client is not None and self.dialog is None and dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData())
        if paths and self.import_photos(paths) is not None:
            event.acceptProposedAction()
