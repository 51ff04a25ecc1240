"""The medical history tab and its entry dialog, driven as a practitioner would."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDialogButtonBox
from tests.gui.conftest import answer_next_message_box, type_into

from clinicdesk.rules import codes
from clinicdesk.services import clients, history
from clinicdesk.services.client_fields import ClientFields
from clinicdesk.ui import code_names
from clinicdesk.ui.history_item_dialog import HistoryItemDialog
from clinicdesk.ui.history_tab import DETAILS, ENTRY, HistoryTab
from clinicdesk.ui.practice_handle import PracticeHandle

NOW = datetime.now(UTC)


@pytest.fixture(autouse=True)
def british_dates():
    """Dates as the English interface writes them: day first (see ui/i18n.py)."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def handle(practice) -> PracticeHandle:
    handle = PracticeHandle()
    handle.set(practice)
    return handle


@pytest.fixture
def client_id(practice) -> int:
    fields = ClientFields(given_name="Zofia", family_name="Wójcik", date_of_birth=date(1990, 5, 4))
    return clients.create_client(practice, data=fields).id


@pytest.fixture
def tab(qtbot, handle, client_id) -> HistoryTab:
    widget = HistoryTab(handle)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.show_client(client_id)
    return widget


def save(dialog: HistoryItemDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def row_texts(tab: HistoryTab, column: int) -> list[str]:
    return [row.text(column) for row in tab._rows()]


def set_dates(qtbot, dialog: HistoryItemDialog, started: str, ended: str = "") -> None:
    """Type the dates as a person would (day first, as en_GB writes them)."""
    for field, text in ((dialog.started, started), (dialog.ended, ended)):
        field.edit.clear()
        type_into(qtbot, field.edit, text)


# -- names --------------------------------------------------------------------------------------


def test_every_code_has_a_name():
    for kind in history.KINDS:
        assert code_names.section_name(kind) != kind, kind
    for code in codes.CONDITIONS:
        assert code_names.code_name("condition", code) != code, code
    for code in codes.MEDICATION_CLASSES:
        assert code_names.code_name("medication", code) != code, code
    for kind, values in history.EXTRA_CODES.items():
        for code in values:
            assert code_names.code_name(kind, code) != code, code
    for code in codes.FITZPATRICK_TYPES:
        assert code_names.code_name("fitzpatrick", code).startswith("Type "), code
    assert code_names.code_name("condition", codes.FREE_TEXT) == "Other"
    for source in history.SOURCES:
        assert code_names.source_name(source) != source
    assert set(code_names.SEVERITIES) == {"mild", "moderate", "severe"}


def test_every_offered_code_is_accepted_by_its_section(practice, client_id):
    for kind, offered in code_names.SECTION_CODES.items():
        for code in offered:
            history.record_item(practice, client_id=client_id, kind=kind, code=code)


# -- adding -------------------------------------------------------------------------------------


def test_an_allergy_added_through_the_dialog_shows_in_the_tab(qtbot, tab, client_id):
    dialog = tab.add("allergy")
    assert dialog is not None and dialog.isVisible()
    assert dialog.started.value() is None and dialog.ended.value() is None  # no silent date
    type_into(qtbot, dialog.text, "Lidocaine")
    type_into(qtbot, dialog.reaction, "hives, swollen lips")
    dialog.severity.setCurrentIndex(dialog.severity.findData("severe"))
    with qtbot.waitSignal(tab.changed, timeout=2000):
        save(dialog)
    assert not dialog.isVisible()

    [item] = tab.shown_items()
    assert (item.kind, item.text, item.started) == ("allergy", "Lidocaine", None)
    assert dict(item.details) == {"reaction": "hives, swollen lips", "severity": "severe"}
    assert row_texts(tab, ENTRY) == ["Lidocaine"]
    assert "Severity: Severe" in row_texts(tab, DETAILS)[0]
    assert tab.tree.topLevelItem(0).text(ENTRY) == "Allergies (1)"


@pytest.mark.parametrize(
    "typed", ["Curacné 20 mg", "ROACCUTANE 10mg caps", "isotrétinoïne", "Isotretinoin"]
)
def test_a_medication_typed_in_words_is_recognised(qtbot, tab, typed):
    dialog = tab.add("medication")
    type_into(qtbot, dialog.text, typed)
    assert dialog.hint.isVisible()
    assert dialog.hint.text() == "Recognised as: Isotretinoin"
    save(dialog)

    [item] = tab.shown_items()
    assert item.text == typed and item.code is None
    assert "recognised: Isotretinoin" in row_texts(tab, DETAILS)[0]


def test_an_unknown_medication_says_it_was_not_recognised(qtbot, tab):
    dialog = tab.add("medication")
    type_into(qtbot, dialog.text, "Vitamin D drops")
    assert "Not recognised" in dialog.hint.text()
    dialog.dose.setText("1000 IU")
    save(dialog)
    assert row_texts(tab, DETAILS) == [
        "Dose: 1000 IU · not recognised as a screened medication class"
    ]


# -- refusing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("started", "ended", "field", "message"),
    [
        ("01/05/2020", "01/01/2019", "ended", "The end date is before the start date."),
        ("31/02/2024", "", "started", "“31/02/2024” is not a date. Write it as dd/mm/yyyy"),
        ("01/05/2020", "2024-13-01", "ended", "“2024-13-01” is not a date."),
        ("01/01/2999", "", "started", "The date 2999-01-01 is not possible here"),
        ("01/01/1850", "", "started", "The date 1850-01-01 is not possible here"),
    ],
)
def test_an_impossible_date_is_refused_beside_its_field(qtbot, tab, started, ended, field, message):
    dialog = tab.add("condition")
    dialog.code.setCurrentIndex(dialog.code.findData("diabetes"))
    type_into(qtbot, dialog.text, "type 2")
    set_dates(qtbot, dialog, started, ended)
    save(dialog)

    assert dialog.isVisible()
    assert dialog.errors[field].isVisible()
    assert dialog.errors[field].text().startswith(message)
    assert dialog.text.text() == "type 2"
    assert dialog.code.currentData() == "diabetes"
    assert (dialog.started.text(), dialog.ended.text()) == (started, ended)
    assert tab.shown_items() == []
    # Put right, it saves and the message goes.
    set_dates(qtbot, dialog, "01/01/2018")
    save(dialog)
    assert not dialog.isVisible()
    assert [i.started for i in tab.shown_items()] == [date(2018, 1, 1)]


