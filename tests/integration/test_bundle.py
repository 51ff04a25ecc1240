"""The PyInstaller bundle (python3 dev.py bundle) on the bad input of issue 9: started from
a read-only folder whose path has spaces and non-ASCII letters, and with a default data
folder it cannot write. It must start, or say exactly why not in the user's language,
with no traceback.

Skipped when there is no bundle in dist/, or one older than the sources (`dev.py test`
builds it just before running the tests). Linux only: the Windows and macOS bundles are
checked by .github/workflows/bundles.yml.

CI runs as root, which passes every permission check, so "read-only" is a read-only bind
mount in a user namespace (`unshare`), and "not allowed" runs the bundle as `nobody`
(setpriv); the bundle and its home are therefore put where `nobody` can read them.
"""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.integration.test_data_folder import in_read_only_mount, read_only_mount_works

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "ClinicDesk"
EXECUTABLE = BUNDLE / "ClinicDesk"
PASSPHRASE = "bundle test, not a real passphrase"
NOBODY = 65534
TIMEOUT_SECONDS = 120


def bundle_problem() -> str | None:
    if not sys.platform.startswith("linux"):
        return "the Linux bundle; bundles.yml checks the Windows and macOS ones"
    if not EXECUTABLE.is_file():
        return "no bundle in dist/: python3 dev.py bundle"
    newest = max(path.stat().st_mtime for path in (ROOT / "src").rglob("*.py"))
    if EXECUTABLE.stat().st_mtime < newest:
        return "the bundle in dist/ is older than the sources: python3 dev.py bundle"
    return None


pytestmark = pytest.mark.skipif(bundle_problem() is not None, reason=str(bundle_problem()))
READ_ONLY_MOUNT = read_only_mount_works()


def link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


@pytest.fixture(scope="module")
def place() -> Iterator[Path]:
    """A folder everyone may read (pytest's own is private to root), removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="clinicdesk-bundle-test-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def programs(place: Path) -> Path:
    """The bundle installed under /…/Zoë Łukasiewicz/Programy ClinicDesk/ClinicDesk."""
    programs = place / "Zoë Łukasiewicz" / "Programy ClinicDesk"
    shutil.copytree(BUNDLE, programs / "ClinicDesk", symlinks=True, copy_function=link_or_copy)
    return programs


def home(place: Path, name: str) -> Path:
    folder = place / "Zoë Łukasiewicz" / "homes" / name
    folder.mkdir(parents=True)
    for each in (folder, *folder.parents):
        if each == place:
            break
        each.chmod(0o755)
    return folder


def environment(home: Path, language: str = "en_GB.UTF-8", **extra: str) -> dict[str, str]:
    """A practitioner's session: nothing of the test run (no CLINICDESK_DATA_DIR, no XDG_*)."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "LANG": language,
        "LC_ALL": language,
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": tempfile.gettempdir(),
        **extra,
    }


def as_nobody(command: list[str]) -> list[str]:
    return ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *command]


def read_only(folder: Path, command: list[str]) -> list[str]:
    if READ_ONLY_MOUNT:
        return in_read_only_mount(folder, *command)
    pytest.skip("no user namespaces for a read-only mount")


def run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=TIMEOUT_SECONDS,
        check=False,
    )


def files_in(folder: Path) -> set[Path]:
    return set(folder.rglob("*"))


