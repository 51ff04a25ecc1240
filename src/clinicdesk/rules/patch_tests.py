"""Whether a client's patch tests allow a treatment now.

A treatment family's policy says whether a patch test is needed, how long before the
treatment it must be applied (the reading time), how long a negative result stays valid
(0: a new test before every treatment) and what calls for a new one: a medication started
since, a pregnancy since, or a long gap since the last treatment. Only the newest test
applied before the treatment counts: an older negative does not outweigh a newer positive.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum


class Problem(StrEnum):
    MISSING = "missing"
    TOO_RECENT = "too_recent"
    NOT_READ = "not_read"
    FAILED = "failed"
    INCONCLUSIVE = "inconclusive"
    EXPIRED = "expired"
    NEW_MEDICATION = "new_medication"
    PREGNANCY = "pregnancy"
    GAP = "gap"


RESULTS = ("negative", "positive", "inconclusive")


@dataclass(frozen=True)
class Policy:
    required: bool
    lead_hours: int = 48
    valid_days: int = 0  # 0: before every treatment
    retest_on_new_medication: bool = False
    retest_on_pregnancy: bool = False
    retest_after_gap_days: int = 0  # 0: a gap never calls for a new test
    level: str = "absolute"  # "absolute" or "relative", as in the screening rules


@dataclass(frozen=True)
class PatchTestRecord:
    applied_at: datetime
    read_at: datetime | None = None
    result: str | None = None  # one of RESULTS once read


@dataclass(frozen=True)
class Finding:
    problem: Problem
    level: str
    test: PatchTestRecord | None
    ready_at: datetime | None = None  # for TOO_RECENT: when the test can be read


def check(
    policy: Policy,
    tests: Sequence[PatchTestRecord],
    *,
    at: datetime,
    last_treatment: date | None = None,
    medication_started: date | None = None,
    pregnancy_since: date | None = None,
) -> Finding | None:
    """The reason the patch tests do not allow the treatment at `at`, or None if they do."""
    if not policy.required:
        return None
    earlier = [t for t in tests if t.applied_at <= at]
    if not earlier:
        return Finding(Problem.MISSING, policy.level, None)
    test = max(earlier, key=lambda t: t.applied_at)

    def finding(problem: Problem, ready_at: datetime | None = None) -> Finding:
        return Finding(problem, policy.level, test, ready_at)

    if test.result == "positive":
        return finding(Problem.FAILED)
    ready_at = test.applied_at + timedelta(hours=policy.lead_hours)
    if at < ready_at:
        return finding(Problem.TOO_RECENT, ready_at)
    if test.result is None:
        return finding(Problem.NOT_READ)
    if test.result != "negative":
        return finding(Problem.INCONCLUSIVE)
    applied = test.applied_at.date()
    if policy.valid_days:
        if at.date() >= applied + timedelta(days=policy.valid_days):
            return finding(Problem.EXPIRED)
    elif last_treatment is not None and last_treatment >= applied:
        return finding(Problem.EXPIRED)  # a new test before every treatment
    if policy.retest_on_new_medication and medication_started and medication_started > applied:
        return finding(Problem.NEW_MEDICATION)
    if policy.retest_on_pregnancy and pregnancy_since and pregnancy_since > applied:
        return finding(Problem.PREGNANCY)
    if (
        policy.retest_after_gap_days
        and last_treatment is not None
        and (at.date() - last_treatment).days >= policy.retest_after_gap_days
        and last_treatment >= applied
    ):
        return finding(Problem.GAP)
    return None
