"""The consultation summary: what the client said and what was assessed, the
contraindication screening with any override and its reason, the amendments
made after finalising, and lines for both signatures.

Every page carries the client's name and the consultation date in the footer,
so a loose page can be put back in the right folder. The words come translated
from the caller; this module only lays out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from clinicdesk.reports.layout import (
    CONTENT_WIDTH,
    LIGHT_GREY,
    ClinicHeader,
    Styles,
    build_pdf,
    make_styles,
    natural_width,
    para,
    section_heading,
    signature_block,
)

# Tints light enough to print text on, in colour or in grey; the level is also written out.
SEVERITY_TINTS = {
    "absolute": colors.Color(0.97, 0.78, 0.78),
    "relative": colors.Color(0.99, 0.87, 0.62),
    "caution": colors.Color(0.80, 0.88, 0.98),
    "clear": colors.Color(0.82, 0.93, 0.82),
}
LABEL_WIDTH = 55 * mm
VALUE_WIDTH = CONTENT_WIDTH - LABEL_WIDTH
# A value taller than this at the value column's width leaves the table and is set
# full width under its label, where it can run on over as many pages as it needs.
LONG_VALUE_HEIGHT = 70 * mm
# Table rows taller than the space left may split inside the row, but only into
# pieces at least this tall.
MIN_ROW_PIECE = 14 * mm


@dataclass(frozen=True)
class SummaryRow:
    label: str
    value: str


@dataclass(frozen=True)
class SummarySection:
    title: str
    rows: tuple[SummaryRow, ...]


@dataclass(frozen=True)
class ScreeningLine:
    """One treatment screened. `level` is the translated word ("Absolute");
    `severity` ("absolute", "relative", "caution" or "clear") picks its colour."""

    treatment: str
    level: str
    message: str
    override_reason: str = ""
    severity: str = field(kw_only=True)


@dataclass(frozen=True)
class AmendmentLine:
    when: str
    who: str
    field: str
    old: str
    new: str
    reason: str


@dataclass(frozen=True)
class SummaryText:
    """Every fixed word on the summary, in the practitioner's language."""

    title: str
    client_label: str
    born_label: str
    date_label: str
    practitioner_label: str
    status: str
    screening_title: str
    screening_headers: tuple[str, str, str]
    override_label: str
    amendments_title: str
    amendment_headers: tuple[str, ...]
    page_template: str
    language: str
    signature_labels: tuple[str, str]


def render_consultation_summary(
    *,
    text: SummaryText,
    clinic: ClinicHeader,
    client_name: str,
    born: str,
    consulted_on: str,
    practitioner: str,
    sections: Sequence[SummarySection],
    screening: Sequence[ScreeningLine],
    amendments: Sequence[AmendmentLine],
) -> bytes:
    for line in screening:
        if line.severity not in SEVERITY_TINTS:
            raise ValueError(
                f"unknown severity {line.severity!r}; expected one of {tuple(SEVERITY_TINTS)}"
            )
    styles = make_styles(text.language)
    story: list[Flowable] = [
        _title_and_status(text, styles),
        Spacer(0, 3 * mm),
        _details(text, styles, client_name, born, consulted_on, practitioner),
    ]
    for section in sections:
        story += section_heading(section.title, styles, keep_with_next=False)
        story += _section_rows(section.rows, styles)
    story += section_heading(text.screening_title, styles, keep_with_next=False)
    story.append(_screening_table(text, styles, screening) if screening else para("—", styles.body))
    if amendments:
        story += section_heading(text.amendments_title, styles, keep_with_next=False)
        story.append(_amendments_table(text, styles, amendments))
    story.append(
        KeepTogether([Spacer(0, 6 * mm), signature_block(list(text.signature_labels), styles)])
    )
    note = " · ".join(part for part in (client_name, consulted_on) if part.strip())
    return build_pdf(
        story,
        title=text.title,
        clinic=clinic,
        language=text.language,
        page_template=text.page_template,
        footer_note=note,
    )


def _value(text: str, style: ParagraphStyle) -> Paragraph:
    return para(text if text.strip() else "—", style)


def _title_and_status(text: SummaryText, styles: Styles) -> Table:
    """The title, and the status ("Final", "Draft — not finalised") boxed at its right."""
    status = para(text.status, styles.cell_bold)
    status_width = min(natural_width(status) + 6 * mm, 70 * mm)
    return Table(
        [[para(text.title, styles.title), status]],
        colWidths=[CONTENT_WIDTH - status_width, status_width],
        style=[
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (0, 0), 0),
            ("BOX", (1, 0), (1, 0), 1, colors.black),
            ("LEFTPADDING", (1, 0), (1, 0), 3 * mm),
            ("TOPPADDING", (1, 0), (1, 0), 1.5 * mm),
            ("BOTTOMPADDING", (1, 0), (1, 0), 2 * mm),
        ],
    )


