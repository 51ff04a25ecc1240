"""The Follow-ups page, driven as the receptionist making the recall calls would."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from tests.conftest import PASSPHRASE
from tests.gui.conftest import type_into
from tests.unit.pdf_helpers import needs_poppler, page_count, text_of, unbroken

from clinicdesk.app import ClinicDeskApp
from clinicdesk.rules.recalls import Status
from clinicdesk.services import clients, plan_changes, plans, screening, session_changes
from clinicdesk.services import follow_ups as service
from clinicdesk.services import sessions as svc
from clinicdesk.services.plans import PlannedTreatment
from clinicdesk.ui import contact_dialog, follow_ups_page
from clinicdesk.ui.contact_dialog import CalendarRangeDialog, ContactDialog, letter_date
from clinicdesk.ui.follow_ups_model import CLIENT, LAST_CONTACT, PHONE, STATUS, TREATMENT, WHY
from clinicdesk.ui.follow_ups_page import FollowUpsPage
from clinicdesk.ui.main_window import CLIENTS, FOLLOW_UPS

NOW = datetime.now(UTC)


def _treat(practice, client_id, family, days_ago):
    at = NOW - timedelta(days=days_ago, hours=1)
    record, found = svc.start_session(practice, client_id=client_id, family=family, performed_at=at)
    for rule_id in found.needs_override():
        screening.override(
            practice,
            client_id=client_id,
            family=family,
            rule_id=rule_id,
            level="relative",
            reason="Checked in person before treating",
            context=record.context,
        )
    session_changes.sign_off(practice, session_id=record.id)


def _one(practice, text):
    [client_id] = clients.find_client_ids(practice, text=text)
    return client_id


@pytest.fixture
def due(handle):
    """Łucja is overdue for her filler review, Hélène due for her toxin review, 王芳 has a
    peel review coming up; everyone else in the practice is due for nothing."""
    practice = handle.practice
    ids = {
        "lucja": _one(practice, "lucja wasowska"),
        "helene": _one(practice, "06 12 34 56 78"),
        "fang": _one(practice, "+86 138 1234 5678"),
    }
    _treat(practice, ids["lucja"], "dermal_filler", 40)
    _treat(practice, ids["helene"], "botulinum_toxin", 12)
    _treat(practice, ids["fang"], "chemical_peel", 0)
    return ids


@pytest.fixture
def page(qtbot, handle, due):
    widget = FollowUpsPage(handle)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    read_again(qtbot, widget)
    return widget


def read_again(qtbot, page) -> None:
    """Refresh, and wait for the list read off the GUI thread to be shown."""
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        page.refresh()


def cells(page, column):
    model = page.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def run_modal(action, answer):
    """Run `action`, which opens a modal dialog; `answer` gets the dialog once it shows."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(10, look)
            return
        answer(dialog)

    QTimer.singleShot(0, look)
    action()


def test_the_list_shows_who_is_due_with_their_phone(page):
    assert cells(page, CLIENT) == ["Wąsowska, Łucja", "Lefèvre, Hélène", "王芳"]
    assert cells(page, STATUS) == ["Overdue", "Due", "Upcoming"]
    assert cells(page, PHONE) == ["+48 601 234 567", "06 12 34 56 78", "+86 138 1234 5678"]
    assert cells(page, TREATMENT) == ["Dermal fillers", "Botulinum toxin", "Chemical peel"]
    assert cells(page, WHY)[1].startswith("Two-week review after botulinum toxin")
    assert cells(page, LAST_CONTACT) == ["", "", ""]
    overdue = page.model.index(0, STATUS)
    assert page.model.data(overdue, Qt.ItemDataRole.ForegroundRole).name() == "#8a1c1c"
    assert page.model.data(page.model.index(0, CLIENT), Qt.ItemDataRole.ForegroundRole) is None
    assert page.count_label.text().startswith("3 follow-up")
    assert page.stack.currentWidget() is page.table


