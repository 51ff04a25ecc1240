"""The health questionnaire as shipped, its answers, and the history changes they make."""

from __future__ import annotations

import random
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from clinicdesk.rules import codes
from clinicdesk.rules.codes import FREE_TEXT, LANGUAGES
from clinicdesk.rules.questionnaire import (
    ALLERGY_SEVERITIES,
    AnswerError,
    Change,
    Question,
    Questionnaire,
    QuestionnaireFileError,
    answers_from_history,
    changes,
    clean_answers,
    load_questionnaire,
)
from clinicdesk.services import history

Q = load_questionnaire()
TODAY = date(2026, 3, 15)
CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Item:
    """A current history item, as services.history.HistoryItem gives it."""

    kind: str
    code: str | None = None
    text: str = ""
    started: date | None = None
    ended: date | None = None
    details: Mapping[str, Any] = field(default_factory=dict)
    item_key: str = field(default_factory=lambda: uuid.uuid4().hex)


def all_texts(q: Questionnaire) -> list[tuple[str, Mapping[str, str]]]:
    found = [("intro", q.intro), ("declaration", q.declaration)]
    for section in q.sections:
        found.append((f"section {section.id}", section.texts))
        for question in section.questions:
            for name in ("texts", "help", "detail", "date_label"):
                texts = getattr(question, name)
                if texts or name == "texts":
                    found.append((f"{question.id}.{name}", texts))
            found += [(f"{question.id}.{o.code}", o.texts) for o in question.options]
    return found


# --- The shipped file ----------------------------------------------------------------------

EXPECTED = {
    "pregnancy": ("choice", "pregnancy", None),
    **{
        code: ("yes_no", "condition", code)
        for code in (
            "diabetes", "epilepsy", "autoimmune_disease", "bleeding_disorder",
            "neuromuscular_disorder", "cancer_treatment", "photosensitivity_disorder",
            "keloid_tendency", "cold_sores", "hyperpigmentation_tendency", "recent_surgery_area",
        )
    },
    **{
        code: ("yes_no", "skin_condition", code)
        for code in ("active_skin_infection", "eczema", "psoriasis", "rosacea", "acne_active", "vitiligo")
    },
    **{code: ("yes_no", "implant", code) for code in ("pacemaker", "icd", "metal_implant", "permanent_filler")},
    **{
        code: ("yes_no", "lifestyle", code)
        for code in ("recent_sun_tan", "smoker", "sunbed_use", "frequent_sun_exposure", "self_tan")
    },
    "isotretinoin": ("yes_no", "medication", "isotretinoin"),
    "anticoagulant": ("yes_no", "medication", "anticoagulant"),
    "current_medicines": ("list", "medication", None),
    "allergies": ("allergies", "allergy", None),
    "other_conditions": ("text", "condition", None),
    "previous_treatments": ("list", "aesthetic_treatment", None),
    "previous_surgery": ("list", "surgery", None),
}  # fmt: skip


def test_the_shipped_file_loads_once_with_every_question_asked():
    assert load_questionnaire() is Q
    assert {q.id: (q.kind, q.history_kind, q.code) for q in Q.questions()} == EXPECTED
    assert Q.questions()[0].id == "pregnancy"
    assert Q.question("smoker").kind == "yes_no"
    with pytest.raises(KeyError):
        Q.question("no_such_question")


def test_every_text_is_given_in_every_language():
    for name, texts in all_texts(Q):
        assert set(texts) == set(LANGUAGES), name
        assert all(text.strip() == text and text for text in texts.values()), name
        assert CJK.search(texts["zh_CN"]), f"{name} has no Chinese text"
    assert "ą" in Q.question("pregnancy").text("pl") or "ę" in Q.question("pregnancy").text("pl")


