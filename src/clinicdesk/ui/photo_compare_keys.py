"""What each key does in the photo comparison, so that all of it works without a mouse.

- Ctrl+plus and Ctrl+minus (or plain = and -) zoom, Ctrl+0 fits; the arrows pan.
- Ctrl+Left and Ctrl+Right move the wipe's divider, or change the blend.
- PageUp and PageDown (or Alt+Left and Alt+Right) ask for the previous or next date in
  the chosen pane; 1 to 4 choose the pane.
- Shift+arrows move photo B over A (with Ctrl, ten times further), Shift+plus and
  Shift+minus scale it, Shift+[ and Shift+] turn it, about the middle of the view.
- While the reference points are picked: Shift+arrows pan finely, Enter (or
  Space) places a point under the cross in the middle of the pane, Backspace takes the
  last one back, Esc stops.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, Qt

from clinicdesk.rules.alignment import Alignment, Point

if TYPE_CHECKING:
    from clinicdesk.ui.photo_compare_view import CompareView

ZOOM_STEP = 1.25  # per key press, as per wheel notch
PAN_STEP = 0.1  # per arrow, as a fraction of the pane
FINE_PAN = 2.0  # per Shift+arrow while reference points are picked, in screen pixels
MIX_STEP = 0.05  # per Ctrl+Left/Right: the divider's place or the blend
NUDGE, BIG_NUDGE = 1.0, 10.0  # screen pixels per Shift+arrow (with Ctrl: the bigger one)
SCALE_STEP = 1.005  # per Shift+plus or Shift+minus
TURN_STEP = 0.25  # degrees per Shift+[ or Shift+]

Keys = Qt.Key
ARROWS = {
    Keys.Key_Left: (-1, 0),
    Keys.Key_Right: (1, 0),
    Keys.Key_Up: (0, -1),
    Keys.Key_Down: (0, 1),
}
# With Shift held, "=" arrives as "+", "-" as "_", "[" as "{" (on most layouts): take both.
GROW_KEYS = (Keys.Key_Plus, Keys.Key_Equal)
SHRINK_KEYS = (Keys.Key_Minus, Keys.Key_Underscore)
TURN_KEYS = {
    Keys.Key_BracketLeft: -1,
    Keys.Key_BraceLeft: -1,
    Keys.Key_BracketRight: 1,
    Keys.Key_BraceRight: 1,
}


def handle_key(view: CompareView, key: int, modifiers: Qt.KeyboardModifier) -> bool:
    """Do what `key` asks of `view`; False when it asks nothing of it."""
    mods = Qt.KeyboardModifier
    control = bool(modifiers & mods.ControlModifier)
    shift = bool(modifiers & mods.ShiftModifier)
    alt = bool(modifiers & mods.AltModifier)
    if view.picking is not None and not (control or alt) and _picking_key(view, key, shift):
        return True
    if key in (Keys.Key_PageUp, Keys.Key_PageDown) or (
        alt and key in (Keys.Key_Left, Keys.Key_Right)
    ):
        if view.picking is None:
            back = key in (Keys.Key_PageUp, Keys.Key_Left)
            view.step_requested.emit(view.current, -1 if back else 1)
        return True
    if control and key in (*GROW_KEYS, Keys.Key_Minus, Keys.Key_0):
        if key == Keys.Key_0:
            view.fit()
        else:
            view.zoom_by(1 / ZOOM_STEP if key == Keys.Key_Minus else ZOOM_STEP)
        return True
    if shift and view.picking is None and _alignment_key(view, key, bigger=control):
        return True
    if control and key in (Keys.Key_Left, Keys.Key_Right) and view.mode in ("wipe", "blend"):
        step = MIX_STEP if key == Keys.Key_Right else -MIX_STEP
        if view.mode == "blend":
            view.set_opacity(view.opacity + step)
        else:
            view.set_wipe(view.wipe + step)
        return True
    if control or shift or alt:
        return False
    if key in ARROWS:
        dx, dy = ARROWS[Keys(key)]
        pane = view.panes()[0]
        view.shared.pan(pane, QPointF(-dx * pane.width(), -dy * pane.height()) * PAN_STEP)
        view.update()
    elif key in (*GROW_KEYS, Keys.Key_Minus):
        view.zoom_by(1 / ZOOM_STEP if key == Keys.Key_Minus else ZOOM_STEP)
    elif Keys.Key_1 <= key <= Keys.Key_4 and key - Keys.Key_1 < len(view.shown()):
        view.choose_pane(key - Keys.Key_1)
    else:
        return False
    return True


def _picking_key(view: CompareView, key: int, shift: bool) -> bool:
    picking = view.picking
    assert picking is not None
    if key in ARROWS and shift:
        # The arrows alone jump a tenth of the pane: too far to put a pupil under the cross.
        dx, dy = ARROWS[Keys(key)]
        view.shared.pan(view.panes()[0], QPointF(-dx, -dy) * FINE_PAN)
        view.update()
    elif key == Keys.Key_Escape:
        view.stop_picking()
    elif key in (Keys.Key_Return, Keys.Key_Enter, Keys.Key_Space):
        view.pick(picking.pane, view.panes()[picking.pane].center())
    elif key == Keys.Key_Backspace:
        picking.undo()
        view.changed.emit()
        view.update()
    else:
        return False
    return True


def _alignment_key(view: CompareView, key: int, *, bigger: bool) -> bool:
    centre = view.shared.centre
    try:
        change = refined(
            view.alignment,
            key,
            bigger=bigger,
            pixels_per_unit=view.shared.scale(view.panes()[0]),
            pivot=(centre.x(), centre.y()),
        )
    except ValueError:
        view.refused.emit(
            QCoreApplication.translate(
                "CompareView", "Photo B cannot be moved, scaled or turned any further."
            )
        )
        return True
    if change is None:
        return False
    view.change_alignment(change)
    return True


def refined(
    alignment: Alignment,
    key: int,
    *,
    bigger: bool,
    pixels_per_unit: float,
    pivot: Point,
) -> Alignment | None:
    """`alignment` changed by an alignment key (Shift already held): moved, scaled or turned
    around `pivot`; None for any other key. Moves are in screen pixels, so they stay fine
    however far one zooms in. ValueError when the result would be absurd."""
    if key in ARROWS:
        dx, dy = ARROWS[Keys(key)]
        step = (BIG_NUDGE if bigger else NUDGE) / pixels_per_unit
        return alignment.nudged(dx * step, dy * step)
    if key in GROW_KEYS or key in SHRINK_KEYS:
        factor = SCALE_STEP ** (4 if bigger else 1)
        return alignment.scaled(factor if key in GROW_KEYS else 1 / factor, pivot)
    if key in TURN_KEYS:
        return alignment.rotated(TURN_KEYS[Keys(key)] * TURN_STEP * (4 if bigger else 1), pivot)
    return None
