"""The patch-test rules, at every boundary."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from clinicdesk.rules.patch_tests import PatchTestRecord, Policy, Problem, check

APPLIED = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
TINT = Policy(required=True, lead_hours=48, valid_days=180, retest_after_gap_days=180)


def negative(applied: datetime = APPLIED) -> PatchTestRecord:
    return PatchTestRecord(applied, applied + timedelta(hours=48), "negative")


def problem(policy: Policy, tests, at: datetime, **facts) -> Problem | None:
    found = check(policy, tests, at=at, **facts)
    return None if found is None else found.problem


def test_not_required_never_blocks():
    assert check(Policy(required=False), [], at=APPLIED) is None


def test_missing():
    found = check(TINT, [], at=APPLIED)
    assert found is not None and found.problem is Problem.MISSING and found.level == "absolute"


def test_a_test_applied_after_the_treatment_time_does_not_count():
    assert problem(TINT, [negative(APPLIED + timedelta(days=1))], APPLIED) is Problem.MISSING


@pytest.mark.parametrize(
    ("hours", "expected"),
    [(0, Problem.TOO_RECENT), (47.99, Problem.TOO_RECENT), (48, None), (49, None)],
)
def test_lead_time_boundary(hours, expected):
    assert problem(TINT, [negative()], APPLIED + timedelta(hours=hours)) is expected


def test_too_recent_says_when_it_can_be_read():
    found = check(TINT, [negative()], at=APPLIED + timedelta(hours=5))
    assert found is not None and found.ready_at == APPLIED + timedelta(hours=48)


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        (None, Problem.NOT_READ),
        ("positive", Problem.FAILED),
        ("inconclusive", Problem.INCONCLUSIVE),
        ("negative", None),
    ],
)
def test_results(result, expected):
    test = PatchTestRecord(
        APPLIED, None if result is None else APPLIED + timedelta(hours=48), result
    )
    assert problem(TINT, [test], APPLIED + timedelta(days=3)) is expected


def test_a_positive_result_blocks_even_before_the_reading_time():
    test = PatchTestRecord(APPLIED, APPLIED + timedelta(hours=2), "positive")
    assert problem(TINT, [test], APPLIED + timedelta(hours=3)) is Problem.FAILED


def test_the_newest_test_decides():
    older_negative = negative(APPLIED - timedelta(days=30))
    newer_positive = PatchTestRecord(APPLIED, APPLIED + timedelta(hours=48), "positive")
    at = APPLIED + timedelta(days=3)
    assert problem(TINT, [older_negative, newer_positive], at) is Problem.FAILED
    assert problem(TINT, [newer_positive, negative(APPLIED + timedelta(days=1))], at) is None


@pytest.mark.parametrize(("days", "expected"), [(179, None), (180, Problem.EXPIRED)])
def test_validity_boundary(days, expected):
    at = datetime.combine(APPLIED.date() + timedelta(days=days), APPLIED.time(), UTC)
    assert problem(TINT, [negative()], at) is expected


EVERY_TIME = Policy(required=True, lead_hours=24, valid_days=0, level="relative")


def test_every_time_policy_needs_a_test_after_the_last_treatment():
    at = APPLIED + timedelta(days=10)
    assert problem(EVERY_TIME, [negative()], at, last_treatment=None) is None
    assert problem(EVERY_TIME, [negative()], at, last_treatment=APPLIED.date()) is Problem.EXPIRED
    before = APPLIED.date() - timedelta(days=1)
    assert problem(EVERY_TIME, [negative()], at, last_treatment=before) is None
    assert check(EVERY_TIME, [], at=at).level == "relative"


RETESTS = Policy(
    required=True,
    lead_hours=48,
    valid_days=365,
    retest_on_new_medication=True,
    retest_on_pregnancy=True,
    retest_after_gap_days=90,
)


@pytest.mark.parametrize(("days_after_test", "expected"), [(0, None), (1, Problem.NEW_MEDICATION)])
def test_retest_after_a_new_medication(days_after_test, expected):
    started = APPLIED.date() + timedelta(days=days_after_test)
    at = APPLIED + timedelta(days=20)
    assert problem(RETESTS, [negative()], at, medication_started=started) is expected
    lenient = Policy(required=True, valid_days=365)
    assert problem(lenient, [negative()], at, medication_started=started) is None


def test_retest_after_a_pregnancy():
    at = APPLIED + timedelta(days=20)
    since = APPLIED.date() + timedelta(days=5)
    assert problem(RETESTS, [negative()], at, pregnancy_since=since) is Problem.PREGNANCY


@pytest.mark.parametrize(("gap_days", "expected"), [(89, None), (90, Problem.GAP)])
def test_retest_after_a_long_gap_since_the_last_treatment(gap_days, expected):
    last = APPLIED.date() + timedelta(days=3)
    at = datetime.combine(last + timedelta(days=gap_days), APPLIED.time(), UTC)
    assert problem(RETESTS, [negative()], at, last_treatment=last) is expected


def test_a_test_taken_after_the_gap_is_the_retest():
    last = date(2025, 1, 10)
    at = APPLIED + timedelta(days=3)
    assert problem(RETESTS, [negative()], at, last_treatment=last) is None