def _details(
    text: SummaryText,
    styles: Styles,
    client_name: str,
    born: str,
    consulted_on: str,
    practitioner: str,
) -> Table:
    label, value = 30 * mm, CONTENT_WIDTH / 2 - 30 * mm
    rows = [
        [
            para(text.client_label, styles.label),
            _value(client_name, styles.bold),
            para(text.born_label, styles.label),
            _value(born, styles.body),
        ],
        [
            para(text.date_label, styles.label),
            _value(consulted_on, styles.body),
            para(text.practitioner_label, styles.label),
            _value(practitioner, styles.body),
        ],
    ]
    return Table(
        rows,
        colWidths=[label, value, label, value],
        style=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6 * mm),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
        ],
    )


def _section_rows(rows: Sequence[SummaryRow], styles: Styles) -> list[Flowable]:
    """Label and value side by side; a value too long for one table row goes under
    its label at full width, as a paragraph that can split across pages."""
    if not rows:
        return [para("—", styles.body)]
    out: list[Flowable] = []
    pending: list[list[Paragraph]] = []

    def flush() -> None:
        if pending:
            out.append(_label_value_table(list(pending)))
            pending.clear()

    for row in rows:
        label = para(row.label, styles.cell_bold)
        value = _value(row.value, styles.body)
        _, height = value.wrap(VALUE_WIDTH - 4 * mm, 10_000 * mm)
        if height <= LONG_VALUE_HEIGHT:
            pending.append([label, value])
            continue
        flush()
        out += [
            Spacer(0, 1.5 * mm),
            _keep_with_next(para(row.label, styles.cell_bold)),
            Spacer(0, 1 * mm),
            _value(row.value, styles.body),
            Spacer(0, 1.5 * mm),
            Table(
                [[""]],
                colWidths=[CONTENT_WIDTH],
                rowHeights=[1],
                style=[("LINEABOVE", (0, 0), (-1, -1), 0.25, colors.grey)],
            ),
        ]
    flush()
    return out


def _keep_with_next(flowable: Flowable) -> Flowable:
    flowable.keepWithNext = True
    return flowable


def _label_value_table(rows: list[list[Paragraph]]) -> Table:
    return Table(
        rows,
        colWidths=[LABEL_WIDTH, VALUE_WIDTH],
        splitInRow=MIN_ROW_PIECE,
        style=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
        ],
    )


def _screening_table(text: SummaryText, styles: Styles, lines: Sequence[ScreeningLine]) -> Table:
    """Treatment, level (tinted by severity) and message; an override's reason on a
    row of its own under the line it let through."""
    rows: list[list[object]] = [[para(h, styles.cell_bold) for h in text.screening_headers]]
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT_GREY),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
    ]
    for line in lines:
        first = len(rows)
        rows.append(
            [
                para(line.treatment, styles.cell),
                para(line.level, styles.cell_bold),
                para(line.message, styles.cell),
            ]
        )
        commands.append(("BACKGROUND", (1, first), (1, first), SEVERITY_TINTS[line.severity]))
        if line.override_reason.strip():
            rows.append(
                ["", para(f"{text.override_label} {line.override_reason}", styles.cell), ""]
            )
            commands += [
                ("SPAN", (1, first + 1), (2, first + 1)),
                ("NOSPLIT", (0, first), (-1, first + 1)),
                ("TOPPADDING", (0, first + 1), (-1, first + 1), 0),
                ("LINEBELOW", (0, first + 1), (-1, first + 1), 0.25, colors.grey),
            ]
        else:
            commands.append(("LINEBELOW", (0, first), (-1, first), 0.25, colors.grey))
    level_width = max(natural_width(para(line.level, styles.cell_bold)) for line in lines)
    level_width = min(max(level_width, natural_width(rows[0][1])) + 5 * mm, 40 * mm)  # type: ignore[arg-type]
    treatment_width = 50 * mm
    return Table(
        rows,
        colWidths=[treatment_width, level_width, CONTENT_WIDTH - treatment_width - level_width],
        repeatRows=1,
        splitInRow=MIN_ROW_PIECE,
        style=commands,
    )


def _amendments_table(text: SummaryText, styles: Styles, lines: Sequence[AmendmentLine]) -> Table:
    rows: list[list[object]] = [[para(h, styles.cell_bold) for h in text.amendment_headers]]
    for a in lines:
        rows.append(
            [para(v, styles.cell) for v in (a.when, a.who, a.field, a.old, a.new, a.reason)]
        )
    widths = [24 * mm, 24 * mm, 24 * mm, 30 * mm, 30 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    return Table(
        rows,
        colWidths=widths,
        repeatRows=1,
        splitInRow=MIN_ROW_PIECE,
        style=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), LIGHT_GREY),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey),
            ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), 1.5 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 1.5 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
        ],
    )