def test_a_date_picked_from_the_calendar_fills_the_field(qtbot, tab):
    dialog = tab.add("surgery")
    dialog.started.calendar.clicked.emit(QDate(2019, 5, 2))
    assert dialog.started.text() == "02/05/2019"
    assert dialog.started.value() == date(2019, 5, 2)


@pytest.mark.parametrize("kind", ["condition", "allergy", "medication", "surgery"])
def test_other_with_nothing_written_is_refused(qtbot, tab, kind):
    dialog = tab.add(kind)
    save(dialog)
    assert dialog.isVisible()
    assert dialog.errors["text"].text() == "Choose an entry from the list or describe it."
    assert tab.shown_items() == []


def test_a_very_long_text_is_refused_not_cut(qtbot, tab):
    dialog = tab.add("concern")
    long_text = "Fine lines. " * 833 + "xxxx"
    assert len(long_text) == 10_000
    dialog.text.setText(long_text)
    save(dialog)

    assert dialog.isVisible()
    assert (
        dialog.errors["text"]
        .text()
        .startswith("This text is 10000 characters long; at most 2000 fit.")
    )
    assert dialog.text.text() == long_text
    assert tab.shown_items() == []


def test_a_very_long_detail_is_refused_in_the_same_words(qtbot, tab):
    dialog = tab.add("allergy")
    dialog.text.setText("Latex")
    dialog.reaction.setText("r" * 10_000)
    save(dialog)
    assert dialog.isVisible()
    assert dialog.errors["reaction"].text().startswith("This text is 10000 characters long")
    assert len(dialog.reaction.text()) == 10_000


def test_closing_with_changes_asks_first(qtbot, tab):
    dialog = tab.add("surgery")
    type_into(qtbot, dialog.text, "Rhinoplasty")
    answer_next_message_box("Go back")
    dialog.reject()
    assert dialog.isVisible() and dialog.text.text() == "Rhinoplasty"
    answer_next_message_box("Close without saving")
    dialog.reject()
    assert not dialog.isVisible()
    assert tab.shown_items() == []


# -- versions, removal and the past ------------------------------------------------------------


def test_editing_records_a_second_version(qtbot, tab, practice, client_id):
    item = history.record_item(
        practice, client_id=client_id, kind="medication", text="Xarelto 20 mg", at=NOW
    )
    tab.reload()
    tab.select(item.item_key)
    dialog = tab.edit_selected()
    assert not dialog.section.isEnabled()
    assert dialog.text.text() == "Xarelto 20 mg"
    dialog.text.setText("Xarelto 15 mg")
    with qtbot.waitSignal(tab.changed, timeout=2000):
        save(dialog)

    assert [i.text for i in tab.shown_items()] == ["Xarelto 15 mg"]
    tab.select(item.item_key)
    versions = tab.show_versions()
    assert [v.text for v in versions.versions()] == ["Xarelto 20 mg", "Xarelto 15 mg"]
    assert versions.table.topLevelItemCount() == 2
    changes = [versions.table.topLevelItem(n).text(1) for n in range(2)]
    assert changes == ["First recorded", "Changed"]
    assert "Hélène Lefèvre" in versions.table.topLevelItem(1).text(0)
    versions.close()


