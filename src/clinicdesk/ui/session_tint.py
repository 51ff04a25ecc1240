"""A new session's fields read against the client's previous session of the same treatment.

A field still as it was last time is tinted blue, one that now differs amber, and its
tooltip names the session it is compared with and, when changed, what it was then: a
colleague reading the note later, or the practitioner before treating, sees at once what
was done differently this time. The tints follow each edit; a field empty both times is
left plain.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from clinicdesk.services.sessions import SessionRecord
from clinicdesk.ui.formatting import format_date
from clinicdesk.ui.session_parameters import parameter_text

FROM_PREVIOUS = "background: #e8f1fb;"
CHANGED = "background: #fff4d6;"

# A field compared: its widget, its key in a session's note, and what it holds now.
Compared = tuple[QWidget, str, Callable[[], Any]]


def areas_text(areas: Sequence[str]) -> str:
    return "; ".join(areas)


class PreviousSessionTint(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._compared: list[Compared] = []
        self._previous: SessionRecord | None = None
        self._previous_values: dict[str, Any] = {}

    def watch(self, compared: Sequence[Compared], previous: SessionRecord | None) -> None:
        """Compare the fields `compared` with `previous` from now on, and tint them; with
        no previous session their tints are cleared and stay so."""
        self._compared = list(compared)
        self._previous = previous
        self._previous_values = (
            {key: previous.current(key) for _, key, _ in compared} if previous else {}
        )
        self.mark()

    def mark(self) -> None:
        """Tint every field compared as it now reads (after each edit)."""
        for widget, _, _ in self._compared:
            widget.setStyleSheet("")
            widget.setToolTip("")
        if not self._compared or self._previous is None:
            return
        when = format_date(self._previous.day)
        for widget, key, getter in self._compared:
            before = self._previous_values.get(key)
            now = getter()
            if before in (None, "", []) and now in (None, "", []):
                continue
            if _same(before, now):
                widget.setStyleSheet(FROM_PREVIOUS)
                widget.setToolTip(self.tr("As in the session of %1.").replace("%1", when))
            else:
                widget.setStyleSheet(CHANGED)
                shown = areas_text(before) if isinstance(before, list) else parameter_text(before)
                widget.setToolTip(
                    self.tr("Changed since the session of %1; it was: %2")
                    .replace("%1", when)
                    .replace("%2", shown or self.tr("(nothing)"))
                )


def _same(before: Any, now: Any) -> bool:
    # Numbers as typed ("1,0", "1.0", "1") against numbers as stored (1.0).
    if isinstance(before, int | float | Decimal) or isinstance(now, int | float | Decimal):
        try:
            return Decimal(str(before).replace(",", ".")) == Decimal(str(now).replace(",", "."))
        except ArithmeticError:
            return False
    return before == now
