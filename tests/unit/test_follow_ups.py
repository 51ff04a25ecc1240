"""Follow-ups: the due list from signed-off sessions, the contact log, recall letters and
the calendar of planned sessions."""

from __future__ import annotations

import os
import random
import time
from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar
from sqlalchemy import insert, select
from tests.unit.pdf_helpers import needs_poppler, page_count, text_of, unbroken

from clinicdesk.db.models import AuditEntry, RecallContact, TreatmentSession
from clinicdesk.db.models.follow_ups import NOTE_MAX
from clinicdesk.errors import ValidationError
from clinicdesk.reports.layout import ClinicHeader
from clinicdesk.reports.recall_letter import RecallLetter, render_recall_letters
from clinicdesk.rules import recalls
from clinicdesk.rules.recalls import Contact, Status, Treated
from clinicdesk.services import (
    calendar_export,
    clients,
    follow_ups,
    plan_changes,
    plans,
    screening,
    session_changes,
)
from clinicdesk.services import sessions as svc
from clinicdesk.services.client_fields import ClientFields
from clinicdesk.services.plans import PlannedTreatment

NOW = datetime.now(UTC)
TODAY = svc.local_day(NOW)


def _client(practice, given="Zofia", family="Wójcik", **fields):
    data = ClientFields(given_name=given, family_name=family, **fields)
    return clients.create_client(practice, data=data).id


def _treated(practice, client_id, family, days_ago, *, sign=True):
    """A session `days_ago` days before now (at least an hour ago), signed off or not."""
    at = NOW - timedelta(days=days_ago, hours=1)
    record, found = svc.start_session(practice, client_id=client_id, family=family, performed_at=at)
    if sign:
        # A client known only by name: the age and identity checks, and the patch test,
        # are let through for the session, as the practitioner would after checking.
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
    return svc.local_day(at)


def _listed(practice, **kwargs):
    return [
        (r.client_id, r.rule.id, r.status)
        for r in follow_ups.listed_recalls(practice, today=TODAY, **kwargs)
    ]


def _actions(practice):
    with practice.reading() as session:
        return session.execute(
            select(AuditEntry.action, AuditEntry.detail).order_by(AuditEntry.seq)
        ).all()


# -- the due list --------------------------------------------------------------------------


def test_the_list_from_signed_off_sessions_across_dates(practice):
    # GIVEN clients treated on different days, and one session left as a draft
    toxin = _client(practice, "Anna", "Nowak", phone="+48 601 234 567")
    filler = _client(practice, "Marie", "Dubois")
    peel = _client(practice, "Lena", "Kowalska")
    upcoming = _client(practice, "Ewa", "Zielińska")
    draft = _client(practice, "Ola", "Mazur")
    _treated(practice, toxin, "botulinum_toxin", 12)
    filler_on = _treated(practice, filler, "dermal_filler", 20)
    _treated(practice, peel, "chemical_peel", 40)
    treated_on = _treated(practice, upcoming, "botulinum_toxin", 2)
    _treated(practice, draft, "botulinum_toxin", 12, sign=False)

    # WHEN the list is read
    rows = follow_ups.due_follow_ups(practice, today=TODAY)

    # THEN overdue comes first, then due, then upcoming; the draft is not a treatment
    assert [(r.recall.client_id, r.recall.rule.id, r.recall.status) for r in rows] == [
        (peel, "peel-review", Status.OVERDUE),
        (filler, "filler-review", Status.DUE),
        (toxin, "toxin-review", Status.DUE),
        (upcoming, "toxin-review", Status.UPCOMING),
    ]
    assert rows[1].recall.due_on == filler_on + timedelta(days=14)
    assert rows[2].client.phone == "+48 601 234 567"
    assert rows[2].client.full_name == "Anna Nowak"
    assert rows[3].recall.treated_on == treated_on
    assert rows[3].recall.due_on == treated_on + timedelta(days=14)
    assert all(r.recall.last_contact is None for r in rows)


def test_a_lapsed_recall_leaves_the_list_unless_asked_for(practice):
    client_id = _client(practice)
    _treated(practice, client_id, "chemical_peel", 200)  # overdue since day 15
    assert _listed(practice) == []
    assert _listed(practice, overdue_for_at_most_days=None) == [
        (client_id, "peel-review", Status.OVERDUE)
    ]


