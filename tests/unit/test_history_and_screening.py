"""History versions, screening a client from the database, overrides and patch tests."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from clinicdesk.db.models import AuditEntry
from clinicdesk.errors import ValidationError
from clinicdesk.rules.patch_tests import Problem
from clinicdesk.rules.screening import Level
from clinicdesk.services import catalogue, clients, history, patch_tests, screening
from clinicdesk.services.client_fields import ClientFields

NOW = datetime.now(UTC)
TODAY = NOW.date()


@pytest.fixture
def client_id(practice):
    fields = ClientFields(given_name="Zofia", family_name="Wójcik", date_of_birth=date(1990, 5, 4))
    return clients.create_client(practice, data=fields).id


def test_revisions_keep_what_was_known_on_each_day(practice, client_id):
    first = history.record_item(
        practice,
        client_id=client_id,
        kind="medication",
        text="Roaccutane 20 mg",
        started=date(2025, 1, 10),
        at=NOW - timedelta(days=30),
    )
    history.record_item(
        practice,
        client_id=client_id,
        kind="medication",
        text="Roaccutane 20 mg",
        started=date(2025, 1, 10),
        ended=TODAY - timedelta(days=20),
        item_key=first.item_key,
        at=NOW - timedelta(days=10),
    )
    history.remove_item(practice, client_id=client_id, item_key=first.item_key)

    assert history.history(practice, client_id=client_id) == []
    ten_days_ago = history.history(practice, client_id=client_id, as_of=NOW - timedelta(days=5))
    assert [i.ended for i in ten_days_ago] == [TODAY - timedelta(days=20)]
    month_ago = history.history(practice, client_id=client_id, as_of=NOW - timedelta(days=25))
    assert [i.ended for i in month_ago] == [None]
    versions = history.versions(practice, client_id=client_id, item_key=first.item_key)
    assert [v.removed for v in versions] == [False, False, True]


def test_history_rows_cannot_be_rewritten(practice, client_id):
    history.record_item(practice, client_id=client_id, kind="allergy", text="latex")
    with pytest.raises(IntegrityError), practice.writing() as session:
        session.execute(text("UPDATE history_entries SET text = 'nothing'"))


def test_single_valued_sections_replace_their_value(practice, client_id):
    history.record_item(practice, client_id=client_id, kind="fitzpatrick", code="2")
    history.record_item(practice, client_id=client_id, kind="fitzpatrick", code="5")
    assert [i.code for i in history.history(practice, client_id=client_id)] == ["5"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"kind": "horoscope", "text": "x"}, "kind"),
        ({"kind": "condition"}, "text"),
        ({"kind": "surgery", "text": "x", "started": date(1850, 1, 1)}, "started"),
        ({"kind": "surgery", "text": "x", "started": TODAY + timedelta(days=1)}, "started"),
        (
            {
                "kind": "medication",
                "text": "x",
                "started": date(2024, 5, 1),
                "ended": date(2024, 4, 1),
            },
            "ended",
        ),
        ({"kind": "concern", "text": "é" * 2_001}, "text"),
        ({"kind": "medication", "code": "vitamins"}, "code"),
        ({"kind": "fitzpatrick", "code": "7"}, "code"),
    ],
)
def test_impossible_entries_are_refused_clearly(practice, client_id, changes, field):
    with pytest.raises(ValidationError) as refused:
        history.record_item(practice, client_id=client_id, **changes)
    assert refused.value.field == field


def test_the_audit_names_the_section_never_the_health_information(practice, client_id):
    history.record_item(practice, client_id=client_id, kind="medication", text="Roaccutane")
    with practice.reading() as session:
        details = session.scalars(select(AuditEntry.detail)).all()
    assert not any("Roaccutane" in d for d in details)
    assert any(json.loads(d).get("section") == "medication" for d in details)


def test_isotretinoin_typed_as_a_brand_blocks_a_peel(practice, client_id):
    history.record_item(
        practice,
        client_id=client_id,
        kind="medication",
        text="CURACNÉ 10 mg",
        started=TODAY - timedelta(days=200),
        ended=TODAY - timedelta(days=60),
    )
    result = screening.screen_client(practice, client_id=client_id, family="chemical_peel")
    assert result.absolute and result.blocked
    assert any(f.fact and f.fact.code == "isotretinoin" for f in result.findings)
    massage = screening.screen_client(practice, client_id=client_id, family="massage")
    assert not any(f.fact and f.fact.code == "isotretinoin" for f in massage.findings)


def test_a_relative_block_needs_an_override_with_a_reason(practice, client_id):
    history.record_item(
        practice, client_id=client_id, kind="medication", code="anticoagulant", text="Xarelto"
    )
    context = "consultation:1"
    result = screening.screen_client(
        practice, client_id=client_id, family="dermal_filler", context=context
    )
    relative = [f for f in result.findings if f.level is Level.RELATIVE]
    assert relative and result.blocked and not result.absolute
    rule = relative[0].rule.id
    with pytest.raises(ValidationError):
        screening.override(
            practice,
            client_id=client_id,
            family="dermal_filler",
            rule_id=rule,
            level="relative",
            reason="ok",
            context=context,
        )
    for finding in relative:
        screening.override(
            practice,
            client_id=client_id,
            family="dermal_filler",
            rule_id=finding.rule.id,
            level="relative",
            reason="Cardiologist's letter: bruising risk explained.",
            context=context,
        )
    again = screening.screen_client(
        practice, client_id=client_id, family="dermal_filler", context=context
    )
    assert rule in again.overridden and not again.needs_override()
    listed = screening.overrides(practice, client_id=client_id)
    assert listed[0].reason.startswith("Cardiologist")
    with practice.reading() as session:
        audited = session.scalars(
            select(AuditEntry.detail).where(AuditEntry.action == "screening_override")
        ).all()
    assert audited and not any("Cardiologist" in d for d in audited)


def test_an_absolute_block_cannot_be_overridden(practice, client_id):
    with pytest.raises(ValidationError):
        screening.override(
            practice,
            client_id=client_id,
            family="chemical_peel",
            rule_id="x",
            level="absolute",
            reason="the client insists very much",
            context="session:1",
        )


def test_a_failed_patch_test_blocks_a_tint(practice, client_id):
    applied = NOW - timedelta(days=3)
    test = patch_tests.record_applied(
        practice,
        client_id=client_id,
        family="lash_brow_tint",
        product="RefectoCil",
        batch="L123",
        site="behind the ear",
        applied_at=applied,
    )
    result = screening.screen_client(practice, client_id=client_id, family="lash_brow_tint")
    assert result.patch_test is not None and result.patch_test.problem is Problem.NOT_READ
    patch_tests.record_result(
        practice, test_id=test.id, result="positive", read_at=applied + timedelta(hours=48)
    )
    result = screening.screen_client(practice, client_id=client_id, family="lash_brow_tint")
    assert result.patch_test.problem is Problem.FAILED and result.blocked


def test_no_patch_test_at_all_blocks_a_tint(practice, client_id):
    result = screening.screen_client(practice, client_id=client_id, family="lash_brow_tint")
    assert result.patch_test is not None and result.patch_test.problem is Problem.MISSING


def test_the_shipped_catalogue_is_seeded_once(practice):
    families = catalogue.families(practice)
    codes = [f.code for f in families]
    assert "botulinum_toxin" in codes and len(codes) == len(set(codes))
    tint = next(f for f in families if f.code == "lash_brow_tint")
    assert tint.patch_test.required and tint.patch_test.lead_hours == 48
    with practice.writing() as session:
        catalogue.seed_if_empty(session, "EUR")
    assert len(catalogue.families(practice)) == len(families)
