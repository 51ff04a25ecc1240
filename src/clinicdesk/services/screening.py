"""Screening a client for a treatment: contraindications, patch tests, and overrides.

The history known at the time of screening becomes the facts the pure evaluator in
rules/screening.py reads; the patch-test rules read the client's tests for the family.
A relative block is let through only by an override with a reason, recorded (and
audited) in the context where it was given: a consultation, a session. An absolute
block cannot be overridden.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select

from clinicdesk.db.models import PatchTest, ScreeningOverride
from clinicdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from clinicdesk.rules import codes, medications, patch_tests
from clinicdesk.rules import screening as rules
from clinicdesk.services import audit, catalogue
from clinicdesk.services.clients import require_client
from clinicdesk.services.history import HistoryItem, history
from clinicdesk.services.practice import Practice
from clinicdesk.services.reasons import clean_reason

PATCH_TEST_RULE = "patch-test"
_CONDITION_KINDS = frozenset({"condition", "pregnancy", "implant", "skin_condition", "lifestyle"})


@dataclass(frozen=True)
class Screening:
    family: str
    at: datetime
    findings: tuple[rules.Finding, ...]
    patch_test: patch_tests.Finding | None
    overridden: frozenset[str]  # rule ids let through in this context

    def needs_override(self) -> list[str]:
        """Rule ids of the relative blocks not yet let through."""
        ids = [f.rule.id for f in self.findings if f.level is rules.Level.RELATIVE]
        if self.patch_test is not None and self.patch_test.level == "relative":
            ids.append(PATCH_TEST_RULE)
        return [i for i in ids if i not in self.overridden]

    @property
    def absolute(self) -> bool:
        return any(f.level is rules.Level.ABSOLUTE for f in self.findings) or (
            self.patch_test is not None and self.patch_test.level == "absolute"
        )

    @property
    def blocked(self) -> bool:
        return self.absolute or bool(self.needs_override())


def client_facts(items: Sequence[HistoryItem], *, date_of_birth: date | None) -> rules.ClientFacts:
    """What the evaluator reads, from the history as known at the time."""
    facts: list[rules.Fact] = []
    fitzpatrick: int | None = None
    id_checked = False
    for item in items:
        if item.kind in _CONDITION_KINDS or item.kind == "allergy":
            if item.code in codes.CONDITIONS:
                facts.append(
                    rules.Fact("condition", item.code, item.started, item.ended, item.text)
                )
        elif item.kind == "medication":
            classes = set(medications.recognise(item.text))
            if item.code in codes.MEDICATION_CLASSES:
                classes.add(item.code)
            facts.extend(
                rules.Fact("medication", code, item.started, item.ended, item.text)
                for code in sorted(classes)
            )
        elif item.kind == "fitzpatrick" and item.code and item.code.isdigit():
            fitzpatrick = int(item.code)
        elif item.kind == "id_check":
            id_checked = True
    return rules.ClientFacts(
        date_of_birth=date_of_birth,
        facts=tuple(facts),
        fitzpatrick=fitzpatrick,
        id_checked=id_checked,
    )


def _patch_test_facts(
    items: Sequence[HistoryItem], facts: rules.ClientFacts, family: str
) -> dict[str, date | None]:
    treated = [i.started for i in items if i.kind == "aesthetic_treatment" and i.code == family]
    started = [
        f.started
        for f in facts.facts
        if f.kind == "medication" and f.started is not None and f.ended is None
    ]
    pregnant = [i.started for i in items if i.kind == "pregnancy" and i.code == "pregnant"]
    return {
        "last_treatment": max((d for d in treated if d), default=None),
        "medication_started": max(started, default=None),
        "pregnancy_since": max((d for d in pregnant if d), default=None),
    }


def screen_client(
    practice: Practice,
    *,
    client_id: int,
    family: str,
    at: datetime | None = None,
    context: str = "",
    treated_at: datetime | None = None,
) -> Screening:
    return screen_families(
        practice,
        client_id=client_id,
        families=[family],
        at=at,
        context=context,
        treated_at=treated_at,
    )[family]


def screen_families(
    practice: Practice,
    *,
    client_id: int,
    families: Sequence[str],
    at: datetime | None = None,
    context: str = "",
    treated_at: datetime | None = None,
) -> dict[str, Screening]:
    """Several treatments screened from one reading of the history (a record's overview).

    `at` is when the history is read as known (now by default). `treated_at` is when the
    treatment is or was given, if not then: the rules and the patch test are judged on
    that day, while the history stays the most that is known, so a session written up
    after the visit still meets a contraindication recorded since."""
    at = at or datetime.now(UTC)
    treated_at = treated_at or at
    items = history(practice, client_id=client_id, as_of=at)
    with practice.reading() as session:
        client = require_client(session, client_id)
        tests: dict[str, list[patch_tests.PatchTestRecord]] = {}
        for test in session.scalars(select(PatchTest).where(PatchTest.client_id == client_id)):
            tests.setdefault(test.family, []).append(
                patch_tests.PatchTestRecord(test.applied_at, test.read_at, test.result)
            )
        overridden: dict[str, set[str]] = {}
        if context:
            for family, rule_id in session.execute(
                select(ScreeningOverride.family, ScreeningOverride.rule_id).where(
                    ScreeningOverride.client_id == client_id,
                    ScreeningOverride.context == context,
                )
            ):
                overridden.setdefault(family, set()).add(rule_id)
        date_of_birth = client.date_of_birth
    facts = client_facts(items, date_of_birth=date_of_birth)
    found = {}
    for family in families:
        policy = catalogue.patch_test_policy(practice, family=family)
        findings = rules.screen(
            facts, family=family, on=treated_at.date(), rules=rules.load_rules()
        )
        patch = patch_tests.check(
            policy, tests.get(family, []), at=treated_at, **_patch_test_facts(items, facts, family)
        )
        found[family] = Screening(
            family, at, tuple(findings), patch, frozenset(overridden.get(family, ()))
        )
    return found


def override(
    practice: Practice,
    *,
    client_id: int,
    family: str,
    rule_id: str,
    level: str,
    reason: str,
    context: str,
) -> None:
    """Let a relative block through, with the practitioner's reason, in this context."""
    if level != "relative":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "This contraindication is absolute: the treatment cannot go ahead, "
                "whatever the reason.",
            ),
            field="reason",
        )
    reason = clean_reason(
        reason,
        QT_TRANSLATE_NOOP(
            "ClinicDeskError",
            "Write why the treatment can go ahead despite this warning "
            "({minimum} to {maximum} characters).",
        ),
    )
    if not context:
        raise ValueError("an override belongs to a consultation or a session")
    with practice.writing() as session:
        row = ScreeningOverride(
            client_id=client_id,
            family=family,
            rule_id=rule_id,
            level=level,
            reason=reason,
            context=context,
            at=datetime.now(UTC),
            actor=practice.actor,
        )
        session.add(row)
        session.flush()
        # The reason is health information: the audit names the rule and where, not why.
        audit.record(
            session,
            "screening_override",
            entity_type="override",
            entity_id=row.id,
            client_id=client_id,
            detail={"family": family, "rule": rule_id, "context": context},
        )


@dataclass(frozen=True)
class OverrideRecord:
    family: str
    rule_id: str
    level: str
    reason: str
    context: str
    at: datetime
    actor: str


def overrides(practice: Practice, *, client_id: int) -> list[OverrideRecord]:
    with practice.reading() as session:
        rows = session.scalars(
            select(ScreeningOverride)
            .where(ScreeningOverride.client_id == client_id)
            .order_by(ScreeningOverride.at.desc())
        )
        return [
            OverrideRecord(r.family, r.rule_id, r.level, r.reason, r.context, r.at, r.actor)
            for r in rows
        ]
