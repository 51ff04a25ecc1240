"""Schema upgrades, run from code when a vault is unlocked.

Before any revision runs on an existing database, a copy of it is taken through
SQLite's online backup API (never a file copy, which misses WAL content), opened
and integrity-checked. Only then is the database upgraded. A database whose
revision this ClinicDesk does not know was written by a newer version and is
refused untouched.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, text

from clinicdesk.db.engine import open_keyed_connection
from clinicdesk.errors import QT_TRANSLATE_NOOP, SchemaTooNew, StorageError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
UPGRADE_COPIES_KEPT = 3


def known_revisions() -> list[str]:
    """Revision ids in order, read from the file names (NNNN_what.py, revision = "NNNN").

    Reading names instead of asking Alembic keeps its import (~0.2 s) off every
    unlock; Alembic is loaded only when there is something to upgrade. A unit test
    checks that this agrees with Alembic's own view of the scripts.
    """
    return sorted(p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("[0-9]*_*.py"))


def head_revision() -> str:
    return known_revisions()[-1]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        exists = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
        ).first()
        if not exists:
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def pending(engine: Engine) -> bool:
    current = current_revision(engine)
    if current is None:
        return True
    if current not in known_revisions():
        raise SchemaTooNew(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "This data was saved by a newer version of ClinicDesk. Install the latest "
                "version to open it; nothing has been changed.",
            )
        )
    return current != head_revision()


def upgrade(engine: Engine, database: Path, data_key: bytes, copies_folder: Path) -> Path | None:
    """Bring the schema to the newest revision; returns the verified pre-upgrade copy, if any."""
    if not pending(engine):
        return None
    copy = None
    if current_revision(engine) is not None:
        copy = take_verified_copy(database, data_key, copies_folder)
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return copy


def take_verified_copy(database: Path, data_key: bytes, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{database.stem}-before-upgrade-{stamp}.db"
    source = open_keyed_connection(database, data_key)
    try:
        copy = open_keyed_connection(target, data_key)
        try:
            source.backup(copy)
            verdict = copy.execute("PRAGMA integrity_check").fetchone()[0]
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "Could not save a copy of the database before upgrading it: {reason}. "
                "Nothing was changed.",
            ),
            reason=exc.strerror or str(exc),
        ) from None
    finally:
        source.close()
    if verdict != "ok":
        target.unlink(missing_ok=True)
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "The copy taken before upgrading did not verify, so the upgrade was not "
                "started. Nothing was changed.",
            )
        )
    for old in sorted(folder.glob(f"{database.stem}-before-upgrade-*.db"))[:-UPGRADE_COPIES_KEPT]:
        old.unlink(missing_ok=True)
    return target
