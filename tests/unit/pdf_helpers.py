"""Reading generated PDFs back with poppler (pdftotext, pdfinfo), for the report tests."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

POPPLER = shutil.which("pdftotext") and shutil.which("pdfinfo")
needs_poppler = pytest.mark.skipif(
    not POPPLER, reason="poppler-utils (pdftotext, pdfinfo) is not installed"
)


def write_pdf(pdf: bytes, tmp_path: Path, name: str = "doc.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def page_count(pdf: bytes, tmp_path: Path) -> int:
    info = subprocess.run(
        ["pdfinfo", str(write_pdf(pdf, tmp_path, "info.pdf"))],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    match = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
    assert match, info
    return int(match.group(1))


def text_of(pdf: bytes, tmp_path: Path, *, page: int | None = None) -> str:
    """The text of the document (or of one page), with spacing normalised."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *pages, str(write_pdf(pdf, tmp_path, "text.pdf")), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return re.sub(r"\s+", " ", out)


def unbroken(text: str) -> str:
    """Text with all whitespace removed: pdftotext puts line breaks where the PDF
    wraps, and Chinese wrapped between characters has no space to restore."""
    return re.sub(r"\s+", "", text)


def words_with_boxes(pdf: bytes, tmp_path: Path) -> list[tuple[str, float, float, float]]:
    """(word, xMin, xMax, yMin) of every word on every page."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(write_pdf(pdf, tmp_path, "bbox.pdf")), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>'
    return [
        (word, float(x0), float(x1), float(y0)) for x0, y0, x1, word in re.findall(pattern, out)
    ]


def assert_footer_counts_pages(pdf: bytes, tmp_path: Path, template: str) -> int:
    pages = page_count(pdf, tmp_path)
    for page in range(1, pages + 1):
        expected = template.replace("{page}", str(page)).replace("{pages}", str(pages))
        assert unbroken(expected) in unbroken(text_of(pdf, tmp_path, page=page))
    return pages


def word_heights(pdf: bytes, tmp_path: Path) -> list[tuple[str, float]]:
    """(word, height) of every word on every page; the height follows the type size."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(write_pdf(pdf, tmp_path, "heights.pdf")), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pattern = r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>'
    return [(word, float(y1) - float(y0)) for y0, y1, word in re.findall(pattern, out)]
