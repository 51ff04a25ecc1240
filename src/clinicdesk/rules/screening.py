"""Pre-treatment screening: which contraindications apply to a client for a treatment.

The rules themselves are data (resources/rules/screening.toml) so that a clinic's medical
lead can read, review and adapt them; this module loads and validates that file and applies
the rules to what is known of a client on a given day. It reads nothing else, so the desk,
the reports and the tests all get the same answer from the same facts.
"""

from __future__ import annotations

import calendar
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any

from clinicdesk.rules import data_files
from clinicdesk.rules.client_alerts import age_on
from clinicdesk.rules.codes import (
    CONDITIONS,
    FAMILIES,
    LANGUAGES,
    MEDICATION_CLASSES,
    text_in,
)


class Level(StrEnum):
    ABSOLUTE = "absolute"  # never treat
    RELATIVE = "relative"  # treat only with a recorded reason
    CAUTION = "caution"  # shown, does not stop anything

    @property
    def severity(self) -> int:
        """2 for absolute down to 0 for caution; the values' own order is alphabetical."""
        return {"absolute": 2, "relative": 1, "caution": 0}[self.value]

    @property
    def blocks(self) -> bool:
        return self is not Level.CAUTION


class TriggerKind(StrEnum):
    CONDITION = "condition"
    MEDICATION = "medication"
    FITZPATRICK = "fitzpatrick"
    AGE_UNDER = "age_under"
    ID_CHECK_MISSING = "id_check_missing"
    AGE_UNKNOWN = "age_unknown"


@dataclass(frozen=True)
class Trigger:
    kind: TriggerKind
    code: str = ""  # the condition or medication class
    skin_types: frozenset[int] = frozenset()  # fitzpatrick
    age: int = 0  # age_under


class WindowUnit(StrEnum):
    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"


def add_months(day: date, months: int) -> date:
    """Calendar months later; 31 August + 6 months is the last day of February."""
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    month = month0 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Window:
    """How long after a fact has ended a rule still applies."""

    amount: int
    unit: WindowUnit

    def after(self, day: date) -> date:
        """The first day on which something that ended on `day` no longer counts."""
        if self.unit is WindowUnit.MONTHS:
            return add_months(day, self.amount)
        days = self.amount * 7 if self.unit is WindowUnit.WEEKS else self.amount
        return day + timedelta(days=days)


@dataclass(frozen=True)
class Fact:
    """One medical history item as known on the screening day."""

    kind: str  # "condition" or "medication"
    code: str  # a condition code or medication class, or FREE_TEXT
    started: date | None = None
    ended: date | None = None  # None: ongoing; otherwise the last day it held
    note: str = ""  # as the practitioner wrote it: shown, never matched here


@dataclass(frozen=True)
class ClientFacts:
    date_of_birth: date | None
    facts: tuple[Fact, ...] = ()
    fitzpatrick: int | None = None
    id_checked: bool = False


@dataclass(frozen=True)
class Rule:
    id: str
    families: frozenset[str]
    level: Level
    trigger: Trigger
    window: Window | None
    message: Mapping[str, str] = field(hash=False)  # a mapping cannot be hashed; ids are unique
    source: str


@dataclass(frozen=True)
class Finding:
    rule: Rule
    family: str
    level: Level
    fact: Fact | None  # the history item that triggered it, for condition and medication rules
    until: date | None  # first day it no longer applies; None while the fact is ongoing

    def message(self, language: str) -> str:
        return text_in(self.rule.message, language)


def screen(facts: ClientFacts, *, family: str, on: date, rules: Sequence[Rule]) -> list[Finding]:
    """Every rule for `family` that applies on `on`, most severe first, then by rule id."""
    if family not in FAMILIES:
        raise ValueError(f"unknown treatment family: {family!r}")
    findings = []
    for rule in rules:
        if family in rule.families:
            found = _apply(rule, facts, on)
            if found is not None:
                fact, until = found
                findings.append(Finding(rule, family, rule.level, fact, until))
    return sorted(findings, key=lambda f: (-f.level.severity, f.rule.id))


