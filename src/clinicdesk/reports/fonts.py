"""Embedded fonts for every script our practitioners write in.

DejaVu Sans sets Latin text (French and Polish diacritics included); WenQuanYi
Micro Hei sets Chinese. ReportLab does not fall back from one font to another
per glyph, so `markup()` wraps each run of CJK characters in a <font> tag.
Both are TrueType and are embedded (subset) in every PDF, so a form prints the
same on any printer and its text extracts with pdftotext.
"""

from __future__ import annotations

import re
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from clinicdesk.paths import resource_path

LATIN = "DejaVuSans"
LATIN_BOLD = "DejaVuSans-Bold"
CJK = "WenQuanYiMicroHei"

# CJK ideographs and punctuation, kana and full-width forms: the runs set in the CJK font.
_CJK_RUN = re.compile(
    "([\u2e80-\u2fdf\u3000-\u30ff\u3100-\u31bf\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0002fa1f]+)"
)


@cache
def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(LATIN, resource_path("fonts", "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(LATIN_BOLD, resource_path("fonts", "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont(CJK, resource_path("fonts", "wqy-microhei.ttc"), subfontIndex=0))
    addMapping(LATIN, 0, 0, LATIN)
    addMapping(LATIN, 1, 0, LATIN_BOLD)
    addMapping(LATIN, 0, 1, LATIN)
    addMapping(LATIN, 1, 1, LATIN_BOLD)
    addMapping(CJK, 0, 0, CJK)
    addMapping(CJK, 1, 0, CJK)
    addMapping(CJK, 0, 1, CJK)
    addMapping(CJK, 1, 1, CJK)


def markup(text: str) -> str:
    """Paragraph markup for plain `text`: escaped, CJK runs in the CJK font, newlines kept."""
    parts = _CJK_RUN.split(text)
    out = []
    for index, part in enumerate(parts):
        if not part:
            continue
        safe = escape(part).replace("\n", "<br/>")
        out.append(f'<font name="{CJK}">{safe}</font>' if index % 2 else safe)
    return "".join(out)
