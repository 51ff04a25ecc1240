"""Follow-up (recall) rules: the shipped file, its checks, and who is due, at every boundary."""

from __future__ import annotations

import random
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from clinicdesk.rules.codes import FAMILIES, LANGUAGES
from clinicdesk.rules.recalls import (
    KINDS,
    OUTCOMES,
    PLACEHOLDERS,
    Contact,
    DueRecall,
    RecallRule,
    RecallsFileError,
    Status,
    Treated,
    due_recalls,
    load_recalls,
)

TREATED = date(2026, 3, 2)
VALUES = {
    "client_name": "王芳",
    "treatment": "Dermal fillers",
    "clinic_name": "Clinique Éclat",
    "clinic_phone": "+44 20 7946 0000",
}


def rules_by_id() -> dict[str, RecallRule]:
    return {rule.id: rule for rule in load_recalls()}


def is_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


# --- the shipped file ---------------------------------------------------------------------------


def test_the_shipped_file_loads_once() -> None:
    rules = load_recalls()
    assert rules is load_recalls()
    assert len({rule.id for rule in rules}) == len(rules) == 15
    assert all(rule.family in FAMILIES and rule.kind in KINDS for rule in rules)
    assert all(rule.source.strip() for rule in rules)
    # A rule can key a dict, although its texts are mappings.
    assert len({rule: rule.id for rule in rules}) == len(rules)


def test_families_without_a_recall() -> None:
    recalled = {rule.family for rule in load_recalls()}
    assert FAMILIES - recalled == {"radiofrequency", "massage", "microdermabrasion"}


@pytest.mark.parametrize(
    ("rule_id", "family", "kind", "due_day", "last_due_day"),
    [
        ("toxin-review", "botulinum_toxin", "review", 14, 28),
        ("toxin-repeat", "botulinum_toxin", "repeat", 120, 180),
        ("filler-review", "dermal_filler", "review", 14, 28),
        ("filler-repeat", "dermal_filler", "repeat", 270, 365),  # 9–12 months
        ("peel-review", "chemical_peel", "review", 7, 14),
        ("laser-review", "laser_ipl", "review", 7, 14),
        ("laser-repeat", "laser_ipl", "repeat", 28, 42),  # 4–6 weeks
        ("microneedling-repeat", "microneedling", "repeat", 28, 42),
        ("tint-repeat", "lash_brow_tint", "repeat", 42, 63),
        ("hifu-review", "hifu", "review", 90, 120),
        ("cryolipolysis-review", "cryolipolysis", "review", 56, 84),  # 8–12 weeks
        ("pmu-touch-up", "permanent_makeup", "repeat", 42, 56),  # 6–8 weeks
        ("pmu-colour-refresh", "permanent_makeup", "repeat", 365, 545),
        ("facial-repeat", "facial", "repeat", 28, 42),
        ("waxing-repeat", "waxing_threading", "repeat", 28, 42),
    ],
)
def test_the_shipped_intervals(
    rule_id: str, family: str, kind: str, due_day: int, last_due_day: int
) -> None:
    rule = rules_by_id()[rule_id]
    assert (rule.family, rule.kind, rule.after_days) == (family, kind, due_day)
    assert rule.after_days + rule.overdue_after_days == last_due_day
    assert 0 <= rule.early_days < rule.after_days


def test_a_toxin_repeat_is_never_offered_before_three_months() -> None:
    rule = rules_by_id()["toxin-repeat"]
    assert rule.after_days - rule.early_days >= 90


def test_every_text_is_in_four_languages() -> None:
    for rule in load_recalls():
        for table in (rule.reason, rule.letter):
            assert tuple(table) == LANGUAGES, rule.id
            assert all(text.strip() == text and text for text in table.values()), rule.id
            assert is_chinese(table["zh_CN"]), rule.id
            # Translated, not copied.
            assert len(set(table.values())) == len(LANGUAGES), rule.id
        assert all("\n" not in text for text in rule.reason.values()), rule.id


