"""The session note driven through its real widgets: starting after a screening, writing
and signing off, the previous session's values tinted and changes shown, expired batches
never offered, corrections with a reason, adverse events, and the aftercare sheet."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QMessageBox
from sqlalchemy import select
from tests.gui.conftest import answer_next_message_box, type_into
from tests.unit.pdf_helpers import needs_poppler, text_of

from clinicdesk.db.models import AuditEntry
from clinicdesk.rules.body_chart import ChartPlace
from clinicdesk.services import (
    catalogue,
    clients,
    clinic,
    history,
    products,
    screening,
    session_changes,
    sessions,
)
from clinicdesk.services.client_fields import ClientFields
from clinicdesk.services.sessions import SessionProductInput
from clinicdesk.ui import session_dialog as dialog_module
from clinicdesk.ui.adverse_event_dialog import AdverseEventDialog
from clinicdesk.ui.formatting import format_date
from clinicdesk.ui.session_dialog import SessionDialog
from clinicdesk.ui.session_form import CHANGED, FROM_PREVIOUS
from clinicdesk.ui.session_printing import aftercare_pdf
from clinicdesk.ui.session_start import StartSessionDialog

AN_HOUR_AGO = datetime.now(UTC) - timedelta(hours=1)
TODAY = date.today()
REASON = "The depth was misread from the pen's dial"


@pytest.fixture
def client(handle):
    fields = ClientFields(
        given_name="Zofia",
        family_name="Wójcik",
        date_of_birth=date(1990, 5, 4),
        preferred_language="pl",
    )
    return clients.create_client(handle.practice, data=fields)


@pytest.fixture
def serum(handle):
    return products.add_product(
        handle.practice, name="HA serum", family="microneedling", unit="ml", usual_max=Decimal(5)
    )


@pytest.fixture
def batch(handle, serum):
    products.add_batch(
        handle.practice, product_id=serum.id, lot="OLD-1", expires_on=TODAY - timedelta(days=1)
    )
    return products.add_batch(
        handle.practice, product_id=serum.id, lot="HA-2201", expires_on=TODAY + timedelta(days=90)
    )


@pytest.fixture(autouse=True)
def kept_open():
    """Holds each dialog until the test is over. A dialog is in reference cycles (its
    slots refer to it); dropped while still on screen, the garbage collector could
    delete it in the middle of painting it, as it would in the app."""
    yield OPEN
    OPEN.clear()


OPEN: list[SessionDialog] = []


def _nothing_to_ask(dialog: SessionDialog) -> None:
    dialog.dirty = dialog.correcting = False


def _open(qtbot, handle, client, session_id) -> SessionDialog:
    dialog = SessionDialog(handle, client, session_id)
    qtbot.addWidget(dialog, before_close_func=_nothing_to_ask)
    OPEN.append(dialog)
    dialog.show()
    return dialog


def _draft(handle, client, family="microneedling"):
    record, _ = sessions.start_session(
        handle.practice, client_id=client.id, family=family, performed_at=AN_HOUR_AGO
    )
    return record


def _final(handle, client, batch, depth="1.0"):
    record = _draft(handle, client)
    session_changes.save_draft(
        handle.practice,
        session_id=record.id,
        notes={"areas": ["forehead", "cheeks"], "parameters": {"depth_mm": depth}},
        products=[
            SessionProductInput(batch.id, Decimal(2), "ml", "", None),
            SessionProductInput(
                batch.id, Decimal("0.5"), "ml", "glabella", ChartPlace("face_front", 0.5, 0.3)
            ),
        ],
    )
    return session_changes.sign_off(handle.practice, session_id=record.id)


def test_starting_screens_first_and_a_ruled_out_treatment_creates_nothing(qtbot, handle, client):
    history.record_item(handle.practice, client_id=client.id, kind="medication", text="Roaccutane")
    dialog = StartSessionDialog(handle, client)
    qtbot.addWidget(dialog)
    dialog.family.setCurrentIndex(dialog.family.findData("chemical_peel"))

    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    assert dialog.started is None and dialog.result() != QDialog.DialogCode.Accepted
    heading = dialog.screening.findChild(QLabel, "screeningOutcome")
    assert "ruled out" in heading.text()
    assert sessions.sessions(handle.practice, client_id=client.id) == []
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_a_time_that_is_not_a_time_is_refused_beside_the_field(qtbot, handle, client):
    dialog = StartSessionDialog(handle, client)
    qtbot.addWidget(dialog)
    dialog.family.setCurrentIndex(dialog.family.findData("microneedling"))
    dialog.when.time.setText("25:70")
    dialog.accept()
    assert dialog.errors["performed_at"].isVisibleTo(dialog)
    assert dialog.started is None

    dialog.when.time.setText("09:15")
    dialog.accept()
    assert dialog.started is not None
    local = dialog.started.performed_at.astimezone()
    assert (local.hour, local.minute) == (9, 15)


def test_a_draft_is_written_saved_and_signed_off(qtbot, handle, client, batch):
    record = _draft(handle, client)
    dialog = _open(qtbot, handle, client, record.id)
    form = dialog.form

    type_into(qtbot, form.areas, "forehead; cheeks")
    type_into(qtbot, form.parameter_inputs["depth_mm"], "1.5")
    form.product_lines.add_line()
    batch_combo = form.product_lines.table.cellWidget(0, 1)
    assert batch_combo.itemText(0).startswith("lot HA-2201")
    assert all("OLD-1" not in batch_combo.itemText(i) for i in range(batch_combo.count()))
    qtbot.keyClicks(form.product_lines.table.cellWidget(0, 2), "2,5")
    form.texts["observations"].setPlainText("Pinpoint bleeding, settled in 10 minutes")

    qtbot.mouseClick(dialog.buttons["sign"], Qt.MouseButton.LeftButton)

    final = sessions.get_session(handle.practice, session_id=record.id)
    assert final.final
    assert final.notes["areas"] == ["forehead", "cheeks"]
    assert final.products[0].lot == "HA-2201" and final.products[0].quantity == Decimal("2.5")
    assert "Signed off" in dialog.banner.text()
    assert dialog.buttons["correct"].isVisibleTo(dialog) and not dialog.buttons["sign"].isVisibleTo(
        dialog
    )
    assert not form.areas.isEnabled()


def test_areas_typed_with_a_chinese_semicolon_are_kept_apart(qtbot, handle, client):
    record = _draft(handle, client)
    dialog = _open(qtbot, handle, client, record.id)
    type_into(qtbot, dialog.form.areas, "额头；脸颊")

    assert dialog.save()

    saved = sessions.get_session(handle.practice, session_id=record.id)
    assert saved.notes["areas"] == ["额头", "脸颊"]


def test_a_parameter_out_of_range_is_said_and_nothing_is_signed(qtbot, handle, client):
    record = _draft(handle, client)
    dialog = _open(qtbot, handle, client, record.id)
    type_into(qtbot, dialog.form.parameter_inputs["depth_mm"], "9")

    dialog.sign_off()

    assert dialog.form.errors["parameters"].isVisibleTo(dialog)
    assert "mm" in dialog.form.errors["parameters"].text()
    assert not sessions.get_session(handle.practice, session_id=record.id).final


def test_the_next_session_starts_from_the_previous_one_with_changes_shown(
    qtbot, handle, client, batch
):
    _final(handle, client, batch, depth="1.0")
    record = _draft(handle, client)
    dialog = _open(qtbot, handle, client, record.id)
    form = dialog.form
    depth = form.parameter_inputs["depth_mm"]

    assert form.areas.text() == "forehead; cheeks"
    assert depth.text() == "1"
    assert depth.styleSheet() == FROM_PREVIOUS
    assert form.product_lines.table.rowCount() == 1  # the chart point is on the chart
    assert [m.label for m in form.chart.marks()] == ["glabella"]

    depth.clear()
    type_into(qtbot, depth, "1.5")

    assert depth.styleSheet() == CHANGED
    assert depth.toolTip().endswith(": 1")
    assert form.areas.styleSheet() == FROM_PREVIOUS


def test_a_relative_block_keeps_the_note_closed_until_a_reason_is_recorded(qtbot, handle, client):
    history.record_item(
        handle.practice, client_id=client.id, kind="condition", code="keloid_tendency"
    )
    record = _draft(handle, client)
    dialog = _open(qtbot, handle, client, record.id)

    assert not dialog.form.isEnabled()
    assert not dialog.buttons["sign"].isVisibleTo(dialog)

    found = screening.screen_client(
        handle.practice, client_id=client.id, family="microneedling", context=record.context
    )
    for rule_id in found.needs_override():
        dialog._override(rule_id, "relative", "Test area healed well in March")
    dialog._rescreen()

    assert dialog.form.isEnabled()
    assert dialog.buttons["sign"].isVisibleTo(dialog)


def test_a_signed_off_session_is_corrected_with_a_reason_and_the_original_stays(
    qtbot, handle, client, batch
):
    final = _final(handle, client, batch)
    dialog = _open(qtbot, handle, client, final.id)
    dialog.start_correction()
    depth = dialog.form.parameter_inputs["depth_mm"]
    depth.clear()
    type_into(qtbot, depth, "0.5")

    dialog.save_correction()  # no reason yet
    assert dialog.reason_error.isVisibleTo(dialog)

    dialog.reason.setPlainText(REASON)
    dialog.save_correction()

    record = sessions.get_session(handle.practice, session_id=final.id)
    assert [(a.field, a.old_value, a.new_value) for a in record.amendments] == [
        ("parameters.depth_mm", 1.0, 0.5)
    ]
    assert record.notes["parameters"]["depth_mm"] == 1.0
    assert REASON in dialog.history.toPlainText()
    assert not dialog.correcting and dialog.buttons["correct"].isVisibleTo(dialog)


def test_an_adverse_event_needs_a_severity_and_a_description(qtbot, handle, client, batch):
    final = _final(handle, client, batch)
    dialog = AdverseEventDialog(handle, final)
    qtbot.addWidget(dialog)

    dialog.accept()
    assert dialog.errors["severity"].isVisibleTo(dialog)

    dialog.severity.setCurrentIndex(dialog.severity.findData("moderate"))
    dialog.texts["description"].setPlainText("Swelling of the left cheek the next morning")
    dialog.accept()

    [event] = sessions.get_session(handle.practice, session_id=final.id).adverse_events
    assert event.severity == "moderate"


def test_closing_a_changed_draft_asks_and_can_save(qtbot, handle, client):
    record = _draft(handle, client)
    dialog = _open(qtbot, handle, client, record.id)
    type_into(qtbot, dialog.form.areas, "neck")

    answer_next_message_box(standard=QMessageBox.StandardButton.Save)
    dialog.close()

    assert sessions.get_session(handle.practice, session_id=record.id).notes["areas"] == ["neck"]


@needs_poppler
def test_the_aftercare_sheet_is_printed_in_the_clients_language(
    qtbot, handle, client, batch, monkeypatch, tmp_path
):
    final = _final(handle, client, batch)
    printed = []
    monkeypatch.setattr(dialog_module, "print_pdf", lambda parent, pdf, title: printed.append(pdf))
    dialog = _open(qtbot, handle, client, final.id)

    dialog.print_aftercare()

    text = text_of(printed[0], tmp_path)
    assert "Zofia Wójcik" in text
    assert "HA-2201" in text
    # Zofia reads Polish: the sheet is in Polish whatever the practitioner's language.
    assert "Zalecenia pozabiegowe" in text and "partia HA-2201" in text
    assert "Strona 1 z 1" in text and "{" not in text


def test_large_quantities_are_confirmed_before_sign_off(qtbot, handle, client, batch):
    record = _draft(handle, client)
    dialog = _open(qtbot, handle, client, record.id)
    dialog.form.product_lines.add_line()
    qtbot.keyClicks(dialog.form.product_lines.table.cellWidget(0, 2), "8")

    answer_next_message_box(standard=QMessageBox.StandardButton.No)
    dialog.sign_off()
    assert not sessions.get_session(handle.practice, session_id=record.id).final

    answer_next_message_box(standard=QMessageBox.StandardButton.Yes)
    dialog.sign_off()
    assert sessions.get_session(handle.practice, session_id=record.id).final


def test_an_unknown_unit_combo_is_not_offered(qtbot, handle, client, batch):
    record = _draft(handle, client)
    dialog = _open(qtbot, handle, client, record.id)
    dialog.form.product_lines.add_line()
    unit = dialog.form.product_lines.table.cellWidget(0, 3)
    assert isinstance(unit, QComboBox) and unit.currentData() == "ml"


@needs_poppler
def test_a_treatment_retired_since_still_has_its_name_and_aftercare(
    qtbot, handle, client, batch, monkeypatch, tmp_path
):
    final = _final(handle, client, batch)
    family = next(f for f in catalogue.families(handle.practice) if f.code == "microneedling")
    catalogue.update_family(
        handle.practice,
        code=family.code,
        names=family.names,
        requires_consent=family.requires_consent,
        consent_template=family.consent_template,
        patch_test=family.patch_test,
        aftercare=family.aftercare,
        active=False,
    )
    printed = []
    monkeypatch.setattr(dialog_module, "print_pdf", lambda parent, pdf, title: printed.append(pdf))
    dialog = _open(qtbot, handle, client, final.id)

    dialog.print_aftercare()

    assert dialog.heading.text().startswith(family.name("en"))
    assert family.name("pl") in text_of(printed[0], tmp_path)  # the client's language


@needs_poppler
def test_the_session_record_prints_the_chart_events_and_corrections_with_their_times(
    qtbot, handle, client, batch, monkeypatch, tmp_path
):
    final = _final(handle, client, batch)
    session_changes.amend(
        handle.practice,
        session_id=final.id,
        field="observations",
        new_value="Pinpoint bleeding, settled in minutes",
        reason=REASON,
    )
    session_changes.add_adverse_event(
        handle.practice,
        session_id=final.id,
        severity="moderate",
        description="Bruise on the left cheek",
        action_taken="Arnica, cold compress",
        follow_up="Call in two days",
    )
    printed = []
    monkeypatch.setattr(dialog_module, "print_pdf", lambda parent, pdf, title: printed.append(pdf))
    dialog = _open(qtbot, handle, client, final.id)

    qtbot.mouseClick(dialog.buttons["summary"], Qt.MouseButton.LeftButton)

    text = " ".join(text_of(printed[0], tmp_path).split())
    assert "Session record" in text and "Zofia Wójcik" in text
    assert format_date(date(1990, 5, 4)) in text
    assert "Signed off" in text
    # One row for the batch, its total, and where it went: the chart's mark 1.
    assert "HA-2201" in text and "2.5 ml" in text and "on the chart: 1" in text
    assert "glabella" in text  # the mark's place, in the chart's legend
    assert "Face and body chart" in text and "Face" in text
    assert "Needle depth 1 mm" in text  # the device setting, with its unit
    assert "Pinpoint bleeding, settled in minutes" in text and REASON in text
    assert "Bruise on the left cheek" in text and "Moderate" in text
    # The session, its sign-off, the event and the correction: each with its time, 24-hour.
    assert len(re.findall(r"\b\d{2}:\d{2}\b", text)) >= 4
    assert "Page 1 of" in text and "{" not in text
    with handle.practice.reading() as session:
        printed_documents = session.scalars(
            select(AuditEntry.detail).where(AuditEntry.action == "print")
        ).all()
    assert any("session_summary" in str(detail) for detail in printed_documents)


@needs_poppler
@pytest.mark.parametrize(("country", "number"), [("GB", "999"), ("CN", "120"), ("PL", "112")])
def test_the_aftercare_sheet_gives_the_emergency_number_where_the_clinic_is(
    handle, client, tmp_path, country, number
):
    practice = handle.practice
    details = clinic.clinic_details(practice)
    clinic.update_clinic_details(practice, details=replace(details, country=country))
    history.record_item(practice, client_id=client.id, kind="id_check", text="Passport seen")
    record = _draft(handle, client, family="dermal_filler")

    text = " ".join(text_of(aftercare_pdf(handle, client, record), tmp_path).split())

    assert re.search(rf"\b{number}\b", text) and "{emergency}" not in text
