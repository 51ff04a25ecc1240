"""The practice's treatment catalogue: families and services, seeded from resources.

A new practice (or one upgraded from before the catalogue) gets the shipped families and
services once; from then on they are the practice's own, edited in Settings and retired
rather than deleted, because sessions and consents refer to them.
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.db.base import json_text
from clinicdesk.db.models import PracticeSetting, TreatmentFamily, TreatmentService
from clinicdesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from clinicdesk.rules import catalogue as seeds
from clinicdesk.rules import codes, patch_tests, screening
from clinicdesk.rules.codes import text_in
from clinicdesk.rules.money import Money
from clinicdesk.services import audit

if TYPE_CHECKING:
    from clinicdesk.services.practice import Practice

MEMO_KEY = "catalogue"


@dataclass(frozen=True)
class Service:
    code: str
    names: Mapping[str, str]
    duration_minutes: int
    price: Money
    active: bool


@dataclass(frozen=True)
class Family:
    code: str
    names: Mapping[str, str]
    requires_consent: bool
    consent_template: str
    photo_views: tuple[str, ...]
    patch_test: patch_tests.Policy
    aftercare: Mapping[str, str]
    active: bool
    services: tuple[Service, ...]

    def name(self, language: str) -> str:
        return text_in(self.names, language)


def seed_if_empty(session: Session, currency: str) -> None:
    """Give a practice the shipped catalogue, once."""
    if session.scalar(select(TreatmentFamily.id).limit(1)) is not None:
        return
    for family in seeds.load_catalogue():
        row = TreatmentFamily(
            code=family.code,
            names=json_text(dict(family.names)),
            requires_consent=family.requires_consent,
            consent_template=family.consent_template,
            photo_views=json_text(list(family.photo_views)),
            patch_test=json_text(asdict(family.patch_test)),
            aftercare=json_text(dict(family.aftercare)),
            active=True,
        )
        session.add(row)
        session.flush()
        session.add_all(
            TreatmentService(
                family_id=row.id,
                code=service.code,
                names=json_text(dict(service.names)),
                duration_minutes=service.duration_minutes,
                price=Money(currency, service.price_minor),
                active=True,
            )
            for service in family.services
        )
    audit.record(session, "catalogue_seed", detail={"families": len(seeds.load_catalogue())})


def _policy(raw: str) -> patch_tests.Policy:
    return patch_tests.Policy(**json.loads(raw))


@contextmanager
def _changing(practice: Practice) -> Iterator[Session]:
    """A write to the catalogue; the copy kept in memory is read again afterwards."""
    try:
        with practice.writing() as session:
            yield session
    finally:
        practice.memo.pop(MEMO_KEY, None)


def families(practice: Practice, *, include_retired: bool = False) -> list[Family]:
    everything: list[Family] | None = practice.memo.get(MEMO_KEY)
    if everything is None:
        everything = practice.memo[MEMO_KEY] = _read_families(practice)
    if include_retired:
        return list(everything)
    return [
        replace(f, services=tuple(s for s in f.services if s.active))
        for f in everything
        if f.active
    ]


def _read_families(practice: Practice) -> list[Family]:
    """Every family and service, retired ones included."""
    with practice.reading() as session:
        family_rows = session.scalars(select(TreatmentFamily).order_by(TreatmentFamily.id)).all()
        service_rows = session.scalars(select(TreatmentService).order_by(TreatmentService.id)).all()
    services: dict[int, list[Service]] = {}
    for s in service_rows:
        services.setdefault(s.family_id, []).append(
            Service(s.code, json.loads(s.names), s.duration_minutes, s.price, s.active)
        )
    return [
        Family(
            code=f.code,
            names=json.loads(f.names),
            requires_consent=f.requires_consent,
            consent_template=f.consent_template,
            photo_views=tuple(json.loads(f.photo_views)),
            patch_test=_policy(f.patch_test),
            aftercare=json.loads(f.aftercare),
            active=f.active,
            services=tuple(services.get(f.id, ())),
        )
        for f in family_rows
    ]


def require_family(session: Session, code: str) -> TreatmentFamily:
    """The family, or NotFound fit to show when the catalogue has no such treatment."""
    row = session.scalar(select(TreatmentFamily).where(TreatmentFamily.code == code))
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("ClinicDeskError", "This treatment is not in the catalogue.")
        )
    return row


def patch_test_policy(practice: Practice, *, family: str) -> patch_tests.Policy:
    for known in families(practice, include_retired=True):
        if known.code == family:
            return known.patch_test
    raise NotFound(QT_TRANSLATE_NOOP("ClinicDeskError", "This treatment is not in the catalogue."))


NAME_MAX = 200
CONSENT_TEMPLATE_MAX = 64
AFTERCARE_MAX = 4_000
DURATION_MIN, DURATION_MAX = 5, 600
PRICE_MAX_MINOR = 10**10  # far above any treatment, far below what SQLite can count
PATCH_TEST_HOURS_MAX = 30 * 24
PATCH_TEST_DAYS_MAX = 10 * 365
_TEMPLATE_CODE = re.compile(r"[a-z][a-z0-9_]*")
_CODE_MAX = 48  # a generated service code, before any "_2" that makes it unique


def screening_rules(*, family: str) -> list[screening.Rule]:
    """The shipped screening rules for a family, most severe first (read-only here)."""
    if family not in codes.FAMILIES:
        raise ValueError(f"unknown treatment family: {family!r}")
    return sorted(
        (rule for rule in screening.load_rules() if family in rule.families),
        key=lambda rule: (-rule.level.severity, rule.id),
    )


def _clean_names(names: Mapping[str, str]) -> dict[str, str]:
    """Names in the catalogue's languages, trimmed; English required, none over NAME_MAX."""
    unknown = set(names) - set(codes.LANGUAGES)
    if unknown:
        raise ValueError(f"unknown language(s): {sorted(unknown)}")
    cleaned = {language: (names.get(language) or "").strip() for language in codes.LANGUAGES}
    if not cleaned["en"]:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "The treatment needs a name."),
            field="names",
        )
    for text in cleaned.values():
        if len(text) > NAME_MAX:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ClinicDeskError",
                    "This field holds at most {maximum} characters; it has {length}.",
                ),
                field="names",
                maximum=NAME_MAX,
                length=len(text),
            )
    return cleaned


