"""The timeline tab: items newest first with date and time, filters, plan progress,
opening an item with Enter or a double-click, and nothing left on screen at a lock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from tests.gui.conftest import answer_next_message_box
from tests.unit.test_photo_exports import import_dated

from clinicdesk.reports.body_diagrams import mark_colour
from clinicdesk.rules.body_chart import ChartPlace
from clinicdesk.services import (
    clients,
    consultations,
    patch_tests,
    plan_changes,
    plans,
    products,
    session_changes,
    sessions,
)
from clinicdesk.services.client_fields import ClientFields
from clinicdesk.services.sessions import SessionProductInput
from clinicdesk.ui.client_record import ClientRecordPane
from clinicdesk.ui.formatting import format_date
from clinicdesk.ui.practice_handle import PracticeHandle
from clinicdesk.ui.timeline_model import ITEM_ROLE
from clinicdesk.ui.timeline_tab import TimelineTab

NOW = datetime.now(UTC).replace(second=0, microsecond=0)
TODAY = sessions.local_day(NOW)
TIMELINE_TAB = 5


@pytest.fixture
def handle(practice):
    handle = PracticeHandle()
    handle.set(practice)
    return handle


@pytest.fixture
def client(practice):
    fields = ClientFields(given_name="Zofia", family_name="Wójcik", date_of_birth=date(1980, 5, 4))
    return clients.create_client(practice, data=fields)


@pytest.fixture
def story(practice, client):
    """A consultation, an agreed plan of six sessions begun 70 days ago with two done, an
    adverse event after the second, a patch test, and a draft session today."""
    draft = consultations.start(practice, client_id=client.id)
    consulted = consultations.finalise(
        practice,
        consultation_id=draft.id,
        answers={"reason": "Acne scars", "data_consent": True, "photo_consent": ["clinical"]},
    )
    plan = plans.create_plan(
        practice,
        client_id=client.id,
        treatments=[plans.PlannedTreatment("microneedling", sessions=6, interval_days=28)],
        start_on=TODAY - timedelta(days=70),
    )
    plan_changes.agree_plan(practice, plan_id=plan.id)
    plan_changes.start_plan(practice, plan_id=plan.id)
    serum = products.add_product(practice, name="HA serum", family="microneedling", unit="ml")
    batch = products.add_batch(
        practice, product_id=serum.id, lot="HA-2201", expires_on=TODAY + timedelta(days=900)
    )
    done = []
    for days in (70, 42):
        record, _ = sessions.start_session(
            practice,
            client_id=client.id,
            family="microneedling",
            performed_at=NOW - timedelta(days=days),
            plan_treatment_id=plan.treatments[0].id,
        )
        session_changes.save_draft(
            practice,
            session_id=record.id,
            notes={"areas": ["face"]},
            products=[SessionProductInput(batch.id, Decimal(2), "ml", "")],
        )
        done.append(session_changes.sign_off(practice, session_id=record.id))
    event = session_changes.add_adverse_event(
        practice,
        session_id=done[1].id,
        severity="severe",
        description="Blistering on the chin",
        recorded_at=done[1].performed_at + timedelta(hours=5),
    )
    test = patch_tests.record_applied(
        practice,
        client_id=client.id,
        family="lash_brow_tint",
        product="Tint",
        applied_at=NOW - timedelta(days=5),
    )
    today, _ = sessions.start_session(
        practice, client_id=client.id, family="microneedling", performed_at=NOW - timedelta(hours=1)
    )
    return {
        "consultation": consulted,
        "plan": plan,
        "done": done,
        "event": event,
        "test": test,
        "draft": today,
    }


@pytest.fixture
def tab(qtbot, handle, client):
    widget = TimelineTab(handle)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def row_of(tab, kind, opens_id):
    for row in range(tab.model.rowCount()):
        item = tab.model.index(row).data(ITEM_ROLE)
        if item.kind == kind and item.opens_id == opens_id:
            return row
    raise AssertionError(f"no {kind} {opens_id} on the timeline")


def shown_kinds(tab) -> set[str]:
    return {tab.model.index(r).data(ITEM_ROLE).kind for r in range(tab.model.rowCount())}


def test_items_are_listed_newest_first_with_date_and_time(qtbot, tab, client, story):
    tab.show_client(client)
    rows = [tab.model.index(r) for r in range(tab.model.rowCount())]
    items = [index.data(ITEM_ROLE) for index in rows]
    assert [i.at for i in items] == sorted((i.at for i in items), reverse=True)
    # Planned sessions still ahead come first, with only their day.
    assert [i.kind for i in items[:3]] == ["planned"] * 3
    assert rows[0].data().startswith(format_date(TODAY + timedelta(days=70)) + " — ")
    draft_row = rows[row_of(tab, "session", story["draft"].id)].data()
    local = story["draft"].performed_at.astimezone()
    assert draft_row.startswith(f"{format_date(local.date())} {local:%H:%M} — ")
    assert "draft, not signed off" in draft_row
    second = rows[row_of(tab, "session", story["done"][1].id)].data()
    assert "HA serum, lot HA-2201, 2 ml" in second
    event_row = rows[row_of(tab, "adverse_event", story["done"][1].id)].data()
    assert "Adverse event (severe)" in event_row and "Blistering on the chin" in event_row
    assert row_of(tab, "adverse_event", story["done"][1].id) < row_of(
        tab, "session", story["done"][1].id
    )
    # Months are headed; the list paints.
    assert tab.model.visible[0].month
    assert not tab.view.grab().isNull()
    assert not tab.empty.isVisible()


def test_plan_progress_shows_sessions_done_and_the_next_planned_day(tab, client, story):
    tab.show_client(client)
    treatment_id = story["plan"].treatments[0].id
    assert tab.findChild(type(tab.next_label), f"progress_{treatment_id}").text() == (
        "2 of 6 sessions"
    )
    overdue = format_date(TODAY - timedelta(days=14))
    assert tab.findChild(type(tab.next_label), f"next_{treatment_id}").text() == (
        f"overdue since {overdue}"
    )
    assert tab.overdue_label.text() == (
        f"A planned session is overdue since {overdue} (Microneedling, session 3)."
    )
    assert tab.next_label.text() == (
        f"Next planned session: {format_date(TODAY + timedelta(days=14))} "
        "(Microneedling, session 4)."
    )


def test_filters_hide_and_show_kinds_without_reading_again(qtbot, tab, client, story, monkeypatch):
    tab.show_client(client)
    everything = tab.model.rowCount()
    import clinicdesk.ui.timeline_tab as module

    monkeypatch.setattr(module, "client_timeline", None)  # a filter must not read again
    tab.filter_buttons["session"].click()
    assert "session" not in shown_kinds(tab) and "adverse_event" in shown_kinds(tab)
    tab.filter_buttons["planned"].click()
    assert "planned" not in shown_kinds(tab)
    tab.filter_buttons["session"].click()
    assert "session" in shown_kinds(tab)
    tab.filter_buttons["planned"].click()
    assert tab.model.rowCount() == everything

    # One plan only: its steps, planned days and sessions, nothing else.
    tab.scope.setCurrentIndex(tab.scope.findData(f"plan:{story['plan'].id}"))
    assert {tab.model.index(r).data(ITEM_ROLE).plan_id for r in range(tab.model.rowCount())} == {
        story["plan"].id
    }
    assert shown_kinds(tab) == {"plan", "planned", "session", "adverse_event"}
    # One treatment: the patch test's.
    tab.scope.setCurrentIndex(tab.scope.findData("family:lash_brow_tint"))
    assert shown_kinds(tab) == {"patch_test"}
    tab.filter_buttons["patch_test"].click()
    assert tab.model.rowCount() == 0
    assert tab.empty.isVisible() and "Nothing matches these filters" in tab.empty.text()
    tab.filter_buttons["patch_test"].click()
    tab.scope.setCurrentIndex(0)
    assert tab.model.rowCount() == everything and not tab.empty.isVisible()


def test_enter_or_double_click_opens_a_session(qtbot, tab, client, story):
    tab.show_client(client)
    done = story["done"][0]
    index = tab.model.index(row_of(tab, "session", done.id))
    tab.view.setFocus()
    tab.view.setCurrentIndex(index)
    with qtbot.waitSignal(tab.session_requested) as opened:
        qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert opened.args == [done.id]
    # An adverse event opens the session it belongs to; the arrow keys move the current row.
    event_row = row_of(tab, "adverse_event", story["done"][1].id)
    tab.view.setCurrentIndex(tab.model.index(event_row - 1))
    qtbot.keyClick(tab.view, Qt.Key.Key_Down)
    assert tab.view.currentIndex().row() == event_row
    with qtbot.waitSignal(tab.session_requested) as opened:
        qtbot.keyClick(tab.view, Qt.Key.Key_Enter)
    assert opened.args == [story["done"][1].id]
    draft_index = tab.model.index(row_of(tab, "session", story["draft"].id))
    tab.view.scrollTo(draft_index)
    centre = tab.view.visualRect(draft_index).center()
    with qtbot.waitSignal(tab.session_requested) as opened:
        # A real double-click is a press and release, then the double-click itself.
        qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened.args == [story["draft"].id]
    with qtbot.waitSignal(tab.new_session_requested):
        tab.new_session_button.click()


def test_a_days_photos_are_one_row_that_asks_for_the_photos_tab(
    qtbot, tab, practice, client, story
):
    done = story["done"][0]
    taken = [
        import_dated(
            practice, client.id, done.performed_at + timedelta(minutes=n), seed=n, view=view,
            session_id=done.id,
        )
        for n, view in enumerate(("front", "left_45", "front"))
    ]  # fmt: skip
    tab.show_client(client)
    row = row_of(tab, "photo", taken[0])
    text = tab.model.index(row).data()
    assert "Photos: 3 — Microneedling · Face: Front, Left 45°" in text
    assert tab.model.visible[row].shape == "camera"
    assert not tab.filter_buttons["photo"].icon().isNull()
    assert tab.filter_buttons["photo"].text() == "Photos"
    # It sits in the session's plan.
    tab.scope.setCurrentIndex(tab.scope.findData(f"plan:{story['plan'].id}"))
    assert "photo" in shown_kinds(tab)
    tab.scope.setCurrentIndex(0)
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(row_of(tab, "photo", taken[0])))
    with qtbot.waitSignal(tab.open_requested) as opened:
        qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert opened.args == ["photo", taken[0]]
    tab.filter_buttons["photo"].click()
    assert "photo" not in shown_kinds(tab) and "session" in shown_kinds(tab)


def test_a_client_with_nothing_is_told_what_to_do(tab, client):
    tab.show_client(client)
    assert tab.model.rowCount() == 0
    assert tab.empty.isVisible() and "Start with a consultation" in tab.empty.text()
    assert not tab.progress_area.isVisible() and not tab.next_label.isVisible()


@pytest.fixture
def record(qtbot, handle):
    pane = ClientRecordPane(handle)
    qtbot.addWidget(pane)
    pane.resize(1100, 800)
    pane.show()
    return pane


def open_row(qtbot, record, kind, opens_id) -> None:
    timeline = record.timeline
    timeline.view.setFocus()
    timeline.view.setCurrentIndex(timeline.model.index(row_of(timeline, kind, opens_id)))
    qtbot.keyClick(timeline.view, Qt.Key.Key_Return)


def test_opening_a_consultation_plan_or_patch_test_goes_to_its_tab(qtbot, record, client, story):
    record.show_client(client.id)
    assert record.tabs.tabText(TIMELINE_TAB) == "Timeline"
    record.tabs.setCurrentIndex(TIMELINE_TAB)
    assert record.timeline.model.rowCount() > 0  # read when shown
    consulted = story["consultation"]
    open_row(qtbot, record, "consultation", consulted.id)
    assert record.tabs.currentWidget() is record.consultations
    assert record.consultations._selected().id == consulted.id
    # A consent opens the consultation it was given in.
    record.tabs.setCurrentIndex(TIMELINE_TAB)
    open_row(qtbot, record, "consent", consulted.id)
    assert record.tabs.currentWidget() is record.consultations

    record.tabs.setCurrentIndex(TIMELINE_TAB)
    open_row(qtbot, record, "plan", story["plan"].id)
    assert record.tabs.currentWidget() is record.plans
    assert record.plans._selected().id == story["plan"].id

    record.tabs.setCurrentIndex(TIMELINE_TAB)
    open_row(qtbot, record, "patch_test", story["test"].id)
    assert record.tabs.currentWidget() is record.patch_tests
    assert record.patch_tests.selected_test().id == story["test"].id


def test_a_change_in_another_tab_reaches_the_timeline(qtbot, record, client, story):
    record.show_client(client.id)
    record.tabs.setCurrentIndex(TIMELINE_TAB)
    steps = lambda: [  # noqa: E731
        record.timeline.model.index(r).data(ITEM_ROLE).status
        for r in range(record.timeline.model.rowCount())
        if record.timeline.model.index(r).data(ITEM_ROLE).kind == "plan"
    ]
    assert "completed" not in steps()
    record.tabs.setCurrentWidget(record.plans)
    record.plans.select_plan(story["plan"].id)
    answer_next_message_box("Yes")
    record.plans.complete_button.click()
    record.tabs.setCurrentIndex(TIMELINE_TAB)
    assert steps()[0] == "completed"
    assert not record.timeline.progress_area.isVisible()  # no open plan left


def test_the_lock_empties_the_timeline(qtbot, handle, record, client, story):
    record.show_client(client.id)
    record.tabs.setCurrentIndex(TIMELINE_TAB)
    timeline = record.timeline
    assert timeline.model.rowCount() > 0 and timeline.next_label.isVisible()
    handle.clear()
    assert timeline.model.rowCount() == 0 and timeline.model.rows == []
    assert timeline.timeline is None and timeline.client is None
    assert not timeline.progress_area.isVisible() and not timeline.next_label.isVisible()
    assert not timeline.overdue_label.isVisible()
    assert timeline.scope.count() == 1


def test_a_session_shows_its_chart_and_one_total_per_batch(qtbot, handle, practice, client):
    serum = products.add_product(practice, name="HA serum", family="microneedling", unit="ml")
    batch = products.add_batch(
        practice, product_id=serum.id, lot="HA-2201", expires_on=TODAY + timedelta(days=900)
    )
    record, _ = sessions.start_session(
        practice, client_id=client.id, family="microneedling", performed_at=NOW - timedelta(days=3)
    )
    points = [(0.40, 0.30), (0.50, 0.30), (0.60, 0.30)]
    session_changes.save_draft(
        practice,
        session_id=record.id,
        notes={
            "chart": [{"view": "face_front", "x": 0.5, "y": 0.7, "radius": 0.1, "label": "jaw"}]
        },
        products=[
            SessionProductInput(
                batch.id, Decimal("0.5"), "ml", "forehead", ChartPlace("face_front", x, y)
            )
            for x, y in points
        ],
    )
    widget = TimelineTab(handle)
    qtbot.addWidget(widget)
    widget.resize(1000, 400)
    widget.show()
    widget.show_client(client)

    row = row_of(widget, "session", record.id)
    summary = widget.model.index(row).data(Qt.ItemDataRole.DisplayRole)
    assert "HA serum, lot HA-2201, 1.5 ml over 3 points" in summary  # one total, not three

    index = widget.model.index(row)
    rect = widget.view.visualRect(index)
    image = widget.view.viewport().grab(rect).toImage()
    mark = QColor(mark_colour(0))
    right = [
        QColor(image.pixel(x, y))
        for x in range(image.width() - 80, image.width())
        for y in range(image.height())
    ]
    assert any(_near(colour, mark) for colour in right), "the chart's points are not drawn"


def _near(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 40
