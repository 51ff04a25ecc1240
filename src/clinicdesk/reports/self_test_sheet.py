"""A one-page PDF that exercises what consent forms rely on: embedded Latin and
Chinese fonts, a table, and a JPEG image passed as bytes (never re-encoded)."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table

from clinicdesk.reports.fonts import LATIN, markup, register_fonts


def render_self_test_sheet(*, title: str, lines: list[str], jpeg: bytes) -> bytes:
    register_fonts()
    body = ParagraphStyle("body", fontName=LATIN, fontSize=10, leading=14)
    heading = ParagraphStyle("heading", parent=body, fontSize=16, leading=20)
    story = [Paragraph(markup(title), heading), Spacer(0, 4 * mm)]
    story += [Paragraph(markup(line), body) for line in lines]
    story.append(Spacer(0, 4 * mm))
    story.append(
        Table(
            [[Paragraph(markup("Signature"), body), ""], [Paragraph(markup("Date"), body), ""]],
            colWidths=[40 * mm, 100 * mm],
            style=[("LINEBELOW", (1, 0), (1, -1), 0.5, "black")],
        )
    )
    story.append(Image(io.BytesIO(jpeg), width=40 * mm, height=30 * mm))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, title=title).build(story)
    return out.getvalue()
