"""Showing errors to a person, and the last-resort exception hook.

A ClinicDeskError already carries a message fit to show; anything else is a
bug. The hook logs the bug's type and the code locations it passed through,
never the exception's text or local values (they may hold a client's name),
then tells the practitioner plainly what happened, and the app keeps running.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Mapping
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from clinicdesk.errors import ClinicDeskError

log = logging.getLogger("clinicdesk")


def message_for(error: ClinicDeskError) -> str:
    return error.translated(QCoreApplication.translate)


def error_label(name: str) -> QLabel:
    """The red line under a field where its problem is said; hidden until there is one."""
    label = QLabel()
    label.setObjectName(f"error_{name}")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


def show_beside_field(labels: Mapping[str, QLabel], error: ClinicDeskError, fallback: str) -> None:
    """The problem under the field it names, or under `fallback`'s when it names none of
    them."""
    label = labels.get(getattr(error, "field", None) or "", labels[fallback])
    label.setText(message_for(error))
    label.show()


def show_error(parent: QWidget | None, error: ClinicDeskError) -> None:
    QMessageBox.warning(
        parent, QCoreApplication.translate("Errors", "ClinicDesk"), message_for(error)
    )


def code_locations(tb: TracebackType | None) -> str:
    """Where the error passed, as file:line in function; no values, no message."""
    frames = traceback.extract_tb(tb)
    return " <- ".join(
        f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} in {f.name}" for f in reversed(frames)
    )


class _Relay(QObject):
    """Carries errors from any thread to the GUI thread."""

    raised = Signal(str)


class ExceptionHook:
    def __init__(self) -> None:
        self._relay = _Relay()
        # Shown from the event loop, never from inside the hook: across threads the signal
        # is queued, and in the GUI thread the timer defers it.
        self._relay.raised.connect(
            lambda message: QTimer.singleShot(0, lambda: self._show(message))
        )
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self._hook
        threading.excepthook = lambda args: self._hook(
            args.exc_type, args.exc_value, args.exc_traceback
        )

    def _hook(
        self,
        kind: type[BaseException],
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(value, ClinicDeskError):
            self._relay.raised.emit(message_for(value))
            return
        log.error("unexpected %s at %s", kind.__name__, code_locations(tb))
        self._relay.raised.emit("")

    def _show(self, message: str) -> None:
        if self._showing:  # one dialog at a time, even if errors cascade
            return
        self._showing = True
        try:
            text = message or QCoreApplication.translate(
                "Errors",
                "Something went wrong in ClinicDesk. Your records are safe: every change is "
                "saved completely or not at all, so the last action may not have been saved. "
                "You can carry on working. The error was noted in the log, without any "
                "client data.",
            )
            QMessageBox.warning(
                QApplication.activeWindow(),
                QCoreApplication.translate("Errors", "ClinicDesk"),
                text,
            )
        finally:
            self._showing = False
