"""The client's timeline: every kind of item in order, ties, plan progress, next planned."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from itertools import pairwise

import pytest
from sqlalchemy import event
from tests.unit.test_photo_exports import import_dated

from clinicdesk.services import (
    clients,
    consultations,
    patch_tests,
    photos,
    plan_changes,
    plans,
    products,
    session_changes,
    sessions,
    timeline,
)
from clinicdesk.services.client_fields import ClientFields
from clinicdesk.services.plans import PlannedTreatment
from clinicdesk.services.sessions import SessionProductInput

NOW = datetime.now(UTC).replace(microsecond=0)
TODAY = sessions.local_day(NOW)
REASON = "Recorded the wrong value at the time"
NEEDLING = PlannedTreatment("microneedling", sessions=6, interval_days=28)
# BEGIN, the plans' four reads, then eleven for the items: one a kind, two for consents,
# sessions and amendments (from two tables each); photos are one (issue 6 added it).
EXPECTED_STATEMENTS = 16


def days_ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


@pytest.fixture
def client_id(practice):
    fields = ClientFields(given_name="Zofia", family_name="Wójcik", date_of_birth=date(1980, 5, 4))
    return clients.create_client(practice, data=fields).id


@pytest.fixture
def batch(practice):
    serum = products.add_product(practice, name="HA serum", family="microneedling", unit="ml")
    return products.add_batch(
        practice, product_id=serum.id, lot="HA-2201", expires_on=TODAY + timedelta(days=900)
    )


def final_session(practice, client_id, batch_id, at, *, treatment_id=None, quantity="2"):
    record, _ = sessions.start_session(
        practice,
        client_id=client_id,
        family="microneedling",
        performed_at=at,
        plan_treatment_id=treatment_id,
    )
    session_changes.save_draft(
        practice,
        session_id=record.id,
        notes={"areas": ["face", "neck"]},
        products=[SessionProductInput(batch_id, Decimal(quantity), "ml", "forehead")],
    )
    return session_changes.sign_off(practice, session_id=record.id)


def finalised_consultation(practice, client_id, reason, *, plan=()):
    draft = consultations.start(practice, client_id=client_id)
    return consultations.finalise(
        practice,
        consultation_id=draft.id,
        answers={
            "reason": reason,
            "considered": ["microneedling"],
            "data_consent": True,
            "photo_consent": ["clinical"],
            "plan": list(plan),
        },
    )


def agreed_needling_plan(practice, client_id, start_on):
    plan = plans.create_plan(
        practice, client_id=client_id, treatments=[NEEDLING], start_on=start_on
    )
    plan_changes.agree_plan(practice, plan_id=plan.id)
    plan_changes.start_plan(practice, plan_id=plan.id)
    return plan


def kinds(found) -> Counter:
    return Counter(item.kind for item in found.items)


def assert_in_order(items) -> None:
    for newer, older in pairwise(items):
        assert newer.at >= older.at
        if newer.at == older.at:
            assert newer.sort_key < older.sort_key


def test_a_client_with_nothing_has_an_empty_timeline(practice, client_id):
    found = timeline.client_timeline(practice, client_id=client_id)
    assert found.items == [] and found.plans == []
    assert found.next_planned is None and found.overdue is None
    assert found.today == TODAY


def test_many_items_of_each_kind_come_newest_first(practice, client_id, batch):
    # GIVEN a file with several of every kind, spread over a year
    first = finalised_consultation(practice, client_id, "Acne scars\nand dull skin")
    consultations.amend(
        practice, consultation_id=first.id, field="goals", new_value="Smoother", reason=REASON
    )
    consultations.amend(
        practice,
        consultation_id=first.id,
        field="photo_consent",
        new_value=["clinical", "teaching"],
        reason="The client agreed to teaching use as well",
    )
    second = finalised_consultation(
        practice, client_id, "Follow-up", plan=[{"family": "facial", "sessions": 2}]
    )
    plan = agreed_needling_plan(practice, client_id, TODAY - timedelta(days=70))
    [treatment] = plan.treatments
    done = [
        final_session(practice, client_id, batch.id, days_ago(d), treatment_id=treatment.id)
        for d in (70, 42)
    ]
    loose = [final_session(practice, client_id, batch.id, days_ago(d)) for d in (300, 200, 100)]
    draft, _ = sessions.start_session(
        practice, client_id=client_id, family="microneedling", performed_at=days_ago(1)
    )
    for record in (*done, *loose[:2]):
        session_changes.amend(
            practice,
            session_id=record.id,
            field="observations",
            new_value="Mild redness",
            reason=REASON,
        )
        session_changes.add_adverse_event(
            practice,
            session_id=record.id,
            severity="moderate",
            description="Swelling on the left cheek\nCold compress",
            recorded_at=record.performed_at + timedelta(hours=3),
        )
    for d in (150, 50, 3):
        test = patch_tests.record_applied(
            practice,
            client_id=client_id,
            family="lash_brow_tint",
            product="Tint",
            applied_at=days_ago(d),
        )
        if d > 3:
            patch_tests.record_result(
                practice, test_id=test.id, result="negative", read_at=days_ago(d - 2)
            )
    plan_changes.move_planned_session(
        practice,
        plan_id=plan.id,
        treatment_id=treatment.id,
        number=6,
        planned_on=TODAY + timedelta(days=80),
        reason="The client is away that week",
    )

    # WHEN the timeline is read
    found = timeline.client_timeline(practice, client_id=client_id)

    # THEN every item is there once, newest first
    assert kinds(found) == {
        "consultation": 2,
        "consent": 3,  # two given, one changed
        "amendment": 5,  # four on sessions, one on a consultation (the consent's is a consent)
        "plan": 2 + 3,  # two created; agreed, started, a session moved
        "session": 6,
        "adverse_event": 4,
        "patch_test": 3,
        "planned": 4,  # sessions 3 to 6 of the needling plan
    }
    assert_in_order(found.items)
    assert len({(i.kind, i.opens, i.id, i.status) for i in found.items}) == len(found.items)
    assert [i.opens_id for i in found.items if i.kind == "session"] == [
        draft.id, done[1].id, done[0].id, loose[2].id, loose[1].id, loose[0].id,
    ]  # fmt: skip
    # Planned days still ahead come first, at local midday; the one missed sits in the past.
    planned = [i for i in found.items if i.kind == "planned"]
    assert found.items[:3] == planned[:3]
    assert [i.facts["number"] for i in planned] == [6, 5, 4, 3]
    assert planned[0].at == timeline.local_midday(TODAY + timedelta(days=80))
    assert planned[0].at.astimezone().hour == 12 and planned[0].day_only
    assert [i.status for i in planned] == ["planned", "planned", "planned", "overdue"]

    # Each item opens what it belongs to, with the facts of its summary.
    events = [i for i in found.items if i.kind == "adverse_event"]
    assert {i.opens for i in events} == {"session"}
    assert {i.opens_id for i in events} == {r.id for r in (*done, *loose[:2])}
    assert events[0].status == "moderate"
    assert events[0].facts["description"] == "Swelling on the left cheek"
    [session_item] = [i for i in found.items if i.kind == "session" and i.id == done[1].id]
    assert session_item.status == "final" and session_item.plan_id == plan.id
    assert session_item.facts["products"] == (("HA serum", "HA-2201", "2", "ml"),)
    assert session_item.facts["areas"] == ("face", "neck")
    assert next(i.status for i in found.items if i.kind == "session") == "draft"
    amended = [i for i in found.items if i.kind == "amendment"]
    assert {(i.opens, i.facts["field"]) for i in amended} == {
        ("session", "observations"),
        ("consultation", "goals"),
    }
    consents = [i for i in found.items if i.kind == "consent"]
    assert [(c.status, c.facts["photo"]) for c in consents] == [
        ("given", ("clinical",)),
        ("changed", ("clinical", "teaching")),
        ("given", ("clinical",)),
    ]
    assert all(c.opens == "consultation" for c in consents)
    [consulted] = [i for i in found.items if i.kind == "consultation" and i.id == first.id]
    assert consulted.facts["reason"] == "Acne scars" and consulted.concerns("microneedling")
    steps = [i.status for i in found.items if i.kind == "plan" and i.opens_id == plan.id]
    assert steps == ["changed", "started", "agreed", "created"]
    tests = [i for i in found.items if i.kind == "patch_test"]
    assert [t.status for t in tests] == ["not_read", "negative", "negative"]
    [from_consultation] = [
        p for p in plans.plans(practice, client_id=client_id) if p.consultation_id == second.id
    ]
    about_second = [i for i in found.items if (i.opens, i.opens_id) == ("consultation", second.id)]
    assert {i.plan_id for i in about_second} == {from_consultation.id}


def test_items_at_the_same_moment_keep_a_stable_order(practice, client_id, batch):
    at = days_ago(10)
    records = [final_session(practice, client_id, batch.id, at) for _ in range(3)]
    for record in reversed(records):
        session_changes.add_adverse_event(
            practice, session_id=record.id, severity="mild", description="Redness", recorded_at=at
        )
    test = patch_tests.record_applied(
        practice, client_id=client_id, family="lash_brow_tint", product="Tint", applied_at=at
    )
    found = timeline.client_timeline(practice, client_id=client_id)
    order = [(i.kind, i.opens_id) for i in found.items]
    assert order == [
        ("patch_test", test.id),
        *[("session", r.id) for r in records],
        *[("adverse_event", r.id) for r in records],
    ]
    # The same file read again gives the same order.
    assert timeline.client_timeline(practice, client_id=client_id).items == found.items
    # And the sort does not depend on the order the sources gave.
    assert timeline.sort_items(reversed(found.items)) == found.items


def test_only_final_sessions_count_towards_a_plan(practice, client_id, batch):
    plan = agreed_needling_plan(practice, client_id, TODAY - timedelta(days=70))
    [treatment] = plan.treatments
    for d in (70, 42):
        final_session(practice, client_id, batch.id, days_ago(d), treatment_id=treatment.id)
    sessions.start_session(  # a draft: not done yet
        practice,
        client_id=client_id,
        family="microneedling",
        performed_at=days_ago(14),
        plan_treatment_id=treatment.id,
    )
    found = timeline.client_timeline(practice, client_id=client_id)
    [progress] = found.plans
    [counted] = progress.treatments
    assert (counted.done, counted.planned) == (2, 6)
    assert counted.next_planned == TODAY + timedelta(days=14)
    assert counted.overdue_since == TODAY - timedelta(days=14)
    assert progress.next_planned == counted.next_planned
    assert progress.overdue_since == counted.overdue_since
    assert found.next_planned == timeline.PlannedDay(
        TODAY + timedelta(days=14), plan.id, treatment.id, "microneedling", 4
    )
    assert found.overdue == timeline.PlannedDay(
        TODAY - timedelta(days=14), plan.id, treatment.id, "microneedling", 3
    )
    assert sessions.sessions_done(practice, plan_id=plan.id) == {treatment.id: counted.done}


def test_overdue_depends_on_the_day_it_is_read(practice, client_id):
    plan = agreed_needling_plan(practice, client_id, TODAY - timedelta(days=14))
    earlier = timeline.client_timeline(
        practice, client_id=client_id, today=TODAY - timedelta(days=20)
    )
    assert earlier.overdue is None
    assert earlier.next_planned.day == TODAY - timedelta(days=14)
    now = timeline.client_timeline(practice, client_id=client_id)
    assert now.overdue.day == TODAY - timedelta(days=14) and now.overdue.number == 1
    assert now.next_planned.day == TODAY + timedelta(days=14) and now.next_planned.number == 2
    # A planned day today is not overdue yet.
    on_the_day = timeline.client_timeline(
        practice, client_id=client_id, today=TODAY - timedelta(days=14)
    )
    assert on_the_day.overdue is None and on_the_day.next_planned.number == 1
    # Stopped, the plan has no progress, no planned days and nothing next.
    plan_changes.stop_plan(practice, plan_id=plan.id, reason="Client moved abroad for a year")
    stopped = timeline.client_timeline(practice, client_id=client_id)
    assert stopped.plans == [] and stopped.next_planned is None and stopped.overdue is None
    assert "planned" not in kinds(stopped)
    assert [i.status for i in stopped.items] == ["stopped", "started", "agreed", "created"]


def test_a_session_of_a_removed_plan_treatment_counts_nowhere(practice, client_id, batch):
    plan = plans.create_plan(
        practice,
        client_id=client_id,
        treatments=[NEEDLING, PlannedTreatment("microneedling", sessions=2)],
    )
    first, second = plan.treatments
    kept = final_session(practice, client_id, batch.id, days_ago(5), treatment_id=first.id)
    orphan = final_session(practice, client_id, batch.id, days_ago(4), treatment_id=second.id)
    before = timeline.client_timeline(practice, client_id=client_id)
    assert [(t.done, t.planned) for t in before.plans[0].treatments] == [(1, 6), (1, 2)]
    # WHEN the second treatment is taken out of the (draft) plan
    plan_changes.update_plan(
        practice,
        plan_id=plan.id,
        goals="",
        expectation="",
        timeline="",
        treatments=[NEEDLING],
        price=None,
        start_on=None,
    )
    found = timeline.client_timeline(practice, client_id=client_id)
    [progress] = found.plans
    assert progress.status == "draft"
    assert [(t.treatment_id, t.done, t.planned) for t in progress.treatments] == [(first.id, 1, 6)]
    by_id = {i.id: i for i in found.items if i.kind == "session"}
    assert by_id[kept.id].plan_id == plan.id
    assert by_id[orphan.id].plan_id is None and by_id[orphan.id].status == "final"
    assert progress.next_planned is None  # no first day: nothing is dated


def photo_of(practice, client_id, at, seed, *, session_id=None, view="front"):
    return import_dated(practice, client_id, at, seed=seed, view=view, session_id=session_id)


def test_a_days_photos_of_a_session_are_one_item(practice, client_id, batch):
    finalised_consultation(practice, client_id, "Scars")
    plan = agreed_needling_plan(practice, client_id, TODAY - timedelta(days=70))
    done = final_session(
        practice, client_id, batch.id, days_ago(40), treatment_id=plan.treatments[0].id
    )
    # GIVEN six photos of the session that day, two more of it the next day, and three
    # photos of no session on another day
    session_day = [
        photo_of(practice, client_id, done.performed_at + timedelta(minutes=n), n,
                 session_id=done.id, view=view)
        for n, view in enumerate(("front", "left_45", "right_45", "front", "left_45", "front"))
    ]  # fmt: skip
    next_day = [
        photo_of(practice, client_id, done.performed_at + timedelta(days=1, minutes=n), 10 + n,
                 session_id=done.id)
        for n in range(2)
    ]  # fmt: skip
    loose = [photo_of(practice, client_id, days_ago(3), 20 + n) for n in range(3)]

    found = timeline.client_timeline(practice, client_id=client_id)

    # THEN one item per session and day, at its first photo, opening it
    items = [i for i in found.items if i.kind == "photo"]
    assert [(i.opens, i.opens_id, i.facts["count"]) for i in items] == [
        ("photo", loose[0], 3),
        ("photo", next_day[0], 2),
        ("photo", session_day[0], 6),
    ]
    first = items[2]
    assert first.at == done.performed_at and first.status == "taken"
    assert first.family == "microneedling" and first.plan_id == plan.id
    assert first.facts["session_id"] == done.id
    assert [v for _, v in first.facts["views"]] == [
        "front", "left_45", "right_45", "front", "left_45", "front",
    ]  # fmt: skip
    assert items[0].family is None and items[0].plan_id is None
    assert items[0].facts["session_id"] is None
    assert_in_order(found.items)
    # A photo erased leaves the count; the last one of a group takes the item away.
    photos.erase_photos(practice, photo_ids=loose)
    again = timeline.client_timeline(practice, client_id=client_id)
    assert [i.opens_id for i in again.items if i.kind == "photo"] == [next_day[0], session_day[0]]


def test_the_timeline_is_one_read_with_a_query_per_kind(practice, client_id, batch):
    finalised_consultation(practice, client_id, "Scars")
    plan = agreed_needling_plan(practice, client_id, TODAY - timedelta(days=70))
    treatment_id = plan.treatments[0].id
    seeds = iter(range(1000))

    def add_sessions(count: int) -> None:
        for _ in range(count):
            record = final_session(
                practice, client_id, batch.id, days_ago(2), treatment_id=treatment_id
            )
            session_changes.add_adverse_event(
                practice, session_id=record.id, severity="mild", description="Redness"
            )
            for _ in range(2):
                photo_of(practice, client_id, days_ago(2), next(seeds), session_id=record.id)

    def statements_to_read() -> int:
        statements: list[str] = []

        def count(conn, cursor, statement, *args):
            statements.append(statement)

        event.listen(practice.engine, "before_cursor_execute", count)
        try:
            timeline.client_timeline(practice, client_id=client_id)
        finally:
            event.remove(practice.engine, "before_cursor_execute", count)
        return len(statements)

    add_sessions(2)
    few = statements_to_read()
    assert few == EXPECTED_STATEMENTS
    add_sessions(10)
    assert statements_to_read() == few  # the same queries for 2 sessions or 12
    found = timeline.client_timeline(practice, client_id=client_id)
    assert kinds(found)["session"] == 12 and kinds(found)["adverse_event"] == 12
    assert kinds(found)["photo"] == 12  # two photos of a session on its day: one item
    assert found.plans[0].treatments[0].done == 12
