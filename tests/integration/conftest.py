"""Running the `clinicdesk` command as a real subprocess.

The in-process `fast_key_derivation` patch does not reach a subprocess: a vault
made by `clinicdesk init` uses the production Argon2id, and each command costs
most of a second in imports alone, so tests keep their subprocess calls few.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PASSPHRASE = "correct horse battery staple"
TIMEOUT_SECONDS = 120


def run_cli(
    *args: str | os.PathLike[str],
    data_dir: Path | None,
    passphrase: str | None = PASSPHRASE,
    stdin: str | None = None,
    env: dict[str, str] | None = None,
    timeout: float = TIMEOUT_SECONDS,
) -> subprocess.CompletedProcess[str]:
    """`python -m clinicdesk [--data-dir DIR] ARGS...`, passphrase in the environment.

    `passphrase=None` leaves CLINICDESK_PASSPHRASE unset (for --passphrase-stdin,
    or to test its absence); `stdin` is fed to standard input as text. With
    `data_dir=None` no --data-dir is given (the root conftest points
    CLINICDESK_DATA_DIR into the test's tmp_path, never at the real folder).
    """
    environment = {
        key: value for key, value in os.environ.items() if key != "CLINICDESK_PASSPHRASE"
    }
    environment["QT_QPA_PLATFORM"] = "offscreen"
    environment["PYTHONIOENCODING"] = "utf-8"
    if passphrase is not None:
        environment["CLINICDESK_PASSPHRASE"] = passphrase
    environment.update(env or {})
    command = [sys.executable, "-m", "clinicdesk"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    command += [str(arg) for arg in args]
    return subprocess.run(
        command,
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        timeout=timeout,
        check=False,
    )


def assert_ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, (
        f"exit {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    )
    return result


def assert_clean_failure(result: subprocess.CompletedProcess[str], exit_code: int = 1) -> str:
    """The command failed with `exit_code` and one line on stderr, no traceback; returns it."""
    assert result.returncode == exit_code, (
        f"exit {result.returncode}, expected {exit_code}\n"
        f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    )
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {len(lines)}:\n{result.stderr}"
    return lines[0]


class Cli:
    """What the `cli` fixture hands out: `cli.run(...)`, `cli.ok(result)`, `cli.fails(result)`
    and `cli.passphrase` (test modules cannot import from a conftest)."""

    passphrase = PASSPHRASE
    run = staticmethod(run_cli)
    ok = staticmethod(assert_ok)
    fails = staticmethod(assert_clean_failure)


@pytest.fixture(scope="session")
def cli() -> Cli:
    """Session-scoped, so module-scoped fixtures that build shared vaults can use it too."""
    return Cli()