def test_texts_fall_back_to_english_and_optional_texts_are_empty():
    question = Q.question("isotretinoin")
    assert question.text("fr_FR") == question.texts["fr"]
    assert question.text("de") == question.texts["en"]
    assert Q.question("vitiligo").help_text("fr") == ""
    assert Q.question("vitiligo").detail_text("fr") == ""
    assert Q.question("vitiligo").date_text("fr") == ""
    assert Q.sections[0].title("zh_CN") == "怀孕与哺乳"
    assert Q.question("pregnancy").options[0].text("pl") == "Nie, nic z powyższych"


def test_every_code_is_one_the_history_accepts():
    for question in Q.questions():
        assert question.history_kind in history.KINDS, question.id
        accepted = codes.history_codes(question.history_kind)
        if question.kind == "yes_no":
            assert question.code in accepted, question.id
        if question.kind == "text":
            assert FREE_TEXT in accepted, question.id
        for option in question.options:
            assert option.code in accepted, (question.id, option.code)
        if question.kind == "choice":
            assert question.history_kind in history.SINGLE_VALUED


def test_dates_are_asked_where_the_screening_rules_need_an_end():
    dated = {q.id: q.date_field for q in Q.questions() if q.date_field}
    assert dated == {"isotretinoin": "ended", "recent_sun_tan": "ended"}
    isotretinoin = Q.question("isotretinoin")
    assert "Roaccutane" in isotretinoin.text("en") and "Accutane" in isotretinoin.text("en")
    assert "Curacné" in isotretinoin.text("fr")
    assert "Aknenormin" in isotretinoin.text("pl")
    assert "异维A酸" in isotretinoin.text("zh_CN")
    assert all(isotretinoin.date_text(language) for language in LANGUAGES)


# --- Broken files --------------------------------------------------------------------------

TEXT = 'text = { en = "Q?", fr = "Q ?", pl = "P?", zh_CN = "问？" }'
HEAD = f"""
intro = {{ en = "i", fr = "i", pl = "i", zh_CN = "介绍" }}
declaration = {{ en = "d", fr = "d", pl = "d", zh_CN = "声明" }}
[[section]]
id = "general"
title = {{ en = "T", fr = "T", pl = "T", zh_CN = "标题" }}
[[section.question]]
id = "diabetes"
kind = "yes_no"
history_kind = "condition"
code = "diabetes"
{TEXT}
"""


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "questionnaire.toml"
    path.write_text(HEAD + body, encoding="utf-8")
    return path


def question(**fields: str) -> str:
    lines = ["[[section.question]]"]
    lines += [f"{key} = {value}" for key, value in fields.items()]
    return "\n".join(lines) + "\n"


def test_a_minimal_file_loads(tmp_path):
    loaded = load_questionnaire(write(tmp_path, ""))
    assert [q.id for q in loaded.questions()] == ["diabetes"]
    assert loaded.intro_text("zh_CN") == "介绍"


