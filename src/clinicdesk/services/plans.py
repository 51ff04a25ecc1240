"""Treatment plans: a course of treatment for a client, as created and as read.

A consultation's recommendation becomes a draft plan, or the practitioner starts one from
scratch. Each session has a planned day, computed from the plan's first day and the
treatment's interval (session n on start + (n - 1) × interval). The treatments a client
has planned are what the record screens for its live contraindication alerts. Changing a
plan once it exists (edits, moved sessions, agreeing, stopping) is plan_changes.py.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.db.models import (
    PlanChange,
    PlanSession,
    PlanTreatment,
    TreatmentPlan,
    TreatmentService,
)
from clinicdesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from clinicdesk.rules.money import Money
from clinicdesk.services import audit
from clinicdesk.services.catalogue import PRICE_MAX_MINOR, require_family
from clinicdesk.services.clients import require_client
from clinicdesk.services.practice import Practice, get_settings

STATUSES = ("draft", "agreed", "in_progress", "completed", "stopped")
OPEN_STATUSES = ("draft", "agreed", "in_progress")
# Once agreed with the client, a change needs a reason and is kept in the plan's history.
AGREED_STATUSES = ("agreed", "in_progress")
MAX_SESSIONS = 50
MAX_INTERVAL_DAYS = 365
TEXT_MAX = 5_000
EDITED_FIELDS = ("goals", "expectation", "timeline", "treatments", "price", "start_on")


@dataclass(frozen=True)
class PlannedTreatment:
    family: str
    service_code: str | None = None
    sessions: int = 1
    interval_days: int | None = None


@dataclass(frozen=True, kw_only=True)
class ScheduledTreatment(PlannedTreatment):
    """A treatment of a stored plan: its row id and the planned day of each session
    (`dates[n - 1]` for session n; None while not known)."""

    id: int
    dates: tuple[date | None, ...]

    @property
    def planned(self) -> PlannedTreatment:
        return PlannedTreatment(self.family, self.service_code, self.sessions, self.interval_days)


@dataclass(frozen=True)
class PlanRecord:
    id: int
    client_id: int
    consultation_id: int | None
    status: str
    goals: str
    expectation: str
    treatments: tuple[ScheduledTreatment, ...]
    created_at: datetime
    created_by: str
    timeline: str = ""
    price: Money | None = None
    start_on: date | None = None
    stop_reason: str | None = None
    agreed_at: datetime | None = None

    @property
    def open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def agreed(self) -> bool:
        """Agreed with the client and not finished: changes need a reason."""
        return self.status in AGREED_STATUSES

    @property
    def sessions(self) -> int:
        return sum(t.sessions for t in self.treatments)


@dataclass(frozen=True)
class PlanChangeRecord:
    """One change to an agreed plan. `what` is a field of EDITED_FIELDS, "session" (a
    planned day moved) or "status"; the values are as stored: text, a date in ISO form,
    {"currency", "minor"} for a price, a list of treatments as dicts, or for a session
    {"family", "number", "planned_on"}."""

    what: str
    old_value: Any
    new_value: Any
    reason: str
    at: datetime
    actor: str


# -- checks ------------------------------------------------------------------------------


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


def clean_text(field: str, value: str) -> str:
    value = (value or "").strip()
    if len(value) > TEXT_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "This text is {length} characters long; at most {limit} fit. "
                "Shorten it or put the rest in the client's notes.",
            ),
            field=field,
            length=len(value),
            limit=TEXT_MAX,
        )
    return value


WHY_CHANGED = QT_TRANSLATE_NOOP(
    "ClinicDeskError",
    "The client agreed to this plan: write why it changes (at least {minimum} characters).",
)
WHY_STOPPED = QT_TRANSLATE_NOOP(
    "ClinicDeskError", "Write why the plan is stopped (at least {minimum} characters)."
)
NO_SESSION = QT_TRANSLATE_NOOP("ClinicDeskError", "A plan needs at least one session.")
CLOSED = QT_TRANSLATE_NOOP(
    "ClinicDeskError", "This plan is completed or stopped: it can no longer be changed."
)


def practice_currency(session: Session) -> str:
    return str(get_settings(session).get("currency") or "EUR")


def check_price(session: Session, price: Money) -> None:
    currency = practice_currency(session)
    if price.currency != currency:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError", "Prices are in the practice's currency, {currency}."
            ),
            field="price",
            currency=currency,
        )
    if price.minor < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "A price cannot be negative."), field="price"
        )
    if price.minor > PRICE_MAX_MINOR:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "This price is too high."), field="price"
        )


def catalogue_price(session: Session, treatments: Sequence[PlannedTreatment]) -> Money | None:
    """The services' prices × their sessions, when every treatment has its service chosen
    (with one left "to choose later" the total would understate what the client pays)."""
    if not treatments or any(t.service_code is None for t in treatments):
        return None
    codes = {t.service_code for t in treatments}
    prices = {
        row.code: row.price
        for row in session.scalars(select(TreatmentService).where(TreatmentService.code.in_(codes)))
    }
    total = Money(practice_currency(session), 0)
    for treatment in treatments:
        price = prices.get(treatment.service_code or "")
        if price is None or price.currency != total.currency:
            return None
        total += Money(price.currency, price.minor * treatment.sessions)
    return total


def default_price(practice: Practice, *, treatments: Sequence[PlannedTreatment]) -> Money | None:
    """What the plan costs at the catalogue's prices, when every service is chosen."""
    with practice.reading() as session:
        return catalogue_price(session, treatments)


