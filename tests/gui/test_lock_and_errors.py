"""Auto-lock hides everything and unlock returns to where the practitioner was;
unexpected errors are logged without client data and shown kindly."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QPixmapCache
from PySide6.QtWidgets import QMessageBox
from tests.conftest import PASSPHRASE
from tests.gui.conftest import type_into

from clinicdesk.app import ClinicDeskApp
from clinicdesk.ui import preferences as prefs
from clinicdesk.ui.errors import ExceptionHook


@pytest.fixture
def controller(qtbot, filled_practice, data_dir, keychain):
    app = ClinicDeskApp(data_dir, lambda: keychain)
    app._show_main(filled_practice)
    qtbot.addWidget(app.window)
    yield app
    for editor in list(app.window.editors):
        editor._pristine = editor.current_fields()
        editor.close()
    app.shut_down()


def test_idle_lock_hides_client_data_and_unlock_returns_to_the_same_place(qtbot, controller):
    window = controller.window
    type_into(qtbot, window.client_list.search, "lucja wasowska")
    qtbot.waitUntil(lambda: window.client_list.model.total == 1, timeout=2000)
    window.client_list.open_selected()
    client_id = window.record.record.id
    window.edit_client(client_id)
    editor = window.editors[-1]
    editor.inputs["city"].setText("Gdańsk")  # an edit not yet saved
    QPixmapCache.insert("photo", QPixmap(10, 10))

    controller.idle.set_idle_minutes(0)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == 1, timeout=3000)

    assert not controller.handle.is_open
    assert window.client_list.model.total == 0
    assert window.client_list.search.text() == ""
    assert window.record.record is None and window.record.name.text() == ""
    assert not editor.isVisible()
    assert QPixmapCache.find("photo") is None
    assert not window.new_action.isEnabled()
    assert controller._held_lock is not None and controller._held_lock.held

    controller.idle.set_idle_minutes(10)
    with qtbot.waitSignal(window.unlocked):
        type_into(qtbot, window.unlock_form.passphrase, PASSPHRASE)
        qtbot.keyClick(window.unlock_form.passphrase, Qt.Key.Key_Return)

    assert window.pages.currentIndex() == 0
    assert window.client_list.search.text() == "lucja wasowska"
    assert window.client_list.selected_client_id() == client_id
    assert window.record.record.id == client_id
    assert editor.isVisible() and editor.inputs["city"].text() == "Gdańsk"
    editor.save()
    assert window.record.record.fields.city == "Gdańsk"


def test_lock_action_locks_at_once(qtbot, controller):
    controller.window.lock_action.trigger()
    assert controller.window.pages.currentIndex() == 1
    assert not controller.handle.is_open


def test_sleep_is_noticed_from_the_clocks(qtbot, controller, monkeypatch):
    import clinicdesk.ui.idle_lock as idle_lock

    real_time = idle_lock.time.time
    monkeypatch.setattr(idle_lock.time, "time", lambda: real_time() + 3600)  # woke an hour later
    qtbot.waitUntil(lambda: controller.window.pages.currentIndex() == 1, timeout=3000)


def test_unexpected_error_is_logged_without_client_data_and_shown(qtbot, data_dir, monkeypatch):
    from clinicdesk.app import setup_logging
    from clinicdesk.paths import DataFolder

    setup_logging(DataFolder(data_dir))
    logger = logging.getLogger("clinicdesk")
    added = logger.handlers[-1]
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    hook = ExceptionHook()
    try:
        raise ValueError("Łucja Wąsowska has an allergy to latex")
    except ValueError:
        hook._hook(*sys.exc_info())
    qtbot.waitUntil(lambda: bool(shown), timeout=2000)
    added.flush()
    logger.removeHandler(added)
    added.close()
    log_text = (data_dir / "logs" / "clinicdesk.log").read_text(encoding="utf-8")
    assert "unexpected ValueError" in log_text
    assert "test_lock_and_errors.py" in log_text
    assert "Wąsowska" not in log_text and "latex" not in log_text
    assert "records are safe" in shown[0]
    assert "Wąsowska" not in shown[0]


def test_the_keychain_is_asked_at_start_only_when_the_key_was_remembered(
    qtbot, filled_practice, data_dir, keychain
):
    filled_practice.remember_on_this_computer(keychain)
    filled_practice.close()
    lookups = []

    def find_keychain():
        lookups.append(1)
        return keychain

    app = ClinicDeskApp(data_dir, find_keychain)
    assert app._remembered() is None and not lookups  # no hint: the lookup is skipped
    app.preferences.set(prefs.REMEMBERED, True)
    practice = app._remembered()
    assert practice is not None and lookups == [1]
    practice.close()
