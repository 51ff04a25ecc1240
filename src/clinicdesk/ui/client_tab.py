"""A tab of the client record that reads its client's data only while it is in view.

The record shows a client in every tab at once; a tab that reads much (the timeline, the
photos' thumbnails) is only marked stale when hidden, and reads when it is shown. Showing
another client clears the tab first, so nothing of the previous client stays, even in a
hidden tab. Subclasses give `_load` (read and show) and `clear` (forget everything).
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from clinicdesk.services.clients import ClientRecord
from clinicdesk.ui.practice_handle import PracticeHandle


class LazyClientTab(QWidget):
    def __init__(self, handle: PracticeHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._handle = handle
        self.client: ClientRecord | None = None
        self._stale = False

    def show_client(self, client: ClientRecord) -> None:
        """Show this client: now if the tab is in view, else when it is shown."""
        if self.client is None or self.client.id != client.id:
            self.clear()
        self.client = client
        self.refresh()

    def refresh(self) -> None:
        """Read again (something was recorded here or elsewhere in the record)."""
        if self.client is None or not self._handle.is_open:
            return
        self._stale = True
        if self.isVisible():
            self._load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.client is not None and self._handle.is_open:
            self._load()
