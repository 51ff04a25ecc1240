"""The encrypted blob store: photos (and later scans) as files beside the database.

A database holding 100 GB of photos could be neither backed up nor vacuumed, so each
image is a file of its own under <data folder>/blobs/, named after what it belongs to:
`blobs/3f/photo-42-preview.blob`. The two-letter folder comes from a hash of
"photo-42", so a photo's original, preview and thumbnail sit together and no folder
grows past a few thousand files.

Every file is AES-256-GCM ciphertext, nothing else:

    b"CDBL"  version (1 byte)  key id (4 bytes, big-endian)  nonce (12 bytes)  ciphertext+tag

The nonce is fresh from os.urandom for every write. The associated data is the header
and the blob's name, so a blob copied over another photo's, or over another kind of the
same photo, or with its header edited, fails to authenticate instead of showing the
wrong picture. Keys are random 256-bit keys kept inside the (SQLCipher-encrypted)
database; the store is handed them and knows nothing of the database. The newest key
seals new blobs; the key id in each file says which one opens it.

A write goes to a temporary name in the same folder, is fsynced and then renamed over
the final name, so a crash or a full disk leaves either the old file or the new one,
never half of one; what a failed write left is removed at once. Only ciphertext ever
reaches the disk: plaintext is handed in and out as bytes.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import secrets
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from clinicdesk.errors import QT_TRANSLATE_NOOP, StorageError, VaultDamaged

FOLDER_NAME = "blobs"
SUFFIX = ".blob"
KEY_BYTES = 32
MAGIC = b"CDBL"
VERSION = 1
NONCE_BYTES = 12
TAG_BYTES = 16
HEADER_BYTES = len(MAGIC) + 1 + 4
_PREFIX = MAGIC + bytes([VERSION])
_NAME = re.compile(r"([a-z][a-z_]*)-([1-9][0-9]*)-([a-z][a-z_]*)")
_TEMP_MARK = ".tmp-"
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def blob_folder(data_folder: Path) -> Path:
    """Where the blob store of the data folder rooted at `data_folder` keeps its files."""
    return data_folder / FOLDER_NAME


@dataclass(frozen=True, order=True)
class BlobName:
    """What a blob belongs to: `owner` ("photo"), that record's id, and its `kind`."""

    owner: str
    owner_id: int
    kind: str

    def __post_init__(self) -> None:
        if not _NAME.fullmatch(str(self)):
            raise ValueError(f"not a blob name: {self.owner!r}, {self.owner_id!r}, {self.kind!r}")

    def __str__(self) -> str:
        return f"{self.owner}-{self.owner_id}-{self.kind}"

    @classmethod
    def parse(cls, text: str) -> BlobName | None:
        match = _NAME.fullmatch(text)
        return cls(match[1], int(match[2]), match[3]) if match else None


class BlobProblem(StrEnum):
    MISSING = "missing"
    UNREADABLE = "unreadable"  # the disk refused to read it
    UNKNOWN_KEY = "unknown key"  # sealed with a key this database does not hold
    DAMAGED = "damaged"  # cut short, altered, or moved from another name
    # Authentic, but not the content the caller recorded: an older copy put back.
    REPLACED = "replaced"


@dataclass(frozen=True)
class BlobReport:
    """What `BlobStore.verify` found: every blob it opened and authenticated."""

    checked: int
    problems: tuple[tuple[BlobName, BlobProblem], ...] = ()
    # Blobs present that nothing expects (only when the caller said what it expects).
    unexpected: tuple[BlobName, ...] = ()
    # Files that are no blob: temporary files of an interrupted write, anything foreign.
    leftovers: tuple[Path, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not (self.problems or self.unexpected or self.leftovers)


def _storage_error(exc: OSError, folder: Path) -> StorageError:
    if exc.errno in _FULL:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "The disk is full. Nothing was saved; free some space and try again.",
            )
        )
    return StorageError(
        QT_TRANSLATE_NOOP(
            "ClinicDeskError", "ClinicDesk cannot write in {folder}: {reason}. Nothing was saved."
        ),
        folder=str(folder),
        reason=exc.strerror or type(exc).__name__,
    )


def _missing(name: BlobName) -> VaultDamaged:
    return VaultDamaged(
        QT_TRANSLATE_NOOP(
            "ClinicDeskError",
            "The stored file {name} is missing from the data folder. Restore the folder from "
            "a backup; 'clinicdesk verify' lists every file affected.",
        ),
        name=str(name),
    )


def _damaged(name: BlobName) -> VaultDamaged:
    return VaultDamaged(
        QT_TRANSLATE_NOOP(
            "ClinicDeskError",
            "The stored file {name} is damaged or was altered, so it cannot be opened. Restore "
            "the folder from a backup; 'clinicdesk verify' lists every file affected.",
        ),
        name=str(name),
    )


