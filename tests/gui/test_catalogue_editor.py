"""Settings › Treatments: families, their services and their screening rules."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox
from tests.gui.conftest import answer_next_message_box, type_into

from clinicdesk.rules.money import Money
from clinicdesk.services import catalogue
from clinicdesk.ui import preferences as prefs
from clinicdesk.ui.catalogue_editor import CatalogueEditor
from clinicdesk.ui.catalogue_services import CODE_ROLE, ServiceDialog, parse_price
from clinicdesk.ui.practice_handle import PracticeHandle
from clinicdesk.ui.settings_dialog import SettingsDialog


@pytest.fixture
def handle(practice) -> PracticeHandle:
    handle = PracticeHandle()
    handle.set(practice)
    return handle


@pytest.fixture
def editor(qtbot, handle) -> CatalogueEditor:
    return open_editor(qtbot, handle)


def open_editor(qtbot, handle: PracticeHandle) -> CatalogueEditor:
    widget = CatalogueEditor(handle)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def choose(editor: CatalogueEditor, code: str) -> None:
    rows = [editor.family_list.item(row) for row in range(editor.family_list.count())]
    item = next(item for item in rows if item.data(CODE_ROLE) == code)
    editor.family_list.setCurrentItem(item)


def table_codes(editor: CatalogueEditor) -> list[str]:
    return editor.services.codes()


def select_service(editor: CatalogueEditor, code: str) -> None:
    editor.services.table.selectRow(table_codes(editor).index(code))


def services(practice, family: str, *, include_retired: bool = False):
    found = next(f for f in catalogue.families(practice, include_retired=True) if f.code == family)
    return [s for s in found.services if s.active or include_retired]


def in_next_dialog(qtbot, work: Callable[[ServiceDialog], None]) -> None:
    """Run `work` on the service dialog about to open modally; close it if work fails."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ServiceDialog):
            QTimer.singleShot(20, run)
            return
        try:
            work(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(20, run)


def save_button(dialog: ServiceDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_a_family_edit_is_applied_and_still_there_when_reopened(qtbot, editor, handle, practice):
    choose(editor, "chemical_peel")
    assert editor.title.text() == "Chemical peel"
    assert not editor.apply_button.isEnabled()
    editor.form.names["fr"].clear()
    type_into(qtbot, editor.form.names["fr"], "Peeling aux acides de fruits")
    editor.form.valid_days.setValue(0)
    assert editor.form.valid_days.text() == "one treatment only"
    assert editor.apply_button.isEnabled()
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    assert not editor.form.is_dirty()

    reopened = open_editor(qtbot, handle)
    choose(reopened, "chemical_peel")
    assert reopened.form.names["fr"].text() == "Peeling aux acides de fruits"
    assert reopened.form.valid_days.value() == 0
    assert catalogue.patch_test_policy(practice, family="chemical_peel").valid_days == 0


def test_a_family_without_an_english_name_is_refused_beside_the_field(qtbot, editor, practice):
    choose(editor, "facial")
    editor.form.names["en"].clear()
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    assert editor.form.errors["names"].isVisible()
    assert "needs a name" in editor.form.errors["names"].text()
    assert editor.form.is_dirty()
    facial = next(f for f in catalogue.families(practice) if f.code == "facial")
    assert facial.names["en"] == "Facials"


def test_a_service_added_at_45_50_is_stored_as_4550_cents(qtbot, editor, practice):
    choose(editor, "lash_brow_tint")
    before = table_codes(editor)

    def fill(dialog: ServiceDialog) -> None:
        type_into(qtbot, dialog.names["en"], "Brow henna")
        type_into(qtbot, dialog.names["fr"], "Henné des sourcils")
        dialog.duration.setValue(45)
        type_into(qtbot, dialog.price, "45.50")
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    in_next_dialog(qtbot, fill)
    qtbot.mouseClick(editor.services.add_button, Qt.MouseButton.LeftButton)

    added = next(s for s in services(practice, "lash_brow_tint") if s.code == "brow_henna")
    assert added.price == Money("EUR", 4550)
    assert added.duration_minutes == 45
    assert added.names["fr"] == "Henné des sourcils"
    assert table_codes(editor) == [*before, "brow_henna"]
    row = len(before)
    assert editor.services.table.item(row, 0).text() == "Brow henna"
    assert "45.50" in editor.services.table.item(row, 2).text()


def test_a_service_is_edited_in_its_dialog(qtbot, editor, practice):
    choose(editor, "massage")
    code = table_codes(editor)[0]
    select_service(editor, code)

    def change(dialog: ServiceDialog) -> None:
        assert dialog.names["en"].text() == services(practice, "massage")[0].names["en"]
        dialog.price.clear()
        type_into(qtbot, dialog.price, "72,30")
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    in_next_dialog(qtbot, change)
    qtbot.mouseClick(editor.services.edit_button, Qt.MouseButton.LeftButton)
    assert services(practice, "massage")[0].price == Money("EUR", 7230)


@pytest.mark.parametrize(
    ("name", "price", "field", "message"),
    [
        ("x" * 201, "45.50", "names", "at most 200 characters; it has 201"),
        ("Brow henna", "-5", "price", "cannot be negative"),
        ("Brow henna", "45.505", "price", "Type the price as an amount"),
        ("Brow henna", "forty", "price", "Type the price as an amount"),
    ],
)
def test_a_service_that_cannot_be_saved_shows_why_and_saves_nothing(
    qtbot, handle, practice, name, price, field, message
):
    before = catalogue.families(practice, include_retired=True)
    dialog = ServiceDialog(handle, family="lash_brow_tint", currency="EUR")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.names["en"], name)
    type_into(qtbot, dialog.price, price)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors[field].isVisible()
    assert message in dialog.errors[field].text()
    assert len(dialog.names["en"].text()) == len(name)  # refused, never cut short
    assert catalogue.families(practice, include_retired=True) == before


def test_a_retired_service_is_hidden_unless_retired_ones_are_shown(qtbot, editor, practice):
    choose(editor, "botulinum_toxin")
    code = table_codes(editor)[0]
    select_service(editor, code)
    assert editor.services.retire_button.text() == "Retire"
    qtbot.mouseClick(editor.services.retire_button, Qt.MouseButton.LeftButton)
    assert code not in table_codes(editor)
    assert code not in [s.code for s in services(practice, "botulinum_toxin")]

    editor.show_retired.setChecked(True)
    assert code in table_codes(editor)
    row = table_codes(editor).index(code)
    assert editor.services.table.item(row, 0).text().endswith("(retired)")
    select_service(editor, code)
    assert editor.services.retire_button.text() == "Restore"
    qtbot.mouseClick(editor.services.retire_button, Qt.MouseButton.LeftButton)
    assert code in [s.code for s in services(practice, "botulinum_toxin")]


def test_a_retired_family_is_greyed_and_listed_only_on_request(qtbot, editor):
    choose(editor, "hifu")
    editor.form.active.setChecked(False)
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    item = editor.family_list.currentItem()
    assert item.data(CODE_ROLE) == "hifu" and not item.isHidden()  # still being edited
    assert item.text().endswith("(retired)")
    choose(editor, "facial")
    assert item.isHidden()
    editor.show_retired.setChecked(True)
    assert not item.isHidden()
    assert item.foreground().color() != editor.family_list.item(0).foreground().color()


def test_the_rules_of_chemical_peel_include_isotretinoin_read_only(editor):
    choose(editor, "chemical_peel")
    table = editor.rules_table
    ids = [table.item(row, 0).data(CODE_ROLE) for row in range(table.rowCount())]
    assert "isotretinoin-resurfacing" in ids
    row = ids.index("isotretinoin-resurfacing")
    assert table.item(row, 0).text() == "Never treat"
    assert table.item(row, 1).text().startswith("Isotretinoin in the last 6 months")
    assert "SmPC" in table.item(row, 2).text()
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers
    choose(editor, "massage")
    ids = [table.item(row, 0).data(CODE_ROLE) for row in range(table.rowCount())]
    assert "isotretinoin-resurfacing" not in ids


def test_switching_family_with_unsaved_edits_asks(qtbot, editor, practice):
    choose(editor, "chemical_peel")
    editor.form.names["fr"].setText("Peeling (modifié)")

    answer_next_message_box(standard=QMessageBox.StandardButton.Cancel)
    choose(editor, "facial")
    assert editor.family_list.currentItem().data(CODE_ROLE) == "chemical_peel"
    assert editor.form.names["fr"].text() == "Peeling (modifié)"

    answer_next_message_box(standard=QMessageBox.StandardButton.Discard)
    choose(editor, "facial")
    assert editor.title.text() == "Facials"
    peel = next(f for f in catalogue.families(practice) if f.code == "chemical_peel")
    assert peel.names["fr"] == "Peeling chimique"

    choose(editor, "chemical_peel")
    editor.form.names["fr"].setText("Peeling (modifié)")
    answer_next_message_box(standard=QMessageBox.StandardButton.Save)
    choose(editor, "facial")
    assert editor.title.text() == "Facials"
    peel = next(f for f in catalogue.families(practice) if f.code == "chemical_peel")
    assert peel.names["fr"] == "Peeling (modifié)"


def test_settings_has_the_treatments_tab_and_asks_before_closing_on_unapplied_edits(
    qtbot, handle, data_dir, keychain
):
    settings = SettingsDialog(handle, prefs.Preferences(data_dir), keychain)
    qtbot.addWidget(settings)
    settings.show()
    assert settings.tabs.tabText(3) == "Treatments"
    assert settings.tabs.widget(3) is settings.treatments
    choose(settings.treatments, "facial")
    settings.treatments.form.names["pl"].setText("Zabieg na twarz")
    answer_next_message_box(standard=QMessageBox.StandardButton.Cancel)
    settings.reject()
    assert settings.isVisible()
    answer_next_message_box(standard=QMessageBox.StandardButton.Discard)
    settings.reject()
    assert not settings.isVisible()


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("45.50", "EUR", 4550),
        ("45,50", "EUR", 4550),
        ("45", "EUR", 4500),
        ("0.1", "EUR", 10),
        ("1 234,56", "EUR", 123456),
        ("1\u202f234,56 €", "EUR", 123456),
        ("1,234.56", "GBP", 123456),
        ("1.234,56", "EUR", 123456),
        ("-5", "EUR", -500),
        ("12000", "JPY", 12000),
        ("45.5", "JPY", None),
        ("45.505", "EUR", None),
        ("4e3", "EUR", None),
        ("", "EUR", None),
        ("forty", "EUR", None),
    ],
)
def test_prices_are_read_as_typed_without_float_errors(text, currency, minor):
    parsed = parse_price(text, currency)
    assert parsed == (None if minor is None else Money(currency, minor))
