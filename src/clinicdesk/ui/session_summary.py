"""The session summary put into words, in the practitioner's language: every detail of
the note as it stands after corrections, the chart with the marks numbered as on the
screen, the screening kept at sign-off (screened now for a draft), the adverse events
and the corrections with their date and time. Printing it is audited.

A mark's colour follows its batch in the order the batches first appear on the chart,
so the same batch has the same colour on every view; marks with no product are grey.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clinicdesk.reports.body_diagrams import mark_colour
from clinicdesk.reports.record_parts import AmendmentLine, SummaryRow, SummarySection
from clinicdesk.reports.session_summary import (
    ChartMarkLine,
    EventLine,
    ProductLine,
    SessionSummary,
    SessionSummaryText,
    render_session_summary,
)
from clinicdesk.rules import device_parameters
from clinicdesk.rules.body_chart import ChartArea
from clinicdesk.services import catalogue, clients, clinic, plans, products, sessions
from clinicdesk.services.client_fields import full_name
from clinicdesk.services.practice import Practice
from clinicdesk.services.session_changes import COMFORT_MAX, screening_snapshot
from clinicdesk.services.sessions import SessionRecord, chart_place, quantity_text
from clinicdesk.ui.adverse_event_dialog import severity_name
from clinicdesk.ui.body_chart_table import local_quantity, view_name
from clinicdesk.ui.consultation_documents import screening_lines
from clinicdesk.ui.formatting import format_date, format_datetime
from clinicdesk.ui.i18n import current_language
from clinicdesk.ui.products_editor import unit_name
from clinicdesk.ui.session_texts import field_name, value_text

CONTEXT = "SessionSummary"
WORDS = {
    "title": QT_TRANSLATE_NOOP("SessionSummary", "Session record"),
    "signed_off": QT_TRANSLATE_NOOP("SessionSummary", "Signed off %1"),
    "draft": QT_TRANSLATE_NOOP("SessionSummary", "Draft: not signed off"),
    "client": QT_TRANSLATE_NOOP("SessionSummary", "Client"),
    "born": QT_TRANSLATE_NOOP("SessionSummary", "Born"),
    "when": QT_TRANSLATE_NOOP("SessionSummary", "Date and time"),
    "practitioner": QT_TRANSLATE_NOOP("SessionSummary", "Practitioner"),
    "treatment": QT_TRANSLATE_NOOP("SessionSummary", "Treatment"),
    "plan": QT_TRANSLATE_NOOP("SessionSummary", "Plan"),
    "plan_progress": QT_TRANSLATE_NOOP("SessionSummary", "Session %1 of %2"),
    "no_plan": QT_TRANSLATE_NOOP("SessionSummary", "Not part of a plan"),
    "products": QT_TRANSLATE_NOOP("SessionSummary", "Products and batches"),
    "product": QT_TRANSLATE_NOOP("SessionSummary", "Product"),
    "batch": QT_TRANSLATE_NOOP("SessionSummary", "Batch"),
    "expires": QT_TRANSLATE_NOOP("SessionSummary", "Expires"),
    "quantity": QT_TRANSLATE_NOOP("SessionSummary", "Quantity"),
    "where": QT_TRANSLATE_NOOP("SessionSummary", "Where"),
    "on_chart": QT_TRANSLATE_NOOP("SessionSummary", "on the chart: %1"),
    "chart": QT_TRANSLATE_NOOP("SessionSummary", "Face and body chart"),
    "number": QT_TRANSLATE_NOOP("SessionSummary", "No."),
    "view": QT_TRANSLATE_NOOP("SessionSummary", "View"),
    "place": QT_TRANSLATE_NOOP("SessionSummary", "Place"),
    "treated": QT_TRANSLATE_NOOP("SessionSummary", "Treatment given"),
    "reaction": QT_TRANSLATE_NOOP("SessionSummary", "Reaction, discomfort and feedback"),
    "aftercare": QT_TRANSLATE_NOOP("SessionSummary", "Aftercare and next visit"),
    "comfort_score": QT_TRANSLATE_NOOP("SessionSummary", "%1 out of %2"),
    "screening": QT_TRANSLATE_NOOP("SessionSummary", "Screening before treatment"),
    "level": QT_TRANSLATE_NOOP("SessionSummary", "Level"),
    "finding": QT_TRANSLATE_NOOP("SessionSummary", "Finding"),
    "override": QT_TRANSLATE_NOOP("SessionSummary", "Let through because:"),
    "events": QT_TRANSLATE_NOOP("SessionSummary", "Adverse events"),
    "recorded": QT_TRANSLATE_NOOP("SessionSummary", "When"),
    "severity": QT_TRANSLATE_NOOP("SessionSummary", "Severity"),
    "happened": QT_TRANSLATE_NOOP("SessionSummary", "What happened"),
    "action": QT_TRANSLATE_NOOP("SessionSummary", "Action taken"),
    "follow_up": QT_TRANSLATE_NOOP("SessionSummary", "Follow-up"),
    "by": QT_TRANSLATE_NOOP("SessionSummary", "Recorded by"),
    "corrections": QT_TRANSLATE_NOOP("SessionSummary", "Corrections after sign-off"),
    "who": QT_TRANSLATE_NOOP("SessionSummary", "Who"),
    "what": QT_TRANSLATE_NOOP("SessionSummary", "What"),
    "before": QT_TRANSLATE_NOOP("SessionSummary", "Before"),
    "after": QT_TRANSLATE_NOOP("SessionSummary", "After"),
    "why": QT_TRANSLATE_NOOP("SessionSummary", "Reason"),
    "signature": QT_TRANSLATE_NOOP("SessionSummary", "Practitioner's signature"),
    "page": QT_TRANSLATE_NOOP("SessionSummary", "Page {page} of {pages}"),
}
SECTION_FIELDS = (
    ("treated", ("areas", "device", "parameters")),
    ("reaction", ("skin_reaction", "observations", "comfort", "feedback")),
    ("aftercare", ("aftercare_given", "aftercare", "next_visit_on", "next_visit")),
)


def _word(key: str) -> str:
    """One of WORDS, translated (the key is not itself a text to translate)."""
    return QCoreApplication.translate(CONTEXT, str(WORDS[key]))


def _words(*keys: str) -> tuple[str, ...]:
    return tuple(_word(key) for key in keys)


def session_summary_pdf(practice: Practice, record: SessionRecord) -> bytes:
    """The summary of `record` as PDF bytes; the print is audited against the client."""
    client = clients.for_document(practice, client_id=record.client_id, document="session_summary")
    language = current_language()
    families = {f.code: f for f in catalogue.families(practice, include_retired=True)}

    def family_name(code: str) -> str:
        return families[code].name(language) if code in families else code

    fields = client.fields
    name = full_name(fields.given_name, fields.family_name)
    details = [
        (_word("client"), name),
        (_word("born"), format_date(fields.date_of_birth)),
        (_word("when"), format_datetime(record.performed_at)),
        (_word("practitioner"), record.practitioner),
        (_word("treatment"), family_name(record.family)),
        (_word("plan"), _plan_progress(practice, record)),
    ]
    lines = list(record.current("products") or [])
    marks = _chart_marks(lines, record.current("chart") or [])
    snapshot = record.notes.get("screening") or _screening_now(practice, record)
    summary = SessionSummary(
        details=details,
        footer_note=f"{name} · {format_date(record.day)}",
        treated=next(iter(_sections(record, SECTION_FIELDS[:1])), None),
        sections=_sections(record, SECTION_FIELDS[1:]),
        products=_product_lines(practice, lines, marks),
        chart=marks,
        screening=screening_lines(
            practice,
            client_id=record.client_id,
            context=record.context,
            snapshots=[{**snapshot, "family": record.family}],
            family_name=family_name,
        ),
        events=[
            EventLine(
                format_datetime(event.recorded_at),
                severity_name(event.severity),
                event.description,
                event.action_taken,
                event.follow_up,
                event.actor,
                severity=event.severity,
            )
            for event in record.adverse_events
        ],
        amendments=[
            AmendmentLine(
                format_datetime(a.at),
                a.actor,
                field_name(record.family, a.field),
                value_text(record.family, a.field, a.old_value),
                value_text(record.family, a.field, a.new_value),
                a.reason,
            )
            for a in record.amendments
        ],
    )
    return render_session_summary(
        text=_text(record, language), clinic=clinic.clinic_header(practice), summary=summary
    )


def _text(record: SessionRecord, language: str) -> SessionSummaryText:
    status = (
        _word("signed_off").replace("%1", format_datetime(record.signed_off_at))
        if record.final and record.signed_off_at
        else _word("draft")
    )
    return SessionSummaryText(
        title=_word("title"),
        status=status,
        products_title=_word("products"),
        product_headers=_words("product", "batch", "expires", "quantity", "where"),
        chart_title=_word("chart"),
        mark_headers=_words("number", "view", "place", "product", "quantity"),
        screening_title=_word("screening"),
        screening_headers=_words("treatment", "level", "finding"),
        override_label=_word("override"),
        events_title=_word("events"),
        event_headers=_words("recorded", "severity", "happened", "action", "follow_up", "by"),
        amendments_title=_word("corrections"),
        amendment_headers=_words("recorded", "who", "what", "before", "after", "why"),
        signature_label=_word("signature"),
        page_template=_word("page"),
        language=language,
        side_names={
            "right": QCoreApplication.translate("ChartCanvas", "R", "the client's right side"),
            "left": QCoreApplication.translate("ChartCanvas", "L", "the client's left side"),
        },
    )


def _plan_progress(practice: Practice, record: SessionRecord) -> str:
    """ "Session 3 of 6" of the plan's treatment this session counts towards."""
    if record.plan_treatment_id is None:
        return _word("no_plan")
    planned = next(
        (
            treatment
            for plan in plans.plans(practice, client_id=record.client_id)
            for treatment in plan.treatments
            if treatment.id == record.plan_treatment_id
        ),
        None,
    )
    if planned is None:
        return _word("no_plan")
    earlier = [
        s
        for s in sessions.sessions(practice, client_id=record.client_id)
        if s.plan_treatment_id == record.plan_treatment_id
        and (s.performed_at, s.id) <= (record.performed_at, record.id)
    ]
    return (
        _word("plan_progress").replace("%1", str(len(earlier))).replace("%2", str(planned.sessions))
    )


