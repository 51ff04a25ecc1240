"""The vault header: a small JSON file beside the database holding the key slots.

Layout (version 1)::

    {"format": "clinicdesk-vault", "version": 1, "vault_id": "<uuid4>",
     "created_at": "<UTC ISO>",
     "slots": [{"kind": "passphrase", "kdf": {...}, "nonce": b64, "wrapped_key": b64},
               {"kind": "recovery",   "kdf": {...}, "nonce": b64, "wrapped_key": b64}],
     "audit_head": {"seq": int, "hash": hex} | null,
     "failed_unlocks": [UTC ISO, ...],
     "checksum": sha256 hex of the canonical JSON of everything above}

The checksum tells a damaged file from a wrong passphrase: a wrong passphrase
fails AES-GCM on an intact header, a damaged header fails the checksum first.
Every write goes to a temporary file that is fsynced and renamed over the old
one, and the header it replaces is kept as `vault.previous.json`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from clinicdesk.errors import QT_TRANSLATE_NOOP, StorageError, VaultDamaged, VaultMissing

FORMAT = "clinicdesk-vault"
VERSION = 1
REQUIRED_FIELDS = ("format", "version", "vault_id", "slots")


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def checksum(body: dict[str, Any]) -> str:
    return hashlib.sha256(_canonical(body)).hexdigest()


def _parse(raw: bytes) -> dict[str, Any] | None:
    """The header's body when the bytes are an intact header of ours, else None."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    stored = data.pop("checksum", None)
    if stored != checksum(data) or any(field not in data for field in REQUIRED_FIELDS):
        return None
    return data


def damaged_header_error() -> VaultDamaged:
    return VaultDamaged(
        QT_TRANSLATE_NOOP(
            "ClinicDeskError",
            "The vault header (vault.json) in the data folder is damaged and its previous "
            "copy too. Your passphrase is not the problem. Restore the data folder from a "
            "backup; nothing has been changed or deleted.",
        )
    )


def read_header(path: Path, previous: Path) -> tuple[dict[str, Any], bool]:
    """The header body and whether it came from the previous copy because the current one is damaged."""
    if not path.exists() and not previous.exists():
        raise VaultMissing(
            QT_TRANSLATE_NOOP("ClinicDeskError", "There is no ClinicDesk vault in {folder}."),
            folder=str(path.parent),
        )
    for candidate, is_fallback in ((path, False), (previous, True)):
        try:
            body = _parse(candidate.read_bytes())
        except OSError:
            body = None
        if body is not None:
            if body["version"] > VERSION:
                raise VaultDamaged(
                    QT_TRANSLATE_NOOP(
                        "ClinicDeskError",
                        "This vault was made by a newer ClinicDesk. Install the latest version.",
                    )
                )
            return body, is_fallback
    raise damaged_header_error()


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; Windows has no directory handles to sync.
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a crash leaves either the old or the new file, whole."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        with tmp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(path)
        _fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError", "Could not write {name}: {reason}. Nothing was changed."
            ),
            name=path.name,
            reason=exc.strerror or str(exc),
        ) from None


def write_header(path: Path, previous: Path, body: dict[str, Any]) -> None:
    """Keep the current header as the previous copy, then replace it atomically."""
    if path.exists() and _parse(path.read_bytes()) is not None:
        atomic_write(previous, path.read_bytes())
    document = dict(body)
    document["checksum"] = checksum(body)
    atomic_write(path, json.dumps(document, indent=2, sort_keys=True).encode("utf-8"))
