"""The plans tab and its editor: a plan written, agreed, changed with a reason, stopped."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from tests.gui.conftest import answer_next_message_box, type_into

from clinicdesk.services import clients, history, plan_changes, plans
from clinicdesk.services.client_fields import ClientFields
from clinicdesk.services.plans import PlannedTreatment
from clinicdesk.ui.formatting import format_date
from clinicdesk.ui.plans_tab import PlansTab
from clinicdesk.ui.practice_handle import PracticeHandle

PEELS = PlannedTreatment("chemical_peel", "peel_superficial_face", 3, 21)


@pytest.fixture
def handle(practice):
    handle = PracticeHandle()
    handle.set(practice)
    return handle


@pytest.fixture
def client(practice):
    fields = ClientFields(given_name="Zofia", family_name="Wójcik", date_of_birth=date(1990, 5, 4))
    return clients.create_client(practice, data=fields)


@pytest.fixture
def tab(qtbot, handle, client):
    widget = PlansTab(handle)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.show_client(client)
    return widget


def save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_a_plan_is_written_agreed_and_changed_with_a_reason(qtbot, tab, practice, client):
    assert tab.empty.isVisible()
    # GIVEN a new plan written in the editor, its price left to the catalogue
    editor = tab.new_plan()
    qtbot.waitExposed(editor)
    editor.texts["goals"].setPlainText("Even skin tone")
    editor.texts["timeline"].setPlainText("Visible change after 3 sessions")
    choose(editor.rows.cellWidget(0, 0), "chemical_peel")
    choose(editor.rows.cellWidget(0, 1), "peel_superficial_face")
    editor.rows.cellWidget(0, 2).setValue(3)
    editor.rows.cellWidget(0, 3).setValue(21)
    type_into(qtbot, editor.start.edit, format_date(date(2026, 3, 2)))
    assert "255.00" in editor.price_hint.text()
    save(editor)
    assert not editor.isVisible()
    [plan] = plans.plans(practice, client_id=client.id)
    assert plan.treatments[0].dates[1] == date(2026, 3, 23)
    row = tab.list.topLevelItem(0)
    assert row.text(1) == "Draft" and row.text(2) == "Chemical peel × 3"
    assert "255.00" in row.text(3)
    assert format_date(date(2026, 3, 23)) in tab.detail.toPlainText()

    # WHEN the client agrees to it
    answer_next_message_box("Yes")
    tab.agree_button.click()
    assert plans.get_plan(practice, plan_id=plan.id).status == "agreed"
    assert tab.list.topLevelItem(0).text(1) == "Agreed"
    assert tab.start_button.isEnabled() and not tab.agree_button.isEnabled()

    # THEN a change needs a reason, and nothing typed is lost while it is missing
    editor = tab.edit_plan()
    qtbot.waitExposed(editor)
    assert editor.reason.isVisible()
    editor.rows.cellWidget(0, 2).setValue(4)
    save(editor)
    assert editor.isVisible() and editor.errors["reason"].isVisible()
    assert editor.rows.cellWidget(0, 2).value() == 4
    editor.reason.setPlainText("Client asked for a fourth session")
    save(editor)
    assert not editor.isVisible()
    history_text = tab.history.toPlainText()
    assert "Chemical peel × 3 → Chemical peel × 4" in history_text
    assert "Client asked for a fourth session" in history_text
    assert "Draft → Agreed" in history_text
    assert plans.get_plan(practice, plan_id=plan.id).price.minor == 4 * 8500


def test_stopping_asks_why(qtbot, tab, practice, client):
    plan = plans.create_plan(practice, client_id=client.id, treatments=[PEELS])
    plan_changes.agree_plan(practice, plan_id=plan.id)
    tab.show_client(client)
    dialog = tab.stop_plan()
    qtbot.waitExposed(dialog)
    dialog.reason.setPlainText("no")
    dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert plans.get_plan(practice, plan_id=plan.id).status == "agreed"
    dialog.reason.setPlainText("Client is pregnant; peels stop until after the birth")
    dialog.accept()
    assert not dialog.isVisible()
    assert tab.list.topLevelItem(0).text(1) == "Stopped"
    assert "pregnant" in tab.detail.toPlainText()
    assert not tab.edit_button.isEnabled() and not tab.stop_button.isEnabled()


def test_a_plan_with_no_sessions_is_not_agreed(qtbot, tab, practice, client):
    plans.create_plan(practice, client_id=client.id, goals="To be decided")
    tab.show_client(client)
    answer_next_message_box("Yes")
    tab.agree_button.click()
    assert tab.error.isVisible()
    assert tab.error.text() == "A plan needs at least one session."
    assert tab.list.topLevelItem(0).text(1) == "Draft"


def test_a_ruled_out_peel_is_not_agreed(qtbot, tab, practice, client):
    history.record_item(practice, client_id=client.id, kind="medication", text="Roaccutane")
    plans.create_plan(practice, client_id=client.id, treatments=[PEELS])
    tab.show_client(client)
    answer_next_message_box("Yes")
    tab.agree_button.click()
    assert tab.error.isVisible() and "ruled out" in tab.error.text()


def test_bad_input_is_shown_beside_its_field_and_kept(qtbot, tab, practice, client):
    editor = tab.new_plan()
    qtbot.waitExposed(editor)
    editor.texts["goals"].setPlainText("Fewer lines")
    type_into(qtbot, editor.start.edit, "31/02/2026")
    save(editor)
    assert editor.isVisible() and editor.errors["start_on"].isVisible()
    editor.start.edit.clear()
    type_into(qtbot, editor.price, "a lot")
    save(editor)
    assert editor.errors["price"].isVisible() and not editor.errors["start_on"].isVisible()
    editor.price.setText("99999999999")
    save(editor)
    assert editor.errors["price"].text() == "This price is too high."
    assert editor.texts["goals"].toPlainText() == "Fewer lines"
    assert plans.plans(practice, client_id=client.id) == []
    editor.reject()


def test_a_session_is_moved_to_another_day(qtbot, tab, practice, client):
    plan = plans.create_plan(
        practice, client_id=client.id, treatments=[PEELS], start_on=date(2026, 3, 2)
    )
    plan_changes.agree_plan(practice, plan_id=plan.id)
    tab.show_client(client)
    dialog = tab.move_session()
    qtbot.waitExposed(dialog)
    dialog.session.setCurrentIndex(1)
    assert dialog.day.value() == date(2026, 3, 23)
    dialog.day.set_value(date(2026, 3, 30))
    dialog.save()
    assert dialog.isVisible() and dialog.errors["reason"].isVisible()
    dialog.reason.setPlainText("Client away that week")
    dialog.save()
    assert not dialog.isVisible()
    assert plans.get_plan(practice, plan_id=plan.id).treatments[0].dates[1] == date(2026, 3, 30)
    moved = f"{format_date(date(2026, 3, 23))} → {format_date(date(2026, 3, 30))}"
    assert moved in tab.history.toPlainText()


def test_retranslate_and_clear_keep_the_tab_usable(qtbot, tab, practice, client):
    plans.create_plan(practice, client_id=client.id, treatments=[PEELS])
    tab.retranslate()
    assert tab.list.topLevelItemCount() == 1
    tab.clear()
    assert tab.list.topLevelItemCount() == 0 and not tab.edit_button.isEnabled()


def test_an_open_editor_hides_at_the_lock_and_keeps_what_was_typed(qtbot, tab, handle, practice):
    editor = tab.new_plan()
    qtbot.waitExposed(editor)
    editor.texts["goals"].setPlainText("Brighter skin")
    handle.clear()
    assert not editor.isVisible()
    handle.set(practice)
    assert editor.isVisible() and editor.texts["goals"].toPlainText() == "Brighter skin"
    editor.reject()
