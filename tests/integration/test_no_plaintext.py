"""No plaintext anywhere (DESIGN): after importing, creating, editing, opening,
searching and verifying clients, in process and through the `clinicdesk`
command, no file in the data folder or in the temporary folder holds a
client's name, contact details or notes in any readable encoding.

The same needles are then found through the services, and in the plaintext CSV
we imported, so the test cannot pass merely because it looked in the wrong way.
"""

from __future__ import annotations

import json
import tempfile
import unicodedata
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from clinicdesk.services import clients, consultations, history, intake
from clinicdesk.services.client_fields import ClientFields
from clinicdesk.services.client_import import import_clients
from clinicdesk.services.integrity import verify
from clinicdesk.services.practice import create_practice, open_practice
from clinicdesk.ui.consultation_documents import consultation_summary_pdf

# Shorter needles could turn up by chance in a few megabytes of ciphertext.
MIN_NEEDLE_BYTES = 6

IMPORTED_CSV = """\
First name,Last name,Date of birth,Phone,Email,Notes
Żaneta,Qwertyńska,1987-04-23,+48 612 345 678,zaneta.qwertynska@example.org,Allergie au latex Zyxwvut
Xylophène,Brouillard,1975-09-09,,,
靐齉,龘,1991-02-17,,,
"""
CREATED = ClientFields(
    given_name="Ysoldène",
    family_name="Wołodyjowska-Quintavalle",
    date_of_birth=date(1969, 7, 21),
    phone="+33 6 98 76 54 32",
    email="ysoldene.quintavalle@example.net",
    notes="Peau réactive, éviter Vrrbzqium",
)
UPDATED_NOTES = "Peau réactive, éviter Vrrbzqium. Nouvelle crème Mnopqluxine le 3 mars"

# As typed and stored.
SECRETS = [
    "Żaneta",
    "Qwertyńska",
    "zaneta.qwertynska@example.org",
    "+48 612 345 678",
    "Allergie au latex Zyxwvut",
    "Xylophène",
    "Brouillard",
    "龘靐齉",  # the search index joins a Chinese family and given name
    "靐齉",
    "Ysoldène",
    "Wołodyjowska-Quintavalle",
    "ysoldene.quintavalle@example.net",
    "+33 6 98 76 54 32",
    "Vrrbzqium",
    "Mnopqluxine",
]
# Health information: a history entry, a consultation answer, a kiosk answer.
HEALTH_SECRETS = ["Kwxzoprazol 40 mg", "Qqxvelnik na policzkach", "Jjxqubalsam"]
# The forms the search index holds: folded to lower-case ASCII, phone digits, ISO dates.
FOLDED = [
    "zaneta",
    "qwertynska",
    "xylophene",
    "brouillard",
    "zyxwvut",
    "ysoldene",
    "wolodyjowska",
    "quintavalle",
    "vrrbzqium",
    "mnopqluxine",
    "48612345678",
    "612345678",
    "33698765432",
    "698765432",
    "1987-04-23",
    "1969-07-21",
]


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def needles() -> list[tuple[str, str, bytes, bool]]:
    """(needle, encoding, bytes, case-insensitive) for every needle and encoding."""
    found = []
    for text in SECRETS + HEALTH_SECRETS:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            found.append((text, encoding, text.encode(encoding), False))
    for text in FOLDED + [fold(s) for s in SECRETS if fold(s).isascii()]:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            found.append((text, encoding, text.lower().encode(encoding), True))
    return [n for n in dict.fromkeys(found) if len(n[2]) >= MIN_NEEDLE_BYTES]


NEEDLES = needles()


def leaks_in(path: Path) -> list[str]:
    data = path.read_bytes()
    lowered = data.lower()  # ASCII letters only, so multi-byte sequences are left alone
    leaks = [
        f"{path}: {text!r} in {encoding}"
        for text, encoding, raw, anycase in NEEDLES
        if raw in (lowered if anycase else data)
    ]
    name = fold(path.name)
    leaks += [f"{path}: file name holds {text!r}" for text in FOLDED if text in name]
    return leaks


def scan(*roots: Path) -> tuple[list[Path], list[str]]:
    """Every file under `roots` (recursively, whatever exists) and the needles found in them."""
    files = sorted(p for root in roots if root.exists() for p in root.rglob("*") if p.is_file())
    return files, [leak for path in files for leak in leaks_in(path)]


