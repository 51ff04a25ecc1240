"""Alerts shown at the top of a client record, from what is known so far.

Later issues add their own (contraindications, allergies, missing consent,
balance due); each alert has a severity so the record can order and colour them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import IntEnum

ADULT_AGE = 18


class Severity(IntEnum):
    INFO = 0
    WARNING = 1
    DANGER = 2


@dataclass(frozen=True)
class Alert:
    code: str
    severity: Severity
    values: tuple[tuple[str, object], ...] = ()


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def client_alerts(
    *,
    date_of_birth: date | None,
    phone: str | None,
    email: str | None,
    duplicate_count: int,
    today: date,
) -> list[Alert]:
    alerts = []
    if date_of_birth is not None and age_on(date_of_birth, today) < ADULT_AGE:
        alerts.append(Alert("minor", Severity.DANGER, (("age", age_on(date_of_birth, today)),)))
    if date_of_birth is None:
        alerts.append(Alert("no_birth_date", Severity.WARNING))
    if duplicate_count:
        alerts.append(Alert("possible_duplicate", Severity.WARNING, (("count", duplicate_count),)))
    if not phone and not email:
        alerts.append(Alert("no_contact", Severity.INFO))
    return sorted(alerts, key=lambda a: -a.severity)