BROKEN = {
    "duplicate id": (
        question(id='"diabetes"', kind='"yes_no"', history_kind='"condition"', code='"epilepsy"', text=TEXT[7:]),
        "duplicate question id",
    ),
    "unknown kind": (
        question(id='"bad"', kind='"scale"', history_kind='"condition"', text=TEXT[7:]),
        "unknown kind",
    ),
    "unknown history kind": (
        question(id='"bad"', kind='"list"', history_kind='"hobby"', text=TEXT[7:]),
        "unknown history_kind",
    ),
    "missing language": (
        question(id='"bad"', kind='"list"', history_kind='"surgery"', text='{ en = "Q?", fr = "Q ?", pl = "P?" }'),
        "lacks language(s): zh_CN",
    ),
    "empty text": (
        question(id='"bad"', kind='"list"', history_kind='"surgery"', text='{ en = "Q?", fr = " ", pl = "P?", zh_CN = "问" }'),
        "text in fr is empty",
    ),
    "unknown code": (
        question(id='"bad"', kind='"yes_no"', history_kind='"condition"', code='"hiccups"', text=TEXT[7:]),
        "unknown code 'hiccups'",
    ),
    "code of another section": (
        question(id='"bad"', kind='"yes_no"', history_kind='"medication"', code='"diabetes"', text=TEXT[7:]),
        "unknown code 'diabetes'",
    ),
    "yes_no without code": (
        question(id='"bad"', kind='"yes_no"', history_kind='"condition"', text=TEXT[7:]),
        "unknown code None",
    ),
    "code on a list": (
        question(id='"bad"', kind='"list"', history_kind='"medication"', code='"isotretinoin"', text=TEXT[7:]),
        "only a yes_no question has a code",
    ),
    "options on yes_no": (
        question(id='"bad"', kind='"yes_no"', history_kind='"condition"', code='"epilepsy"', text=TEXT[7:])
        + '[[section.question.option]]\ncode = "pregnant"\n' + TEXT + "\n",
        "only a choice question has options",
    ),
    "choice with one option": (
        question(id='"bad"', kind='"choice"', history_kind='"pregnancy"', text=TEXT[7:])
        + '[[section.question.option]]\ncode = "pregnant"\n' + TEXT + "\n",
        "at least two",
    ),
    "choice option of another section": (
        question(id='"bad"', kind='"choice"', history_kind='"pregnancy"', text=TEXT[7:])
        + '[[section.question.option]]\ncode = "pregnant"\n' + TEXT + "\n"
        + '[[section.question.option]]\ncode = "smoker"\n' + TEXT + "\n",
        "option #2: unknown code 'smoker'",
    ),
    "choice on a section with many values": (
        question(id='"bad"', kind='"choice"', history_kind='"condition"', text=TEXT[7:]),
        "a choice question fills a section that holds one value",
    ),
    "date on a list": (
        question(id='"bad"', kind='"list"', history_kind='"medication"', date_field='"ended"', text=TEXT[7:]),
        "only a yes_no question has a date_field",
    ),
    "date without label": (
        question(id='"bad"', kind='"yes_no"', history_kind='"condition"', code='"epilepsy"', date_field='"ended"', text=TEXT[7:]),
        "needs a date_label",
    ),
    "unknown date field": (
        question(id='"bad"', kind='"yes_no"', history_kind='"condition"', code='"epilepsy"', date_field='"when"', text=TEXT[7:]),
        "date_field must be",
    ),
    "detail on a list": (
        question(id='"bad"', kind='"list"', history_kind='"medication"', text=TEXT[7:], detail=TEXT[7:]),
        "only a yes_no question has a detail",
    ),
    "unknown key": (
        question(id='"bad"', kind='"list"', history_kind='"medication"', text=TEXT[7:], hint='"x"'),
        "unknown key(s): hint",
    ),
    "two questions for one code": (
        question(id='"bad"', kind='"yes_no"', history_kind='"condition"', code='"diabetes"', text=TEXT[7:]),
        "writes the same history entries as 'diabetes'",
    ),
    "free text where none is taken": (
        question(id='"bad"', kind='"text"', history_kind='"surgery"', text=TEXT[7:]),
        "takes no free-text entries",
    ),
    "allergies elsewhere": (
        question(id='"bad"', kind='"allergies"', history_kind='"condition"', text=TEXT[7:]),
        "an allergies question",
    ),
    "bad id": (
        question(id='"Bad-Id"', kind='"list"', history_kind='"surgery"', text=TEXT[7:]),
        "id must be a lower-case code",
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", BROKEN)
def test_a_broken_question_is_named(tmp_path, case):
    body, problem = BROKEN[case]
    with pytest.raises(QuestionnaireFileError) as raised:
        load_questionnaire(write(tmp_path, body))
    message = str(raised.value)
    assert problem in message
    name = "diabetes" if case == "duplicate id" else "Bad-Id" if case == "bad id" else "bad"
    assert f"question '{name}'" in message


def test_broken_files_as_a_whole(tmp_path):
    path = tmp_path / "questionnaire.toml"
    path.write_text("[[section]\n", encoding="utf-8")
    with pytest.raises(QuestionnaireFileError, match="cannot be read"):
        load_questionnaire(path)
    path.write_text(HEAD.replace("declaration =", "# declaration ="), encoding="utf-8")
    with pytest.raises(QuestionnaireFileError, match="declaration must be given"):
        load_questionnaire(path)
    path.write_text(HEAD + "\n[extra]\nx = 1\n", encoding="utf-8")
    with pytest.raises(QuestionnaireFileError, match="unknown top-level key"):
        load_questionnaire(path)
    path.write_text(HEAD + '[[section]]\nid = "general"\n' + TEXT.replace("text", "title") + "\n"
                    + question(id='"other"', kind='"list"', history_kind='"surgery"', text=TEXT[7:]),
                    encoding="utf-8")  # fmt: skip
    with pytest.raises(QuestionnaireFileError, match="section 'general': duplicate section id"):
        load_questionnaire(path)
    with pytest.raises(QuestionnaireFileError, match="cannot be read"):
        load_questionnaire(tmp_path / "missing.toml")


# --- Cleaning answers ----------------------------------------------------------------------


def clean(**raw: Any) -> dict[str, dict[str, Any]]:
    return clean_answers(Q, raw, today=TODAY)


def problem(**raw: Any) -> tuple[str, str]:
    with pytest.raises(AnswerError) as raised:
        clean(**raw)
    return raised.value.question_id, raised.value.problem


def test_answers_are_stripped_and_put_in_their_one_shape():
    cleaned = clean(
        allergies={"items": [{"substance": " Latex ", "severity": "Severe"}, {"substance": ""}]},
        isotretinoin={"yes": True, "detail": "  Roaccutane 20 mg ", "date": "2025-11-30"},
        pregnancy={"code": "breastfeeding"},
        smoker={"yes": False, "detail": "ten a day", "date": ""},
        current_medicines={"items": [" Euthyrox ", "", "euthyrox", "Vitamin D"]},
        other_conditions={"text": "  asthma\n"},
        diabetes=None,
    )
    assert list(cleaned) == [
        "pregnancy", "other_conditions", "isotretinoin", "current_medicines", "allergies", "smoker",
    ]  # fmt: skip
    assert cleaned["isotretinoin"] == {
        "yes": True,
        "detail": "Roaccutane 20 mg",
        "date": "2025-11-30",
    }
    assert cleaned["smoker"] == {"yes": False, "detail": "", "date": ""}
    assert cleaned["current_medicines"] == {"items": ["Euthyrox", "Vitamin D"]}
    assert cleaned["allergies"] == {
        "items": [{"substance": "Latex", "reaction": "", "severity": "severe"}]
    }
    assert cleaned["other_conditions"] == {"text": "asthma"}
    assert cleaned["pregnancy"] == {"code": "breastfeeding"}
    assert clean(diabetes={"yes": True}) == {"diabetes": {"yes": True, "detail": "", "date": ""}}


def test_any_script_and_emoji_pass_through():
    text = "过敏 🌸 Żółć ąę — naïve"
    cleaned = clean(
        other_conditions={"text": text},
        current_medicines={"items": ["异维A酸软胶囊", "💊 witamina D"]},
        allergies={"items": [{"substance": "青霉素", "reaction": "皮疹 😣", "severity": ""}]},
    )
    assert cleaned["other_conditions"]["text"] == text
    assert cleaned["current_medicines"]["items"] == ["异维A酸软胶囊", "💊 witamina D"]
    assert cleaned["allergies"]["items"][0]["reaction"] == "皮疹 😣"


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2026-02-30", "not a date"),
        ("2025-13-01", "not a date"),
        ("2025/01/01", "not a date"),
        ("20250101", "not a date"),
        ("yesterday", "not a date"),
        ("2026-03-16", "date in the future"),
        ("1899-12-31", "date before 1900"),
    ],
)
def test_impossible_dates_are_refused(day, expected):
    assert problem(isotretinoin={"yes": True, "date": day}) == ("isotretinoin", expected)


