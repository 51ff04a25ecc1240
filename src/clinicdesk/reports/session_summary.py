"""The session summary: what was done at one session, so that a colleague could carry
on from it alone. The client and the session (date and time, practitioner, treatment,
plan), the areas and the device's settings, the products with their batches and expiry,
the face and body chart as drawn
with a numbered legend, the notes, the screening at sign-off with any reason to let it
through, the adverse events and the corrections, each with its date and time, and a
line for the practitioner's signature.

Every page carries the client's name and the session's date in the footer. The words
come translated from the caller; this module only lays out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from clinicdesk.reports.body_diagrams import text_colour_on
from clinicdesk.reports.chart_drawing import chart_drawing, views_with_marks
from clinicdesk.reports.layout import (
    CONTENT_WIDTH,
    ClinicHeader,
    Styles,
    build_pdf,
    make_styles,
    para,
    section_heading,
    signature_block,
)
from clinicdesk.reports.record_parts import (
    SEVERITY_TINTS,
    AmendmentLine,
    ScreeningLine,
    SummarySection,
    amendments_table,
    check_severities,
    details_grid,
    entry_table,
    screening_table,
    section_rows,
    title_and_status,
)
from clinicdesk.rules.body_chart import ChartPlace

EVENT_TINTS = {
    "mild": SEVERITY_TINTS["caution"],
    "moderate": SEVERITY_TINTS["relative"],
    "severe": SEVERITY_TINTS["absolute"],
}
DIAGRAMS_PER_ROW = 3
DIAGRAM_GAP = 6 * mm
MAX_DIAGRAM_WIDTH = 70 * mm


@dataclass(frozen=True)
class SessionSummaryText:
    """Every fixed word on the summary, in the practitioner's language. `side_names`
    labels the client's sides on the front and back diagrams ({"right": "R", ...})."""

    title: str
    status: str
    products_title: str
    product_headers: tuple[str, ...]
    chart_title: str
    mark_headers: tuple[str, ...]
    screening_title: str
    screening_headers: tuple[str, ...]
    override_label: str
    events_title: str
    event_headers: tuple[str, ...]
    amendments_title: str
    amendment_headers: tuple[str, ...]
    signature_label: str
    page_template: str
    language: str
    side_names: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ProductLine:
    product: str
    lot: str
    expires: str
    quantity: str  # with its unit: "0,5 ml"
    where: str  # the area typed, or the chart mark's number and place


@dataclass(frozen=True)
class ChartMarkLine:
    """A mark as numbered on the screen, in its colour ("#rrggbb")."""

    number: int
    place: ChartPlace
    colour: str
    view: str  # the view's name, translated
    label: str
    product: str = ""
    quantity: str = ""


@dataclass(frozen=True)
class EventLine:
    """An adverse event; `severity` ("mild", "moderate", "severe") picks the tint of
    `severity_name`, the translated word."""

    when: str
    severity_name: str
    description: str
    action_taken: str
    follow_up: str
    recorded_by: str
    severity: str = field(kw_only=True)


@dataclass(frozen=True)
class SessionSummary:
    """What the summary holds. `details` are (label, value) pairs set two to a row,
    the client's name first; `footer_note` names the client and the day on each page."""

    details: Sequence[tuple[str, str]]
    footer_note: str
    treated: SummarySection | None = None  # areas, device and settings, before the products
    sections: Sequence[SummarySection] = ()
    products: Sequence[ProductLine] = ()
    chart: Sequence[ChartMarkLine] = ()
    screening: Sequence[ScreeningLine] = ()
    events: Sequence[EventLine] = ()
    amendments: Sequence[AmendmentLine] = ()


