"""Settings ▸ Products: adding a product and its batches, expired ones marked."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from clinicdesk.services import products
from clinicdesk.ui.practice_handle import PracticeHandle
from clinicdesk.ui.products_editor import BatchDialog, ProductsEditor


@pytest.fixture
def editor(qtbot, practice):
    handle = PracticeHandle()
    handle.set(practice)
    widget = ProductsEditor(handle)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_product_is_added_with_its_unit_and_usual_maximum(editor, practice):
    assert editor.empty.isVisible()
    editor.new_product()
    editor.name.setText("Juvéderm Volbella")
    editor.family.setCurrentIndex(editor.family.findData("dermal_filler"))
    editor.unit.setCurrentIndex(editor.unit.findData("ml"))
    editor.usual_max.setText("2,0")
    editor.save()
    [saved] = products.products(practice)
    assert (saved.name, saved.family, saved.unit, str(saved.usual_max)) == (
        "Juvéderm Volbella",
        "dermal_filler",
        "ml",
        "2.000",
    )
    assert editor.list.currentItem().text() == "Juvéderm Volbella"


def test_a_bad_usual_maximum_is_shown_beside_the_field(editor, practice):
    editor.new_product()
    editor.name.setText("Profhilo")
    editor.usual_max.setText("lots")
    editor.save()
    assert editor.errors["usual_max"].isVisible()
    assert products.products(practice) == []
    assert editor.name.text() == "Profhilo"


def test_batches_are_added_and_expired_ones_marked(qtbot, editor, practice):
    product = products.add_product(
        practice, name="Azzalure", family="botulinum_toxin", unit="units"
    )
    products.add_batch(
        practice, product_id=product.id, lot="OLD1", expires_on=date.today() - timedelta(days=3)
    )
    editor.reload(select=product.id)
    dialog = BatchDialog(editor._handle, product, editor)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.lot.setText("NEW7")
    dialog.accept()
    assert dialog.errors["expires_on"].isVisible()  # no expiry typed: asked, nothing saved
    dialog.expires.set_value(date.today() + timedelta(days=200))
    dialog.accept()
    assert dialog.result()
    editor.reload(select=product.id)
    cells = [
        (editor.batches.item(r, 0).text(), editor.batches.item(r, 1).text())
        for r in range(editor.batches.rowCount())
    ]
    assert cells[0][0] == "NEW7" and "expired" not in cells[0][1]
    assert cells[1][0] == "OLD1" and "expired" in cells[1][1]