def test_the_edges_of_the_date_range_are_accepted():
    for day in ("1900-01-01", TODAY.isoformat()):
        assert clean(recent_sun_tan={"yes": True, "date": day})["recent_sun_tan"]["date"] == day


def test_texts_over_the_limit_are_refused_wherever_they_are():
    long = "x" * 10_000
    assert problem(other_conditions={"text": long}) == ("other_conditions", "too long")
    assert problem(diabetes={"yes": True, "detail": long}) == ("diabetes", "too long")
    assert problem(current_medicines={"items": ["a", long]}) == ("current_medicines", "too long")
    allergy = {"substance": "latex", "reaction": long}
    with pytest.raises(AnswerError) as raised:
        clean(allergies={"items": [allergy]})
    assert raised.value.field == "items[0].reaction"
    assert clean(other_conditions={"text": "y" * 2_000})["other_conditions"]["text"] == "y" * 2_000


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ({"hobbies": {"text": "golf"}}, ("hobbies", "unknown question")),
        ({"pregnancy": {"code": "twins"}}, ("pregnancy", "unknown option")),
        ({"pregnancy": {"code": "other"}}, ("pregnancy", "unknown option")),
        ({"pregnancy": {}}, ("pregnancy", "unknown option")),
        ({"diabetes": {"yes": "yes"}}, ("diabetes", "yes must be true or false")),
        ({"diabetes": {"detail": "type 2"}}, ("diabetes", "yes must be true or false")),
        ({"diabetes": {"yes": True, "date": "2025-01-01"}}, ("diabetes", "no date asked")),
        ({"diabetes": {"yes": True, "detail": 2}}, ("diabetes", "not text")),
        ({"diabetes": {"yes": True, "notes": "x"}}, ("diabetes", "unknown field 'notes'")),
        ({"diabetes": True}, ("diabetes", "not an answer object")),
        ({"current_medicines": {"items": "aspirin"}}, ("current_medicines", "items must be a list")),
        ({"current_medicines": {"items": [3]}}, ("current_medicines", "not text")),
        ({"current_medicines": {"items": [str(n) for n in range(101)]}}, ("current_medicines", "too many items")),
        ({"allergies": {"items": [{"substance": "latex", "severity": "deadly"}]}}, ("allergies", "unknown severity")),
        ({"allergies": {"items": [{"reaction": "rash"}]}}, ("allergies", "no substance")),
        ({"allergies": {"items": ["latex"]}}, ("allergies", "not an allergy object")),
        ({"allergies": {"items": [{"substance": "latex", "since": "2020"}]}}, ("allergies", "unknown field 'since'")),
    ],
)  # fmt: skip
def test_wrong_answers_are_refused(raw, expected):
    with pytest.raises(AnswerError) as raised:
        clean_answers(Q, raw, today=TODAY)
    assert (raised.value.question_id, raised.value.problem) == expected
    assert expected[0] in str(raised.value)


