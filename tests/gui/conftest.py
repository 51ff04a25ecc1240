"""GUI fixtures: a practice with a few known clients, and a main window over it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from clinicdesk.services import clients
from clinicdesk.services.client_fields import ClientFields
from clinicdesk.services.demo_data import demo_clients
from clinicdesk.ui.i18n import Translators
from clinicdesk.ui.main_window import MainWindow
from clinicdesk.ui.practice_handle import PracticeHandle
from clinicdesk.ui.preferences import Preferences

KNOWN = [
    ClientFields(
        given_name="Łucja",
        family_name="Wąsowska",
        date_of_birth=date(1985, 3, 14),
        phone="+48 601 234 567",
        email="lucja@wp.pl",
    ),
    ClientFields(given_name="Hélène", family_name="Lefèvre", phone="06 12 34 56 78"),
    ClientFields(given_name="芳", family_name="王", phone="+86 138 1234 5678"),
]


@pytest.fixture(scope="session", autouse=True)
def english(qapp) -> None:
    """The interface in English, as the app starts it: the plural forms ("1 photo",
    "2 photos") come from English's own translation file. A test that switches language
    switches back; without this, which plural a test saw depended on the tests before it."""
    Translators().install("en")


@pytest.fixture
def filled_practice(practice):
    clients.create_clients_bulk(practice, items=demo_clients(300, seed=3), source="demo")
    for data in KNOWN:
        clients.create_client(practice, data=data)
    return practice


@pytest.fixture
def handle(filled_practice) -> PracticeHandle:
    handle = PracticeHandle()
    handle.set(filled_practice)
    return handle


@pytest.fixture
def window(qtbot, handle, data_dir) -> Iterator[MainWindow]:
    main = MainWindow(handle, Preferences(data_dir), lambda **secret: None)
    qtbot.addWidget(main)
    main.show()
    main.start()
    yield main
    for editor in list(main.editors):
        editor._pristine = editor.current_fields()  # nothing to ask at teardown
        editor.close()


def answer_next_message_box(button_text: str | None = None, standard=None) -> None:
    """Click a button of the next modal message box as soon as it shows."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        if standard is not None:
            box.button(standard).click()
            return
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(20, click)


def type_into(qtbot, line_edit, text: str) -> None:
    """Type like a person: key clicks, except characters QTest cannot synthesise
    (it aborts on anything outside Latin-1), which are inserted as an input method would."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(line_edit, char)
        else:
            line_edit.insert(char)
