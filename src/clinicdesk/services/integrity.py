"""Integrity checks: the database pages, the schema, the audit chain and its head.

The head check is what catches a database swapped for an older copy: SQLCipher
cannot tell an old, validly encrypted page or file from a current one, but the
vault header remembers the newest audit entry, and an older database lacks it.
The database may be *ahead* of the header by the entries of the last write when
the process was killed between commit and header update; that is not tampering.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from clinicdesk.errors import QT_TRANSLATE_NOOP, VaultDamaged
from clinicdesk.services import audit

if TYPE_CHECKING:
    from clinicdesk.services.practice import Practice


@dataclass
class IntegrityReport:
    problems: list[str] = field(default_factory=list)
    audit_entries: int = 0
    clients: int = 0
    photo_files: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def head_problem(practice: Practice) -> str | None:
    """Why the header's audit head does not fit the database, or None when it does."""
    head = practice.vault.audit_head
    if head is None:
        return None
    seq, digest = head
    with practice.reading() as session:
        stored = audit.hash_at(session, seq)
    if stored is None:
        return (
            f"the audit log ends before entry {seq}, which the vault header records: "
            "the database was replaced by an older copy or entries were removed"
        )
    if stored != digest:
        return f"audit entry {seq} differs from the one the vault header records"
    return None


def check_head_against_header(practice: Practice) -> None:
    if head_problem(practice) is not None:
        raise VaultDamaged(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "The database is older than the last change recorded for this vault: it may "
                "have been replaced by an older copy. Nothing was changed. Restore your most "
                "recent backup, and run 'clinicdesk verify' for details.",
            )
        )


DATABASE_CHECKS = (
    ("encrypted pages", "PRAGMA cipher_integrity_check"),
    ("database structure", "PRAGMA integrity_check"),
    ("references", "PRAGMA foreign_key_check"),
    (
        "search index",
        "INSERT INTO client_search(client_search, rank) VALUES ('integrity-check', 1)",
    ),
)


def _database_problems(practice: Practice) -> list[str]:
    """Each check runs on its own, so one damaged page does not hide the others' findings."""
    problems = []
    with practice.engine.connect() as conn:
        for name, sql in DATABASE_CHECKS:
            try:
                result = conn.exec_driver_sql(sql)
                rows = [tuple(row) for row in result] if result.returns_rows else []
            except DBAPIError as exc:
                conn.rollback()
                problems.append(f"{name}: {exc.orig}")
                continue
            conn.rollback()
            findings = [row for row in rows if row != ("ok",)]
            problems.extend(f"{name}: {' '.join(map(str, row))}" for row in findings)
    return problems


def verify(practice: Practice) -> IntegrityReport:
    report = IntegrityReport(problems=_database_problems(practice))
    try:
        with practice.reading() as session:
            report.clients = session.execute(text("SELECT count(*) FROM clients")).scalar_one()
            chain = audit.check_chain(session, practice.audit_key)
    except DBAPIError as exc:
        report.problems.append(f"audit log unreadable: {exc.orig}")
        return report
    report.audit_entries = chain.entries
    if not chain.intact:
        report.problems.append(f"audit chain broken at entry {chain.first_bad_seq}")
    problem = head_problem(practice)
    if problem:
        report.problems.append(problem)
    elif chain.intact and chain.head is not None:
        practice.vault.set_audit_head(*chain.head)
    _check_photo_files(practice, report)
    return report


def _check_photo_files(practice: Practice, report: IntegrityReport) -> None:
    """Every photo, preview and thumbnail opened and authenticated, each original against
    its recorded hash; files nothing refers to are named too."""
    from clinicdesk.services.photos import verify_blobs

    try:
        blobs = verify_blobs(practice)
    except DBAPIError as exc:
        report.problems.append(f"photo list unreadable: {exc.orig}")
        return
    report.photo_files = blobs.checked
    report.problems += [f"photo file {name}: {problem.value}" for name, problem in blobs.problems]
    report.problems += [f"photo file {name} belongs to no photo" for name in blobs.unexpected]
    report.problems += [f"stray file in the photo store: {path.name}" for path in blobs.leftovers]
