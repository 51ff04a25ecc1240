"""Treatment sessions: started after a screening, read back in order, and looked up by batch.

A session is started for a client and a treatment family at a time (not in the future,
not before the client was born); starting it screens the client again, in the session's
own context and on the session's day (a patch test valid then; the history as known
now), and hands the screening to the screen. Before treating, and again at
sign-off, `check_can_treat` refuses an absolute contraindication, or a relative one
without a reason recorded for this session.

The note is pre-filled from the client's latest final session of the same family: areas,
device, parameters, aftercare and products, each product offered with the batch last used
in the practice if it is still in date on the day, else the usable batch expiring first.
Writing the note, signing it off, amendments and adverse events are session_changes.py;
a recall's look-up of every client who received a batch is batch_recalls.py.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clinicdesk.db.models import (
    AdverseEvent,
    PlanTreatment,
    Product,
    ProductBatch,
    SessionAmendment,
    SessionProduct,
    TreatmentPlan,
    TreatmentSession,
)
from clinicdesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from clinicdesk.rules.body_chart import ChartPlace
from clinicdesk.services import audit, screening
from clinicdesk.services.catalogue import require_family, require_service
from clinicdesk.services.clients import require_client
from clinicdesk.services.plans import CLOSED, OPEN_STATUSES
from clinicdesk.services.practice import Practice
from clinicdesk.services.products import BatchRow

# A clock a few minutes fast, or a session typed just before it starts, is not the future.
FUTURE_TOLERANCE = timedelta(minutes=15)
# What the next session of a family starts from (besides its products).
PREFILLED_NOTES = ("areas", "chart", "device", "aftercare")


def context_of(session_id: int) -> str:
    """What screening overrides given for this session are recorded under."""
    return f"session:{session_id}"


def local_day(moment: datetime) -> date:
    """The day on this computer's clock: what a batch's expiry and a birthday are read on."""
    return moment.astimezone().date()


@dataclass(frozen=True)
class SessionProductInput:
    """A product line as typed: the batch, the quantity and unit, the area or point, and
    where it was placed on the chart (if it was)."""

    batch_id: int
    quantity: Decimal
    unit: str
    area: str = ""
    chart: ChartPlace | None = None


@dataclass(frozen=True)
class SessionProductRow:
    id: int
    position: int
    batch_id: int
    product_id: int
    product_name: str
    lot: str
    expires_on: date
    quantity: Decimal
    unit: str
    area: str
    chart: ChartPlace | None

    def as_input(self) -> SessionProductInput:
        return SessionProductInput(self.batch_id, self.quantity, self.unit, self.area, self.chart)


@dataclass(frozen=True)
class AdverseEventRecord:
    id: int
    session_id: int
    recorded_at: datetime
    severity: str
    description: str
    action_taken: str
    follow_up: str
    actor: str


@dataclass(frozen=True)
class Amendment:
    field: str
    old_value: Any
    new_value: Any
    reason: str
    at: datetime
    actor: str


def line_value(
    item: SessionProductInput, *, product_id: int, product: str, lot: str
) -> dict[str, Any]:
    """A product line as an amendment keeps it (the batch named, the quantity exact)."""
    value = {
        "batch_id": item.batch_id,
        "product_id": product_id,
        "product": product,
        "lot": lot,
        "quantity": quantity_text(Decimal(item.quantity)),
        "unit": item.unit,
        "area": item.area,
    }
    if item.chart is not None:
        value["chart"] = item.chart.as_value()
    return value


def line_input(value: Mapping[str, Any]) -> SessionProductInput:
    """A product line as an amendment keeps it (line_value), back as a line."""
    return SessionProductInput(
        int(value["batch_id"]),
        Decimal(value["quantity"]),
        str(value["unit"]),
        str(value.get("area") or ""),
        chart_place(value.get("chart")),
    )


def product_value(row: SessionProductRow) -> dict[str, Any]:
    return line_value(
        row.as_input(), product_id=row.product_id, product=row.product_name, lot=row.lot
    )


def chart_place(value: str | Mapping[str, Any] | None) -> ChartPlace | None:
    """A place as stored (JSON text) or kept in an amendment (a mapping)."""
    if value is None:
        return None
    return ChartPlace.from_value(json.loads(value) if isinstance(value, str) else value)


@dataclass(frozen=True)
class SessionRecord:
    id: int
    client_id: int
    plan_treatment_id: int | None
    family: str
    service_code: str | None
    performed_at: datetime
    practitioner: str
    status: str
    signed_off_at: datetime | None
    notes: Mapping[str, Any]
    products: tuple[SessionProductRow, ...]
    adverse_events: tuple[AdverseEventRecord, ...]
    amendments: tuple[Amendment, ...]
    created_at: datetime
    updated_at: datetime

    @property
    def final(self) -> bool:
        return self.status == "final"

    @property
    def context(self) -> str:
        return context_of(self.id)

    @property
    def day(self) -> date:
        return local_day(self.performed_at)

    def current(self, field: str) -> Any:
        """A field as it stands after any amendments: a note field ("observations"), a
        parameter ("parameters.fluence_j_cm2") or "products" (as product_value dicts)."""
        if field == "products":
            value: Any = [product_value(p) for p in self.products]
        elif field.startswith("parameters."):
            value = dict(self.notes.get("parameters") or {}).get(field.split(".", 1)[1])
        else:
            value = self.notes.get(field)
        for amendment in self.amendments:
            if amendment.field == field:
                value = amendment.new_value
        return value

    def current_parameters(self) -> dict[str, Any]:
        names = list(self.notes.get("parameters") or {})
        names += [
            a.field.split(".", 1)[1] for a in self.amendments if a.field.startswith("parameters.")
        ]
        values = {name: self.current(f"parameters.{name}") for name in dict.fromkeys(names)}
        return {name: value for name, value in values.items() if value is not None}


# -- reading -----------------------------------------------------------------------------


def require_session(session: Session, session_id: int) -> TreatmentSession:
    row = session.get(TreatmentSession, session_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("ClinicDeskError", "This session no longer exists."))
    return row


# In the order of SessionProductRow's fields (then the session), and AdverseEventRecord's.
_PRODUCT_COLUMNS: tuple[Any, ...] = (
    SessionProduct.id, SessionProduct.position, SessionProduct.batch_id, ProductBatch.product_id,
    Product.name, ProductBatch.lot, ProductBatch.expires_on, SessionProduct.quantity,
    SessionProduct.unit, SessionProduct.area, SessionProduct.chart, SessionProduct.session_id,
)  # fmt: skip
_EVENT_COLUMNS: tuple[Any, ...] = (
    AdverseEvent.id, AdverseEvent.session_id, AdverseEvent.recorded_at, AdverseEvent.severity,
    AdverseEvent.description, AdverseEvent.action_taken, AdverseEvent.follow_up,
    AdverseEvent.actor,
)  # fmt: skip


def session_records(session: Session, rows: Sequence[TreatmentSession]) -> list[SessionRecord]:
    """Records of these rows, with their products, adverse events and amendments."""
    ids = [r.id for r in rows]
    products: dict[int, list[SessionProductRow]] = {}
    for line in session.execute(
        select(*_PRODUCT_COLUMNS)
        .join(ProductBatch, ProductBatch.id == SessionProduct.batch_id)
        .join(Product, Product.id == ProductBatch.product_id)
        .where(SessionProduct.session_id.in_(ids))
        .order_by(SessionProduct.position, SessionProduct.id)
    ):
        values = list(line)
        session_id = values.pop()
        values[-1] = chart_place(values[-1])
        products.setdefault(session_id, []).append(SessionProductRow(*values))
    events: dict[int, list[AdverseEventRecord]] = {}
    for event in session.execute(
        select(*_EVENT_COLUMNS)
        .where(AdverseEvent.session_id.in_(ids))
        .order_by(AdverseEvent.recorded_at, AdverseEvent.id)
    ):
        events.setdefault(event[1], []).append(AdverseEventRecord(*event))
    amendments: dict[int, list[Amendment]] = {}
    for a in session.scalars(
        select(SessionAmendment)
        .where(SessionAmendment.session_id.in_(ids))
        .order_by(SessionAmendment.at, SessionAmendment.id)
    ):
        amendments.setdefault(a.session_id, []).append(
            Amendment(
                a.field, json.loads(a.old_value), json.loads(a.new_value), a.reason, a.at, a.actor
            )
        )
    return [
        SessionRecord(
            id=r.id,
            client_id=r.client_id,
            plan_treatment_id=r.plan_treatment_id,
            family=r.family,
            service_code=r.service_code,
            performed_at=r.performed_at,
            practitioner=r.practitioner,
            status=r.status,
            signed_off_at=r.signed_off_at,
            notes=json.loads(r.notes),
            products=tuple(products.get(r.id, ())),
            adverse_events=tuple(events.get(r.id, ())),
            amendments=tuple(amendments.get(r.id, ())),
            created_at=r.created_at,
            updated_at=r.updated_at,
        )
        for r in rows
    ]


def get_session(practice: Practice, *, session_id: int) -> SessionRecord:
    with practice.reading() as session:
        return session_records(session, [require_session(session, session_id)])[0]


def sessions(practice: Practice, *, client_id: int) -> list[SessionRecord]:
    """Every session of a client, oldest first (drafts too), for the timeline."""
    with practice.reading() as session:
        rows = session.scalars(
            select(TreatmentSession)
            .where(TreatmentSession.client_id == client_id)
            .order_by(TreatmentSession.performed_at, TreatmentSession.id)
        ).all()
        return session_records(session, rows)


def previous_session(practice: Practice, *, client_id: int, family: str) -> SessionRecord | None:
    """The client's latest final session of this family, to start the next one from."""
    with practice.reading() as session:
        row = session.scalars(
            select(TreatmentSession)
            .where(
                TreatmentSession.client_id == client_id,
                TreatmentSession.family == family,
                TreatmentSession.status == "final",
            )
            .order_by(TreatmentSession.performed_at.desc(), TreatmentSession.id.desc())
            .limit(1)
        ).first()
        return None if row is None else session_records(session, [row])[0]


