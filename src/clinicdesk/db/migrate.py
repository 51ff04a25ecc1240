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

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine

from clinicdesk.db.engine import open_keyed_connection
from clinicdesk.errors import QT_TRANSLATE_NOOP, SchemaTooNew, StorageError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
UPGRADE_COPIES_KEPT = 3


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    heads = ScriptDirectory.from_config(_config()).get_heads()
    assert len(heads) == 1, "the migrations must form one line"
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def pending(engine: Engine) -> bool:
    current = current_revision(engine)
    if current is None:
        return True
    try:
        ScriptDirectory.from_config(_config()).get_revision(current)
    except CommandError:
        raise SchemaTooNew(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "This data was saved by a newer version of ClinicDesk. Install the latest "
                "version to open it; nothing has been changed.",
            )
        ) from None
    return current != head_revision()


def upgrade(engine: Engine, database: Path, data_key: bytes, copies_folder: Path) -> Path | None:
    """Bring the schema to the newest revision; returns the verified pre-upgrade copy, if any."""
    if not pending(engine):
        return None
    copy = None
    if current_revision(engine) is not None:
        copy = take_verified_copy(database, data_key, copies_folder)
    config = _config()
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
