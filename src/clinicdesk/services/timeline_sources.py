"""The items of a client's timeline, and where each kind of item comes from.

Each kind comes from one *source*: a function `(connection, context) -> Iterable[TimelineItem]`
listed in SOURCES, with the one statement it runs built beside it, once, with the client's
id as its only parameter: one query per kind however many items there are, rows read
through Core (no ORM objects, no query per session). A new kind (signed consent forms come
with a later issue) is one more small source here, added to SOURCES, its code
added to KINDS (whose order also breaks ties between items at the same moment) and its
words in the UI; nothing else changes.

Items carry codes and values, never words. An item that has only a day (a planned session)
is placed at local midday of that day: shown in local time it stays on its own day even
across a daylight-saving change, and among that day's items it sits in the middle rather
than claiming to be the first thing that happened.

Consents are those given in a final consultation (keeping health data, and the photo uses
agreed); a later correction of the photo consent is a consent item of its own ("changed")
rather than an amendment, so the consent filter shows the whole story of what the client
agreed to. Photos are grouped: one item for a day's photos of one session (or of no
session), so an import of twelve photos is one line, not twelve.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import Connection, func, select

from clinicdesk.db.models import (
    AdverseEvent,
    Consultation,
    ConsultationAmendment,
    PatchTest,
    Photo,
    PlanChange,
    Product,
    ProductBatch,
    SessionAmendment,
    SessionProduct,
    TreatmentPlan,
    TreatmentSession,
)
from clinicdesk.rules.body_chart import ChartArea, ChartPlace
from clinicdesk.services.sessions import local_day, quantity_text
from clinicdesk.services.timeline_plans import CLIENT, PlanState, rows

# Every kind of item, in the order that breaks a tie between items at the same moment.
KINDS = (
    "planned",
    "consultation",
    "consent",
    "plan",
    "patch_test",
    "session",
    "photo",
    "adverse_event",
    "amendment",
)
_RANK = {kind: rank for rank, kind in enumerate(KINDS)}
# A plan's status change, as the timeline names the step.
PLAN_STEPS = {"agreed": "agreed", "in_progress": "started", "completed": "completed",
              "stopped": "stopped"}  # fmt: skip
SUMMARY_MAX = 160


@dataclass(frozen=True)
class TimelineItem:
    """One thing on the timeline.

    `id` is the item's own row (a consultation, session, adverse event, amendment, plan
    change, planned session, patch test; a group of photos: its first photo); `opens` and `opens_id` are what opening it
    shows: an adverse event or a session's amendment opens the session, a consent or a
    consultation's amendment the consultation, a plan's step or planned session the plan.
    `status` is a code per kind: draft/final (consultation, session), given/changed
    (consent), created/agreed/started/completed/stopped/changed (plan), planned/overdue
    (planned session), the result or "not_read" (patch test), the severity (adverse
    event), "amended" (amendment), "taken" (photos). `facts` are plain values for a one-line summary.
    """

    kind: str
    at: datetime
    id: int
    status: str
    opens: str
    opens_id: int
    family: str | None = None
    plan_id: int | None = None
    day_only: bool = False
    facts: Mapping[str, Any] = field(default_factory=dict, hash=False)

    @property
    def sort_key(self) -> tuple[int, str, int, int, str]:
        return (_RANK[self.kind], self.opens, self.opens_id, self.id, self.status)

    def concerns(self, family: str) -> bool:
        """Whether the item is about this treatment family (a plan: any of its treatments)."""
        return self.family == family or family in self.facts.get("families", ())


@dataclass
class Context:
    """What every source is given: the client, today, and their plans (read first)."""

    client_id: int
    today: date
    plans: Sequence[PlanState]
    plan_of_treatment: Mapping[int, int]
    plan_of_consultation: Mapping[int, int]

    def plan_of(self, treatment_id: int | None) -> int | None:
        return None if treatment_id is None else self.plan_of_treatment.get(treatment_id)


Source = Callable[[Connection, Context], Iterable[TimelineItem]]


def local_midday(day: date) -> datetime:
    """Midday on this computer's clock on `day`, in UTC (see the module docstring)."""
    return datetime.combine(day, time(12)).astimezone().astimezone(UTC)


def _first_line(text: str | None) -> str:
    line = (text or "").strip().split("\n", 1)[0].strip()
    return line if len(line) <= SUMMARY_MAX else line[: SUMMARY_MAX - 1] + "…"