def test_filters_narrow_the_list(qtbot, page):
    page.status.setCurrentIndex(page.status.findData(Status.DUE))
    assert cells(page, CLIENT) == ["Lefèvre, Hélène"]
    page.status.setCurrentIndex(0)
    page.family.setCurrentIndex(page.family.findData("chemical_peel"))
    assert cells(page, CLIENT) == ["王芳"]
    page.family.setCurrentIndex(0)
    type_into(qtbot, page.search, "wasows")
    qtbot.waitUntil(lambda: cells(page, CLIENT) == ["Wąsowska, Łucja"], timeout=2000)
    type_into(qtbot, page.search, "kowalczykowa")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=2000)
    assert page.stack.currentWidget() is page.empty
    assert page.empty.text() == "No follow-up matches these filters."
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=2000)


def test_a_contact_is_logged_from_the_dialog_and_a_booking_closes_the_row(qtbot, page, due):
    page.select_row(0)

    def refuse_then_log(dialog: ContactDialog) -> None:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()  # no outcome yet
        assert dialog.isVisible() and dialog.errors["outcome"].isVisible()
        assert dialog.errors["outcome"].text() == "Choose how the contact went."
        dialog.choose("no_answer")
        dialog.note.setPlainText("Voicemail; try after 5 pm")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    run_modal(page.log_contact, refuse_then_log)

    assert cells(page, CLIENT)[0] == "Wąsowska, Łucja"  # still listed, with the contact
    assert cells(page, LAST_CONTACT)[0].startswith("No answer · ")
    history = page.history.table
    assert history.rowCount() == 1
    assert history.item(0, 2).text() == "No answer"
    assert history.item(0, 4).text() == "Voicemail; try after 5 pm"

    def book(dialog: ContactDialog) -> None:
        dialog.choose("booked")
        assert dialog.closing.text() == "This closes the follow-up: it leaves the list."
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    page.select_row(0)
    run_modal(page.log_contact, book)

    assert cells(page, CLIENT) == ["Lefèvre, Hélène", "王芳"]
    read_again(qtbot, page)  # and it stays closed when read again
    assert cells(page, CLIENT) == ["Lefèvre, Hélène", "王芳"]
    logged = service.contact_log(page._handle.practice, client_id=due["lucja"])
    assert [c.outcome for c in logged] == ["booked", "no_answer"]


@needs_poppler
def test_recall_letters_for_the_selected_rows_are_saved_and_logged(
    qtbot, page, monkeypatch, tmp_path
):
    saved: list[bytes] = []

    def fake_save(parent, pdf, suggested_name):
        saved.append(pdf)
        return True

    monkeypatch.setattr(follow_ups_page.printing, "save_pdf", fake_save)
    page.table.selectAll()
    assert len(page.selected_recalls()) == 3
    page.save_action.trigger()

    [pdf] = saved
    assert page_count(pdf, tmp_path) == 3
    first = unbroken(text_of(pdf, tmp_path, page=1))
    assert "ŁucjaWąsowska" in first
    assert unbroken(letter_date("en", date.today())) in first
    assert "HélèneLefèvre" in unbroken(text_of(pdf, tmp_path, page=2))
    assert "王芳" in unbroken(text_of(pdf, tmp_path, page=3))
    assert all(text.startswith("Letter sent · ") for text in cells(page, LAST_CONTACT))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "23 November 2026"),
        ("fr", "23 novembre 2026"),
        ("pl", "23 listopada 2026"),
        ("zh_CN", "2026年11月23日"),
    ],
)
def test_a_letter_is_dated_as_written_in_its_language(language, expected):
    assert letter_date(language, date(2026, 11, 23)) == expected


def test_nothing_is_logged_when_the_letters_are_not_printed(page, monkeypatch):
    monkeypatch.setattr(follow_ups_page.printing, "print_pdf", lambda *args: False)
    page.select_row(1)
    page.print_action.trigger()
    assert cells(page, LAST_CONTACT) == ["", "", ""]


