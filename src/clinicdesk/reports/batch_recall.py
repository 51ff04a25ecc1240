"""A product recall list: every client who received a batch, to telephone them.

A table with a repeated header row, so a long list reads on every page. The words come
translated from the caller; the rows come as plain text, already formatted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from clinicdesk.reports.layout import CONTENT_WIDTH, ClinicHeader, build_pdf, make_styles, para

# Share of the width per column: date, client, phone, product, quantity, status. The phone
# column fits an international number on one line: the list is read while dialling.
COLUMN_SHARES = (0.14, 0.22, 0.22, 0.22, 0.09, 0.11)


@dataclass(frozen=True)
class RecallText:
    title: str
    intro: str  # e.g. "Batch C1234 of Bocouture — 12 sessions, printed 23/11/2026 16:40"
    headers: tuple[str, str, str, str, str, str]
    empty: str
    page_template: str
    language: str


def render_batch_recall(
    *, text: RecallText, clinic: ClinicHeader, rows: Sequence[tuple[str, ...]]
) -> bytes:
    styles = make_styles(text.language)
    story: list[Flowable] = [
        para(text.title, styles.title),
        para(text.intro, styles.body),
        Spacer(0, 4 * mm),
    ]
    if rows:
        data = [[para(h, styles.cell_bold) for h in text.headers]]
        data += [[para(cell, styles.cell) for cell in row] for row in rows]
        story.append(
            Table(
                data,
                colWidths=[CONTENT_WIDTH * share for share in COLUMN_SHARES],
                repeatRows=1,
                style=[
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef1f4")),
                ],
            )
        )
    else:
        story.append(para(text.empty, styles.body))
    return build_pdf(
        story,
        title=text.title,
        clinic=clinic,
        language=text.language,
        page_template=text.page_template,
    )
