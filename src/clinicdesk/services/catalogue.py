"""The practice's treatment catalogue: families and services, seeded from resources.

A new practice (or one upgraded from before the catalogue) gets the shipped families and
services once; from then on they are the practice's own, edited in Settings and retired
rather than deleted, because sessions and consents refer to them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.db.models import TreatmentFamily, TreatmentService
from clinicdesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from clinicdesk.rules import catalogue as seeds
from clinicdesk.rules import patch_tests
from clinicdesk.rules.codes import text_in
from clinicdesk.rules.money import Money
from clinicdesk.services import audit

if TYPE_CHECKING:
    from clinicdesk.services.practice import Practice


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
            names=json.dumps(dict(family.names), ensure_ascii=False),
            requires_consent=family.requires_consent,
            consent_template=family.consent_template,
            photo_views=json.dumps(list(family.photo_views)),
            patch_test=json.dumps(asdict(family.patch_test)),
            aftercare=json.dumps(dict(family.aftercare), ensure_ascii=False),
            active=True,
        )
        session.add(row)
        session.flush()
        session.add_all(
            TreatmentService(
                family_id=row.id,
                code=service.code,
                names=json.dumps(dict(service.names), ensure_ascii=False),
                duration_minutes=service.duration_minutes,
                price=Money(currency, service.price_minor),
                active=True,
            )
            for service in family.services
        )
    audit.record(session, "catalogue_seed", detail={"families": len(seeds.load_catalogue())})


def _policy(raw: str) -> patch_tests.Policy:
    return patch_tests.Policy(**json.loads(raw))


def families(practice: Practice, *, include_retired: bool = False) -> list[Family]:
    with practice.reading() as session:
        family_rows = session.scalars(select(TreatmentFamily).order_by(TreatmentFamily.id)).all()
        service_rows = session.scalars(select(TreatmentService).order_by(TreatmentService.id)).all()
    services: dict[int, list[Service]] = {}
    for s in service_rows:
        if s.active or include_retired:
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
        if f.active or include_retired
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
    with practice.reading() as session:
        return _policy(require_family(session, family).patch_test)


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
    if not (names.get("en") or "").strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "The treatment needs a name."), field="names"
        )
    if patch_test.lead_hours < 0 or patch_test.valid_days < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "Patch-test times cannot be negative."),
            field="patch_test",
        )
    if patch_test.level not in ("absolute", "relative"):
        raise ValueError(f"unknown patch-test level {patch_test.level!r}")
    with practice.writing() as session:
        row = require_family(session, code)
        row.names = json.dumps({k: v.strip() for k, v in names.items()}, ensure_ascii=False)
        row.requires_consent = requires_consent
        row.consent_template = consent_template
        row.patch_test = json.dumps(asdict(patch_test))
        row.aftercare = json.dumps(dict(aftercare), ensure_ascii=False)
        row.active = active
        audit.record(session, "catalogue_update", entity_type="family", entity_id=row.id)