def test_the_horizon_brings_upcoming_recalls_into_the_list(practice):
    client_id = _client(practice)
    _treated(practice, client_id, "facial", 1)  # the repeat is due on day 28, from day 21
    assert _listed(practice) == []
    assert _listed(practice, horizon_days=30) == [(client_id, "facial-repeat", Status.UPCOMING)]
    with pytest.raises(ValueError, match="horizon_days"):
        follow_ups.listed_recalls(practice, horizon_days=-1)


def test_a_newer_treatment_starts_the_recall_again(practice):
    client_id = _client(practice)
    first = _treated(practice, client_id, "botulinum_toxin", 40)
    assert _listed(practice) == [(client_id, "toxin-review", Status.OVERDUE)]
    follow_ups.record_contact(
        practice,
        client_id=client_id,
        recall_id="toxin-review",
        treated_on=first,
        outcome="called",
        contacted_at=NOW - timedelta(days=2),
    )
    second = _treated(practice, client_id, "botulinum_toxin", 3)
    [recall] = follow_ups.listed_recalls(practice, today=TODAY)
    assert (recall.rule.id, recall.treated_on, recall.status) == (
        "toxin-review",
        second,
        Status.UPCOMING,
    )
    # The contact was about the first treatment: it is not this recall's.
    assert recall.last_contact is None


@pytest.mark.parametrize("outcome", ["booked", "declined"])
def test_booked_or_declined_closes_the_recall(practice, outcome):
    client_id = _client(practice)
    other = _client(practice, "Ewa", "Lis")
    treated_on = _treated(practice, client_id, "dermal_filler", 20)
    _treated(practice, other, "dermal_filler", 20)
    follow_ups.record_contact(
        practice,
        client_id=client_id,
        recall_id="filler-review",
        treated_on=treated_on,
        outcome="no_answer",
        contacted_at=NOW - timedelta(hours=3),
    )
    [mine, _] = follow_ups.listed_recalls(practice, today=TODAY)
    assert mine.last_contact is not None and mine.last_contact.outcome == "no_answer"
    follow_ups.record_contact(
        practice,
        client_id=client_id,
        recall_id="filler-review",
        treated_on=treated_on,
        outcome=outcome,
    )
    assert _listed(practice) == [(other, "filler-review", Status.DUE)]
    # A later "called" (the booking was cancelled) puts it back, showing that contact.
    follow_ups.record_contact(
        practice,
        client_id=client_id,
        recall_id="filler-review",
        treated_on=treated_on,
        outcome="called",
    )
    listed = follow_ups.listed_recalls(practice, today=TODAY)
    assert [r.client_id for r in listed] == [client_id, other]
    assert listed[0].last_contact is not None and listed[0].last_contact.outcome == "called"


def test_a_touch_up_does_not_call_for_another(practice):
    client_id = _client(practice)
    _treated(practice, client_id, "permanent_makeup", 100)
    assert _listed(practice) == [(client_id, "pmu-touch-up", Status.OVERDUE)]
    _treated(practice, client_id, "permanent_makeup", 50)  # the touch-up, 50 days later
    # Its own touch-up recall is skipped (treated 50 days before); the colour refresh is a
    # year off.
    assert _listed(practice) == []


# -- the same as the rules say, on random histories ----------------------------------------

RECALLED = sorted({rule.family for rule in recalls.load_recalls()})
FAMILY_OF = {rule.id: rule.family for rule in recalls.load_recalls()}