def _json(text: str | None) -> Any:
    return None if text is None else json.loads(text)


# -- sources: one per kind ----------------------------------------------------------------


def _planned(conn: Connection, ctx: Context) -> Iterable[TimelineItem]:
    """The dated sessions of open plans not done yet: where the client is expected next."""
    for plan in ctx.plans:
        if not plan.open:
            continue
        for t in plan.treatments:
            for number, row_id, day in t.remaining():
                yield TimelineItem(
                    kind="planned",
                    at=local_midday(day),
                    id=row_id,
                    status="overdue" if day < ctx.today else "planned",
                    opens="plan",
                    opens_id=plan.id,
                    family=t.family,
                    plan_id=plan.id,
                    day_only=True,
                    facts={"number": number, "sessions": t.sessions, "plan_status": plan.status},
                )


_CONSULTATIONS = select(
    Consultation.id, Consultation.status, Consultation.created_at, Consultation.finalised_at,
    func.json_extract(Consultation.answers, "$.reason"),
    func.json_extract(Consultation.answers, "$.considered"),
).where(Consultation.client_id == CLIENT)  # fmt: skip


def _consultations(conn: Connection, ctx: Context) -> Iterable[TimelineItem]:
    for row_id, status, created_at, finalised_at, reason, considered in rows(
        conn, _CONSULTATIONS, ctx.client_id
    ):
        yield TimelineItem(
            kind="consultation",
            at=finalised_at or created_at,
            id=row_id,
            status=status,
            opens="consultation",
            opens_id=row_id,
            plan_id=ctx.plan_of_consultation.get(row_id),
            facts={"reason": _first_line(reason), "families": tuple(_json(considered) or ())},
        )


_CONSENTS = select(
    Consultation.id, Consultation.finalised_at,
    func.json_extract(Consultation.answers, "$.data_consent"),
    func.json_extract(Consultation.answers, "$.photo_consent"),
).where(Consultation.client_id == CLIENT, Consultation.status == "final")  # fmt: skip
_CONSENT_CHANGES = select(
    ConsultationAmendment.id, ConsultationAmendment.consultation_id, ConsultationAmendment.at,
    ConsultationAmendment.new_value, ConsultationAmendment.reason,
).join(Consultation, Consultation.id == ConsultationAmendment.consultation_id).where(
    Consultation.client_id == CLIENT, ConsultationAmendment.field == "photo_consent"
)  # fmt: skip


def _consents(conn: Connection, ctx: Context) -> Iterable[TimelineItem]:
    for row_id, at, data, photo in rows(conn, _CONSENTS, ctx.client_id):
        yield TimelineItem(
            kind="consent",
            at=at,
            id=row_id,
            status="given",
            opens="consultation",
            opens_id=row_id,
            plan_id=ctx.plan_of_consultation.get(row_id),
            facts={"data": bool(data), "photo": tuple(_json(photo) or ())},
        )
    for row_id, consultation_id, at, new_value, reason in rows(
        conn, _CONSENT_CHANGES, ctx.client_id
    ):
        yield TimelineItem(
            kind="consent",
            at=at,
            id=row_id,
            status="changed",
            opens="consultation",
            opens_id=consultation_id,
            plan_id=ctx.plan_of_consultation.get(consultation_id),
            facts={"photo": tuple(json.loads(new_value) or ()), "reason": _first_line(reason)},
        )


_PLAN_CHANGES = select(
    PlanChange.id, PlanChange.plan_id, PlanChange.what, PlanChange.new_value, PlanChange.reason,
    PlanChange.at,
).join(TreatmentPlan, TreatmentPlan.id == PlanChange.plan_id).where(
    TreatmentPlan.client_id == CLIENT
)  # fmt: skip