def blocking(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.level.blocks]


def most_severe(findings: Iterable[Finding]) -> Level | None:
    return max((f.level for f in findings), key=lambda level: level.severity, default=None)


def _apply(rule: Rule, client: ClientFacts, on: date) -> tuple[Fact | None, date | None] | None:
    trigger = rule.trigger
    if trigger.kind in (TriggerKind.CONDITION, TriggerKind.MEDICATION):
        return _matching_fact(rule, client.facts, on)
    if trigger.kind is TriggerKind.FITZPATRICK:
        hit = client.fitzpatrick in trigger.skin_types
    elif trigger.kind is TriggerKind.AGE_UNDER:
        born = client.date_of_birth
        hit = born is not None and age_on(born, on) < trigger.age
    elif trigger.kind is TriggerKind.AGE_UNKNOWN:
        hit = client.date_of_birth is None
    else:
        hit = not client.id_checked
    return (None, None) if hit else None


def _matching_fact(rule: Rule, facts: Iterable[Fact], on: date) -> tuple[Fact, date | None] | None:
    # Of several matching items (two isotretinoin courses), the one that applies longest.
    best: tuple[Fact, date] | None = None
    for fact in facts:
        if fact.kind != rule.trigger.kind or fact.code != rule.trigger.code:
            continue
        if fact.started is not None and fact.started > on:
            continue
        if fact.ended is None:
            return fact, None
        # Without a window a fact counts up to and including its last day.
        until = rule.window.after(fact.ended) if rule.window else fact.ended + timedelta(days=1)
        if on < until and (best is None or until > best[1]):
            best = fact, until
    return best


# --- Reading and checking the rules file -------------------------------------------------


class RulesFileError(ValueError):
    """The rules file cannot be used; the message names the rule and the problem."""

    def __init__(self, path: Path, problem: str, *, rule_id: str | None = None) -> None:
        where = f"{path.name}, rule {rule_id!r}" if rule_id else path.name
        super().__init__(f"{where}: {problem}")
        self.rule_id = rule_id


class _Invalid(Exception):
    pass


_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_WINDOWS = {
    "within_days": WindowUnit.DAYS,
    "within_weeks": WindowUnit.WEEKS,
    "within_months": WindowUnit.MONTHS,
}
_KEYS = frozenset({"id", "families", "level", "message", "source"}) | {
    *(kind.value for kind in TriggerKind),
    *_WINDOWS,
}


def load_rules(path: Path | None = None) -> tuple[Rule, ...]:
    """The rules in `path`, or the shipped ones (read once) when no path is given."""
    return data_files.load("screening.toml", path, _read)


def _unreadable(error: Exception) -> str:
    if isinstance(error, tomllib.TOMLDecodeError):
        return f"not valid TOML: {error}"
    return f"cannot be read: {error}"


def _read(path: Path) -> tuple[Rule, ...]:
    data = data_files.read_toml(path, lambda error: RulesFileError(path, _unreadable(error)))
    if set(data) - {"rule"}:
        raise RulesFileError(path, f"unknown top-level key(s): {_names(set(data) - {'rule'})}")
    entries = data.get("rule")
    if not isinstance(entries, list) or not entries:
        raise RulesFileError(path, "no [[rule]] entries")
    rules: dict[str, Rule] = {}
    for number, entry in enumerate(entries, 1):
        given = entry.get("id") if isinstance(entry, dict) else None
        name = given if isinstance(given, str) and given else f"#{number}"
        try:
            rule = _parse(entry)
        except _Invalid as problem:
            raise RulesFileError(path, str(problem), rule_id=name) from None
        if rule.id in rules:
            raise RulesFileError(path, "duplicate id", rule_id=rule.id)
        rules[rule.id] = rule
    return tuple(rules.values())


