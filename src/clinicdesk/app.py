"""The GUI's one start-up path: paths, logging, exception hook, translators,
then first-run setup or unlock, then the main window; and locking, unlocking
and language changes while it runs.

Start-up shows the unlock window before SQLAlchemy, the services and the main
window are imported (about 0.5 s): they load in a background thread, and the
main window is built, while the practitioner types the passphrase, so the list
appears as soon as it is accepted. The modules loaded before the unlock window
touch Qt's namespace (`QtCore.Qt`) only inside functions that run later:
creating its hundred enums takes 20 ms.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from clinicdesk import APP_NAME, __version__, paths
from clinicdesk.errors import ClinicDeskError
from clinicdesk.ui import preferences as prefs
from clinicdesk.ui.errors import ExceptionHook, message_for
from clinicdesk.ui.i18n import Translators, system_language
from clinicdesk.ui.idle_lock import IdleWatcher
from clinicdesk.ui.unlock import UnlockDialog
from clinicdesk.vault.keychain import Keychain, system_keychain

if TYPE_CHECKING:
    from clinicdesk.services.practice import Practice
    from clinicdesk.ui.main_window import MainWindow, WindowState
    from clinicdesk.vault.lock import DataFolderLock

log = logging.getLogger("clinicdesk")
SHUTDOWN_WAIT_MS = 10_000
# What the main window needs, in the order it needs it.
HEAVY_MODULES = (
    "clinicdesk.vault.vault",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "clinicdesk.services.practice",
    "clinicdesk.services.clients",
    "clinicdesk.ui.main_window",
    "clinicdesk.ui.settings_dialog",
)


def preload_in_background(*also: Callable[[], object]) -> threading.Thread:
    """Import the heavy modules, and do `also`, while the unlock window waits for the
    passphrase."""

    def preload() -> None:
        for name in HEAVY_MODULES:
            importlib.import_module(name)
        for work in also:
            work()

    thread = threading.Thread(target=preload, name="preload", daemon=True)
    thread.start()
    return thread


def setup_logging(folder: paths.DataFolder) -> None:
    """A small rotating log of events and errors; never a client's data."""
    import logging.handlers  # brings in socket; only needed once the window is up

    folder.logs.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        folder.logs / "clinicdesk.log", maxBytes=512 * 1024, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


