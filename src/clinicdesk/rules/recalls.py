"""Follow-up (recall) rules read from resources/rules/recalls.toml, and who is due for one.

A rule says that some days after a treatment of a family the client should be contacted,
for a review of the result ("review") or for the next treatment ("repeat"). It is due
`after_days` after the treatment, already counts as due `early_days` before that, stays due
for `overdue_after_days` after the due day and is overdue from the day after. Recalls not
yet due show as upcoming once the due day is within a horizon (two weeks by default).

Only a client's latest treatment of a family counts: a new treatment starts its recalls
again. A recall is closed when the newest contact recorded for it since that treatment
says "booked" or "declined"; after "called", "no_answer" or "letter_sent" it stays listed,
showing that contact. The file is checked strictly when read, and every error names the
rule it is about.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any

from clinicdesk.rules import data_files
from clinicdesk.rules.codes import FAMILIES, LANGUAGES, text_in

KINDS = ("review", "repeat")
PLACEHOLDERS = frozenset({"client_name", "treatment", "clinic_name", "clinic_phone"})
OUTCOMES = ("called", "no_answer", "letter_sent", "booked", "declined")
CLOSING_OUTCOMES = frozenset({"booked", "declined"})
MAX_AFTER_DAYS = 3 * 365
MAX_OVERDUE_AFTER_DAYS = 2 * 365
DEFAULT_HORIZON_DAYS = 14

# The parts of the whole-number key that sorts the listed recalls.
_DAY_BITS = 22  # a date's ordinal: date.max is 3,652,059
_ID_BITS = 64  # a client id, offset so that every SQLite integer sorts in order
_ID_OFFSET = 1 << 63
_INDEX_BITS = 32
_INDEX_MASK = (1 << _INDEX_BITS) - 1

_ID = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_REQUIRED_KEYS = frozenset(
    {
        "id",
        "family",
        "kind",
        "after_days",
        "early_days",
        "overdue_after_days",
        "source",
        "reason",
        "letter",
    }
)
_OPTIONAL_KEYS = frozenset({"skip_if_previous_within_days"})


class RecallsFileError(ValueError):
    """The recall rules file is not what this module expects."""


@dataclass(frozen=True, slots=True)
class RecallRule:
    id: str
    family: str
    kind: str  # one of KINDS
    after_days: int  # due this many days after the treatment
    early_days: int  # already due this many days before the due day
    overdue_after_days: int  # still due this many days after the due day, overdue after
    # Per language: for the practice, and to the client with PLACEHOLDERS. Left out of the
    # hash (a mapping has none) so that a rule can key a dict.
    reason: Mapping[str, str] = field(hash=False)
    letter: Mapping[str, str] = field(hash=False)
    # No recall when the family was also treated on an earlier day this recently (0: never).
    skip_if_previous_within_days: int = 0
    source: str = ""

    def reason_text(self, language: str) -> str:
        return text_in(self.reason, language)

    def letter_text(self, language: str, **values: str) -> str:
        """The letter in `language`, with every placeholder filled from `values`."""
        missing = sorted(PLACEHOLDERS - set(values))
        if missing:
            raise ValueError(f"recall {self.id}: the letter needs values for {missing}")
        return text_in(self.letter, language).format_map(values)


def load_recalls(path: Path | None = None) -> tuple[RecallRule, ...]:
    """The rules in `path`, or in the shipped file (read once) when no path is given."""
    return data_files.load("recalls.toml", path, _read_recalls)


def _read_recalls(path: Path) -> tuple[RecallRule, ...]:
    data = data_files.read_toml(
        path, lambda error: RecallsFileError(f"{path.name}: cannot be read: {error}")
    )
    if set(data) != {"recall"} or not isinstance(data["recall"], list):
        raise RecallsFileError(f"{path.name}: expected only [[recall]] tables")
    rules = tuple(_rule(entry, number) for number, entry in enumerate(data["recall"], 1))
    ids = [rule.id for rule in rules]
    repeated = sorted({rule_id for rule_id in ids if ids.count(rule_id) > 1})
    if repeated:
        raise RecallsFileError(f"{path.name}: recall ids used more than once: {repeated}")
    return rules


def _rule(entry: object, number: int) -> RecallRule:
    rule_id = entry.get("id") if isinstance(entry, dict) else None
    if not isinstance(entry, dict) or not isinstance(rule_id, str) or not _ID.fullmatch(rule_id):
        raise RecallsFileError(
            f"recall #{number}: needs an id of lower-case words joined by hyphens, not {rule_id!r}"
        )
    where = f"recall {rule_id}"
    missing = sorted(_REQUIRED_KEYS - set(entry))
    unknown = sorted(set(entry) - _REQUIRED_KEYS - _OPTIONAL_KEYS)
    if missing or unknown:
        raise RecallsFileError(f"{where}: missing keys {missing}, unknown keys {unknown}")
    if entry["family"] not in FAMILIES:
        raise RecallsFileError(f"{where}: unknown family code {entry['family']!r}")
    if entry["kind"] not in KINDS:
        raise RecallsFileError(f"{where}: kind must be one of {list(KINDS)}, not {entry['kind']!r}")
    after_days = _int(where, entry, "after_days", minimum=1, maximum=MAX_AFTER_DAYS)
    source = entry["source"]
    if not isinstance(source, str) or not source.strip():
        raise RecallsFileError(f"{where}: source must say where the interval comes from")
    return RecallRule(
        id=rule_id,
        family=entry["family"],
        kind=entry["kind"],
        after_days=after_days,
        early_days=_int(where, entry, "early_days", minimum=0, maximum=after_days - 1),
        overdue_after_days=_int(
            where, entry, "overdue_after_days", minimum=0, maximum=MAX_OVERDUE_AFTER_DAYS
        ),
        reason=_reason(where, entry["reason"]),
        letter=_letter(where, entry["letter"]),
        skip_if_previous_within_days=_int(
            where, entry, "skip_if_previous_within_days", minimum=0, maximum=MAX_AFTER_DAYS
        )
        if "skip_if_previous_within_days" in entry
        else 0,
        source=source,
    )


def _texts(where: str, table: object, key: str) -> dict[str, str]:
    if (
        not isinstance(table, dict)
        or set(table) != set(LANGUAGES)
        or not all(isinstance(text, str) and text.strip() for text in table.values())
    ):
        raise RecallsFileError(f"{where}: {key} must be given in exactly {list(LANGUAGES)}")
    return {language: table[language].replace("\r\n", "\n").strip() for language in LANGUAGES}


def _reason(where: str, table: object) -> Mapping[str, str]:
    texts = _texts(where, table, "reason")
    for language, text in texts.items():
        if "\n" in text:
            raise RecallsFileError(f"{where}: reason in {language} must be a single line")
    return MappingProxyType(texts)


def _letter(where: str, table: object) -> Mapping[str, str]:
    texts = _texts(where, table, "letter")
    paragraphs = set()
    for language, text in texts.items():
        used = _placeholders(f"{where}: letter in {language}", text)
        if used != PLACEHOLDERS:
            raise RecallsFileError(
                f"{where}: letter in {language} does not use "
                f"{sorted('{' + name + '}' for name in PLACEHOLDERS - used)}"
            )
        blocks = text.split("\n\n")
        if not all(block.strip() for block in blocks):
            raise RecallsFileError(f"{where}: letter in {language} has an empty paragraph")
        paragraphs.add(len(blocks))
    if len(paragraphs) > 1:
        raise RecallsFileError(f"{where}: the letter has different numbers of paragraphs")
    return MappingProxyType(texts)


def _placeholders(where: str, text: str) -> set[str]:
    """The placeholder names in `text`; anything else in braces is an error."""
    try:
        fields = [
            (name, conversion, spec)
            for _, name, spec, conversion in string.Formatter().parse(text)
            if name is not None
        ]
    except ValueError as error:
        raise RecallsFileError(f"{where}: braces do not match ({error})") from error
    for name, conversion, spec in fields:
        if name not in PLACEHOLDERS:
            raise RecallsFileError(
                f"{where}: unknown placeholder {{{name}}}; use only "
                f"{sorted('{' + known + '}' for known in PLACEHOLDERS)}"
            )
        if conversion or spec:
            raise RecallsFileError(f"{where}: write the placeholder {{{name}}} without ! or :")
    return {name for name, _, _ in fields}


def _int(where: str, table: Mapping[str, Any], key: str, *, minimum: int, maximum: int) -> int:
    value = table[key]
    # bool is an int in Python; `true` where a number belongs is a typo.
    if not isinstance(value, int) or isinstance(value, bool) or not minimum <= value <= maximum:
        raise RecallsFileError(f"{where}: {key} must be a whole number, {minimum} to {maximum}")
    return value


# --- who is due -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Treated:
    """A treatment session done."""

    client_id: int
    family: str
    on: date


@dataclass(frozen=True, slots=True)
class Contact:
    """A contact with the client about a recall, and how it ended."""

    client_id: int
    recall_id: str
    on: date
    outcome: str  # one of OUTCOMES

    def __post_init__(self) -> None:
        if self.outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {list(OUTCOMES)}, not {self.outcome!r}")


class Status(StrEnum):
    UPCOMING = "upcoming"
    DUE = "due"
    OVERDUE = "overdue"


@dataclass(frozen=True, slots=True)
class DueRecall:
    client_id: int
    rule: RecallRule
    treated_on: date
    due_on: date
    status: Status
    last_contact: Contact | None  # the newest contact since the treatment

    @property
    def due_from(self) -> date:
        """The first day the recall counts as due."""
        return self.due_on - timedelta(days=self.rule.early_days)

    @property
    def overdue_from(self) -> date:
        """The first day the recall counts as overdue."""
        return self.due_on + timedelta(days=self.rule.overdue_after_days + 1)


def due_recalls(
    treated: Iterable[Treated],
    contacts: Iterable[Contact],
    *,
    today: date,
    rules: Sequence[RecallRule],
    horizon_days: int = DEFAULT_HORIZON_DAYS,
    overdue_for_at_most_days: int | None = None,
) -> list[DueRecall]:
    """The open recalls that are overdue, due, or due within `horizon_days` after `today`.

    Sorted overdue first, then due, then upcoming; within each by due day (oldest first),
    then client and rule. Contacts on the same day count in the order given: pass them in
    the order they were recorded. Client ids are SQLite integers (below 2**63 either way).

    By default an overdue recall stays listed until it is closed. With
    `overdue_for_at_most_days` it is left out once it has been overdue for longer than that
    (on its first overdue day it has been overdue for 0 days): the client has lapsed.
    """
    if horizon_days < 0:
        raise ValueError("horizon_days must not be negative")
    if overdue_for_at_most_days is not None and overdue_for_at_most_days < 0:
        raise ValueError("overdue_for_at_most_days must not be negative")
    rules_of: dict[str, list[RecallRule]] = {}
    for rule in rules:
        rules_of.setdefault(rule.family, []).append(rule)

    # The latest treatment day of each family and client, and the latest day before it.
    # Keyed family first, so that the loops below look clients up by id alone.
    latest: dict[str, dict[int, date]] = {family: {} for family in rules_of}
    previous: dict[str, dict[int, date]] = {family: {} for family in rules_of}
    for session in treated:
        days = latest.get(session.family)
        if days is None:
            continue
        client_id = session.client_id
        day = session.on
        last = days.get(client_id)
        if last is None:
            days[client_id] = day
        elif day > last:
            days[client_id] = day
            previous[session.family][client_id] = last
        elif day < last:
            earlier = previous[session.family]
            before = earlier.get(client_id)
            if before is None or day > before:
                earlier[client_id] = day

    # The newest contact about each recall and client. If it is older than the treatment,
    # so are all the others, and none of them counts.
    newest: dict[str, dict[int, Contact]] = {}
    for contact in contacts:
        of_rule = newest.setdefault(contact.recall_id, {})
        known = of_rule.get(contact.client_id)
        if known is None or contact.on >= known.on:
            of_rule[contact.client_id] = contact

    # The listed recalls, gathered in parallel lists and sorted by one whole number each
    # (status, due day, client, rule, then the position in the lists), so that the only
    # objects built are the results, in their final order. With 100,000 clients most of
    # the time goes into building the results, not into finding them.
    rule_rank = {rule_id: number for number, rule_id in enumerate(sorted(r.id for r in rules))}
    keys: list[int] = []
    found_clients: list[int] = []
    found_rules: list[RecallRule] = []
    found_days: list[date] = []
    found_due: list[date] = []
    found_ranks: list[int] = []
    found_contacts: list[Contact | None] = []
    for family, days in latest.items():
        for rule in rules_of[family]:
            # Bounds on the treatment day, so that each client costs a few comparisons.
            after = timedelta(days=rule.after_days)
            listed_until = today - after + timedelta(days=max(rule.early_days, horizon_days))
            due_until = today - after + timedelta(days=rule.early_days)
            overdue_until = today - after - timedelta(days=rule.overdue_after_days + 1)
            kept_from = (
                date.fromordinal(max(1, overdue_until.toordinal() - overdue_for_at_most_days))
                if overdue_for_at_most_days is not None
                else date.min
            )
            skip = rule.skip_if_previous_within_days
            earlier = previous[family]
            contacted = newest.get(rule.id, {})
            rule_key = rule_rank[rule.id]
            for client_id, day in days.items():
                if day > listed_until or day < kept_from:
                    continue
                if skip:
                    before = earlier.get(client_id)
                    if before is not None and (day - before).days <= skip:
                        continue
                last_contact = contacted.get(client_id)
                if last_contact is not None:
                    if last_contact.on < day:
                        last_contact = None
                    elif last_contact.outcome in CLOSING_OUTCOMES:
                        continue
                rank = 0 if day <= overdue_until else 1 if day <= due_until else 2
                due = day + after
                key = (rank << _DAY_BITS | due.toordinal()) << _ID_BITS | client_id + _ID_OFFSET
                keys.append((key * len(rule_rank) + rule_key) << _INDEX_BITS | len(found_clients))
                found_clients.append(client_id)
                found_rules.append(rule)
                found_days.append(day)
                found_due.append(due)
                found_ranks.append(rank)
                found_contacts.append(last_contact)
    keys.sort()
    statuses = (Status.OVERDUE, Status.DUE, Status.UPCOMING)
    result = []
    for key in keys:
        index = key & _INDEX_MASK
        result.append(
            DueRecall(
                found_clients[index],
                found_rules[index],
                found_days[index],
                found_due[index],
                statuses[found_ranks[index]],
                found_contacts[index],
            )
        )
    return result
