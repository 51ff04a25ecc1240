"""The client list and the client editor, driven as a receptionist would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from tests.gui.conftest import answer_next_message_box, type_into

from clinicdesk.services import clients
from clinicdesk.ui.client_table_model import DATE_OF_BIRTH, NAME, ROW_ROLE


def search(qtbot, window, text):
    window.client_list.search.clear()
    type_into(qtbot, window.client_list.search, text)
    qtbot.waitUntil(lambda: not window.client_list._search_timer.isActive(), timeout=2000)


def shown_names(window):
    model = window.client_list.model
    return [model.data(model.index(r, NAME)) for r in range(model.rowCount())]


def test_list_opens_with_everyone_and_loads_lazily(qtbot, window):
    model = window.client_list.model
    qtbot.waitUntil(lambda: model.counted, timeout=2000)
    assert model.total == 303
    assert model.rowCount() == 256  # the first page; the rest when scrolled to
    assert model.canFetchMore(model.index(-1, -1))
    assert "303" in window.client_list.count_label.text()


def test_a_full_page_shows_before_its_matches_are_counted(qtbot, window):
    page = window.client_list
    page.count_label.clear()
    page.refresh()
    assert page.model.rowCount() == 256 and not page.model.counted
    qtbot.waitUntil(lambda: page.model.counted, timeout=2000)
    assert page.model.total == 303
    assert "303" in page.count_label.text()


def test_search_narrows_the_list_as_you_type(qtbot, window):
    search(qtbot, window, "wa")
    wide = window.client_list.model.total
    search(qtbot, window, "wasows")
    narrower = shown_names(window)
    assert "Wąsowska, Łucja" in narrower
    assert all(name.startswith("Wąsowsk") for name in narrower)
    assert wide > len(narrower)
    search(qtbot, window, "lucja wasows")
    assert shown_names(window) == ["Wąsowska, Łucja"]
    search(qtbot, window, "王芳")
    assert "王芳" in shown_names(window)
    assert all(name.startswith("王芳") for name in shown_names(window))
    search(qtbot, window, "06 12 34 56 78")
    assert shown_names(window) == ["Lefèvre, Hélène"]


def test_no_match_says_what_to_do(qtbot, window):
    search(qtbot, window, "zzqqxx")
    page = window.client_list
    assert page.stack.currentWidget() is page.empty
    assert "No client matches" in page.empty.text()
    assert "Ctrl+N" in page.empty.text()


def test_sorting_by_birth_date_asks_the_service(qtbot, window):
    header = window.client_list.table.horizontalHeader()
    header.setSortIndicator(DATE_OF_BIRTH, Qt.SortOrder.DescendingOrder)
    model = window.client_list.model
    births = [model.data(model.index(r, 0), ROW_ROLE).date_of_birth for r in range(40)]
    assert births == sorted(births, reverse=True)


def test_enter_opens_the_record(qtbot, window):
    search(qtbot, window, "lucja wasowska")
    qtbot.keyClick(window.client_list.search, Qt.Key.Key_Return)
    record = window.record.record
    assert record is not None and record.fields.family_name == "Wąsowska"
    assert "Wąsowska" in window.record.name.text()
    assert window.record.activity.count() >= 2  # created, opened


def test_keyboard_shortcuts(qtbot, window):
    window.record.setFocus()
    window.find_action.trigger()
    assert window.client_list.search.hasFocus() or window.client_list.search.selectedText() == ""
    window.new_action.trigger()
    assert window.editors and window.editors[-1].windowTitle() == "New client"


def test_new_client_with_validation_messages_beside_fields(qtbot, window):
    window.new_client()
    editor = window.editors[-1]
    qtbot.mouseClick(
        editor.buttons.button(editor.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert editor.errors["given_name"].isVisibleTo(editor)
    assert editor.errors["family_name"].isVisibleTo(editor)
    assert editor.isVisible()

    type_into(qtbot, editor.inputs["given_name"], "Żaneta")
    type_into(qtbot, editor.inputs["family_name"], "Gwiazdowska")
    type_into(qtbot, editor.inputs["email"], "zaneta@@wp")
    type_into(qtbot, editor.inputs["phone"], "12")
    type_into(qtbot, editor.inputs["date_of_birth"], "31/12/2999")
    editor.save()
    assert "not an email" in editor.errors["email"].text()
    assert "not a phone number" in editor.errors["phone"].text()
    assert "future" in editor.errors["date_of_birth"].text()
    assert not editor.errors["given_name"].isVisibleTo(editor)

    editor.inputs["email"].setText("zaneta@wp.pl")
    editor.inputs["phone"].setText("+48 512 345 678")
    editor.inputs["date_of_birth"].setText("17/05/1990")
    editor.inputs["notes"].setPlainText("Préfère 🌸 le matin " * 1100)  # 22,000 characters
    editor.save()
    assert editor.isVisible()
    assert "at most" in editor.errors["notes"].text()  # refused, not cut short
    editor.inputs["notes"].setPlainText("Prefers mornings 🌸")
    editor.save()
    assert not editor.isVisible()
    assert window.record.record.fields.given_name == "Żaneta"
    assert window.client_list.selected_client_id() == window.record.record.id


def test_possible_duplicate_is_shown_before_saving(qtbot, window):
    window.new_client()
    editor = window.editors[-1]
    type_into(qtbot, editor.inputs["given_name"], "lucja")
    type_into(qtbot, editor.inputs["family_name"], "WASOWSKA")
    before = clients.count_clients(window._handle.practice)
    answer_next_message_box("Go back")
    editor.save()
    assert editor.isVisible()
    assert clients.count_clients(window._handle.practice) == before
    answer_next_message_box("Save anyway")
    editor.save()
    assert clients.count_clients(window._handle.practice) == before + 1


def test_unsaved_changes_are_asked_about(qtbot, window):
    search(qtbot, window, "hélène lefèvre")
    window.client_list.open_selected()
    window.edit_client(window.record.record.id)
    editor = window.editors[-1]
    editor.inputs["city"].setText("Lyon")
    answer_next_message_box(standard=QMessageBox.StandardButton.Cancel)
    editor.reject()
    assert editor.isVisible()  # stayed: nothing lost
    answer_next_message_box(standard=QMessageBox.StandardButton.Discard)
    editor.reject()
    assert not editor.isVisible()
    record = clients.open_client(window._handle.practice, client_id=window.record.record.id)
    assert record.fields.city is None