def _parse(entry: Any) -> Rule:
    if not isinstance(entry, dict):
        raise _Invalid("is not a table")
    if unknown := set(entry) - _KEYS:
        raise _Invalid(f"unknown key(s): {_names(unknown)}")
    rule_id = entry.get("id")
    if not isinstance(rule_id, str) or not _ID.fullmatch(rule_id):
        raise _Invalid("id must be lower-case words joined by hyphens, e.g. 'pregnant-laser'")
    families = entry.get("families")
    if (
        not isinstance(families, list)
        or not families
        or not all(isinstance(f, str) for f in families)
    ):
        raise _Invalid("families must be a non-empty list of family codes")
    if unknown := set(families) - FAMILIES:
        raise _Invalid(f"unknown family {_names(unknown)}")
    level = entry.get("level")
    if level not in [known.value for known in Level]:
        raise _Invalid(f"unknown level {level!r} (use absolute, relative or caution)")
    trigger = _trigger(entry)
    source = entry.get("source")
    if not isinstance(source, str) or not source.strip():
        raise _Invalid("source is missing: name the guideline, label or IFU behind the rule")
    return Rule(
        id=rule_id,
        families=frozenset(families),
        level=Level(level),
        trigger=trigger,
        window=_window(entry, trigger),
        message=_message(entry.get("message")),
        source=source.strip(),
    )


def _trigger(entry: dict[str, Any]) -> Trigger:
    given = [kind for kind in TriggerKind if kind.value in entry]
    if len(given) != 1:
        found = f"found {_names(given)}" if given else "found none"
        raise _Invalid(f"needs exactly one trigger ({_names(TriggerKind)}), {found}")
    kind = given[0]
    value = entry[kind.value]
    if kind is TriggerKind.CONDITION or kind is TriggerKind.MEDICATION:
        known = CONDITIONS if kind is TriggerKind.CONDITION else MEDICATION_CLASSES
        if not isinstance(value, str) or value not in known:
            raise _Invalid(f"unknown {kind.value} {value!r}")
        return Trigger(kind, code=value)
    if kind is TriggerKind.FITZPATRICK:
        if not value or not isinstance(value, list) or not all(_whole(v, 1, 6) for v in value):
            raise _Invalid("fitzpatrick must list skin types from 1 to 6, e.g. [4, 5, 6]")
        return Trigger(kind, skin_types=frozenset(value))
    if kind is TriggerKind.AGE_UNDER:
        if not _whole(value, 1, 120):
            raise _Invalid("age_under must be a whole number of years")
        return Trigger(kind, age=value)
    if value is not True:
        raise _Invalid(f"{kind.value} can only be true")
    return Trigger(kind)


def _window(entry: dict[str, Any], trigger: Trigger) -> Window | None:
    given = [key for key in _WINDOWS if key in entry]
    if not given:
        return None
    if len(given) > 1:
        raise _Invalid(f"more than one window: {_names(given)}")
    if trigger.kind not in (TriggerKind.CONDITION, TriggerKind.MEDICATION):
        raise _Invalid("a window only applies to a condition or medication trigger")
    amount = entry[given[0]]
    if not _whole(amount, 1, 10_000):
        raise _Invalid(f"{given[0]} must be a whole number above 0")
    return Window(amount, _WINDOWS[given[0]])


def _message(message: Any) -> Mapping[str, str]:
    if not isinstance(message, dict):
        raise _Invalid(f"message must be a table with {_names(LANGUAGES)}")
    if missing := [language for language in LANGUAGES if language not in message]:
        raise _Invalid(f"message lacks language(s): {_names(missing)}")
    if unknown := set(message) - set(LANGUAGES):
        raise _Invalid(f"message has unknown language(s): {_names(unknown)}")
    for language, text in message.items():
        if not isinstance(text, str) or not text.strip():
            raise _Invalid(f"message in {language} is empty")
    return MappingProxyType({language: message[language].strip() for language in LANGUAGES})


def _whole(value: Any, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _names(items: Iterable[object]) -> str:
    return ", ".join(sorted(str(item) for item in items))
