"""The clinic's own details, shown on every printed form."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from clinicdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from clinicdesk.reports.layout import ClinicHeader
from clinicdesk.rules.client_alerts import DEFAULT_HISTORY_REVIEW_DAYS
from clinicdesk.rules.codes import LANGUAGES
from clinicdesk.services import audit
from clinicdesk.services.practice import Practice, get_settings, put_settings

NAME_MAX, ADDRESS_MAX, PHONE_MAX = 200, 500, 50
REVIEW_DAYS_RANGE = (30, 1_095)


@dataclass(frozen=True)
class ClinicDetails:
    clinic_name: str
    clinic_address: str
    clinic_phone: str
    country: str | None
    currency: str
    language: str
    history_review_days: int = DEFAULT_HISTORY_REVIEW_DAYS


def clinic_details(practice: Practice) -> ClinicDetails:
    with practice.reading() as session:
        stored = get_settings(session)
    return ClinicDetails(
        clinic_name=stored.get("clinic_name") or "",
        clinic_address=stored.get("clinic_address") or "",
        clinic_phone=stored.get("clinic_phone") or "",
        country=stored.get("country"),
        currency=stored.get("currency") or "EUR",
        language=stored.get("language") or "en",
        history_review_days=int(stored.get("history_review_days") or DEFAULT_HISTORY_REVIEW_DAYS),
    )


def clinic_header(practice: Practice) -> ClinicHeader:
    """Who a printed document comes from: the clinic's name, address and phone."""
    details = clinic_details(practice)
    return ClinicHeader(details.clinic_name, details.clinic_address, details.clinic_phone)


def update_clinic_details(practice: Practice, *, details: ClinicDetails) -> ClinicDetails:
    cleaned = ClinicDetails(
        clinic_name=details.clinic_name.strip(),
        clinic_address=details.clinic_address.strip(),
        clinic_phone=details.clinic_phone.strip(),
        country=(details.country or "").strip().upper() or None,
        currency=details.currency.strip().upper(),
        language=details.language,
        history_review_days=details.history_review_days,
    )
    if not cleaned.clinic_name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "The clinic's name is required."),
            field="clinic_name",
        )
    for name, maximum in (
        ("clinic_name", NAME_MAX),
        ("clinic_address", ADDRESS_MAX),
        ("clinic_phone", PHONE_MAX),
    ):
        length = len(getattr(cleaned, name))
        if length > maximum:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ClinicDeskError",
                    "This field holds at most {maximum} characters; it has {length}.",
                ),
                field=name,
                maximum=maximum,
                length=length,
            )
    low, high = REVIEW_DAYS_RANGE
    if not low <= cleaned.history_review_days <= high:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "Review the history every {low} to {high} days.",
            ),
            field="history_review_days",
            low=low,
            high=high,
        )
    if cleaned.language not in LANGUAGES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "Unknown language."), field="language"
        )
    before = clinic_details(practice)
    changed = [
        f.name for f in fields(cleaned) if getattr(cleaned, f.name) != getattr(before, f.name)
    ]
    if changed:
        with practice.writing() as session:
            put_settings(session, asdict(cleaned))
            audit.record(session, "update_settings", detail={"fields": changed})
    return cleaned
