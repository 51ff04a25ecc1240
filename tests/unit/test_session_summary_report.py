"""The printed session record laid out from words and data: every view that holds a
mark is drawn and its legend numbered, Chinese and Polish extract as written, a
10,000-character observation runs on over as many pages as it needs, and sections
with nothing in them leave no bare headings. Read back with poppler."""

from __future__ import annotations

import pytest
from tests.unit.pdf_helpers import (
    assert_footer_counts_pages,
    needs_poppler,
    page_count,
    text_of,
    unbroken,
)

from clinicdesk.reports.body_diagrams import mark_colour
from clinicdesk.reports.layout import ClinicHeader
from clinicdesk.reports.record_parts import AmendmentLine, SummaryRow, SummarySection
from clinicdesk.reports.session_summary import (
    ChartMarkLine,
    EventLine,
    ProductLine,
    SessionSummary,
    SessionSummaryText,
    render_session_summary,
)
from clinicdesk.rules.body_chart import VIEWS, ChartPlace

pytestmark = needs_poppler

CLINIC = ClinicHeader("Gabinet Zdrowa Skóra", "ul. Długa 5, 00-238 Warszawa", "+48 22 123 45 67")


def _text(language: str = "en") -> SessionSummaryText:
    return SessionSummaryText(
        title="Session record",
        status="Signed off 12/03/2026 15:40",
        products_title="Products and batches",
        product_headers=("Product", "Batch", "Expires", "Quantity", "Where"),
        chart_title="Face and body chart",
        mark_headers=("No.", "View", "Place", "Product", "Quantity"),
        screening_title="Screening",
        screening_headers=("Treatment", "Level", "Finding"),
        override_label="Let through because:",
        events_title="Adverse events",
        event_headers=("When", "Severity", "What happened", "Action", "Follow-up", "By"),
        amendments_title="Corrections",
        amendment_headers=("When", "Who", "What", "Before", "After", "Reason"),
        signature_label="Practitioner's signature",
        page_template="Page {page} of {pages}",
        language=language,
        side_names={"right": "R", "left": "L"},
    )


def _marks() -> list[ChartMarkLine]:
    marks = [
        ChartMarkLine(
            n,
            ChartPlace(view, 0.5, 0.4),
            mark_colour(n % 3),
            f"View {view}",
            f"place-{view}",
            f"Bocouture — lot C{n}",
            "4 U",
        )
        for n, view in enumerate(VIEWS, start=1)
    ]
    area = ChartPlace("face_front", 0.3, 0.6, 0.08)
    marks.append(ChartMarkLine(len(marks) + 1, area, mark_colour(None), "View face", "cheek zone"))
    return marks


def test_every_view_with_a_mark_is_drawn_and_the_legend_numbers_them(tmp_path):
    summary = SessionSummary(
        details=[("Client", "Zofia Wójcik"), ("Born", "04/05/1990")],
        footer_note="Zofia Wójcik · 12/03/2026",
        products=[ProductLine("Bocouture", "C1", "03/2027", "4 U", "glabella (mark 1)")],
        chart=_marks(),
        events=[EventLine("12/03/2026 16:05", "Mild", "Redness", "", "", "HL", severity="mild")],
        amendments=[AmendmentLine("13/03/2026 09:12", "HL", "Device", "—", "Pen", "Omitted")],
    )
    pdf = render_session_summary(text=_text(), clinic=CLINIC, summary=summary)
    text = unbroken(text_of(pdf, tmp_path))
    for view in VIEWS:
        assert f"View{view}" in text and f"place-{view}" in text
    assert "cheekzone" in text and "glabella(mark1)" in text
    assert "12/03/202616:05" in text and "13/03/202609:12" in text
    assert_footer_counts_pages(pdf, tmp_path, "Page {page} of {pages}")


@pytest.mark.parametrize(
    ("language", "words"),
    [("pl", "Zażółć gęślą jaźń"), ("zh_CN", "注射后两天内避免剧烈运动和桑拿")],
)
def test_the_language_of_the_practitioner_extracts_as_written(tmp_path, language, words):
    summary = SessionSummary(
        details=[("Client", "王芳")],
        footer_note="王芳",
        sections=[SummarySection("Notes", (SummaryRow("Observations", words),))],
    )
    pdf = render_session_summary(text=_text(language), clinic=CLINIC, summary=summary)
    assert unbroken(words) in unbroken(text_of(pdf, tmp_path))


def test_a_very_long_observation_runs_on_over_pages_and_nothing_empty_is_printed(tmp_path):
    long_text = " ".join(f"word{n}" for n in range(1_700))  # about 10,000 characters
    summary = SessionSummary(
        details=[("Client", "Anne Martin")],
        footer_note="Anne Martin",
        sections=[SummarySection("Reaction", (SummaryRow("Observations", long_text),))],
    )
    pdf = render_session_summary(text=_text(), clinic=CLINIC, summary=summary)
    text = text_of(pdf, tmp_path)
    assert page_count(pdf, tmp_path) >= 3
    assert "word0" in text and "word1699" in text
    for empty in ("Products and batches", "Face and body chart", "Adverse events", "Corrections"):
        assert empty not in text
    assert_footer_counts_pages(pdf, tmp_path, "Page {page} of {pages}")


def test_an_unknown_severity_is_refused_before_anything_is_drawn():
    event = EventLine("", "?", "", "", "", "", severity="catastrophic")
    with pytest.raises(ValueError, match="catastrophic"):
        render_session_summary(
            text=_text(),
            clinic=CLINIC,
            summary=SessionSummary(details=[], footer_note="", events=[event]),
        )
