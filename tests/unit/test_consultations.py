"""Consultations: drafts, finalising against the screening, plans, amendments."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from clinicdesk.db.models import AuditEntry
from clinicdesk.errors import ValidationError
from clinicdesk.services import clients, consultations, history, plans, screening
from clinicdesk.services.client_fields import ClientFields

TODAY = datetime.now(UTC).date()
READY = {"reason": "Fine lines and dull skin", "data_consent": True}


@pytest.fixture
def client_id(practice):
    fields = ClientFields(given_name="Zofia", family_name="Wójcik", date_of_birth=date(1990, 5, 4))
    return clients.create_client(practice, data=fields).id


def test_a_draft_is_saved_and_resumed(practice, client_id):
    draft = consultations.start(practice, client_id=client_id)
    consultations.save_draft(
        practice,
        consultation_id=draft.id,
        answers={"reason": "  Acne scars ", "goals": "Smoother skin 😊", "page": 3},
    )
    resumed = consultations.latest_draft(practice, client_id=client_id)
    assert resumed is not None and resumed.id == draft.id
    assert resumed.answers["reason"] == "Acne scars"
    assert resumed.answers["goals"] == "Smoother skin 😊"
    assert resumed.answers["page"] == 3


def test_a_long_answer_is_refused_not_cut(practice, client_id):
    draft = consultations.start(practice, client_id=client_id)
    with pytest.raises(ValidationError) as raised:
        consultations.save_draft(
            practice, consultation_id=draft.id, answers={"goals": "x" * 10_000}
        )
    assert raised.value.field == "goals"


def test_finalising_needs_a_reason_and_data_consent(practice, client_id):
    draft = consultations.start(practice, client_id=client_id)
    with pytest.raises(ValidationError) as raised:
        consultations.finalise(practice, consultation_id=draft.id, answers={"data_consent": True})
    assert raised.value.field == "reason"
    with pytest.raises(ValidationError) as raised:
        consultations.finalise(
            practice, consultation_id=draft.id, answers={"reason": "Acne", "data_consent": False}
        )
    assert raised.value.field == "data_consent"


def test_isotretinoin_keeps_a_peel_out_of_the_plan(practice, client_id):
    history.record_item(
        practice, client_id=client_id, kind="medication", text="Roaccutane 20 mg daily"
    )
    draft = consultations.start(practice, client_id=client_id)
    answers = {**READY, "considered": ["chemical_peel"], "plan": [{"family": "chemical_peel"}]}
    with pytest.raises(ValidationError) as raised:
        consultations.finalise(practice, consultation_id=draft.id, answers=answers)
    assert raised.value.field == "plan"
    assert plans.plans(practice, client_id=client_id) == []
    assert not consultations.get(practice, consultation_id=draft.id).final


def test_a_relative_block_plans_once_its_reason_is_recorded(practice, client_id):
    history.record_item(practice, client_id=client_id, kind="condition", code="cold_sores")
    draft = consultations.start(practice, client_id=client_id)
    answers = {**READY, "considered": ["chemical_peel"], "plan": [{"family": "chemical_peel"}]}
    found = screening.screen_client(
        practice, client_id=client_id, family="chemical_peel", context=draft.context
    )
    assert found.needs_override()
    with pytest.raises(ValidationError):
        consultations.finalise(practice, consultation_id=draft.id, answers=answers)
    for rule_id in found.needs_override():
        screening.override(
            practice,
            client_id=client_id,
            family="chemical_peel",
            rule_id=rule_id,
            level="relative",
            reason="No lesion for 2 years; antiviral prescribed by GP",
            context=draft.context,
        )
    final = consultations.finalise(practice, consultation_id=draft.id, answers=answers)
    assert final.final
    snapshot = final.answers["screening"][0]
    assert snapshot["family"] == "chemical_peel" and not snapshot["blocked"]
    [plan] = plans.plans(practice, client_id=client_id)
    assert plan.status == "draft" and plan.consultation_id == draft.id
    assert [t.family for t in plan.treatments] == ["chemical_peel"]
    assert plans.planned_families(practice, client_id=client_id) == ["chemical_peel"]


def test_a_final_consultation_is_only_amended(practice, client_id):
    draft = consultations.start(practice, client_id=client_id)
    final = consultations.finalise(
        practice,
        consultation_id=draft.id,
        answers={**READY, "expectation": "Visible change after 3 sessions"},
    )
    with pytest.raises(ValidationError):
        consultations.save_draft(practice, consultation_id=final.id, answers=READY)
    with practice.writing() as session, pytest.raises(IntegrityError):
        session.execute(
            text("UPDATE consultations SET answers = '{}' WHERE id = :id"), {"id": final.id}
        )
    with pytest.raises(ValidationError) as raised:
        consultations.amend(
            practice,
            consultation_id=final.id,
            field="expectation",
            new_value="After 4 sessions",
            reason="typo",
        )
    assert raised.value.field == "reason"
    amended = consultations.amend(
        practice,
        consultation_id=final.id,
        field="expectation",
        new_value="Visible change after 4 sessions",
        reason="Client asked to note four sessions, not three",
    )
    assert amended.answers["expectation"] == "Visible change after 3 sessions"
    assert amended.current("expectation") == "Visible change after 4 sessions"
    [amendment] = amended.amendments
    assert amendment.old_value == "Visible change after 3 sessions"
    assert amendment.actor == practice.actor
    with practice.reading() as session:
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)).all()
    assert actions[-3:] == ["consultation_start", "consultation_final", "consultation_amend"]


def test_photo_consent_follows_the_latest_final_consultation(practice, client_id):
    assert consultations.photo_consent(practice, client_id=client_id) == ()
    draft = consultations.start(practice, client_id=client_id)
    final = consultations.finalise(
        practice,
        consultation_id=draft.id,
        answers={**READY, "photo_consent": ["marketing", "clinical", "bogus"]},
    )
    assert consultations.photo_consent(practice, client_id=client_id) == ("clinical", "marketing")
    consultations.amend(
        practice,
        consultation_id=final.id,
        field="photo_consent",
        new_value=["clinical"],
        reason="Client withdrew marketing consent by phone",
    )
    assert consultations.photo_consent(practice, client_id=client_id) == ("clinical",)


def test_a_plan_with_an_unknown_service_or_odd_numbers_is_refused(practice, client_id):
    draft = consultations.start(practice, client_id=client_id)
    for item in (
        {"family": "facial", "service_code": "no-such-service"},
        {"family": "facial", "sessions": 0},
        {"family": "facial", "interval_days": 400},
    ):
        with pytest.raises(ValidationError):
            consultations.finalise(
                practice, consultation_id=draft.id, answers={**READY, "plan": [item]}
            )
    assert plans.plans(practice, client_id=client_id) == []


def test_a_discarded_draft_is_gone_and_audited(practice, client_id):
    draft = consultations.start(practice, client_id=client_id)
    consultations.discard_draft(practice, consultation_id=draft.id)
    assert consultations.consultations(practice, client_id=client_id) == []
    assert consultations.latest_draft(practice, client_id=client_id) is None


def test_drafts_resume_newest_first(practice, client_id):
    first = consultations.start(practice, client_id=client_id)
    second = consultations.start(practice, client_id=client_id)
    consultations.save_draft(practice, consultation_id=first.id, answers={"reason": "later"})
    assert consultations.latest_draft(practice, client_id=client_id).id == first.id
    assert {c.id for c in consultations.consultations(practice, client_id=client_id)} == {
        first.id,
        second.id,
    }
    assert timedelta(0) <= datetime.now(UTC) - first.created_at < timedelta(minutes=1)
