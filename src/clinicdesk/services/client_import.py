"""Importing clients from a CSV file: everything or nothing.

The file is read in memory (csv_reading decides encoding, delimiter and
columns). Rows that are already in ClinicDesk (same name and birth date) or that
repeat an earlier row of the same file are skipped and reported, so importing
the same file twice does not double the client list.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from clinicdesk.errors import QT_TRANSLATE_NOOP, ImportFailed
from clinicdesk.services import clients
from clinicdesk.services.client_search import sort_name
from clinicdesk.services.csv_reading import SkippedRow, read_client_csv
from clinicdesk.services.practice import Practice

MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class ImportReport:
    imported: int
    skipped: list[SkippedRow]
    encoding: str
    delimiter: str
    columns: dict[str, str]


def read_file(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportFailed(
                QT_TRANSLATE_NOOP(
                    "ClinicDeskError", "{name} is larger than 200 MB; it cannot be a client list."
                ),
                name=path.name,
            )
        return path.read_bytes()
    except OSError as exc:
        raise ImportFailed(
            QT_TRANSLATE_NOOP("ClinicDeskError", "{name} cannot be read: {reason}"),
            name=path.name,
            reason=exc.strerror or str(exc),
        ) from None


def import_clients(practice: Practice, *, path: Path, dry_run: bool = False) -> ImportReport:
    parsed = read_client_csv(read_file(path))
    known = clients.existing_name_birth_pairs(practice)
    skipped = list(parsed.skipped)
    accepted = []
    for row in parsed.rows:
        identity = (
            sort_name(row.fields.family_name, row.fields.given_name),
            row.fields.date_of_birth,
        )
        if identity in known:
            where = known[identity]
            reason = (
                f"already in ClinicDesk (client {where})"
                if where > 0
                else f"repeats line {-where} of this file"
            )
            skipped.append(SkippedRow(row.line, reason))
            continue
        known[identity] = -row.line
        accepted.append(row.fields)
    skipped.sort(key=lambda s: s.line)
    if accepted and not dry_run:
        clients.create_clients_bulk(
            practice,
            items=accepted,
            source="import",
            summary={
                "file_type": "csv",
                "encoding": parsed.encoding,
                "imported": len(accepted),
                "skipped": len(skipped),
            },
        )
    return ImportReport(len(accepted), skipped, parsed.encoding, parsed.delimiter, parsed.columns)
