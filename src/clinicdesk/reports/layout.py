"""What the clinic's printed documents share: the page (A4, the clinic in the
header, "Page X of Y" in the footer), the paragraph styles, and the choice of
line breaking for the language.

ReportLab breaks lines at spaces; Chinese and Japanese have none, so for those
languages every style wraps with `wordWrap="CJK"` (a break between any two
ideographs; Latin words inside are still kept whole where they fit). The page
count is only known once the story is laid out, so the footer is drawn by
`NumberedCanvas`, which holds every page back until `save()`.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, partial
from typing import Any

from reportlab.lib import colors, textsplit
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    paragraph,
)

from clinicdesk.reports.fonts import LATIN, LATIN_BOLD, markup, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
FOOTER_Y = 13 * mm  # top of the footer line of text
HEADER_TOP = 12 * mm  # from the top edge of the page to the clinic's name
HEADER_GAP = 6 * mm  # between the header rule and the first line of the story
RULE_GREY = colors.Color(0.55, 0.55, 0.55)
LIGHT_GREY = colors.Color(0.92, 0.92, 0.92)
HEADING_ROOM = 45 * mm  # a heading not kept with what follows needs this much page below it


@dataclass(frozen=True)
class ClinicHeader:
    """Who the document comes from, printed at the top of every page."""

    name: str
    address: str
    phone: str


def uses_cjk_wrapping(language: str) -> bool:
    """Whether lines in `language` (e.g. "zh_CN", "ja") may break between any two characters."""
    return language.lower().replace("-", "_").startswith(("zh", "ja"))


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    bold: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    header_name: ParagraphStyle
    header_detail: ParagraphStyle
    footer: ParagraphStyle
    footer_left: ParagraphStyle
    footer_right: ParagraphStyle


def make_styles(language: str) -> Styles:
    """The house styles; for Chinese and Japanese every one wraps between characters."""
    register_fonts()
    cjk = uses_cjk_wrapping(language)
    if cjk:
        _teach_reportlab_chinese_punctuation()
    wrap = "CJK" if cjk else None
    body = ParagraphStyle("body", fontName=LATIN, fontSize=10, leading=14, wordWrap=wrap)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11.5)
    styles = Styles(
        body=body,
        small=small,
        label=ParagraphStyle("label", parent=small, textColor=colors.Color(0.3, 0.3, 0.3)),
        bold=ParagraphStyle("bold", parent=body, fontName=LATIN_BOLD),
        cell=ParagraphStyle("cell", parent=body, fontSize=9, leading=12),
        cell_bold=ParagraphStyle(
            "cell_bold", parent=body, fontName=LATIN_BOLD, fontSize=9, leading=12
        ),
        title=ParagraphStyle(
            "title", parent=body, fontName=LATIN_BOLD, fontSize=17, leading=22, spaceAfter=2 * mm
        ),
        heading=ParagraphStyle(
            "heading", parent=body, fontName=LATIN_BOLD, fontSize=11.5, leading=15
        ),
        header_name=ParagraphStyle("header_name", parent=body, fontName=LATIN_BOLD, fontSize=11),
        header_detail=ParagraphStyle(
            "header_detail",
            parent=small,
            alignment=TA_RIGHT,
            textColor=colors.Color(0.25, 0.25, 0.25),
        ),
        footer=ParagraphStyle("footer", parent=small, fontSize=8, leading=10, alignment=TA_CENTER),
        footer_left=ParagraphStyle("footer_left", parent=small, fontSize=8, leading=10),
        footer_right=ParagraphStyle(
            "footer_right", parent=small, fontSize=8, leading=10, alignment=TA_RIGHT
        ),
    )
    if cjk:
        # A comma or full stop that may not start a line hangs past the line's end
        # (ReportLab's CJK rule): keep one em free on the right so it stays inside
        # the margin. Right-aligned and centred lines are short and never wrap.
        for style in vars(styles).values():
            if style.alignment not in (TA_RIGHT, TA_CENTER):
                style.rightIndent = style.fontSize
    return styles


# Closing punctuation Chinese uses that ReportLab's (Japanese-based) list of
# characters which may not start a line leaves out: full-width comma, colon,
# semicolon, exclamation and question marks, closing brackets and quotes.
_CHINESE_CANNOT_START = "\uff0c\uff1a\uff1b\uff01\uff1f\uff09\uff3d\uff5d\u300b\u3009\u300d\u300f\u3011\u3015\u3017\u201d\u2019"


@cache
def _teach_reportlab_chinese_punctuation() -> None:
    """Add `_CHINESE_CANNOT_START` to the set ReportLab's CJK line breaking reads.
    The set is a module global in two places (textsplit, and paragraph's copy of it);
    adding to it only changes where CJK-wrapped lines break."""
    for module in (textsplit, paragraph):
        missing = "".join(c for c in _CHINESE_CANNOT_START if c not in module.ALL_CANNOT_START)
        module.ALL_CANNOT_START += missing


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain `text` (escaped, CJK runs in the CJK font)."""
    return Paragraph(markup(text), style)


class WritingLines(Flowable):
    """`count` ruled lines to write on by hand, across the whole width available."""

    def __init__(self, count: int = 1, spacing: float = 8 * mm, width: float | None = None) -> None:
        super().__init__()
        self.count = max(1, count)
        self.spacing = spacing
        self.fixed_width = width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = self.fixed_width if self.fixed_width is not None else availWidth
        self.height = self.count * self.spacing
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setLineWidth(0.5)
        canvas.setStrokeColor(RULE_GREY)
        for n in range(self.count):
            y = self.height - (n + 1) * self.spacing + 0.5
            canvas.line(0, y, self.width, y)
        canvas.restoreState()


class TickBox(Flowable):
    """An empty square to tick with a pen."""

    def __init__(self, size: float = 3.6 * mm) -> None:
        super().__init__()
        self.size = size
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setLineWidth(0.8)
        self.canv.setStrokeColor(colors.black)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)
        self.canv.restoreState()