def render_session_summary(
    *, text: SessionSummaryText, clinic: ClinicHeader, summary: SessionSummary
) -> bytes:
    check_severities(summary.screening)
    for event in summary.events:
        if event.severity not in EVENT_TINTS:
            raise ValueError(
                f"unknown severity {event.severity!r}; expected one of {tuple(EVENT_TINTS)}"
            )
    styles = make_styles(text.language)
    story: list[Flowable] = [
        title_and_status(text.title, text.status, styles),
        Spacer(0, 3 * mm),
        details_grid(summary.details, styles),
    ]
    if summary.treated is not None:
        story += section_heading(summary.treated.title, styles, keep_with_next=False)
        story += section_rows(summary.treated.rows, styles)
    if summary.products:
        story += section_heading(text.products_title, styles, keep_with_next=False)
        story.append(_products_table(text, styles, summary.products))
    if summary.chart:
        story += _chart(text, styles, summary.chart)
    for section in summary.sections:
        story += section_heading(section.title, styles, keep_with_next=False)
        story += section_rows(section.rows, styles)
    if summary.screening:
        story += section_heading(text.screening_title, styles, keep_with_next=False)
        story.append(
            screening_table(text.screening_headers, text.override_label, styles, summary.screening)
        )
    if summary.events:
        story += section_heading(text.events_title, styles, keep_with_next=False)
        story.append(_events_table(text, styles, summary.events))
    if summary.amendments:
        story += section_heading(text.amendments_title, styles, keep_with_next=False)
        story.append(amendments_table(text.amendment_headers, styles, summary.amendments))
    signature = signature_block([text.signature_label], styles, width=CONTENT_WIDTH / 2)
    signature.hAlign = "RIGHT"
    story.append(KeepTogether([Spacer(0, 8 * mm), signature]))
    return build_pdf(
        story,
        title=text.title,
        clinic=clinic,
        language=text.language,
        page_template=text.page_template,
        footer_note=summary.footer_note,
    )


def _products_table(
    text: SessionSummaryText, styles: Styles, lines: Sequence[ProductLine]
) -> Table:
    return entry_table(
        text.product_headers,
        [(p.product, p.lot, p.expires, p.quantity, p.where) for p in lines],
        [52 * mm, 28 * mm, 24 * mm, 22 * mm],
        styles,
    )


def _chart(
    text: SessionSummaryText, styles: Styles, marks: Sequence[ChartMarkLine]
) -> list[Flowable]:
    """The diagrams holding marks, three to a row, each named under it; then the
    legend: every mark's number on its colour, its view, place, product and quantity."""
    placed = [(mark.number, mark.place, mark.colour) for mark in marks]
    views = views_with_marks(mark.place for mark in marks)
    names = {mark.place.view: mark.view for mark in marks}
    per_row = min(DIAGRAMS_PER_ROW, len(views))
    width = min(MAX_DIAGRAM_WIDTH, (CONTENT_WIDTH - DIAGRAM_GAP * (per_row - 1)) / per_row)
    rows: list[list[object]] = []
    for start in range(0, len(views), per_row):
        shown = views[start : start + per_row]
        drawings: list[object] = [
            chart_drawing(view, placed, width, side_names=text.side_names) for view in shown
        ]
        captions: list[object] = [para(names[view], styles.label) for view in shown]
        padding = [""] * (per_row - len(shown))
        rows += [drawings + padding, captions + padding]
    diagrams = Table(
        rows,
        colWidths=[width + DIAGRAM_GAP] * per_row,
        hAlign="LEFT",
        style=[
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), DIAGRAM_GAP),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
        ],
    )
    tints = [
        ("BACKGROUND", (0, row), (0, row), colors.HexColor(mark.colour))
        for row, mark in enumerate(marks, start=1)
    ]
    legend = entry_table(
        text.mark_headers,
        [(_number(m, styles), m.view, m.label, m.product, m.quantity) for m in marks],
        [10 * mm, 34 * mm, 50 * mm, 56 * mm],
        styles,
        extra_style=tints,
    )
    heading = section_heading(text.chart_title, styles)
    return [*heading[:-1], KeepTogether([heading[-1], diagrams]), Spacer(0, 2 * mm), legend]


def _number(mark: ChartMarkLine, styles: Styles) -> Paragraph:
    """The mark's number in black or white, whichever reads on its colour."""
    style = ParagraphStyle(
        "mark_number", styles.cell_bold, textColor=colors.HexColor(text_colour_on(mark.colour))
    )
    return para(str(mark.number), style)


def _events_table(text: SessionSummaryText, styles: Styles, events: Sequence[EventLine]) -> Table:
    tints = [
        ("BACKGROUND", (1, row), (1, row), EVENT_TINTS[event.severity])
        for row, event in enumerate(events, start=1)
    ]
    return entry_table(
        text.event_headers,
        [
            (e.when, e.severity_name, e.description, e.action_taken, e.follow_up, e.recorded_by)
            for e in events
        ],
        [24 * mm, 28 * mm, 36 * mm, 30 * mm, 26 * mm],
        styles,
        extra_style=tints,
    )
