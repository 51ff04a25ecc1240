"""Writing a session note: drafts, sign-off, amendments and adverse events.

A draft is saved as often as needed. Each save checks everything and refuses rather than
cuts or guesses: a batch expired on the session's day, a quantity of zero or beyond any
session, a device parameter outside its range (rules/device_parameters.py), a text too
long. A quantity above the product's usual largest is allowed but returned as a warning,
and signing off needs it confirmed. Signing off screens the client again (see
sessions.check_can_treat) and makes the session final: from then on the database refuses
any change to it or its products, and a correction is an amendment kept beside the
original. An adverse event may be added to a final session, since they often come later.
Every write is in the audit, with ids and codes, never the note's text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from clinicdesk.db.base import json_text
from clinicdesk.db.models import (
    AdverseEvent,
    Product,
    SessionAmendment,
    SessionProduct,
    TreatmentSession,
)
from clinicdesk.db.models.sessions import AREA_MAX
from clinicdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from clinicdesk.rules import device_parameters as rules
from clinicdesk.rules.body_chart import LABEL_MAX, ChartArea
from clinicdesk.rules.body_chart import MAX_AREAS as MAX_CHART_AREAS
from clinicdesk.services import audit, screening
from clinicdesk.services import products as product_service
from clinicdesk.services.clients import require_client
from clinicdesk.services.practice import Practice, get_settings
from clinicdesk.services.reasons import WHY_CORRECTED, clean_reason
from clinicdesk.services.sessions import (
    FUTURE_TOLERANCE,
    AdverseEventRecord,
    SessionProductInput,
    SessionRecord,
    check_can_treat,
    check_performed_at,
    get_session,
    line_value,
    local_day,
    quantity_text,
    require_session,
    session_records,
)

SEVERITIES = ("mild", "moderate", "severe")
TEXT_MAX = 5_000
SHORT_MAX = 200
MAX_AREAS = 30
MAX_PRODUCTS = 100
COMFORT_MAX = 10
LONG_TEXTS = ("skin_reaction", "observations", "feedback", "aftercare")
SHORT_TEXTS = ("device", "next_visit")
NOTE_FIELDS = (
    *LONG_TEXTS, *SHORT_TEXTS, "areas", "chart", "comfort", "aftercare_given", "next_visit_on",
    "parameters",
)  # fmt: skip
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d*)?")


@dataclass(frozen=True)
class QuantityWarning:
    """A product line (1-based `line`) above the product's usual largest quantity."""

    line: int
    product_id: int
    product_name: str
    quantity: Decimal
    unit: str
    usual_max: Decimal


@dataclass(frozen=True)
class Saved:
    record: SessionRecord
    warnings: tuple[QuantityWarning, ...]


# -- checking what was typed ------------------------------------------------------------


def _too_long(field: str, length: int, limit: int) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "ClinicDeskError",
            "This text is {length} characters long; at most {limit} fit. "
            "Shorten it or put the rest in the client's notes.",
        ),
        field=field,
        length=length,
        limit=limit,
    )


def _text(field: str, value: object, limit: int) -> str:
    text = str(value or "").strip()
    if len(text) > limit:
        raise _too_long(field, len(text), limit)
    return text


def _comfort(value: object) -> int | str | None:
    """0 (none) to 10 (worst imaginable), or the client's own words."""
    if isinstance(value, bool):
        raise ValueError("comfort is a score or words, not true/false")
    text = str(value).strip() if value is not None else ""
    if not text:
        return None
    if isinstance(value, int | float | Decimal) or _NUMBER.fullmatch(text):
        number = Decimal(text.replace(",", "."))
        if number != number.to_integral_value() or not 0 <= number <= COMFORT_MAX:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ClinicDeskError",
                    "Discomfort is a whole number from 0 (none) to {maximum} (worst imaginable), "
                    "or the client's own words.",
                ),
                field="comfort",
                maximum=COMFORT_MAX,
            )
        return int(number)
    return _text("comfort", text, SHORT_MAX)


