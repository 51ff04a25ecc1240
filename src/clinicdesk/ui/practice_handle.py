"""The open practice, as widgets reach it.

Widgets keep this handle rather than the Practice itself, because the practice
is closed when the screen locks and a new one is opened at unlock; an editor
left open across a lock then saves through the new one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from clinicdesk.services.practice import Practice


class PracticeHandle(QObject):
    locked = Signal()
    unlocked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._practice: Practice | None = None

    @property
    def practice(self) -> Practice:
        if self._practice is None:
            raise RuntimeError("the practice is locked")
        return self._practice

    @property
    def is_open(self) -> bool:
        return self._practice is not None

    def set(self, practice: Practice) -> None:
        self._practice = practice
        self.unlocked.emit()

    def clear(self) -> Practice | None:
        practice, self._practice = self._practice, None
        self.locked.emit()
        return practice