def test_the_first_of_two_allergies_to_one_substance_stands():
    cleaned = clean(
        allergies={
            "items": [
                {"substance": "Penicillin", "reaction": "rash", "severity": "mild"},
                {"substance": "penicillin ", "reaction": "swelling", "severity": "severe"},
            ]
        }
    )
    assert cleaned["allergies"]["items"] == [
        {"substance": "Penicillin", "reaction": "rash", "severity": "mild"}
    ]
    assert ALLERGY_SEVERITIES == ("mild", "moderate", "severe")


# --- Changes: yes/no -----------------------------------------------------------------------


def one(answers: Mapping[str, Any], current: list[Any]) -> Change:
    found = changes(Q, clean_answers(Q, answers, today=TODAY), current)
    assert len(found) == 1, found
    return found[0]


def none(answers: Mapping[str, Any], current: list[Any]) -> None:
    assert changes(Q, clean_answers(Q, answers, today=TODAY), current) == []


def test_yes_adds_an_item_with_the_detail_and_the_date():
    change = one(
        {"isotretinoin": {"yes": True, "detail": "Curacné 20 mg", "date": "2025-10-01"}}, []
    )
    assert change == Change(
        action="add", question_id="isotretinoin", kind="medication", code="isotretinoin",
        text="Curacné 20 mg", details={}, started=None, ended=date(2025, 10, 1), item_key=None,
    )  # fmt: skip
    change = one({"epilepsy": {"yes": True}}, [])
    assert (change.action, change.kind, change.code, change.text) == (
        "add",
        "condition",
        "epilepsy",
        "",
    )
    assert (change.started, change.ended) == (None, None)


