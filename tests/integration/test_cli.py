"""The headless `clinicdesk` command, run as a real subprocess (DESIGN: "The headless CLI").

Every failing command must exit non-zero with one clear line on stderr and no
traceback. Each subprocess costs most of a second (imports, key derivation), so
vaults that a test does not create through `clinicdesk init` are made in process
by `new_vault` (with the test suite's light Argon2id parameters, which the
subprocesses then read from the header), and vaults that are only read are
shared per module.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import time
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from clinicdesk.services import clients
from clinicdesk.services.practice import create_practice, open_practice
from clinicdesk.vault import kdf
from clinicdesk.vault.lock import DataFolderLock

RECOVERY_KEY = re.compile(r"\b[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){5}\b")
CLIENT_KEYS = {"id", "given_name", "family_name", "date_of_birth", "phone", "email"}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def new_vault(cli, data_dir: Path, *, country: str | None = None) -> Path:
    """A new, closed vault in `data_dir`, made in process: quicker than `clinicdesk init`."""
    with pytest.MonkeyPatch.context() as patch:
        # Module-scoped fixtures run before the autouse fast_key_derivation; patch here too.
        patch.setattr(kdf, "ARGON2_MEMORY_KIB", 1024)
        patch.setattr(kdf, "ARGON2_MIN_ITERATIONS", 1)
        patch.setattr(kdf, "ARGON2_LANES", 1)
        practice, _ = create_practice(
            data_dir,
            passphrase=cli.passphrase,
            clinic_name="Salon Test",
            practitioner_name="Test",
            country=country,
        )
    practice.close()
    return data_dir


def clients_json(cli, data_dir: Path, *extra: str) -> list[dict]:
    result = cli.ok(cli.run("clients", "--json", *extra, data_dir=data_dir))
    data = json.loads(result.stdout)
    assert isinstance(data, list), result.stdout
    return data


def count_clients(cli, data_dir: Path) -> int:
    """In process, which is quicker than one more subprocess."""
    with open_practice(data_dir, passphrase=cli.passphrase) as practice:
        return clients.count_clients(practice)


def skipped_lines(stdout: str) -> dict[int, str]:
    """{line number: reason} from the `  line N: reason` lines of an import report."""
    found = re.findall(r"^\s+line (\d+): (.*)$", stdout, flags=re.MULTILINE)
    return {int(line): reason for line, reason in found}


# -- a shared vault with a few clients to search ---------------------------------------------

SEARCH_CSV = """\
First name,Last name,Date of birth,Phone,Email
Małgorzata,Żółkiewska,1985-03-14,+48 601 234 567,
Łucja,Wąsowska,1990-11-02,512 345 678,
芳,王,1992-06-01,+86 138 0013 8000,
Aleksandra,Nowak,1979-08-30,,Ola.Nowak@example.pl
Hélène,Lefèvre,1968-12-24,+33 6 12 34 56 78,helene.lefevre@example.fr
"""


@pytest.fixture(scope="module")
def search_vault(cli, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A PL vault holding the five clients of SEARCH_CSV; tests must not add clients."""
    root = tmp_path_factory.mktemp("search")
    data_dir = root / "data"
    new_vault(cli, data_dir, country="PL")
    source = root / "clients.csv"
    source.write_text(SEARCH_CSV, encoding="utf-8")
    result = cli.ok(cli.run("import-clients", source, data_dir=data_dir))
    assert "Imported 5 client(s)" in result.stdout, result.stdout
    return data_dir


# -- init --------------------------------------------------------------------------------------


def test_init_creates_the_vault_and_prints_a_recovery_key(cli, tmp_path: Path):
    data_dir = tmp_path / "data"
    result = cli.ok(
        cli.run("init", "--clinic", "Institut Hélène", "--country", "fr", data_dir=data_dir)
    )
    assert (data_dir / "vault.json").is_file()
    assert (data_dir / "clinicdesk.db").is_file()
    assert RECOVERY_KEY.search(result.stdout), result.stdout
    assert result.stderr == ""


def test_init_refuses_a_folder_that_already_holds_a_vault(cli, tmp_path: Path):
    data_dir = new_vault(cli, tmp_path / "data")
    header, database = sha256(data_dir / "vault.json"), sha256(data_dir / "clinicdesk.db")

    again = cli.run("init", data_dir=data_dir)

    message = cli.fails(again)
    assert "already exists" in message
    assert not RECOVERY_KEY.search(again.stdout)
    assert sha256(data_dir / "vault.json") == header
    assert sha256(data_dir / "clinicdesk.db") == database


