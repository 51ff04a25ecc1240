"""Treatment plans: editing, planned days, agreeing with the client, history, life cycle."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from clinicdesk.db import migrate
from clinicdesk.db.models import AuditEntry
from clinicdesk.errors import ValidationError
from clinicdesk.rules.money import Money
from clinicdesk.services import clients, clinic, consultations, history, plan_changes, plans
from clinicdesk.services.client_fields import ClientFields
from clinicdesk.services.plans import PlannedTreatment

START = date(2026, 3, 2)
PEELS = PlannedTreatment("chemical_peel", "peel_superficial_face", 3, 21)
REASON = "Client asked for one more session after the second"


@pytest.fixture
def client_id(practice):
    fields = ClientFields(given_name="Zofia", family_name="Wójcik", date_of_birth=date(1990, 5, 4))
    return clients.create_client(practice, data=fields).id


@pytest.fixture
def currency(practice):
    return clinic.clinic_details(practice).currency


def new_plan(practice, client_id, **changes):
    values = {
        "goals": "Even skin tone",
        "expectation": "Lighter marks, not gone",
        "timeline": "Visible change after 3 sessions, full result at 3 months",
        "treatments": [PEELS],
        "start_on": START,
    }
    return plans.create_plan(practice, client_id=client_id, **{**values, **changes})


def edit(practice, plan, **changes):
    values = {
        "goals": plan.goals,
        "expectation": plan.expectation,
        "timeline": plan.timeline,
        "treatments": list(plan.treatments),
        "price": plan.price,
        "start_on": plan.start_on,
    }
    return plan_changes.update_plan(practice, plan_id=plan.id, **{**values, **changes})


def audit_actions(practice) -> list[str]:
    with practice.reading() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def test_a_new_plan_has_its_days_and_the_catalogue_price(practice, client_id, currency):
    plan = new_plan(practice, client_id)
    assert plan.status == "draft" and plan.consultation_id is None
    [peel] = plan.treatments
    assert peel.dates == (START, START + timedelta(days=21), START + timedelta(days=42))
    assert plan.price == Money(currency, 3 * 8500)
    assert plan.timeline.startswith("Visible change")
    assert plans.plans(practice, client_id=client_id) == [plan]
    assert audit_actions(practice)[-1] == "plan_create"


def test_the_first_day_alone_dates_only_the_first_session():
    assert plans.planned_dates(START, None, 3) == [START, None, None]
    assert plans.planned_dates(None, 14, 2) == [None, None]
    assert plans.planned_dates(START, 14, 2) == [START, START + timedelta(days=14)]


def test_no_default_price_while_a_service_is_to_choose_later(practice, client_id, currency):
    plan = new_plan(practice, client_id, treatments=[PEELS, PlannedTreatment("facial")])
    assert plan.price is None
    typed = new_plan(practice, client_id, price=Money(currency, 20_000))
    assert typed.price == Money(currency, 20_000)


@pytest.mark.parametrize(
    ("price", "message"),
    [
        (Money("USD", 100), "currency"),
        (Money("EUR", -1), "negative"),
        (Money("EUR", 10**11), "high"),
    ],
)
def test_a_price_is_in_the_practice_currency_and_sensible(practice, client_id, price, message):
    assert clinic.clinic_details(practice).currency == "EUR"
    with pytest.raises(ValidationError, match=message) as raised:
        new_plan(practice, client_id, price=price)
    assert raised.value.field == "price"


def test_a_draft_is_edited_freely_and_keeps_no_history(practice, client_id):
    plan = new_plan(practice, client_id)
    edited = edit(
        practice, plan, goals="Fewer marks", treatments=[PEELS, PlannedTreatment("facial")]
    )
    assert edited.goals == "Fewer marks"
    assert [t.family for t in edited.treatments] == ["chemical_peel", "facial"]
    assert edited.treatments[1].dates == (START,)
    assert plans.plan_history(practice, plan_id=plan.id) == []
    assert audit_actions(practice)[-1] == "plan_update"


def test_the_life_cycle_of_a_plan(practice, client_id):
    plan = new_plan(practice, client_id)
    agreed = plan_changes.agree_plan(practice, plan_id=plan.id)
    assert agreed.status == "agreed" and agreed.agreed_at is not None
    assert plan_changes.start_plan(practice, plan_id=plan.id).status == "in_progress"
    assert plan_changes.complete_plan(practice, plan_id=plan.id).status == "completed"
    assert [
        (c.what, c.old_value, c.new_value) for c in plans.plan_history(practice, plan_id=plan.id)
    ] == [
        ("status", "draft", "agreed"),
        ("status", "agreed", "in_progress"),
        ("status", "in_progress", "completed"),
    ]
    assert audit_actions(practice)[-3:] == ["plan_agree", "plan_start", "plan_complete"]
    with pytest.raises(ValidationError, match="no longer be changed"):
        edit(practice, agreed, goals="Something else", reason=REASON)
    assert plans.planned_families(practice, client_id=client_id) == []


@pytest.mark.parametrize(
    ("steps", "action", "message"),
    [
        ((), plan_changes.start_plan, "Only a plan agreed"),
        ((), plan_changes.complete_plan, "Only a plan in progress"),
        ((plan_changes.agree_plan,), plan_changes.agree_plan, "Only a draft"),
        ((plan_changes.agree_plan,), plan_changes.complete_plan, "Only a plan in progress"),
        (
            (plan_changes.agree_plan, plan_changes.start_plan),
            plan_changes.start_plan,
            "Only a plan agreed",
        ),
    ],
)
def test_disallowed_transitions_say_why(practice, client_id, steps, action, message):
    plan = new_plan(practice, client_id)
    for step in steps:
        step(practice, plan_id=plan.id)
    before = plans.get_plan(practice, plan_id=plan.id).status
    with pytest.raises(ValidationError, match=message):
        action(practice, plan_id=plan.id)
    assert plans.get_plan(practice, plan_id=plan.id).status == before


def test_stopping_needs_a_reason_and_ends_the_plan(practice, client_id):
    plan = new_plan(practice, client_id)
    plan_changes.agree_plan(practice, plan_id=plan.id)
    with pytest.raises(ValidationError) as raised:
        plan_changes.stop_plan(practice, plan_id=plan.id, reason="moved")
    assert raised.value.field == "reason"
    stopped = plan_changes.stop_plan(
        practice, plan_id=plan.id, reason="Client moved abroad; no further sessions"
    )
    assert stopped.status == "stopped" and stopped.stop_reason.startswith("Client moved")
    assert plans.plan_history(practice, plan_id=plan.id)[-1].reason.startswith("Client moved")
    with pytest.raises(ValidationError, match="no longer be changed"):
        plan_changes.stop_plan(practice, plan_id=plan.id, reason="Client moved abroad again")
    with pytest.raises(ValidationError, match="Only a plan agreed"):
        plan_changes.start_plan(practice, plan_id=plan.id)
    with practice.reading() as session:
        stop = session.scalars(select(AuditEntry).where(AuditEntry.action == "plan_stop")).one()
    assert "abroad" not in stop.detail  # the reason stays out of the audit log


def test_an_agreed_plan_changes_only_with_a_reason_kept_in_its_history(
    practice, client_id, currency
):
    plan = plan_changes.agree_plan(practice, plan_id=new_plan(practice, client_id).id)
    four = PlannedTreatment("chemical_peel", "peel_superficial_face", 4, 21)
    with pytest.raises(ValidationError) as raised:
        edit(practice, plan, treatments=[four])
    assert raised.value.field == "reason"
    with pytest.raises(ValidationError) as raised:
        edit(practice, plan, treatments=[four], reason="more")
    assert raised.value.field == "reason"
    assert plans.get_plan(practice, plan_id=plan.id).treatments[0].sessions == 3

    edited = edit(practice, plan, treatments=[four], price=Money(currency, 30_000), reason=REASON)
    assert edited.treatments[0].sessions == 4
    assert edited.treatments[0].dates[3] == START + timedelta(days=63)
    changes = plans.plan_history(practice, plan_id=plan.id)
    assert [c.what for c in changes] == ["status", "treatments", "price"]
    treatments, price = changes[1:]
    assert treatments.old_value[0]["sessions"] == 3 and treatments.new_value[0]["sessions"] == 4
    assert price.old_value == {"currency": currency, "minor": 25_500}
    assert price.new_value == {"currency": currency, "minor": 30_000}
    assert treatments.reason == REASON and treatments.actor == practice.actor
    with pytest.raises(ValidationError, match="Nothing"):
        edit(practice, edited, reason=REASON)
    with practice.writing() as session, pytest.raises(IntegrityError):
        session.execute(text("UPDATE plan_changes SET reason = 'nothing to see'"))


def test_an_agreed_plan_keeps_at_least_one_session(practice, client_id):
    plan = plan_changes.agree_plan(practice, plan_id=new_plan(practice, client_id).id)
    with pytest.raises(ValidationError, match="at least one session"):
        edit(practice, plan, treatments=[], reason=REASON)


def test_a_plan_with_no_sessions_cannot_be_agreed(practice, client_id):
    plan = new_plan(practice, client_id, treatments=[])
    with pytest.raises(ValidationError) as raised:
        plan_changes.agree_plan(practice, plan_id=plan.id)
    assert str(raised.value) == "A plan needs at least one session."
    assert raised.value.field == "treatments"
    assert plans.get_plan(practice, plan_id=plan.id).status == "draft"


def test_isotretinoin_refuses_agreeing_a_peel(practice, client_id):
    history.record_item(practice, client_id=client_id, kind="medication", text="Roaccutane")
    plan = new_plan(practice, client_id)
    with pytest.raises(ValidationError, match="ruled out") as raised:
        plan_changes.agree_plan(practice, plan_id=plan.id)
    assert raised.value.field == "treatments"
    assert plans.get_plan(practice, plan_id=plan.id).status == "draft"
    # Without the peel, the facial can be agreed; adding the peel back is refused.
    facial = edit(practice, plan, treatments=[PlannedTreatment("facial", None, 2, 14)])
    agreed = plan_changes.agree_plan(practice, plan_id=facial.id)
    with pytest.raises(ValidationError, match="ruled out"):
        edit(practice, agreed, treatments=[*agreed.treatments, PEELS], reason=REASON)


def test_planned_days_are_computed_again_and_moved_one_by_one(practice, client_id):
    plan = new_plan(practice, client_id)
    peel = plan.treatments[0]
    moved = plan_changes.move_planned_session(
        practice, plan_id=plan.id, treatment_id=peel.id, number=2, planned_on=date(2026, 3, 25)
    )
    assert moved.treatments[0].dates[1] == date(2026, 3, 25)
    # More sessions: the moved day stays, the new ones are computed.
    five = edit(practice, moved, treatments=[PlannedTreatment("chemical_peel", None, 5, 21)])
    assert five.treatments[0].dates == (
        START,
        date(2026, 3, 25),
        START + timedelta(days=42),
        START + timedelta(days=63),
        START + timedelta(days=84),
    )
    assert five.treatments[0].id == peel.id  # the same treatment, edited in place
    # A new first day plans every session again.
    later = edit(practice, five, start_on=date(2026, 4, 1))
    assert later.treatments[0].dates[:2] == (date(2026, 4, 1), date(2026, 4, 22))
    assert plans.plan_history(practice, plan_id=plan.id) == []


def test_moving_a_session_of_an_agreed_plan_needs_a_reason(practice, client_id):
    plan = plan_changes.agree_plan(practice, plan_id=new_plan(practice, client_id).id)
    peel = plan.treatments[0]
    with pytest.raises(ValidationError) as raised:
        plan_changes.move_planned_session(
            practice, plan_id=plan.id, treatment_id=peel.id, number=3, planned_on=date(2026, 4, 20)
        )
    assert raised.value.field == "reason"
    with pytest.raises(ValidationError) as raised:
        plan_changes.move_planned_session(
            practice,
            plan_id=plan.id,
            treatment_id=peel.id,
            number=4,
            planned_on=date(2026, 4, 20),
            reason=REASON,
        )
    assert raised.value.field == "number"
    moved = plan_changes.move_planned_session(
        practice,
        plan_id=plan.id,
        treatment_id=peel.id,
        number=3,
        planned_on=date(2026, 4, 20),
        reason="Client is on holiday that week",
    )
    assert moved.treatments[0].dates[2] == date(2026, 4, 20)
    change = plans.plan_history(practice, plan_id=plan.id)[-1]
    assert change.what == "session"
    assert change.old_value == {"family": "chemical_peel", "number": 3, "planned_on": "2026-04-13"}
    assert change.new_value["planned_on"] == "2026-04-20"
    assert audit_actions(practice)[-1] == "plan_move_session"


def test_a_consultations_plan_is_a_draft_with_undated_sessions(practice, client_id):
    draft = consultations.start(practice, client_id=client_id)
    consultations.finalise(
        practice,
        consultation_id=draft.id,
        answers={
            "reason": "Dull skin",
            "goals": "Glow",
            "data_consent": True,
            "plan": [{"family": "facial", "service_code": "facial_express", "sessions": 2}],
        },
    )
    [plan] = plans.plans(practice, client_id=client_id)
    assert plan.goals == "Glow" and plan.treatments[0].dates == (None, None)
    assert plan.price == Money("EUR", 8000)


def test_the_upgrade_gives_earlier_plans_their_sessions(tmp_path: Path):
    from alembic import command
    from alembic.config import Config

    engine = sa.create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0003")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO treatment_plans (id, client_id, status, goals, expectation, "
                "created_by, created_at, updated_at) VALUES (1, 1, 'draft', '', '', 'x', "
                "'2026-01-01', '2026-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO plan_treatments (plan_id, family, sessions) "
                "VALUES (1, 'chemical_peel', 3), (1, 'facial', 1)"
            )
        )
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT plan_treatment_id, number, planned_on FROM plan_sessions ORDER BY id")
        ).all()
        timeline = conn.execute(text("SELECT timeline FROM treatment_plans")).scalar()
    assert [tuple(r) for r in rows] == [(1, 1, None), (1, 2, None), (1, 3, None), (2, 1, None)]
    assert timeline == ""
    engine.dispose()