def test_removed_today_but_still_known_yesterday(qtbot, tab, practice, client_id):
    # GIVEN two entries recorded three days ago, one changed and one removed today
    before = NOW - timedelta(days=3)
    kept = history.record_item(
        practice, client_id=client_id, kind="condition", code="diabetes", at=before
    )
    gone = history.record_item(
        practice, client_id=client_id, kind="implant", code="pacemaker", at=before
    )
    history.record_item(
        practice,
        client_id=client_id,
        kind="condition",
        code="diabetes",
        text="type 2",
        item_key=kept.item_key,
    )
    tab.reload()
    tab.select(gone.item_key)
    answer_next_message_box("Remove")
    with qtbot.waitSignal(tab.changed, timeout=2000):
        tab.remove_selected()
    assert row_texts(tab, ENTRY) == ["Diabetes — type 2"]
    assert not tab.banner.isVisible()

    # WHEN the view is set to yesterday
    tab.as_of.setDate(QDate.currentDate().addDays(-1))

    # THEN it shows what was known then, and nothing can be changed
    assert tab.read_only
    assert row_texts(tab, ENTRY) == ["Diabetes", "Pacemaker"]
    assert tab.banner.isVisible()
    assert tab.banner.text().startswith("Showing the history as it was known on ")
    assert tab.banner.text().endswith("nothing can be changed in this view.")
    tab.select(gone.item_key)
    for button in (tab.add_button, tab.edit_button, tab.remove_button, tab.review_button):
        assert not button.isEnabled()
    assert tab.versions_button.isEnabled()
    assert tab.edit_selected() is None and tab.add("allergy") is None
    versions = tab.show_versions()
    assert [v.removed for v in versions.versions()] == [False, True]
    versions.close()

    # and further back, before anything was recorded, it is empty
    tab.as_of.setDate(QDate.currentDate().addDays(-5))
    assert tab.shown_items() == [] and "Nothing had been recorded" in tab.empty.text()

    tab.today_button.click()
    assert not tab.read_only and not tab.banner.isVisible()
    assert tab.add_button.isEnabled()


def test_mark_reviewed_updates_the_label(qtbot, tab):
    assert tab.review_label.text() == "Never reviewed with the client"
    with qtbot.waitSignal(tab.changed, timeout=2000):
        tab.review_button.click()
    text = tab.review_label.text()
    assert text.startswith("Last reviewed on ")
    assert text.endswith(" by Hélène Lefèvre")


def test_single_valued_sections_keep_one_entry(qtbot, tab):
    for code in ("2", "5"):
        dialog = tab.add("fitzpatrick")
        dialog.code.setCurrentIndex(dialog.code.findData(code))
        save(dialog)
    assert row_texts(tab, ENTRY) == ["Type V: very rarely burns, tans darkly"]


def test_a_previous_treatment_keeps_its_details(qtbot, tab):
    dialog = tab.add("aesthetic_treatment")
    assert not dialog.ended.isVisible()
    dialog.code.setCurrentIndex(dialog.code.findData("botulinum_toxin"))
    set_dates(qtbot, dialog, "10/06/2025")
    dialog.outcome.setText("smoother forehead")
    dialog.satisfaction.setCurrentIndex(dialog.satisfaction.findData(4))
    dialog.side_effects.setText("small bruise")
    save(dialog)
    [item] = tab.shown_items()
    assert item.code == "botulinum_toxin" and item.started == date(2025, 6, 10)
    assert dict(item.details) == {
        "outcome": "smoother forehead",
        "satisfaction": 4,
        "side_effects": "small bruise",
    }
    assert row_texts(tab, DETAILS) == [
        "Outcome: smoother forehead · Satisfaction: 4/5 · Side effects: small bruise"
    ]
    tab.retranslate()
    assert len(tab.shown_items()) == 1


def test_clear_empties_the_tab(tab, practice, client_id):
    history.record_item(practice, client_id=client_id, kind="surgery", text="Appendix")
    tab.reload()
    assert tab.shown_items()
    tab.clear()
    assert tab.shown_items() == [] and not tab.add_button.isEnabled()
