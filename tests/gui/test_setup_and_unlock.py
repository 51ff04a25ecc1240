"""First-run setup and unlocking, driven through the real widgets."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard
from tests.conftest import PASSPHRASE
from tests.gui.conftest import answer_next_message_box, type_into

from clinicdesk.services.practice import create_practice, open_practice
from clinicdesk.ui.setup_wizard import SetupWizard
from clinicdesk.ui.unlock import UnlockForm, retry_delay
from clinicdesk.vault.recovery import canonical_recovery_key

NEW_PASSPHRASE = "la crème brûlée du mardi"


def test_setup_wizard_end_to_end(qtbot, data_dir, keychain):
    wizard = SetupWizard(lambda **details: create_practice(data_dir, **details), keychain, "en")
    qtbot.addWidget(wizard)
    wizard.show()
    languages = []
    wizard.language_changed.connect(languages.append)
    wizard.language_page.language.setCurrentIndex(wizard.language_page.language.findData("pl"))
    assert languages == ["pl"]
    assert wizard.clinic_page.country.currentData() == "PL"
    wizard.language_page.language.setCurrentIndex(wizard.language_page.language.findData("en"))
    wizard.next()

    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # the clinic's name and the practitioner are required
    type_into(qtbot, wizard.clinic_page.clinic_name, "Gabinet Zoë Łukasiewicz")
    type_into(qtbot, wizard.clinic_page.practitioner, "Zoë Łukasiewicz")
    assert next_button.isEnabled()
    wizard.next()

    fields = wizard.passphrase_page.fields
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    qtbot.keyClicks(fields.first, "short")
    assert not commit.isEnabled()
    assert "8" in fields.hint.text()
    fields.first.clear()
    type_into(qtbot, fields.first, NEW_PASSPHRASE)
    type_into(qtbot, fields.second, NEW_PASSPHRASE + "x")
    assert not commit.isEnabled()
    assert "not the same" in fields.hint.text()
    fields.second.backspace()
    assert commit.isEnabled()
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)

    assert wizard.practice is not None
    shown = wizard.recovery_page.key.text()
    assert re.fullmatch(r"([0-9A-Z]{4}-){5}[0-9A-Z]{4}", shown)
    assert (data_dir / "vault.json").exists()
    wizard.next()

    page = wizard.confirm_page
    assert not next_button.isEnabled()
    canonical = canonical_recovery_key(shown)
    wrong = "ZZZZ" if canonical[page.groups[0] * 4 : page.groups[0] * 4 + 4] != "ZZZZ" else "YYYY"
    qtbot.keyClicks(page.inputs[0], wrong)
    qtbot.keyClicks(page.inputs[1], canonical[page.groups[1] * 4 : page.groups[1] * 4 + 4])
    assert not next_button.isEnabled()
    page.inputs[0].clear()
    qtbot.keyClicks(page.inputs[0], canonical[page.groups[0] * 4 : page.groups[0] * 4 + 4].lower())
    assert next_button.isEnabled()
    wizard.next()

    assert wizard.finish_page.remember.isVisibleTo(wizard)
    wizard.finish_page.remember.setChecked(True)
    assert wizard.remember_requested()
    pdf = wizard.recovery_sheet()
    assert pdf.startswith(b"%PDF")
    wizard.practice.close()

    reopened = open_practice(data_dir, passphrase=NEW_PASSPHRASE)
    reopened.close()
    reopened = open_practice(data_dir, recovery_key=shown)
    reopened.close()


def test_wizard_cannot_be_cancelled_once_the_vault_exists(qtbot, data_dir):
    wizard = SetupWizard(lambda **d: create_practice(data_dir, **d), None, "en")
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.finish_page.remember.isVisibleTo(wizard)  # no keychain, no option
    answer_next_message_box(standard=QMessageBox.StandardButton.Ok)
    assert wizard.create_vault(NEW_PASSPHRASE) is False  # names missing: refused, shown
    wizard.clinic_page.clinic_name.setText("Salon")
    wizard.clinic_page.practitioner.setText("Anna")
    assert wizard.create_vault(NEW_PASSPHRASE)
    wizard.reject()
    assert wizard.isVisible()
    wizard.practice.close()


@pytest.fixture
def closed_vault(new_practice, data_dir):
    practice, recovery_key = new_practice
    practice.close()
    return data_dir, recovery_key


def test_unlock_wrong_then_right(qtbot, closed_vault):
    data_dir, _ = closed_vault
    form = UnlockForm(lambda **secret: open_practice(data_dir, **secret))
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.passphrase, "not my passphrase")
    qtbot.keyClick(form.passphrase, Qt.Key.Key_Return)
    assert "passphrase is not correct" in form.message.text()
    assert "1 second" in form.message.text()
    assert not form.unlock_button.isEnabled()
    assert form.passphrase.text() == ""
    qtbot.waitUntil(form.unlock_button.isEnabled, timeout=3000)
    with qtbot.waitSignal(form.unlocked) as unlocked:
        qtbot.keyClicks(form.passphrase, PASSPHRASE)
        qtbot.mouseClick(form.unlock_button, Qt.MouseButton.LeftButton)
    unlocked.args[0].close()


def test_each_failure_waits_longer():
    assert [retry_delay(n) for n in range(8)] == [0, 1, 2, 4, 8, 16, 30, 30]


def test_forgotten_passphrase_unlocks_with_the_recovery_key(qtbot, closed_vault):
    data_dir, recovery_key = closed_vault
    form = UnlockForm(lambda **secret: open_practice(data_dir, **secret))
    qtbot.addWidget(form)
    form.show()
    qtbot.mouseClick(form.forgot_button, Qt.MouseButton.LeftButton)
    assert form.pages.currentIndex() == 1
    qtbot.keyClicks(form.recovery_key, recovery_key.lower().replace("-", " "))
    qtbot.mouseClick(form.recover_button, Qt.MouseButton.LeftButton)
    assert "new passphrase" in form.message.text()  # refused: no new passphrase yet
    type_into(qtbot, form.new_passphrase.first, NEW_PASSPHRASE)
    type_into(qtbot, form.new_passphrase.second, NEW_PASSPHRASE)
    with qtbot.waitSignal(form.unlocked) as unlocked:
        qtbot.mouseClick(form.recover_button, Qt.MouseButton.LeftButton)
    unlocked.args[0].close()
    open_practice(data_dir, passphrase=NEW_PASSPHRASE).close()


def test_damaged_header_is_not_called_a_wrong_passphrase(qtbot, closed_vault):
    data_dir, _ = closed_vault
    for name in ("vault.json", "vault.previous.json"):
        (data_dir / name).write_bytes(b"\x00garbage")
    form = UnlockForm(lambda **secret: open_practice(data_dir, **secret))
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.passphrase, PASSPHRASE)
    qtbot.keyClick(form.passphrase, Qt.Key.Key_Return)
    assert "damaged" in form.message.text()
    assert "backup" in form.message.text()
    assert "not correct" not in form.message.text()
    assert form.unlock_button.isEnabled()  # no waiting: it is not a guessing attempt


def test_the_unlock_window_shows_without_qt_namespace_enums(data_dir):
    """Creating the hundred enums of `QtCore.Qt` costs ~20 ms; the unlock window must
    not wait for them (they are created while the passphrase is typed)."""
    probe = f"""
import PySide6.QtCore as QtCore
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from clinicdesk import app as clinicdesk_app
from clinicdesk.ui.errors import ExceptionHook
from clinicdesk.ui.unlock import UnlockDialog
ExceptionHook().install()
controller = clinicdesk_app.ClinicDeskApp(Path({str(data_dir)!r}), lambda: None)
UnlockDialog(controller._opener).show()
app.processEvents()
print("Qt" in vars(QtCore))
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.strip() == "False"
    assert "Error" not in out.stderr