def test_yes_to_what_is_known_changes_nothing_unless_it_says_more():
    item = Item("condition", "diabetes", "type 2, metformin", started=date(2015, 1, 1))
    none({"diabetes": {"yes": True}}, [item])
    none({"diabetes": {"yes": True, "detail": "type 2, metformin"}}, [item])
    change = one({"diabetes": {"yes": True, "detail": "type 2, insulin"}}, [item])
    assert change.action == "revise" and change.item_key == item.item_key
    assert (change.text, change.started, change.code) == (
        "type 2, insulin",
        date(2015, 1, 1),
        "diabetes",
    )


def test_a_new_end_date_revises_and_an_empty_one_means_still_going():
    item = Item("medication", "isotretinoin", "Roaccutane", started=date(2025, 1, 5))
    change = one({"isotretinoin": {"yes": True, "date": "2025-07-01"}}, [item])
    assert (change.action, change.item_key) == ("revise", item.item_key)
    assert (change.text, change.started, change.ended) == (
        "Roaccutane",
        date(2025, 1, 5),
        date(2025, 7, 1),
    )
    ended = Item("medication", "isotretinoin", "Roaccutane", ended=date(2025, 7, 1))
    none({"isotretinoin": {"yes": True, "date": "2025-07-01"}}, [ended])
    change = one({"isotretinoin": {"yes": True, "date": ""}}, [ended])
    assert (change.action, change.ended) == ("revise", None)


def test_of_two_courses_the_latest_is_the_one_answered_for():
    old = Item("medication", "isotretinoin", "first course", ended=date(2019, 5, 1))
    new = Item("medication", "isotretinoin", "second course", ended=date(2024, 5, 1))
    assert answers_from_history(Q, [old, new])["isotretinoin"]["detail"] == "second course"
    change = one({"isotretinoin": {"yes": True, "date": "2025-01-01"}}, [old, new])
    assert change.item_key == new.item_key


def test_no_removes_every_item_of_the_code_and_nothing_else():
    courses = [
        Item("medication", "isotretinoin", "2019", ended=date(2019, 5, 1)),
        Item("medication", "isotretinoin", "now"),
    ]
    others = [
        Item("medication", "anticoagulant", "warfarin"),
        Item("medication", None, "Roaccutane"),
    ]
    found = changes(Q, {"isotretinoin": {"yes": False, "detail": "", "date": ""}}, courses + others)
    assert [(c.action, c.item_key) for c in found] == [("remove", i.item_key) for i in courses]
    assert found[0].text == "2019" and found[0].ended == date(2019, 5, 1)
    none({"smoker": {"yes": False}}, others)


def test_sun_and_lifestyle_codes_go_to_the_lifestyle_section():
    change = one({"recent_sun_tan": {"yes": True, "date": "2026-03-01"}}, [])
    assert (change.kind, change.code, change.ended) == (
        "lifestyle",
        "recent_sun_tan",
        date(2026, 3, 1),
    )
    assert one({"smoker": {"yes": True, "detail": "5 a day"}}, []).code == "smoker"


# --- Changes: choice, list, allergies, text ------------------------------------------------


def test_a_choice_adds_or_revises_the_one_item_of_its_section():
    change = one({"pregnancy": {"code": "pregnant"}}, [])
    assert (change.action, change.kind, change.code, change.item_key) == (
        "add",
        "pregnancy",
        "pregnant",
        None,
    )
    current = Item("pregnancy", "pregnant", "due in May", item_key="pregnancy")
    none({"pregnancy": {"code": "pregnant"}}, [current])
    change = one({"pregnancy": {"code": "breastfeeding"}}, [current])
    assert (change.action, change.code, change.item_key) == ("revise", "breastfeeding", "pregnancy")
    change = one({"pregnancy": {"code": "not_pregnant"}}, [Item("pregnancy", FREE_TEXT, "unsure")])
    assert (change.action, change.code) == ("revise", "not_pregnant")