def _screening_now(practice: Practice, record: SessionRecord) -> dict[str, Any]:
    return screening_snapshot(sessions.check_can_treat(practice, session_id=record.id))


def _quantity(quantity: str, unit: str) -> str:
    return f"{local_quantity(Decimal(quantity))} {unit_name(unit)}"


def _chart_marks(
    lines: Sequence[Mapping[str, Any]], areas: Sequence[Mapping[str, Any]]
) -> list[ChartMarkLine]:
    """Product lines placed on the chart, then the areas drawn with no product: the
    order, and so the numbers, the session form shows."""
    marks: list[ChartMarkLine] = []
    batch_order: dict[int, int] = {}
    for line in lines:
        place = chart_place(line.get("chart"))
        if place is None:
            continue
        order = batch_order.setdefault(int(line["batch_id"]), len(batch_order))
        marks.append(
            ChartMarkLine(
                len(marks) + 1,
                place,
                mark_colour(order),
                view_name(place.view),
                str(line.get("area") or ""),
                f"{line['product']} — {line['lot']}",
                _quantity(line["quantity"], line["unit"]),
            )
        )
    for value in areas:
        area = ChartArea.from_value(value)
        marks.append(
            ChartMarkLine(
                len(marks) + 1,
                area.place,
                mark_colour(None),
                view_name(area.place.view),
                area.label,
            )
        )
    return marks