# -- passphrases -------------------------------------------------------------------------------


def test_passphrase_from_stdin_with_a_windows_line_ending(cli, tmp_path: Path):
    data_dir = tmp_path / "data"
    # Typed with "\r\n" at init: if the "\r" were kept, the "\n"-only unlock below would fail.
    created = cli.run(
        "init",
        "--passphrase-stdin",
        data_dir=data_dir,
        passphrase=None,
        stdin=cli.passphrase + "\r\n",
    )
    cli.ok(created)
    assert RECOVERY_KEY.search(created.stdout)

    listed = cli.run(
        "clients",
        "--passphrase-stdin",
        data_dir=data_dir,
        passphrase=None,
        stdin=cli.passphrase + "\n",
    )

    cli.ok(listed)
    assert listed.stdout.strip().endswith("0 client(s)")


@pytest.mark.parametrize(
    ("args", "stdin"),
    [(["init"], None), (["clients", "--passphrase-stdin"], "")],
    ids=["init-no-environment-variable", "clients-empty-stdin"],
)
def test_no_passphrase_is_refused_before_anything_is_written(
    cli, tmp_path: Path, args: list[str], stdin: str | None
):
    data_dir = tmp_path / "data"

    result = cli.run(*args, data_dir=data_dir, passphrase=None, stdin=stdin)

    message = cli.fails(result)
    assert "CLINICDESK_PASSPHRASE" in message
    assert not data_dir.exists()


def test_wrong_passphrase_fails_cleanly_changes_no_data_and_is_audited_later(cli, tmp_path: Path):
    data_dir = new_vault(cli, tmp_path / "data")
    database = data_dir / "clinicdesk.db"
    before = sha256(database)

    wrong = cli.run("clients", data_dir=data_dir, passphrase="wrong horse battery staple")

    assert wrong.returncode == 1
    assert "Traceback" not in wrong.stderr
    assert len(wrong.stderr.splitlines()) == 1, wrong.stderr
    assert "passphrase is not correct" in wrong.stderr
    assert wrong.stdout == ""
    assert sha256(database) == before, "a failed unlock changed the database"
    header = json.loads((data_dir / "vault.json").read_text(encoding="utf-8"))
    assert len(header["failed_unlocks"]) == 1

    # The next successful unlock moves the failure into the audit chain, which must verify.
    verified = cli.ok(cli.run("verify", data_dir=data_dir))
    assert "intact" in verified.stdout
    header = json.loads((data_dir / "vault.json").read_text(encoding="utf-8"))
    assert header["failed_unlocks"] == []


def test_passphrase_typed_decomposed_opens_with_the_composed_form(cli, tmp_path: Path):
    data_dir = tmp_path / "data"
    composed = unicodedata.normalize("NFC", "Hélène Lefèvre 2026")
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    cli.ok(cli.run("init", data_dir=data_dir, passphrase=decomposed))

    opened = cli.run(
        "clients", "--passphrase-stdin", data_dir=data_dir, passphrase=None, stdin=composed + "\n"
    )

    cli.ok(opened)


# -- demo and listing --------------------------------------------------------------------------


def _demo_vault(cli, data_dir: Path) -> list[dict]:
    added = cli.ok(cli.run("demo", "--clients", "200", "--seed", "7", data_dir=data_dir))
    assert "Added 200 demo clients" in added.stdout
    return clients_json(cli, data_dir)


def test_demo_fills_the_vault_and_is_deterministic(cli, tmp_path: Path):
    for name in ("first", "second"):
        new_vault(cli, tmp_path / name)
    # Filled and listed side by side, to save wall-clock time.
    with ThreadPoolExecutor(max_workers=2) as pool:
        first, second = pool.map(
            lambda name: _demo_vault(cli, tmp_path / name), ["first", "second"]
        )

    assert len(first) == 200
    for row in first:
        assert row.keys() >= CLIENT_KEYS, row
    assert len({row["id"] for row in first}) == 200

    def people(rows: list[dict]) -> list[tuple]:
        fields = ("given_name", "family_name", "date_of_birth", "phone", "email")
        return sorted(tuple(row[f] or "" for f in fields) for row in rows)

    assert people(first) == people(second)
    # Realistic, multilingual data: not all names are plain ASCII.
    assert any(not row["family_name"].isascii() for row in first)