def planned_dates(
    start_on: date | None, interval_days: int | None, sessions: int
) -> list[date | None]:
    """Session n on start_on + (n - 1) × interval; only the first is known without one."""
    dates: list[date | None] = []
    for number in range(1, sessions + 1):
        if start_on is None or (number > 1 and not interval_days):
            dates.append(None)
        else:
            dates.append(start_on + timedelta(days=(number - 1) * (interval_days or 0)))
    return dates


# -- reading -----------------------------------------------------------------------------


def require_plan(session: Session, plan_id: int) -> TreatmentPlan:
    row = session.get(TreatmentPlan, plan_id)
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("ClinicDeskError", "This treatment plan no longer exists.")
        )
    return row


def _price(row: TreatmentPlan) -> Money | None:
    if row.price_currency is None or row.price_minor is None:
        return None
    return Money(row.price_currency, row.price_minor)


def plan_records(session: Session, rows: Sequence[TreatmentPlan]) -> list[PlanRecord]:
    items = session.scalars(
        select(PlanTreatment)
        .where(PlanTreatment.plan_id.in_([r.id for r in rows]))
        .order_by(PlanTreatment.id)
    ).all()
    dates: dict[int, dict[int, date | None]] = {}
    for treatment_id, number, planned_on in session.execute(
        select(PlanSession.plan_treatment_id, PlanSession.number, PlanSession.planned_on).where(
            PlanSession.plan_treatment_id.in_([i.id for i in items])
        )
    ):
        dates.setdefault(treatment_id, {})[number] = planned_on
    by_plan: dict[int, list[ScheduledTreatment]] = {}
    for item in items:
        known = dates.get(item.id, {})
        by_plan.setdefault(item.plan_id, []).append(
            ScheduledTreatment(
                item.family,
                item.service_code,
                item.sessions,
                item.interval_days,
                id=item.id,
                dates=tuple(known.get(n) for n in range(1, item.sessions + 1)),
            )
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
            timeline=r.timeline,
            price=_price(r),
            start_on=r.start_on,
            stop_reason=r.stop_reason,
            agreed_at=r.agreed_at,
        )
        for r in rows
    ]


