"""Locking after idle time, and after the machine slept.

Any key, click, wheel or touch counts as activity (mouse movement alone does
not: a cat on the trackpad should not keep the file open). A sleep is noticed
when the wall clock jumped much further than the monotonic clock between two
ticks (the monotonic clock stops during suspend on Linux and macOS), or when a
one-second tick arrived very late (the process was frozen). On systems that
report it, the application being suspended also locks.
"""

from __future__ import annotations

import time

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication

TICK_MS = 1000
SLEEP_GAP_SECONDS = 30.0


class IdleWatcher(QObject):
    lock_requested = Signal(str)  # "idle" or "sleep"

    def __init__(self, idle_minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.idle_seconds = idle_minutes * 60.0
        self._last_activity = time.monotonic()
        self._last_tick = (time.monotonic(), time.time())
        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._active = False
        self._watching = False
        self._activity_events: set[QEvent.Type] = set()

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle_seconds = minutes * 60.0

    def watch(self) -> None:
        """Start receiving the application's events. Not at construction: the state
        signal's argument needs Qt's namespace enums, which the unlock window is shown
        without, and PySide creates some hundred more enums for the first events a Python
        filter sees (25 ms): the app calls this while the passphrase is typed."""
        if not self._watching:
            self._activity_events = {
                QEvent.Type.KeyPress,
                QEvent.Type.MouseButtonPress,
                QEvent.Type.Wheel,
                QEvent.Type.TouchBegin,
                QEvent.Type.TabletPress,
            }
            app = QGuiApplication.instance()
            app.installEventFilter(self)
            app.applicationStateChanged.connect(self._state_changed)
            self._watching = True

    def start(self) -> None:
        self.watch()
        self._active = True
        self.touch()
        self._last_tick = (time.monotonic(), time.time())
        self._timer.start()

    def stop(self) -> None:
        self._active = False
        self._timer.stop()

    def touch(self) -> None:
        self._last_activity = time.monotonic()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._active and event.type() in self._activity_events:
            self._last_activity = time.monotonic()
        return False

    def _state_changed(self, state: QtCore.Qt.ApplicationState) -> None:
        if self._active and state == QtCore.Qt.ApplicationState.ApplicationSuspended:
            self._lock("sleep")

    def _tick(self) -> None:
        mono, wall = time.monotonic(), time.time()
        last_mono, last_wall = self._last_tick
        self._last_tick = (mono, wall)
        slept = (wall - last_wall) - (mono - last_mono) > SLEEP_GAP_SECONDS
        frozen = mono - last_mono > SLEEP_GAP_SECONDS
        if slept or frozen:
            self._lock("sleep")
        elif mono - self._last_activity >= self.idle_seconds:
            self._lock("idle")

    def _lock(self, reason: str) -> None:
        self.stop()
        self.lock_requested.emit(reason)
