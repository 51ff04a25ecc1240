"""What a client record holds, as plain data, and the checks every path applies.

The editor, the CSV import and the demo generator all build a ClientFields and
pass it through `clean_client_fields`, so a value too long for its field or an
impossible date is refused the same way everywhere, with the field named.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from clinicdesk.db.models import clients as limits
from clinicdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from clinicdesk.rules.codes import LANGUAGES

SEXES = ("female", "male", "intersex", "undisclosed")
OLDEST_PLAUSIBLE_BIRTH = date(1900, 1, 1)
# Deliberately loose: one @, something before, a dotted domain after, no spaces.
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")


@dataclass(frozen=True)
class ClientFields:
    given_name: str
    family_name: str
    preferred_name: str | None = None
    date_of_birth: date | None = None
    sex: str | None = None
    gender: str | None = None
    phone: str | None = None
    email: str | None = None
    address_line1: str | None = None
    address_line2: str | None = None
    postal_code: str | None = None
    city: str | None = None
    country: str | None = None
    preferred_language: str | None = None
    referral_source: str | None = None
    referred_by_id: int | None = None
    marketing_consent: bool = False
    notes: str | None = None


MAX_LENGTHS = {
    "given_name": limits.NAME_MAX,
    "family_name": limits.NAME_MAX,
    "preferred_name": limits.NAME_MAX,
    "gender": limits.SHORT_TEXT_MAX,
    "phone": limits.PHONE_MAX,
    "email": limits.EMAIL_MAX,
    "address_line1": limits.ADDRESS_MAX,
    "address_line2": limits.ADDRESS_MAX,
    "postal_code": limits.POSTAL_CODE_MAX,
    "city": limits.CITY_MAX,
    "referral_source": limits.SHORT_TEXT_MAX,
    "notes": limits.NOTES_MAX,
}


def _tidy(value: str | None) -> str | None:
    """Trimmed text with inner runs of spaces kept as typed; empty becomes None."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def tidy_client_fields(data: ClientFields) -> ClientFields:
    """Text trimmed, empty text as None, country code upper case."""
    text_changes: dict[str, Any] = {
        f.name: _tidy(getattr(data, f.name))
        for f in fields(data)
        if isinstance(getattr(data, f.name), str)
    }
    data = replace(data, **text_changes)
    return replace(data, country=data.country.upper()) if data.country else data


def client_field_problems(
    data: ClientFields, *, today: date | None = None
) -> list[ValidationError]:
    """Every problem with already tidied fields, one per field, in form order."""
    problems = []
    if not data.given_name:
        problems.append(
            ValidationError(
                QT_TRANSLATE_NOOP("ClinicDeskError", "The given name is required."),
                field="given_name",
            )
        )
    if not data.family_name:
        problems.append(
            ValidationError(
                QT_TRANSLATE_NOOP("ClinicDeskError", "The family name is required."),
                field="family_name",
            )
        )
    for name, maximum in MAX_LENGTHS.items():
        value = getattr(data, name)
        if value is not None and len(value) > maximum:
            problems.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "ClinicDeskError",
                        "This field holds at most {maximum} characters; it has {length}.",
                    ),
                    field=name,
                    maximum=maximum,
                    length=len(value),
                )
            )
    today = today or date.today()
    if data.date_of_birth is not None and data.date_of_birth > today:
        problems.append(
            ValidationError(
                QT_TRANSLATE_NOOP("ClinicDeskError", "The date of birth is in the future."),
                field="date_of_birth",
            )
        )
    if data.date_of_birth is not None and data.date_of_birth < OLDEST_PLAUSIBLE_BIRTH:
        problems.append(
            ValidationError(
                QT_TRANSLATE_NOOP("ClinicDeskError", "The date of birth is before 1900."),
                field="date_of_birth",
            )
        )
    if data.email is not None and not EMAIL_PATTERN.match(data.email):
        problems.append(
            ValidationError(
                QT_TRANSLATE_NOOP("ClinicDeskError", "This is not an email address."),
                field="email",
            )
        )
    if data.sex is not None and data.sex not in SEXES:
        problems.append(
            ValidationError(
                QT_TRANSLATE_NOOP("ClinicDeskError", "Unknown value for sex."), field="sex"
            )
        )
    if data.preferred_language is not None and data.preferred_language not in LANGUAGES:
        problems.append(
            ValidationError(
                QT_TRANSLATE_NOOP("ClinicDeskError", "Unknown language."),
                field="preferred_language",
            )
        )
    if data.country is not None and (len(data.country) != 2 or not data.country.isalpha()):
        problems.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "ClinicDeskError", "The country is a two-letter code such as FR."
                ),
                field="country",
            )
        )
    return problems


def clean_client_fields(data: ClientFields, *, today: date | None = None) -> ClientFields:
    """The same fields, tidied and checked; raises ValidationError naming the first bad field."""
    data = tidy_client_fields(data)
    problems = client_field_problems(data, today=today)
    if problems:
        raise problems[0]
    return data


def _written_in_cjk(given: str, family: str) -> bool:
    # Most names are Latin: the first letter settles them without a Unicode look-up each.
    if not given or (family or given)[0] < "\u2e80":
        return False
    return all(unicodedata.name(ch, "").startswith("CJK") for ch in given + family)


def full_name(given_name: str, family_name: str) -> str:
    """The name as it is written: "Zofia Wójcik"; a Chinese name family name first, with
    no space ("王芳")."""
    given, family = given_name.strip(), family_name.strip()
    if _written_in_cjk(given, family):
        return family + given
    return f"{given} {family}".strip()


def list_name(given_name: str, family_name: str) -> str:
    """The name as a list sorted by family name shows it: "Wójcik, Zofia"; a Chinese name
    as it is written, since it already starts with the family name ("王芳")."""
    given, family = given_name.strip(), family_name.strip()
    if _written_in_cjk(given, family):
        return family + given
    return f"{family}, {given}" if given else family
