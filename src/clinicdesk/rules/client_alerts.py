"""Alerts shown at the top of a client record, from what is known so far.

Later issues add their own (contraindications, allergies, missing consent,
balance due); each alert has a severity so the record can order and colour them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum

ADULT_AGE = 18
# A history older than this is asked about again before treating, unless the practice
# chooses another period in Settings.
DEFAULT_HISTORY_REVIEW_DAYS = 365


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
    allergies: Sequence[str] = (),
    history_reviewed: date | None = None,
    overrides: int = 0,
    review_days: int = DEFAULT_HISTORY_REVIEW_DAYS,
) -> list[Alert]:
    alerts = []
    if allergies:
        alerts.append(Alert("allergies", Severity.DANGER, (("allergies", ", ".join(allergies)),)))
    if history_reviewed is None:
        alerts.append(Alert("history_never_reviewed", Severity.WARNING))
    elif today - history_reviewed > timedelta(days=review_days):
        alerts.append(
            Alert("history_not_reviewed", Severity.WARNING, (("since", history_reviewed),))
        )
    if overrides:
        alerts.append(Alert("overrides", Severity.INFO, (("count", overrides),)))
    if date_of_birth is not None and age_on(date_of_birth, today) < ADULT_AGE:
        alerts.append(Alert("minor", Severity.DANGER, (("age", age_on(date_of_birth, today)),)))
    if date_of_birth is None:
        alerts.append(Alert("no_birth_date", Severity.WARNING))
    if duplicate_count:
        alerts.append(Alert("possible_duplicate", Severity.WARNING, (("count", duplicate_count),)))
    if not phone and not email:
        alerts.append(Alert("no_contact", Severity.INFO))
    return sorted(alerts, key=lambda a: -a.severity)