def plans(practice: Practice, *, client_id: int) -> list[PlanRecord]:
    """The client's plans, newest first."""
    with practice.reading() as session:
        rows = session.scalars(
            select(TreatmentPlan)
            .where(TreatmentPlan.client_id == client_id)
            .order_by(TreatmentPlan.created_at.desc(), TreatmentPlan.id.desc())
        ).all()
        return plan_records(session, rows)


def get_plan(practice: Practice, *, plan_id: int) -> PlanRecord:
    with practice.reading() as session:
        return plan_records(session, [require_plan(session, plan_id)])[0]


def plan_history(practice: Practice, *, plan_id: int) -> list[PlanChangeRecord]:
    """The changes to a plan since it was agreed, oldest first."""
    with practice.reading() as session:
        require_plan(session, plan_id)
        rows = session.scalars(
            select(PlanChange)
            .where(PlanChange.plan_id == plan_id)
            .order_by(PlanChange.at, PlanChange.id)
        ).all()
        return [
            PlanChangeRecord(
                r.what, json.loads(r.old_value), json.loads(r.new_value), r.reason, r.at, r.actor
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


# -- writing -----------------------------------------------------------------------------


def add_treatment(
    session: Session, plan_id: int, treatment: PlannedTreatment, start_on: date | None
) -> None:
    row = PlanTreatment(
        plan_id=plan_id,
        family=treatment.family,
        service_code=treatment.service_code,
        sessions=treatment.sessions,
        interval_days=treatment.interval_days,
    )
    session.add(row)
    session.flush()
    session.add_all(
        PlanSession(plan_treatment_id=row.id, number=n, planned_on=day)
        for n, day in enumerate(
            planned_dates(start_on, treatment.interval_days, treatment.sessions), 1
        )
    )


def set_price(row: TreatmentPlan, price: Money | None) -> None:
    row.price_currency = None if price is None else price.currency
    row.price_minor = None if price is None else price.minor


def add_draft_plan(
    session: Session,
    *,
    client_id: int,
    consultation_id: int | None,
    goals: str,
    expectation: str,
    treatments: Sequence[PlannedTreatment],
    timeline: str = "",
    price: Money | None = None,
    start_on: date | None = None,
) -> int:
    """A draft plan, in the caller's transaction (a consultation being finalised, or a new
    plan). With no price given, the services' prices are the default."""
    check_treatments(session, treatments)
    if price is None:
        price = catalogue_price(session, treatments)
    else:
        check_price(session, price)
    plan = TreatmentPlan(
        client_id=client_id,
        consultation_id=consultation_id,
        status="draft",
        goals=goals,
        expectation=expectation,
        timeline=timeline,
        start_on=start_on,
        created_by=session.info["actor"],
    )
    set_price(plan, price)
    session.add(plan)
    session.flush()
    for treatment in treatments:
        add_treatment(session, plan.id, treatment, start_on)
    audit.record(
        session,
        "plan_create",
        entity_type="plan",
        entity_id=plan.id,
        client_id=client_id,
        detail={"treatments": len(treatments)},
    )
    return plan.id


def create_plan(
    practice: Practice,
    *,
    client_id: int,
    goals: str = "",
    expectation: str = "",
    timeline: str = "",
    treatments: Sequence[PlannedTreatment] = (),
    price: Money | None = None,
    start_on: date | None = None,
) -> PlanRecord:
    """A new draft plan written by the practitioner, not from a consultation."""
    cleaned = {
        name: clean_text(name, value)
        for name, value in (("goals", goals), ("expectation", expectation), ("timeline", timeline))
    }
    with practice.writing() as session:
        require_client(session, client_id)
        plan_id = add_draft_plan(
            session,
            client_id=client_id,
            consultation_id=None,
            treatments=treatments,
            price=price,
            start_on=start_on,
            **cleaned,
        )
        session.flush()
        return plan_records(session, [require_plan(session, plan_id)])[0]
