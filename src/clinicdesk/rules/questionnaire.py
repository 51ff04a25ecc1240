"""The client health questionnaire: its questions as data, and what its answers change.

The questions live in resources/rules/questionnaire.toml, in every language, so that a
clinic's medical lead can read and review them; the consultation wizard, the kiosk where a
client answers in their own language and the printed intake form all ask the same thing.
This module reads and checks that file, cleans a set of answers, works out which changes
to the client's history those answers mean, and turns a history back into answers to
pre-fill the form.

It knows the history only through `CurrentItem` (services.history.HistoryItem fits) and
hands back `Change`s for the caller to record, so it needs no database.

Answers are JSON-able dicts keyed by question id; an unanswered question is absent:

    yes_no     {"yes": bool, "detail": str, "date": "YYYY-MM-DD" or ""}
    choice     {"code": str}
    list       {"items": [str, ...]}
    allergies  {"items": [{"substance": str, "reaction": str, "severity": str}, ...]}
    text       {"text": str}
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any, Protocol

from clinicdesk.rules import data_files
from clinicdesk.rules.codes import FREE_TEXT, HISTORY_KINDS, LANGUAGES, SINGLE_VALUED, history_codes
from clinicdesk.rules.codes import text_in as _text_in

QUESTION_KINDS = ("yes_no", "choice", "list", "allergies", "text")
DATE_FIELDS = ("", "started", "ended")
ALLERGY_SEVERITIES = ("mild", "moderate", "severe")
TEXT_LIMIT = 2_000  # characters in one answer text, as in a history item
ITEMS_LIMIT = 100  # entries in one list or allergies answer
EARLIEST = date(1900, 1, 1)

# --- The questionnaire -------------------------------------------------------------------


def _text_or_empty(texts: Mapping[str, str], language: str) -> str:
    return _text_in(texts, language) if texts else ""


@dataclass(frozen=True)
class Option:
    code: str
    texts: Mapping[str, str] = field(hash=False)

    def text(self, language: str) -> str:
        return _text_in(self.texts, language)


@dataclass(frozen=True)
class Question:
    id: str
    kind: str  # one of QUESTION_KINDS
    history_kind: str  # the history section the answer goes to
    code: str | None  # yes_no: the code recorded for "yes"; None for the other kinds
    texts: Mapping[str, str] = field(hash=False)
    help: Mapping[str, str] = field(hash=False)  # empty when there is none
    detail: Mapping[str, str] = field(hash=False)  # yes_no: what to ask after "yes"
    date_field: str  # yes_no: "", "started" or "ended"
    date_label: Mapping[str, str] = field(hash=False)  # empty without a date_field
    options: tuple[Option, ...]  # choice only

    def text(self, language: str) -> str:
        return _text_in(self.texts, language)

    def help_text(self, language: str) -> str:
        return _text_or_empty(self.help, language)

    def detail_text(self, language: str) -> str:
        return _text_or_empty(self.detail, language)

    def date_text(self, language: str) -> str:
        return _text_or_empty(self.date_label, language)

    def option(self, code: str) -> Option:
        """The choice option with this code (KeyError if there is none)."""
        for option in self.options:
            if option.code == code:
                return option
        raise KeyError(code)


@dataclass(frozen=True)
class Section:
    id: str
    texts: Mapping[str, str] = field(hash=False)
    questions: tuple[Question, ...]

    def title(self, language: str) -> str:
        return _text_in(self.texts, language)


@dataclass(frozen=True)
class Questionnaire:
    sections: tuple[Section, ...]
    intro: Mapping[str, str] = field(hash=False)
    declaration: Mapping[str, str] = field(hash=False)
    _by_id: Mapping[str, Question] = field(
        init=False, repr=False, compare=False, hash=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        by_id = {
            question.id: question for section in self.sections for question in section.questions
        }
        object.__setattr__(self, "_by_id", MappingProxyType(by_id))

    def question(self, question_id: str) -> Question:
        """The question with this id (KeyError if there is none)."""
        return self._by_id[question_id]

    def questions(self) -> list[Question]:
        """Every question, section by section, in the order asked."""
        return list(self._by_id.values())

    def intro_text(self, language: str) -> str:
        return _text_in(self.intro, language)

    def declaration_text(self, language: str) -> str:
        return _text_in(self.declaration, language)


# --- Reading and checking the questionnaire file -----------------------------------------


class QuestionnaireFileError(ValueError):
    """The questionnaire file cannot be used; the message names the question and the problem."""

    def __init__(self, path: Path, problem: str, *, where: str = "") -> None:
        super().__init__(f"{path.name}, {where}: {problem}" if where else f"{path.name}: {problem}")
        self.where = where  # e.g. "question 'isotretinoin'" or "section 'skin'"
        self.problem = problem


class _Invalid(Exception):
    def __init__(self, where: str, problem: str) -> None:
        super().__init__(problem)
        self.where = where
        self.problem = problem


_ID = re.compile(r"[a-z][a-z0-9_]*")
_TOP_KEYS = frozenset({"intro", "declaration", "section"})
_SECTION_KEYS = frozenset({"id", "title", "question"})
_QUESTION_KEYS = frozenset({
    "id", "kind", "history_kind", "code", "text", "help", "detail", "date_field", "date_label",
    "option",
})  # fmt: skip
_OPTION_KEYS = frozenset({"code", "text"})


def load_questionnaire(path: Path | None = None) -> Questionnaire:
    """The questionnaire in `path`, or the shipped one (read once) when no path is given."""
    return data_files.load("questionnaire.toml", path, _read)


def _read(path: Path) -> Questionnaire:
    data = data_files.read_toml(
        path, lambda error: QuestionnaireFileError(path, f"cannot be read: {error}")
    )
    try:
        return _questionnaire(data)
    except _Invalid as invalid:
        raise QuestionnaireFileError(path, invalid.problem, where=invalid.where) from None


def _questionnaire(data: dict[str, Any]) -> Questionnaire:
    if unknown := set(data) - _TOP_KEYS:
        raise _Invalid("", f"unknown top-level key(s): {_names(unknown)}")
    intro = _texts("", data.get("intro"), "intro")
    declaration = _texts("", data.get("declaration"), "declaration")
    entries = data.get("section")
    if not isinstance(entries, list) or not entries:
        raise _Invalid("", "no [[section]] entries")
    sections = tuple(_section(entry, number) for number, entry in enumerate(entries, 1))
    _check_unique(sections)
    return Questionnaire(sections=sections, intro=intro, declaration=declaration)


def _section(entry: Any, number: int) -> Section:
    given = entry.get("id") if isinstance(entry, dict) else None
    where = f"section {given!r}" if isinstance(given, str) and given else f"section #{number}"
    if not isinstance(entry, dict):
        raise _Invalid(where, "is not a table")
    if unknown := set(entry) - _SECTION_KEYS:
        raise _Invalid(where, f"unknown key(s): {_names(unknown)}")
    if not isinstance(given, str) or not _ID.fullmatch(given):
        raise _Invalid(where, "id must be a lower-case code such as 'general_health'")
    questions = entry.get("question")
    if not isinstance(questions, list) or not questions:
        raise _Invalid(where, "has no [[section.question]] entries")
    return Section(
        id=given,
        texts=_texts(where, entry.get("title"), "title"),
        questions=tuple(_question(where, q, n) for n, q in enumerate(questions, 1)),
    )


def _question(section: str, entry: Any, number: int) -> Question:
    given = entry.get("id") if isinstance(entry, dict) else None
    where = (
        f"question {given!r}"
        if isinstance(given, str) and given
        else f"{section}, question #{number}"
    )
    if not isinstance(entry, dict):
        raise _Invalid(where, "is not a table")
    if unknown := set(entry) - _QUESTION_KEYS:
        raise _Invalid(where, f"unknown key(s): {_names(unknown)}")
    if not isinstance(given, str) or not _ID.fullmatch(given):
        raise _Invalid(where, "id must be a lower-case code such as 'isotretinoin'")
    kind = entry.get("kind")
    if kind not in QUESTION_KINDS:
        raise _Invalid(where, f"unknown kind {kind!r} (use {', '.join(QUESTION_KINDS)})")
    history_kind = entry.get("history_kind")
    if history_kind not in HISTORY_KINDS:
        raise _Invalid(where, f"unknown history_kind {history_kind!r}")
    _check_section(where, kind, history_kind)
    code = _code(where, entry, kind, history_kind)
    if "detail" in entry and kind != "yes_no":
        raise _Invalid(where, "only a yes_no question has a detail")
    date_field = entry.get("date_field", "")
    if date_field not in DATE_FIELDS:
        raise _Invalid(where, f'date_field must be "", "started" or "ended", not {date_field!r}')
    if date_field and kind != "yes_no":
        raise _Invalid(where, "only a yes_no question has a date_field")
    if bool(date_field) != ("date_label" in entry):
        raise _Invalid(where, "a date_field needs a date_label, and a date_label a date_field")
    return Question(
        id=given,
        kind=kind,
        history_kind=history_kind,
        code=code,
        texts=_texts(where, entry.get("text"), "text"),
        help=_texts(where, entry.get("help"), "help", required=False),
        detail=_texts(where, entry.get("detail"), "detail", required=False),
        date_field=date_field,
        date_label=_texts(where, entry.get("date_label"), "date_label", required=False),
        options=_options(where, entry, kind, history_kind),
    )


def _check_section(where: str, kind: str, history_kind: str) -> None:
    if kind == "choice" and history_kind not in SINGLE_VALUED:
        raise _Invalid(
            where,
            f"a choice question fills a section that holds one value ({_names(SINGLE_VALUED)}),"
            f" not {history_kind!r}",
        )
    if kind != "choice" and history_kind in SINGLE_VALUED:
        raise _Invalid(where, f"history_kind {history_kind!r} holds one value: ask it as a choice")
    if (kind == "allergies") != (history_kind == "allergy"):
        raise _Invalid(where, "an allergies question, and only that, fills history_kind 'allergy'")
    if kind == "text" and FREE_TEXT not in history_codes(history_kind):
        raise _Invalid(where, f"history_kind {history_kind!r} takes no free-text entries")


def _code(where: str, entry: dict[str, Any], kind: str, history_kind: str) -> str | None:
    if kind != "yes_no":
        if "code" in entry:
            raise _Invalid(where, "only a yes_no question has a code (a choice has options)")
        return None
    code = entry.get("code")
    if not isinstance(code, str) or code == FREE_TEXT or code not in history_codes(history_kind):
        raise _Invalid(where, f"unknown code {code!r} for history_kind {history_kind!r}")
    return code


def _options(where: str, entry: dict[str, Any], kind: str, history_kind: str) -> tuple[Option, ...]:
    given = entry.get("option")
    if kind != "choice":
        if given is not None:
            raise _Invalid(where, "only a choice question has options")
        return ()
    if not isinstance(given, list) or len(given) < 2:
        raise _Invalid(where, "a choice question needs at least two [[section.question.option]]")
    options: list[Option] = []
    for number, option in enumerate(given, 1):
        if not isinstance(option, dict) or set(option) != _OPTION_KEYS:
            raise _Invalid(where, f"option #{number} must have exactly a code and a text")
        code = option["code"]
        if (
            not isinstance(code, str)
            or code == FREE_TEXT
            or code not in history_codes(history_kind)
        ):
            raise _Invalid(where, f"option #{number}: unknown code {code!r} for {history_kind!r}")
        if code in (known.code for known in options):
            raise _Invalid(where, f"option code {code!r} used twice")
        options.append(Option(code, _texts(where, option["text"], f"option {code!r} text")))
    return tuple(options)


def _check_unique(sections: Sequence[Section]) -> None:
    """Ids are unique, and no two questions write the same part of the history."""
    seen_sections: set[str] = set()
    seen_ids: set[str] = set()
    claims: dict[tuple[str, str | None], str] = {}
    for section in sections:
        if section.id in seen_sections:
            raise _Invalid(f"section {section.id!r}", "duplicate section id")
        seen_sections.add(section.id)
        for question in section.questions:
            where = f"question {question.id!r}"
            if question.id in seen_ids:
                raise _Invalid(where, "duplicate question id")
            seen_ids.add(question.id)
            # yes_no owns its code; a choice the whole section; list, allergies and text the
            # free-text entries of their section.
            claim = (question.history_kind, question.code if question.kind == "yes_no" else None)
            if question.kind == "choice":
                claim = (question.history_kind, "*")
            if claim in claims:
                raise _Invalid(where, f"writes the same history entries as {claims[claim]!r}")
            claims[claim] = question.id


def _texts(where: str, table: Any, key: str, *, required: bool = True) -> Mapping[str, str]:
    if table is None and not required:
        return MappingProxyType({})
    if not isinstance(table, dict):
        raise _Invalid(where, f"{key} must be given in {_names(LANGUAGES)}")
    if missing := [language for language in LANGUAGES if language not in table]:
        raise _Invalid(where, f"{key} lacks language(s): {_names(missing)}")
    if unknown := set(table) - set(LANGUAGES):
        raise _Invalid(where, f"{key} has unknown language(s): {_names(unknown)}")
    for language, text in table.items():
        if not isinstance(text, str) or not text.strip():
            raise _Invalid(where, f"{key} in {language} is empty")
    return MappingProxyType({language: table[language].strip() for language in LANGUAGES})


def _names(items: Iterable[object]) -> str:
    return ", ".join(sorted(str(item) for item in items))


# --- Cleaning answers --------------------------------------------------------------------


class AnswerError(ValueError):
    """An answer that cannot be kept: names the question, the field and the problem."""

    def __init__(self, question_id: str, problem: str, *, field: str = "") -> None:
        where = f"{question_id}.{field}" if field else question_id
        super().__init__(f"answer to {where}: {problem}")
        self.question_id = question_id
        self.problem = problem  # short English, e.g. "too long", "date in the future"
        self.field = field  # e.g. "detail", "items[2].reaction"; "" for the whole answer


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def clean_answers(
    q: Questionnaire, raw: Mapping[str, Any], *, today: date
) -> dict[str, dict[str, Any]]:
    """The answers in their one shape, stripped and checked, in question order.

    A question answered with None counts as unanswered. Raises AnswerError for an unknown
    question, a value of the wrong type, a text over TEXT_LIMIT characters, a date that
    does not exist or is not between 1900-01-01 and `today`, or an unknown option.
    """
    cleaned: dict[str, dict[str, Any]] = {}
    for question_id, answer in raw.items():
        question = q._by_id.get(question_id) if isinstance(question_id, str) else None
        if question is None:
            raise AnswerError(str(question_id), "unknown question")
        if answer is None:
            continue
        if not isinstance(answer, Mapping):
            raise AnswerError(question_id, "not an answer object")
        cleaned[question_id] = _CLEANERS[question.kind](question, answer, today)
    return {
        question.id: cleaned[question.id] for question in q.questions() if question.id in cleaned
    }


def _only(
    question: Question, answer: Mapping[str, Any], allowed: Iterable[str], at: str = ""
) -> None:
    for key in answer:
        if key not in allowed:
            raise AnswerError(question.id, f"unknown field {key!r}", field=at)


def _string(question: Question, value: Any, name: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise AnswerError(question.id, "not text", field=name)
    value = value.strip()
    if len(value) > TEXT_LIMIT:
        raise AnswerError(question.id, "too long", field=name)
    return value


def _day(question: Question, value: str, today: date) -> str:
    if not value:
        return ""
    try:
        if not _ISO_DAY.fullmatch(value):
            raise ValueError(value)
        day = date.fromisoformat(value)
    except ValueError:
        raise AnswerError(question.id, "not a date", field="date") from None
    if day < EARLIEST:
        raise AnswerError(question.id, "date before 1900", field="date")
    if day > today:
        raise AnswerError(question.id, "date in the future", field="date")
    return day.isoformat()


def _clean_yes_no(question: Question, answer: Mapping[str, Any], today: date) -> dict[str, Any]:
    _only(question, answer, ("yes", "detail", "date"))
    yes = answer.get("yes")
    if not isinstance(yes, bool):
        raise AnswerError(question.id, "yes must be true or false", field="yes")
    if not yes:
        return {"yes": False, "detail": "", "date": ""}  # what was typed before "no" goes
    detail = _string(question, answer.get("detail"), "detail")
    day = _day(question, _string(question, answer.get("date"), "date"), today)
    if day and not question.date_field:
        raise AnswerError(question.id, "no date asked", field="date")
    return {"yes": True, "detail": detail, "date": day}


def _clean_choice(question: Question, answer: Mapping[str, Any], today: date) -> dict[str, Any]:
    _only(question, answer, ("code",))
    code = answer.get("code")
    if code not in [option.code for option in question.options]:
        raise AnswerError(question.id, "unknown option", field="code")
    return {"code": code}


def _entries(question: Question, answer: Mapping[str, Any]) -> list[Any]:
    _only(question, answer, ("items",))
    items = answer.get("items", [])
    if not isinstance(items, list | tuple):
        raise AnswerError(question.id, "items must be a list", field="items")
    return list(items)


def _clean_list(question: Question, answer: Mapping[str, Any], today: date) -> dict[str, Any]:
    texts: list[str] = []
    seen: set[str] = set()
    for number, item in enumerate(_entries(question, answer)):
        text = _string(question, item, f"items[{number}]")
        if text and _fold(text) not in seen:
            seen.add(_fold(text))
            texts.append(text)
    if len(texts) > ITEMS_LIMIT:
        raise AnswerError(question.id, "too many items", field="items")
    return {"items": texts}


def _clean_allergies(question: Question, answer: Mapping[str, Any], today: date) -> dict[str, Any]:
    allergies: list[dict[str, str]] = []
    seen: set[str] = set()
    for number, item in enumerate(_entries(question, answer)):
        at = f"items[{number}]"
        if not isinstance(item, Mapping):
            raise AnswerError(question.id, "not an allergy object", field=at)
        _only(question, item, ("substance", "reaction", "severity"), at)
        substance = _string(question, item.get("substance"), f"{at}.substance")
        reaction = _string(question, item.get("reaction"), f"{at}.reaction")
        severity = _string(question, item.get("severity"), f"{at}.severity").lower()
        if severity and severity not in ALLERGY_SEVERITIES:
            raise AnswerError(question.id, "unknown severity", field=f"{at}.severity")
        if not substance:
            if reaction or severity:
                raise AnswerError(question.id, "no substance", field=f"{at}.substance")
            continue  # an empty row
        if _fold(substance) in seen:
            continue  # the same substance twice: the first one stands
        seen.add(_fold(substance))
        allergies.append({"substance": substance, "reaction": reaction, "severity": severity})
    if len(allergies) > ITEMS_LIMIT:
        raise AnswerError(question.id, "too many items", field="items")
    return {"items": allergies}


def _clean_text(question: Question, answer: Mapping[str, Any], today: date) -> dict[str, Any]:
    _only(question, answer, ("text",))
    return {"text": _string(question, answer.get("text"), "text")}


_CLEANERS: dict[str, Callable[[Question, Mapping[str, Any], date], dict[str, Any]]] = {
    "yes_no": _clean_yes_no,
    "choice": _clean_choice,
    "list": _clean_list,
    "allergies": _clean_allergies,
    "text": _clean_text,
}


# --- From answers to history changes, and back -------------------------------------------


class CurrentItem(Protocol):
    """One current history item as this module reads it (services.history.HistoryItem)."""

    @property
    def item_key(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def code(self) -> str | None: ...
    @property
    def text(self) -> str: ...
    @property
    def details(self) -> Mapping[str, Any]: ...
    @property
    def started(self) -> date | None: ...
    @property
    def ended(self) -> date | None: ...


@dataclass(frozen=True)
class Change:
    """One history change an answer calls for; the caller records it.

    For "add" and "revise" the fields are the item's new values in full (a revision keeps
    what the answer did not speak of); for "remove" they are the item as it was.
    """

    action: str  # "add" | "revise" | "remove"
    question_id: str
    kind: str
    code: str | None
    text: str
    details: Mapping[str, Any] = field(hash=False)
    started: date | None
    ended: date | None
    item_key: str | None  # None for "add"


def changes(
    q: Questionnaire, answers: Mapping[str, Mapping[str, Any]], current: Sequence[CurrentItem]
) -> list[Change]:
    """What the (cleaned) answers change in the current history, question by question.

    An unanswered question changes nothing. yes_no owns the items of its code; a choice the
    one item of its section; a list the uncoded items of its section; allergies every
    allergy item; a text question only ever adds a free-text item.
    """
    found: list[Change] = []
    for question in q.questions():
        answer = answers.get(question.id)
        if answer is not None:
            items = [item for item in current if item.kind == question.history_kind]
            found.extend(_CHANGERS[question.kind](question, answer, items))
    return found


def answers_from_history(
    q: Questionnaire, current: Sequence[CurrentItem]
) -> dict[str, dict[str, Any]]:
    """The answers the current history already gives, to pre-fill the form.

    A question the history says nothing about stays unanswered (a yes_no is never
    pre-filled with "no"), and a text question is never pre-filled: it only adds.
    """
    answers: dict[str, dict[str, Any]] = {}
    for question in q.questions():
        items = [item for item in current if item.kind == question.history_kind]
        answer = _ANSWERERS[question.kind](question, items)
        if answer is not None:
            answers[question.id] = answer
    return answers


def _fold(text: str) -> str:
    """How texts are compared: stripped, case and Unicode form ignored."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", text.strip()).casefold())


