"""Changing a plan once it exists: editing it, moving a session, and its status.

A draft changes freely. Once the client has agreed, each change needs a reason and is
kept, with its old and new value, as the plan's history (plan_changes, never updated);
agreeing, starting, completing and stopping are kept there too. Agreeing screens every
treatment and refuses an absolute contraindication; so does adding a treatment to an
agreed plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.db.base import json_text
from clinicdesk.db.models import PlanChange, PlanSession, PlanTreatment, TreatmentPlan
from clinicdesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from clinicdesk.rules.money import Money
from clinicdesk.services import audit, screening
from clinicdesk.services.plans import (
    AGREED_STATUSES,
    CLOSED,
    EDITED_FIELDS,
    NO_SESSION,
    OPEN_STATUSES,
    WHY_CHANGED,
    WHY_STOPPED,
    PlannedTreatment,
    PlanRecord,
    add_treatment,
    catalogue_price,
    check_price,
    check_treatments,
    clean_text,
    get_plan,
    plan_records,
    planned_dates,
    require_plan,
    set_price,
)
from clinicdesk.services.practice import Practice
from clinicdesk.services.reasons import clean_reason


def _treatments_value(treatments: Sequence[PlannedTreatment]) -> list[dict[str, Any]]:
    return [
        {
            "family": t.family,
            "service_code": t.service_code,
            "sessions": t.sessions,
            "interval_days": t.interval_days,
        }
        for t in treatments
    ]


def _price_value(price: Money | None) -> dict[str, Any] | None:
    return None if price is None else {"currency": price.currency, "minor": price.minor}


def _date_value(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _keep_change(
    session: Session, plan_id: int, what: str, old: Any, new: Any, reason: str
) -> None:
    """One line of an agreed plan's history, in the caller's transaction."""
    session.add(
        PlanChange(
            plan_id=plan_id,
            what=what,
            old_value=json_text(old),
            new_value=json_text(new),
            reason=reason,
            at=datetime.now(UTC),
            actor=session.info["actor"],
        )
    )


def _refuse_ruled_out(
    practice: Practice, plan_id: int, client_id: int, families: Sequence[str]
) -> None:
    """An absolutely contraindicated treatment cannot be in a plan agreed with the client."""
    if not families:
        return
    found = screening.screen_families(
        practice,
        client_id=client_id,
        families=list(dict.fromkeys(families)),
        context=f"plan:{plan_id}",
    )
    if any(result.absolute for result in found.values()):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "A treatment in this plan is ruled out by the client's history (an absolute "
                "contraindication). Take it out of the plan before agreeing it.",
            ),
            field="treatments",
        )


def _sync_treatments(
    session: Session,
    plan: TreatmentPlan,
    treatments: Sequence[PlannedTreatment],
    start_changed: bool,
) -> None:
    """Bring the plan's treatments to `treatments`, position by position.

    A treatment keeps its planned days (moved ones too) unless the first day, its family or
    its interval changed; then they are computed again. Sessions added are computed,
    sessions taken away are dropped.
    """
    rows = session.scalars(
        select(PlanTreatment).where(PlanTreatment.plan_id == plan.id).order_by(PlanTreatment.id)
    ).all()
    for row, treatment in zip(rows, treatments, strict=False):
        reschedule = (
            start_changed
            or row.family != treatment.family
            or row.interval_days != treatment.interval_days
        )
        row.family = treatment.family
        row.service_code = treatment.service_code
        row.sessions = treatment.sessions
        row.interval_days = treatment.interval_days
        computed = planned_dates(plan.start_on, treatment.interval_days, treatment.sessions)
        existing = {
            s.number: s
            for s in session.scalars(
                select(PlanSession).where(PlanSession.plan_treatment_id == row.id)
            )
        }
        for number, stored in existing.items():
            if number > treatment.sessions:
                session.delete(stored)
            elif reschedule:
                stored.planned_on = computed[number - 1]
        session.add_all(
            PlanSession(plan_treatment_id=row.id, number=number, planned_on=computed[number - 1])
            for number in range(1, treatment.sessions + 1)
            if number not in existing
        )
    for row in rows[len(treatments) :]:
        session.delete(row)  # its planned sessions go with it (ON DELETE CASCADE)
    for treatment in treatments[len(rows) :]:
        add_treatment(session, plan.id, treatment, plan.start_on)


def update_plan(
    practice: Practice,
    *,
    plan_id: int,
    goals: str,
    expectation: str,
    timeline: str,
    treatments: Sequence[PlannedTreatment],
    price: Money | None,
    start_on: date | None,
    reason: str = "",
) -> PlanRecord:
    """Save the plan as edited. A draft changes freely; once agreed, a reason is needed and
    each field changed is kept in the plan's history. No price: the services' prices."""
    new = {
        "goals": clean_text("goals", goals),
        "expectation": clean_text("expectation", expectation),
        "timeline": clean_text("timeline", timeline),
    }
    wanted = [
        PlannedTreatment(t.family, t.service_code, t.sessions, t.interval_days) for t in treatments
    ]
    before = get_plan(practice, plan_id=plan_id)
    if not before.open:
        raise ValidationError(CLOSED)
    if before.agreed:
        if not wanted:
            raise ValidationError(NO_SESSION, field="treatments")
        reason = clean_reason(reason, WHY_CHANGED)
        known = {t.family for t in before.treatments}
        _refuse_ruled_out(
            practice, plan_id, before.client_id, [t.family for t in wanted if t.family not in known]
        )
    with practice.writing() as session:
        row = require_plan(session, plan_id)
        if row.status != before.status:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ClinicDeskError", "This plan changed meanwhile; open it again and retry."
                )
            )
        check_treatments(session, wanted)
        if price is None:
            price = catalogue_price(session, wanted)
        else:
            check_price(session, price)
        old_values = {
            "goals": before.goals,
            "expectation": before.expectation,
            "timeline": before.timeline,
            "treatments": _treatments_value([t.planned for t in before.treatments]),
            "price": _price_value(before.price),
            "start_on": _date_value(before.start_on),
        }
        new_values = {
            **new,
            "treatments": _treatments_value(wanted),
            "price": _price_value(price),
            "start_on": _date_value(start_on),
        }
        changed = [name for name in EDITED_FIELDS if old_values[name] != new_values[name]]
        if not changed:
            if before.agreed:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("ClinicDeskError", "Nothing in the plan was changed.")
                )
            return before
        row.goals, row.expectation, row.timeline = new["goals"], new["expectation"], new["timeline"]
        row.start_on = start_on
        set_price(row, price)
        row.updated_at = datetime.now(UTC)
        _sync_treatments(session, row, wanted, start_changed=before.start_on != start_on)
        if before.agreed:
            for name in changed:
                _keep_change(session, plan_id, name, old_values[name], new_values[name], reason)
        audit.record(
            session,
            "plan_update",
            entity_type="plan",
            entity_id=plan_id,
            client_id=row.client_id,
            detail={"fields": changed, "agreed": before.agreed},
        )
        session.flush()
        return plan_records(session, [row])[0]


def move_planned_session(
    practice: Practice,
    *,
    plan_id: int,
    treatment_id: int,
    number: int,
    planned_on: date | None,
    reason: str = "",
) -> PlanRecord:
    """Plan one session on another day (None: no day yet); a reason once agreed."""
    with practice.writing() as session:
        plan = require_plan(session, plan_id)
        if plan.status not in OPEN_STATUSES:
            raise ValidationError(CLOSED)
        agreed = plan.status in AGREED_STATUSES
        if agreed:
            reason = clean_reason(reason, WHY_CHANGED)
        treatment = session.get(PlanTreatment, treatment_id)
        if treatment is None or treatment.plan_id != plan_id:
            raise NotFound(
                QT_TRANSLATE_NOOP("ClinicDeskError", "This treatment is no longer in the plan.")
            )
        if not 1 <= number <= treatment.sessions:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ClinicDeskError", "This treatment has sessions 1 to {sessions} planned."
                ),
                field="number",
                sessions=treatment.sessions,
            )
        stored = session.scalar(
            select(PlanSession).where(
                PlanSession.plan_treatment_id == treatment_id, PlanSession.number == number
            )
        )
        if stored is None:
            stored = PlanSession(plan_treatment_id=treatment_id, number=number, planned_on=None)
            session.add(stored)
        if stored.planned_on == planned_on:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ClinicDeskError", "The session is already planned on this day."),
                field="planned_on",
            )
        if agreed:
            which = {"family": treatment.family, "number": number}
            _keep_change(
                session,
                plan_id,
                "session",
                {**which, "planned_on": _date_value(stored.planned_on)},
                {**which, "planned_on": _date_value(planned_on)},
                reason,
            )
        stored.planned_on = planned_on
        plan.updated_at = datetime.now(UTC)
        audit.record(
            session,
            "plan_move_session",
            entity_type="plan",
            entity_id=plan_id,
            client_id=plan.client_id,
            detail={"treatment": treatment_id, "number": number},
        )
        session.flush()
        return plan_records(session, [plan])[0]


_TRANSITIONS = {
    # action: (statuses it starts from, status it leads to, message when not allowed)
    "agree": (
        ("draft",),
        "agreed",
        QT_TRANSLATE_NOOP("ClinicDeskError", "Only a draft plan can be agreed with the client."),
    ),
    "start": (
        ("agreed",),
        "in_progress",
        QT_TRANSLATE_NOOP("ClinicDeskError", "Only a plan agreed with the client can be started."),
    ),
    "complete": (
        ("in_progress",),
        "completed",
        QT_TRANSLATE_NOOP("ClinicDeskError", "Only a plan in progress can be completed."),
    ),
    "stop": (OPEN_STATUSES, "stopped", CLOSED),
}


def _change_status(practice: Practice, plan_id: int, action: str, reason: str = "") -> PlanRecord:
    starts, target, refused = _TRANSITIONS[action]
    with practice.writing() as session:
        plan = require_plan(session, plan_id)
        if plan.status not in starts:
            raise ValidationError(refused, field="status")
        old = plan.status
        now = datetime.now(UTC)
        plan.status = target
        plan.updated_at = now
        if target == "agreed":
            plan.agreed_at = now
        if target == "stopped":
            plan.stop_reason = reason
        _keep_change(session, plan_id, "status", old, target, reason)
        # A stop reason may be health information: the audit names the change, not why.
        audit.record(
            session,
            f"plan_{action}",
            entity_type="plan",
            entity_id=plan_id,
            client_id=plan.client_id,
            detail={"from": old, "to": target},
        )
        session.flush()
        return plan_records(session, [plan])[0]


def agree_plan(practice: Practice, *, plan_id: int) -> PlanRecord:
    """The client agreed to the plan: screened first, then changes need a reason."""
    plan = get_plan(practice, plan_id=plan_id)
    if plan.status != "draft":
        raise ValidationError(_TRANSITIONS["agree"][2], field="status")
    if plan.sessions < 1:
        raise ValidationError(NO_SESSION, field="treatments")
    _refuse_ruled_out(practice, plan_id, plan.client_id, [t.family for t in plan.treatments])
    return _change_status(practice, plan_id, "agree")


def start_plan(practice: Practice, *, plan_id: int) -> PlanRecord:
    return _change_status(practice, plan_id, "start")


def complete_plan(practice: Practice, *, plan_id: int) -> PlanRecord:
    return _change_status(practice, plan_id, "complete")


def stop_plan(practice: Practice, *, plan_id: int, reason: str) -> PlanRecord:
    """End the plan before its course is done, saying why."""
    return _change_status(practice, plan_id, "stop", clean_reason(reason, WHY_STOPPED))