def test_planned_sessions_are_exported_where_the_practitioner_chooses(
    page, due, monkeypatch, tmp_path
):
    practice = page._handle.practice
    start = date.today() + timedelta(days=3)
    plan = plans.create_plan(
        practice,
        client_id=due["lucja"],
        treatments=[PlannedTreatment("chemical_peel", None, 2, 21)],
        start_on=start,
    )
    plan_changes.agree_plan(practice, plan_id=plan.id)
    target = tmp_path / "my-calendar"
    monkeypatch.setattr(
        contact_dialog.QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args: (str(target), "")),
    )

    run_modal(page.export_calendar, lambda dialog: dialog.accept())

    ics = (tmp_path / "my-calendar.ics").read_bytes()
    events = [
        (str(e["summary"]), e.decoded("dtstart")) for e in Calendar.from_ical(ics).walk("VEVENT")
    ]
    assert events == [
        ("Łucja Wąsowska — Chemical peel (session 1 of 2)", start),
        ("Łucja Wąsowska — Chemical peel (session 2 of 2)", start + timedelta(days=21)),
    ]


def test_a_wrong_range_is_refused_with_a_message(qtbot, page, monkeypatch):
    def backwards(dialog: CalendarRangeDialog) -> None:
        dialog.to_day.setDate(dialog.from_day.date().addDays(-1))
        dialog.accept()

    warnings: list[str] = []
    monkeypatch.setattr(
        contact_dialog.QMessageBox,
        "warning",
        staticmethod(lambda parent, title, text: warnings.append(text)),
    )
    run_modal(page.export_calendar, backwards)
    assert warnings == ["The last day comes before the first."]


def test_nobody_due_says_so(qtbot, handle):
    widget = FollowUpsPage(handle)
    qtbot.addWidget(widget)
    read_again(qtbot, widget)
    assert widget.stack.currentWidget() is widget.empty
    assert widget.empty.text().startswith("Nobody is due for a follow-up in the next 14 days.")
    assert not widget.log_button.isEnabled()


def test_follow_ups_from_the_main_window_open_the_client(qtbot, window, due):
    with qtbot.waitSignal(window.follow_ups.refreshed, timeout=5000):
        qtbot.keyClick(
            window,
            Qt.Key.Key_F,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert window.sections.currentIndex() == FOLLOW_UPS
    assert window.section_tabs.currentIndex() == FOLLOW_UPS
    page = window.follow_ups
    assert cells(page, CLIENT)[1] == "Lefèvre, Hélène"

    page.select_row(1)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)

    assert window.sections.currentIndex() == CLIENTS
    assert window.section_tabs.currentIndex() == CLIENTS
    assert window.record.record.id == due["helene"]

    window.section_tabs.setCurrentIndex(FOLLOW_UPS)  # a click on the tab
    assert window.sections.currentIndex() == FOLLOW_UPS
    window.show_lock_screen()
    assert page.model.rowCount() == 0 and page.history.table.rowCount() == 0


@pytest.fixture
def controller(qtbot, filled_practice, due, data_dir, keychain):
    app = ClinicDeskApp(data_dir, lambda: keychain)
    app._show_main(filled_practice)
    qtbot.addWidget(app.window)
    yield app
    app.shut_down()


def test_a_lock_empties_the_follow_ups_and_unlock_returns_to_them(qtbot, controller):
    window = controller.window
    page = window.follow_ups
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        window.show_section(FOLLOW_UPS)
    assert page.model.rowCount() == 3
    page.select_row(1)
    assert page.history.table.rowCount() == 0
    dialog = page.contact_dialog()
    dialog.show()

    window.lock_action.trigger()

    assert not dialog.isVisible()
    assert page.model.rowCount() == 0 and page.model.client(0) is None
    with qtbot.waitSignals([window.unlocked, page.refreshed], timeout=5000):
        type_into(qtbot, window.unlock_form.passphrase, PASSPHRASE)
        qtbot.keyClick(window.unlock_form.passphrase, Qt.Key.Key_Return)
    assert window.sections.currentIndex() == FOLLOW_UPS
    assert cells(page, CLIENT) == ["Wąsowska, Łucja", "Lefèvre, Hélène", "王芳"]


def test_a_reading_still_under_way_at_the_lock_shows_nothing_after_it(qtbot, page):
    page.refresh()
    page.clear()  # the lock comes before the reading is back

    qtbot.wait(300)

    assert page.model.rowCount() == 0 and page.model.client(0) is None
