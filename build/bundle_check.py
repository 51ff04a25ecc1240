"""Check a built bundle the way a practitioner's computer will use it.

    python build/bundle_check.py [DIST]      (DIST defaults to ./dist)

1. `--version` and `self-test` from the bundle where it was built;
2. the bundle copied to a folder whose path has spaces and non-ASCII letters
   (like C:\\Users\\Zoë Łukasiewicz\\), run from there: `self-test` with its scratch
   files under that path too, then `init` and `verify` on a data folder there.

Exits non-zero, saying which step failed and with what output, when any step fails.
Run by `python3 dev.py bundle` (and so by CI) and by .github/workflows/bundles.yml.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

APP = "ClinicDesk"
AWKWARD_USER = "Zoë Łukasiewicz"
TIMEOUT_SECONDS = 180
PASSPHRASE = "bundle check, not a real passphrase"


def bundle_folder(dist: Path) -> Path:
    """What an installer copies: the .app on macOS, the one folder elsewhere."""
    return dist / f"{APP}.app" if sys.platform == "darwin" else dist / APP


def command_line(folder: Path) -> Path:
    """The executable that prints: on Windows the windowed ClinicDesk.exe has no console."""
    if sys.platform == "darwin":
        return folder / "Contents" / "MacOS" / APP
    if sys.platform == "win32":
        return folder / "clinicdesk-cli.exe"
    return folder / APP


def run(executable: Path, *args: str, env: dict[str, str] | None = None) -> str:
    started = time.perf_counter()
    result = subprocess.run(
        [str(executable), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env={**os.environ, **(env or {})},
        timeout=TIMEOUT_SECONDS,
        check=False,
    )
    seconds = time.perf_counter() - started
    print(f"$ {executable.name} {' '.join(args)}   ({seconds:.1f} s, exit {result.returncode})")
    output = (result.stdout + result.stderr).rstrip()
    if output:
        print("  " + output.replace("\n", "\n  "))
    if result.returncode != 0:
        sys.exit(f"bundle check failed: `{' '.join(args)}` exited {result.returncode}")
    return result.stdout


def link_or_copy(source: str, target: str) -> None:
    # Hard links keep the copy instant (and a macOS signature intact); across disks, copy.
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def check(dist: Path) -> None:
    folder = bundle_folder(dist)
    executable = command_line(folder)
    if not executable.is_file():
        sys.exit(f"bundle check failed: no {executable}; build it with `python3 dev.py bundle`")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from clinicdesk import __version__

    version = run(executable, "--version").strip()
    if version != f"{APP} {__version__}":
        sys.exit(f"bundle check failed: the bundle says {version!r}, the sources {__version__}")
    run(executable, "self-test")

    with tempfile.TemporaryDirectory(prefix="clinicdesk-bundle-check-") as scratch:
        home = Path(scratch) / AWKWARD_USER
        copy = home / "Programy ClinicDesk" / folder.name
        shutil.copytree(folder, copy, symlinks=True, copy_function=link_or_copy)
        temporary = home / "Temp files"
        temporary.mkdir()
        awkward = command_line(copy)
        elsewhere = {"TMPDIR": str(temporary), "TEMP": str(temporary), "TMP": str(temporary)}
        run(awkward, "self-test", env=elsewhere)
        data = home / "Dane kliniki Zoë"
        secret = {**elsewhere, "CLINICDESK_PASSPHRASE": PASSPHRASE}
        run(awkward, "--data-dir", str(data), "init", "--clinic", "Salon Zoë", env=secret)
        run(awkward, "--data-dir", str(data), "verify", env=secret)
    print(f"Bundle check passed: {folder}")


if __name__ == "__main__":
    check(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("dist"))