def test_reason_text_falls_back_to_english() -> None:
    rule = rules_by_id()["filler-review"]
    assert rule.reason_text("fr_FR") == rule.reason["fr"]
    assert rule.reason_text("de") == rule.reason["en"]
    assert "symmetry" in rule.reason_text("en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_letter_formats_with_every_placeholder(language: str) -> None:
    assert set(VALUES) == PLACEHOLDERS
    for rule in load_recalls():
        letter = rule.letter_text(language, **VALUES)
        assert "{" not in letter and "}" not in letter, rule.id
        for value in VALUES.values():
            assert value in letter, (rule.id, value)
        assert letter.startswith(("Dear 王芳", "Bonjour 王芳", "Dzień dobry, 王芳", "尊敬的王芳"))
        assert letter.endswith(VALUES["clinic_name"]), rule.id
        assert len(letter.split("\n\n")) == 3, rule.id


def test_a_letter_keeps_braces_in_the_values() -> None:
    rule = rules_by_id()["toxin-review"]
    letter = rule.letter_text("en", **{**VALUES, "client_name": "Ann {client_name}"})
    assert "Dear Ann {client_name}," in letter


def test_a_letter_needs_every_value() -> None:
    rule = rules_by_id()["toxin-review"]
    values = {key: value for key, value in VALUES.items() if key != "clinic_phone"}
    with pytest.raises(ValueError, match=r"toxin-review.*clinic_phone"):
        rule.letter_text("en", **values)
    assert rule.letter_text("pl_PL", **VALUES) == rule.letter_text("pl", **VALUES)


# --- broken files -------------------------------------------------------------------------------

GOOD = """
[[recall]]
id = "lip-review"
family = "dermal_filler"
kind = "review"
after_days = 14
early_days = 3
overdue_after_days = 14
source = "common practice"
reason = { en = "Review.", fr = "Contrôle.", pl = "Kontrola.", zh_CN = "复诊。" }
[recall.letter]
en = "Dear {client_name},\\n\\n{treatment} at {clinic_name}: call {clinic_phone}.\\n\\n{clinic_name}"
fr = "Bonjour {client_name},\\n\\n{treatment} chez {clinic_name} : {clinic_phone}.\\n\\n{clinic_name}"
pl = "Dzień dobry, {client_name},\\n\\n{treatment}, {clinic_name}: {clinic_phone}.\\n\\n{clinic_name}"
zh_CN = "尊敬的{client_name}：\\n\\n{clinic_name}{treatment}：{clinic_phone}。\\n\\n{clinic_name}"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "recalls.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_good_example_loads(tmp_path: Path) -> None:
    (rule,) = load_recalls(write(tmp_path, GOOD))
    assert (rule.id, rule.after_days, rule.skip_if_previous_within_days) == ("lip-review", 14, 0)
    assert rule.letter_text("zh_CN", **VALUES).startswith("尊敬的王芳：\n\n")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('family = "dermal_filler"', 'family = "lip_filler"', "unknown family code 'lip_filler'"),
        ('kind = "review"', 'kind = "course"', "kind must be one of"),
        ("after_days = 14", "after_days = 0", "after_days must be a whole number, 1 to"),
        ("after_days = 14", "after_days = true", "after_days must be a whole number"),
        ("after_days = 14", 'after_days = "14"', "after_days must be a whole number"),
        ("early_days = 3", "early_days = 14", "early_days must be a whole number, 0 to 13"),
        ("early_days = 3", "early_days = -1", "early_days must be a whole number"),
        ("overdue_after_days = 14", "overdue_after_days = -2", "overdue_after_days must be"),
        (
            "overdue_after_days = 14",
            "overdue_after_days = 14\nskip_if_previous_within_days = -1",
            "skip_if_previous_within_days must be",
        ),
        ('source = "common practice"\n', "", "missing keys ['source']"),
        ('source = "common practice"', 'source = "  "', "source must say"),
        ("early_days = 3", "early_days = 3\nwindow_days = 3", "unknown keys ['window_days']"),
        (', zh_CN = "复诊。"', "", "reason must be given in exactly"),
        ('en = "Review."', 'en = "Review.\\nCheck."', "reason in en must be a single line"),
        ('pl = "Kontrola."', 'pl = ""', "reason must be given in exactly"),
        ("Dear {client_name}", "Dear {client}", "letter in en: unknown placeholder {client}"),
        ("Dear {client_name}", "Dear {} {client_name}", "letter in en: unknown placeholder {}"),
        ("Dear {client_name}", "Dear {0} {client_name}", "unknown placeholder {0}"),
        ("Dear {client_name}", "Dear {client_name:>9}", "{client_name} without ! or :"),
        ("Dear {client_name}", "Dear {client_name!r}", "{client_name} without ! or :"),
        ("Dear {client_name}", "Dear {client_name", "letter in en: braces do not match"),
        ("Bonjour {client_name}", "Bonjour", "letter in fr does not use ['{client_name}']"),
        (" : {clinic_phone}.", ".", "letter in fr does not use ['{clinic_phone}']"),
        ("：{clinic_phone}。\\n\\n", "：{clinic_phone}。\\n", "different numbers of paragraphs"),
        ("Dear {client_name},\\n\\n", "Dear {client_name},\\n\\n \\n\\n", "empty paragraph"),
    ],
)
def test_a_broken_rule_is_named(tmp_path: Path, old: str, new: str, message: str) -> None:
    assert old in GOOD
    path = write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(RecallsFileError, match="recall lip-review: ") as error:
        load_recalls(path)
    assert message in str(error.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (GOOD.replace('id = "lip-review"', 'id = "Lip review"'), "recall #1: needs an id"),
        (GOOD.replace('id = "lip-review"\n', ""), "recall #1: needs an id"),
        (GOOD + GOOD.replace("lip-review", "cheek-review") + GOOD, "['lip-review']"),
        (GOOD + "\n[other]\nx = 1\n", "expected only [[recall]] tables"),
        ("recall = 3\n", "expected only [[recall]] tables"),
        ("[[recall]\n", "cannot be read"),
    ],
)
def test_a_broken_file_says_what_is_wrong(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(RecallsFileError) as error:
        load_recalls(write(tmp_path, text))
    assert message in str(error.value)


def test_the_second_entry_is_named_by_number(tmp_path: Path) -> None:
    text = GOOD + GOOD.replace('id = "lip-review"', "id = 7")
    with pytest.raises(RecallsFileError, match=r"recall #2: needs an id .* not 7"):
        load_recalls(write(tmp_path, text))


def test_a_missing_file_cannot_be_read(tmp_path: Path) -> None:
    with pytest.raises(RecallsFileError, match=r"recalls\.toml: cannot be read"):
        load_recalls(tmp_path / "recalls.toml")


# --- who is due ---------------------------------------------------------------------------------

# Due 14 days after the treatment, due from 3 days before, overdue after 7 more days.
REVIEW = replace(
    rules_by_id()["filler-review"], id="review", after_days=14, early_days=3, overdue_after_days=7
)
DUE_ON = TREATED + timedelta(days=14)


def one(today: date, rule: RecallRule = REVIEW, horizon_days: int = 14) -> DueRecall | None:
    found = due_recalls(
        [Treated(1, rule.family, TREATED)],
        [],
        today=today,
        rules=[rule],
        horizon_days=horizon_days,
    )
    assert len(found) <= 1
    return found[0] if found else None


def status(today: date, rule: RecallRule = REVIEW, horizon_days: int = 14) -> Status | None:
    found = one(today, rule, horizon_days)
    return None if found is None else found.status


@pytest.mark.parametrize(
    ("days_from_due", "expected"),
    [
        (-15, None),  # beyond the 14-day horizon
        (-14, Status.UPCOMING),  # the horizon's last day
        (-4, Status.UPCOMING),  # the day before the early window
        (-3, Status.DUE),  # the early window opens
        (-1, Status.DUE),  # the day before the due day
        (0, Status.DUE),  # the due day
        (7, Status.DUE),  # the last day before overdue
        (8, Status.OVERDUE),
        (800, Status.OVERDUE),  # stays until closed
    ],
)
def test_each_boundary(days_from_due: int, expected: Status | None) -> None:
    assert status(DUE_ON + timedelta(days=days_from_due)) is expected


def test_without_an_early_window_the_day_before_is_upcoming() -> None:
    rule = replace(REVIEW, early_days=0)
    assert status(DUE_ON - timedelta(days=1), rule) is Status.UPCOMING
    assert status(DUE_ON, rule) is Status.DUE


def test_overdue_the_day_after_the_due_day_when_there_is_no_grace() -> None:
    rule = replace(REVIEW, overdue_after_days=0)
    assert status(DUE_ON, rule) is Status.DUE
    assert status(DUE_ON + timedelta(days=1), rule) is Status.OVERDUE


@pytest.mark.parametrize(
    ("horizon_days", "days_before_due", "expected"),
    [
        (0, 4, None),
        (0, 3, Status.DUE),  # the early window lists it even beyond the horizon
        (30, 30, Status.UPCOMING),
        (30, 31, None),
    ],
)
def test_the_horizon(horizon_days: int, days_before_due: int, expected: Status | None) -> None:
    today = DUE_ON - timedelta(days=days_before_due)
    assert status(today, horizon_days=horizon_days) is expected


def test_a_negative_horizon_is_refused() -> None:
    with pytest.raises(ValueError, match="horizon_days"):
        due_recalls([], [], today=TREATED, rules=[REVIEW], horizon_days=-1)


@pytest.mark.parametrize(
    ("days_overdue", "limit", "listed"),
    [
        (0, None, True),
        (2000, None, True),
        (0, 0, True),
        (1, 0, False),
        (30, 30, True),
        (31, 30, False),
    ],
)
def test_a_lapsed_recall_can_be_left_out(
    days_overdue: int, limit: int | None, listed: bool
) -> None:
    overdue_from = DUE_ON + timedelta(days=8)
    found = due_recalls(
        [Treated(1, REVIEW.family, TREATED)],
        [],
        today=overdue_from + timedelta(days=days_overdue),
        rules=[REVIEW],
        overdue_for_at_most_days=limit,
    )
    assert [r.status for r in found] == ([Status.OVERDUE] if listed else [])
    # Due and upcoming recalls are never left out.
    assert status(DUE_ON) is Status.DUE
    with pytest.raises(ValueError, match="overdue_for_at_most_days"):
        due_recalls([], [], today=TREATED, rules=[REVIEW], overdue_for_at_most_days=-1)


def test_client_ids_sort_as_numbers_across_the_whole_range() -> None:
    ids = [2**63 - 1, -(2**63), -1, 0, 1, 10**12]
    treated = [Treated(client_id, REVIEW.family, TREATED) for client_id in ids]
    found = due_recalls(treated, [], today=DUE_ON, rules=[REVIEW])
    assert [r.client_id for r in found] == sorted(ids)


def test_the_dates_of_a_recall() -> None:
    found = one(DUE_ON)
    assert found is not None
    assert (found.client_id, found.rule, found.treated_on) == (1, REVIEW, TREATED)
    assert found.due_on == date(2026, 3, 16)
    assert found.due_from == date(2026, 3, 13)
    assert found.overdue_from == date(2026, 3, 24)
    assert status(found.overdue_from) is Status.OVERDUE
    assert status(found.overdue_from - timedelta(days=1)) is Status.DUE
    assert status(found.due_from) is Status.DUE
    assert status(found.due_from - timedelta(days=1)) is Status.UPCOMING


def test_the_shipped_toxin_rules_in_a_year() -> None:
    rules = [rules_by_id()["toxin-review"], rules_by_id()["toxin-repeat"]]
    treated = [Treated(1, "botulinum_toxin", TREATED)]

    def listed(days: int) -> list[tuple[str, Status]]:
        today = TREATED + timedelta(days=days)
        return [(r.rule.id, r.status) for r in due_recalls(treated, [], today=today, rules=rules)]

    assert listed(0) == [("toxin-review", Status.UPCOMING)]
    assert listed(10) == [("toxin-review", Status.DUE)]
    assert listed(29) == [("toxin-review", Status.OVERDUE)]
    # The repeat's early window (from day 106) opens before it would come into the horizon.
    assert listed(105) == [("toxin-review", Status.OVERDUE)]
    assert listed(106) == [("toxin-review", Status.OVERDUE), ("toxin-repeat", Status.DUE)]
    assert listed(181)[1] == ("toxin-repeat", Status.OVERDUE)


def test_only_the_latest_treatment_counts() -> None:
    rules = [rules_by_id()["toxin-review"], rules_by_id()["toxin-repeat"]]
    later = TREATED + timedelta(days=100)
    treated = [
        Treated(1, "botulinum_toxin", later),
        Treated(1, "botulinum_toxin", TREATED),  # order does not matter
    ]
    today = TREATED + timedelta(days=125)  # the first treatment's repeat would be due
    found = due_recalls(treated, [], today=today, rules=rules)
    assert [(r.rule.id, r.treated_on, r.status) for r in found] == [
        ("toxin-review", later, Status.DUE)
    ]
    # A repeat done closes the repeat recall and starts both again.
    again = [*treated, Treated(1, "botulinum_toxin", today)]
    assert [r.status for r in due_recalls(again, [], today=today, rules=rules)] == [Status.UPCOMING]


def test_families_and_clients_are_separate() -> None:
    rules = [rules_by_id()["toxin-review"], rules_by_id()["filler-review"]]
    treated = [
        Treated(1, "botulinum_toxin", TREATED),
        Treated(1, "dermal_filler", TREATED + timedelta(days=1)),
        Treated(2, "botulinum_toxin", TREATED + timedelta(days=2)),
        Treated(3, "massage", TREATED),  # no rule for it
    ]
    found = due_recalls(treated, [], today=TREATED + timedelta(days=14), rules=rules)
    assert [(r.client_id, r.rule.id) for r in found] == [
        (1, "toxin-review"),
        (1, "filler-review"),
        (2, "toxin-review"),
    ]


# pmu-touch-up is skipped when the family was treated on an earlier day within 180 days.
PMU = [rules_by_id()["pmu-touch-up"]]


@pytest.mark.parametrize(
    ("earlier_days_before", "listed"),
    [(None, True), (0, True), (1, False), (180, False), (181, True)],
)
def test_a_touch_up_does_not_call_for_another(
    earlier_days_before: int | None, listed: bool
) -> None:
    treated = [Treated(1, "permanent_makeup", TREATED)]
    if earlier_days_before is not None:
        treated.append(
            Treated(1, "permanent_makeup", TREATED - timedelta(days=earlier_days_before))
        )
    treated.append(Treated(1, "permanent_makeup", TREATED - timedelta(days=400)))
    found = due_recalls(treated, [], today=TREATED + timedelta(days=42), rules=PMU)
    assert bool(found) is listed


# --- contacts -----------------------------------------------------------------------------------


def contacted(*contacts: Contact, today: date = DUE_ON) -> list[DueRecall]:
    return due_recalls(
        [Treated(1, REVIEW.family, TREATED), Treated(2, REVIEW.family, TREATED)],
        contacts,
        today=today,
        rules=[REVIEW],
    )


@pytest.mark.parametrize("outcome", ["booked", "declined"])
def test_booked_or_declined_closes(outcome: str) -> None:
    found = contacted(Contact(1, "review", TREATED + timedelta(days=10), outcome))
    assert [r.client_id for r in found] == [2]


def test_a_contact_on_the_treatment_day_counts() -> None:
    found = contacted(Contact(1, "review", TREATED, "booked"))
    assert [r.client_id for r in found] == [2]


def test_a_contact_before_the_treatment_belongs_to_an_earlier_recall() -> None:
    old = Contact(1, "review", TREATED - timedelta(days=1), "booked")
    found = contacted(old)
    assert [(r.client_id, r.last_contact) for r in found] == [(1, None), (2, None)]


@pytest.mark.parametrize("outcome", ["called", "no_answer", "letter_sent"])
def test_other_outcomes_keep_it_listed_with_the_newest_contact(outcome: str) -> None:
    newest = Contact(1, "review", TREATED + timedelta(days=12), outcome)
    older = Contact(1, "review", TREATED + timedelta(days=11), "letter_sent")
    found = contacted(newest, older)
    assert [(r.client_id, r.last_contact) for r in found] == [(1, newest), (2, None)]


def test_the_newest_contact_decides() -> None:
    booked = Contact(1, "review", TREATED + timedelta(days=5), "booked")
    cancelled = Contact(1, "review", TREATED + timedelta(days=12), "called")
    found = contacted(booked, cancelled)
    assert [(r.client_id, r.last_contact) for r in found] == [(1, cancelled), (2, None)]
    # On the same day, the one given later is the newer.
    same_day = replace(booked, on=cancelled.on)
    assert [r.client_id for r in contacted(cancelled, same_day)] == [2]
    assert contacted(same_day, cancelled)[0].last_contact == cancelled


def test_contacts_about_another_recall_or_client_do_not_count() -> None:
    found = contacted(
        Contact(1, "toxin-review", TREATED + timedelta(days=5), "booked"),
        Contact(3, "review", TREATED + timedelta(days=5), "booked"),
    )
    assert [(r.client_id, r.last_contact) for r in found] == [(1, None), (2, None)]


def test_an_unknown_outcome_is_refused() -> None:
    with pytest.raises(ValueError, match="outcome"):
        Contact(1, "review", TREATED, "emailed")
    assert set(OUTCOMES) == {"called", "no_answer", "booked", "declined", "letter_sent"}


# --- order --------------------------------------------------------------------------------------


def test_overdue_first_then_due_then_upcoming() -> None:
    rules = load_recalls()
    today = date(2026, 6, 1)

    def ago(days: int) -> date:
        return today - timedelta(days=days)

    treated = [
        Treated(10, "facial", ago(20)),  # due on 9 June, upcoming
        Treated(11, "waxing_threading", ago(26)),  # due on 3 June, due early
        Treated(12, "botulinum_toxin", ago(40)),  # review overdue (due 6 May)
        Treated(13, "dermal_filler", ago(50)),  # review overdue (due 26 April)
        Treated(14, "chemical_peel", ago(7)),  # review due today
        Treated(15, "hifu", ago(80)),  # review due from day 76
        Treated(16, "radiofrequency", ago(30)),  # no recall
        Treated(17, "dermal_filler", ago(49)),  # closed by a booking
        Treated(18, "laser_ipl", ago(35)),  # repeat due (day 28), review overdue (day 7)
        Treated(18, "lash_brow_tint", ago(30)),  # due 12 June, upcoming
    ]
    contacts = [
        Contact(17, "filler-review", ago(40), "booked"),
        Contact(12, "toxin-review", ago(2), "no_answer"),
    ]
    found = due_recalls(treated, contacts, today=today, rules=rules)
    assert [(r.status, r.client_id, r.rule.id, r.due_on) for r in found] == [
        (Status.OVERDUE, 13, "filler-review", ago(36)),
        (Status.OVERDUE, 18, "laser-review", ago(28)),
        (Status.OVERDUE, 12, "toxin-review", ago(26)),
        (Status.DUE, 18, "laser-repeat", ago(7)),
        (Status.DUE, 14, "peel-review", today),
        (Status.DUE, 11, "waxing-repeat", ago(-2)),
        (Status.DUE, 15, "hifu-review", ago(-10)),
        (Status.UPCOMING, 10, "facial-repeat", ago(-8)),
        (Status.UPCOMING, 18, "tint-repeat", ago(-12)),
    ]
    assert found[2].last_contact == contacts[1]


def test_due_ties_are_ordered_by_client_then_rule() -> None:
    rules = load_recalls()
    treated = [Treated(client_id, "laser_ipl", TREATED) for client_id in (3, 1, 2)]
    found = due_recalls(treated, [], today=TREATED + timedelta(days=14), rules=rules)
    assert [(r.client_id, r.rule.id) for r in found] == [
        (1, "laser-review"),
        (2, "laser-review"),
        (3, "laser-review"),
        (1, "laser-repeat"),
        (2, "laser-repeat"),
        (3, "laser-repeat"),
    ]


# --- scale --------------------------------------------------------------------------------------


def test_a_hundred_thousand_clients_are_evaluated_quickly() -> None:
    """100,000 clients with 1 to 5 treatments each over two years, and contacts for 30% of
    them. Nearly every recall of two years stays overdue, so close to 300,000 are listed:
    the worst case for the Follow-ups screen."""
    rules = load_recalls()
    recalled = sorted({rule.family for rule in rules})
    families = sorted(FAMILIES)
    ids_by_family: dict[str, list[str]] = {}
    for rule in rules:
        ids_by_family.setdefault(rule.family, []).append(rule.id)
    rng = random.Random(20260301)
    today = date(2026, 6, 1)
    treated: list[Treated] = []
    contacts: list[Contact] = []
    for client_id in range(1, 100_001):
        for _ in range(rng.randint(1, 5)):
            family = rng.choice(recalled if rng.random() < 0.8 else families)
            on = today - timedelta(days=rng.randint(0, 730))
            treated.append(Treated(client_id, family, on))
            if family in ids_by_family and rng.random() < 0.3:
                contacts.append(
                    Contact(
                        client_id,
                        rng.choice(ids_by_family[family]),
                        on + timedelta(days=rng.randint(0, 60)),
                        rng.choice(OUTCOMES),
                    )
                )
    started = time.perf_counter()
    found = due_recalls(treated, contacts, today=today, rules=rules)
    elapsed = time.perf_counter() - started
    started = time.perf_counter()
    recent = due_recalls(treated, contacts, today=today, rules=rules, overdue_for_at_most_days=30)
    elapsed_recent = time.perf_counter() - started
    print(
        f"\ndue_recalls: {len(treated):,} treatments and {len(contacts):,} contacts of "
        f"100,000 clients -> {len(found):,} recalls in {elapsed:.3f} s; "
        f"{len(recent):,} overdue at most 30 days, due or upcoming in {elapsed_recent:.3f} s"
    )
    assert len(found) > 250_000
    assert {r.status for r in found} == set(Status)
    order = [Status.OVERDUE, Status.DUE, Status.UPCOMING]
    keys = [(order.index(r.status), r.due_on, r.client_id, r.rule.id) for r in found]
    assert keys == sorted(keys)
    assert set(recent) <= set(found)