def test_a_list_adds_new_entries_and_removes_those_left_out():
    kept = Item("medication", None, "Euthyrox 50")
    dropped = Item("medication", FREE_TEXT, "Doxycycline")
    coded = Item("medication", "isotretinoin", "Roaccutane")
    found = changes(
        Q,
        clean(current_medicines={"items": ["euthyrox 50 ", "Vitamin D", "Roaccutane"]}),
        [kept, dropped, coded],
    )
    assert [(c.action, c.text, c.code, c.item_key) for c in found] == [
        ("add", "Vitamin D", None, None),
        ("add", "Roaccutane", None, None),
        ("remove", "Doxycycline", FREE_TEXT, dropped.item_key),
    ]
    # An empty list says "none": every uncoded entry goes, the coded one stays.
    found = changes(Q, clean(current_medicines={"items": []}), [kept, dropped, coded])
    assert {c.item_key for c in found} == {kept.item_key, dropped.item_key}


def test_lists_of_treatments_and_operations_leave_coded_treatments_alone():
    coded = Item("aesthetic_treatment", "botulinum_toxin", "forehead", started=date(2025, 6, 1))
    found = changes(Q, clean(previous_treatments={"items": ["Peel 2024"]}), [coded])
    assert [(c.action, c.kind, c.code) for c in found] == [("add", "aesthetic_treatment", None)]
    change = one({"previous_surgery": {"items": ["Appendix 2010"]}}, [])
    assert (change.kind, change.code, change.text) == ("surgery", None, "Appendix 2010")


def test_allergies_are_matched_by_substance():
    latex = Item(
        "allergy",
        None,
        "Latex",
        details={"substance": "Latex", "reaction": "rash", "severity": "mild"},
    )
    nickel = Item("allergy", None, "nickel")  # recorded as text only
    lidocaine = Item("allergy", FREE_TEXT, "Lidocaine", details={"substance": "Lidocaine"})
    answer = {
        "items": [
            {"substance": "LATEX", "reaction": "rash and swelling", "severity": "moderate"},
            {"substance": "Nickel"},
            {"substance": "Penicillin", "reaction": "hives", "severity": "severe"},
        ]
    }
    found = changes(Q, clean(allergies=answer), [latex, nickel, lidocaine])
    assert [(c.action, c.text, c.item_key) for c in found] == [
        ("revise", "Latex", latex.item_key),
        ("add", "Penicillin", None),
        ("remove", "Lidocaine", lidocaine.item_key),
    ]
    assert found[0].details == {
        "substance": "Latex",
        "reaction": "rash and swelling",
        "severity": "moderate",
    }
    assert found[1].details == {
        "substance": "Penicillin",
        "reaction": "hives",
        "severity": "severe",
    }
    assert (found[1].kind, found[1].code) == ("allergy", None)


def test_a_text_answer_only_ever_adds():
    known = Item("condition", FREE_TEXT, "Asthma")
    coded = Item("condition", "diabetes", "type 1")
    none({"other_conditions": {"text": "asthma "}}, [known, coded])
    none({"other_conditions": {"text": ""}}, [known, coded])
    change = one({"other_conditions": {"text": "High blood pressure"}}, [known, coded])
    assert (change.action, change.kind, change.code, change.text) == (
        "add", "condition", FREE_TEXT, "High blood pressure",
    )  # fmt: skip


def test_unanswered_questions_change_nothing():
    current = [
        Item("condition", "diabetes"),
        Item("medication", None, "aspirin"),
        Item("allergy", None, "latex"),
    ]
    assert changes(Q, {}, current) == []
    none({"epilepsy": {"yes": False}}, current)


def test_changes_come_in_question_order():
    answers = clean(smoker={"yes": True}, pregnancy={"code": "pregnant"}, diabetes={"yes": True})
    assert [c.question_id for c in changes(Q, answers, [])] == ["pregnancy", "diabetes", "smoker"]


