"""Every test gets an offscreen Qt platform, its own data folder, fast key
derivation and, when it asks, a fresh unlocked practice and an in-memory keychain."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from clinicdesk.services.practice import Practice, create_practice
from clinicdesk.vault import kdf

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def fast_key_derivation(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id at 1 MiB and one pass: the slot format is the same, the tests are fast."""
    if "real_kdf" in request.keywords:
        return
    monkeypatch.setattr(kdf, "ARGON2_MEMORY_KIB", 1024)
    monkeypatch.setattr(kdf, "ARGON2_MIN_ITERATIONS", 1)
    monkeypatch.setattr(kdf, "ARGON2_LANES", 1)


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLINICDESK_PASSPHRASE", raising=False)
    monkeypatch.setenv("CLINICDESK_DATA_DIR", str(tmp_path / "default-data"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def new_practice(data_dir: Path) -> Iterator[tuple[Practice, str]]:
    practice, recovery_key = create_practice(
        data_dir,
        passphrase=PASSPHRASE,
        clinic_name="Institut Hélène",
        practitioner_name="Hélène Lefèvre",
        country="FR",
    )
    yield practice, recovery_key
    practice.close()


@pytest.fixture
def practice(new_practice: tuple[Practice, str]) -> Practice:
    return new_practice[0]


class MemoryKeychain:
    """A stand-in for the OS keychain that forgets everything when the test ends."""

    name = "test keychain"

    def __init__(self) -> None:
        self.secrets: dict[str, bytes] = {}

    def save(self, vault_id: str, data_key: bytes) -> None:
        self.secrets[vault_id] = data_key

    def load(self, vault_id: str) -> bytes | None:
        return self.secrets.get(vault_id)

    def forget(self, vault_id: str) -> None:
        self.secrets.pop(vault_id, None)


@pytest.fixture
def keychain() -> MemoryKeychain:
    return MemoryKeychain()