class ClinicDeskApp:
    def __init__(self, root: Path, find_keychain: Callable[[], Keychain | None]) -> None:
        self.root = root
        self.folder = paths.DataFolder(root)
        self._find_keychain = find_keychain
        self._keychain_search = threading.Lock()
        self._keychain: Keychain | None = None
        self._keychain_found = False
        self.preferences = prefs.Preferences(root)
        self.translators = Translators()
        self.translators.install(self.preferences.get(prefs.LANGUAGE) or system_language())
        from clinicdesk.ui.practice_handle import PracticeHandle

        self.handle = PracticeHandle()
        self.window: MainWindow | None = None
        self.idle = IdleWatcher(self.preferences.get(prefs.IDLE_LOCK_MINUTES))
        self.idle.lock_requested.connect(self.lock)
        self._held_lock: DataFolderLock | None = None
        self._state_at_lock: WindowState | None = None
        QCoreApplication.instance().aboutToQuit.connect(self.shut_down)

    @property
    def keychain(self) -> Keychain | None:
        """This computer's keychain, looked for once, when first needed (it takes 0.15 s)."""
        with self._keychain_search:
            if not self._keychain_found:
                self._keychain = self._find_keychain()
                self._keychain_found = True
            return self._keychain

    # -- start -----------------------------------------------------------------------------

    def start(self) -> bool:
        """First-run setup or unlock; False when the practitioner gave up."""
        if not self.folder.exists():
            practice = self._first_run()
        else:
            practice = self._remembered() or self._ask_to_unlock()
        if practice is None:
            return False
        self._show_main(practice)
        return True

    def _first_run(self) -> Practice | None:
        from clinicdesk.services import practice as practices
        from clinicdesk.ui.setup_wizard import SetupWizard

        wizard = SetupWizard(
            lambda **details: practices.create_practice(self.root, **details),
            self.keychain,
            self.translators.language,
        )
        wizard.language_changed.connect(self._wizard_language)
        wizard.exec()
        practice = wizard.practice
        if practice is None:
            return None
        if wizard.remember_requested() and self.keychain is not None:
            practice.remember_on_this_computer(self.keychain)
            self.preferences.set(prefs.REMEMBERED, True)
        return practice

    def _wizard_language(self, language: str) -> None:
        self.translators.install(language)
        self.preferences.set(prefs.LANGUAGE, language)

    def _remembered(self) -> Practice | None:
        if not self.preferences.get(prefs.REMEMBERED) or self.keychain is None:
            return None
        from clinicdesk.services import practice as practices

        try:
            if not practices.is_remembered(self.root, self.keychain):
                return None
            return practices.open_practice(self.root, keychain=self.keychain)
        except ClinicDeskError as error:
            log.info("unlock from the keychain failed: %s", type(error).__name__)
            return None

    def _opener(self, **secret: str) -> Practice:
        from clinicdesk.services import practice as practices

        return practices.open_practice(self.root, lock=self._held_lock, **secret)

    def _ask_to_unlock(self) -> Practice | None:
        dialog = UnlockDialog(self._opener)
        dialog.show()
        QCoreApplication.processEvents()  # painted before the imports compete for the GIL
        preload = preload_in_background(lambda: self.keychain)  # for the settings dialog
        # Build the (hidden, empty) main window as soon as its modules are loaded, while
        # the passphrase is still being typed, so the list follows the unlock at once.
        poll = QTimer(dialog)
        poll.timeout.connect(lambda: preload.is_alive() or (poll.stop(), self.build_window()))
        poll.start(50)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.practice

    def build_window(self) -> None:
        """The main window, empty until a practice is open; built once."""
        if self.window is not None:
            return
        from clinicdesk.ui.main_window import MainWindow

        self.window = MainWindow(self.handle, self.preferences, self._opener)
        self.window.lock_requested.connect(lambda: self.lock("manual"))
        self.window.settings_requested.connect(self.open_settings)
        self.window.unlocked.connect(self.unlock)
        self.idle.watch()
        # The first of Qt's own objects to reach Python (an event filter sees them all)
        # makes PySide set up the enums of a hundred classes; have it happen now, while the
        # passphrase is typed, rather than between Enter and the list.
        QApplication.instance().children()

    def _show_main(self, practice: Practice) -> None:
        self.handle.set(practice)
        self.build_window()
        assert self.window is not None
        self.window.show_clinic_name()
        self.window.show()
        self.window.start()
        self.idle.start()
        log.info("unlocked")

    # -- lock and unlock -------------------------------------------------------------------

    def lock(self, reason: str = "manual") -> None:
        if self.window is None or not self.handle.is_open:
            return
        self.idle.stop()
        self._state_at_lock = self.window.state()
        self.window.show_lock_screen()
        practice = self.handle.clear()
        if practice is not None:
            self._held_lock = practice.suspend()
        log.info("locked (%s)", reason)

    def unlock(self, practice: Practice) -> None:
        assert self.window is not None
        self.handle.set(practice)
        self.window.retranslate()
        self.window.show_work(self._state_at_lock)
        self.idle.start()
        log.info("unlocked")

    # -- settings --------------------------------------------------------------------------

    def open_settings(self) -> None:
        assert self.window is not None
        from clinicdesk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.handle, self.preferences, self.keychain, self.window)
        dialog.language_changed.connect(self._change_language)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.idle.set_idle_minutes(self.preferences.get(prefs.IDLE_LOCK_MINUTES))
            self.window.retranslate()

    def _change_language(self, language: str) -> None:
        self.translators.install(language)
        if self.window is not None:
            state = self.window.state()
            self.window.retranslate()
            self.window.client_list.restore(state.list_state)

    def shut_down(self) -> None:
        self.idle.stop()
        # Work still running in the background (a count, an import) finishes first: it
        # holds the practice, and its result must not arrive after the application is gone.
        QThreadPool.globalInstance().waitForDone(SHUTDOWN_WAIT_MS)
        practice = self.handle.clear() if self.handle.is_open else None
        if practice is not None:
            practice.close()
        elif self._held_lock is not None and self._held_lock.held:
            self._held_lock.release()
        log.info("closed")


# What stops ClinicDesk from using a data folder, and what the practitioner can do
# about it; %1 is the file in the way, or the system's own words.
FOLDER_PROBLEMS = {
    paths.FolderProblem.NOT_A_FOLDER: QT_TRANSLATE_NOOP(
        "App",
        "there is a file named %1 where the folder should be. Move or rename that file, "
        "then start ClinicDesk again.",
    ),
    paths.FolderProblem.READ_ONLY: QT_TRANSLATE_NOOP(
        "App",
        "the disk it is on can only be read, not written to. If it is a memory card, a USB "
        "drive or a network folder, make it writable, then start ClinicDesk again.",
    ),
    paths.FolderProblem.NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "App",
        "your user account is not allowed to write there. Ask whoever looks after this "
        "computer to give your account access to that folder.",
    ),
    paths.FolderProblem.FULL: QT_TRANSLATE_NOOP(
        "App", "the disk is full. Free some space, then start ClinicDesk again."
    ),
    paths.FolderProblem.UNAVAILABLE: QT_TRANSLATE_NOOP(
        "App",
        "it cannot be reached (%1). If it is on a USB drive or a network folder, connect it, "
        "then start ClinicDesk again.",
    ),
}
OTHER_FOLDER_HINT = QT_TRANSLATE_NOOP(
    "App",
    "To use another folder, start ClinicDesk with --data-dir FOLDER, or set "
    "CLINICDESK_DATA_DIR to that folder.",
)