# --- Back from the history -----------------------------------------------------------------


def test_the_history_prefills_what_it_knows_and_nothing_more():
    current = [
        Item("pregnancy", "breastfeeding", item_key="pregnancy"),
        Item(
            "medication",
            "isotretinoin",
            "Aknenormin",
            started=date(2024, 1, 1),
            ended=date(2024, 8, 1),
        ),
        Item("medication", None, "Euthyrox"),
        Item("medication", None, "euthyrox "),
        Item("allergy", None, "Latex", details={"reaction": "rash", "severity": "catastrophic"}),
        Item("condition", FREE_TEXT, "Asthma"),
        Item("lifestyle", "smoker", ""),
    ]
    assert answers_from_history(Q, current) == {
        "pregnancy": {"code": "breastfeeding"},
        "isotretinoin": {"yes": True, "detail": "Aknenormin", "date": "2024-08-01"},
        "current_medicines": {"items": ["Euthyrox"]},
        "allergies": {"items": [{"substance": "Latex", "reaction": "rash", "severity": ""}]},
        "smoker": {"yes": True, "detail": "", "date": ""},
    }
    assert answers_from_history(Q, []) == {}


def random_history(rng: random.Random) -> list[Item]:
    items: list[Item] = []
    words = ["Latex", "latex", "Aspirin", "Żółć", "青霉素", "🌸 cream", "x", "Peel", "other"]
    days = [None, date(2020, 2, 29), date(2025, 12, 31), date(1999, 1, 1)]
    for _ in range(rng.randint(0, 12)):
        question = rng.choice(Q.questions())
        kind = question.history_kind
        if question.kind == "yes_no":
            code: str | None = question.code
        elif question.kind == "choice":
            code = rng.choice([o.code for o in question.options] + [FREE_TEXT])
        elif question.kind == "text":
            code = FREE_TEXT
        else:
            code = rng.choice(
                [None, FREE_TEXT] if FREE_TEXT in codes.history_codes(kind) else [None]
            )
            if kind in ("medication", "aesthetic_treatment") and rng.random() < 0.3:
                code = rng.choice(sorted(codes.history_codes(kind)))
        details: dict[str, Any] = {}
        if kind == "allergy" and rng.random() < 0.7:
            details = {
                "substance": rng.choice(words),
                "reaction": rng.choice(["", "rash", " hives "]),
                "severity": rng.choice(["", *ALLERGY_SEVERITIES, "odd"]),
            }
        items.append(
            Item(kind, code, rng.choice([*words, ""]), rng.choice(days), rng.choice(days), details)
        )
    if sum(item.kind == "pregnancy" for item in items) > 1:  # one current value at most
        items = [item for item in items if item.kind != "pregnancy"]
    return items


def test_answers_from_a_history_change_nothing_in_it():
    rng = random.Random(20260315)
    for _ in range(500):
        current = random_history(rng)
        prefilled = answers_from_history(Q, current)
        assert changes(Q, prefilled, current) == [], current
        # The form sends the pre-filled answers back through clean_answers.
        assert changes(Q, clean_answers(Q, prefilled, today=TODAY), current) == [], current


def test_the_history_service_items_fit():
    item = history.HistoryItem(
        item_key="k1", kind="medication", code="isotretinoin", text="Roaccutane",
        started=date(2025, 1, 1), ended=None,
    )  # fmt: skip
    assert answers_from_history(Q, [item])["isotretinoin"] == {
        "yes": True,
        "detail": "Roaccutane",
        "date": "",
    }
    change = one({"isotretinoin": {"yes": False}}, [item])
    assert (change.action, change.item_key) == ("remove", "k1")


def test_question_objects_can_be_hashed_and_compared():
    assert len({*Q.questions()}) == len(Q.questions())
    assert isinstance(Q.question("pregnancy"), Question)
    assert Q.question("pregnancy").option("pregnant").text("fr") == "Je suis enceinte"