def record_health_information(practice, client_id: int) -> None:
    history.record_item(practice, client_id=client_id, kind="medication", text=HEALTH_SECRETS[0])
    draft = consultations.start(practice, client_id=client_id)
    final = consultations.finalise(
        practice,
        consultation_id=draft.id,
        answers={"reason": HEALTH_SECRETS[1], "data_consent": True},
    )
    intake.submit(
        practice,
        client_id=client_id,
        language="pl",
        answers={"allergies": {"items": [{"substance": HEALTH_SECRETS[2], "reaction": ""}]}},
    )
    # Documents are made in memory: rendering one writes nothing anywhere.
    assert consultation_summary_pdf(practice, consultations.get(practice, consultation_id=final.id))


def health_information(practice, client_id: int) -> str:
    items = history.history(practice, client_id=client_id)
    [consultation] = consultations.consultations(practice, client_id=client_id)
    [submission] = intake.pending(practice, client_id=client_id)
    return json.dumps(
        [[i.text for i in items], dict(consultation.answers), dict(submission.answers)],
        ensure_ascii=False,
    )


def test_no_client_data_in_plaintext_anywhere(tmp_path: Path, monkeypatch, cli):
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    for variable in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(variable, str(temp))  # inherited by the CLI subprocess too
    data_dir = tmp_path / "data"
    source = tmp_path / "input" / "clients.csv"  # plaintext on purpose, outside both folders
    source.parent.mkdir()
    source.write_text(IMPORTED_CSV, encoding="utf-8")

    practice, _ = create_practice(
        data_dir,
        passphrase=cli.passphrase,
        clinic_name="Institut Test",
        practitioner_name="Test",
        country="PL",
    )
    try:
        report = import_clients(practice, path=source)
        assert (report.imported, report.skipped) == (3, [])
        made = clients.create_client(practice, data=CREATED)
        clients.update_client(
            practice, client_id=made.id, data=replace(made.fields, notes=UPDATED_NOTES)
        )
        opened = clients.open_client(practice, client_id=made.id)
        assert opened.fields.notes == UPDATED_NOTES
        found = clients.search_clients(practice, text="qwertynska")
        assert [(r.given_name, r.family_name) for r in found] == [("Żaneta", "Qwertyńska")]
        assert [r.id for r in clients.search_clients(practice, text="0698 765 432")] == [made.id]
        record_health_information(practice, made.id)
        assert verify(practice).ok
        # While the practice is open: the WAL and shared-memory files exist now.
        files_open, leaks_open = scan(data_dir, temp)
    finally:
        practice.close()
    assert leaks_open == [], "plaintext while open:\n" + "\n".join(leaks_open)
    assert data_dir / "clinicdesk.db" in files_open
    assert data_dir / "clinicdesk.db-wal" in files_open, "no WAL seen: the open scan proves less"

    listed = cli.ok(cli.run("clients", "--search", "龘靐齉", "--json", data_dir=data_dir))
    assert [(r["given_name"], r["family_name"]) for r in json.loads(listed.stdout)] == [
        ("靐齉", "龘")
    ]
    cli.ok(cli.run("verify", data_dir=data_dir))

    files, leaks = scan(data_dir, temp)
    assert leaks == [], "plaintext at rest:\n" + "\n".join(leaks)
    scanned = {p.name for p in files}
    assert {"clinicdesk.db", "vault.json", "vault.previous.json"} <= scanned, scanned

    # The data is really there, behind the key...
    with open_practice(data_dir, passphrase=cli.passphrase) as practice:
        rows = clients.search_clients(practice)
        records = [clients.open_client(practice, client_id=r.id).fields for r in rows]
        stored = health_information(practice, made.id)
    readable = "\n".join(json.dumps(vars(r), default=str, ensure_ascii=False) for r in records)
    for text in SECRETS:
        if text != "龘靐齉":  # only the search index holds the joined form
            assert text in readable, f"{text!r} not found through the services"
    for text in HEALTH_SECRETS:
        assert text in stored, f"{text!r} not found through the services"
    # ...and the scanner does see plaintext where there is some.
    planted = leaks_in(source)
    for expected in ("'Qwertyńska' in utf-8", "'靐齉' in utf-8", "'zyxwvut' in utf-8"):
        assert any(expected in leak for leak in planted), planted


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_scanner_finds_utf16_plaintext(tmp_path: Path, encoding: str):
    """The scanner itself, on a file that does hold plaintext in UTF-16."""
    planted = tmp_path / "planted.bin"
    planted.write_bytes(b"\x00\x01garbage" + "Nom: Xylophène BROUILLARD".encode(encoding))

    leaks = leaks_in(planted)

    assert any(f"'Xylophène' in {encoding}" in leak for leak in leaks), leaks
    assert any(f"'brouillard' in {encoding}" in leak for leak in leaks), leaks
