"""A data folder ClinicDesk cannot use: found before anything is opened, and said in the
practitioner's language, with no traceback (issue 9's bad input, from a source install;
tests/integration/test_bundle.py does the same with the bundle).

CI runs as root, which passes every permission check, so "cannot write" is made real in
ways that hold for root too: a file where the folder should be, a read-only bind mount in
a user namespace (`unshare`), and otherwise the errno each case produces.
"""

from __future__ import annotations

import ast
import errno
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from clinicdesk import paths
from clinicdesk.app import FOLDER_PROBLEMS, OTHER_FOLDER_HINT, data_folder_message
from clinicdesk.paths import DataFolderProblem, FolderProblem, data_folder_problem

SOURCES = Path(__file__).resolve().parents[2] / "src"


def read_only_mount_works() -> bool:
    try:
        probe = subprocess.run(
            ["unshare", "--user", "--map-root-user", "--mount", "true"],
            capture_output=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return probe.returncode == 0


def in_read_only_mount(folder: Path, *command: str) -> list[str]:
    """`command`, run where `folder` is mounted read-only: EROFS even for root."""
    script = 'mount --bind -o ro "$1" "$1" && shift && exec "$@"'
    return [
        "unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script, "sh",
        str(folder), *command,
    ]  # fmt: skip


# -- deciding ------------------------------------------------------------------------------------


def test_a_usable_folder_is_created_and_nothing_is_left_in_it(tmp_path: Path):
    root = tmp_path / "Zoë Łukasiewicz" / "ClinicDesk"

    assert data_folder_problem(root) is None

    assert root.is_dir()
    assert list(root.iterdir()) == []


@pytest.mark.parametrize("where", ["parent", "itself", "grandparent"])
def test_a_file_where_the_folder_should_be(tmp_path: Path, where: str):
    blocker = {
        "parent": tmp_path / "share",
        "itself": tmp_path / "share" / "ClinicDesk",
        "grandparent": tmp_path,
    }[where]
    if where == "itself":
        blocker.parent.mkdir()
    if where == "grandparent":
        blocker = tmp_path / "home"
        root = blocker / "share" / "ClinicDesk"
    else:
        root = tmp_path / "share" / "ClinicDesk"
    blocker.write_text("not a folder")

    problem = data_folder_problem(root)

    assert problem is not None
    assert problem.kind is FolderProblem.NOT_A_FOLDER
    assert problem.folder == root
    assert problem.culprit == blocker


def test_a_link_to_nowhere_where_the_folder_should_be(tmp_path: Path):
    root = tmp_path / "ClinicDesk"
    root.symlink_to(tmp_path / "unplugged drive" / "ClinicDesk")

    problem = data_folder_problem(root)

    assert problem is not None
    assert problem.kind is FolderProblem.NOT_A_FOLDER


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (errno.EROFS, FolderProblem.READ_ONLY),
        (errno.EACCES, FolderProblem.NOT_ALLOWED),
        (errno.EPERM, FolderProblem.NOT_ALLOWED),
        (errno.ENOSPC, FolderProblem.FULL),
        (errno.EDQUOT, FolderProblem.FULL),
        (errno.EIO, FolderProblem.UNAVAILABLE),
        (errno.ENAMETOOLONG, FolderProblem.UNAVAILABLE),
    ],
)
def test_what_each_error_means(tmp_path: Path, code: int, kind: FolderProblem):
    error = OSError(code, os.strerror(code))

    problem = paths.problem_from_error(tmp_path / "ClinicDesk", error)

    assert problem.kind is kind
    assert problem.detail == os.strerror(code)


def test_a_write_protected_card_on_windows_is_read_only(tmp_path: Path):
    # Windows reports ERROR_WRITE_PROTECT (19) with errno EACCES.
    error = OSError(errno.EACCES, "The media is write protected")
    error.winerror = 19  # type: ignore[attr-defined]

    problem = paths.problem_from_error(tmp_path / "ClinicDesk", error)

    assert problem.kind is FolderProblem.READ_ONLY


@pytest.mark.skipif(not read_only_mount_works(), reason="no user namespaces for a read-only mount")
def test_a_read_only_disk_is_found_for_real(tmp_path: Path):
    mounted = tmp_path / "Zoë Łukasiewicz"
    mounted.mkdir()
    probe = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(SOURCES)!r})
        from pathlib import Path
        from clinicdesk.paths import data_folder_problem
        problem = data_folder_problem(Path({str(mounted / ".local" / "ClinicDesk")!r}))
        print(problem.kind.name if problem else "usable")
        """
    )

    result = subprocess.run(
        in_read_only_mount(mounted, sys.executable, "-c", probe),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "READ_ONLY"
    assert not (mounted / ".local").exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_folder_this_account_may_not_write_for_real(tmp_path: Path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    try:
        problem = data_folder_problem(locked / "ClinicDesk")
    finally:
        locked.chmod(0o700)

    assert problem is not None
    assert problem.kind is FolderProblem.NOT_ALLOWED


# -- saying it ----------------------------------------------------------------------------------


class MarkingTranslator(QTranslator):
    """Returns every "App" string marked, to show which strings went through tr()."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"«{source}»" if context == "App" else None


@pytest.fixture
def marking_translator(qapp):
    translator = MarkingTranslator()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.mark.parametrize("kind", list(FolderProblem))
def test_every_problem_is_said_through_translations(marking_translator, tmp_path, kind):
    folder = tmp_path / "Zoë" / "ClinicDesk"
    problem = DataFolderProblem(kind, folder, folder.parent, "Input/output error")

    message = data_folder_message(problem)

    frame = QCoreApplication.translate("App", "ClinicDesk cannot use its data folder %1: %2")
    assert frame.startswith("«")
    assert message.startswith(f"«ClinicDesk cannot use its data folder {folder}: «")
    assert f"«{FOLDER_PROBLEMS[kind]}»".split("%1")[0] in message
    assert f"«{OTHER_FOLDER_HINT}»" in message
    if kind is FolderProblem.NOT_A_FOLDER:
        assert f"named {folder.parent} where" in message
    if kind is FolderProblem.UNAVAILABLE:
        assert "Input/output error" in message


def test_the_gui_says_why_in_the_system_language_and_stops(tmp_path: Path):
    # GIVEN a data folder whose parent is a file, and a Polish system
    (tmp_path / "share").write_text("not a folder")
    folder = tmp_path / "share" / "ClinicDesk"
    probe = textwrap.dedent(
        """
        import sys
        from PySide6.QtWidgets import QMessageBox
        shown = []
        QMessageBox.critical = lambda parent, title, text: shown.append(text)
        from clinicdesk.app import run_gui
        code = run_gui(sys.argv[1])
        print(repr(shown))
        sys.exit(code)
        """
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LC_ALL": "pl_PL.UTF-8",
        "LANG": "pl_PL.UTF-8",
        "PYTHONIOENCODING": "utf-8",
    }

    # WHEN the GUI starts on it
    result = subprocess.run(
        [sys.executable, "-c", probe, str(folder)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )

    # THEN it stops with one dialog in Polish naming the file, and the same on stderr
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    shown = ast.literal_eval(result.stdout)
    assert len(shown) == 1
    assert "cannot use its data folder" not in shown[0]
    assert str(folder) in shown[0]
    assert str(tmp_path / "share") in shown[0].replace(str(folder), "")  # the file in the way
    assert f"ClinicDesk: {' '.join(shown[0].split())}" in result.stderr
    assert not folder.exists()