def sessions_done(practice: Practice, *, plan_id: int) -> dict[int, int]:
    """Signed-off sessions per treatment of the plan (plan_treatments id -> count), for
    "3 of 6"; every treatment of the plan is listed, with 0 when none is done yet."""
    with practice.reading() as session:
        treatment_ids = session.scalars(
            select(PlanTreatment.id).where(PlanTreatment.plan_id == plan_id)
        ).all()
        done: dict[int | None, int] = {
            treatment_id: count
            for treatment_id, count in session.execute(
                select(TreatmentSession.plan_treatment_id, func.count())
                .where(
                    TreatmentSession.plan_treatment_id.in_(treatment_ids),
                    TreatmentSession.status == "final",
                )
                .group_by(TreatmentSession.plan_treatment_id)
            )
        }
    return {treatment_id: done.get(treatment_id, 0) for treatment_id in treatment_ids}


# -- starting and screening --------------------------------------------------------------


def check_performed_at(performed_at: datetime, date_of_birth: date | None) -> None:
    """Refuse a session time in the future or before the client was born."""
    if performed_at.tzinfo is None:
        raise ValueError("naive datetime: a session time must be timezone-aware")
    if performed_at > datetime.now(UTC) + FUTURE_TOLERANCE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "A session cannot be recorded in the future. Check the date and time.",
            ),
            field="performed_at",
        )
    if date_of_birth is not None and local_day(performed_at) < date_of_birth:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "This date is before the client was born ({born}). Check the date.",
            ),
            field="performed_at",
            born=date_of_birth.isoformat(),
        )


