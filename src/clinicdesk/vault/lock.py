"""One ClinicDesk process per data folder.

Two processes writing one SQLite database and one vault header would race on the
header and the audit chain head, so the second one is told plainly and stops.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from clinicdesk.errors import QT_TRANSLATE_NOOP, StorageError, VaultBusy


class DataFolderLock:
    def __init__(self, path: Path) -> None:
        self._lock = FileLock(str(path), timeout=0)

    def acquire(self) -> None:
        try:
            self._lock.acquire()
        except Timeout:
            raise VaultBusy(
                QT_TRANSLATE_NOOP(
                    "ClinicDeskError",
                    "ClinicDesk is already open on this data folder. Close the other window first.",
                )
            ) from None
        except OSError as exc:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "ClinicDeskError", "The data folder cannot be written to: {reason}"
                ),
                reason=exc.strerror or str(exc),
            ) from None

    def release(self) -> None:
        self._lock.release()

    @property
    def held(self) -> bool:
        return self._lock.is_locked
