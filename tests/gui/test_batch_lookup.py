"""Batch look-up for a recall: the clients who received a lot, printed and saved as CSV."""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from clinicdesk.services import clients, products, session_changes, sessions
from clinicdesk.services.client_fields import ClientFields
from clinicdesk.services.sessions import SessionProductInput
from clinicdesk.ui.batch_lookup import BatchLookupDialog
from clinicdesk.ui.practice_handle import PracticeHandle


@pytest.fixture
def recalled(practice):
    """Two clients treated with lot HA-2201, one with another lot."""
    serum = products.add_product(practice, name="Skinbooster", family="microneedling", unit="ml")
    lot = products.add_batch(
        practice, product_id=serum.id, lot="HA-2201", expires_on=date.today() + timedelta(days=90)
    )
    other = products.add_batch(
        practice, product_id=serum.id, lot="HA-9999", expires_on=date.today() + timedelta(days=90)
    )
    treated = []
    for given, family, phone, batch in (
        ("Łucja", "Wąsowska", "+48 601 234 567", lot),
        ("芳", "王", "+86 138 1234 5678", lot),
        ("Marc", "Dupont", "06 12 34 56 78", other),
    ):
        client = clients.create_client(
            practice, data=ClientFields(given_name=given, family_name=family, phone=phone)
        )
        record, _screening = sessions.start_session(
            practice,
            client_id=client.id,
            family="microneedling",
            performed_at=datetime.now(UTC) - timedelta(days=len(treated) + 1),
        )
        session_changes.save_draft(
            practice,
            session_id=record.id,
            notes={},
            products=[SessionProductInput(batch.id, Decimal("1.5"), "ml")],
        )
        treated.append(client.id)
    return treated


@pytest.fixture
def dialog(qtbot, practice):
    handle = PracticeHandle()
    handle.set(practice)
    window = BatchLookupDialog(handle)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_lot_finds_exactly_the_clients_who_received_it(qtbot, dialog, recalled):
    assert not dialog.csv_button.isEnabled()
    qtbot.keyClicks(dialog.lot, " ha-2201 ")
    dialog.search()
    names = [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]
    assert sorted(names) == sorted(
        ["Łucja Wąsowska", "王芳"]
    )  # a Chinese name is written family name first
    assert "2" in dialog.summary.text()
    with qtbot.waitSignal(dialog.open_client) as opened:
        dialog.table.cellDoubleClicked.emit(0, 0)
    assert opened.args[0] in recalled[:2]


def test_the_list_saves_as_csv_for_excel(tmp_path, dialog, recalled):
    dialog.lot.setText("HA-2201")
    dialog.search()
    path = tmp_path / "recall.csv"
    assert dialog.write_csv(str(path))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][2] == "Client" and len(rows) == 3
    assert {row[3] for row in rows[1:]} == {"'+48 601 234 567", "'+86 138 1234 5678"}


def test_the_printed_list_names_the_clients(tmp_path, dialog, recalled):
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    dialog.lot.setText("HA-2201")
    dialog.search()
    pdf = tmp_path / "recall.pdf"
    pdf.write_bytes(dialog.recall_pdf())
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True
    ).stdout.decode()
    assert "+86 138 1234 5678" in text  # a phone number is dialled from one line
    text = "".join(text.split())  # other cells wrap anywhere
    for expected in ("HA-2201", "ŁucjaWąsowska", "+8613812345678", "王芳"):
        assert expected in text
    assert "Dupont" not in text


def test_an_unknown_lot_says_so(dialog, recalled):
    dialog.lot.setText("NOPE-1")
    dialog.search()
    assert dialog.table.rowCount() == 0
    assert not dialog.print_button.isEnabled()
    assert dialog.summary.text()