class _Unopenable(Exception):
    def __init__(self, problem: BlobProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


class BlobStore:
    """The blobs under `folder`, sealed and opened with `keys` (key id: 32-byte key)."""

    def __init__(self, folder: Path, keys: Mapping[int, bytes]) -> None:
        if not keys or any(len(key) != KEY_BYTES for key in keys.values()):
            raise ValueError("a blob store needs at least one 256-bit key")
        self.folder = folder
        self._keys = dict(keys)
        self._sealing_id = max(self._keys)

    def path(self, name: BlobName) -> Path:
        shard = hashlib.sha256(f"{name.owner}-{name.owner_id}".encode()).hexdigest()[:2]
        return self.folder / shard / f"{name}{SUFFIX}"

    @staticmethod
    def _associated(header: bytes, name: BlobName) -> bytes:
        return header + b"\0" + str(name).encode("ascii")

    # -- writing ----------------------------------------------------------------------

    def write(self, name: BlobName, plaintext: bytes) -> None:
        """Seal `plaintext` as `name`, replacing any blob of that name all at once."""
        header = _PREFIX + self._sealing_id.to_bytes(4, "big")
        nonce = os.urandom(NONCE_BYTES)
        sealed = AESGCM(self._keys[self._sealing_id]).encrypt(
            nonce, plaintext, self._associated(header, name)
        )
        target = self.path(name)
        temporary = target.with_name(f"{target.name}{_TEMP_MARK}{secrets.token_hex(8)}")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with temporary.open("xb") as file:
                file.write(header + nonce + sealed)
                file.flush()
                os.fsync(file.fileno())
            temporary.replace(target)
            _sync_folder(target.parent)
        except OSError as exc:
            with contextlib.suppress(OSError):  # the folder itself may be what failed
                temporary.unlink(missing_ok=True)
            raise _storage_error(exc, self.folder) from None

    def delete(self, name: BlobName) -> None:
        """Remove the blob if it is there, and make the removal durable."""
        target = self.path(name)
        try:
            target.unlink(missing_ok=True)
            if target.parent.is_dir():
                _sync_folder(target.parent)
        except OSError as exc:
            raise _storage_error(exc, self.folder) from None

    def remove_leftovers(self) -> int:
        """Delete what interrupted writes left (ciphertext only); returns how many."""
        leftovers = [path for path in self._files() if _TEMP_MARK in path.name]
        for path in leftovers:
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:
                raise _storage_error(exc, self.folder) from None
        return len(leftovers)

    # -- reading ----------------------------------------------------------------------

    def _open(self, name: BlobName) -> bytes:
        try:
            stored = self.path(name).read_bytes()
        except FileNotFoundError:
            raise _Unopenable(BlobProblem.MISSING) from None
        except OSError:
            raise _Unopenable(BlobProblem.UNREADABLE) from None
        header = stored[:HEADER_BYTES]
        if len(stored) < HEADER_BYTES + NONCE_BYTES + TAG_BYTES or not header.startswith(_PREFIX):
            raise _Unopenable(BlobProblem.DAMAGED)
        key = self._keys.get(int.from_bytes(header[len(_PREFIX) :], "big"))
        if key is None:
            raise _Unopenable(BlobProblem.UNKNOWN_KEY)
        nonce = stored[HEADER_BYTES : HEADER_BYTES + NONCE_BYTES]
        try:
            return AESGCM(key).decrypt(
                nonce, stored[HEADER_BYTES + NONCE_BYTES :], self._associated(header, name)
            )
        except InvalidTag:
            raise _Unopenable(BlobProblem.DAMAGED) from None

    def read(self, name: BlobName) -> bytes:
        """The plaintext of `name`, authenticated; VaultDamaged when it cannot be."""
        try:
            return self._open(name)
        except _Unopenable as failure:
            if failure.problem is BlobProblem.MISSING:
                raise _missing(name) from None
            if failure.problem is BlobProblem.UNREADABLE:
                raise StorageError(
                    QT_TRANSLATE_NOOP(
                        "ClinicDeskError", "The stored file {name} could not be read from disk."
                    ),
                    name=str(name),
                ) from None
            raise _damaged(name) from None

    def problem(self, name: BlobName, sha256: str | None = None) -> BlobProblem | None:
        """Why `name` cannot be opened and authenticated (or, given its `sha256`, is not
        the content recorded), or None when it can and is."""
        try:
            plaintext = self._open(name)
        except _Unopenable as failure:
            return failure.problem
        if sha256 is not None and hashlib.sha256(plaintext).hexdigest() != sha256:
            return BlobProblem.REPLACED
        return None

    # -- listing and verifying --------------------------------------------------------

    def _files(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(path for path in self.folder.glob("*/*") if path.is_file())

    def names(self) -> list[BlobName]:
        """Every blob present, in order; files that are not blobs are `leftovers()`."""
        found = []
        for path in self._files():
            name = BlobName.parse(path.name.removesuffix(SUFFIX))
            if path.suffix == SUFFIX and name is not None and self.path(name) == path:
                found.append(name)
        return sorted(found)

    def leftovers(self) -> list[Path]:
        present = {self.path(name) for name in self.names()}
        return [path for path in self._files() if path not in present]

    def verify(
        self,
        expected: Iterable[BlobName] | None = None,
        *,
        digests: Mapping[BlobName, str] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> BlobReport:
        """Open and authenticate every blob present (or every one `expected`), checking
        the SHA-256 of those in `digests`; report each that fails, those present but not
        expected, and files that are no blob. `progress(done, total)` follows along."""
        present = self.names()
        wanted = sorted(set(expected)) if expected is not None else present
        digests = digests or {}
        problems = []
        for done, name in enumerate(wanted, 1):
            problem = self.problem(name, digests.get(name))
            if problem is not None:
                problems.append((name, problem))
            if progress:
                progress(done, len(wanted))
        unexpected = sorted(set(present) - set(wanted)) if expected is not None else []
        return BlobReport(len(wanted), tuple(problems), tuple(unexpected), tuple(self.leftovers()))


def _sync_folder(folder: Path) -> None:
    """Make a rename or removal in `folder` durable; Windows cannot open a folder for it,
    and NTFS journals the rename itself."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
