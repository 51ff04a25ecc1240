"""The blank intake questionnaire, printed for clients who prefer paper.

Every question keeps its tick boxes and writing lines on one page; questions are
numbered across sections so the practitioner can point to "question 12" when
typing the answers in. Black and white, with room to write by hand. The words
come translated from the caller; this module only lays out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from clinicdesk.reports.layout import (
    CONTENT_WIDTH,
    ClinicHeader,
    Styles,
    TickBox,
    WritingLines,
    build_pdf,
    make_styles,
    natural_width,
    para,
    section_heading,
    signature_block,
)

KINDS = ("yes_no", "choice", "lines")
NUMBER_WIDTH = 8 * mm
BOX_CELL = 5.5 * mm  # a tick box and the gap after it
LINE_SPACING = 8 * mm  # between handwritten lines


@dataclass(frozen=True)
class FormQuestion:
    """One question. `kind` is "yes_no", "choice" (tick one of `options`) or
    "lines" (`lines` ruled lines to write on). `detail` is a prompt printed under
    the question with a line to write on ("If yes, which?"); `date_label` adds a
    short line for a date ("When?")."""

    text: str
    kind: str
    options: tuple[str, ...] = ()
    detail: str = ""
    date_label: str = ""
    lines: int = 2


@dataclass(frozen=True)
class FormSection:
    title: str
    questions: tuple[FormQuestion, ...]


@dataclass(frozen=True)
class IntakeFormText:
    """Every fixed word on the form, in the client's language."""

    title: str
    intro: str
    identity_labels: tuple[str, ...]
    yes: str
    no: str
    declaration: str
    signature: str
    date: str
    page_template: str
    language: str


def render_intake_form(
    *, text: IntakeFormText, clinic: ClinicHeader, sections: Sequence[FormSection]
) -> bytes:
    styles = make_styles(text.language)
    for section in sections:
        for question in section.questions:
            if question.kind not in KINDS:
                raise ValueError(
                    f"unknown question kind {question.kind!r}; expected one of {KINDS}"
                )
    story: list[Flowable] = [para(text.title, styles.title)]
    if text.intro.strip():
        story += [para(text.intro, styles.body), Spacer(0, 4 * mm)]
    if text.identity_labels:
        story.append(_identity_boxes(text.identity_labels, styles))
    number = 0
    for section in sections:
        story += section_heading(section.title, styles)
        for question in section.questions:
            number += 1
            story.append(_question(number, question, text, styles))
    story.append(
        KeepTogether(
            [
                Spacer(0, 8 * mm),
                para(text.declaration, styles.body),
                Spacer(0, 4 * mm),
                signature_block([text.signature, text.date], styles),
            ]
        )
    )
    return build_pdf(
        story,
        title=text.title,
        clinic=clinic,
        language=text.language,
        page_template=text.page_template,
    )


def _identity_boxes(labels: Sequence[str], styles: Styles) -> Table:
    """A box per identity field: the label small at the top, room to write, a line.
    The first (the name) gets the whole width; the rest go two to a row."""
    gap = 8 * mm
    half = (CONTENT_WIDTH - gap) / 2
    rows: list[list[object]] = [[para(labels[0], styles.label), "", ""]]
    whole_rows = [0]
    rest = list(labels[1:])
    for start in range(0, len(rest), 2):
        pair = rest[start : start + 2]
        if len(pair) == 2:
            rows.append([para(pair[0], styles.label), "", para(pair[1], styles.label)])
        else:
            whole_rows.append(len(rows))
            rows.append([para(pair[0], styles.label), "", ""])
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1 * mm),
    ]
    for row in range(len(rows)):
        if row in whole_rows:
            commands += [
                ("SPAN", (0, row), (2, row)),
                ("LINEBELOW", (0, row), (2, row), 0.6, colors.black),
            ]
        else:
            commands += [
                ("LINEBELOW", (0, row), (0, row), 0.6, colors.black),
                ("LINEBELOW", (2, row), (2, row), 0.6, colors.black),
            ]
    return Table(
        rows,
        colWidths=[half, gap, half],
        rowHeights=[12 * mm] * len(rows),
        style=commands,
        spaceAfter=2 * mm,
    )


