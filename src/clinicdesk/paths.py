"""Where ClinicDesk keeps its files.

The data folder holds everything of one practice: the vault header, the encrypted
database and (later) the encrypted blob store. It is the platform's user data
folder unless `--data-dir` or CLINICDESK_DATA_DIR names another.
"""

from __future__ import annotations

import os
import sys
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
    """A file shipped with ClinicDesk, in a source checkout, an installed wheel or a bundle."""
    bundle_root = getattr(sys, "_MEIPASS", None)
    base = Path(bundle_root) / "clinicdesk" if bundle_root else Path(__file__).resolve().parent
    return base.joinpath("resources", *parts)


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
