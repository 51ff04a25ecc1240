"""Recall letters: a client invited back for a review or their next treatment.

One letter per page, each in its client's language, so that a batch prints in one go and
every page goes into its own envelope: the date at the right, the client's name and
postal address where a window envelope shows it, then the letter. The clinic's name,
address and phone head every page; the footer carries no page numbers, since each page
is a letter of its own. The caller gives the words already filled in and the date already
formatted; this module only lays out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from clinicdesk.reports.layout import ClinicHeader, build_pdf, make_styles, para

# From the header rule down to the address, and the address block's height: where the
# window of a DL or C5 envelope with a left window falls on an A4 sheet folded in three.
ADDRESS_TOP = 18 * mm
ADDRESS_HEIGHT = 32 * mm


@dataclass(frozen=True)
class RecallLetter:
    """One letter: `body` in paragraphs separated by a blank line (a single line break
    is kept, as in a closing "Kind regards,\\nthe clinic")."""

    language: str
    date_line: str
    recipient: tuple[str, ...]  # the name, then the postal address lines
    body: str


def _letter(letter: RecallLetter) -> list[Flowable]:
    styles = make_styles(letter.language)
    body = ParagraphStyle("letter_body", parent=styles.body, fontSize=11, leading=16)
    date = ParagraphStyle("letter_date", parent=body, alignment=TA_RIGHT, rightIndent=0)
    address = [para(line, body) for line in letter.recipient if line.strip()]
    story: list[Flowable] = [para(letter.date_line, date), Spacer(0, ADDRESS_TOP), *address]
    used = len(address) * body.leading
    story.append(Spacer(0, max(6 * mm, ADDRESS_HEIGHT - used)))
    for paragraph in letter.body.split("\n\n"):
        if paragraph.strip():
            story += [para(paragraph.strip(), body), Spacer(0, 4 * mm)]
    return story


def render_recall_letters(
    *, letters: Sequence[RecallLetter], clinic: ClinicHeader, title: str, language: str
) -> bytes:
    """The letters as one PDF, one per page; `language` is the practice's (the header's)."""
    if not letters:
        raise ValueError("no letters to print")
    story: list[Flowable] = []
    for number, letter in enumerate(letters):
        if number:
            story.append(PageBreak())
        story += _letter(letter)
    return build_pdf(story, title=title, clinic=clinic, language=language, page_template="")