def _chart_areas(value: object) -> list[dict[str, Any]]:
    """Places drawn on the chart with no product; a label too long is refused, not cut."""
    areas = []
    for item in list(value or []):  # type: ignore[call-overload]
        area = item if isinstance(item, ChartArea) else None
        if area is None:
            label = str(item.get("label") or "")
            _text("chart", label, LABEL_MAX)
            area = ChartArea.from_value(item)
        areas.append(area.as_value())
    if len(areas) > MAX_CHART_AREAS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "At most {maximum} areas can be drawn."),
            field="chart",
            maximum=MAX_CHART_AREAS,
        )
    return areas


_PARAMETER_MESSAGES = {
    rules.UNKNOWN: QT_TRANSLATE_NOOP(
        "ClinicDeskError", "{parameter} is not recorded for this treatment."
    ),
    rules.NOT_A_NUMBER: QT_TRANSLATE_NOOP("ClinicDeskError", "{parameter}: type a number."),
    rules.NOT_A_CHOICE: QT_TRANSLATE_NOOP(
        "ClinicDeskError", "{parameter}: choose one of the values offered."
    ),
    # {unit} is empty or starts with a space: " nm", " J/cm²".
    rules.OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "ClinicDeskError", "{parameter} must be from {minimum} to {maximum}{unit}."
    ),
    rules.OFF_STEP: QT_TRANSLATE_NOOP(
        "ClinicDeskError", "{parameter} goes in steps of {step}{unit}, from {minimum}."
    ),
}


def _parameter_error(family: str, problem: rules.Problem, language: str) -> ValidationError:
    spec = {s.name: s for s in rules.parameters_for(family)}.get(problem.name)
    return ValidationError(
        _PARAMETER_MESSAGES[problem.message_code],
        field=f"parameters.{problem.name}",
        parameter=problem.name if spec is None else spec.label(language),
        minimum=problem.minimum,
        maximum=problem.maximum,
        step=None if spec is None else spec.step,
        unit=f" {spec.unit}" if spec is not None and spec.unit else "",
    )


def clean_notes(
    family: str, notes: Mapping[str, Any], *, day: date, language: str = "en"
) -> dict[str, Any]:
    """The note checked and tidied (empty answers left out); refuses rather than cuts.
    `day` is the session's; `language` the one parameter names are given in."""
    unknown = sorted(set(notes) - set(NOTE_FIELDS))
    if unknown:
        raise ValueError(f"not part of a session note: {unknown}")
    cleaned: dict[str, Any] = {}
    for field in LONG_TEXTS:
        cleaned[field] = _text(field, notes.get(field), TEXT_MAX)
    for field in SHORT_TEXTS:
        cleaned[field] = _text(field, notes.get(field), SHORT_MAX)
    areas = notes.get("areas") or []
    areas = [areas] if isinstance(areas, str) else list(areas)
    cleaned["areas"] = list(dict.fromkeys(t for a in areas if (t := _text("areas", a, SHORT_MAX))))
    if len(cleaned["areas"]) > MAX_AREAS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "At most {maximum} areas can be listed."),
            field="areas",
            maximum=MAX_AREAS,
        )
    cleaned["chart"] = _chart_areas(notes.get("chart"))
    cleaned["comfort"] = _comfort(notes.get("comfort"))
    given = notes.get("aftercare_given")
    if given is not None and not isinstance(given, bool):
        raise ValueError("aftercare_given is true, false or None")
    cleaned["aftercare_given"] = given
    next_on = notes.get("next_visit_on")
    if isinstance(next_on, str) and next_on.strip():
        next_on = date.fromisoformat(next_on.strip())
    if isinstance(next_on, datetime):
        next_on = local_day(next_on)
    if isinstance(next_on, date):
        if next_on < day:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ClinicDeskError", "The next visit cannot be before this one."),
                field="next_visit_on",
            )
        cleaned["next_visit_on"] = next_on.isoformat()
    values = dict(notes.get("parameters") or {})
    problems = rules.check_parameters(family, values)
    if problems:
        raise _parameter_error(family, problems[0], language)
    cleaned["parameters"] = rules.clean_parameters(family, values)
    return {key: value for key, value in cleaned.items() if value not in (None, "", [], {})}