class Gui:
    """The bundle's GUI, started with no command, watched through its standard error."""

    def __init__(self, command: list[str], env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=env,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.stderr: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.put(line)

    def line_starting(self, prefix: str, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                continue
            self.stderr.append(line)
            if line.startswith(prefix):
                return line.rstrip("\n")
        raise AssertionError(f"no line starting {prefix!r} on stderr:\n{''.join(self.stderr)}")

    def wait_for(self, path: Path, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while not path.exists():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"{path} never appeared (exit {self.process.returncode})")
            time.sleep(0.1)

    def stop(self) -> str:
        """Close it (it waits for a person at a dialog) and return all it wrote on stderr."""
        self.process.kill()
        self.process.wait(timeout=30)
        while not self.lines.empty():
            self.stderr.append(self.lines.get())
        return "".join(self.stderr)


# -- it starts -----------------------------------------------------------------------------------


def test_it_runs_from_a_read_only_folder_with_spaces_and_accents(place, programs):
    # GIVEN the bundle in a read-only /…/Zoë Łukasiewicz/Programy ClinicDesk/, a home there too
    executable = str(programs / "ClinicDesk" / "ClinicDesk")
    user = home(place, "runs")
    before = files_in(programs)

    # WHEN it checks itself, and a vault is made in the default data folder
    version = run(read_only(programs, [executable, "--version"]), environment(user))
    checked = run(read_only(programs, [executable, "self-test"]), environment(user))
    made = run(
        read_only(programs, [executable, "init", "--clinic", "Gabinet Zoë"]),
        environment(user, CLINICDESK_PASSPHRASE=PASSPHRASE),
    )

    # THEN all of it works, the vault is under the home, and the bundle wrote nothing
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("ClinicDesk ")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.strip().endswith("Self-test passed.")
    assert f"bundle in {programs / 'ClinicDesk'}" in checked.stdout
    assert made.returncode == 0, made.stderr
    assert (user / ".local" / "share" / "ClinicDesk" / "vault.json").is_file()
    assert files_in(programs) == before


def test_its_window_opens_from_there(place, programs):
    user = home(place, "window")
    command = read_only(programs, [str(programs / "ClinicDesk" / "ClinicDesk")])

    gui = Gui(command, environment(user))
    try:
        # The log is written once the data folder is in use, just before the first window.
        gui.wait_for(user / ".local" / "share" / "ClinicDesk" / "logs" / "clinicdesk.log")
        time.sleep(1)
        still_running = gui.process.poll() is None
    finally:
        stderr = gui.stop()

    assert still_running, stderr
    assert "Traceback" not in stderr


# -- or says why not -----------------------------------------------------------------------------


def blocked_by_a_file(user: Path) -> None:
    (user / ".local").write_text("not a folder")


@pytest.mark.parametrize(
    ("case", "reason"),
    [
        ("a file in the way", "there is a file named"),
        ("read-only", "can only be read, not written to"),
        ("not allowed", "your user account is not allowed to write there"),
    ],
)
def test_it_says_why_it_cannot_use_its_data_folder(place, programs, case, reason):
    user = home(place, case.replace(" ", "-"))
    command = [str(programs / "ClinicDesk" / "ClinicDesk")]
    if case == "a file in the way":
        blocked_by_a_file(user)
    elif case == "read-only":
        command = read_only(user, command)
    elif os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("setpriv is needed to run as another user than root")
        command = as_nobody(command)  # the home is root's: nobody may read it, not write in it
    else:
        user.chmod(0o555)

    gui = Gui(command, environment(user))
    try:
        said = gui.line_starting("ClinicDesk: ")
        time.sleep(0.3)
        still_showing = gui.process.poll() is None  # the dialog waits for the practitioner
    finally:
        stderr = gui.stop()
        user.chmod(0o755)

    folder = user / ".local" / "share" / "ClinicDesk"
    assert said.startswith(f"ClinicDesk: ClinicDesk cannot use its data folder {folder}: ")
    assert reason in said
    assert still_showing, stderr
    assert "Traceback" not in stderr


def test_it_says_it_in_the_systems_language(place, programs):
    user = home(place, "polish")
    blocked_by_a_file(user)

    gui = Gui([str(programs / "ClinicDesk" / "ClinicDesk")], environment(user, "pl_PL.UTF-8"))
    try:
        said = gui.line_starting("ClinicDesk: ")
    finally:
        stderr = gui.stop()

    assert str(user / ".local" / "share" / "ClinicDesk") in said
    assert "cannot use its data folder" not in said  # Polish, from the bundled .qm
    assert "Traceback" not in stderr


def test_a_command_fails_with_one_line_and_no_traceback(place, programs):
    user = home(place, "command")
    blocked_by_a_file(user)

    result = run(
        [str(programs / "ClinicDesk" / "ClinicDesk"), "init"],
        environment(user, CLINICDESK_PASSPHRASE=PASSPHRASE),
    )

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("clinicdesk: The data folder ")