def _plans(conn: Connection, ctx: Context) -> Iterable[TimelineItem]:
    """Each plan drafted, then each step of its life and each change once agreed."""
    families = {p.id: tuple(dict.fromkeys(t.family for t in p.treatments)) for p in ctx.plans}
    for plan in ctx.plans:
        yield TimelineItem(
            kind="plan",
            at=plan.created_at,
            id=plan.id,
            status="created",
            opens="plan",
            opens_id=plan.id,
            plan_id=plan.id,
            facts={"families": families[plan.id], "plan_status": plan.status},
        )
    for row_id, plan_id, what, new_value, reason, at in rows(conn, _PLAN_CHANGES, ctx.client_id):
        value = json.loads(new_value)
        facts: dict[str, Any] = {"families": families[plan_id], "reason": _first_line(reason)}
        status = PLAN_STEPS.get(value, "changed") if what == "status" else "changed"
        if what != "status":
            facts["what"] = what
        if what == "session":
            day = value["planned_on"]
            facts.update(
                family=value["family"],
                number=value["number"],
                planned_on=date.fromisoformat(day) if day else None,
            )
        yield TimelineItem(
            kind="plan",
            at=at,
            id=row_id,
            status=status,
            opens="plan",
            opens_id=plan_id,
            plan_id=plan_id,
            facts=facts,
        )


_PATCH_TESTS = select(
    PatchTest.id, PatchTest.family, PatchTest.product, PatchTest.applied_at, PatchTest.read_at,
    PatchTest.result,
).where(PatchTest.client_id == CLIENT)  # fmt: skip


def _patch_tests(conn: Connection, ctx: Context) -> Iterable[TimelineItem]:
    for row_id, family, product, applied_at, read_at, result in rows(
        conn, _PATCH_TESTS, ctx.client_id
    ):
        yield TimelineItem(
            kind="patch_test",
            at=applied_at,
            id=row_id,
            status=result or "not_read",
            opens="patch_test",
            opens_id=row_id,
            family=family,
            facts={"product": product, "read_at": read_at},
        )


_SESSION_PRODUCTS = select(
    SessionProduct.session_id, Product.name, ProductBatch.lot, SessionProduct.quantity,
    SessionProduct.unit, SessionProduct.batch_id, SessionProduct.chart,
).join(TreatmentSession, TreatmentSession.id == SessionProduct.session_id).join(
    ProductBatch, ProductBatch.id == SessionProduct.batch_id
).join(Product, Product.id == ProductBatch.product_id).where(
    TreatmentSession.client_id == CLIENT
).order_by(SessionProduct.session_id, SessionProduct.position, SessionProduct.id)  # fmt: skip
_SESSIONS = select(
    TreatmentSession.id, TreatmentSession.performed_at, TreatmentSession.status,
    TreatmentSession.family, TreatmentSession.service_code, TreatmentSession.plan_treatment_id,
    TreatmentSession.practitioner, func.json_extract(TreatmentSession.notes, "$.areas"),
    func.json_extract(TreatmentSession.notes, "$.chart"),
).where(TreatmentSession.client_id == CLIENT)  # fmt: skip


def _sessions(conn: Connection, ctx: Context) -> Iterable[TimelineItem]:
    """Each session, drafts too, with its products and lots as recorded, and its chart:
    each mark's place with the batch placed there (None for an area with no product)."""
    products: dict[int, list[tuple[str, str, str, str]]] = {}
    charts: dict[int, list[tuple[ChartPlace, int | None]]] = {}
    for session_id, name, lot, quantity, unit, batch_id, chart in rows(
        conn, _SESSION_PRODUCTS, ctx.client_id
    ):
        products.setdefault(session_id, []).append((name, lot, quantity_text(quantity), unit))
        if chart is not None:
            charts.setdefault(session_id, []).append(
                (ChartPlace.from_value(_json(chart)), batch_id)
            )
    for row_id, at, status, family, service, treatment_id, practitioner, areas, chart in rows(
        conn, _SESSIONS, ctx.client_id
    ):
        marks = charts.get(row_id, [])
        marks += [(ChartArea.from_value(area).place, None) for area in _json(chart) or ()]
        yield TimelineItem(
            kind="session",
            at=at,
            id=row_id,
            status=status,
            opens="session",
            opens_id=row_id,
            family=family,
            plan_id=ctx.plan_of(treatment_id),
            facts={
                "service_code": service,
                "practitioner": practitioner,
                "areas": tuple(_json(areas) or ()),
                "products": tuple(products.get(row_id, ())),
                "chart": tuple(marks),
            },
        )


_ADVERSE_EVENTS = select(
    AdverseEvent.id, AdverseEvent.session_id, AdverseEvent.recorded_at, AdverseEvent.severity,
    AdverseEvent.description, TreatmentSession.family, TreatmentSession.plan_treatment_id,
).join(TreatmentSession, TreatmentSession.id == AdverseEvent.session_id).where(
    TreatmentSession.client_id == CLIENT
)  # fmt: skip


