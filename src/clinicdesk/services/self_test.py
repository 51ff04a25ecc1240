"""`clinicdesk self-test`: prove on this machine (or inside a bundle) that every
piece ClinicDesk depends on works, without touching the practice's own data.

Everything runs in a scratch folder that is deleted afterwards; what is written
there is encrypted like real data, and the test client is invented. The checks
are the ones a PyInstaller bundle fails when a file or a module was left out of
it: the shipped resources and migrations, the SQLCipher driver, the HEIC codec,
the fonts, keyring's backends (found through package metadata). The caller adds
what this layer must not import (Qt: see `clinicdesk.app.qt_self_test`).
"""

from __future__ import annotations

import importlib
import io
import os
import sys
import tempfile
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from importlib.metadata import entry_points
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from PIL import Image

from clinicdesk import __version__
from clinicdesk.db.migrate import MIGRATIONS, known_revisions
from clinicdesk.paths import resource_path
from clinicdesk.reports.self_test_sheet import render_self_test_sheet
from clinicdesk.rules.codes import LANGUAGES
from clinicdesk.services import clients
from clinicdesk.services.client_fields import ClientFields
from clinicdesk.services.integrity import verify
from clinicdesk.services.practice import create_practice, open_practice
from clinicdesk.vault.keychain import system_keychain

SCRATCH_PASSPHRASE = "self-test passphrase, not a real one"  # noqa: S105
FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "wqy-microhei.ttc")
# The keyring backend of each OS, and the modules it needs: keyring finds its backends
# through entry points and quietly skips one whose imports fail, so a bundle without
# them would look like a computer without a keychain.
KEYRING_BACKENDS = {
    "win32": ("keyring.backends.Windows", ("win32ctypes.pywin32.win32cred",)),
    "darwin": ("keyring.backends.macOS", ("keyring.backends.macOS.api",)),
    "linux": ("keyring.backends.SecretService", ("secretstorage", "jeepney")),
}
Step = tuple[str, Callable[[], str]]


@dataclass(frozen=True)
class Check:
    name: str
    passed: bool
    detail: str


def _vault_round_trip(scratch: Path) -> str:
    practice, recovery_key = create_practice(
        scratch,
        passphrase=SCRATCH_PASSPHRASE,
        clinic_name="Self-test",
        practitioner_name="Self-test",
        country="PL",
    )
    with practice:
        made = clients.create_client(
            practice,
            data=ClientFields(
                given_name="Żaneta 芳",
                family_name="Gwiazdowska-王",
                date_of_birth=date(1990, 5, 17),
                phone="+48 601 234 567",
            ),
        )
    with open_practice(scratch, recovery_key=recovery_key) as practice:
        found = clients.search_clients(practice, text="gwiazdowska")
        if [row.id for row in found] != [made.id]:
            raise AssertionError("the client written was not found again")
        report = verify(practice)
        if not report.ok:
            raise AssertionError("; ".join(report.problems))
    return "created, closed, reopened with the recovery key, searched and verified"


def _where() -> str:
    if getattr(sys, "frozen", False):
        return f"bundle in {Path(sys.executable).parent}"
    return f"Python {sys.version.split()[0]}, package in {Path(__file__).resolve().parents[1]}"


def _resources() -> str:
    missing = [name for name in FONTS if not resource_path("fonts", name).is_file()]
    missing += [
        f"clinicdesk_{language}.qm"
        for language in LANGUAGES
        if not resource_path("translations", f"clinicdesk_{language}.qm").is_file()
    ]
    rules = sorted(resource_path("rules").glob("*.toml"))
    if not rules:
        missing.append("rules/*.toml")
    for path in rules:
        with path.open("rb") as file:
            tomllib.load(file)
    if not (MIGRATIONS / "env.py").is_file() or not known_revisions():
        missing.append("db/migrations")
    if missing:
        raise AssertionError("missing: " + ", ".join(missing))
    return (
        f"ClinicDesk {__version__} ({_where()}): {len(FONTS)} fonts, {len(rules)} rule files, "
        f"{len(LANGUAGES)} translations, {len(known_revisions())} schema migrations"
    )


def _sample_photo(kind: str, size: tuple[int, int]) -> bytes:
    image = Image.new("RGB", size, (200, 160, 140))
    out = io.BytesIO()
    image.save(out, kind, quality=85)
    return out.getvalue()


def _sample_jpeg() -> bytes:
    return _sample_photo("JPEG", (640, 480))


def _photo_round_trip() -> str:
    import pillow_heif

    pillow_heif.register_heif_opener()
    for kind, size in (("JPEG", (640, 480)), ("HEIF", (160, 120))):
        photo = _sample_photo(kind, size)
        key, nonce = AESGCM.generate_key(bit_length=256), os.urandom(12)
        sealed = AESGCM(key).encrypt(nonce, photo, b"self-test")
        opened = AESGCM(key).decrypt(nonce, sealed, b"self-test")
        with Image.open(io.BytesIO(opened)) as image:
            image.load()
            if image.size != size:
                raise AssertionError(f"{kind} decoded at {image.size}, not {size}")
    return "JPEG and HEIC encrypted, decrypted and decoded from memory"


def consent_like_pdf() -> bytes:
    """A page with what consent forms rely on: Polish and Chinese text, a table, a photo."""
    return render_self_test_sheet(
        title="Formularz zgody / 同意书",
        lines=["Zażółć gęślą jaźń — Hélène Lefèvre", "我已阅读并理解上述内容。"],
        jpeg=_sample_jpeg(),
    )


def _pdf() -> str:
    pdf = consent_like_pdf()
    if not pdf.startswith(b"%PDF") or b"FontFile2" not in pdf:
        raise AssertionError("the PDF has no embedded TrueType font")
    return f"{len(pdf) // 1024} KiB with embedded Latin and Chinese fonts"


def _keychain() -> str:
    platform = "linux" if sys.platform.startswith("linux") else sys.platform
    backend, needs = KEYRING_BACKENDS.get(platform, KEYRING_BACKENDS["linux"])
    registered = {point.value for point in entry_points(group="keyring.backends")}
    if backend not in registered:
        raise AssertionError(f"keyring's {backend} is not registered (package metadata missing)")
    for module in (backend, *needs):
        importlib.import_module(module)
    keychain = system_keychain()
    if keychain is None:
        return f"{backend} present, no keychain running: 'remember on this computer' will not be offered"
    return f"'remember on this computer' will use {keychain.name}"


def run_self_test(
    progress: Callable[[Check], None] | None = None, *, more: Sequence[Step] = ()
) -> list[Check]:
    """Every check, in order, each reported to `progress` as it ends; `more` are the
    caller's own checks, run after these."""
    results: list[Check] = []
    with tempfile.TemporaryDirectory(prefix="clinicdesk-self-test-") as scratch:
        steps: list[Step] = [
            ("resources", _resources),
            ("encrypted vault", lambda: _vault_round_trip(Path(scratch) / "vault")),
            ("photo", _photo_round_trip),
            ("PDF", _pdf),
            ("keychain", _keychain),
            *more,
        ]
        for name, step in steps:
            try:
                check = Check(name, True, step())
            except Exception as exc:
                check = Check(name, False, f"{type(exc).__name__}: {exc}")
            results.append(check)
            if progress:
                progress(check)
    return results
