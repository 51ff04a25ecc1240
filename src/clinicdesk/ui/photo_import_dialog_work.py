"""The import dialog's work on a worker thread: read the chosen files and import them.

A file over photo_import.MAX_FILE_BYTES is refused by its size, before a byte of it is
read; one that cannot be opened is refused with the system's reason. The rest are read a
few at a time (at most CHUNK_BYTES held at once, so fifty 40 MB scans never sit in memory
together) and handed to photo_import.import_photos, whose progress and cancel callbacks
are passed through. Nothing is written anywhere but through the import service.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from clinicdesk.errors import QT_TRANSLATE_NOOP, ImportFailed
from clinicdesk.services import photo_import
from clinicdesk.services.photo_import import Imported, ImportReport, Refused
from clinicdesk.services.photos import PhotoDetails
from clinicdesk.services.practice import Practice

CHUNK_BYTES = 256 * 2**20


def too_long(name: str) -> ImportFailed:
    # The import service's own message, so it reads (and is translated) the same.
    return ImportFailed(
        QT_TRANSLATE_NOOP(
            "ClinicDeskError", "{file} is larger than {limit} MB, more than any photo needs."
        ),
        file=name,
        limit=photo_import.MAX_FILE_BYTES // 2**20,
    )


def unreadable(name: str, error: OSError) -> ImportFailed:
    return ImportFailed(
        QT_TRANSLATE_NOOP("ClinicDeskError", "{file} cannot be opened: {reason}."),
        file=name,
        reason=error.strerror or type(error).__name__,
    )


def import_files(
    practice: Practice,
    *,
    client_id: int,
    paths: Sequence[Path],
    details: PhotoDetails,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> ImportReport:
    """Import the photos at `paths` with the same details; one report for them all."""
    total = len(paths)
    imported: list[Imported] = []
    refused: list[Refused] = []
    done = index = 0
    while index < total:
        if cancelled():
            skipped = tuple(path.name for path in paths[index:])
            return ImportReport(tuple(imported), tuple(refused), skipped, cancelled=True)
        chunk: list[tuple[str, bytes]] = []
        held = 0
        while index < total and held < CHUNK_BYTES:
            path = paths[index]
            index += 1
            try:
                if path.stat().st_size > photo_import.MAX_FILE_BYTES:
                    refusal = too_long(path.name)
                else:
                    data = path.read_bytes()
                    chunk.append((path.name, data))
                    held += len(data)
                    continue
            except OSError as error:
                refusal = unreadable(path.name, error)
            refused.append(Refused(path.name, refusal))
            done += 1
            progress(done, total)
        if not chunk:
            continue
        before = done
        report = photo_import.import_photos(
            practice,
            client_id=client_id,
            files=chunk,
            details=details,
            progress=lambda count, _, before=before: progress(before + count, total),
            cancelled=cancelled,
        )
        chunk.clear()  # let the bytes go before the next files are read
        imported += report.imported
        refused += report.refused
        done = before + len(report.imported) + len(report.refused)
        if report.cancelled or report.failure is not None:
            skipped = report.skipped + tuple(path.name for path in paths[index:])
            return ImportReport(
                tuple(imported),
                tuple(refused),
                skipped,
                cancelled=report.cancelled,
                failure=report.failure,
            )
    return ImportReport(tuple(imported), tuple(refused))
