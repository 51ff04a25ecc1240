"""The consultation summary: what the client said and what was assessed, the
contraindication screening with any override and its reason, the amendments
made after finalising, and lines for both signatures.

Every page carries the client's name and the consultation date in the footer,
so a loose page can be put back in the right folder. The words come translated
from the caller; this module only lays out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from clinicdesk.reports.layout import (
    ClinicHeader,
    build_pdf,
    make_styles,
    para,
    section_heading,
    signature_block,
)
from clinicdesk.reports.record_parts import (
    AmendmentLine,
    ScreeningLine,
    SummaryRow,
    SummarySection,
    amendments_table,
    check_severities,
    details_grid,
    screening_table,
    section_rows,
    title_and_status,
)

__all__ = [
    "AmendmentLine",
    "ScreeningLine",
    "SummaryRow",
    "SummarySection",
    "SummaryText",
    "render_consultation_summary",
]


@dataclass(frozen=True)
class SummaryText:
    """Every fixed word on the summary, in the practitioner's language."""

    title: str
    client_label: str
    born_label: str
    date_label: str
    practitioner_label: str
    status: str
    screening_title: str
    screening_headers: tuple[str, str, str]
    override_label: str
    amendments_title: str
    amendment_headers: tuple[str, ...]
    page_template: str
    language: str
    signature_labels: tuple[str, str]


def render_consultation_summary(
    *,
    text: SummaryText,
    clinic: ClinicHeader,
    client_name: str,
    born: str,
    consulted_on: str,
    practitioner: str,
    sections: Sequence[SummarySection],
    screening: Sequence[ScreeningLine],
    amendments: Sequence[AmendmentLine],
) -> bytes:
    check_severities(screening)
    styles = make_styles(text.language)
    story: list[Flowable] = [
        title_and_status(text.title, text.status, styles),
        Spacer(0, 3 * mm),
        details_grid(
            [
                (text.client_label, client_name),
                (text.born_label, born),
                (text.date_label, consulted_on),
                (text.practitioner_label, practitioner),
            ],
            styles,
        ),
    ]
    for section in sections:
        story += section_heading(section.title, styles, keep_with_next=False)
        story += section_rows(section.rows, styles)
    story += section_heading(text.screening_title, styles, keep_with_next=False)
    if screening:
        story.append(
            screening_table(text.screening_headers, text.override_label, styles, screening)
        )
    else:
        story.append(para("—", styles.body))
    if amendments:
        story += section_heading(text.amendments_title, styles, keep_with_next=False)
        story.append(amendments_table(text.amendment_headers, styles, amendments))
    story.append(
        KeepTogether([Spacer(0, 6 * mm), signature_block(list(text.signature_labels), styles)])
    )
    note = " · ".join(part for part in (client_name, consulted_on) if part.strip())
    return build_pdf(
        story,
        title=text.title,
        clinic=clinic,
        language=text.language,
        page_template=text.page_template,
        footer_note=note,
    )
