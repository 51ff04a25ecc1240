"""Key slots, the header file, recovery keys and the keychain choice."""

from __future__ import annotations

import hashlib
import json
import time
import unicodedata
from pathlib import Path

import pytest

from clinicdesk.errors import ValidationError, VaultDamaged, VaultExists, VaultMissing, WrongSecret
from clinicdesk.paths import DataFolder
from clinicdesk.vault import kdf, keychain
from clinicdesk.vault.recovery import LENGTH, canonical_recovery_key, new_recovery_key
from clinicdesk.vault.vault import Vault

PASSPHRASE = "Zażółć gęślą jaźń 42"


@pytest.fixture
def folder(tmp_path: Path) -> DataFolder:
    return DataFolder(tmp_path / "vault")


@pytest.fixture
def made(folder: DataFolder) -> tuple[Vault, bytes, str]:
    return Vault.create(folder, PASSPHRASE)


def test_passphrase_and_recovery_key_both_unwrap_the_same_data_key(made, folder):
    _, data_key, recovery_key = made
    vault = Vault.load(folder)
    assert len(data_key) == 32
    assert vault.unlock_with_passphrase(PASSPHRASE) == data_key
    assert vault.unlock_with_recovery_key(recovery_key) == data_key


def test_header_holds_no_key_in_the_clear(made, folder):
    _, data_key, recovery_key = made
    raw = folder.header.read_bytes()
    for secret in (data_key, data_key.hex().encode(), kdf.b64(data_key).encode()):
        assert secret not in raw
    assert recovery_key.encode() not in raw
    assert PASSPHRASE.encode() not in raw


def test_wrong_passphrase_is_refused_and_counted(made, folder):
    vault = Vault.load(folder)
    with pytest.raises(WrongSecret, match="passphrase is not correct"):
        vault.unlock_with_passphrase("not the passphrase")
    reloaded = Vault.load(folder)
    assert len(reloaded.take_failed_unlocks()) == 1
    assert Vault.load(folder).take_failed_unlocks() == []


@pytest.mark.parametrize("form", ["NFC", "NFD", "NFKC"])
def test_passphrase_in_another_unicode_form_opens(made, folder, form):
    _, data_key, _ = made
    typed = unicodedata.normalize(form, PASSPHRASE)
    assert Vault.load(folder).unlock_with_passphrase(typed) == data_key


def test_nfd_passphrase_at_creation_opens_with_nfc(tmp_path):
    decomposed = unicodedata.normalize("NFD", "Hélène Lefèvre 2026")
    _, data_key, _ = Vault.create(DataFolder(tmp_path / "v"), decomposed)
    composed = unicodedata.normalize("NFC", decomposed)
    assert composed != decomposed
    assert Vault.load(DataFolder(tmp_path / "v")).unlock_with_passphrase(composed) == data_key


@pytest.mark.parametrize(
    "mangle",
    [
        lambda k: k.lower(),
        lambda k: k.replace("-", " "),
        lambda k: k.replace("-", ""),
        lambda k: f"  {k}  ",
        lambda k: k.replace("0", "O").replace("1", "I"),
    ],
    ids=["lower", "spaces", "no-separators", "padded", "lookalikes"],
)
def test_recovery_key_typing_is_forgiving(made, folder, mangle):
    _, data_key, recovery_key = made
    assert Vault.load(folder).unlock_with_recovery_key(mangle(recovery_key)) == data_key


def test_recovery_key_of_wrong_shape_says_how_it_should_look(made, folder):
    with pytest.raises(WrongSecret, match="six groups of four"):
        Vault.load(folder).unlock_with_recovery_key("1234")


def test_other_recovery_key_is_refused(made, folder):
    with pytest.raises(WrongSecret, match="recovery key does not open"):
        Vault.load(folder).unlock_with_recovery_key(new_recovery_key())


def test_recovery_keys_are_random_and_well_formed():
    keys = {new_recovery_key() for _ in range(200)}
    assert len(keys) == 200
    for key in keys:
        assert canonical_recovery_key(key) is not None
        assert len(key) == LENGTH + 5
        assert not set(key) & set("ILOU")


def test_changing_passphrase_rewraps_without_touching_the_database(made, folder):
    vault, data_key, recovery_key = made
    folder.database.write_bytes(b"stand-in for the encrypted database")
    before = hashlib.sha256(folder.database.read_bytes()).hexdigest()
    vault.change_passphrase(data_key, "a brand new passphrase")
    reloaded = Vault.load(folder)
    with pytest.raises(WrongSecret):
        reloaded.unlock_with_passphrase(PASSPHRASE)
    assert reloaded.unlock_with_passphrase("a brand new passphrase") == data_key
    assert reloaded.unlock_with_recovery_key(recovery_key) == data_key
    assert hashlib.sha256(folder.database.read_bytes()).hexdigest() == before