# -- search ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("malgorzata zolkiewska", {("Małgorzata", "Żółkiewska")}),
        ("王芳", {("芳", "王")}),
        ("0601 234 567", {("Małgorzata", "Żółkiewska")}),
        # Stored as "512 345 678": found by its international form only because the vault is PL.
        ("+48 512-345-678", {("Łucja", "Wąsowska")}),
        ("ola.nowak@EXAMPLE.pl", {("Aleksandra", "Nowak")}),
        ("14.03.1985", {("Małgorzata", "Żółkiewska")}),
    ],
    ids=[
        "polish-without-diacritics",
        "chinese-two-characters",
        "phone-national-formatting",
        "phone-international-for-national-record",
        "email",
        "date-of-birth-dotted",
    ],
)
def test_clients_search(cli, search_vault: Path, query: str, expected: set[tuple[str, str]]):
    rows = clients_json(cli, search_vault, "--search", query)

    assert {(row["given_name"], row["family_name"]) for row in rows} == expected


def test_clients_search_with_no_match_prints_an_empty_json_array(cli, search_vault: Path):
    result = cli.ok(cli.run("clients", "--json", "--search", "Zzyzx Qqqv", data_dir=search_vault))

    assert result.stdout.strip() == "[]"


# -- import ------------------------------------------------------------------------------------

POLISH_CSV = """\
Imię;Nazwisko;Data urodzenia;Telefon;E-mail;Miasto
Małgorzata;Żółkiewska;14.03.1985;601 234 567;m.zolkiewska@example.pl;Łódź
Łucja;Wąsowska;02.11.1990;+48 512 345 678;;Kraków
Grzegorz;Brzęczyszczykiewicz;;;;Chrząszczyżewoszyce
Zofia;Ślęzak;01.01.2999;;;Gdańsk
;;1970-01-01;600 100 200;;Poznań
Jędrzej;Kołłątaj;31.12.1975;;;Wrocław
"""
POLISH_NAMES = {
    ("Małgorzata", "Żółkiewska"),
    ("Łucja", "Wąsowska"),
    ("Grzegorz", "Brzęczyszczykiewicz"),
    ("Jędrzej", "Kołłątaj"),
}
FUTURE_BIRTH_LINE, NO_NAME_LINE = 5, 6


def test_import_polish_cp1250_semicolon_csv(cli, tmp_path: Path):
    data_dir = new_vault(cli, tmp_path / "data", country="PL")
    source = tmp_path / "klienci.csv"
    source.write_bytes(POLISH_CSV.replace("\n", "\r\n").encode("cp1250"))

    dry = cli.ok(cli.run("import-clients", source, "--dry-run", data_dir=data_dir))
    assert "Would import 4 client(s); skipped 2." in dry.stdout, dry.stdout

    first = cli.ok(cli.run("import-clients", source, data_dir=data_dir))
    # 4, not 0: the dry run wrote nothing that would make these rows "already present".
    assert "Imported 4 client(s); skipped 2." in first.stdout, first.stdout
    skipped = skipped_lines(first.stdout)
    assert set(skipped) == {FUTURE_BIRTH_LINE, NO_NAME_LINE}, first.stdout
    assert "future" in skipped[FUTURE_BIRTH_LINE]
    assert "no name" in skipped[NO_NAME_LINE]

    again = cli.ok(cli.run("import-clients", source, data_dir=data_dir))
    assert "Imported 0 client(s); skipped 6." in again.stdout, again.stdout
    skipped_again = skipped_lines(again.stdout)
    assert set(skipped_again) == {2, 3, 4, 5, 6, 7}, again.stdout
    for line in (2, 3, 4, 7):
        assert "already in ClinicDesk" in skipped_again[line], again.stdout

    rows = clients_json(cli, data_dir)
    assert {(row["given_name"], row["family_name"]) for row in rows} == POLISH_NAMES
    by_name = {row["family_name"]: row for row in rows}
    assert by_name["Żółkiewska"]["date_of_birth"] == "1985-03-14"
    assert by_name["Żółkiewska"]["email"] == "m.zolkiewska@example.pl"

    # Last, so the checks above still run: each skipped row names its line once, not
    # "line 5: line 5: ...".
    for report in (dry.stdout, first.stdout, again.stdout):
        for line, reason in skipped_lines(report).items():
            assert not reason.startswith(f"line {line}:"), f"line number repeated: {reason!r}"


PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
    + bytes(range(256)) * 8
)


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("binary", "not a text/CSV file"),
        ("empty", "no client rows"),
        ("missing", "cannot be read"),
    ],
)
def test_import_of_an_unusable_file_fails_cleanly_and_imports_nothing(
    cli, search_vault: Path, tmp_path: Path, kind: str, expected: str
):
    source = tmp_path / "clients.csv"
    if kind == "binary":
        source.write_bytes(PNG_BYTES)
    elif kind == "empty":
        source.write_bytes(b"")
    before = count_clients(cli, search_vault)

    result = cli.run("import-clients", source, data_dir=search_vault)

    message = cli.fails(result)
    assert expected in message
    assert "Imported" not in result.stdout
    assert count_clients(cli, search_vault) == before == 5


@pytest.mark.slow
def test_import_of_100000_rows_in_one_go(cli, tmp_path: Path):
    data_dir = new_vault(cli, tmp_path / "data", country="PL")
    given = [
        "Anna", "Maria", "Zofia", "Hélène", "Camille", "Łucja", "Małgorzata", "Chloé", "Inès",
        "Agnieszka", "Katarzyna", "Élodie", "Sophie", "Joanna", "Ewa", "Léa", "Manon", "Julia",
        "Magdalena", "Océane", "Natalia", "Aurélie", "Paulina", "Nathalie", "Marta",
    ]  # fmt: skip
    roots = ["Nowak", "Kowal", "Wiśniew", "Wójcik", "Kamiń", "Lewandow", "Zieliń", "Szymań",
             "Woźniak", "Dąbrow", "Kozłow", "Jankow", "Mazur", "Kwiatkow", "Krawczyk", "Piotrow",
             "Grabow", "Zając", "Pawłow", "Michal"]  # fmt: skip
    endings = ["ska", "ski", "a", "ówna", "-Dubois", "-Martin", "-Leroy", "-Moreau", "-Petit",
               "-Durand", "-Lefèvre", "-Girard", "-Roux", "-Fournier", "-Morel", "-Garnier",
               "-Faure", "-Blanc", "-Muller", "-Henry"]  # fmt: skip
    families = [root + ending for root in roots for ending in endings]  # 400
    lines = ["First name,Last name,Date of birth,Phone,Email,City"]
    number = 0
    for year in range(1950, 1960):  # 10 x 25 x 400 = 100,000 distinct people
        for first in given:
            for family in families:
                lines.append(
                    f"{first},{family},{year}-{number % 12 + 1:02d}-{number % 28 + 1:02d},"
                    f"+48 6{number:08d},client{number}@example.org,Kraków"
                )
                number += 1
    assert number == 100_000
    source = tmp_path / "big.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")

    started = time.perf_counter()
    result = cli.run("import-clients", source, data_dir=data_dir, timeout=600)
    elapsed = time.perf_counter() - started

    cli.ok(result)
    assert "Imported 100000 client(s); skipped 0." in result.stdout, result.stdout
    assert count_clients(cli, data_dir) == 100_000
    print(f"100,000-row import took {elapsed:.1f} s")


# -- integrity ---------------------------------------------------------------------------------


def test_verify_passes_on_a_healthy_vault(cli, search_vault: Path):
    result = cli.ok(cli.run("verify", data_dir=search_vault))

    assert result.stdout.startswith("5 clients, "), result.stdout
    assert "intact" in result.stdout
    assert "PROBLEM" not in result.stdout


def test_verify_names_a_damaged_photo_file(cli, tmp_path: Path):
    data_dir = new_vault(cli, tmp_path / "data")
    cli.ok(cli.run("demo", "--clients", "40", "--seed", "3", "--photos", data_dir=data_dir))
    healthy = cli.ok(cli.run("verify", data_dir=data_dir))
    assert "PROBLEM" not in healthy.stdout and " 0 photo files" not in healthy.stdout
    preview = next((data_dir / "blobs").rglob("photo-*-preview.blob"))
    damaged = bytearray(preview.read_bytes())
    damaged[-40] ^= 0xFF
    preview.write_bytes(bytes(damaged))

    result = cli.run("verify", data_dir=data_dir)

    cli.fails(result)
    assert f"PROBLEM: photo file {preview.stem}: damaged" in result.stdout


