"""Treatment plans: a course of treatment for a client.

A consultation's recommendation becomes a draft plan; the plan editor (agreeing,
scheduling, stopping) builds on these rows. The treatments a client has planned are what
the record screens for its live contraindication alerts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.db.models import PlanTreatment, TreatmentPlan, TreatmentService
from clinicdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from clinicdesk.services import audit
from clinicdesk.services.catalogue import require_family
from clinicdesk.services.practice import Practice

STATUSES = ("draft", "agreed", "in_progress", "completed", "stopped")
OPEN_STATUSES = ("draft", "agreed", "in_progress")
MAX_SESSIONS = 50
MAX_INTERVAL_DAYS = 365


@dataclass(frozen=True)
class PlannedTreatment:
    family: str
    service_code: str | None = None
    sessions: int = 1
    interval_days: int | None = None


@dataclass(frozen=True)
class PlanRecord:
    id: int
    client_id: int
    consultation_id: int | None
    status: str
    goals: str
    expectation: str
    treatments: tuple[PlannedTreatment, ...]
    created_at: datetime
    created_by: str


def check_treatments(session: Session, treatments: Sequence[PlannedTreatment]) -> None:
    """Refuse a plan naming a treatment or service the catalogue lacks, or odd numbers."""
    for treatment in treatments:
        family = require_family(session, treatment.family)
        if treatment.service_code is not None:
            service_family = session.scalar(
                select(TreatmentService.family_id).where(
                    TreatmentService.code == treatment.service_code
                )
            )
            if service_family != family.id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "ClinicDeskError", "This service is not one of the treatment's services."
                    ),
                    field="plan",
                )
        if not 1 <= treatment.sessions <= MAX_SESSIONS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ClinicDeskError", "A plan has between 1 and {maximum} sessions of a treatment."
                ),
                field="plan",
                maximum=MAX_SESSIONS,
            )
        if treatment.interval_days is not None and not (
            1 <= treatment.interval_days <= MAX_INTERVAL_DAYS
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ClinicDeskError",
                    "Sessions are between 1 and {maximum} days apart.",
                ),
                field="plan",
                maximum=MAX_INTERVAL_DAYS,
            )


def add_draft_plan(
    session: Session,
    *,
    client_id: int,
    consultation_id: int | None,
    goals: str,
    expectation: str,
    treatments: Sequence[PlannedTreatment],
) -> int:
    """A draft plan, in the caller's transaction (a consultation being finalised)."""
    check_treatments(session, treatments)
    plan = TreatmentPlan(
        client_id=client_id,
        consultation_id=consultation_id,
        status="draft",
        goals=goals,
        expectation=expectation,
        created_by=session.info["actor"],
    )
    session.add(plan)
    session.flush()
    session.add_all(
        PlanTreatment(
            plan_id=plan.id,
            family=t.family,
            service_code=t.service_code,
            sessions=t.sessions,
            interval_days=t.interval_days,
        )
        for t in treatments
    )
    audit.record(
        session,
        "plan_create",
        entity_type="plan",
        entity_id=plan.id,
        client_id=client_id,
        detail={"treatments": len(treatments)},
    )
    return plan.id


def plans(practice: Practice, *, client_id: int) -> list[PlanRecord]:
    with practice.reading() as session:
        rows = session.scalars(
            select(TreatmentPlan)
            .where(TreatmentPlan.client_id == client_id)
            .order_by(TreatmentPlan.created_at.desc(), TreatmentPlan.id.desc())
        ).all()
        items = session.scalars(
            select(PlanTreatment)
            .where(PlanTreatment.plan_id.in_([r.id for r in rows]))
            .order_by(PlanTreatment.id)
        ).all()
    by_plan: dict[int, list[PlannedTreatment]] = {}
    for item in items:
        by_plan.setdefault(item.plan_id, []).append(
            PlannedTreatment(item.family, item.service_code, item.sessions, item.interval_days)
        )
    return [
        PlanRecord(
            id=r.id,
            client_id=r.client_id,
            consultation_id=r.consultation_id,
            status=r.status,
            goals=r.goals,
            expectation=r.expectation,
            treatments=tuple(by_plan.get(r.id, ())),
            created_at=r.created_at,
            created_by=r.created_by,
        )
        for r in rows
    ]


def planned_families(practice: Practice, *, client_id: int) -> list[str]:
    """The treatment families of the client's open plans, each once, in plan order."""
    with practice.reading() as session:
        families = session.scalars(
            select(PlanTreatment.family)
            .join(TreatmentPlan, TreatmentPlan.id == PlanTreatment.plan_id)
            .where(
                TreatmentPlan.client_id == client_id,
                TreatmentPlan.status.in_(OPEN_STATUSES),
            )
            .order_by(PlanTreatment.id)
        ).all()
    return list(dict.fromkeys(families))
