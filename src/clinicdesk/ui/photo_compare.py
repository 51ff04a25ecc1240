"""The before/after comparison of a client's photos: two to four photos of one area and
view on different dates, side by side with one zoom and pan, or the first two under a wipe
or blended; with a grid, each photo's label, and an alignment of B onto A from two
reference points (the pupils, say) that the owner saves.

The widget takes decoded images and labels made by its owner, holds them only in memory
and forgets them at `clear()` (the app calls it when it locks). It asks its owner for the
previous or next date of a pane (`step_requested`) and hands it each new alignment to save
(`alignment_changed`); where photos come from and where alignments go is the owner's.
The drawing surface and its keys are `photo_compare_view`; the exported picture is
`compose_side_by_side`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.rules.alignment import IDENTITY, Alignment
from clinicdesk.ui.errors import error_label
from clinicdesk.ui.photo_compare_geometry import ComparePhoto
from clinicdesk.ui.photo_compare_painting import compose_side_by_side
from clinicdesk.ui.photo_compare_view import GRIDS, CompareView

__all__ = ["ComparePhoto", "PhotoCompare", "compose_side_by_side"]

MAX_PHOTOS = 4
HINT_STYLE = "color: #52606d;"


class PhotoCompare(QWidget):
    step_requested = Signal(int, int)  # pane, -1 for the previous date or +1 for the next
    alignment_changed = Signal(object)  # the value to save: {"scale", "angle", "dx", "dy"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoCompare")
        self.view = CompareView()
        self.message = QLabel()
        self.message.setObjectName("compareMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(HINT_STYLE)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.message)
        self.pages.addWidget(self.view)

        self.mode_buttons: dict[str, QToolButton] = {}
        self.modes = QButtonGroup(self)
        for mode in ("side", "wipe", "blend"):
            button = self._tool_button(f"mode_{mode}", checkable=True)
            self.modes.addButton(button)
            self.mode_buttons[mode] = button
        self.grid_label = QLabel()
        self.grid = QComboBox()
        self.grid.setObjectName("compareGrid")
        self.grid_label.setBuddy(self.grid)
        self.mix_label = QLabel()
        self.mix = QSlider(Qt.Orientation.Horizontal)
        self.mix.setObjectName("compareMix")
        self.mix.setRange(0, 100)
        self.mix.setPageStep(10)
        self.mix.setMinimumWidth(120)
        self.mix_label.setBuddy(self.mix)
        self.mix_value = QLabel()
        self.mix_value.setMinimumWidth(40)
        self.swap_button = self._tool_button("compareSwap")
        self.fit_button = self._tool_button("compareFit")
        self.align_button = self._tool_button("compareAlign", checkable=True)
        self.reset_button = self._tool_button("compareReset")
        self.hint = QLabel()
        self.hint.setObjectName("compareHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.notice = error_label("compare")

        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        for button in self.mode_buttons.values():
            controls.addWidget(button)
        controls.addSpacing(12)
        controls.addWidget(self.grid_label)
        controls.addWidget(self.grid)
        controls.addSpacing(12)
        controls.addWidget(self.mix_label)
        controls.addWidget(self.mix, 1)
        controls.addWidget(self.mix_value)
        controls.addStretch(0)
        for button in (self.swap_button, self.fit_button, self.align_button, self.reset_button):
            controls.addWidget(button)
        self.controls = QWidget()
        self.controls.setLayout(controls)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.controls)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.hint)

        self.modes.buttonClicked.connect(self._mode_clicked)
        self.grid.currentIndexChanged.connect(self._grid_chosen)
        self.mix.valueChanged.connect(self._mix_moved)
        self.swap_button.clicked.connect(self.swap)
        self.fit_button.clicked.connect(self.zoom_to_fit)
        self.align_button.clicked.connect(self._align_clicked)
        self.reset_button.clicked.connect(self.reset_alignment)
        self.view.changed.connect(self._refresh)
        self.view.refused.connect(self._refused)
        self.view.step_requested.connect(self.step_requested)
        self.view.alignment_changed.connect(self._alignment_made)
        self.retranslate()

    def _tool_button(self, name: str, *, checkable: bool = False) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setCheckable(checkable)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def retranslate(self) -> None:
        self.message.setText(
            self.tr(
                "Choose at least two photos to compare, of the same area and view on "
                "different dates."
            )
        )
        self.mode_buttons["side"].setText(self.tr("&Side by side"))
        self.mode_buttons["wipe"].setText(self.tr("&Wipe"))
        self.mode_buttons["blend"].setText(self.tr("&Blend"))
        self.grid_label.setText(self.tr("&Grid:"))
        names = {
            "off": self.tr("None"),
            "thirds": self.tr("Thirds"),
            "tenths": self.tr("Every 10 %"),
        }
        chosen = self.grid.currentData() or "off"
        self.grid.blockSignals(True)
        self.grid.clear()
        for grid in GRIDS:
            self.grid.addItem(names[grid], grid)
        self.grid.setCurrentIndex(GRIDS.index(chosen))
        self.grid.blockSignals(False)
        self.swap_button.setText(self.tr("Swa&p"))
        self.swap_button.setToolTip(self.tr("Put the first photo in the second's place"))
        self.fit_button.setText(self.tr("&Fit"))
        self.fit_button.setToolTip(self.tr("Zoom to show the whole photos (Ctrl+0)"))
        self.align_button.setText(self.tr("&Align…"))
        self.align_button.setToolTip(
            self.tr("Lay the second photo over the first by two reference points")
        )
        self.reset_button.setText(self.tr("&Reset alignment"))
        self.view.retranslate()
        self._refresh()

    # -- the public interface ----------------------------------------------------------------

    def set_photos(self, photos: Sequence[ComparePhoto]) -> None:
        """Compare `photos` (two to four, the first two are A and B), zoomed to fit, with
        no alignment (`set_alignment` restores a saved one). Fewer than two show a message
        and keep none."""
        if len(photos) > MAX_PHOTOS:
            raise ValueError(f"at most {MAX_PHOTOS} photos can be compared, not {len(photos)}")
        self.view.set_photos(photos if len(photos) >= 2 else [])

    def set_photo(self, index: int, photo: ComparePhoto) -> None:
        """Put `photo` in pane `index` (the answer to `step_requested`), zoom and pan kept.
        A new A or B drops the alignment: the owner restores the saved one for the pair."""
        if not 0 <= index < len(self.view.photos):
            raise IndexError(f"there is no pane {index}")
        self.view.replace_photo(index, photo)

    def photos(self) -> tuple[ComparePhoto, ...]:
        """The photos in their panes' order (after a swap, B first)."""
        return tuple(self.view.photos)

    def clear(self) -> None:
        """Drop every photo: nothing of the client stays in memory."""
        self.view.set_photos([])

    def set_mode(self, mode: str) -> None:
        """Show the photos "side" by side, or the first two under a "wipe" or in a "blend"."""
        if mode not in self.mode_buttons:
            raise ValueError(f"mode must be one of {list(self.mode_buttons)}, not {mode!r}")
        self.view.set_mode(mode)

    def mode(self) -> str:
        """The mode shown: "side", "wipe", "blend", or "align" while points are picked."""
        return self.view.mode

    def set_grid(self, grid: str) -> None:
        """The grid over the photos: "off", at the "thirds", or every tenth ("tenths")."""
        if grid not in GRIDS:
            raise ValueError(f"grid must be one of {list(GRIDS)}, not {grid!r}")
        self.grid.setCurrentIndex(GRIDS.index(grid))

    def set_wipe(self, percent: int) -> None:
        """The wipe's divider `percent` across: A on its left, B on its right."""
        self.view.set_wipe(percent / 100)

    def set_opacity(self, percent: int) -> None:
        """B's opacity over A in the blend: 0 shows A, 100 shows B."""
        self.view.set_opacity(percent / 100)

    def swap(self) -> None:
        """The first two photos change places (their alignment turns round with them)."""
        self.view.swap()

    def zoom_to_fit(self) -> None:
        self.view.fit()

    def start_alignment(self) -> None:
        """Ask for the two reference points on A, then on B (Esc stops)."""
        self.view.set_mode("align")
        self.view.setFocus()

    def alignment(self) -> dict[str, float]:
        """B's alignment onto A as it would be saved."""
        return self.view.alignment.as_value()

    def set_alignment(self, value: Mapping[str, Any] | None) -> None:
        """Restore a saved alignment (None: none); ValueError when the value is not one.
        Nothing is emitted: the value is already saved."""
        self.view.set_alignment(IDENTITY if value is None else Alignment.from_value(value))
        self._refresh()

    def reset_alignment(self) -> None:
        """Back to B unaligned; `alignment_changed` gives the owner the plain value."""
        self.view.change_alignment(IDENTITY)

    # -- reactions ---------------------------------------------------------------------------

    def _mode_clicked(self, button: QToolButton) -> None:
        mode = next(m for m, b in self.mode_buttons.items() if b is button)
        self.view.set_mode(mode)
        self.view.setFocus()

    def _align_clicked(self) -> None:
        if self.view.mode == "align":
            self.view.set_mode(self.view.mode_after_align)
        else:
            self.start_alignment()

    def _grid_chosen(self, _index: int) -> None:
        self.view.set_grid(self.grid.currentData() or "off")

    def _mix_moved(self, value: int) -> None:
        if self.view.mode == "blend":
            self.set_opacity(value)
        else:
            self.set_wipe(value)

    def _alignment_made(self, value: dict[str, float]) -> None:
        self._refresh()
        self.alignment_changed.emit(value)

    def _refused(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _refresh(self) -> None:
        """The controls and the hint, after whatever changed in the view."""
        view = self.view
        comparing = len(view.photos) >= 2
        self.pages.setCurrentWidget(view if comparing else self.message)
        self.controls.setEnabled(comparing)
        mode = view.mode
        aligning = mode == "align"
        shown = view.mode_after_align if aligning else mode
        self.mode_buttons[shown].setChecked(True)
        self.align_button.setChecked(aligning)
        self.reset_button.setEnabled(not view.alignment.is_identity and not aligning)
        self.swap_button.setEnabled(not aligning)
        mixing = mode in ("wipe", "blend")
        for widget in (self.mix_label, self.mix, self.mix_value):
            widget.setVisible(mixing)
        percent = round((view.opacity if mode == "blend" else view.wipe) * 100)
        self.mix.blockSignals(True)
        self.mix.setValue(percent)
        self.mix.blockSignals(False)
        self.mix_value.setText(self.tr("%1 %").replace("%1", str(percent)))
        self.mix_label.setText(
            self.tr("&Opacity of B:") if mode == "blend" else self.tr("&Divider:")
        )
        self.notice.hide()
        self.hint.setText(self._hint())

    def _hint(self) -> str:
        view = self.view
        if view.picking is not None:
            steps = {
                (0, 1): self.tr(
                    "Step 1 of 4: click a first reference point on photo A, on the left "
                    "(the client's right pupil, for instance)."
                ),
                (0, 2): self.tr("Step 2 of 4: click a second reference point on photo A."),
                (1, 1): self.tr("Step 3 of 4: click the same first point on photo B."),
                (1, 2): self.tr("Step 4 of 4: click the same second point on photo B."),
            }
            return (
                steps[(view.picking.pane, view.picking.number)]
                + " "
                + self.tr(
                    "Keyboard: bring the point under the cross with the arrows (Shift+arrows: "
                    "finely) and press Enter. Backspace takes the last point back, Esc stops."
                )
            )
        text = self.tr(
            "Wheel or Ctrl+plus and minus zoom, drag or the arrows move. PageUp and PageDown "
            "show the previous or next date in the chosen photo (1 to 4 choose it). "
            "Shift+arrows, Shift+plus and minus, Shift+[ and ] move, scale and turn photo B."
        )
        if view.mode == "wipe":
            text += " " + self.tr("Drag the divider, or move it with Ctrl+Left and Ctrl+Right.")
        elif view.mode == "blend":
            text += " " + self.tr("Ctrl+Left and Ctrl+Right change the blend.")
        return text
