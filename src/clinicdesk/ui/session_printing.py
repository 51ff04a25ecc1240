"""The aftercare sheet of a session, in the client's language.

The client takes the sheet home: every word on it is in the language of their record
(the interface's when they have none), whatever language the practitioner works in. The
instructions are the treatment's aftercare from the catalogue; the warning signs that
need a call at once are general ones plus those of the treatment (blanching or a change
of sight after filler, drooping or trouble swallowing after toxin).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale

from clinicdesk.reports.aftercare_sheet import AftercareText, SessionDetails, render_aftercare_sheet
from clinicdesk.rules.codes import text_in
from clinicdesk.services import catalogue, clinic
from clinicdesk.services.client_fields import full_name
from clinicdesk.services.clients import ClientRecord
from clinicdesk.services.sessions import SessionRecord
from clinicdesk.ui.formatting import date_format
from clinicdesk.ui.i18n import current_language, translate_in
from clinicdesk.ui.practice_handle import PracticeHandle
from clinicdesk.ui.products_editor import UNIT_NAMES

CONTEXT = "AftercareSheet"
WORDS = {
    "title": QT_TRANSLATE_NOOP("AftercareSheet", "Aftercare"),
    "intro": QT_TRANSLATE_NOOP(
        "AftercareSheet",
        "Thank you for your visit. Please read these instructions carefully and keep this sheet.",
    ),
    "treatment_label": QT_TRANSLATE_NOOP("AftercareSheet", "Treatment"),
    "date_label": QT_TRANSLATE_NOOP("AftercareSheet", "Date"),
    "practitioner_label": QT_TRANSLATE_NOOP("AftercareSheet", "Practitioner"),
    "areas_label": QT_TRANSLATE_NOOP("AftercareSheet", "Areas"),
    "products_label": QT_TRANSLATE_NOOP("AftercareSheet", "Products"),
    "instructions_title": QT_TRANSLATE_NOOP("AftercareSheet", "Caring for your skin at home"),
    "warning_title": QT_TRANSLATE_NOOP("AftercareSheet", "Call us at once if"),
    "contact_title": QT_TRANSLATE_NOOP("AftercareSheet", "Your clinic"),
    "next_visit_label": QT_TRANSLATE_NOOP("AftercareSheet", "Next visit"),
    "page_template": QT_TRANSLATE_NOOP("AftercareSheet", "Page {page} of {pages}"),
    "batch": QT_TRANSLATE_NOOP("AftercareSheet", "{product} {quantity} {unit}, batch {lot}"),
}
GENERAL_WARNINGS = (
    QT_TRANSLATE_NOOP(
        "AftercareSheet",
        "you see signs of infection: redness or warmth that grows, pus, or a fever;",
    ),
    QT_TRANSLATE_NOOP("AftercareSheet", "the pain is severe or getting worse;"),
    QT_TRANSLATE_NOOP(
        "AftercareSheet", "blisters, crusts or swelling keep spreading after two days."
    ),
)
FAMILY_WARNINGS = {
    "dermal_filler": (
        QT_TRANSLATE_NOOP(
            "AftercareSheet",
            "the skin turns pale, white or dusky, or your sight changes: call {emergency} and "
            "then us, at once.",
        ),
    ),
    "botulinum_toxin": (
        QT_TRANSLATE_NOOP(
            "AftercareSheet",
            "an eyelid or the mouth droops, or you have trouble swallowing, speaking or "
            "breathing (for breathing: call {emergency} first).",
        ),
    ),
}


# The emergency number where the clinic is (its country in the clinic's details); 112
# reaches emergency services across Europe and from most mobile phones elsewhere.
EMERGENCY_NUMBERS = {
    "GB": "999", "IE": "112", "CN": "120", "HK": "999", "MO": "999", "TW": "119",
    "US": "911", "CA": "911", "AU": "000", "NZ": "111", "CH": "144", "SG": "995",
}  # fmt: skip
DEFAULT_EMERGENCY_NUMBER = "112"


def emergency_number(country: str | None) -> str:
    return EMERGENCY_NUMBERS.get((country or "").upper(), DEFAULT_EMERGENCY_NUMBER)


def paper_date(day: date, language: str) -> str:
    """A day as the client reads it in their language, with a four-digit year."""
    locale = QLocale(language)
    return locale.toString(QDate(day.year, day.month, day.day), date_format(locale))


def _words(language: str) -> dict[str, str]:
    return {key: translate_in(language, CONTEXT, source) for key, source in WORDS.items()}


def client_language(client: ClientRecord) -> str:
    return client.fields.preferred_language or current_language()


def aftercare_pdf(handle: PracticeHandle, client: ClientRecord, record: SessionRecord) -> bytes:
    """The aftercare sheet of `record`, as it stands after any amendment."""
    practice = handle.practice
    language = client_language(client)
    words = _words(language)
    # A treatment retired since is still the one the client had.
    known = catalogue.families(practice, include_retired=True)
    family = next(f for f in known if f.code == record.family)
    products = []
    for line in record.current("products"):
        unit = translate_in(
            language, "ProductsEditor", str(UNIT_NAMES.get(line["unit"], line["unit"]))
        )
        products.append(
            words["batch"].format(
                product=line["product"], quantity=line["quantity"], unit=unit, lot=line["lot"]
            )
        )
    next_visit = record.current("next_visit_on")
    next_text = paper_date(date.fromisoformat(next_visit), language) if next_visit else ""
    if record.current("next_visit"):
        next_text = " — ".join(t for t in (next_text, str(record.current("next_visit"))) if t)
    warnings = (*GENERAL_WARNINGS, *FAMILY_WARNINGS.get(record.family, ()))
    emergency = emergency_number(clinic.clinic_details(practice).country)
    text = AftercareText(
        title=words["title"],
        intro=words["intro"],
        treatment_label=words["treatment_label"],
        date_label=words["date_label"],
        practitioner_label=words["practitioner_label"],
        areas_label=words["areas_label"],
        products_label=words["products_label"],
        instructions_title=words["instructions_title"],
        warning_title=words["warning_title"],
        warning_lines=tuple(
            translate_in(language, CONTEXT, w).replace("{emergency}", emergency) for w in warnings
        ),
        contact_title=words["contact_title"],
        next_visit_label=words["next_visit_label"],
        page_template=words["page_template"],
        language=language,
    )
    session = SessionDetails(
        client_name=full_name(client.fields.given_name, client.fields.family_name),
        treatment=family.name(language),
        performed_on=paper_date(record.day, language),
        practitioner=record.practitioner,
        areas="; ".join(record.current("areas") or []),
        products=tuple(products),
        next_visit=next_text,
    )
    own_words = str(record.current("aftercare") or "")
    instructions = [
        line for line in text_in(family.aftercare, language).splitlines() if line.strip()
    ]
    instructions += [line for line in own_words.splitlines() if line.strip()]
    return render_aftercare_sheet(
        text=text,
        clinic=clinic.clinic_header(practice),
        session=session,
        instructions=instructions,
    )
