"""The screening rules as shipped, and the evaluator that applies them.

Most cases are generated from the shipped file itself, so a rule added there is tested
without anyone writing a test for it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from clinicdesk.paths import resource_path
from clinicdesk.rules.codes import (
    CONDITIONS,
    FAMILIES,
    FREE_TEXT,
    LANGUAGES,
    MEDICATION_CLASSES,
)
from clinicdesk.rules.screening import (
    ClientFacts,
    Fact,
    Finding,
    Level,
    Rule,
    RulesFileError,
    Trigger,
    TriggerKind,
    Window,
    WindowUnit,
    add_months,
    blocking,
    load_rules,
    most_severe,
    screen,
    text_in,
)

ON = date(2025, 3, 15)  # mid-month, so whole-month windows never need clamping
RULES = load_rules()
BY_ID = {rule.id: rule for rule in RULES}
FACT_TRIGGERS = (TriggerKind.CONDITION, TriggerKind.MEDICATION)
WINDOWED = [rule for rule in RULES if rule.window is not None]
UNWINDOWED_FACT_RULES = [
    rule for rule in RULES if rule.window is None and rule.trigger.kind in FACT_TRIGGERS
]


def clean(**changes: object) -> ClientFacts:
    """An adult with fair skin, ID seen, nothing in the history."""
    values: dict[str, object] = {
        "date_of_birth": date(1990, 6, 1),
        "fitzpatrick": 2,
        "id_checked": True,
    }
    values.update(changes)
    return ClientFacts(**values)  # type: ignore[arg-type]


def with_fact(rule: Rule, **dates: date | None) -> tuple[ClientFacts, Fact]:
    fact = Fact(kind=rule.trigger.kind.value, code=rule.trigger.code, **dates)  # type: ignore[arg-type]
    return clean(facts=(fact,)), fact


def triggering(rule: Rule) -> list[tuple[ClientFacts, Fact | None]]:
    """Clients the rule must catch on ON, with the fact it should name."""
    kind = rule.trigger.kind
    if kind in FACT_TRIGGERS:
        return [with_fact(rule)]
    if kind is TriggerKind.FITZPATRICK:
        return [(clean(fitzpatrick=skin), None) for skin in sorted(rule.trigger.skin_types)]
    if kind is TriggerKind.AGE_UNDER:
        one_year_short = date(ON.year - rule.trigger.age + 1, ON.month, ON.day)
        return [(clean(date_of_birth=one_year_short), None)]
    if kind is TriggerKind.AGE_UNKNOWN:
        return [(clean(date_of_birth=None), None)]
    return [(clean(id_checked=False), None)]


def near_misses(rule: Rule) -> list[ClientFacts]:
    """Clients that look like the trigger but must not set the rule off."""
    kind, code = rule.trigger.kind, rule.trigger.code
    if kind in FACT_TRIGGERS:
        other_kind = "medication" if kind is TriggerKind.CONDITION else "condition"
        return [
            clean(),
            clean(facts=(Fact(kind=other_kind, code=code),)),
            clean(facts=(Fact(kind=kind.value, code=FREE_TEXT, note=code),)),
            clean(facts=(Fact(kind=kind.value, code=code, ended=date(2019, 1, 1)),)),
        ]
    if kind is TriggerKind.FITZPATRICK:
        others = sorted(set(range(1, 7)) - rule.trigger.skin_types)
        return [clean(fitzpatrick=skin) for skin in [*others, None]]
    if kind is TriggerKind.AGE_UNDER:
        exactly = date(ON.year - rule.trigger.age, ON.month, ON.day)
        return [clean(), clean(date_of_birth=exactly), clean(date_of_birth=None)]
    return [clean()]


def hits(client: ClientFacts, family: str, rule: Rule, on: date = ON) -> list[Finding]:
    return [f for f in screen(client, family=family, on=on, rules=RULES) if f.rule == rule]


def before(day: date, window: Window) -> date:
    """The end date for which `window` runs out exactly on `day`."""
    if window.unit is WindowUnit.MONTHS:
        return add_months(day, -window.amount)
    return day - timedelta(days=window.amount * (7 if window.unit is WindowUnit.WEEKS else 1))


def ids(rules: list[Rule] | tuple[Rule, ...]) -> list[str]:
    return [rule.id for rule in rules]


# --- The shipped file ------------------------------------------------------------------


def test_the_shipped_file_loads_once_and_covers_every_family() -> None:
    assert load_rules() is load_rules()
    fresh = load_rules(resource_path("rules", "screening.toml"))
    assert fresh == RULES and fresh is not RULES
    assert len(set(ids(RULES))) == len(RULES)
    assert set().union(*(rule.families for rule in RULES)) == FAMILIES


@pytest.mark.parametrize(
    ("trigger", "code"),
    [
        ("medication", "isotretinoin"),
        ("medication", "other_retinoid"),
        ("condition", "recent_sun_tan"),
        ("condition", "pregnant"),
        ("condition", "breastfeeding"),
        ("condition", "trying_to_conceive"),
        ("condition", "pacemaker"),
        ("condition", "icd"),
        ("condition", "metal_implant"),
        ("condition", "permanent_filler"),
        ("condition", "keloid_tendency"),
        ("condition", "cold_sores"),
        ("condition", "active_skin_infection"),
        ("medication", "anticoagulant"),
        ("medication", "antiplatelet"),
        ("medication", "photosensitising"),
        ("medication", "immunosuppressant"),
        ("medication", "antibiotic"),
        ("medication", "steroid"),
        ("condition", "neuromuscular_disorder"),
        ("condition", "bleeding_disorder"),
        ("condition", "epilepsy"),
        ("condition", "autoimmune_disease"),
        ("condition", "cancer_treatment"),
        ("condition", "diabetes"),
        ("condition", "eczema"),
        ("condition", "psoriasis"),
        ("condition", "rosacea"),
        ("condition", "vitiligo"),
        ("condition", "allergy_to_product_ingredient"),
    ],
)
def test_every_required_subject_has_a_rule(trigger: str, code: str) -> None:
    assert any(r.trigger.kind == trigger and r.trigger.code == code for r in RULES)


@pytest.mark.parametrize(
    ("rule_id", "level", "families", "window"),
    [
        ("isotretinoin-resurfacing", "absolute",
         {"chemical_peel", "laser_ipl", "microneedling", "microdermabrasion"},
         Window(6, WindowUnit.MONTHS)),
        ("isotretinoin-waxing", "absolute", {"waxing_threading"}, Window(6, WindowUnit.MONTHS)),
        ("topical-retinoid", "relative",
         {"chemical_peel", "waxing_threading", "microneedling"}, Window(7, WindowUnit.DAYS)),
        ("sun-tan-laser", "absolute", {"laser_ipl"}, Window(4, WindowUnit.WEEKS)),
        ("skin-type-laser", "relative", {"laser_ipl"}, None),
        ("under-18-injectables", "absolute", {"botulinum_toxin", "dermal_filler"}, None),
        ("id-not-checked", "relative", {"botulinum_toxin", "dermal_filler"}, None),
        ("age-unknown", "relative", {"botulinum_toxin", "dermal_filler"}, None),
        ("pregnant-injectables", "absolute", {"botulinum_toxin", "dermal_filler"}, None),
        ("breastfeeding-injectables", "absolute", {"botulinum_toxin", "dermal_filler"}, None),
        ("pacemaker-devices", "absolute", {"radiofrequency", "hifu", "cryolipolysis"}, None),
        ("icd-devices", "absolute", {"radiofrequency", "hifu", "cryolipolysis"}, None),
        ("neuromuscular-disorder-toxin", "absolute", {"botulinum_toxin"}, None),
        ("active-skin-infection", "absolute", FAMILIES, None),
        ("product-ingredient-allergy", "relative", FAMILIES, None),
        ("cold-sores", "caution",
         {"chemical_peel", "laser_ipl", "microneedling", "dermal_filler"}, None),
        ("epilepsy-flashing-light", "caution", {"laser_ipl"}, None),
    ],
)  # fmt: skip
def test_key_rules_as_agreed(
    rule_id: str, level: str, families: set[str], window: Window | None
) -> None:
    rule = BY_ID[rule_id]
    assert rule.level == level
    assert families <= rule.families
    assert rule.window == window


def test_isotretinoin_rules_cover_the_families_the_smpc_names() -> None:
    covered = BY_ID["isotretinoin-resurfacing"].families | BY_ID["isotretinoin-waxing"].families
    assert covered >= {
        "chemical_peel", "laser_ipl", "waxing_threading", "microneedling", "microdermabrasion",
    }  # fmt: skip


@pytest.mark.parametrize("rule", RULES, ids=ids(RULES))
def test_every_rule_names_a_source_and_speaks_every_language(rule: Rule) -> None:
    assert rule.source and "http" not in rule.source
    assert tuple(rule.message) == LANGUAGES
    assert all(text.strip() for text in rule.message.values())
    assert rule.message["fr"] != rule.message["en"] != rule.message["pl"]
    assert re.search(r"[\u4e00-\u9fff]", rule.message["zh_CN"])
    assert not re.search(r"[\u4e00-\u9fff]", rule.message["en"] + rule.message["pl"])


def test_polish_and_french_are_written_with_their_diacritics() -> None:
    polish = " ".join(rule.message["pl"] for rule in RULES)
    french = " ".join(rule.message["fr"] for rule in RULES)
    assert set("ąćęłńóśźż") <= set(polish.lower())
    assert set("àéèêïœ") <= set(french.lower())


# --- Every rule, generated from the file ---------------------------------------------------


@pytest.mark.parametrize("rule", RULES, ids=ids(RULES))
def test_rule_fires_for_each_of_its_families(rule: Rule) -> None:
    for family in sorted(rule.families):
        for client, fact in triggering(rule):
            found = hits(client, family, rule)
            assert found == [Finding(rule, family, rule.level, fact, None)], family


@pytest.mark.parametrize("rule", RULES, ids=ids(RULES))
def test_rule_stays_silent_without_its_trigger(rule: Rule) -> None:
    for family in sorted(rule.families):
        for client in near_misses(rule):
            assert hits(client, family, rule) == [], (family, client)


@pytest.mark.parametrize("rule", RULES, ids=ids(RULES))
def test_rule_stays_silent_for_other_families(rule: Rule) -> None:
    for family in sorted(FAMILIES - rule.families):
        for client, _ in triggering(rule):
            assert hits(client, family, rule) == [], family


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_a_clean_adult_has_nothing_to_screen(family: str) -> None:
    assert screen(clean(), family=family, on=ON, rules=RULES) == []


def test_an_unknown_family_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="botox"):
        screen(clean(), family="botox", on=ON, rules=RULES)


# --- Windows -------------------------------------------------------------------------------


@pytest.mark.parametrize("rule", WINDOWED, ids=ids(WINDOWED))
def test_window_boundaries(rule: Rule) -> None:
    assert rule.window is not None
    family = sorted(rule.families)[0]
    last_day_out = before(ON, rule.window)
    assert rule.window.after(last_day_out) == ON

    def until(**dates: date | None) -> list[date | None]:
        client, _ = with_fact(rule, **dates)
        return [finding.until for finding in hits(client, family, rule)]

    assert until(started=date(2024, 1, 1)) == [None]  # ongoing
    assert until(started=date(2024, 1, 1), ended=ON) == [rule.window.after(ON)]
    assert until(ended=last_day_out) == []  # exactly the window ago
    assert until(ended=last_day_out + timedelta(days=1)) == [ON + timedelta(days=1)]
    assert until(started=ON + timedelta(days=1)) == []  # not started yet
    assert until(started=ON + timedelta(days=1), ended=ON + timedelta(days=9)) == []
    assert until(started=ON) == [None]


@pytest.mark.parametrize("rule", UNWINDOWED_FACT_RULES, ids=ids(UNWINDOWED_FACT_RULES))
def test_without_a_window_a_fact_counts_up_to_its_last_day(rule: Rule) -> None:
    family = sorted(rule.families)[0]

    def until(**dates: date | None) -> list[date | None]:
        client, _ = with_fact(rule, **dates)
        return [finding.until for finding in hits(client, family, rule)]

    assert until(ended=ON - timedelta(days=1)) == []
    assert until(ended=ON) == [ON + timedelta(days=1)]
    assert until(started=date(2025, 1, 1), ended=date(2025, 6, 30)) == [date(2025, 7, 1)]
    assert until(started=ON + timedelta(days=1)) == []


@pytest.mark.parametrize(
    ("ended", "treated", "found"),
    [
        (date(2024, 8, 31), date(2025, 2, 27), True),
        (date(2024, 8, 31), date(2025, 2, 28), False),
        (date(2023, 8, 31), date(2024, 2, 28), True),  # leap year: the window runs to the 29th
        (date(2023, 8, 31), date(2024, 2, 29), False),
    ],
)
def test_month_windows_clamp_to_the_end_of_a_shorter_month(
    ended: date, treated: date, found: bool
) -> None:
    rule = BY_ID["isotretinoin-resurfacing"]
    client, _ = with_fact(rule, ended=ended)
    assert bool(hits(client, "chemical_peel", rule, on=treated)) is found


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2024, 8, 31), 6, date(2025, 2, 28)),
        (date(2023, 8, 31), 6, date(2024, 2, 29)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2024, 3, 31), -1, date(2024, 2, 29)),
        (date(2024, 12, 15), 1, date(2025, 1, 15)),
        (date(2025, 1, 15), -1, date(2024, 12, 15)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 5, 31), 0, date(2024, 5, 31)),
    ],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


def test_window_after_in_days_and_weeks() -> None:
    assert Window(7, WindowUnit.DAYS).after(date(2025, 2, 25)) == date(2025, 3, 4)
    assert Window(4, WindowUnit.WEEKS).after(date(2025, 2, 15)) == date(2025, 3, 15)


def test_of_several_courses_the_one_that_applies_longest_is_named() -> None:
    rule = BY_ID["isotretinoin-resurfacing"]
    old = Fact("medication", "isotretinoin", date(2024, 1, 1), date(2024, 6, 30))
    recent = Fact("medication", "isotretinoin", date(2024, 9, 1), date(2024, 12, 31))
    [finding] = hits(clean(facts=(recent, old)), "laser_ipl", rule)
    assert (finding.fact, finding.until) == (recent, date(2025, 6, 30))
    ongoing = Fact("medication", "isotretinoin", date(2025, 3, 1))
    [finding] = hits(clean(facts=(old, recent, ongoing)), "laser_ipl", rule)
    assert (finding.fact, finding.until) == (ongoing, None)


# --- Age, identity and skin type -----------------------------------------------------------


@pytest.mark.parametrize(
    ("born", "treated", "minor"),
    [
        (date(2008, 3, 16), date(2026, 3, 15), True),  # the day before the 18th birthday
        (date(2008, 3, 16), date(2026, 3, 16), False),  # the birthday
        (date(2008, 2, 29), date(2026, 2, 28), True),
        (date(2008, 2, 29), date(2026, 3, 1), False),
    ],
)
def test_under_18_until_the_birthday(born: date, treated: date, minor: bool) -> None:
    for family in ("botulinum_toxin", "dermal_filler"):
        findings = screen(clean(date_of_birth=born), family=family, on=treated, rules=RULES)
        assert ("under-18-injectables" in ids([f.rule for f in findings])) is minor
        assert (most_severe(findings) is Level.ABSOLUTE) is minor


def test_unknown_birth_date_asks_for_one_and_is_not_a_minor() -> None:
    findings = screen(clean(date_of_birth=None), family="dermal_filler", on=ON, rules=RULES)
    assert ids([f.rule for f in findings]) == ["age-unknown"]
    assert findings[0].level is Level.RELATIVE


def test_a_recorded_id_check_removes_the_finding() -> None:
    unchecked = screen(clean(id_checked=False), family="botulinum_toxin", on=ON, rules=RULES)
    assert ids([f.rule for f in unchecked]) == ["id-not-checked"]
    assert screen(clean(id_checked=True), family="botulinum_toxin", on=ON, rules=RULES) == []


@pytest.mark.parametrize(
    ("skin", "flagged"), [(None, False), (1, False), (3, False), (4, True), (5, True), (6, True)]
)
def test_fitzpatrick_for_laser(skin: int | None, flagged: bool) -> None:
    findings = screen(clean(fitzpatrick=skin), family="laser_ipl", on=ON, rules=RULES)
    assert ("skin-type-laser" in ids([f.rule for f in findings])) is flagged
    assert bool(blocking(findings)) is flagged


# --- Named scenarios -----------------------------------------------------------------------


@pytest.mark.parametrize(("months_ago", "level"), [(5, Level.ABSOLUTE), (7, None)])
def test_isotretinoin_stopped_months_ago_before_a_peel(months_ago: int, level: Level) -> None:
    course = Fact("medication", "isotretinoin", date(2024, 1, 10), add_months(ON, -months_ago))
    findings = screen(clean(facts=(course,)), family="chemical_peel", on=ON, rules=RULES)
    assert most_severe(findings) == level
    assert ("isotretinoin-resurfacing" in ids([f.rule for f in findings])) is (level is not None)


@pytest.mark.parametrize(("days_ago", "blocked"), [(0, True), (27, True), (28, False)])
def test_tan_before_laser(days_ago: int, blocked: bool) -> None:
    tan = Fact("condition", "recent_sun_tan", ended=ON - timedelta(days=days_ago))
    findings = screen(clean(facts=(tan,)), family="laser_ipl", on=ON, rules=RULES)
    assert bool(blocking(findings)) is blocked
    assert ids([f.rule for f in findings]) == (["sun-tan-laser"] if blocked else [])


# --- Order, blocking, severity -------------------------------------------------------------


def test_findings_come_most_severe_first_then_by_rule_id() -> None:
    history = tuple(
        Fact("condition" if code in CONDITIONS else "medication", code)
        for code in (
            "trying_to_conceive", "anticoagulant", "cold_sores", "pregnant", "antiplatelet",
            "active_skin_infection", "allergy_to_product_ingredient", "breastfeeding",
        )
    )  # fmt: skip
    findings = screen(clean(facts=history), family="dermal_filler", on=ON, rules=RULES)
    assert [(f.level.value, f.rule.id) for f in findings] == [
        ("absolute", "active-skin-infection"),
        ("absolute", "breastfeeding-injectables"),
        ("absolute", "pregnant-injectables"),
        ("relative", "anticoagulant"),
        ("relative", "antiplatelet"),
        ("relative", "product-ingredient-allergy"),
        ("caution", "cold-sores"),
        ("caution", "trying-to-conceive"),
    ]
    assert [f.rule.id for f in blocking(findings)] == [f.rule.id for f in findings[:6]]
    assert most_severe(findings) is Level.ABSOLUTE
    assert most_severe(findings[3:]) is Level.RELATIVE
    assert most_severe(findings[6:]) is Level.CAUTION
    assert blocking(findings[6:]) == []


def test_order_does_not_depend_on_the_order_of_the_rules() -> None:
    def rule(rule_id: str, level: Level) -> Rule:
        trigger = Trigger(TriggerKind.ID_CHECK_MISSING)
        return Rule(rule_id, frozenset({"facial"}), level, trigger, None, {"en": rule_id}, "test")

    rules = [
        rule("c-caution", Level.CAUTION),
        rule("b-relative", Level.RELATIVE),
        rule("z-absolute", Level.ABSOLUTE),
        rule("a-caution", Level.CAUTION),
        rule("a-absolute", Level.ABSOLUTE),
    ]
    for ordering in (rules, rules[::-1]):
        found = screen(clean(id_checked=False), family="facial", on=ON, rules=ordering)
        assert [f.rule.id for f in found] == [
            "a-absolute", "z-absolute", "b-relative", "a-caution", "c-caution",
        ]  # fmt: skip


def test_blocking_and_most_severe_of_nothing() -> None:
    assert blocking([]) == []
    assert most_severe([]) is None


def test_levels() -> None:
    assert [level.blocks for level in Level] == [True, True, False]
    assert Level.ABSOLUTE.severity > Level.RELATIVE.severity > Level.CAUTION.severity


def test_findings_can_be_kept_in_a_set() -> None:
    findings = screen(clean(id_checked=False), family="dermal_filler", on=ON, rules=RULES)
    assert len(set(findings)) == len(findings) == 1


# --- Languages -----------------------------------------------------------------------------


def test_finding_messages_in_each_language_and_english_otherwise() -> None:
    [finding] = screen(clean(id_checked=False), family="dermal_filler", on=ON, rules=RULES)
    texts = finding.rule.message
    for language in LANGUAGES:
        assert finding.message(language) == texts[language]
    assert finding.message("de") == texts["en"]
    assert finding.message("fr_FR") == texts["fr"]
    assert finding.message("pl-PL") == texts["pl"]
    assert finding.message("zh_TW") == texts["en"]


def test_text_in_skips_an_empty_translation() -> None:
    assert text_in({"en": "Hello", "fr": ""}, "fr") == "Hello"


# --- Bad files -----------------------------------------------------------------------------

GOOD = """
# a rule that is fine
[[rule]]
id = "epilepsy-test"
families = ["laser_ipl"]
level = "caution"
condition = "epilepsy"
source = "IPL device manufacturer IFU"
[rule.message]
en = "Flashing light."
fr = "Lumière clignotante."
pl = "Migające światło."
zh_CN = "闪光。"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "screening.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file_loads(tmp_path: Path) -> None:
    [rule] = load_rules(write(tmp_path, GOOD.replace("level", "within_weeks = 2\nlevel")))
    assert rule.id == "epilepsy-test"
    assert rule.families == frozenset({"laser_ipl"})
    assert rule.level is Level.CAUTION
    assert rule.trigger == Trigger(TriggerKind.CONDITION, code="epilepsy")
    assert rule.window == Window(2, WindowUnit.WEEKS)
    assert rule.message["zh_CN"] == "闪光。"


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ('["laser_ipl"]', '["laser_ipl", "botox"]', "unknown family botox"),
        ('["laser_ipl"]', "[]", "families"),
        ('["laser_ipl"]', '"laser_ipl"', "families"),
        ('"caution"', '"forbidden"', "unknown level 'forbidden'"),
        ('"caution"', '"Caution"', "unknown level"),
        ('condition = "epilepsy"', 'condition = "epilepsy"\nmedication = "steroid"',
         "exactly one trigger"),
        ('condition = "epilepsy"', "", "exactly one trigger"),
        ('"epilepsy"', '"migraine"', "unknown condition 'migraine'"),
        ('"epilepsy"', '["epilepsy"]', "unknown condition"),
        ('condition = "epilepsy"', 'medication = "aspirin"', "unknown medication 'aspirin'"),
        ('condition = "epilepsy"', "fitzpatrick = [4, 7]", "fitzpatrick"),
        ('condition = "epilepsy"', "fitzpatrick = []", "fitzpatrick"),
        ('condition = "epilepsy"', 'age_under = "18"', "age_under"),
        ('condition = "epilepsy"', "age_under = true", "age_under"),
        ('condition = "epilepsy"', "id_check_missing = false", "can only be true"),
        ('condition = "epilepsy"', "fitzpatrick = [4]\nwithin_days = 3", "window only"),
        ('condition = "epilepsy"', 'condition = "epilepsy"\nwithin_days = 3\nwithin_weeks = 1',
         "more than one window"),
        ('condition = "epilepsy"', 'condition = "epilepsy"\nwithin_days = 0', "within_days"),
        ('condition = "epilepsy"', 'condition = "epilepsy"\nwithin_months = 1.5',
         "within_months"),
        ('pl = "Migające światło."\n', "", "lacks language(s): pl"),
        ('zh_CN = "闪光。"', 'zh_cn = "闪光。"', "lacks language(s): zh_CN"),
        ('zh_CN = "闪光。"', 'zh_CN = "闪光。"\nde = "Blinklicht."', "unknown language(s): de"),
        ('fr = "Lumière clignotante."', 'fr = "  "', "message in fr is empty"),
        ("[rule.message]", "[rule.mesage]", "unknown key(s): mesage"),
        ("families =", "familes =", "unknown key(s): familes"),
        ('source = "IPL device manufacturer IFU"', 'source = ""', "source"),
        ('source = "IPL device manufacturer IFU"', "", "source"),
    ],
)  # fmt: skip
def test_a_bad_rule_is_refused_with_its_id(
    tmp_path: Path, old: str, new: str, problem: str
) -> None:
    assert old in GOOD
    with pytest.raises(RulesFileError) as caught:
        load_rules(write(tmp_path, GOOD.replace(old, new)))
    assert caught.value.rule_id == "epilepsy-test"
    assert "screening.toml, rule 'epilepsy-test': " in str(caught.value)
    assert problem in str(caught.value)