def _quantity(item: SessionProductInput, line: int, unit: str) -> Decimal:
    quantity = item.quantity
    if isinstance(quantity, str):
        quantity = product_service.parse_quantity(quantity)
    quantity = Decimal(quantity)
    if not quantity.is_finite() or quantity <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError", "Type a quantity more than 0, for example 20 or 0.5."
            ),
            field="quantity",
            line=line,
        )
    if quantity >= product_service.ABSURD_QUANTITY:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "{quantity} {unit} is far more than one session can use: check the quantity.",
            ),
            field="quantity",
            line=line,
            quantity=quantity_text(quantity),
            unit=unit,
        )
    if quantity != quantity.quantize(Decimal("0.001")):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError", "A quantity is recorded to at most 3 decimal places."
            ),
            field="quantity",
            line=line,
        )
    return quantity


def clean_products(
    session: Session, items: Sequence[SessionProductInput], *, day: date
) -> tuple[list[tuple[SessionProductInput, Product, str]], list[QuantityWarning]]:
    """Each line checked (batch usable on `day`, quantity, unit, area), with its product
    and lot, and the lines above their product's usual largest quantity."""
    if len(items) > MAX_PRODUCTS:
        raise ValueError("too many product lines")
    lines: list[tuple[SessionProductInput, Product, str]] = []
    warnings: list[QuantityWarning] = []
    for line, item in enumerate(items, 1):
        batch = product_service.require_usable_batch(session, batch_id=item.batch_id, on=day)
        product = session.get(Product, batch.product_id)
        assert product is not None  # a foreign key
        unit = item.unit or product.unit
        if unit not in product_service.UNITS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ClinicDeskError", "Choose the unit from the list."),
                field="unit",
                line=line,
            )
        quantity = _quantity(item, line, unit)
        area = _text("area", item.area, AREA_MAX)
        lines.append(
            (SessionProductInput(batch.id, quantity, unit, area, item.chart), product, batch.lot)
        )
        if unit == product.unit and product.usual_max is not None and quantity > product.usual_max:
            warnings.append(
                QuantityWarning(line, product.id, product.name, quantity, unit, product.usual_max)
            )
    return lines, warnings


def _language(session: Session) -> str:
    return str(get_settings(session).get("language") or "en")


def _require_draft(session: Session, session_id: int) -> TreatmentSession:
    row = require_session(session, session_id)
    if row.status == "final":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "This session is signed off: it cannot be changed, only amended with a reason.",
            )
        )
    return row


# -- drafts and sign-off -----------------------------------------------------------------


def save_draft(
    practice: Practice,
    *,
    session_id: int,
    notes: Mapping[str, Any],
    products: Sequence[SessionProductInput],
    performed_at: datetime | None = None,
) -> Saved:
    """Save the note as it stands (and the time, if corrected). Quantities above the
    usual come back as warnings: sign-off will ask for them to be confirmed."""
    with practice.writing() as session:
        row = _require_draft(session, session_id)
        if performed_at is not None:
            check_performed_at(performed_at, require_client(session, row.client_id).date_of_birth)
            row.performed_at = performed_at
        day = local_day(row.performed_at)
        cleaned = clean_notes(row.family, notes, day=day, language=_language(session))
        lines, warnings = clean_products(session, products, day=day)
        row.notes = json_text(cleaned)
        row.updated_at = datetime.now(UTC)
        session.execute(delete(SessionProduct).where(SessionProduct.session_id == row.id))
        session.add_all(
            SessionProduct(
                session_id=row.id,
                batch_id=item.batch_id,
                quantity=item.quantity,
                unit=item.unit,
                area=item.area,
                position=position,
                chart=None if item.chart is None else json_text(item.chart.as_value()),
            )
            for position, (item, _, _) in enumerate(lines)
        )
        audit.record(
            session,
            "session_save",
            entity_type="session",
            entity_id=row.id,
            client_id=row.client_id,
            detail={"products": len(lines), "batches": sorted({i.batch_id for i, _, _ in lines})},
        )
        session.flush()
        return Saved(session_records(session, [row])[0], tuple(warnings))