def _clean_aftercare(aftercare: Mapping[str, str]) -> dict[str, str]:
    """One instruction per line, blank lines and stray spaces dropped."""
    unknown = set(aftercare) - set(codes.LANGUAGES)
    if unknown:
        raise ValueError(f"unknown language(s): {sorted(unknown)}")
    cleaned = {}
    for language in codes.LANGUAGES:
        lines = (line.strip() for line in (aftercare.get(language) or "").splitlines())
        cleaned[language] = "\n".join(line for line in lines if line)
        if len(cleaned[language]) > AFTERCARE_MAX:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ClinicDeskError",
                    "This field holds at most {maximum} characters; it has {length}.",
                ),
                field="aftercare",
                maximum=AFTERCARE_MAX,
                length=len(cleaned[language]),
            )
    return cleaned


def _check_patch_test(policy: patch_tests.Policy) -> None:
    if policy.level not in ("absolute", "relative"):
        raise ValueError(f"unknown patch-test level {policy.level!r}")
    numbers = (
        (policy.lead_hours, PATCH_TEST_HOURS_MAX),
        (policy.valid_days, PATCH_TEST_DAYS_MAX),
        (policy.retest_after_gap_days, PATCH_TEST_DAYS_MAX),
    )
    if any(value < 0 for value, _ in numbers):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "Patch-test times cannot be negative."),
            field="patch_test",
        )
    if any(value > maximum for value, maximum in numbers):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "Patch-test times are at most {hours} hours before the treatment and {days} "
                "days of validity.",
            ),
            field="patch_test",
            hours=PATCH_TEST_HOURS_MAX,
            days=PATCH_TEST_DAYS_MAX,
        )
    if policy.required and policy.lead_hours == 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "A required patch test needs time to be read: at least one hour before the "
                "treatment.",
            ),
            field="patch_test",
        )


def _clean_template(requires_consent: bool, consent_template: str) -> str:
    if not requires_consent:
        return ""
    template = consent_template.strip()
    if not template:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError", "A treatment that requires consent needs a consent template."
            ),
            field="consent_template",
        )
    if len(template) > CONSENT_TEMPLATE_MAX or not _TEMPLATE_CODE.fullmatch(template):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "A consent template is named by its code: lower-case letters, digits and "
                "underscores, e.g. chemical_peel.",
            ),
            field="consent_template",
        )
    return template