class NumberedCanvas(Canvas):
    """A canvas that writes "Page X of Y" (from `page_template`, with {page} and
    {pages}) on every page once the number of pages is known, and an optional
    `footer_note` (e.g. whose record this is) at the left of the footer."""

    def __init__(
        self,
        *args: Any,
        page_template: str = "Page {page} of {pages}",
        footer_note: str = "",
        language: str = "",
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._page_template = page_template
        self._footer_note = footer_note
        self._styles = make_styles(language)
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._draw_footer(pages)
            super().showPage()
        super().save()

    def _draw_footer(self, pages: int) -> None:
        # Not str.format: a stray brace in a translation must not break printing.
        text = self._page_template.replace("{pages}", str(pages)).replace(
            "{page}", str(self._pageNumber)
        )
        self.saveState()
        self.setStrokeColor(RULE_GREY)
        self.setLineWidth(0.4)
        self.line(MARGIN, FOOTER_Y + 1.5 * mm, PAGE_WIDTH - MARGIN, FOOTER_Y + 1.5 * mm)
        if self._footer_note:
            note_width = CONTENT_WIDTH * 0.68
            _draw_paragraph(
                self, self._footer_note, self._styles.footer_left, MARGIN, FOOTER_Y, note_width
            )
            _draw_paragraph(
                self,
                text,
                self._styles.footer_right,
                MARGIN + note_width,
                FOOTER_Y,
                CONTENT_WIDTH - note_width,
            )
        else:
            _draw_paragraph(self, text, self._styles.footer, MARGIN, FOOTER_Y, CONTENT_WIDTH)
        self.restoreState()


def _draw_paragraph(
    canvas: Canvas, text: str, style: ParagraphStyle, x: float, top: float, width: float
) -> float:
    """Draw `text` in a box `width` wide whose top is at `top`; return its height."""
    p = Paragraph(markup(text), style)
    _, height = p.wrap(width, PAGE_HEIGHT)
    p.drawOn(canvas, x, top - height)
    return height


def _header_paragraphs(clinic: ClinicHeader, styles: Styles) -> tuple[Paragraph, Paragraph]:
    details = "\n".join(part for part in (clinic.address, clinic.phone) if part.strip())
    return para(clinic.name, styles.header_name), para(details, styles.header_detail)


def _header_height(clinic: ClinicHeader, styles: Styles) -> float:
    name, details = _header_paragraphs(clinic, styles)
    return max(
        name.wrap(CONTENT_WIDTH * 0.5, PAGE_HEIGHT)[1],
        details.wrap(CONTENT_WIDTH * 0.5, PAGE_HEIGHT)[1],
    )


def _draw_header(clinic: ClinicHeader, styles: Styles, canvas: Canvas, _doc: object) -> None:
    name, details = _header_paragraphs(clinic, styles)
    top = PAGE_HEIGHT - HEADER_TOP
    half = CONTENT_WIDTH * 0.5
    name_height = name.wrap(half, PAGE_HEIGHT)[1]
    details_height = details.wrap(half, PAGE_HEIGHT)[1]
    name.drawOn(canvas, MARGIN, top - name_height)
    details.drawOn(canvas, MARGIN + half, top - details_height)
    rule_y = top - max(name_height, details_height) - 2 * mm
    canvas.saveState()
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN, rule_y, PAGE_WIDTH - MARGIN, rule_y)
    canvas.restoreState()