def _seed_random_history(practice, rng, client_ids):
    """Sessions (some drafts, some near midnight, some on the same day) and contacts about
    the latest or an earlier treatment, written straight to the tables."""
    sessions, contacts = [], []
    for client_id in client_ids:
        days = []
        for _ in range(rng.randint(0, 6)):
            family = rng.choice([*RECALLED, "massage"])
            at = NOW - timedelta(days=rng.randint(0, 500), minutes=rng.randint(60, 1440))
            if rng.random() < 0.2:
                at = at.replace(hour=rng.choice([0, 23]), minute=rng.randint(0, 59))
                at = min(at, NOW - timedelta(hours=1))
            final = rng.random() < 0.85
            sessions.append(
                {
                    "client_id": client_id,
                    "family": family,
                    "performed_at": at,
                    "practitioner": "Test",
                    "status": "final" if final else "draft",
                    "notes": "{}",
                    "created_at": at,
                    "updated_at": at,
                }
            )
            if final:
                days.append((family, at))
        for family, at in days:
            ids = [rule_id for rule_id, f in FAMILY_OF.items() if f == family]
            for _ in range(rng.randint(0, 2) if ids else 0):
                contacted = at + timedelta(days=rng.randint(0, 60), hours=rng.randint(0, 12))
                if contacted > NOW:
                    continue
                contacts.append(
                    {
                        "client_id": client_id,
                        "recall_id": rng.choice(ids),
                        "treated_on": svc.local_day(at),
                        "contacted_at": contacted,
                        "outcome": rng.choice(recalls.OUTCOMES),
                        "note": "",
                        "actor": "Test",
                    }
                )
    # Two contacts at the same moment: the one recorded later counts.
    if contacts:
        contacts.append({**contacts[-1], "outcome": rng.choice(recalls.OUTCOMES)})
    with practice.writing() as session:
        session.execute(insert(TreatmentSession), sessions)
        if contacts:
            session.execute(insert(RecallContact), contacts)


def _by_the_rules(practice, **window):
    """What rules.recalls.due_recalls lists, fed every session and, for each recall, the
    contacts about the client's latest treatment, in the order they were recorded."""
    with practice.reading() as session:
        treated = [
            Treated(client_id, family, svc.local_day(at))
            for client_id, family, at in session.execute(
                select(
                    TreatmentSession.client_id,
                    TreatmentSession.family,
                    TreatmentSession.performed_at,
                ).where(TreatmentSession.status == "final")
            )
        ]
        logged = session.execute(
            select(
                RecallContact.client_id,
                RecallContact.recall_id,
                RecallContact.treated_on,
                RecallContact.contacted_at,
                RecallContact.outcome,
            ).order_by(RecallContact.contacted_at, RecallContact.id)
        ).all()
    latest: dict[tuple[int, str], date] = {}
    for t in treated:
        latest[t.client_id, t.family] = max(t.on, latest.get((t.client_id, t.family), t.on))
    contacts = [
        Contact(client_id, recall_id, max(svc.local_day(at), treated_on), outcome)
        for client_id, recall_id, treated_on, at, outcome in logged
        if latest.get((client_id, FAMILY_OF[recall_id])) == treated_on
    ]
    window = {"overdue_for_at_most_days": follow_ups.DEFAULT_LAPSED_AFTER_DAYS, **window}
    found = recalls.due_recalls(
        treated, contacts, today=TODAY, rules=recalls.load_recalls(), **window
    )
    return [
        (
            r.client_id,
            r.rule.id,
            r.treated_on,
            r.due_on,
            r.status,
            r.last_contact.outcome if r.last_contact else None,
        )
        for r in found
    ]


