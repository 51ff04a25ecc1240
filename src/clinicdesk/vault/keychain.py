"""'Remember on this computer': the data key in the operating system's keychain.

Only a real keychain is accepted: Windows Credential Locker, the macOS Keychain,
or the Secret Service (GNOME Keyring, KWallet) on Linux. keyring's fail and null
backends, and the plaintext or weakly encrypted files of keyrings.alt, are never
used: when no real keychain is present the option is simply unavailable and
nothing is written anywhere.
"""

from __future__ import annotations

import base64
import contextlib
from typing import Protocol

SERVICE_NAME = "ClinicDesk"

# Backends that keep secrets in the OS's protected store, by module and class name.
APPROVED_BACKENDS = {
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Locker",
    "keyring.backends.macOS.Keyring": "macOS Keychain",
    "keyring.backends.SecretService.Keyring": "Secret Service",
    "keyring.backends.libsecret.Keyring": "Secret Service",
    "keyring.backends.kwallet.DBusKeyring": "KWallet",
}


class Keychain(Protocol):
    """Where a remembered data key lives; `name` says which store that is, for the UI."""

    name: str

    def save(self, vault_id: str, data_key: bytes) -> None: ...

    def load(self, vault_id: str) -> bytes | None: ...

    def forget(self, vault_id: str) -> None: ...


class OsKeychain:
    """A keychain reached through one approved `keyring` backend."""

    def __init__(self, backend, name: str) -> None:
        self._backend = backend
        self.name = name

    def save(self, vault_id: str, data_key: bytes) -> None:
        self._backend.set_password(SERVICE_NAME, vault_id, base64.b64encode(data_key).decode())

    def load(self, vault_id: str) -> bytes | None:
        try:
            stored = self._backend.get_password(SERVICE_NAME, vault_id)
        except Exception:
            return None
        return base64.b64decode(stored) if stored else None

    def forget(self, vault_id: str) -> None:
        # Nothing stored is the outcome wanted, so a failure to delete is no error.
        with contextlib.suppress(Exception):
            self._backend.delete_password(SERVICE_NAME, vault_id)


def backend_label(backend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def system_keychain() -> OsKeychain | None:
    """The best approved keychain on this machine, or None when there is none."""
    try:
        from keyring.backend import get_all_keyring
    except ImportError:
        return None
    try:
        candidates = get_all_keyring()
    except Exception:
        return None
    approved = [b for b in candidates if backend_label(b) in APPROVED_BACKENDS]
    if not approved:
        return None
    best = max(approved, key=lambda b: b.priority)
    return OsKeychain(best, APPROVED_BACKENDS[backend_label(best)])