def test_replacing_the_recovery_key_retires_the_old_one(made, folder):
    vault, data_key, old_key = made
    new_key = vault.replace_recovery_key(data_key)
    with pytest.raises(WrongSecret):
        Vault.load(folder).unlock_with_recovery_key(old_key)
    assert Vault.load(folder).unlock_with_recovery_key(new_key) == data_key


def test_short_passphrase_is_refused(folder):
    with pytest.raises(ValidationError) as caught:
        Vault.create(folder, "short")
    assert caught.value.field == "passphrase"
    assert not folder.header.exists()


def test_creating_over_an_existing_vault_is_refused(made, folder):
    with pytest.raises(VaultExists):
        Vault.create(folder, PASSPHRASE)


def test_missing_header(folder):
    with pytest.raises(VaultMissing):
        Vault.load(folder)


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x5A
    path.write_bytes(bytes(data))


def test_damaged_header_falls_back_to_the_previous_copy(made, folder):
    vault, data_key, _ = made
    vault.set_audit_head(1, "ab" * 32)  # a second write, so a previous copy exists
    _damage(folder.header)
    reloaded = Vault.load(folder)
    assert reloaded.recovered_from_previous
    assert reloaded.unlock_with_passphrase(PASSPHRASE) == data_key


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00" * 300, b"{not json", json.dumps({"format": "something-else"}).encode()],
    ids=["empty", "zeros", "not-json", "foreign-json"],
)
def test_damaged_header_and_copy_is_not_reported_as_a_wrong_passphrase(made, folder, content):
    folder.header.write_bytes(content)
    folder.header_previous.write_bytes(content)
    with pytest.raises(VaultDamaged, match="Your passphrase is not the problem"):
        Vault.load(folder)


def test_edited_wrapped_key_is_damage_not_a_wrong_passphrase(made, folder):
    document = json.loads(folder.header.read_text())
    document["slots"][0]["wrapped_key"] = kdf.b64(b"\x01" * 48)
    folder.header.write_text(json.dumps(document))
    folder.header_previous.unlink(missing_ok=True)
    with pytest.raises(VaultDamaged):
        Vault.load(folder)


def test_slot_copied_from_another_vault_does_not_open(made, folder, tmp_path):
    other_folder = DataFolder(tmp_path / "other")
    Vault.create(other_folder, PASSPHRASE)
    mine = json.loads(folder.header.read_text())
    theirs = json.loads(other_folder.header.read_text())
    mine["slots"] = theirs["slots"]
    del mine["checksum"]
    from clinicdesk.vault.header import write_header

    write_header(folder.header, folder.header_previous, mine)
    with pytest.raises(WrongSecret):
        Vault.load(folder).unlock_with_passphrase(PASSPHRASE)


def test_header_write_leaves_no_temporary_file(made, folder):
    vault, data_key, _ = made
    vault.change_passphrase(data_key, "another passphrase")
    assert sorted(p.name for p in folder.root.iterdir()) == ["vault.json", "vault.previous.json"]


@pytest.mark.real_kdf
def test_passphrase_derivation_is_tuned_to_about_a_third_of_a_second():
    params = kdf.tuned_argon2_params()
    assert params.memory_kib == 64 * 1024
    started = time.perf_counter()
    params.derive(b"timing")
    elapsed = time.perf_counter() - started
    assert 0.1 < elapsed < 1.0, elapsed


class _Backend:
    def __init__(self, priority: float) -> None:
        self.priority = priority


def _backend_class(module: str, name: str) -> type:
    return type(name, (_Backend,), {"__module__": module})


@pytest.mark.parametrize(
    ("module", "name", "accepted"),
    [
        ("keyring.backends.fail", "Keyring", False),
        ("keyring.backends.null", "Keyring", False),
        ("keyrings.alt.file", "PlaintextKeyring", False),
        ("keyrings.alt.file", "EncryptedKeyring", False),
        ("keyring.backends.chainer", "ChainerBackend", False),
        ("keyring.backends.SecretService", "Keyring", True),
        ("keyring.backends.Windows", "WinVaultKeyring", True),
        ("keyring.backends.macOS", "Keyring", True),
    ],
)
def test_only_real_os_keychains_are_used(monkeypatch, module, name, accepted):
    backend = _backend_class(module, name)(priority=5)
    monkeypatch.setattr("keyring.backend.get_all_keyring", lambda: [backend])
    chosen = keychain.system_keychain()
    assert (chosen is not None) == accepted


def test_plaintext_backend_with_higher_priority_is_still_passed_over(monkeypatch):
    plaintext = _backend_class("keyrings.alt.file", "PlaintextKeyring")(priority=10)
    secret_service = _backend_class("keyring.backends.SecretService", "Keyring")(priority=5)
    monkeypatch.setattr("keyring.backend.get_all_keyring", lambda: [plaintext, secret_service])
    chosen = keychain.system_keychain()
    assert chosen is not None and chosen.name == "Secret Service"
