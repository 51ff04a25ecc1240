"""Exporting a comparison: what for (the uses of the photo consent), anonymised how (for
teaching or marketing: cropped, or the eyes blurred under rectangles the practitioner
draws, previewed), and as a JPEG or a one-page PDF, saved where the practitioner chooses.

The consent is checked by services.photo_exports as soon as a use is chosen, and a use
that a photo's consent does not allow is refused there, naming the photo. Teaching is
"anonymised teaching" in the consent, so it has no "leave as it is". The picture is
compose_side_by_side of the compared photos; the PDF carries the labels as text under a
copy of it with empty label bands (the same layout, so the rectangles fit both). The
file is written only where the practitioner chose, then the export is audited.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError
from clinicdesk.reports.photo_comparison import ComparisonText, render_photo_comparison
from clinicdesk.services import clinic, photo_exports
from clinicdesk.services.client_fields import full_name
from clinicdesk.services.clients import ClientRecord
from clinicdesk.ui.consultation_documents import PHOTO_SCOPES
from clinicdesk.ui.consultation_documents import tr as consultation_tr
from clinicdesk.ui.errors import error_label, message_for
from clinicdesk.ui.i18n import current_language
from clinicdesk.ui.photo_compare import ComparePhoto, compose_side_by_side
from clinicdesk.ui.photo_comparison_canvas import AnonymiseCanvas, jpeg_bytes
from clinicdesk.ui.photos_tab_names import scope_name
from clinicdesk.ui.practice_handle import PracticeHandle
from clinicdesk.ui.printing import save_jpeg, save_pdf

EXPORT_WIDTH = 2400  # pixels across the exported picture: sharp on an A4 page


class ExportDialog(QDialog):
    """`photos` in their panes' order (keys are photo ids); `subject` says what they show."""

    def __init__(
        self,
        handle: PracticeHandle,
        client: ClientRecord,
        photos: Sequence[ComparePhoto],
        subject: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonExport")
        self._handle = handle
        self.client = client
        self.photos = list(photos)
        self.subject = subject
        self.composition = compose_side_by_side(self.photos, EXPORT_WIDTH)
        self.allowed = False  # whether the consent allows the use chosen

        self.purpose = QComboBox()
        self.purpose.setObjectName("exportPurpose")
        for scope in photo_exports.PURPOSES:
            self.purpose.addItem(scope_name(scope), scope)
        self.refusal = error_label("purpose")
        self.anonymise_box = QWidget()
        self.anonymise_buttons: dict[str, QRadioButton] = {}
        self.anonymise_group = QButtonGroup(self)
        choices = QHBoxLayout()
        choices.setContentsMargins(0, 0, 0, 0)
        for mode in ("none", "crop", "blur"):
            button = QRadioButton()
            button.setObjectName(f"anonymise_{mode}")
            self.anonymise_group.addButton(button)
            self.anonymise_buttons[mode] = button
            choices.addWidget(button)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeRectangle")
        choices.addStretch(1)
        choices.addWidget(self.remove_button)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #52606d;")
        self.canvas = AnonymiseCanvas()
        self.canvas.set_picture(self.composition)
        anonymise = QVBoxLayout(self.anonymise_box)
        anonymise.setContentsMargins(0, 0, 0, 0)
        anonymise.addLayout(choices)
        anonymise.addWidget(self.hint)
        self.preview_label = QLabel()
        anonymise.addWidget(self.preview_label)
        self.formats: dict[str, QRadioButton] = {}
        format_row = QHBoxLayout()
        format_row.setContentsMargins(0, 0, 0, 0)
        for code in photo_exports.FORMATS:
            button = QRadioButton()
            button.setObjectName(f"format_{code}")
            self.formats[code] = button
            format_row.addWidget(button)
        format_row.addStretch(1)
        self.formats["jpeg"].setChecked(True)
        self.error = error_label("export")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("exportSave")

        self.purpose_label, self.anonymise_label, self.format_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.purpose_label, self.purpose)
        form.addRow("", self.refusal)
        form.addRow(self.anonymise_label, self.anonymise_box)
        form.addRow(self.format_label, format_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.purpose.currentIndexChanged.connect(self._purpose_chosen)
        self.anonymise_group.buttonClicked.connect(self._anonymise_chosen)
        self.remove_button.clicked.connect(self.canvas.remove_last)
        self.canvas.changed.connect(self._update_state)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.export)
        self.resize(900, 720)
        self.retranslate()
        self._purpose_chosen()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export the comparison"))
        for index in range(self.purpose.count()):
            self.purpose.setItemText(index, scope_name(str(self.purpose.itemData(index))))
        self.purpose_label.setText(self.tr("&Use:"))
        self.purpose_label.setBuddy(self.purpose)
        self.anonymise_label.setText(self.tr("Anonymise:"))
        self.anonymise_buttons["none"].setText(self.tr("&Leave as it is"))
        self.anonymise_buttons["crop"].setText(self.tr("&Crop"))
        self.anonymise_buttons["blur"].setText(self.tr("&Blur the eyes"))
        self.remove_button.setText(self.tr("&Remove the last rectangle"))
        self.format_label.setText(self.tr("Format:"))
        self.formats["jpeg"].setText(self.tr("&JPEG picture"))
        self.formats["pdf"].setText(self.tr("&PDF page with the clinic's header"))
        self.save_button.setText(self.tr("&Save…"))
        self._update_state()

    # -- state -------------------------------------------------------------------------------

    def chosen_purpose(self) -> str:
        return str(self.purpose.currentData())

    def chosen_format(self) -> str:
        return next(code for code, button in self.formats.items() if button.isChecked())

    def set_purpose(self, purpose: str) -> None:
        self.purpose.setCurrentIndex(self.purpose.findData(purpose))

    def set_anonymising(self, mode: str) -> None:
        self.anonymise_buttons[mode].setChecked(True)
        self.canvas.set_mode(mode)

    def _purpose_chosen(self) -> None:
        purpose = self.chosen_purpose()
        self.refusal.hide()
        self.error.hide()
        self.allowed = True
        try:
            photo_exports.check_export(
                self._handle.practice, photo_ids=self._ids(), purpose=purpose
            )
        except photo_exports.ExportRefused as refused:
            self.allowed = False
            self.refusal.setText(self._refusal_text(refused))
            self.refusal.show()
        except ClinicDeskError as problem:
            self.allowed = False
            self.refusal.setText(message_for(problem))
            self.refusal.show()
        self.anonymise_buttons["none"].setVisible(purpose not in photo_exports.MUST_ANONYMISE)
        if purpose == "clinical":
            self.set_anonymising("none")
        elif purpose in photo_exports.MUST_ANONYMISE:
            self.set_anonymising("blur")
        self._update_state()

    def _refusal_text(self, refused: photo_exports.ExportRefused) -> str:
        use = consultation_tr(PHOTO_SCOPES[refused.purpose])
        if refused.withdrawn:
            return self.tr(
                "The client's photo consent (from their latest consultation) does not allow "
                "%1. Nothing can be exported for this use."
            ).replace("%1", use)
        labels = [f"“{p.label}”" for p in self.photos if p.key in refused.refused]
        text = (
            self.tr("The consent of the photo %1 does not allow %2.")
            if len(labels) == 1
            else self.tr("The consent of the photos %1 does not allow %2.")
        )
        return text.replace("%1", ", ".join(labels)).replace("%2", use)

    def _anonymise_chosen(self) -> None:
        mode = next(m for m, b in self.anonymise_buttons.items() if b.isChecked())
        self.canvas.set_mode(mode)

    def _update_state(self) -> None:
        purpose = self.chosen_purpose()
        anonymising = purpose != "clinical"
        self.anonymise_box.setVisible(anonymising)
        self.anonymise_label.setVisible(anonymising)
        self.canvas.setVisible(anonymising)
        self.canvas.setEnabled(self.allowed)
        mode = self.canvas.mode
        hints = {
            "none": self.tr("The photos are exported as they are."),
            "crop": self.tr(
                "Drag a rectangle over the picture: only what is inside it is exported."
            ),
            "blur": self.tr(
                "Drag a rectangle over the eyes of each photo (as many as needed): they are "
                "blurred in the export. Backspace takes the last one back."
            ),
        }
        self.hint.setText(hints[mode])
        self.remove_button.setEnabled(bool(self.canvas.rects))
        count = len(self.canvas.rects)
        self.preview_label.setText(
            self.tr("%n rectangle(s) drawn.", "", count) if mode != "none" else ""
        )
        self.save_button.setEnabled(self.allowed)

    # -- exporting ---------------------------------------------------------------------------

    def _ids(self) -> list[int]:
        return [int(p.key) for p in self.photos]

    def is_anonymised(self) -> bool:
        return self.canvas.mode != "none" and bool(self.canvas.rects)

    def export(self) -> bool:
        """Check, make the picture or page, save it where the practitioner says, audit it."""
        purpose, file_format = self.chosen_purpose(), self.chosen_format()
        if self.canvas.mode != "none" and not self.canvas.rects:
            self._fail(self.tr("Draw a rectangle on the picture first, or leave it as it is."))
            return False
        practice = self._handle.practice
        try:
            photo_exports.check_export(
                practice, photo_ids=self._ids(), purpose=purpose, anonymised=self.is_anonymised()
            )
            data = self._jpeg() if file_format == "jpeg" else self._pdf(purpose)
        except photo_exports.ExportRefused as refused:
            self._fail(self._refusal_text(refused))
            return False
        except ClinicDeskError as problem:
            self._fail(message_for(problem))
            return False
        stem = self.tr("photo-comparison")  # a file name: no spaces
        name = f"{stem}-{date.today().isoformat()}"
        saver = save_jpeg if file_format == "jpeg" else save_pdf
        if not saver(self, data, f"{name}.{'jpg' if file_format == 'jpeg' else 'pdf'}"):
            return False
        try:
            photo_exports.record_export(
                practice,
                photo_ids=self._ids(),
                purpose=purpose,
                file_format=file_format,
                anonymised=self.is_anonymised(),
            )
        except ClinicDeskError as problem:
            self._fail(
                self.tr("The file was saved, but the export could not be recorded: %1").replace(
                    "%1", message_for(problem)
                )
            )
            return False
        self.accept()
        return True

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _jpeg(self) -> bytes:
        return jpeg_bytes(self.canvas.result())

    def _pdf(self, purpose: str) -> bytes:
        # Empty label bands keep the layout the rectangles were drawn on; the labels are
        # text under the picture instead.
        bare = [ComparePhoto(p.key, p.image, "") for p in self.photos]
        picture = self.canvas.applied_to(compose_side_by_side(bare, EXPORT_WIDTH))
        anonymised = {
            "none": self.tr("no"),
            "crop": self.tr("cropped"),
            "blur": self.tr("eyes blurred"),
        }[self.canvas.mode if self.is_anonymised() else "none"]
        use = consultation_tr(PHOTO_SCOPES[purpose])
        name = full_name(self.client.fields.given_name, self.client.fields.family_name)
        text = ComparisonText(
            title=self.tr("Photo comparison"),
            details=(
                self.subject,
                self.tr("Use: %1 · anonymised: %2").replace("%1", use).replace("%2", anonymised),
            ),
            page_template=self.tr("Page {page} of {pages}"),
            # Only the clinical record says whose photos these are.
            footer_note=name if purpose == "clinical" else "",
            language=current_language(),
        )
        return render_photo_comparison(
            text=text,
            clinic=clinic.clinic_header(self._handle.practice),
            jpeg=jpeg_bytes(picture),
            size=(picture.width(), picture.height()),
            labels=[p.label for p in self.photos],
        )

    def clear(self) -> None:
        """Forget every image (the lock)."""
        self.canvas.clear()
        self.photos = []
        self.composition = self.canvas.picture
