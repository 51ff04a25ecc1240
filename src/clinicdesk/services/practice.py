"""An unlocked practice: the data folder, its vault, its database and who is working.

`create_practice` makes a new vault and database; `open_practice` unlocks an
existing one with a passphrase, a recovery key or a remembered data key. Both
hold the data folder's single-instance lock until `close()`.

Services take the Practice and run each user action in one transaction:
`with practice.writing() as session:` begins IMMEDIATE, commits, and then records
the new audit chain head in the vault header; `practice.reading()` is for reads.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from clinicdesk.db import migrate
from clinicdesk.db.base import json_text
from clinicdesk.db.engine import create_database_engine
from clinicdesk.db.models import PracticeSetting, StaffMember
from clinicdesk.errors import (
    QT_TRANSLATE_NOOP,
    PracticeLocked,
    StorageError,
    ValidationError,
    VaultDamaged,
    WrongSecret,
)
from clinicdesk.paths import DataFolder
from clinicdesk.services import audit, catalogue
from clinicdesk.services.integrity import check_head_against_header
from clinicdesk.vault.keychain import Keychain
from clinicdesk.vault.lock import DataFolderLock
from clinicdesk.vault.vault import Vault

SYSTEM_ACTOR = "ClinicDesk"
RECOVERY_KEY_SETTING = "recovery_key"


class Practice:
    def __init__(
        self,
        folder: DataFolder,
        vault: Vault,
        engine: Engine,
        data_key: bytes,
        lock: DataFolderLock,
    ) -> None:
        self.folder = folder
        self.vault = vault
        self.engine = engine
        self._data_key = data_key
        self._audit_key = audit.audit_key(data_key)
        self._lock = lock
        self._writer = engine.execution_options(begin="IMMEDIATE")
        self.actor = SYSTEM_ACTOR
        # Data that changes rarely and is read on every record opened (the treatment
        # catalogue), kept by the service that owns it and dropped when it writes.
        self.memo: dict[str, Any] = {}

    # -- transactions -------------------------------------------------------------

    def _session(self, bind: Engine) -> Session:
        if not self._data_key:  # suspended or closed: nothing may reopen the database
            raise PracticeLocked(
                QT_TRANSLATE_NOOP(
                    "ClinicDeskError", "ClinicDesk is locked; unlock it and try again."
                )
            )
        session = Session(bind=bind, expire_on_commit=False)
        session.info["audit_key"] = self._audit_key
        session.info["actor"] = self.actor
        return session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One write transaction; the audit head goes to the header after commit."""
        with self._session(self._writer) as session:
            try:
                with session.begin():
                    yield session
            except OperationalError as exc:
                raise _storage_error(exc) from None
            head = session.info.get("audit_head")
        if head is not None:
            self.vault.set_audit_head(*head)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._session(self.engine) as session, session.begin():
            yield session

    @property
    def audit_key(self) -> bytes:
        return self._audit_key

    # -- keys -----------------------------------------------------------------------

    def remember_on_this_computer(self, keychain: Keychain) -> None:
        keychain.save(self.vault.vault_id, self._data_key)
        with self.writing() as session:
            audit.record(session, "remember_key", detail={"keychain": keychain.name})

    def forget_on_this_computer(self, keychain: Keychain) -> None:
        keychain.forget(self.vault.vault_id)
        with self.writing() as session:
            audit.record(session, "forget_key", detail={"keychain": keychain.name})

    def change_passphrase(self, new_passphrase: str) -> None:
        self.vault.change_passphrase(self._data_key, new_passphrase)
        with self.writing() as session:
            audit.record(session, "change_passphrase")

    def replace_recovery_key(self) -> str:
        """A new recovery key; the old one (and every sheet printed with it) stops working."""
        recovery_key = self.vault.replace_recovery_key(self._data_key)
        with self.writing() as session:
            put_settings(session, {RECOVERY_KEY_SETTING: recovery_key})
            audit.record(session, "replace_recovery_key")
        return recovery_key

    def recovery_key(self, *, passphrase: str) -> str:
        """The current recovery key, to print the sheet again; asks for the passphrase first.

        It is kept inside the encrypted database: whoever can read it there already
        holds the data key, so keeping it adds nothing for an attacker.
        """
        self.vault.unlock_with_passphrase(passphrase)
        with self.writing() as session:
            audit.record(session, "show_recovery_key")
            return str(get_settings(session)[RECOVERY_KEY_SETTING])

    def check_passphrase(self, passphrase: str) -> None:
        """Raise WrongSecret unless `passphrase` opens this vault (to leave the kiosk)."""
        self.vault.unlock_with_passphrase(passphrase)

    def suspend(self) -> DataFolderLock:
        """Lock the screen: dispose the engine, forget the keys, keep the folder lock."""
        self.engine.dispose()
        self._data_key = self._audit_key = b""
        return self._lock

    def close(self) -> None:
        self.engine.dispose()
        self._data_key = self._audit_key = b""
        if self._lock.held:
            self._lock.release()

    def __enter__(self) -> Practice:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _storage_error(exc: OperationalError) -> StorageError:
    reason = str(exc.orig) if exc.orig is not None else "unknown"
    if "full" in reason:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "The disk is full. Nothing was saved; free some space and try again.",
            )
        )
    return StorageError(
        QT_TRANSLATE_NOOP("ClinicDeskError", "The database refused the change ({reason})."),
        reason=reason,
    )


