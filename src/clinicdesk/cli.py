"""The `clinicdesk` command: the GUI by default, and headless subcommands for
scripts, support and tests. Every subcommand reads the passphrase from
CLINICDESK_PASSPHRASE or, with --passphrase-stdin, from the first line of
standard input; fails with one line on stderr and a non-zero exit; and prints a
traceback only with --debug.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from clinicdesk import __version__
from clinicdesk.errors import QT_TRANSLATE_NOOP, ClinicDeskError, ValidationError
from clinicdesk.paths import data_dir

PASSPHRASE_ENV = "CLINICDESK_PASSPHRASE"  # noqa: S105 - the variable name
EXIT_OK, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 130


class CliError(ClinicDeskError):
    """A problem with how the command was called."""


def _common_options() -> argparse.ArgumentParser:
    # SUPPRESS keeps a value given before the subcommand from being reset after it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir", default=argparse.SUPPRESS, help="the data folder to use (default: per user)"
    )
    common.add_argument(
        "--passphrase-stdin",
        action="store_true",
        default=argparse.SUPPRESS,
        help=f"read the passphrase from standard input instead of {PASSPHRASE_ENV}",
    )
    common.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks"
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = argparse.ArgumentParser(
        prog="clinicdesk",
        description="ClinicDesk keeps the client file of a salon or clinic. "
        "With no command it opens the application window.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"ClinicDesk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", parents=[common], help="create a new vault")
    init.add_argument("--clinic", default="My clinic", help="the clinic's name")
    init.add_argument("--practitioner", default="Practitioner", help="the practitioner's name")
    init.add_argument("--language", default="en", choices=["en", "fr", "pl", "zh_CN"])
    init.add_argument("--country", default=None, help="two-letter country code, e.g. FR")
    init.add_argument("--currency", default="EUR", help="ISO currency code, e.g. PLN")

    demo = commands.add_parser("demo", parents=[common], help="fill the vault with demo clients")
    demo.add_argument("--clients", type=int, required=True, metavar="N")
    demo.add_argument("--seed", type=int, default=0, metavar="S")
    demo.add_argument(
        "--photos", action="store_true", help="give treated demo clients photos of their sessions"
    )

    listing = commands.add_parser("clients", parents=[common], help="list or search clients")
    listing.add_argument("--search", default="", metavar="TEXT")
    listing.add_argument("--limit", type=int, default=None, metavar="N")
    listing.add_argument("--json", action="store_true", help="print a JSON array")

    importing = commands.add_parser(
        "import-clients", parents=[common], help="import clients from a CSV file"
    )
    importing.add_argument("file", type=Path)
    importing.add_argument("--dry-run", action="store_true", help="check the file, import nothing")

    commands.add_parser("verify", parents=[common], help="check database, audit chain and head")
    commands.add_parser("self-test", parents=[common], help="check this installation works")
    return parser


# -- helpers ---------------------------------------------------------------------------


def read_passphrase(args: argparse.Namespace) -> str:
    if getattr(args, "passphrase_stdin", False):
        line = sys.stdin.readline()
        passphrase = line[:-1] if line.endswith("\n") else line
        passphrase = passphrase.removesuffix("\r")
    else:
        passphrase = os.environ.get(PASSPHRASE_ENV, "")
    if not passphrase:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "No passphrase given: set CLINICDESK_PASSPHRASE or use --passphrase-stdin.",
            )
        )
    return passphrase


def _folder(args: argparse.Namespace) -> Path:
    return data_dir(getattr(args, "data_dir", None))


def _open(args: argparse.Namespace):
    from clinicdesk.services.practice import open_practice

    return open_practice(_folder(args), passphrase=read_passphrase(args))


def _out(text: str = "") -> None:
    print(text, flush=True)


# -- commands ----------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    from clinicdesk.services.practice import create_practice

    practice, recovery_key = create_practice(
        _folder(args),
        passphrase=read_passphrase(args),
        clinic_name=args.clinic,
        practitioner_name=args.practitioner,
        language=args.language,
        country=args.country.upper() if args.country else None,
        currency=args.currency.upper(),
    )
    practice.close()
    _out(f"Created a ClinicDesk vault in {_folder(args)}")
    _out("Recovery key (write it down and keep it apart from this computer; shown only once):")
    _out(f"  {recovery_key}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from clinicdesk.services import clients
    from clinicdesk.services.demo_data import demo_clients
    from clinicdesk.services.demo_treatments import add_demo_treatments

    if args.clients < 1:
        raise CliError(QT_TRANSLATE_NOOP("ClinicDeskError", "--clients must be at least 1."))
    with _open(args) as practice:
        created = clients.create_clients_bulk(
            practice,
            items=demo_clients(args.clients, seed=args.seed),
            source="demo",
            summary={"clients": args.clients, "seed": args.seed},
        )
        treated = add_demo_treatments(practice, client_ids=created, seed=args.seed)
        photographed = 0
        if args.photos:
            from clinicdesk.services.demo_photos import add_demo_photos

            photographed = add_demo_photos(practice, client_ids=created, seed=args.seed)
    _out(f"Added {len(created)} demo clients and {treated} treatment sessions.")
    if args.photos:
        _out(f"Added {photographed} demo photos.")
    return EXIT_OK


def cmd_clients(args: argparse.Namespace) -> int:
    from clinicdesk.services import clients

    with _open(args) as practice:
        rows = clients.search_clients(practice, text=args.search, limit=args.limit)
    if args.json:
        keys = ("id", "given_name", "family_name", "preferred_name", "phone", "email", "city")
        data = [
            {
                **{key: getattr(row, key) for key in keys},
                "date_of_birth": row.date_of_birth.isoformat() if row.date_of_birth else None,
            }
            for row in rows
        ]
        _out(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    for row in rows:
        born = row.date_of_birth.isoformat() if row.date_of_birth else "-"
        _out(
            f"{row.id:>7}  {row.family_name}, {row.given_name}  {born}  {row.phone or '-'}  {row.email or '-'}"
        )
    _out(f"{len(rows)} client(s)")
    return EXIT_OK


def cmd_import_clients(args: argparse.Namespace) -> int:
    from clinicdesk.services.client_import import import_clients

    with _open(args) as practice:
        report = import_clients(practice, path=args.file, dry_run=args.dry_run)
    verb = "Would import" if args.dry_run else "Imported"
    _out(f"{verb} {report.imported} client(s); skipped {len(report.skipped)}.")
    _out(f"File read as {report.encoding}, separated by {report.delimiter!r}.")
    for skipped in report.skipped:
        _out(f"  line {skipped.line}: {skipped.reason}")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from clinicdesk.services.integrity import verify

    with _open(args) as practice:
        report = verify(practice)
    _out(
        f"{report.clients} clients, {report.audit_entries} audit entries, "
        f"{report.photo_files} photo files checked."
    )
    for problem in report.problems:
        _out(f"PROBLEM: {problem}")
    if not report.ok:
        raise CliError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "Verification found {count} problem(s)."),
            count=len(report.problems),
        )
    _out("Database, audit chain, chain head and photo files are intact.")
    return EXIT_OK


def _qt_self_test() -> str:
    # Imported only here: the other commands run without loading Qt.
    from clinicdesk.app import qt_self_test

    return qt_self_test()


def cmd_self_test(args: argparse.Namespace) -> int:
    from clinicdesk.services.self_test import run_self_test

    results = run_self_test(
        lambda c: _out(f"{'ok  ' if c.passed else 'FAIL'}  {c.name}: {c.detail}"),
        more=[("Qt", _qt_self_test)],
    )
    failed = [c.name for c in results if not c.passed]
    if failed:
        raise CliError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "Self-test failed: {names}."),
            names=", ".join(failed),
        )
    _out("Self-test passed.")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "clients": cmd_clients,
    "import-clients": cmd_import_clients,
    "verify": cmd_verify,
    "self-test": cmd_self_test,
}


def _fail(message: str) -> int:
    print(f"clinicdesk: {message}", file=sys.stderr, flush=True)
    return EXIT_FAILED


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from clinicdesk.app import run_gui

        return run_gui(data_dir_override=getattr(args, "data_dir", None))
    debug = getattr(args, "debug", False)
    try:
        return COMMANDS[args.command](args)
    except ValidationError as exc:
        return _fail(f"{exc} ({exc.field})" if exc.field else str(exc))
    except ClinicDeskError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as exc:
        if debug:
            raise
        # The exception's text may quote client data, so only its type is shown.
        return _fail(
            f"unexpected error ({type(exc).__name__}); nothing more was changed. "
            "Run the command again with --debug for details."
        )
