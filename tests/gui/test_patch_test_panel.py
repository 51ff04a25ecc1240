"""The patch-test panel on the client record, driven as a practitioner would."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QColor
from tests.gui.conftest import type_into

from clinicdesk.rules.patch_tests import Finding, PatchTestRecord, Problem
from clinicdesk.services import clients, patch_tests
from clinicdesk.services.client_fields import ClientFields
from clinicdesk.ui.patch_test_panel import (
    APPLIED,
    FAMILY,
    PRODUCT,
    RESULT,
    PatchTestPanel,
    RecordResultDialog,
    RecordTestDialog,
    to_utc,
)
from clinicdesk.ui.patch_test_texts import problem_text, result_name
from clinicdesk.ui.practice_handle import PracticeHandle


@pytest.fixture
def client_id(practice) -> int:
    record = clients.create_client(
        practice, data=ClientFields(given_name="Hélène", family_name="Lefèvre")
    )
    return record.id


@pytest.fixture
def panel(qtbot, practice, client_id) -> PatchTestPanel:
    handle = PracticeHandle()
    handle.set(practice)
    widget = PatchTestPanel(handle)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_client(client_id)
    return widget


def open_record_dialog(qtbot, panel) -> RecordTestDialog:
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, RecordTestDialog) and dialog.isVisible()
    return dialog


def choose_family(dialog, code: str) -> None:
    dialog.family.setCurrentIndex(dialog.family.findData(code))


def save(qtbot, dialog) -> None:
    save_button = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    qtbot.mouseClick(save_button, Qt.MouseButton.LeftButton)


def cell(panel, row: int, column: int) -> str:
    return panel.table.item(row, column).text()


def test_only_treatments_that_need_a_patch_test_have_a_status(panel):
    assert set(panel.statuses) == {
        "chemical_peel",
        "laser_ipl",
        "lash_brow_tint",
        "permanent_makeup",
    }
    assert panel.statuses["lash_brow_tint"].text() == "No patch test on file."
    assert not panel.table.isVisible() and panel.empty.isVisible()
    assert not panel.result_button.isEnabled()


def test_a_test_recorded_through_the_dialog_is_listed_and_too_recent(qtbot, panel, client_id):
    dialog = open_record_dialog(qtbot, panel)
    choose_family(dialog, "lash_brow_tint")
    type_into(qtbot, dialog.product, "RefectoCil Tönung")
    type_into(qtbot, dialog.batch, "L2291")
    type_into(qtbot, dialog.site, "behind the left ear")
    applied = dialog.applied_at.dateTime()
    assert dialog.applied_at.displayFormat().endswith("HH:mm")
    assert "yyyy" in dialog.applied_at.displayFormat()

    with qtbot.waitSignal(panel.changed, timeout=2000):
        save(qtbot, dialog)

    assert not dialog.isVisible()
    assert panel.table.rowCount() == 1
    assert cell(panel, 0, FAMILY) == "Lash and brow tint and lift"
    assert cell(panel, 0, PRODUCT) == "RefectoCil Tönung"
    assert cell(panel, 0, RESULT) == result_name(None) == "Not read yet"
    assert applied.toString("HH:mm") in cell(panel, 0, APPLIED)
    [stored] = patch_tests.patch_tests(panel._handle.practice, client_id=client_id)
    assert stored.applied_at == to_utc(applied)
    assert stored.applied_at.tzinfo is not None
    status = panel.statuses["lash_brow_tint"].text()
    assert status.startswith("The patch test can only be read from")
    # 48 hours after it was applied, in local time.
    ready = applied.addSecs(48 * 3600).toString("HH:mm")
    assert ready in status
    assert panel.statuses["chemical_peel"].text() == "No patch test on file."


def test_a_positive_result_fails_the_treatment_and_tints_the_row(qtbot, panel, client_id):
    patch_tests.record_applied(
        panel._handle.practice,
        client_id=client_id,
        family="lash_brow_tint",
        product="RefectoCil",
        applied_at=datetime.now(UTC) - timedelta(hours=50),
    )
    panel.show_client(client_id)
    panel.table.selectRow(0)
    assert panel.result_button.isEnabled()
    qtbot.mouseClick(panel.result_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, RecordResultDialog) and dialog.isVisible()

    dialog.radios["positive"].click()
    with qtbot.waitSignal(panel.changed, timeout=2000):
        save(qtbot, dialog)

    assert not dialog.isVisible()
    assert panel.statuses["lash_brow_tint"].text() == (
        "The last patch test was positive (reaction): do not treat with this product."
    )
    assert cell(panel, 0, RESULT) == "Positive (reaction)"
    tint = panel.table.item(0, PRODUCT).background().color()
    assert tint == QColor("#fdecea")


def test_a_negative_result_read_in_time_is_valid(qtbot, panel, client_id):
    row = patch_tests.record_applied(
        panel._handle.practice,
        client_id=client_id,
        family="chemical_peel",
        product="Glycolic 30 %",
        applied_at=datetime.now(UTC) - timedelta(hours=72),
    )
    patch_tests.record_result(
        panel._handle.practice,
        test_id=row.id,
        result="negative",
        read_at=datetime.now(UTC) - timedelta(hours=20),
    )
    panel.show_client(client_id)
    assert panel.statuses["chemical_peel"].text() == "Valid"
    assert panel.table.item(0, PRODUCT).background().color() == QColor("#e6f4ea")


def test_a_test_applied_in_the_future_is_refused_beside_the_field(qtbot, panel):
    dialog = open_record_dialog(qtbot, panel)
    type_into(qtbot, dialog.product, "Henna brown")
    dialog.applied_at.setDateTime(QDateTime.currentDateTime().addDays(1))

    save(qtbot, dialog)

    assert dialog.isVisible()
    error = dialog.errors["applied_at"]
    assert error.isVisible()
    assert error.text() == "A patch test cannot be recorded before it is applied."
    assert dialog.product.text() == "Henna brown"  # nothing typed is lost
    assert panel.table.rowCount() == 0


def test_a_test_needs_a_product(qtbot, panel):
    dialog = open_record_dialog(qtbot, panel)
    type_into(qtbot, dialog.batch, "B12")

    save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.errors["product"].isVisible()
    assert dialog.errors["product"].text() == "Name the product that was tested."
    assert not dialog.errors["applied_at"].isVisible()
    assert dialog.batch.text() == "B12"

    # WHEN the product is given, the error goes and the test is saved.
    type_into(qtbot, dialog.product, "Henna brown")
    with qtbot.waitSignal(panel.changed, timeout=2000):
        save(qtbot, dialog)
    assert panel.table.rowCount() == 1


def test_a_result_must_be_chosen(qtbot, panel, client_id):
    patch_tests.record_applied(
        panel._handle.practice,
        client_id=client_id,
        family="laser_ipl",
        product="Test shot 10 J/cm²",
        applied_at=datetime.now(UTC) - timedelta(hours=49),
    )
    panel.show_client(client_id)
    panel.table.selectRow(0)
    panel.open_result_dialog()
    dialog = panel.dialog
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors["result"].isVisible()
    assert panel.statuses["laser_ipl"].text().startswith("The patch test applied on")


def test_clear_empties_the_panel(panel):
    panel.clear()
    assert panel.statuses == {}
    assert panel.table.rowCount() == 0
    assert not panel.record_button.isEnabled()


APPLIED_AT = datetime(2024, 5, 1, 10, 30, tzinfo=UTC)


@pytest.mark.parametrize("problem", list(Problem))
def test_every_problem_has_its_own_sentence(qapp, problem):
    test = None if problem is Problem.MISSING else PatchTestRecord(APPLIED_AT)
    ready = APPLIED_AT + timedelta(hours=48) if problem is Problem.TOO_RECENT else None
    text = problem_text(Finding(problem, "absolute", test, ready))
    assert text.strip() and "%1" not in text
    others = {
        problem_text(
            Finding(
                p,
                "absolute",
                None if p is Problem.MISSING else PatchTestRecord(APPLIED_AT),
                APPLIED_AT + timedelta(hours=48) if p is Problem.TOO_RECENT else None,
            )
        )
        for p in Problem
        if p is not problem
    }
    assert text not in others