def _large_quantities(warnings: Sequence[QuantityWarning]) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "ClinicDeskError",
            "Some quantities are above the product's usual largest quantity ({count} in "
            "all). Check them and confirm that they are right.",
        ),
        field="quantity",
        count=len(warnings),
    )


def screening_snapshot(found: screening.Screening) -> dict[str, Any]:
    return {
        "at": found.at.isoformat(),
        "findings": [{"rule": f.rule.id, "level": f.level.value} for f in found.findings],
        "patch_test": None if found.patch_test is None else found.patch_test.problem.value,
        "overridden": sorted(found.overridden),
    }


def sign_off(
    practice: Practice, *, session_id: int, confirm_large_quantities: bool = False
) -> SessionRecord:
    """Make the session final, after screening the client again; quantities above the
    usual must be confirmed. From then on it is only amended."""
    found = check_can_treat(practice, session_id=session_id)
    with practice.writing() as session:
        row = _require_draft(session, session_id)
        check_performed_at(row.performed_at, require_client(session, row.client_id).date_of_birth)
        record = session_records(session, [row])[0]
        _, warnings = clean_products(
            session, [p.as_input() for p in record.products], day=record.day
        )
        if warnings and not confirm_large_quantities:
            raise _large_quantities(warnings)
        notes = dict(record.notes)
        notes["screening"] = screening_snapshot(found)
        if warnings:
            notes["large_quantities_confirmed"] = [w.line for w in warnings]
        row.notes = json_text(notes)
        row.status = "final"
        row.signed_off_at = datetime.now(UTC)
        audit.record(
            session,
            "session_sign_off",
            entity_type="session",
            entity_id=row.id,
            client_id=row.client_id,
            detail={"products": len(record.products), "large_quantities": len(warnings)},
        )
        session.flush()
        return session_records(session, [row])[0]


def discard_draft(practice: Practice, *, session_id: int) -> None:
    """Throw away a session that was started by mistake (a signed-off one stays)."""
    with practice.writing() as session:
        row = _require_draft(session, session_id)
        audit.record(
            session,
            "session_discard",
            entity_type="session",
            entity_id=row.id,
            client_id=row.client_id,
        )
        session.delete(row)


# -- after sign-off: amendments and adverse events ----------------------------------------


def amendable(family: str) -> tuple[str, ...]:
    """What can be amended on a final session of `family`."""
    names = [f for f in NOTE_FIELDS if f != "parameters"]
    names += [f"parameters.{spec.name}" for spec in rules.parameters_for(family)]
    return (*names, "products")


def _clean_value(
    session: Session, record: SessionRecord, field: str, new_value: Any, confirm: bool
) -> Any:
    """The new value checked as the note would be, in the form the record keeps it."""
    if field == "products":
        lines, warnings = clean_products(session, list(new_value or []), day=record.day)
        if warnings and not confirm:
            raise _large_quantities(warnings)
        return [
            line_value(item, product_id=product.id, product=product.name, lot=lot)
            for item, product, lot in lines
        ]
    language = _language(session)
    if field.startswith("parameters."):
        name = field.split(".", 1)[1]
        values = clean_notes(
            record.family, {"parameters": {name: new_value}}, day=record.day, language=language
        )
        return values.get("parameters", {}).get(name)
    return clean_notes(record.family, {field: new_value}, day=record.day, language=language).get(
        field
    )