def test_an_older_copy_of_the_database_is_refused_and_nothing_is_deleted(cli, tmp_path: Path):
    data_dir = new_vault(cli, tmp_path / "data")
    aside = tmp_path / "aside"
    aside.mkdir()
    cli.ok(cli.run("demo", "--clients", "20", "--seed", "1", data_dir=data_dir))
    # No process has the database open now: the command has finished.
    database_files = [p for p in data_dir.iterdir() if p.name.startswith("clinicdesk.db")]
    for path in database_files:
        shutil.copy2(path, aside / path.name)
    cli.ok(cli.run("demo", "--clients", "20", "--seed", "2", data_dir=data_dir))

    for suffix in ("-wal", "-shm"):
        (data_dir / f"clinicdesk.db{suffix}").unlink(missing_ok=True)
    for path in aside.iterdir():
        shutil.copy2(path, data_dir / path.name)
    before = {p.name: sha256(p) for p in data_dir.iterdir() if p.is_file()}

    result = cli.run("clients", data_dir=data_dir)

    message = cli.fails(result)
    assert "older copy" in message
    assert "passphrase is not correct" not in message
    after = {p.name: sha256(p) for p in data_dir.iterdir() if p.is_file()}
    for name in ("clinicdesk.db", "vault.json", "vault.previous.json"):
        assert name in after, f"{name} was deleted"
    assert after["clinicdesk.db"] == before["clinicdesk.db"], "the old database was changed"
    assert after["vault.json"] == before["vault.json"]


def test_damaged_header_is_reported_as_damage_not_as_a_wrong_passphrase(cli, tmp_path: Path):
    data_dir = new_vault(cli, tmp_path / "data")
    garbage = b'{"format": "clinicdesk-vault", \x00\xff garbage'
    (data_dir / "vault.json").write_bytes(garbage)
    (data_dir / "vault.previous.json").write_bytes(garbage[::-1])
    database = sha256(data_dir / "clinicdesk.db")

    result = cli.run("clients", data_dir=data_dir)

    message = cli.fails(result)
    assert "damaged" in message
    assert "header" in message
    assert "not correct" not in message
    assert "wrong" not in message.lower()
    # Nothing was "repaired" over the evidence.
    assert (data_dir / "vault.json").read_bytes() == garbage
    assert (data_dir / "vault.previous.json").read_bytes() == garbage[::-1]
    assert sha256(data_dir / "clinicdesk.db") == database


def test_a_second_process_on_the_same_folder_is_told_clinicdesk_is_open(cli, search_vault: Path):
    lock = DataFolderLock(search_vault / "clinicdesk.lock")
    lock.acquire()
    try:
        result = cli.run("clients", data_dir=search_vault)
    finally:
        lock.release()

    message = cli.fails(result)
    assert "already open" in message


# -- the rest ------------------------------------------------------------------------------------


def test_self_test_passes(cli, tmp_path: Path):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    result = cli.run(
        "self-test",
        data_dir=tmp_path / "data",
        env={"TMPDIR": str(scratch), "TEMP": str(scratch), "TMP": str(scratch)},
    )

    cli.ok(result)
    lines = result.stdout.strip().splitlines()
    checks = lines[:-1]
    assert len(checks) >= 4, result.stdout
    for line in checks:
        assert line.startswith("ok"), result.stdout
    assert lines[-1] == "Self-test passed."
    assert not (tmp_path / "data").exists(), "self-test touched the data folder"


def test_debug_and_data_dir_are_accepted_after_the_subcommand(cli, search_vault: Path):
    result = cli.run(
        "clients", "--debug", "--data-dir", search_vault, "--json", "--search", "wasowska",
        data_dir=None,
    )  # fmt: skip

    cli.ok(result)
    rows = json.loads(result.stdout)
    assert [(row["given_name"], row["family_name"]) for row in rows] == [("Łucja", "Wąsowska")]


def test_unknown_subcommand_is_a_usage_error(cli, tmp_path: Path):
    result = cli.run("frobnicate", data_dir=tmp_path / "data")

    assert result.returncode == 2
    assert "invalid choice" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "data").exists()
