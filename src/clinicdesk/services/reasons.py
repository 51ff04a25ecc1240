"""The reason written when a record changes after the fact: a correction to a signed-off
session or a finalised consultation, a change to a plan the client agreed, a plan
stopped, a contraindication let through. One rule everywhere for how much is written,
so a practitioner is never asked for ten characters on one screen and five on another.
"""

from __future__ import annotations

from clinicdesk.errors import QT_TRANSLATE_NOOP, ValidationError

MIN_REASON_LENGTH = 10
REASON_MAX = 2_000
WHY_CORRECTED = QT_TRANSLATE_NOOP(
    "ClinicDeskError", "Write why this is corrected (at least {minimum} characters)."
)
TOO_LONG = QT_TRANSLATE_NOOP(
    "ClinicDeskError",
    "This reason is {length} characters long; at most {maximum} fit. Keep it to the point.",
)


def clean_reason(reason: str, too_short: str) -> str:
    """`reason` trimmed, or refused: with `too_short` (which may name {minimum} and
    {maximum}) when too short, with its length when too long."""
    reason = reason.strip()
    if len(reason) < MIN_REASON_LENGTH:
        raise ValidationError(
            too_short, field="reason", minimum=MIN_REASON_LENGTH, maximum=REASON_MAX
        )
    if len(reason) > REASON_MAX:
        raise ValidationError(TOO_LONG, field="reason", length=len(reason), maximum=REASON_MAX)
    return reason
