"""The comparison of a client's photos in a dialog of its own: the PhotoCompare viewer over
the client's photos, each labelled with its date and session, a choice of which area and
view to compare, stepping through dates, alignments kept, and the export.

Opened with two to four photos it compares those; with one, the first and latest of that
photo's area and view; with none, those of the client's most photographed area and view.
PageUp and PageDown in a pane (the viewer's `step_requested`) bring the previous or next
date of that pane's area and view. An alignment made of B onto A is saved on the photos
as landmarks (how, and which photo of the pair takes them, is photo_comparison_series)
half a second after the last change, so nudging it with the keys writes once, not at
every key; it is restored whenever the same pair is shown again. Export… is
photo_comparison_export. Images are decoded previews held in memory only; `clear()`
drops them all (the owner calls it at the lock; the dialog also listens to the lock).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent, QImage
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError
from clinicdesk.services import photos, sessions
from clinicdesk.services.clients import ClientRecord
from clinicdesk.services.photos import PhotoRow
from clinicdesk.ui.errors import error_label, message_for
from clinicdesk.ui.formatting import format_date
from clinicdesk.ui.photo_compare import ComparePhoto, PhotoCompare
from clinicdesk.ui.photo_comparison_export import ExportDialog
from clinicdesk.ui.photo_comparison_names import series_name
from clinicdesk.ui.photo_comparison_series import (
    PhotoSeries,
    landmarks_to_save,
    pair_alignment,
    session_numbers,
)
from clinicdesk.ui.practice_handle import PracticeHandle

SAVE_DELAY_MS = 500


class ComparisonDialog(QDialog):
    def __init__(
        self,
        handle: PracticeHandle,
        client: ClientRecord,
        photo_ids: Sequence[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonDialog")
        self._handle = handle
        self.client = client
        self.series = PhotoSeries(())
        self._numbers: dict[int, int] = {}
        self._images: dict[int, QImage] = {}
        self._pending: tuple[int, int, dict[str, Any]] | None = None  # A, B, B onto A
        self.export_dialog: ExportDialog | None = None

        self.series_label = QLabel()
        self.series_box = QComboBox()
        self.series_box.setObjectName("comparisonSeries")
        self.series_label.setBuddy(self.series_box)
        self.export_button = QPushButton()
        self.export_button.setObjectName("comparisonExport")
        self.compare = PhotoCompare()
        self.notice = error_label("comparison")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        top = QHBoxLayout()
        top.addWidget(self.series_label)
        top.addWidget(self.series_box, 1)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.compare, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.buttons)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)

        self.series_box.activated.connect(self._series_chosen)
        self.export_button.clicked.connect(self.open_export)
        self.compare.step_requested.connect(self.step)
        self.compare.alignment_changed.connect(self._alignment_made)
        self._save_timer.timeout.connect(self.save_pending)
        self.buttons.rejected.connect(self.reject)
        handle.locked.connect(self.clear)
        self.resize(1100, 760)
        self.retranslate()
        self._load(photo_ids)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare photos"))
        self.series_label.setText(self.tr("Area and &view:"))
        self.export_button.setText(self.tr("&Export…"))
        self.export_button.setToolTip(
            self.tr("Save the photos side by side as a JPEG or PDF, for a use their consent allows")
        )
        self.compare.retranslate()
        self._fill_series()
        if self.compare.photos():
            self._show_rows(self.shown_rows(), keep_view=True)

    # -- reading -----------------------------------------------------------------------------

    def _load(self, photo_ids: Sequence[int]) -> None:
        practice = self._handle.practice
        try:
            self.series = PhotoSeries(photos.photos(practice, client_id=self.client.id))
            self._numbers = session_numbers(sessions.sessions(practice, client_id=self.client.id))
            first = self.series.initial(photo_ids)
            self._fill_series()
            self._show_rows(first)
        except ClinicDeskError as problem:
            self._tell(message_for(problem))

    def _fill_series(self) -> None:
        chosen = self.series_box.currentData()
        self.series_box.clear()
        for (area, view), count in self.series.series():
            self.series_box.addItem(
                self.tr("%1 (%n photo(s))", "", count).replace("%1", series_name(area, view)),
                f"{area}/{view}",
            )
        self.series_box.setCurrentIndex(max(self.series_box.findData(chosen), 0))

    def _image(self, row: PhotoRow) -> QImage:
        if row.id not in self._images:
            data = photos.image(self._handle.practice, photo_id=row.id, kind=photos.PREVIEW)
            self._images[row.id] = QImage.fromData(data)
        return self._images[row.id]

    def label(self, row: PhotoRow) -> str:
        """ "12/03/2026 · session 2": the day in the interface's way, and the session."""
        day = format_date(row.when.astimezone().date())
        number = self._numbers.get(row.session_id) if row.session_id is not None else None
        if number is None:
            return self.tr("%1 · no session").replace("%1", day)
        return self.tr("%1 · session %2").replace("%1", day).replace("%2", str(number))

    def _photo(self, row: PhotoRow) -> ComparePhoto:
        return ComparePhoto(row.id, self._image(row), self.label(row))

    # -- showing -----------------------------------------------------------------------------

    def shown_rows(self) -> list[PhotoRow]:
        """The photos in their panes' order."""
        return [self.series.by_id[int(photo.key)] for photo in self.compare.photos()]

    def _show_rows(self, rows: Sequence[PhotoRow], *, keep_view: bool = False) -> None:
        self.save_pending()
        if keep_view and len(rows) == len(self.compare.photos()):
            for pane, row in enumerate(rows):
                self.compare.set_photo(pane, self._photo(row))
        else:
            self.compare.set_photos([self._photo(row) for row in rows])
        if rows:
            found = self.series_box.findData(f"{rows[0].area}/{rows[0].view}")
            self.series_box.setCurrentIndex(max(found, 0))
        self._restore_alignment()
        self.export_button.setEnabled(len(rows) >= 2)
        if len(rows) == 1:
            self._tell(
                self.tr(
                    "There is only one photo of this area and view: import another one, taken "
                    "on another day, to compare them."
                )
            )

    def _restore_alignment(self) -> None:
        shown = self.shown_rows()
        if len(shown) < 2:
            return
        alignment = pair_alignment(shown[0], shown[1])
        self.compare.set_alignment(None if alignment is None else alignment.as_value())

    def _series_chosen(self, _index: int) -> None:
        area, view = str(self.series_box.currentData()).split("/", 1)
        self.notice.hide()
        self._show_rows(self.series.first_and_latest((area, view)))

    def step(self, pane: int, direction: int) -> None:
        """Put the previous (-1) or next (+1) photo of the pane's area and view in it."""
        shown = self.shown_rows()
        if not 0 <= pane < len(shown):
            return
        found = self.series.step(shown[pane], direction, (row.id for row in shown))
        if found is None:
            self._tell(
                self.tr("This is the first photo of this area and view.")
                if direction < 0
                else self.tr("This is the latest photo of this area and view.")
            )
            return
        self.notice.hide()
        if pane < 2:
            self.save_pending()  # the alignment being made belongs to the pair shown now
        self.compare.set_photo(pane, self._photo(found))
        if pane < 2:
            self._restore_alignment()

    # -- alignment ---------------------------------------------------------------------------

    def _alignment_made(self, value: dict[str, Any]) -> None:
        shown = self.shown_rows()
        self._pending = (shown[0].id, shown[1].id, value)
        self._save_timer.start()

    def save_pending(self) -> None:
        """Save the alignment made last, if it is not saved yet."""
        self._save_timer.stop()
        pending, self._pending = self._pending, None
        if pending is None or not self._handle.is_open:
            return
        a_id, b_id, value = pending
        try:
            saves = landmarks_to_save(self.series.by_id[a_id], self.series.by_id[b_id], value)
        except ValueError:
            self._tell(
                self.tr(
                    "This alignment moves the photos too far apart to be kept: it is shown "
                    "but not saved."
                )
            )
            return
        try:
            for photo_id, landmarks in saves:
                self.series.replace(
                    photos.save_alignment(
                        self._handle.practice, photo_id=photo_id, alignment=landmarks
                    )
                )
        except ClinicDeskError as problem:
            self._tell(message_for(problem))

    # -- export and the rest -----------------------------------------------------------------

    def open_export(self) -> None:
        shown = self.shown_rows()
        if len(shown) < 2:
            return
        subjects = dict.fromkeys(series_name(row.area, row.view) for row in shown)
        self.export_dialog = ExportDialog(
            self._handle, self.client, self.compare.photos(), " · ".join(subjects), self
        )
        try:
            self.export_dialog.exec()
        finally:
            if self.export_dialog is not None:
                self.export_dialog.clear()
                self.export_dialog.deleteLater()
            self.export_dialog = None

    def _tell(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def clear(self) -> None:
        """The lock: drop every image and row of the client, unsaved nudges too, and close."""
        self._save_timer.stop()
        self._pending = None
        if self.export_dialog is not None:
            self.export_dialog.clear()
            self.export_dialog.reject()
        self.reject()

    def _forget(self) -> None:
        self.compare.clear()
        self._images.clear()
        self.series = PhotoSeries(())
        self._numbers = {}
        self.series_box.clear()
        self.notice.hide()

    def done(self, result: int) -> None:
        # Closed however it is (Close, Esc, the lock): the last alignment is saved, then
        # nothing of the client stays in memory.
        self.save_pending()
        self._forget()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_pending()
        self._forget()
        super().closeEvent(event)
