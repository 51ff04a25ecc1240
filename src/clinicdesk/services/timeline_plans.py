"""A client's plans as the timeline reads them: each treatment with its planned days and
the sessions signed off towards it, read first since sessions and consultations are placed
in their plans and the progress is counted from them.

Every read of the timeline is built once, at import, with the client's id (CLIENT) as its
only parameter, and runs through Core: rows, not ORM objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Executable, Integer, bindparam, func, select

from clinicdesk.db.models import PlanSession, PlanTreatment, TreatmentPlan, TreatmentSession
from clinicdesk.services.plans import OPEN_STATUSES

CLIENT = bindparam("client_id", type_=Integer)


def rows(conn: Connection, statement: Executable, client_id: int) -> Sequence[Any]:
    """Every row of one of the timeline's reads, for this client."""
    return conn.execute(statement, {"client_id": client_id}).all()


@dataclass
class TreatmentState:
    """A plan's treatment as the timeline needs it: signed-off sessions `done` of
    `sessions`, and each session's number -> (plan_sessions id, planned day)."""

    id: int
    plan_id: int
    family: str
    service_code: str | None
    sessions: int
    done: int = 0
    days: dict[int, tuple[int, date | None]] = field(default_factory=dict)

    def remaining(self) -> list[tuple[int, int, date]]:
        """(number, plan_sessions id, day) of the dated sessions not done yet."""
        return [
            (number, row_id, day)
            for number, (row_id, day) in sorted(self.days.items())
            if self.done < number <= self.sessions and day is not None
        ]


@dataclass
class PlanState:
    id: int
    status: str
    created_at: datetime
    consultation_id: int | None
    treatments: list[TreatmentState] = field(default_factory=list)

    @property
    def open(self) -> bool:
        return self.status in OPEN_STATUSES


_PLANS = select(
    TreatmentPlan.id, TreatmentPlan.status, TreatmentPlan.created_at, TreatmentPlan.consultation_id,
).where(TreatmentPlan.client_id == CLIENT).order_by(
    TreatmentPlan.created_at.desc(), TreatmentPlan.id.desc()
)  # fmt: skip
_PLAN_TREATMENTS = select(
    PlanTreatment.id, PlanTreatment.plan_id, PlanTreatment.family, PlanTreatment.service_code,
    PlanTreatment.sessions,
).join(TreatmentPlan, TreatmentPlan.id == PlanTreatment.plan_id).where(
    TreatmentPlan.client_id == CLIENT
).order_by(PlanTreatment.id)  # fmt: skip
_PLAN_SESSIONS = select(
    PlanSession.id, PlanSession.plan_treatment_id, PlanSession.number, PlanSession.planned_on
).join(PlanTreatment, PlanTreatment.id == PlanSession.plan_treatment_id).join(
    TreatmentPlan, TreatmentPlan.id == PlanTreatment.plan_id
).where(TreatmentPlan.client_id == CLIENT)  # fmt: skip
# Only signed-off sessions count towards a plan; one of a removed treatment counts nowhere.
_DONE = select(TreatmentSession.plan_treatment_id, func.count()).where(
    TreatmentSession.client_id == CLIENT,
    TreatmentSession.status == "final",
    TreatmentSession.plan_treatment_id.is_not(None),
).group_by(TreatmentSession.plan_treatment_id)  # fmt: skip


def read_plans(conn: Connection, client_id: int) -> list[PlanState]:
    """Every plan of the client, newest first, with its treatments, days and sessions done."""
    plans = {row[0]: PlanState(*row) for row in rows(conn, _PLANS, client_id)}
    treatments: dict[int, TreatmentState] = {}
    for row in rows(conn, _PLAN_TREATMENTS, client_id):
        treatments[row[0]] = treatment = TreatmentState(*row)
        plans[treatment.plan_id].treatments.append(treatment)
    for row_id, treatment_id, number, planned_on in rows(conn, _PLAN_SESSIONS, client_id):
        treatments[treatment_id].days[number] = (row_id, planned_on)
    for treatment_id, count in rows(conn, _DONE, client_id):
        if treatment_id in treatments:
            treatments[treatment_id].done = count
    return list(plans.values())
