"""Slow work off the GUI thread, with success and failure callbacks on it.

The work function must not touch widgets; it gets its inputs as arguments and
returns a result. Callbacks run back on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from clinicdesk.errors import ClinicDeskError


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except ClinicDeskError as error:
            self.signals.failed.emit(error)
        except Exception as error:
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)


_running: set[_Job] = set()


def run_in_background(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
) -> None:
    job = _Job(work)
    _running.add(job)  # keep the job and its signals alive until it reports

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(job)
        callback(value)

    job.signals.succeeded.connect(lambda result: finish(on_success, result))
    job.signals.failed.connect(lambda error: finish(on_failure, error))
    job.setAutoDelete(False)
    QThreadPool.globalInstance().start(job)
