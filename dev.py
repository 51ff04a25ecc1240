#!/usr/bin/env python3
"""Set up and run ClinicDesk from a source checkout, on any OS, with only Python.

    python3 dev.py app [ARGS...]    install what is needed, then launch ClinicDesk
    python3 dev.py test [ARGS...]   install what is needed, then lint and run every test
    python3 dev.py translations     collect new user-visible strings into the .ts files

The virtual environment lives in .venv and is refreshed only when pyproject.toml
changes. On Debian or Ubuntu, `test` also installs the system packages the tests
use (Qt's libraries, fonts, poppler-utils for reading PDFs) when they are missing
and it can (as root or through sudo).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
SOURCES = ROOT / "src" / "clinicdesk"
TRANSLATIONS = SOURCES / "resources" / "translations"
STAMP = VENV / ".clinicdesk-installed"
DEBIAN_TEST_PACKAGES = [
    "libegl1", "libgl1", "libfontconfig1", "libx11-6", "libglib2.0-0", "libxkbcommon0",
    "libdbus-1-3", "fonts-dejavu-core", "fonts-wqy-microhei", "poppler-utils",
]  # fmt: skip


def venv_tool(name: str) -> Path:
    return (
        VENV
        / ("Scripts" if os.name == "nt" else "bin")
        / (name + (".exe" if os.name == "nt" else ""))
    )


def venv_python() -> Path:
    return venv_tool("python")


def run(*command: str | os.PathLike[str], env: dict[str, str] | None = None) -> None:
    result = subprocess.run([str(c) for c in command], cwd=ROOT, env=env, check=False)
    if result.returncode:
        sys.exit(result.returncode)


def ensure_venv(extra: str) -> Path:
    if sys.version_info < (3, 11):
        sys.exit("ClinicDesk needs Python 3.11 or newer.")
    python = venv_python()
    if not python.exists():
        run(sys.executable, "-m", "venv", VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extra.encode()).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != wanted:
        run(python, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        run(python, "-m", "pip", "install", "--quiet", "-e", f".{extra}")
        STAMP.write_text(wanted)
    return python


def compile_translations() -> None:
    """Build the .qm files Qt loads from the .ts files kept in git (generated, not committed)."""
    for source in TRANSLATIONS.glob("*.ts"):
        compiled = source.with_suffix(".qm")
        if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
            run(venv_tool("pyside6-lrelease"), "-silent", source, "-qm", compiled)


def update_translations() -> None:
    python_files = sorted(str(p) for p in SOURCES.rglob("*.py"))
    for source in sorted(TRANSLATIONS.glob("clinicdesk_*.ts")):
        language = source.stem.removeprefix("clinicdesk_")
        run(
            venv_tool("pyside6-lupdate"), *python_files, "-target-language", language, "-ts", source
        )


def ensure_debian_packages() -> None:
    if not sys.platform.startswith("linux") or not shutil.which("dpkg-query"):
        return
    missing = [
        name
        for name in DEBIAN_TEST_PACKAGES
        if subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True, check=False
        ).stdout.strip()
        != "install ok installed"
    ]
    if not missing:
        return
    prefix = [] if os.geteuid() == 0 else (["sudo", "-n"] if shutil.which("sudo") else None)
    if prefix is None:
        print("Please install these packages first: " + " ".join(missing), file=sys.stderr)
        sys.exit(1)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run(*prefix, "apt-get", "update", "-qq", env=env)
    run(*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing, env=env)


def main(argv: list[str]) -> None:
    if not argv or argv[0] not in ("app", "test", "translations"):
        sys.exit(__doc__)
    command, rest = argv[0], argv[1:]
    if command == "translations":
        ensure_venv("[test]")
        update_translations()
        return
    if command == "app":
        python = ensure_venv("")
        compile_translations()
        run(python, "-m", "clinicdesk", *rest)
        return
    ensure_debian_packages()
    python = ensure_venv("[test]")
    compile_translations()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run(python, "-m", "ruff", "check", "src", "tests", "benchmarks", "dev.py")
    run(python, "-m", "ruff", "format", "--check", "src", "tests", "benchmarks", "dev.py")
    run(python, "-m", "mypy")
    run(python, "-m", "pytest", *rest, env=env)


if __name__ == "__main__":
    main(sys.argv[1:])