def build_pdf(
    story: Sequence[Flowable],
    *,
    title: str,
    clinic: ClinicHeader,
    language: str,
    page_template: str,
    footer_note: str = "",
) -> bytes:
    """Lay `story` out on A4 pages with the clinic header and the numbered footer."""
    styles = make_styles(language)
    top_margin = HEADER_TOP + _header_height(clinic, styles) + 2 * mm + HEADER_GAP
    bottom_margin = FOOTER_Y + 6 * mm
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=A4,
        title=title,
        author=clinic.name,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=top_margin,
        bottomMargin=bottom_margin,
    )
    # No frame padding: paragraphs and full-width tables share the same left edge.
    frame = Frame(
        MARGIN,
        bottom_margin,
        CONTENT_WIDTH,
        PAGE_HEIGHT - top_margin - bottom_margin,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates(
        [PageTemplate("page", frames=[frame], onPage=partial(_draw_header, clinic, styles))]
    )
    doc.build(
        list(story),
        canvasmaker=partial(
            NumberedCanvas, page_template=page_template, footer_note=footer_note, language=language
        ),
    )
    return out.getvalue()


def natural_width(paragraph: Paragraph) -> float:
    """How wide `paragraph` is when nothing makes it wrap, indents included."""
    paragraph.wrap(10 * PAGE_WIDTH, PAGE_HEIGHT)
    widths = paragraph.getActualLineWidths0()
    indents = paragraph.style.leftIndent + paragraph.style.rightIndent
    return (max(widths) if widths else 0.0) + indents


def section_heading(
    text: str, styles: Styles, width: float = CONTENT_WIDTH, *, keep_with_next: bool = True
) -> list[Flowable]:
    """A heading on a light grey band. With `keep_with_next` it moves to the next
    page with what follows it (right for short blocks); without, it only asks for
    `HEADING_ROOM` below it, so a long table after it still starts on this page."""
    table = Table(
        [[para(text, styles.heading)]],
        colWidths=[width],
        style=[
            ("BACKGROUND", (0, 0), (-1, -1), LIGHT_GREY),
            ("LINEBELOW", (0, 0), (-1, -1), 0.8, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8 * mm),
        ],
        spaceBefore=5 * mm,
        spaceAfter=3 * mm,
    )
    if keep_with_next:
        table.keepWithNext = True
        return [table]
    return [CondPageBreak(HEADING_ROOM), table]


def signature_block(labels: Sequence[str], styles: Styles, width: float = CONTENT_WIDTH) -> Table:
    """Lines to sign (or date) on, side by side, each with its label beneath."""
    gap = 12 * mm
    count = max(1, len(labels))
    cell = (width - gap * (count - 1)) / count
    widths: list[float] = []
    for n in range(count):
        widths += [cell] if n == 0 else [gap, cell]
    first: list[object] = []
    second: list[object] = []
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]
    for n, label in enumerate(labels):
        if n:
            first.append("")
            second.append("")
        column = 2 * n
        first.append("")
        second.append(para(label, styles.label))
        commands.append(("LINEBELOW", (column, 0), (column, 0), 0.8, colors.black))
    return Table([first, second], colWidths=widths, rowHeights=[14 * mm, None], style=commands)
