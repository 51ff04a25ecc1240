"""Opening the SQLCipher database with the data key.

Every connection is made by `_connect`, which keys it with the raw 256-bit data
key (no KDF: the slow derivation already happened once, when the vault header
was unlocked), proves the key with a real query, and sets the pragmas below.

Durability: WAL journal with synchronous=FULL. WAL lets a worker thread write
(an import, a photo) while the window keeps reading; FULL makes every commit
survive a power cut, which NORMAL does not in WAL mode. Losing the last minute
of notes is not acceptable for a clinical record; the extra fsync per commit is.

Threads: one QueuePool of keyed connections, created with check_same_thread off
because the pool hands a connection to one thread at a time and takes it back;
a worker thread therefore reuses an already keyed connection and never closes
one that another thread is using.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from clinicdesk.errors import QT_TRANSLATE_NOOP, VaultDamaged

# 256 MiB page cache: SQLCipher decrypts each page it reads, so a large cache
# brings lookups and scans to within 1.0-1.2x of plain SQLite (measured).
CACHE_SIZE_KIB = 262_144
BUSY_TIMEOUT_MS = 10_000

PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    f"PRAGMA cache_size = -{CACHE_SIZE_KIB}",
)


def database_damaged(path: Path) -> VaultDamaged:
    return VaultDamaged(
        QT_TRANSLATE_NOOP(
            "ClinicDeskError",
            "The database {name} cannot be read: it is damaged or it does not belong to "
            "this vault. It has not been changed or deleted. Restore the data folder "
            "from a backup.",
        ),
        name=path.name,
    )


def key_pragma(data_key: bytes) -> str:
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def open_keyed_connection(path: Path, data_key: bytes) -> sqlcipher3.Connection:
    """A raw sqlcipher3 connection, keyed and checked; used by the pool and by backups."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # Silence SQLCipher's own logging of HMAC failures before anything is read.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(data_key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in PRAGMAS:
            conn.execute(pragma)
    except sqlcipher3.DatabaseError:
        conn.close()
        raise database_damaged(path) from None
    return conn


def create_database_engine(path: Path, data_key: bytes, *, must_exist: bool = True) -> Engine:
    """An engine over the encrypted database at `path`; the key is checked before returning."""
    if must_exist and not path.exists():
        raise VaultDamaged(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "The database file {name} is missing from the data folder. Restore the data "
                "folder from a backup; ClinicDesk will not create an empty one in its place.",
            ),
            name=path.name,
        )
    engine = create_engine(
        # The plain pysqlite dialect over the sqlcipher3 module: the pysqlcipher dialect
        # would send its own "PRAGMA key" from the URL on every new connection.
        "sqlite://",
        module=sqlcipher3,
        creator=lambda: open_keyed_connection(path, data_key),
        poolclass=QueuePool,
        pool_size=3,
        max_overflow=3,
        pool_pre_ping=False,
        hide_parameters=True,
    )
    _install_transaction_control(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
    return engine


def _install_transaction_control(engine: Engine) -> None:
    """Let SQLAlchemy own BEGIN, so writers can take the write lock up front.

    The driver runs in autocommit mode (isolation_level=None); this emits BEGIN
    itself. Writes begin IMMEDIATE so two writers never both read the same audit
    chain head; reads begin DEFERRED and never block a writer under WAL.
    """

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")