@pytest.fixture(params=["UTC", "Europe/Warsaw", "Pacific/Auckland"])
def time_zone(request):
    """The computer's zone: SQLite's local days and Python's must agree in each."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    yield request.param
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.mark.parametrize(
    "window",
    [
        {},
        {"overdue_for_at_most_days": None},
        {"overdue_for_at_most_days": 0, "horizon_days": 0},
        {"overdue_for_at_most_days": 30, "horizon_days": 45},
    ],
)
def test_the_list_is_what_the_recall_rules_say(practice, time_zone, window):
    rng = random.Random(f"{time_zone}{sorted(window.items())}")
    client_ids = clients.create_clients_bulk(
        practice,
        items=[ClientFields(given_name=f"C{n}", family_name="Test") for n in range(120)],
        source="test",
    )
    _seed_random_history(practice, rng, client_ids)
    listed = follow_ups.listed_recalls(practice, today=TODAY, **window)
    expected = _by_the_rules(practice, **window)
    assert len(expected) >= 10
    if window.get("overdue_for_at_most_days", 0) is None:  # every status, contacts shown
        assert {row[4] for row in expected} == set(Status)
        assert any(row[5] for row in expected)
    assert [
        (
            r.client_id,
            r.rule.id,
            r.treated_on,
            r.due_on,
            r.status,
            r.last_contact.outcome if r.last_contact else None,
        )
        for r in listed
    ] == expected


# -- the contact log -----------------------------------------------------------------------


@pytest.fixture
def treated(practice):
    client_id = _client(practice)
    return client_id, _treated(practice, client_id, "botulinum_toxin", 12)


def test_a_contact_is_logged_and_audited_without_its_note(practice, treated):
    client_id, treated_on = treated
    at = NOW - timedelta(minutes=5)
    record = follow_ups.record_contact(
        practice,
        client_id=client_id,
        recall_id="toxin-review",
        treated_on=treated_on,
        outcome="no_answer",
        note="  Voicemail full, try Friday  ",
        contacted_at=at,
    )
    assert (record.outcome, record.note, record.actor) == (
        "no_answer",
        "Voicemail full, try Friday",
        practice.actor,
    )
    assert record.contacted_at == at
    action, detail = _actions(practice)[-1]
    assert action == "recall_contact"
    assert "Voicemail" not in detail
    assert '"outcome":"no_answer"' in detail.replace(" ", "")
    later = follow_ups.record_contact(
        practice,
        client_id=client_id,
        recall_id="toxin-review",
        treated_on=treated_on,
        outcome="booked",
    )
    assert follow_ups.contact_log(practice, client_id=client_id) == [later, record]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"recall_id": "toxin-massage"}, "recall_id"),
        ({"outcome": "emailed"}, "outcome"),
        ({"note": "x" * (NOTE_MAX + 1)}, "note"),
        ({"contacted_at": NOW + timedelta(hours=1)}, "contacted_at"),
        ({"contacted_at": NOW - timedelta(days=30)}, "contacted_at"),
        ({"recall_id": "filler-review"}, "treated_on"),  # no filler that day
        ({"treated_on": TODAY - timedelta(days=11)}, "treated_on"),
    ],
)
def test_a_contact_is_refused_with_a_reason(practice, treated, changes, field):
    client_id, treated_on = treated
    values = {
        "client_id": client_id,
        "recall_id": "toxin-review",
        "treated_on": treated_on,
        "outcome": "called",
        **changes,
    }
    with pytest.raises(ValidationError) as raised:
        follow_ups.record_contact(practice, **values)
    assert raised.value.field == field
    assert follow_ups.contact_log(practice, client_id=client_id) == []


def test_a_note_at_the_limit_is_kept_whole(practice, treated):
    client_id, treated_on = treated
    record = follow_ups.record_contact(
        practice,
        client_id=client_id,
        recall_id="toxin-review",
        treated_on=treated_on,
        outcome="called",
        note="é" * NOTE_MAX,
    )
    assert record.note == "é" * NOTE_MAX


# -- letters -------------------------------------------------------------------------------


@needs_poppler
def test_letters_in_each_clients_language_one_per_page(practice, tmp_path):
    polish = _client(
        practice, "Łucja", "Wąsowska", preferred_language="pl",
        address_line1="ul. Długa 5", postal_code="00-238", city="Warszawa",
    )  # fmt: skip
    chinese = _client(practice, "芳", "王", preferred_language="zh_CN")
    _treated(practice, polish, "botulinum_toxin", 12)
    _treated(practice, chinese, "dermal_filler", 20)

    letters = follow_ups.recall_letters(
        practice, wanted=[(polish, "toxin-review"), (chinese, "filler-review")]
    )

    assert [(x.language, x.recipient) for x in letters] == [
        ("pl", ("Łucja Wąsowska", "ul. Długa 5", "00-238 Warszawa")),
        ("zh_CN", ("王芳",)),
    ]
    pdf = render_recall_letters(
        letters=[RecallLetter(x.language, "23.11.2026", x.recipient, x.body) for x in letters],
        clinic=ClinicHeader("Institut Hélène", "12 rue de la Paix, Paris", "+33 1 23 45 67 89"),
        title="Recall letters",
        language="fr",
    )
    assert page_count(pdf, tmp_path) == 2
    first = unbroken(text_of(pdf, tmp_path, page=1))
    assert letters[0].body.startswith("Dzień dobry, Łucja Wąsowska,")
    assert "„Toksyna botulinowa”" in letters[0].body
    assert unbroken(letters[0].body) in first
    assert "ul.Długa500-238Warszawa" in first and "+33123456789" in first
    second = unbroken(text_of(pdf, tmp_path, page=2))
    assert "王芳" in letters[1].body
    assert unbroken(letters[1].body) in second
    assert [a for a, d in _actions(practice) if a == "print" and "recall_letter" in d] == [
        "print",
        "print",
    ]


def test_a_letter_in_the_practice_language_when_the_client_has_none(practice):
    client_id = _client(practice, "Hélène", "Martin")
    _treated(practice, client_id, "chemical_peel", 8)
    [letter] = follow_ups.recall_letters(practice, wanted=[(client_id, "peel-review")])
    assert letter.language == "en"  # the test practice's language
    assert "Hélène Martin" in letter.body and "Institut Hélène" in letter.body
    assert "{" not in letter.body


# -- the calendar of planned sessions ------------------------------------------------------


def _plan(practice, client_id, start_on, status):
    plan = plans.create_plan(
        practice,
        client_id=client_id,
        treatments=[PlannedTreatment("chemical_peel", None, 3, 14)],
        start_on=start_on,
    )
    if status in ("agreed", "in_progress", "stopped"):
        plan_changes.agree_plan(practice, plan_id=plan.id)
    if status == "in_progress":
        plan_changes.start_plan(practice, plan_id=plan.id)
    if status == "stopped":
        plan_changes.stop_plan(practice, plan_id=plan.id, reason="The client moved abroad")
    return plans.get_plan(practice, plan_id=plan.id)


def _events(ics: bytes):
    return [
        (str(e["summary"]), e.decoded("dtstart"), e.decoded("dtend"), str(e["uid"]))
        for e in Calendar.from_ical(ics).walk("VEVENT")
    ]


def test_the_calendar_has_the_sessions_of_agreed_plans(practice):
    start = date(2026, 3, 2)
    agreed = _client(practice, "Anna", "Nowak")
    started = _client(practice, "芳", "王")
    for status, client_id in (
        ("agreed", agreed),
        ("in_progress", started),
        ("draft", _client(practice, "Ewa", "Draft")),
        ("stopped", _client(practice, "Ola", "Stopped")),
    ):
        plan = _plan(practice, client_id, start, status)
        if status == "agreed":
            agreed_plan = plan

    ics = calendar_export.planned_sessions_calendar(
        practice, from_day=start, to_day=start + timedelta(days=20)
    )

    events = _events(ics)
    assert [(s, d) for s, d, _, _ in events] == [
        ("Anna Nowak — Chemical peel (session 1 of 3)", start),
        ("王芳 — Chemical peel (session 1 of 3)", start),
        ("Anna Nowak — Chemical peel (session 2 of 3)", start + timedelta(days=14)),
        ("王芳 — Chemical peel (session 2 of 3)", start + timedelta(days=14)),
    ]
    assert all(end - begin == timedelta(days=1) for _, begin, end, _ in events)
    assert len({uid for *_, uid in events}) == 4
    action, detail = _actions(practice)[-1]
    assert action == "calendar_export" and '"events":4' in detail.replace(" ", "")
    assert "Nowak" not in detail

    # Moved to another day, the session keeps its UID: a calendar updates the event.
    treatment = agreed_plan.treatments[0]
    plan_changes.move_planned_session(
        practice,
        plan_id=agreed_plan.id,
        treatment_id=treatment.id,
        number=2,
        planned_on=start + timedelta(days=15),
        reason="The client asked for a Tuesday",
    )
    again = calendar_export.planned_sessions_calendar(
        practice,
        from_day=start,
        to_day=start + timedelta(days=20),
        summary="{treatment}: {client} ({number}/{sessions})",
    )
    moved = {uid: (summary, day) for summary, day, _, uid in _events(again)}
    assert {uid for *_, uid in events} == set(moved)
    assert moved[events[2][3]] == ("Chemical peel: Anna Nowak (2/3)", start + timedelta(days=15))


@pytest.mark.parametrize(
    ("from_day", "to_day"),
    [(date(2026, 3, 2), date(2026, 3, 1)), (date(2026, 1, 1), date(2028, 1, 3))],
)
def test_the_calendar_range_is_checked(practice, from_day, to_day):
    with pytest.raises(ValidationError) as raised:
        calendar_export.planned_sessions_calendar(practice, from_day=from_day, to_day=to_day)
    assert raised.value.field == "to_day"