def _parse_day(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def _to(action: str, question: Question, item: CurrentItem, **new: Any) -> Change:
    """A change to `item`: its own values, but for those in `new`."""
    values: dict[str, Any] = {
        "kind": item.kind,
        "code": item.code,
        "text": item.text,
        "details": dict(item.details),
        "started": item.started,
        "ended": item.ended,
    }
    values.update(new)
    return Change(action=action, question_id=question.id, item_key=item.item_key, **values)


def _remove(question: Question, item: CurrentItem) -> Change:
    return _to("remove", question, item)


def _add(
    question: Question,
    code: str | None,
    text: str,
    details: Mapping[str, Any] | None = None,
    *,
    started: date | None = None,
    ended: date | None = None,
) -> Change:
    return Change(
        action="add",
        question_id=question.id,
        kind=question.history_kind,
        code=code,
        text=text,
        details=dict(details or {}),
        started=started,
        ended=ended,
        item_key=None,
    )


def _latest(items: Sequence[CurrentItem]) -> CurrentItem:
    """Of several items with one code, the one still going, else the one that ended last."""
    return max(items, key=lambda item: (item.ended is None, item.ended or EARLIEST))


def _yes_no_changes(
    question: Question, answer: Mapping[str, Any], items: list[CurrentItem]
) -> list[Change]:
    matching = [item for item in items if item.code == question.code]
    if not answer.get("yes"):
        return [_remove(question, item) for item in matching]
    detail = str(answer.get("detail") or "").strip()
    day = _parse_day(answer.get("date"))
    if not matching:
        started = day if question.date_field == "started" else None
        ended = day if question.date_field == "ended" else None
        return [_add(question, question.code, detail, started=started, ended=ended)]
    item = _latest(matching)
    started, ended = item.started, item.ended
    if question.date_field == "started" and day is not None:
        started = day  # no start date given: the one known stands
    elif question.date_field == "ended":
        ended = day  # no end date given: "still going"
    text = detail or item.text
    if text == item.text and (started, ended) == (item.started, item.ended):
        return []
    return [_to("revise", question, item, text=text, started=started, ended=ended)]


def _choice_changes(
    question: Question, answer: Mapping[str, Any], items: list[CurrentItem]
) -> list[Change]:
    code = answer.get("code")
    if not isinstance(code, str):
        return []
    item = items[0] if items else None
    if item is None:
        return [_add(question, code, "")]
    if item.code == code:
        return []
    # A new value: what was said of the old one does not carry over.
    new: dict[str, Any] = {"code": code, "text": "", "details": {}, "started": None, "ended": None}
    return [_to("revise", question, item, **new)]


def _free_items(items: list[CurrentItem]) -> list[CurrentItem]:
    return [item for item in items if item.code in (None, FREE_TEXT) and item.text.strip()]


def _list_changes(
    question: Question, answer: Mapping[str, Any], items: list[CurrentItem]
) -> list[Change]:
    free = _free_items(items)
    known = {_fold(item.text) for item in free}
    wanted: dict[str, str] = {}
    for text in answer.get("items", []):
        if isinstance(text, str) and text.strip():
            wanted.setdefault(_fold(text), text.strip())
    added = [_add(question, None, text) for key, text in wanted.items() if key not in known]
    removed = [_remove(question, item) for item in free if _fold(item.text) not in wanted]
    return added + removed


def _allergy(item: CurrentItem) -> tuple[str, str, str]:
    """Substance, reaction and severity of an allergy item, as an answer would give them."""

    def detail(name: str) -> str:
        value = item.details.get(name)
        return value.strip() if isinstance(value, str) else ""

    severity = detail("severity").lower()
    return (
        detail("substance") or item.text.strip(),
        detail("reaction"),
        severity if severity in ALLERGY_SEVERITIES else "",
    )


def _allergy_changes(
    question: Question, answer: Mapping[str, Any], items: list[CurrentItem]
) -> list[Change]:
    known: dict[str, list[CurrentItem]] = {}
    for item in items:
        substance = _allergy(item)[0]
        if substance:
            known.setdefault(_fold(substance), []).append(item)
    found: list[Change] = []
    wanted: set[str] = set()
    for entry in answer.get("items", []):
        substance = str(entry.get("substance") or "").strip()
        if not substance or _fold(substance) in wanted:
            continue
        wanted.add(_fold(substance))
        reaction = str(entry.get("reaction") or "").strip()
        severity = str(entry.get("severity") or "").strip()
        matched = known.get(_fold(substance))
        if not matched:
            details = {"substance": substance, "reaction": reaction, "severity": severity}
            found.append(_add(question, None, substance, details))
            continue
        item = matched[0]  # the same substance twice in the history: the first speaks for both
        had, had_reaction, had_severity = _allergy(item)
        if (reaction, severity) != (had_reaction, had_severity):
            details = {**item.details, "substance": had, "reaction": reaction, "severity": severity}
            found.append(_to("revise", question, item, details=details))
    for key, matched in known.items():
        if key not in wanted:
            found.extend(_remove(question, item) for item in matched)
    return found


def _text_changes(
    question: Question, answer: Mapping[str, Any], items: list[CurrentItem]
) -> list[Change]:
    text = str(answer.get("text") or "").strip()
    known = {_fold(item.text) for item in items if item.code == FREE_TEXT}
    if not text or _fold(text) in known:
        return []
    return [_add(question, FREE_TEXT, text)]


_CHANGERS: dict[str, Callable[[Question, Mapping[str, Any], list[CurrentItem]], list[Change]]] = {
    "yes_no": _yes_no_changes,
    "choice": _choice_changes,
    "list": _list_changes,
    "allergies": _allergy_changes,
    "text": _text_changes,
}


def _yes_no_answer(question: Question, items: list[CurrentItem]) -> dict[str, Any] | None:
    matching = [item for item in items if item.code == question.code]
    if not matching:
        return None
    item = _latest(matching)
    day = {"started": item.started, "ended": item.ended}.get(question.date_field)
    return {"yes": True, "detail": item.text.strip(), "date": _iso(day)}


def _choice_answer(question: Question, items: list[CurrentItem]) -> dict[str, Any] | None:
    if items and items[0].code in [option.code for option in question.options]:
        return {"code": items[0].code}
    return None


def _list_answer(question: Question, items: list[CurrentItem]) -> dict[str, Any] | None:
    texts: dict[str, str] = {}
    for item in _free_items(items):
        texts.setdefault(_fold(item.text), item.text.strip())
    return {"items": list(texts.values())} if texts else None


def _allergies_answer(question: Question, items: list[CurrentItem]) -> dict[str, Any] | None:
    entries: dict[str, dict[str, str]] = {}
    for item in items:
        substance, reaction, severity = _allergy(item)
        if substance:
            entries.setdefault(
                _fold(substance),
                {"substance": substance, "reaction": reaction, "severity": severity},
            )
    return {"items": list(entries.values())} if entries else None


def _text_answer(question: Question, items: list[CurrentItem]) -> dict[str, Any] | None:
    return None


_ANSWERERS: dict[str, Callable[[Question, list[CurrentItem]], dict[str, Any] | None]] = {
    "yes_no": _yes_no_answer,
    "choice": _choice_answer,
    "list": _list_answer,
    "allergies": _allergies_answer,
    "text": _text_answer,
}
