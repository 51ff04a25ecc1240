"""A practice's vault: the data key, wrapped once per key slot in the header.

Creating a vault draws a random data key, wraps it under the passphrase and under
a fresh recovery key, and writes the header. Unlocking unwraps it again. Changing
the passphrase or the recovery key rewrites only the header's slot, never the
database, because the database is keyed with the data key itself.
"""

from __future__ import annotations

import os
import threading
import uuid
from datetime import UTC, datetime
from typing import Any

from clinicdesk.errors import QT_TRANSLATE_NOOP, ValidationError, VaultExists, WrongSecret
from clinicdesk.paths import DataFolder
from clinicdesk.rules.passphrase import MIN_PASSPHRASE_LENGTH
from clinicdesk.vault import header as header_file
from clinicdesk.vault import kdf
from clinicdesk.vault.recovery import canonical_recovery_key, new_recovery_key

PASSPHRASE = "passphrase"  # noqa: S105 - a slot kind, not a secret
RECOVERY = "recovery"
_RECOVERY_INFO = b"clinicdesk recovery slot"
_MAX_FAILED_KEPT = 100


def _associated(vault_id: str, kind: str) -> bytes:
    # Binds a wrapped key to its vault and slot: a slot copied from another vault fails.
    return f"clinicdesk:{vault_id}:{kind}".encode()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Vault:
    """The header of one data folder, with the operations on its key slots."""

    def __init__(self, folder: DataFolder, body: dict[str, Any], recovered: bool) -> None:
        self.folder = folder
        self._body = body
        self.recovered_from_previous = recovered
        # Writer threads finish transactions concurrently; the header is one file.
        self._write_lock = threading.RLock()

    # -- creating and loading -------------------------------------------------

    @classmethod
    def create(cls, folder: DataFolder, passphrase: str) -> tuple[Vault, bytes, str]:
        """A new vault: returns it, the data key and the recovery key to show once."""
        if folder.exists():
            raise VaultExists(
                QT_TRANSLATE_NOOP(
                    "ClinicDeskError", "A ClinicDesk vault already exists in {folder}."
                ),
                folder=str(folder.root),
            )
        check_passphrase_acceptable(passphrase)
        folder.root.mkdir(parents=True, exist_ok=True)
        data_key = os.urandom(kdf.KEY_BYTES)
        body: dict[str, Any] = {
            "format": header_file.FORMAT,
            "version": header_file.VERSION,
            "vault_id": str(uuid.uuid4()),
            "created_at": _now(),
            "slots": [],
            "audit_head": None,
            "failed_unlocks": [],
        }
        vault = cls(folder, body, recovered=False)
        vault._set_passphrase_slot(data_key, passphrase)
        recovery_key = vault._set_recovery_slot(data_key)
        vault._save()
        return vault, data_key, recovery_key

    @classmethod
    def load(cls, folder: DataFolder) -> Vault:
        body, recovered = header_file.read_header(folder.header, folder.header_previous)
        return cls(folder, body, recovered)

    @property
    def vault_id(self) -> str:
        return str(self._body["vault_id"])

    # -- unlocking --------------------------------------------------------------

    def unlock_with_passphrase(self, passphrase: str) -> bytes:
        slot = self._slot(PASSPHRASE)
        params = kdf.Argon2Params.from_json(slot["kdf"])
        wrapping_key = params.derive(kdf.normalise_passphrase(passphrase))
        return self._unwrap_or_fail(slot, wrapping_key, PASSPHRASE)

    def unlock_with_recovery_key(self, typed: str) -> bytes:
        canonical = canonical_recovery_key(typed)
        if canonical is None:
            self._record_failure()
            raise WrongSecret(
                QT_TRANSLATE_NOOP(
                    "ClinicDeskError",
                    "A recovery key has 24 letters and digits in six groups of four. "
                    "Check what you typed against the Recovery Sheet.",
                )
            )
        slot = self._slot(RECOVERY)
        wrapping_key = kdf.hkdf_key(
            canonical.encode(), kdf.unb64(slot["kdf"]["salt"]), _RECOVERY_INFO
        )
        return self._unwrap_or_fail(slot, wrapping_key, RECOVERY)

    def _unwrap_or_fail(self, slot: dict[str, Any], wrapping_key: bytes, kind: str) -> bytes:
        data_key = kdf.unwrap(
            wrapping_key,
            kdf.unb64(slot["nonce"]),
            kdf.unb64(slot["wrapped_key"]),
            _associated(self.vault_id, kind),
        )
        if data_key is None:
            self._record_failure()
            if kind == PASSPHRASE:
                raise WrongSecret(
                    QT_TRANSLATE_NOOP("ClinicDeskError", "That passphrase is not correct.")
                )
            raise WrongSecret(
                QT_TRANSLATE_NOOP("ClinicDeskError", "That recovery key does not open this vault.")
            )
        return data_key

    def _record_failure(self) -> None:
        # Kept in the header because a failed unlock cannot write to the database;
        # the next successful unlock moves these into the audit log.
        failures = [*self._body.get("failed_unlocks", []), _now()][-_MAX_FAILED_KEPT:]
        self._body["failed_unlocks"] = failures
        self._save()

    def take_failed_unlocks(self) -> list[str]:
        """The failed attempts since the last unlock (UTC ISO times), clearing them."""
        failures = list(self._body.get("failed_unlocks", []))
        if failures:
            self._body["failed_unlocks"] = []
            self._save()
        return failures

    # -- changing secrets -------------------------------------------------------

    def change_passphrase(self, data_key: bytes, new_passphrase: str) -> None:
        check_passphrase_acceptable(new_passphrase)
        self._set_passphrase_slot(data_key, new_passphrase)
        self._save()

    def replace_recovery_key(self, data_key: bytes) -> str:
        recovery_key = self._set_recovery_slot(data_key)
        self._save()
        return recovery_key

    def _set_passphrase_slot(self, data_key: bytes, passphrase: str) -> None:
        params = kdf.tuned_argon2_params()
        wrapping_key = params.derive(kdf.normalise_passphrase(passphrase))
        self._put_slot(PASSPHRASE, params.to_json(), wrapping_key, data_key)

    def _set_recovery_slot(self, data_key: bytes) -> str:
        recovery_key = new_recovery_key()
        salt = os.urandom(16)
        canonical = canonical_recovery_key(recovery_key)
        assert canonical is not None
        wrapping_key = kdf.hkdf_key(canonical.encode(), salt, _RECOVERY_INFO)
        self._put_slot(
            RECOVERY, {"name": "hkdf-sha256", "salt": kdf.b64(salt)}, wrapping_key, data_key
        )
        return recovery_key

    def _put_slot(
        self, kind: str, kdf_json: dict[str, Any], wrapping_key: bytes, data_key: bytes
    ) -> None:
        nonce, wrapped = kdf.wrap(wrapping_key, data_key, _associated(self.vault_id, kind))
        slot = {
            "kind": kind,
            "kdf": kdf_json,
            "nonce": kdf.b64(nonce),
            "wrapped_key": kdf.b64(wrapped),
        }
        self._body["slots"] = [s for s in self._body["slots"] if s["kind"] != kind] + [slot]

    def _slot(self, kind: str) -> dict[str, Any]:
        for slot in self._body["slots"]:
            if slot.get("kind") == kind:
                return dict(slot)
        raise header_file.damaged_header_error()

    # -- audit chain head -------------------------------------------------------

    @property
    def audit_head(self) -> tuple[int, str] | None:
        head = self._body.get("audit_head")
        return (int(head["seq"]), str(head["hash"])) if head else None

    def set_audit_head(self, seq: int, digest: str) -> None:
        """Record the newest audit entry; a head older than the one recorded is ignored."""
        with self._write_lock:
            current = self.audit_head
            if current is not None and current[0] >= seq:
                return
            self._body["audit_head"] = {"seq": seq, "hash": digest}
            self._save()

    def _save(self) -> None:
        with self._write_lock:
            header_file.write_header(self.folder.header, self.folder.header_previous, self._body)
            self.recovered_from_previous = False


def check_passphrase_acceptable(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "A passphrase needs at least {count} characters."),
            field="passphrase",
            count=MIN_PASSPHRASE_LENGTH,
        )