def _check_plan_treatment(
    session: Session, plan_treatment_id: int, client_id: int, family: str
) -> PlanTreatment:
    found = session.execute(
        select(PlanTreatment, TreatmentPlan.client_id, TreatmentPlan.status)
        .join(TreatmentPlan, TreatmentPlan.id == PlanTreatment.plan_id)
        .where(PlanTreatment.id == plan_treatment_id)
    ).first()
    if found is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("ClinicDeskError", "This treatment plan no longer exists.")
        )
    treatment, plan_client, status = found
    if plan_client != client_id or treatment.family != family:
        raise ValueError("the plan treatment is for another client or treatment")
    if status not in OPEN_STATUSES:
        raise ValidationError(CLOSED, field="plan")
    return treatment


def start_session(
    practice: Practice,
    *,
    client_id: int,
    family: str,
    performed_at: datetime,
    plan_treatment_id: int | None = None,
    service_code: str | None = None,
) -> tuple[SessionRecord, screening.Screening]:
    """A draft session, and the client screened again for it (in the session's context)."""
    with practice.writing() as session:
        client = require_client(session, client_id)
        check_performed_at(performed_at, client.date_of_birth)
        family_row = require_family(session, family)
        if plan_treatment_id is not None:
            treatment = _check_plan_treatment(session, plan_treatment_id, client_id, family)
            service_code = service_code or treatment.service_code
        if service_code is not None and require_service(session, service_code).family_id != (
            family_row.id
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ClinicDeskError", "This service is not one of the treatment's services."
                ),
                field="service_code",
            )
        row = TreatmentSession(
            client_id=client_id,
            plan_treatment_id=plan_treatment_id,
            family=family,
            service_code=service_code,
            performed_at=performed_at,
            practitioner=practice.actor,
            status="draft",
            notes="{}",
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            "session_start",
            entity_type="session",
            entity_id=row.id,
            client_id=client_id,
            detail={"family": family, "plan_treatment": plan_treatment_id},
        )
        session.flush()
        record = session_records(session, [row])[0]
    found = screening.screen_client(
        practice,
        client_id=client_id,
        family=family,
        treated_at=performed_at,
        context=record.context,
    )
    return record, found


