"""`clinicdesk self-test`: prove on this machine (or inside a bundle) that every
piece ClinicDesk depends on works, without touching the practice's own data.

Everything runs in a scratch folder that is deleted afterwards; what is written
there is encrypted like real data, and the test client is invented.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from PIL import Image

from clinicdesk.reports.self_test_sheet import render_self_test_sheet
from clinicdesk.services import clients
from clinicdesk.services.client_fields import ClientFields
from clinicdesk.services.integrity import verify
from clinicdesk.services.practice import create_practice, open_practice
from clinicdesk.vault.keychain import system_keychain

SCRATCH_PASSPHRASE = "self-test passphrase, not a real one"  # noqa: S105


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


def _sample_jpeg() -> bytes:
    image = Image.new("RGB", (640, 480), (200, 160, 140))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def _photo_round_trip() -> str:
    import pillow_heif

    pillow_heif.register_heif_opener()
    jpeg = _sample_jpeg()
    key, nonce = AESGCM.generate_key(bit_length=256), os.urandom(12)
    sealed = AESGCM(key).encrypt(nonce, jpeg, b"self-test")
    opened = AESGCM(key).decrypt(nonce, sealed, b"self-test")
    with Image.open(io.BytesIO(opened)) as image:
        image.load()
        size = image.size
    if size != (640, 480):
        raise AssertionError(f"decoded size {size}")
    return "JPEG encrypted, decrypted and decoded from memory; HEIC support loaded"


def _pdf() -> str:
    pdf = render_self_test_sheet(
        title="Formularz zgody / 同意书",
        lines=["Zażółć gęślą jaźń — Hélène Lefèvre", "我已阅读并理解上述内容。"],
        jpeg=_sample_jpeg(),
    )
    if not pdf.startswith(b"%PDF") or b"FontFile2" not in pdf:
        raise AssertionError("the PDF has no embedded TrueType font")
    return f"{len(pdf) // 1024} KiB with embedded Latin and Chinese fonts"


def _keychain() -> str:
    keychain = system_keychain()
    if keychain is None:
        return "no OS keychain: 'remember on this computer' will not be offered"
    return f"'remember on this computer' will use {keychain.name}"


def run_self_test(progress: Callable[[Check], None] | None = None) -> list[Check]:
    results: list[Check] = []
    with tempfile.TemporaryDirectory(prefix="clinicdesk-self-test-") as scratch:
        steps: list[tuple[str, Callable[[], str]]] = [
            ("encrypted vault", lambda: _vault_round_trip(Path(scratch) / "vault")),
            ("photo", _photo_round_trip),
            ("PDF", _pdf),
            ("keychain", _keychain),
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