def amend(
    practice: Practice,
    *,
    session_id: int,
    field: str,
    new_value: Any,
    reason: str,
    confirm_large_quantities: bool = False,
) -> SessionRecord:
    """Correct one field of a final session ("observations", "parameters.depth_mm",
    "products" as SessionProductInput lines…); the original stays as it was."""
    return amend_fields(
        practice,
        session_id=session_id,
        changes={field: new_value},
        reason=reason,
        confirm_large_quantities=confirm_large_quantities,
    )


def amend_fields(
    practice: Practice,
    *,
    session_id: int,
    changes: Mapping[str, Any],
    reason: str,
    confirm_large_quantities: bool = False,
) -> SessionRecord:
    """Correct several fields of a final session for one reason, all or none. Fields
    given with the value they already have are left alone; if that is all of them, the
    correction is refused as changing nothing."""
    reason = clean_reason(reason, WHY_CORRECTED)
    record = get_session(practice, session_id=session_id)
    if not record.final:
        raise ValueError("a draft is changed, not amended")
    allowed = amendable(record.family)
    unknown = sorted(set(changes) - set(allowed))
    if unknown:
        raise ValueError(f"cannot be amended: {unknown}")
    with practice.writing() as session:
        now = datetime.now(UTC)
        amended = []
        for field, new_value in changes.items():
            new = _clean_value(session, record, field, new_value, confirm_large_quantities)
            old = record.current(field)
            if old == new or (old in (None, "", []) and new in (None, "", [])):
                continue
            amended.append(field)
            session.add(
                SessionAmendment(
                    session_id=session_id,
                    field=field,
                    old_value=json_text(old),
                    new_value=json_text(new),
                    reason=reason,
                    at=now,
                    actor=practice.actor,
                )
            )
        if not amended:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ClinicDeskError", "The new value is the same as the current one."
                ),
                field="new_value",
            )
        audit.record(
            session,
            "session_amend",
            entity_type="session",
            entity_id=session_id,
            client_id=record.client_id,
            detail={"fields": amended},
        )
        session.flush()
        return session_records(session, [require_session(session, session_id)])[0]


def add_adverse_event(
    practice: Practice,
    *,
    session_id: int,
    severity: str,
    description: str,
    action_taken: str = "",
    follow_up: str = "",
    recorded_at: datetime | None = None,
) -> AdverseEventRecord:
    """Record something that went wrong, on a draft or a signed-off session."""
    if severity not in SEVERITIES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "Choose how severe it was."), field="severity"
        )
    texts = {
        name: _text(name, value, TEXT_MAX)
        for name, value in (
            ("description", description),
            ("action_taken", action_taken),
            ("follow_up", follow_up),
        )
    }
    if not texts["description"]:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "Describe what happened."), field="description"
        )
    now = datetime.now(UTC)
    recorded_at = recorded_at or now
    if recorded_at.tzinfo is None:
        raise ValueError("naive datetime: an adverse event time must be timezone-aware")
    with practice.writing() as session:
        row = require_session(session, session_id)
        if recorded_at > now + FUTURE_TOLERANCE or local_day(recorded_at) < local_day(
            row.performed_at
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ClinicDeskError",
                    "An adverse event is recorded between the day of the session and now.",
                ),
                field="recorded_at",
            )
        event = AdverseEvent(
            session_id=session_id,
            recorded_at=recorded_at,
            severity=severity,
            actor=practice.actor,
            **texts,
        )
        session.add(event)
        session.flush()
        audit.record(
            session,
            "adverse_event_add",
            entity_type="adverse_event",
            entity_id=event.id,
            client_id=row.client_id,
            detail={"session": session_id, "severity": severity},
        )
        return AdverseEventRecord(
            event.id, session_id, event.recorded_at, severity, texts["description"],
            texts["action_taken"], texts["follow_up"], event.actor,
        )  # fmt: skip