def data_folder_message(problem: paths.DataFolderProblem) -> str:
    """Why the data folder cannot be used, in the interface language, with what to do."""
    translate = QCoreApplication.translate
    named = problem.culprit if problem.kind is paths.FolderProblem.NOT_A_FOLDER else problem.detail
    reason = translate("App", FOLDER_PROBLEMS[problem.kind]).replace("%1", str(named))
    what = (
        translate("App", "ClinicDesk cannot use its data folder %1: %2")
        .replace("%1", str(problem.folder))
        .replace("%2", reason)
    )
    return f"{what}\n\n{translate('App', OTHER_FOLDER_HINT)}"


def _fatal(message: str) -> int:
    # Also on standard error, on one line: a bundle started from a terminal or by a
    # support script says why it stopped where nobody sees the dialog.
    if sys.stderr is not None:
        print(f"{APP_NAME}: {' '.join(message.split())}", file=sys.stderr, flush=True)
    QMessageBox.critical(None, APP_NAME, message)
    return 1


def run_gui(data_dir_override: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    hook = ExceptionHook()
    hook.install()
    root = paths.data_dir(data_dir_override)
    problem = paths.data_folder_problem(root)
    if problem is None:
        try:
            setup_logging(paths.DataFolder(root))
        except OSError as exc:
            problem = paths.problem_from_error(root, exc)
    if problem is not None:
        # The chosen language is kept in the folder that cannot be used: use the system's.
        Translators().install(system_language())
        return _fatal(data_folder_message(problem))
    controller = ClinicDeskApp(root, system_keychain)
    try:
        if not controller.start():
            controller.shut_down()
            return 0
    except ClinicDeskError as error:
        controller.shut_down()
        return _fatal(message_for(error))
    return app.exec()


# -- self-test ---------------------------------------------------------------------------------


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def qt_self_test() -> str:
    """`clinicdesk self-test`'s check of Qt in this installation: the platform plugin, the
    translations (ClinicDesk's and Qt's own) and QtPdf, which prints the consent forms.

    A bundle without its Qt plugins is the commonest broken bundle; Qt then aborts the
    process with no useful message, so the plugin files are looked for first.
    """
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLibraryInfo, QSize, QTranslator
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from clinicdesk.rules.codes import LANGUAGES
    from clinicdesk.services.self_test import consent_like_pdf

    native = {"win32": "windows", "darwin": "cocoa"}.get(sys.platform, "xcb")
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if not chosen and not _has_display():
        chosen = os.environ["QT_QPA_PLATFORM"] = "offscreen"
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    present = [path.name for path in folder.iterdir()] if folder.is_dir() else []
    wanted = [native] + ([chosen] if chosen and chosen != native else [])
    missing = [name for name in wanted if not any(name in file for file in present)]
    if missing:
        raise AssertionError(f"Qt platform plugin {', '.join(missing)} not found in {folder}")
    app = QApplication.instance() or QApplication(["clinicdesk"])

    folders = {
        "clinicdesk": str(paths.resource_path("translations")),
        "qtbase": QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    }
    wanted_files = [("clinicdesk", language) for language in LANGUAGES]
    wanted_files += [("qtbase", language) for language in LANGUAGES if language != "en"]
    unloaded = [
        f"{kind}_{language}.qm"
        for kind, language in wanted_files
        if not QTranslator(app).load(f"{kind}_{language}", folders[kind])
    ]
    if unloaded:
        raise AssertionError("translations not loaded: " + ", ".join(unloaded))

    data = QByteArray(consent_like_pdf())  # the buffer only points at it: keep it alive
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    page = document.render(0, QSize(210, 297)) if document.pageCount() == 1 else None
    document.close()
    if page is None or page.isNull():
        raise AssertionError(f"QtPdf did not render the PDF ({document.error().name})")
    QPrinter()  # loads the print support plugin
    return (
        f"Qt {QLibraryInfo.version().toString()}, platform {app.platformName()!r} "
        f"({native} present), {len(LANGUAGES)} languages, QtPdf renders the consent page"
    )