# -- settings ----------------------------------------------------------------------


def get_settings(session: Session) -> dict[str, Any]:
    rows = session.execute(select(PracticeSetting.key, PracticeSetting.value))
    return {key: json.loads(value) for key, value in rows}


def put_settings(session: Session, values: dict[str, Any]) -> None:
    for key, value in values.items():
        session.merge(PracticeSetting(key=key, value=json_text(value)))


# -- creating and opening ----------------------------------------------------------


def _locked(folder: DataFolder) -> DataFolderLock:
    try:
        folder.root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError", "The data folder {folder} cannot be created: {reason}"
            ),
            folder=str(folder.root),
            reason=exc.strerror or str(exc),
        ) from None
    lock = DataFolderLock(folder.lock)
    lock.acquire()
    return lock


def create_practice(
    root: Path,
    *,
    passphrase: str,
    clinic_name: str,
    practitioner_name: str,
    clinic_address: str = "",
    clinic_phone: str = "",
    language: str = "en",
    country: str | None = None,
    currency: str = "EUR",
) -> tuple[Practice, str]:
    """A new vault and database in `root`; returns the open practice and the recovery key."""
    for field, value, message in (
        (
            "clinic_name",
            clinic_name,
            QT_TRANSLATE_NOOP("ClinicDeskError", "The clinic's name is required."),
        ),
        (
            "practitioner_name",
            practitioner_name,
            QT_TRANSLATE_NOOP("ClinicDeskError", "Your name is required."),
        ),
    ):
        if not value.strip():
            raise ValidationError(message, field=field)
    folder = DataFolder(root)
    lock = _locked(folder)
    try:
        if folder.database.exists() and not folder.header.exists():
            raise VaultDamaged(
                QT_TRANSLATE_NOOP(
                    "ClinicDeskError",
                    "The data folder holds a database without its vault header. It was left "
                    "as it is; restore the folder from a backup or choose another folder.",
                )
            )
        vault, data_key, recovery_key = Vault.create(folder, passphrase)
        engine = create_database_engine(folder.database, data_key, must_exist=False)
        migrate.upgrade(engine, folder.database, data_key, folder.migration_backups)
    except BaseException:
        lock.release()
        raise
    practice = Practice(folder, vault, engine, data_key, lock)
    with practice.writing() as session:
        staff = StaffMember(display_name=practitioner_name.strip(), role="owner", active=True)
        session.add(staff)
        put_settings(
            session,
            {
                "clinic_name": clinic_name.strip(),
                "clinic_address": clinic_address.strip(),
                "clinic_phone": clinic_phone.strip(),
                "language": language,
                "country": country,
                "currency": currency,
                RECOVERY_KEY_SETTING: recovery_key,
            },
        )
        session.flush()
        practice.actor = staff.display_name
        session.info["actor"] = practice.actor
        catalogue.seed_if_empty(session, currency)
        audit.record(session, "create_vault", entity_type="staff", entity_id=staff.id)
    return practice, recovery_key


def is_remembered(root: Path, keychain: Keychain) -> bool:
    """Whether this computer's keychain holds the data key of the vault in `root`."""
    return keychain.load(Vault.load(DataFolder(root)).vault_id) is not None


def open_practice(
    root: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    keychain: Keychain | None = None,
    lock: DataFolderLock | None = None,
) -> Practice:
    """Unlock the practice in `root` with whichever secret is given.

    `lock` is the folder lock a suspended Practice kept, when unlocking the screen.
    """
    folder = DataFolder(root)
    lock = lock if lock is not None and lock.held else _locked(folder)
    try:
        vault = Vault.load(folder)
        if passphrase is not None:
            data_key, method = vault.unlock_with_passphrase(passphrase), "passphrase"
        elif recovery_key is not None:
            data_key, method = vault.unlock_with_recovery_key(recovery_key), "recovery_key"
        else:
            remembered = keychain.load(vault.vault_id) if keychain else None
            if remembered is None:
                raise WrongSecret(
                    QT_TRANSLATE_NOOP(
                        "ClinicDeskError", "The key is not remembered on this computer."
                    )
                )
            data_key, method = remembered, "keychain"
        engine = create_database_engine(folder.database, data_key)
        try:
            migrate.upgrade(engine, folder.database, data_key, folder.migration_backups)
        except BaseException:
            engine.dispose()
            raise
    except BaseException:
        lock.release()
        raise
    practice = Practice(folder, vault, engine, data_key, lock)
    try:
        _after_unlock(practice, method)
    except BaseException:
        practice.close()
        raise
    return practice


def _after_unlock(practice: Practice, method: str) -> None:
    check_head_against_header(practice)
    failures = practice.vault.take_failed_unlocks()
    with practice.writing() as session:
        owner = session.scalar(
            select(StaffMember.display_name)
            .where(StaffMember.active.is_(True))
            .order_by(StaffMember.id)
            .limit(1)
        )
        practice.actor = owner or SYSTEM_ACTOR
        session.info["actor"] = practice.actor
        catalogue.seed_if_empty(session, get_settings(session).get("currency") or "EUR")
        audit.append(
            session,
            [audit.Event("failed_unlock", at=datetime.fromisoformat(at)) for at in failures]
            + [audit.Event("unlock", detail={"method": method})],
        )
