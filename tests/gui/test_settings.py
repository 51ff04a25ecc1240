"""The settings dialog: clinic details, locking, the keychain, the passphrase."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from tests.conftest import PASSPHRASE
from tests.gui.conftest import answer_next_message_box, type_into

from clinicdesk.errors import WrongSecret
from clinicdesk.services import clinic
from clinicdesk.ui import preferences as prefs
from clinicdesk.ui.practice_handle import PracticeHandle
from clinicdesk.ui.settings_dialog import SettingsDialog


@pytest.fixture
def dialog(qtbot, practice, data_dir, keychain):
    handle = PracticeHandle()
    handle.set(practice)
    settings = SettingsDialog(handle, prefs.Preferences(data_dir), keychain)
    qtbot.addWidget(settings)
    settings.show()
    return settings


def test_clinic_details_idle_time_and_remembering_are_saved(
    qtbot, dialog, practice, keychain, data_dir
):
    assert dialog.clinic_name.text() == "Institut Hélène"
    dialog.clinic_name.setText("Institut Hélène & Zoë")
    dialog.address.setPlainText("12 rue des Lilas\n69003 Lyon")
    dialog.idle_minutes.setValue(3)
    dialog.remember.setChecked(True)
    languages = []
    dialog.language_changed.connect(languages.append)
    dialog.language.setCurrentIndex(dialog.language.findData("pl"))
    dialog.save()
    details = clinic.clinic_details(practice)
    assert details.clinic_name == "Institut Hélène & Zoë"
    assert details.clinic_address == "12 rue des Lilas\n69003 Lyon"
    assert details.language == "pl"
    assert prefs.Preferences(data_dir).get(prefs.IDLE_LOCK_MINUTES) == 3
    assert keychain.load(practice.vault.vault_id) is not None
    assert languages == ["pl"]


def test_an_empty_clinic_name_is_refused_beside_the_field(dialog, practice):
    dialog.clinic_name.setText("  ")
    dialog.save()
    assert dialog.isVisible()
    assert "required" in dialog.clinic_error.text()
    assert clinic.clinic_details(practice).clinic_name == "Institut Hélène"


def test_change_passphrase_needs_the_current_one(qtbot, dialog, practice):
    new = "une nouvelle phrase secrète"
    type_into(qtbot, dialog.new_passphrase.first, new)
    type_into(qtbot, dialog.new_passphrase.second, new)
    type_into(qtbot, dialog.current_passphrase, "not the passphrase")
    answer_next_message_box(standard=QMessageBox.StandardButton.Ok)
    dialog._change_passphrase()
    practice.vault.unlock_with_passphrase(PASSPHRASE)  # unchanged
    type_into(qtbot, dialog.current_passphrase, PASSPHRASE)
    answer_next_message_box(standard=QMessageBox.StandardButton.Ok)
    dialog._change_passphrase()
    practice.vault.unlock_with_passphrase(new)
    with pytest.raises(WrongSecret):
        practice.vault.unlock_with_passphrase(PASSPHRASE)


def test_recovery_key_is_shown_again_only_with_the_passphrase(new_practice):
    practice, recovery_key = new_practice
    with pytest.raises(WrongSecret):
        practice.recovery_key(passphrase="wrong passphrase")
    assert practice.recovery_key(passphrase=PASSPHRASE) == recovery_key
    replaced = practice.replace_recovery_key()
    assert replaced != recovery_key
    assert practice.recovery_key(passphrase=PASSPHRASE) == replaced


def test_the_history_review_period_is_the_practices_choice(qtbot, handle, data_dir, keychain):
    from clinicdesk.services import clinic
    from clinicdesk.ui.preferences import Preferences
    from clinicdesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(handle, Preferences(data_dir), keychain)
    qtbot.addWidget(dialog)
    dialog.review_days.setValue(180)
    dialog.save()
    assert clinic.clinic_details(handle.practice).history_review_days == 180