def _question(number: int, question: FormQuestion, text: IntakeFormText, styles: Styles) -> Table:
    """The question as one table row: rows never split, so it stays on one page."""
    width = CONTENT_WIDTH - NUMBER_WIDTH
    body: list[Flowable] = []
    if question.kind == "yes_no":
        boxes = _yes_no_boxes(text, styles)
        boxes_width = sum(boxes._colWidths)
        body.append(
            Table(
                [[para(question.text, styles.body), boxes]],
                colWidths=[width - boxes_width - 4 * mm, boxes_width + 4 * mm],
                style=[
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ],
            )
        )
    else:
        body.append(para(question.text, styles.body))
        if question.kind == "choice" and question.options:
            body += [Spacer(0, 1.5 * mm), _choices(question.options, styles, width)]
        elif question.kind == "lines":
            body.append(WritingLines(question.lines, spacing=LINE_SPACING))
    if question.detail or question.date_label:
        body.append(_detail_line(question, styles, width))
    # A plain cell, not a paragraph: Chinese wrapping would break "10." between digits.
    number_cell = f"{number}."
    return Table(
        [[number_cell, body]],
        colWidths=[NUMBER_WIDTH, width],
        style=[
            ("FONT", (0, 0), (0, 0), styles.bold.fontName, styles.bold.fontSize),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ],
        spaceAfter=4.5 * mm,
    )


def _yes_no_boxes(text: IntakeFormText, styles: Styles) -> Table:
    # Single words sized to fit: no room kept for hanging punctuation on the right.
    word = ParagraphStyle("tick_label", parent=styles.body, rightIndent=0)
    yes, no = para(text.yes, word), para(text.no, word)
    widths = [BOX_CELL, natural_width(yes) + 5 * mm, BOX_CELL, natural_width(no) + 1 * mm]
    return Table(
        [[TickBox(), yes, TickBox(), no]],
        colWidths=widths,
        style=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            # The box sits on the text's baseline region rather than above it.
            ("TOPPADDING", (0, 0), (0, 0), 0.6 * mm),
            ("TOPPADDING", (2, 0), (2, 0), 0.6 * mm),
        ],
    )


def _choices(options: Sequence[str], styles: Styles, width: float) -> Table:
    """The options with a box each, in as many columns (up to three) as their length allows."""
    labels = [para(option, styles.body) for option in options]
    longest = max(natural_width(label) for label in labels) + BOX_CELL + 4 * mm
    columns = 3 if longest <= width / 3 else 2 if longest <= width / 2 else 1
    column = width / columns
    rows: list[list[object]] = []
    for start in range(0, len(labels), columns):
        row: list[object] = []
        for label in labels[start : start + columns]:
            row += [TickBox(), label]
        row += ["", ""] * (columns - len(row) // 2)
        rows.append(row)
    return Table(
        rows,
        colWidths=[BOX_CELL, column - BOX_CELL] * columns,
        style=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 0.6 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * mm),
        ],
    )


def _detail_line(question: FormQuestion, styles: Styles, width: float) -> Table:
    """The prompt ("If yes, which?") then a line to the right margin; the date
    prompt, when there is one, with a shorter line at the end."""
    cells: list[object] = []
    widths: list[float] = []
    line_columns: list[int] = []
    remaining = width
    if question.date_label:
        date_label = para(question.date_label, styles.small)
        date_width = min(natural_width(date_label) + 2 * mm, 35 * mm)
        date_line = 32 * mm
        remaining -= date_width + date_line + 4 * mm
    if question.detail:
        prompt = para(question.detail, styles.small)
        prompt_width = min(natural_width(prompt) + 2 * mm, remaining * 0.55)
        cells += [prompt, ""]
        widths += [prompt_width, remaining - prompt_width]
        line_columns.append(1)
    else:
        cells.append("")
        widths.append(remaining)
    if question.date_label:
        cells += ["", date_label, ""]
        widths += [4 * mm, date_width, date_line]
        line_columns.append(len(cells) - 1)
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 4 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8 * mm),
    ]
    commands += [("LINEBELOW", (c, 0), (c, 0), 0.5, colors.grey) for c in line_columns]
    return Table([cells], colWidths=widths, style=commands)
