"""The main window: the clients (the list beside the open record) and the follow-ups,
one at a time under a bar of tabs, and the lock screen."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPixmapCache
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError, NotFound
from clinicdesk.services import client_import, clients, clinic
from clinicdesk.ui.background import run_in_background
from clinicdesk.ui.batch_lookup import BatchLookupDialog
from clinicdesk.ui.client_editor import ClientEditor
from clinicdesk.ui.client_list import ClientListPage, ListState
from clinicdesk.ui.client_record import ClientRecordPane
from clinicdesk.ui.errors import message_for, show_error
from clinicdesk.ui.follow_ups_page import FollowUpsPage
from clinicdesk.ui.practice_handle import PracticeHandle
from clinicdesk.ui.preferences import Preferences
from clinicdesk.ui.unlock import Opener, UnlockForm


@dataclass(frozen=True)
class WindowState:
    """Where the practitioner was when the screen locked."""

    list_state: ListState
    open_client_id: int | None
    section: int = 0  # CLIENTS or FOLLOW_UPS


CLIENTS, FOLLOW_UPS = range(2)


class MainWindow(QMainWindow):
    lock_requested = Signal()
    settings_requested = Signal()
    unlocked = Signal(object)  # Practice, from the lock screen

    def __init__(self, handle: PracticeHandle, preferences: Preferences, opener: Opener) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._handle = handle
        self._preferences = preferences
        self.editors: list[ClientEditor] = []
        self._hidden_editors: list[ClientEditor] = []

        self.client_list = ClientListPage(handle)
        self.client_list.open_requested.connect(self.open_client)
        self.client_list.new_requested.connect(self.new_client)
        self.record = ClientRecordPane(handle)
        self.record.edit_requested.connect(self.edit_client)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.client_list)
        self.splitter.addWidget(self.record)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([800, 640])
        self.follow_ups = FollowUpsPage(handle)
        self.follow_ups.open_client_requested.connect(self.open_client_from_follow_ups)
        self.sections = QStackedWidget()
        self.sections.addWidget(self.splitter)  # CLIENTS
        self.sections.addWidget(self.follow_ups)  # FOLLOW_UPS
        self.section_tabs = QTabBar()
        self.section_tabs.setObjectName("sectionTabs")
        self.section_tabs.setExpanding(False)
        self.section_tabs.setDocumentMode(True)
        self.section_tabs.addTab("")
        self.section_tabs.addTab("")
        self.section_tabs.currentChanged.connect(self.show_section)
        work = QWidget()
        work_layout = QVBoxLayout(work)
        work_layout.addWidget(self.section_tabs)
        work_layout.addWidget(self.sections, 1)

        self.unlock_form = UnlockForm(opener)
        self.unlock_form.setMaximumWidth(520)
        self.unlock_form.unlocked.connect(self.unlocked)
        lock_screen = QWidget()
        lock_screen.setObjectName("lockScreen")
        lock_layout = QVBoxLayout(lock_screen)
        lock_layout.addStretch(1)
        lock_layout.addWidget(self.unlock_form, 0, Qt.AlignmentFlag.AlignHCenter)
        lock_layout.addStretch(2)

        self.pages = QStackedWidget()
        self.pages.addWidget(work)
        self.pages.addWidget(lock_screen)
        self.setCentralWidget(self.pages)
        self._build_actions()
        self.retranslate()
        geometry = preferences.geometry("main")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)

    # -- actions ----------------------------------------------------------------------------

    def _action(self, shortcut: QKeySequence | str | None, slot) -> QAction:
        action = QAction(self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(QKeySequence.StandardKey.New, self.new_client)
        self.import_action = self._action(None, self.import_clients)
        self.find_action = self._action(QKeySequence.StandardKey.Find, self.find_client)
        self.clients_action = self._action("Ctrl+Shift+C", lambda: self.show_section(CLIENTS))
        self.follow_ups_action = self._action("Ctrl+Shift+F", lambda: self.show_section(FOLLOW_UPS))
        self.lock_action = self._action("Ctrl+L", self.lock_requested.emit)
        self.settings_action = self._action(
            QKeySequence.StandardKey.Preferences, self.settings_requested.emit
        )
        self.quit_action = self._action(QKeySequence.StandardKey.Quit, self.close)
        self.about_action = self._action(None, self._about)
        self.batch_action = self._action(None, self.look_up_batch)
        self.work_actions = [
            self.new_action,
            self.import_action,
            self.batch_action,
            self.find_action,
            self.clients_action,
            self.follow_ups_action,
            self.lock_action,
            self.settings_action,
        ]
        for action in (*self.work_actions, self.quit_action):
            self.addAction(action)  # shortcuts work wherever the focus is
        self.file_menu = self.menuBar().addMenu("")
        for action in (
            self.new_action,
            self.import_action,
            None,
            self.lock_action,
            None,
            self.quit_action,
        ):
            self.file_menu.addSeparator() if action is None else self.file_menu.addAction(action)
        self.edit_menu = self.menuBar().addMenu("")
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addAction(self.batch_action)
        self.edit_menu.addAction(self.settings_action)
        self.view_menu = self.menuBar().addMenu("")
        self.view_menu.addAction(self.clients_action)
        self.view_menu.addAction(self.follow_ups_action)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)
        toolbar = self.addToolBar("")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.import_action, self.settings_action, self.lock_action):
            toolbar.addAction(action)
        self.toolbar = toolbar

    def show_clinic_name(self) -> None:
        name = (
            clinic.clinic_details(self._handle.practice).clinic_name if self._handle.is_open else ""
        )
        self.setWindowTitle(f"{name} — ClinicDesk" if name else "ClinicDesk")

    def retranslate(self) -> None:
        self.show_clinic_name()
        self.new_action.setText(self.tr("&New client"))
        self.import_action.setText(self.tr("&Import clients…"))
        self.find_action.setText(self.tr("&Find client"))
        self.batch_action.setText(self.tr("&Batch look-up (product recall)…"))
        self.lock_action.setText(self.tr("&Lock"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About ClinicDesk"))
        self.clients_action.setText(self.tr("&Clients"))
        self.follow_ups_action.setText(self.tr("F&ollow-ups"))
        self.section_tabs.setTabText(CLIENTS, self.tr("Clients"))
        self.section_tabs.setTabText(FOLLOW_UPS, self.tr("Follow-ups"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.client_list.retranslate()
        self.record.retranslate()
        self.follow_ups.retranslate()
        self.unlock_form.retranslate()

    # -- sections ---------------------------------------------------------------------------

    def show_section(self, section: int) -> None:
        """Clients or Follow-ups; the follow-ups are read again each time they are shown."""
        self.section_tabs.blockSignals(True)
        self.section_tabs.setCurrentIndex(section)
        self.section_tabs.blockSignals(False)
        self.sections.setCurrentIndex(section)
        if section == FOLLOW_UPS and self._handle.is_open:
            self.follow_ups.refresh()
            self.follow_ups.table.setFocus()

    def open_client_from_follow_ups(self, client_id: int) -> None:
        self.show_section(CLIENTS)
        self.open_client(client_id)

    def find_client(self) -> None:
        self.show_section(CLIENTS)
        self.client_list.focus_search()

    # -- clients ---------------------------------------------------------------------------

    def start(self) -> None:
        self.show_section(CLIENTS)
        self.client_list.refresh()
        self.client_list.focus_search()

    def open_client(self, client_id: int) -> None:
        try:
            self.record.show_client(client_id)
        except NotFound as error:
            show_error(self, error)
            self.client_list.refresh()
            return
        self.client_list.select_client(client_id)

    def new_client(self) -> None:
        self._show_editor(ClientEditor(self._handle, parent=self))

    def edit_client(self, client_id: int) -> None:
        existing = next((e for e in self.editors if e._record and e._record.id == client_id), None)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return
        try:
            record = clients.open_client(self._handle.practice, client_id=client_id)
        except ClinicDeskError as error:
            show_error(self, error)
            return
        self._show_editor(ClientEditor(self._handle, record, parent=self))

    def _show_editor(self, editor: ClientEditor) -> None:
        editor.saved.connect(self._client_saved)
        editor.open_existing.connect(self.open_client)
        editor.finished.connect(
            lambda _: self.editors.remove(editor) if editor in self.editors else None
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editors.append(editor)
        editor.show()

    def _client_saved(self, record: clients.ClientRecord) -> None:
        self.client_list.refresh()
        self.client_list.select_client(record.id)
        self.record.show_client(record.id)

    def look_up_batch(self) -> BatchLookupDialog:
        dialog = BatchLookupDialog(self._handle, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_client.connect(self.open_client)
        self._handle.locked.connect(dialog.reject)  # the list names clients: gone at a lock
        dialog.show()
        return dialog

    def import_clients(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import clients"),
            str(Path.home()),
            self.tr("Client lists (*.csv *.txt);;All files (*)"),
        )
        if not path:
            return
        practice = self._handle.practice
        progress = QProgressDialog(self.tr("Importing clients…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.show()

        def done(report: client_import.ImportReport) -> None:
            progress.close()
            self.client_list.refresh()
            lines = [
                self.tr("line %1: %2").replace("%1", str(s.line)).replace("%2", s.reason)
                for s in report.skipped[:30]
            ]
            if len(report.skipped) > 30:
                lines.append(self.tr("… and %n more.", "", len(report.skipped) - 30))
            box = QMessageBox(self)
            box.setWindowTitle(self.tr("Import finished"))
            box.setText(
                self.tr("%n client(s) imported.", "", report.imported)
                + " "
                + self.tr("%n row(s) skipped.", "", len(report.skipped))
            )
            if lines:
                box.setDetailedText("\n".join(lines))
            box.exec()

        def failed(error: BaseException) -> None:
            progress.close()
            if isinstance(error, ClinicDeskError):
                QMessageBox.warning(self, self.tr("Import failed"), message_for(error))
            else:
                sys.excepthook(type(error), error, error.__traceback__)

        run_in_background(
            lambda: client_import.import_clients(practice, path=Path(path)), done, failed
        )

    def _about(self) -> None:
        from clinicdesk import __version__

        QMessageBox.about(
            self,
            self.tr("About ClinicDesk"),
            self.tr(
                "ClinicDesk %1\nThe client file of your salon or clinic, kept on this computer and encrypted."
            ).replace("%1", __version__),
        )

    # -- locking -----------------------------------------------------------------------------

    def state(self) -> WindowState:
        record = self.record.record
        return WindowState(
            self.client_list.state(), record.id if record else None, self.sections.currentIndex()
        )

    def show_lock_screen(self) -> None:
        """Hide every client detail: open editors are hidden (their edits kept), models and caches emptied."""
        self._hidden_editors = [e for e in self.editors if e.isVisible()]
        for editor in self._hidden_editors:
            editor.hide()
        for dialog in self.findChildren(QMessageBox):
            dialog.reject()
        self.client_list.forget()
        self.record.clear()
        self.follow_ups.clear()
        QPixmapCache.clear()
        for action in self.work_actions:
            action.setEnabled(False)
        self.pages.setCurrentIndex(1)
        self.unlock_form.reset()

    def show_work(self, state: WindowState | None) -> None:
        for action in self.work_actions:
            action.setEnabled(True)
        self.pages.setCurrentIndex(0)
        if state is None:
            self.start()
            return
        self.client_list.restore(state.list_state)
        if state.open_client_id is not None:
            try:
                self.record.show_client(state.open_client_id)
            except NotFound:
                self.record.clear()
        self.show_section(state.section)
        for editor in self._hidden_editors:
            editor.show()
        self._hidden_editors = []

    def closeEvent(self, event: QCloseEvent) -> None:
        for editor in list(self.editors):
            editor.show()
            editor.reject()
            if editor.isVisible():  # the practitioner chose to stay and keep editing
                event.ignore()
                return
        self._preferences.save_geometry("main", self.saveGeometry())
        event.accept()
        QApplication.quit()
