"""The pieces the printed records share (the consultation summary, the session
summary): a title with its status boxed beside it, a grid of details, sections of
labelled values, the contraindication screening, and tables of dated entries such as
amendments, which run on over as many pages as they need and repeat their header.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from clinicdesk.reports.layout import (
    CONTENT_WIDTH,
    LIGHT_GREY,
    Styles,
    natural_width,
    para,
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


def check_severities(lines: Sequence[ScreeningLine]) -> None:
    for line in lines:
        if line.severity not in SEVERITY_TINTS:
            raise ValueError(
                f"unknown severity {line.severity!r}; expected one of {tuple(SEVERITY_TINTS)}"
            )


def value_paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    return para(text if text.strip() else "—", style)


def title_and_status(title: str, status: str, styles: Styles) -> Table:
    """The title, and the status ("Final", "Draft — not finalised") boxed at its right."""
    status_cell = para(status, styles.cell_bold)
    status_width = min(natural_width(status_cell) + 6 * mm, 70 * mm)
    return Table(
        [[para(title, styles.title), status_cell]],
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


def details_grid(
    pairs: Sequence[tuple[str, str]], styles: Styles, *, bold_first: bool = True
) -> Table:
    """Labels and values two to a row (client and date of birth, date and
    practitioner...); the first value in bold when `bold_first`."""
    label, value = 30 * mm, CONTENT_WIDTH / 2 - 30 * mm
    cells = [
        [
            para(name, styles.label),
            value_paragraph(text, styles.bold if bold_first and n == 0 else styles.body),
        ]
        for n, (name, text) in enumerate(pairs)
    ]
    if len(cells) % 2:
        cells.append(["", ""])
    rows = [cells[n] + cells[n + 1] for n in range(0, len(cells), 2)]
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


def section_rows(rows: Sequence[SummaryRow], styles: Styles) -> list[Flowable]:
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
        value = value_paragraph(row.value, styles.body)
        _, height = value.wrap(VALUE_WIDTH - 4 * mm, 10_000 * mm)
        if height <= LONG_VALUE_HEIGHT:
            pending.append([label, value])
            continue
        flush()
        out += [
            Spacer(0, 1.5 * mm),
            _keep_with_next(para(row.label, styles.cell_bold)),
            Spacer(0, 1 * mm),
            value_paragraph(row.value, styles.body),
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


def screening_table(
    headers: Sequence[str],
    override_label: str,
    styles: Styles,
    lines: Sequence[ScreeningLine],
) -> Table:
    """Treatment, level (tinted by severity) and message; an override's reason on a
    row of its own under the line it let through."""
    rows: list[list[object]] = [[para(h, styles.cell_bold) for h in headers]]
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
            rows.append(["", para(f"{override_label} {line.override_reason}", styles.cell), ""])
            commands += [
                ("SPAN", (1, first + 1), (2, first + 1)),
                ("NOSPLIT", (0, first), (-1, first + 1)),
                ("TOPPADDING", (0, first + 1), (-1, first + 1), 0),
                ("LINEBELOW", (0, first + 1), (-1, first + 1), 0.25, colors.grey),
            ]
        else:
            commands.append(("LINEBELOW", (0, first), (-1, first), 0.25, colors.grey))
    level_width = max(natural_width(para(line.level, styles.cell_bold)) for line in lines)
    level_width = min(max(level_width, natural_width(rows[0][1])) + 5 * mm, 40 * mm)
    treatment_width = 50 * mm
    return Table(
        rows,
        colWidths=[treatment_width, level_width, CONTENT_WIDTH - treatment_width - level_width],
        repeatRows=1,
        splitInRow=MIN_ROW_PIECE,
        style=commands,
    )


def entry_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str | Flowable]],
    widths: Sequence[float],
    styles: Styles,
    *,
    extra_style: Sequence[tuple[object, ...]] = (),
) -> Table:
    """Dated entries (amendments, adverse events, product lines) under a grey header
    row repeated on each page; `widths` for all columns but the last, which takes
    what is left. A cell is text, or a flowable the caller has styled."""
    cells: list[list[object]] = [[para(h, styles.cell_bold) for h in headers]]
    cells += [
        [value_paragraph(v, styles.cell) if isinstance(v, str) else v for v in row] for row in rows
    ]
    return Table(
        cells,
        colWidths=[*widths, CONTENT_WIDTH - sum(widths)],
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
            *extra_style,
        ],
    )


def amendments_table(
    headers: Sequence[str], styles: Styles, lines: Sequence[AmendmentLine]
) -> Table:
    return entry_table(
        headers,
        [(a.when, a.who, a.field, a.old, a.new, a.reason) for a in lines],
        [24 * mm, 24 * mm, 24 * mm, 30 * mm, 30 * mm],
        styles,
    )
