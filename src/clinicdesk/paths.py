"""Where ClinicDesk keeps its files, and where it finds the files it ships with.

The data folder holds everything of one practice: the vault header, the encrypted
database and (later) the encrypted blob store. It is the platform's user data
folder unless `--data-dir` or CLINICDESK_DATA_DIR names another.
`data_folder_problem` says, before anything is opened, why a folder cannot be used.
"""

from __future__ import annotations

import errno
import os
import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import platformdirs

from clinicdesk import APP_NAME

DATA_DIR_ENV = "CLINICDESK_DATA_DIR"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: the explicit override, then the environment, then the platform default."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    return Path(chosen).expanduser().resolve() if chosen else default_data_dir()


def resource_path(*parts: str) -> Path:
    """A file shipped with ClinicDesk (fonts, rules, translations, templates), in a source
    checkout, an installed wheel or a PyInstaller bundle.

    Checkout and wheel keep resources/ beside this module. A bundle keeps them under
    sys._MEIPASS (its `_internal` folder, or Contents/Frameworks in a macOS .app, whose
    data files PyInstaller links there from Contents/Resources); build/clinicdesk.spec
    puts them at clinicdesk/resources inside it. Never a path relative to the working
    directory: a bundle is started from anywhere, often from a read-only folder.
    """
    bundle_root = getattr(sys, "_MEIPASS", None)
    base = Path(bundle_root) / "clinicdesk" if bundle_root else Path(__file__).resolve().parent
    return base.joinpath("resources", *parts)


class FolderProblem(Enum):
    """Why a data folder cannot be used; the GUI says each in the practitioner's language."""

    NOT_A_FOLDER = "not a folder"  # a file stands where the folder, or one above it, should be
    READ_ONLY = "read-only"  # the disk, card or share can only be read
    NOT_ALLOWED = "not allowed"  # this user account may not write there
    FULL = "full"
    UNAVAILABLE = "unavailable"  # anything else: a drive that is gone, an I/O error


@dataclass(frozen=True)
class DataFolderProblem:
    kind: FolderProblem
    folder: Path  # the data folder that cannot be used
    culprit: Path  # the file standing in its way, or the folder itself
    detail: str  # the system's own words, for support; may be in English only


# Windows error codes that errno does not tell apart: ERROR_WRITE_PROTECT, ERROR_NOT_READY.
_WINDOWS_READ_ONLY, _WINDOWS_NOT_READY = 19, 21
_BY_ERRNO = {
    errno.EROFS: FolderProblem.READ_ONLY,
    errno.EACCES: FolderProblem.NOT_ALLOWED,
    errno.EPERM: FolderProblem.NOT_ALLOWED,
    errno.ENOSPC: FolderProblem.FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): FolderProblem.FULL,
    errno.ENOTDIR: FolderProblem.NOT_A_FOLDER,
    errno.EEXIST: FolderProblem.NOT_A_FOLDER,
}


def _file_in_the_way(root: Path) -> Path | None:
    """The nearest existing path at or above `root`, when it is not a folder."""
    for path in (root, *root.parents):
        if path.exists():
            return None if path.is_dir() else path
        if path.is_symlink():  # a link to nowhere: mkdir would fail with "file exists"
            return path
    return None


def problem_from_error(root: Path, error: OSError) -> DataFolderProblem:
    """What an OSError met while creating or writing in `root` means for the practitioner."""
    in_the_way = _file_in_the_way(root)
    if in_the_way is not None:
        return DataFolderProblem(FolderProblem.NOT_A_FOLDER, root, in_the_way, error.strerror or "")
    winerror = getattr(error, "winerror", None)
    if winerror == _WINDOWS_READ_ONLY:
        kind = FolderProblem.READ_ONLY
    elif winerror == _WINDOWS_NOT_READY:
        kind = FolderProblem.UNAVAILABLE
    else:
        kind = _BY_ERRNO.get(error.errno or 0, FolderProblem.UNAVAILABLE)
    return DataFolderProblem(kind, root, root, error.strerror or type(error).__name__)


def data_folder_problem(root: Path) -> DataFolderProblem | None:
    """Why ClinicDesk cannot keep its files in `root`, or None when it can.

    Creates the folder when it is missing, then creates and removes a small file in
    it: permissions, read-only mounts, ACLs and a full disk are only known by trying
    (and an administrator, or root, passes every permission check that could be read
    beforehand). A file already standing where the folder should be is found first.
    """
    in_the_way = _file_in_the_way(root)
    if in_the_way is not None:
        return DataFolderProblem(FolderProblem.NOT_A_FOLDER, root, in_the_way, "")
    probe = root / f".clinicdesk-write-check-{os.getpid()}"
    try:
        root.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(descriptor, b"\0")
        finally:
            os.close(descriptor)
        probe.unlink()
    except OSError as error:
        return problem_from_error(root, error)
    return None


class DataFolder:
    """The files inside one data folder."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def database(self) -> Path:
        return self.root / "clinicdesk.db"

    @property
    def header(self) -> Path:
        return self.root / "vault.json"

    @property
    def header_previous(self) -> Path:
        return self.root / "vault.previous.json"

    @property
    def lock(self) -> Path:
        return self.root / "clinicdesk.lock"

    @property
    def migration_backups(self) -> Path:
        return self.root / "upgrade-backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def exists(self) -> bool:
        return self.header.exists() or self.database.exists()
