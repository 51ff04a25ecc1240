#!/usr/bin/env python3
"""Set up and run ClinicDesk from a source checkout, on any OS, with only Python.

    python3 dev.py app [ARGS...]    install what is needed, then launch ClinicDesk
    python3 dev.py test [ARGS...]   install what is needed, then lint and run every test;
                                    with no ARGS also build the bundle and self-test it
    python3 dev.py bundle           build the PyInstaller bundle in dist/ and self-test it
    python3 dev.py translations     collect new user-visible strings into the .ts files

The virtual environment lives in .venv and is refreshed only when pyproject.toml
changes or a command needs an optional group not installed yet. On Debian or
Ubuntu, `test` also installs the system packages the tests use (Qt's libraries,
fonts, poppler-utils for reading PDFs, binutils for PyInstaller) when they are
missing and it can (as root or through sudo). The bundle is built from build/clinicdesk.spec; PyInstaller's
work files go to build/work/ and the bundle to dist/ (both ignored by git).
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
SPEC = ROOT / "build" / "clinicdesk.spec"
WORK = ROOT / "build" / "work"
DIST = ROOT / "dist"
LINTED = ("src", "tests", "benchmarks", "build", "dev.py")
DEBIAN_TEST_PACKAGES = [
    "libegl1", "libgl1", "libfontconfig1", "libx11-6", "libglib2.0-0", "libxkbcommon0",
    "libdbus-1-3", "fonts-dejavu-core", "fonts-wqy-microhei", "poppler-utils",
    "libpulse0",  # QtMultimedia (the capture dialog's camera) does not load without it
]  # fmt: skip
# PyInstaller on Linux reads and writes executables with objdump, objcopy and strip.
DEBIAN_BUNDLE_PACKAGES = ["binutils"]


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


def ensure_venv(*groups: str) -> Path:
    """The venv's Python, with ClinicDesk and the optional dependency `groups` installed.

    The stamp remembers the pyproject.toml it installed and the groups, so switching
    between commands that need fewer groups installs nothing again.
    """
    if sys.version_info < (3, 11):
        sys.exit("ClinicDesk needs Python 3.11 or newer.")
    python = venv_python()
    if not python.exists():
        run(sys.executable, "-m", "venv", VENV)
    project = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    installed_project, _, installed = (
        STAMP.read_text().partition("\n") if STAMP.exists() else ("", "", "")
    )
    have = set(installed.split(",")) - {""} if installed_project == project else set()
    if installed_project != project or not set(groups) <= have:
        wanted = sorted(have | set(groups))
        extras = f"[{','.join(wanted)}]" if wanted else ""
        run(python, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        run(python, "-m", "pip", "install", "--quiet", "-e", f".{extras}")
        STAMP.write_text(f"{project}\n{','.join(wanted)}")
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


def ensure_debian_packages(names: list[str]) -> None:
    if not sys.platform.startswith("linux") or not shutil.which("dpkg-query"):
        return
    missing = [
        name
        for name in names
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


def build_bundle(python: Path, env: dict[str, str] | None = None) -> None:
    """The one-folder bundle in dist/, then its self-test (see build/bundle_check.py)."""
    compile_translations()
    run(
        python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--workpath", WORK, "--distpath", DIST, SPEC,
    )  # fmt: skip
    run(python, ROOT / "build" / "bundle_check.py", DIST, env=env)


def main(argv: list[str]) -> None:
    if not argv or argv[0] not in ("app", "test", "bundle", "translations"):
        sys.exit(__doc__)
    command, rest = argv[0], argv[1:]
    if command == "translations":
        ensure_venv("test")
        update_translations()
        return
    if command == "app":
        python = ensure_venv()
        compile_translations()
        run(python, "-m", "clinicdesk", *rest)
        return
    if command == "bundle":
        ensure_debian_packages(DEBIAN_BUNDLE_PACKAGES)
        build_bundle(ensure_venv("bundle"))
        return
    ensure_debian_packages(DEBIAN_TEST_PACKAGES + DEBIAN_BUNDLE_PACKAGES)
    python = ensure_venv("test", "bundle")
    compile_translations()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run(python, "-m", "ruff", "check", *LINTED)
    run(python, "-m", "ruff", "format", "--check", *LINTED)
    run(python, "-m", "mypy")
    if not rest:
        # Before pytest, whose tests/integration/test_bundle.py runs this bundle.
        build_bundle(python, env)
    run(python, "-m", "pytest", *rest, env=env)


if __name__ == "__main__":
    main(sys.argv[1:])
