"""A comparison of photos on one A4 page: the clinic header, a title, what the photos show
and what the export is for, the photos side by side as one picture, and each photo's label
(its date and session) under it as text, so it can be read, searched and copied.

The picture comes as JPEG bytes, made and (when asked) anonymised by the caller, and goes
into the PDF as it is: never re-encoded, never written anywhere. The words come
translated from the caller; the client's name appears only in the footer note the caller
gives (for the clinical record; never on an anonymised export).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Spacer, Table

from clinicdesk.reports.layout import CONTENT_WIDTH, ClinicHeader, build_pdf, make_styles, para

# The picture may take most of the page, leaving room for the title above and the
# labels below on one page.
MAX_PICTURE_HEIGHT = 170 * mm


@dataclass(frozen=True)
class ComparisonText:
    title: str
    details: Sequence[str]  # lines under the title: area and view, purpose, anonymised
    page_template: str  # with {page} and {pages}
    footer_note: str = ""
    language: str = "en"


def render_photo_comparison(
    *,
    text: ComparisonText,
    clinic: ClinicHeader,
    jpeg: bytes,
    size: tuple[int, int],
    labels: Sequence[str],
) -> bytes:
    """The page as PDF bytes; `size` is the picture's (width, height) in pixels and
    `labels` the photos' labels, left to right."""
    styles = make_styles(text.language)
    pixels_wide, pixels_high = size
    width = CONTENT_WIDTH
    height = width * pixels_high / pixels_wide
    if height > MAX_PICTURE_HEIGHT:
        width, height = width * MAX_PICTURE_HEIGHT / height, MAX_PICTURE_HEIGHT
    story: list[Flowable] = [para(text.title, styles.title)]
    story += [para(line, styles.body) for line in text.details if line]
    story += [Spacer(0, 4 * mm), Image(io.BytesIO(jpeg), width=width, height=height)]
    if labels:
        centred = ParagraphStyle("label_centred", parent=styles.cell, alignment=TA_CENTER)
        story.append(
            Table(
                [[para(label, centred) for label in labels]],
                colWidths=[width / len(labels)] * len(labels),
                spaceBefore=1 * mm,
            )
        )
    return build_pdf(
        story,
        title=text.title,
        clinic=clinic,
        language=text.language,
        page_template=text.page_template,
        footer_note=text.footer_note,
    )