def test_a_duplicate_id_is_refused(tmp_path: Path) -> None:
    other = GOOD.replace('"laser_ipl"', '"hifu"')
    with pytest.raises(RulesFileError, match="rule 'epilepsy-test': duplicate id"):
        load_rules(write(tmp_path, GOOD + other))


def test_a_bad_id_is_named_as_written(tmp_path: Path) -> None:
    with pytest.raises(RulesFileError, match="rule 'Epilepsy_Test': id must be") as caught:
        load_rules(write(tmp_path, GOOD.replace("epilepsy-test", "Epilepsy_Test")))
    assert caught.value.rule_id == "Epilepsy_Test"


def test_a_rule_without_an_id_is_named_by_position(tmp_path: Path) -> None:
    text = GOOD + GOOD.replace('id = "epilepsy-test"\n', "")
    with pytest.raises(RulesFileError, match="rule '#2': id must be"):
        load_rules(write(tmp_path, text))


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "no [[rule]] entries"),
        ("rule = 3", "no [[rule]] entries"),
        ("version = 2\n" + GOOD, "unknown top-level key(s): version"),
        (GOOD.replace('level = "caution"', "level = caution"), "not valid TOML"),
    ],
)
def test_a_bad_file_is_refused(tmp_path: Path, text: str, problem: str) -> None:
    with pytest.raises(RulesFileError) as caught:
        load_rules(write(tmp_path, text))
    assert caught.value.rule_id is None
    assert problem in str(caught.value)


def test_code_sets_are_the_contracts() -> None:
    assert len(FAMILIES) == 14
    assert len(MEDICATION_CLASSES) == 8
    assert len(CONDITIONS) == 26
    assert FREE_TEXT not in CONDITIONS | MEDICATION_CLASSES