def _product_lines(
    practice: Practice, lines: Sequence[Mapping[str, Any]], marks: Sequence[ChartMarkLine]
) -> list[ProductLine]:
    """One row per batch used, with its total and where it went: the areas typed and the
    chart's mark numbers (the chart's legend gives each mark's own quantity)."""
    expiry: dict[int, date] = {}
    for product_id in {int(line["product_id"]) for line in lines}:
        for batch in products.batches(practice, product_id=product_id):
            expiry[batch.id] = batch.expires_on
    numbers = iter(mark.number for mark in marks if mark.product)
    batches: dict[tuple[int, str], dict[str, Any]] = {}
    for line in lines:
        used = batches.setdefault(
            (int(line["batch_id"]), str(line["unit"])),
            {"line": line, "total": Decimal(0), "areas": [], "marks": []},
        )
        used["total"] += Decimal(line["quantity"])
        if line.get("chart"):
            used["marks"].append(next(numbers))
        elif line.get("area") and line["area"] not in used["areas"]:
            used["areas"].append(str(line["area"]))
    found = []
    for (batch_id, unit), used in batches.items():
        where = list(used["areas"])
        if used["marks"]:
            where.append(_word("on_chart").replace("%1", _number_ranges(used["marks"])))
        found.append(
            ProductLine(
                str(used["line"]["product"]),
                str(used["line"]["lot"]),
                format_date(expiry.get(batch_id)),
                _quantity(quantity_text(used["total"]), unit),
                "; ".join(where),
            )
        )
    return found


def _number_ranges(numbers: Sequence[int]) -> str:
    """1, 2, 3, 5 as "1–3, 5"."""
    parts: list[str] = []
    start = previous = numbers[0]
    for number in [*numbers[1:], None]:
        if number is not None and number == previous + 1:
            previous = number
            continue
        parts.append(str(start) if start == previous else f"{start}–{previous}")
        if number is not None:
            start = previous = number
    return ", ".join(parts)


def _sections(
    record: SessionRecord, titled_fields: Sequence[tuple[str, Sequence[str]]]
) -> list[SummarySection]:
    """The sections holding a value, each with only the fields that have one."""
    language = current_language()
    found = []
    for title, names in titled_fields:
        rows: list[SummaryRow] = []
        for name in names:
            if name == "parameters":
                rows += _parameter_rows(record, language)
                continue
            value = record.current(name)
            if value in (None, "", []):
                continue
            text = value_text(record.family, name, value)
            if name == "next_visit_on":
                text = format_date(date.fromisoformat(value))
            elif name == "comfort" and isinstance(value, int):
                text = (
                    _word("comfort_score").replace("%1", str(value)).replace("%2", str(COMFORT_MAX))
                )
            rows.append(SummaryRow(field_name(record.family, name), text))
        if rows:
            found.append(SummarySection(_word(title), tuple(rows)))
    return found


def _parameter_rows(record: SessionRecord, language: str) -> list[SummaryRow]:
    """The device's settings in the order the treatment lists them."""
    values = record.current_parameters()
    order = [spec.name for spec in device_parameters.parameters_for(record.family)]
    names = sorted(values, key=lambda n: order.index(n) if n in order else len(order))
    return [
        SummaryRow(
            field_name(record.family, f"parameters.{n}"),
            value_text(record.family, f"parameters.{n}", values[n]),
        )
        for n in names
    ]