def update_family(
    practice: Practice,
    *,
    code: str,
    names: Mapping[str, str],
    requires_consent: bool,
    consent_template: str,
    patch_test: patch_tests.Policy,
    aftercare: Mapping[str, str],
    active: bool,
) -> None:
    """Save a family's names, consent, patch-test policy, aftercare and whether it is offered.

    A consent template is kept only while the family requires consent.
    """
    cleaned_names = _clean_names(names)
    template = _clean_template(requires_consent, consent_template)
    _check_patch_test(patch_test)
    cleaned_aftercare = _clean_aftercare(aftercare)
    with _changing(practice) as session:
        row = require_family(session, code)
        row.names = json_text(cleaned_names)
        row.requires_consent = requires_consent
        row.consent_template = template
        row.patch_test = json_text(asdict(patch_test))
        row.aftercare = json_text(cleaned_aftercare)
        row.active = active
        audit.record(session, "catalogue_update", entity_type="family", entity_id=row.id)


# -- services ----------------------------------------------------------------------------


def _practice_currency(session: Session) -> str:
    stored = session.scalar(select(PracticeSetting.value).where(PracticeSetting.key == "currency"))
    return (json.loads(stored) if stored else None) or "EUR"


def _check_service(session: Session, duration_minutes: int, price: Money) -> None:
    if not DURATION_MIN <= duration_minutes <= DURATION_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "A service lasts {minimum} to {maximum} minutes."),
            field="duration_minutes",
            minimum=DURATION_MIN,
            maximum=DURATION_MAX,
        )
    if price.minor < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "A price cannot be negative."), field="price"
        )
    if price.minor > PRICE_MAX_MINOR:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "This price is too high."), field="price"
        )
    currency = _practice_currency(session)
    if price.currency != currency:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError", "Prices are in the practice's currency, {currency}."
            ),
            field="price",
            currency=currency,
        )


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")[:_CODE_MAX].rstrip("_")
    if slug and not slug[0].isalpha():
        slug = f"service_{slug}"[:_CODE_MAX].rstrip("_")
    return slug


def _unique_code(session: Session, family: str, english_name: str) -> str:
    base = _slug(english_name) or f"{family}_service"
    taken = set(
        session.scalars(
            select(TreatmentService.code).where(
                TreatmentService.code.startswith(base, autoescape=True)
            )
        )
    )
    if base not in taken:
        return base
    return next(f"{base}_{n}" for n in itertools.count(2) if f"{base}_{n}" not in taken)


def _service(row: TreatmentService) -> Service:
    return Service(row.code, json.loads(row.names), row.duration_minutes, row.price, row.active)


def require_service(session: Session, code: str) -> TreatmentService:
    row = session.scalar(select(TreatmentService).where(TreatmentService.code == code))
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("ClinicDeskError", "This service is not in the catalogue.")
        )
    return row


def add_service(
    practice: Practice,
    *,
    family: str,
    names: Mapping[str, str],
    duration_minutes: int,
    price: Money,
) -> Service:
    """A new service under `family`, its code made from the English name."""
    cleaned = _clean_names(names)
    with _changing(practice) as session:
        family_row = require_family(session, family)
        _check_service(session, duration_minutes, price)
        row = TreatmentService(
            family_id=family_row.id,
            code=_unique_code(session, family, cleaned["en"]),
            names=json_text(cleaned),
            duration_minutes=duration_minutes,
            price=price,
            active=True,
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            "catalogue_add_service",
            entity_type="service",
            entity_id=row.id,
            detail={"family": family, "code": row.code},
        )
        return _service(row)


def update_service(
    practice: Practice,
    *,
    code: str,
    names: Mapping[str, str],
    duration_minutes: int,
    price: Money,
    active: bool,
) -> Service:
    """Save a service's names, duration and price; `active` False retires it (never deleted,
    since sessions and invoices name it)."""
    cleaned = _clean_names(names)
    with _changing(practice) as session:
        row = require_service(session, code)
        _check_service(session, duration_minutes, price)
        before = _service(row)
        row.names = json_text(cleaned)
        row.duration_minutes = duration_minutes
        row.price = price
        row.active = active
        after = _service(row)
        changed = [
            name
            for name in ("names", "duration_minutes", "price", "active")
            if getattr(before, name) != getattr(after, name)
        ]
        audit.record(
            session,
            "catalogue_update_service",
            entity_type="service",
            entity_id=row.id,
            detail={"code": code, "fields": changed},
        )
        return after


def set_service_active(practice: Practice, *, code: str, active: bool) -> None:
    """Retire a service (it stays on the sessions and invoices that name it), or bring it back."""
    with _changing(practice) as session:
        row = require_service(session, code)
        if row.active == active:
            return
        row.active = active
        audit.record(
            session,
            "catalogue_restore_service" if active else "catalogue_retire_service",
            entity_type="service",
            entity_id=row.id,
            detail={"code": code},
        )