def check_can_treat(practice: Practice, *, session_id: int) -> screening.Screening:
    """The screening for this session, or ValidationError (field "screening") when it
    blocks: an absolute contraindication, or a relative one with no reason recorded for
    this session."""
    with practice.reading() as session:
        row = require_session(session, session_id)
        client_id, family, performed_at = row.client_id, row.family, row.performed_at
    found = screening.screen_client(
        practice,
        client_id=client_id,
        family=family,
        treated_at=performed_at,
        context=context_of(session_id),
    )
    if found.absolute:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "The client's history rules this treatment out: it cannot go ahead.",
            ),
            field="screening",
        )
    if found.needs_override():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "The screening found a reason not to treat. Record why the treatment can "
                "go ahead today, or do not treat.",
            ),
            field="screening",
        )
    return found


# -- pre-filling from the previous session ----------------------------------------------


@dataclass(frozen=True)
class Prefill:
    """What a new session of a family starts from. `prefilled` names what came from the
    previous session ("areas", "parameters.depth_mm", "products"…) so the screen can
    highlight it until changed; `unavailable` names products with no batch in date."""

    source_session_id: int | None
    notes: Mapping[str, Any]
    products: tuple[SessionProductInput, ...]
    prefilled: tuple[str, ...]
    unavailable: tuple[str, ...] = ()


def _batch_row(row: ProductBatch) -> BatchRow:
    return BatchRow(row.id, row.product_id, row.lot, row.expires_on, row.received_on)


def _offered(session: Session, product_id: int, on: date) -> list[BatchRow]:
    usable = [
        _batch_row(b)
        for b in session.scalars(
            select(ProductBatch)
            .where(ProductBatch.product_id == product_id, ProductBatch.expires_on >= on)
            .order_by(ProductBatch.expires_on, ProductBatch.id)
        )
    ]
    last = session.scalar(
        select(SessionProduct.batch_id)
        .join(ProductBatch, ProductBatch.id == SessionProduct.batch_id)
        .join(TreatmentSession, TreatmentSession.id == SessionProduct.session_id)
        .where(ProductBatch.product_id == product_id)
        .order_by(TreatmentSession.performed_at.desc(), SessionProduct.id.desc())
        .limit(1)
    )
    return sorted(usable, key=lambda b: b.id != last)  # stable: the rest by expiry


def offered_batches(practice: Practice, *, product_id: int, on: date) -> list[BatchRow]:
    """The batches of a product usable on `on`: the one last used in the practice first
    (if still in date), then the others, the one expiring first first."""
    with practice.reading() as session:
        return _offered(session, product_id, on)


def prefill(practice: Practice, *, client_id: int, family: str, on: date | None = None) -> Prefill:
    """A new session's note started from the client's previous session of the family."""
    previous = previous_session(practice, client_id=client_id, family=family)
    return prefill_from(practice, previous, on=on)


def prefill_from(
    practice: Practice, previous: SessionRecord | None, *, on: date | None = None
) -> Prefill:
    """The same from a previous session already read (the screen compares with it too)."""
    if previous is None:
        return Prefill(None, {}, (), ())
    on = on or local_day(datetime.now(UTC))
    notes: dict[str, Any] = {}
    for field in PREFILLED_NOTES:
        value = previous.current(field)
        if value not in (None, "", []):
            notes[field] = value
    prefilled = list(notes)
    parameters = previous.current_parameters()
    if parameters:
        notes["parameters"] = parameters
        prefilled += [f"parameters.{name}" for name in parameters]
    lines: list[SessionProductInput] = []
    unavailable: list[str] = []
    with practice.reading() as session:
        for item in previous.current("products"):
            offered = _offered(session, int(item["product_id"]), on)
            if not offered:
                unavailable.append(str(item["product"]))
                continue
            lines.append(replace(line_input(item), batch_id=offered[0].id))
    if lines:
        prefilled.append("products")
    return Prefill(previous.id, notes, tuple(lines), tuple(prefilled), tuple(unavailable))


# -- batch recall look-up ---------------------------------------------------------------


def quantity_text(quantity: Decimal) -> str:
    """20.000 as "20", 0.500 as "0.5": the quantity without the zeros storage adds."""
    return format(quantity.normalize(), "f")