def _adverse_events(conn: Connection, ctx: Context) -> Iterable[TimelineItem]:
    for row_id, session_id, at, severity, description, family, treatment_id in rows(
        conn, _ADVERSE_EVENTS, ctx.client_id
    ):
        yield TimelineItem(
            kind="adverse_event",
            at=at,
            id=row_id,
            status=severity,
            opens="session",
            opens_id=session_id,
            family=family,
            plan_id=ctx.plan_of(treatment_id),
            facts={"severity": severity, "description": _first_line(description)},
        )


_SESSION_AMENDMENTS = select(
    SessionAmendment.id, SessionAmendment.session_id, SessionAmendment.at, SessionAmendment.field,
    SessionAmendment.reason, TreatmentSession.family, TreatmentSession.plan_treatment_id,
).join(TreatmentSession, TreatmentSession.id == SessionAmendment.session_id).where(
    TreatmentSession.client_id == CLIENT
)  # fmt: skip
# A correction of the photo consent is a consent item (see the module docstring).
_CONSULTATION_AMENDMENTS = select(
    ConsultationAmendment.id, ConsultationAmendment.consultation_id, ConsultationAmendment.at,
    ConsultationAmendment.field, ConsultationAmendment.reason,
).join(Consultation, Consultation.id == ConsultationAmendment.consultation_id).where(
    Consultation.client_id == CLIENT, ConsultationAmendment.field != "photo_consent"
)  # fmt: skip


def _amendments(conn: Connection, ctx: Context) -> Iterable[TimelineItem]:
    for row_id, session_id, at, what, reason, family, treatment_id in rows(
        conn, _SESSION_AMENDMENTS, ctx.client_id
    ):
        yield TimelineItem(
            kind="amendment",
            at=at,
            id=row_id,
            status="amended",
            opens="session",
            opens_id=session_id,
            family=family,
            plan_id=ctx.plan_of(treatment_id),
            facts={"field": what, "reason": _first_line(reason)},
        )
    for row_id, consultation_id, at, what, reason in rows(
        conn, _CONSULTATION_AMENDMENTS, ctx.client_id
    ):
        yield TimelineItem(
            kind="amendment",
            at=at,
            id=row_id,
            status="amended",
            opens="consultation",
            opens_id=consultation_id,
            plan_id=ctx.plan_of_consultation.get(consultation_id),
            facts={"field": what, "reason": _first_line(reason)},
        )


_PHOTOS = select(
    Photo.id, Photo.session_id, Photo.area, Photo.view, Photo.taken_at, Photo.imported_at,
    TreatmentSession.family, TreatmentSession.plan_treatment_id,
).outerjoin(TreatmentSession, TreatmentSession.id == Photo.session_id).where(
    Photo.client_id == CLIENT
)  # fmt: skip


def _photos(conn: Connection, ctx: Context) -> Iterable[TimelineItem]:
    """One item per session and local day of the photos (see the module docstring), at
    the first one's time, opening the first one; the facts count them and name their
    areas and views."""
    groups: dict[tuple[int | None, date], list[tuple[datetime, int, str, str]]] = {}
    owners: dict[int | None, tuple[str | None, int | None]] = {None: (None, None)}
    for row_id, session_id, area, view, taken_at, imported_at, family, treatment_id in rows(
        conn, _PHOTOS, ctx.client_id
    ):
        when = taken_at or imported_at
        groups.setdefault((session_id, local_day(when)), []).append((when, row_id, area, view))
        owners[session_id] = (family, treatment_id)
    for (session_id, _), taken in groups.items():
        taken.sort()
        family, treatment_id = owners[session_id]
        yield TimelineItem(
            kind="photo",
            at=taken[0][0],
            id=taken[0][1],
            status="taken",
            opens="photo",
            opens_id=taken[0][1],
            family=family,
            plan_id=ctx.plan_of(treatment_id),
            facts={
                "count": len(taken),
                "session_id": session_id,
                "views": tuple((area, view) for _, _, area, view in taken),
            },
        )


SOURCES: tuple[Source, ...] = (
    _planned,
    _consultations,
    _consents,
    _plans,
    _patch_tests,
    _sessions,
    _photos,
    _adverse_events,
    _amendments,
)
