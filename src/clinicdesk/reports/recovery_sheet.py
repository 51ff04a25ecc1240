"""The Recovery Sheet: printed at first run and kept away from the computer.

It carries the recovery key in large, well-spaced characters, and what to do
with it. The words come translated from the caller; this module only lays out.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from clinicdesk.reports.fonts import LATIN, LATIN_BOLD, markup, register_fonts


@dataclass(frozen=True)
class RecoverySheetText:
    """Every word on the sheet, in the practitioner's language."""

    title: str
    intro: str
    key_label: str
    steps: list[str]
    clinic_label: str
    created_label: str
    vault_label: str
    kept_where_label: str


def render_recovery_sheet(
    *, text: RecoverySheetText, clinic_name: str, created_on: str, vault_id: str, recovery_key: str
) -> bytes:
    register_fonts()
    body = ParagraphStyle("body", fontName=LATIN, fontSize=10.5, leading=15)
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=12, textColor=colors.grey)
    title = ParagraphStyle("title", parent=body, fontName=LATIN_BOLD, fontSize=20, leading=26)
    groups = recovery_key.split("-")
    # Plain cells, not paragraphs: a group of four must never wrap.
    key_table = Table(
        [groups],
        colWidths=[28 * mm] * len(groups),
        rowHeights=[18 * mm],
        style=[
            ("FONT", (0, 0), (-1, -1), LATIN_BOLD, 20),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
            ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ],
    )
    details = Table(
        [
            [Paragraph(markup(text.clinic_label), small), Paragraph(markup(clinic_name), body)],
            [Paragraph(markup(text.created_label), small), Paragraph(markup(created_on), body)],
            [Paragraph(markup(text.vault_label), small), Paragraph(markup(vault_id), small)],
        ],
        colWidths=[45 * mm, 125 * mm],
        style=[("VALIGN", (0, 0), (-1, -1), "TOP")],
    )
    story = [
        Paragraph(markup(text.title), title),
        Spacer(0, 4 * mm),
        details,
        Spacer(0, 6 * mm),
        Paragraph(markup(text.intro), body),
        Spacer(0, 6 * mm),
        Paragraph(markup(text.key_label), small),
        Spacer(0, 2 * mm),
        key_table,
        Spacer(0, 8 * mm),
    ]
    story += [Paragraph(markup(f"{n}. {step}"), body) for n, step in enumerate(text.steps, 1)]
    story += [
        Spacer(0, 10 * mm),
        Paragraph(markup(text.kept_where_label), small),
        Spacer(0, 10 * mm),
        Table(
            [[""]], colWidths=[170 * mm], style=[("LINEABOVE", (0, 0), (-1, -1), 0.5, colors.black)]
        ),
    ]
    out = io.BytesIO()
    SimpleDocTemplate(
        out, pagesize=A4, title=text.title, leftMargin=20 * mm, rightMargin=20 * mm
    ).build(story)
    return out.getvalue()
