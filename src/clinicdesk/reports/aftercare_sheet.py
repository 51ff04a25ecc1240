"""The aftercare sheet handed to the client after a session: what was done (the
treatment, date, practitioner, areas and products with their batches), what to
do and avoid at home, when to call the clinic at once, the clinic's phone in
large print, and the next visit.

The client reads it at home, perhaps days later, so the instructions are set
larger than the house body text and well spaced, numbered so that "point 3" can
be said on the phone. The warning signs and the phone number are kept on the
same page. Every page carries the client's name and the session date in the
footer. The words come translated from the caller, in the client's language;
this module only lays out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from clinicdesk.reports.fonts import LATIN_BOLD, markup
from clinicdesk.reports.layout import (
    CONTENT_WIDTH,
    ClinicHeader,
    Styles,
    build_pdf,
    make_styles,
    natural_width,
    para,
    section_heading,
    uses_cjk_wrapping,
)

# Light enough to print text on in colour or grey; the box's black border carries it in black and white.
WARNING_TINT = colors.Color(0.99, 0.91, 0.89)
NUMBER_WIDTH = 9 * mm  # the hanging indent of a numbered instruction
MIN_LABEL_WIDTH = 28 * mm
MAX_LABEL_WIDTH = 60 * mm
# Rows of the warning box taller than the space left may split, in pieces at least this tall.
MIN_ROW_PIECE = 14 * mm


@dataclass(frozen=True)
class AftercareText:
    """Every fixed word on the sheet, in the client's language. `warning_lines`
    are the signs that need a call at once (infection, severe pain, blanching
    or vision changes after filler), chosen by the caller for the treatment."""

    title: str
    intro: str
    treatment_label: str
    date_label: str
    practitioner_label: str
    areas_label: str
    products_label: str
    instructions_title: str
    warning_title: str
    warning_lines: tuple[str, ...]
    contact_title: str
    next_visit_label: str
    page_template: str
    language: str


@dataclass(frozen=True)
class SessionDetails:
    """The session the sheet is for; dates come already formatted. Each product
    is one line, e.g. "Bocouture 50 U, batch C1234". Empty fields are left out."""

    client_name: str
    treatment: str
    performed_on: str
    practitioner: str
    areas: str = ""
    products: tuple[str, ...] = ()
    next_visit: str = ""


@dataclass(frozen=True)
class _SheetStyles:
    base: Styles
    title: ParagraphStyle
    client: ParagraphStyle
    value: ParagraphStyle
    value_bold: ParagraphStyle
    instruction: ParagraphStyle
    box_title: ParagraphStyle
    warning: ParagraphStyle
    phone: ParagraphStyle
    next_visit: ParagraphStyle


def render_aftercare_sheet(
    *,
    text: AftercareText,
    clinic: ClinicHeader,
    session: SessionDetails,
    instructions: Sequence[str],
) -> bytes:
    """The sheet as PDF bytes. Blank instruction or warning lines are skipped."""
    styles = _sheet_styles(text.language)
    story: list[Flowable] = [_title(text, session, styles)]
    if text.intro.strip():
        story += [Spacer(0, 2 * mm), para(text.intro, styles.base.body)]
    details = _details(text, session, styles)
    if details is not None:
        story += [Spacer(0, 4 * mm), details]
    lines = [line.strip() for line in instructions if line.strip()]
    if lines:
        story += section_heading(text.instructions_title, styles.base)
        story += [
            Paragraph(markup(line), styles.instruction, bulletText=f"{number}.")
            for number, line in enumerate(lines, 1)
        ]
    story.append(KeepTogether([Spacer(0, 5 * mm), _call_box(text, clinic, session, styles)]))
    note = " · ".join(part for part in (session.client_name, session.performed_on) if part.strip())
    return build_pdf(
        story,
        title=text.title,
        clinic=clinic,
        language=text.language,
        page_template=text.page_template,
        footer_note=note,
    )


def _sheet_styles(language: str) -> _SheetStyles:
    base = make_styles(language)
    body = base.body

    def derived(name: str, **changes: object) -> ParagraphStyle:
        style = ParagraphStyle(name, parent=body, **changes)
        # As make_styles does for Chinese: room on the right for hanging punctuation.
        if uses_cjk_wrapping(language) and style.alignment not in (TA_RIGHT, TA_CENTER):
            style.rightIndent = style.fontSize
        else:
            style.rightIndent = 0
        return style

    return _SheetStyles(
        base=base,
        title=derived("aftercare_title", fontName=LATIN_BOLD, fontSize=20, leading=25),
        client=derived(
            "aftercare_client", fontName=LATIN_BOLD, fontSize=12.5, leading=17, alignment=TA_RIGHT
        ),
        value=derived("aftercare_value", fontSize=10.5, leading=14),
        value_bold=derived("aftercare_value_bold", fontName=LATIN_BOLD, fontSize=10.5, leading=14),
        instruction=derived(
            "aftercare_instruction",
            fontSize=11,
            leading=15.5,
            leftIndent=NUMBER_WIDTH,
            bulletIndent=0,
            bulletFontName=LATIN_BOLD,
            bulletFontSize=11,
            spaceAfter=2 * mm,
        ),
        box_title=derived("aftercare_box_title", fontName=LATIN_BOLD, fontSize=12.5, leading=16),
        warning=derived(
            "aftercare_warning",
            fontSize=10.5,
            leading=14.5,
            leftIndent=5 * mm,
            bulletIndent=0.5 * mm,
            bulletFontName=LATIN_BOLD,
            bulletFontSize=10.5,
        ),
        phone=derived(
            "aftercare_phone", fontName=LATIN_BOLD, fontSize=22, leading=28, alignment=TA_RIGHT
        ),
        next_visit=derived("aftercare_next_visit", fontName=LATIN_BOLD, fontSize=12.5, leading=17),
    )


def _title(text: AftercareText, session: SessionDetails, styles: _SheetStyles) -> Flowable:
    """The title, and the client's name on the same line at the right when it fits
    there (under the title when either is long)."""
    title = para(text.title, styles.title)
    if not session.client_name.strip():
        return title
    client = para(session.client_name, styles.client)
    title_width = natural_width(title) + 6 * mm
    client_width = natural_width(client) + 1 * mm
    if title_width + client_width > CONTENT_WIDTH:
        left = ParagraphStyle("client_left", styles.client, alignment=TA_LEFT)
        return KeepTogether([title, para(session.client_name, left)])
    return Table(
        [[title, client]],
        colWidths=[CONTENT_WIDTH - client_width, client_width],
        style=[
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            # Lift the name onto the title's baseline (a smaller font, so less descent).
            ("BOTTOMPADDING", (1, 0), (1, 0), 1.0),
        ],
    )


def _details(text: AftercareText, session: SessionDetails, styles: _SheetStyles) -> Table | None:
    """Label and value for each detail given, one to a row except the date and
    the practitioner, which share one; a detail without a value is left out."""
    rows: list[list[object]] = []
    labels: list[Paragraph] = []
    paired_row = -1

    def cells(label: str, value: str, style: ParagraphStyle) -> list[object]:
        labels.append(para(label, styles.base.label))
        return [labels[-1], para(value.strip(), style)]

    def add(label: str, value: str, style: ParagraphStyle) -> None:
        if value.strip():
            rows.append([*cells(label, value, style), "", ""])

    add(text.treatment_label, session.treatment, styles.value_bold)
    if session.performed_on.strip() and session.practitioner.strip():
        paired_row = len(rows)
        rows.append(
            [
                *cells(text.date_label, session.performed_on, styles.value),
                *cells(text.practitioner_label, session.practitioner, styles.value),
            ]
        )
        second_label = labels.pop()
    else:
        add(text.date_label, session.performed_on, styles.value)
        add(text.practitioner_label, session.practitioner, styles.value)
    add(text.areas_label, session.areas, styles.value)
    products = "\n".join(p.strip() for p in session.products if p.strip())
    add(text.products_label, products, styles.value)
    if not rows:
        return None
    label_width = max(natural_width(label) for label in labels) + 4 * mm
    label_width = min(max(label_width, MIN_LABEL_WIDTH), MAX_LABEL_WIDTH)
    second_width = 0.0
    if paired_row >= 0:
        second_width = min(natural_width(second_label) + 6 * mm, MAX_LABEL_WIDTH)
    half = CONTENT_WIDTH / 2
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.grey),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        # A label (smaller type) sits on its value's first line rather than above it.
        ("TOPPADDING", (0, 0), (0, -1), 1.6 * mm),
        ("TOPPADDING", (2, 0), (2, -1), 1.6 * mm),
    ]
    commands += [("SPAN", (1, row), (3, row)) for row in range(len(rows)) if row != paired_row]
    return Table(
        rows,
        colWidths=[label_width, half - label_width, second_width, half - second_width],
        style=commands,
    )


def _call_box(
    text: AftercareText, clinic: ClinicHeader, session: SessionDetails, styles: _SheetStyles
) -> Table:
    """One box, kept on one page: the signs that need a call at once (tinted),
    then the clinic's name and address with its phone in large print beside
    them (under them when the phone is too long), then the next visit."""
    rows: list[list[object]] = []
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BOX", (0, 0), (-1, -1), 1.6, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
    ]

    def whole_row(cell: object) -> int:
        row = len(rows)
        rows.append([cell, ""])
        commands.append(("SPAN", (0, row), (1, row)))
        return row

    warnings = [line.strip() for line in text.warning_lines if line.strip()]
    if text.warning_title.strip():
        whole_row(para(text.warning_title, styles.box_title))
        commands.append(("BOTTOMPADDING", (0, 0), (-1, 0), 1.5 * mm))
    for line in warnings:
        row = whole_row(Paragraph(markup(line), styles.warning, bulletText="\u2022"))
        commands += [
            ("TOPPADDING", (0, row), (-1, row), 0.5 * mm if row else 3 * mm),
            ("BOTTOMPADDING", (0, row), (-1, row), 1 * mm),
        ]
    if rows:
        last = len(rows) - 1
        commands += [
            ("BACKGROUND", (0, 0), (-1, last), WARNING_TINT),
            ("BOTTOMPADDING", (0, last), (-1, last), 3 * mm),
            ("LINEBELOW", (0, last), (-1, last), 1, colors.black),
        ]

    contact: list[Flowable] = [para(text.contact_title, styles.box_title)]
    if clinic.name.strip():
        contact += [Spacer(0, 0.5 * mm), para(clinic.name, styles.value_bold)]
    if clinic.address.strip():
        contact.append(para(clinic.address, styles.value))
    phone = para(clinic.phone, styles.phone)
    phone_width = natural_width(phone) + 8 * mm
    contact_width = CONTENT_WIDTH - phone_width
    if not clinic.phone.strip():
        whole_row(contact)
    elif phone_width <= CONTENT_WIDTH * 0.6:
        rows.append([contact, phone])
    else:
        contact_width = CONTENT_WIDTH
        whole_row(contact)
        left = ParagraphStyle("phone_left", styles.phone, alignment=TA_LEFT)
        row = whole_row(para(clinic.phone, left))
        commands.append(("TOPPADDING", (0, row), (-1, row), 0))

    if session.next_visit.strip():
        row = whole_row(_next_visit(text, session, styles))
        commands.append(("LINEABOVE", (0, row), (-1, row), 0.5, colors.grey))
    return Table(
        rows,
        colWidths=[contact_width, CONTENT_WIDTH - contact_width],
        splitInRow=MIN_ROW_PIECE,
        style=commands,
    )


def _next_visit(text: AftercareText, session: SessionDetails, styles: _SheetStyles) -> Table:
    """The label, then the date and time in bold on the same line."""
    label = para(text.next_visit_label, styles.value)
    width = CONTENT_WIDTH - 8 * mm
    label_width = min(natural_width(label) + 5 * mm, width / 2)
    return Table(
        [[label, para(session.next_visit, styles.next_visit)]],
        colWidths=[label_width, width - label_width],
        style=[
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ],
    )
