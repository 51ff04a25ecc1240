"""The product catalogue and its batches: expiry, duplicates, quantities."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from clinicdesk.db.models import AuditEntry
from clinicdesk.errors import ValidationError
from clinicdesk.services import products

TODAY = date.today()


@pytest.fixture
def toxin(practice):
    return products.add_product(
        practice, name="Bocouture 50 U", family="botulinum_toxin", unit="units",
        usual_max=Decimal(60),
    )  # fmt: skip


def test_a_product_needs_a_name_that_fits(practice):
    with pytest.raises(ValidationError) as raised:
        products.add_product(practice, name="  ", family=None, unit="ml")
    assert raised.value.field == "name"
    with pytest.raises(ValidationError):
        products.add_product(practice, name="x" * 201, family=None, unit="ml")
    assert products.products(practice) == []


def test_batches_in_date_are_offered_soonest_expiry_first(practice, toxin):
    later = products.add_batch(
        practice, product_id=toxin.id, lot="C9001", expires_on=TODAY + timedelta(days=300)
    )
    sooner = products.add_batch(
        practice, product_id=toxin.id, lot="C8001", expires_on=TODAY + timedelta(days=30)
    )
    products.add_batch(
        practice, product_id=toxin.id, lot="C7001", expires_on=TODAY - timedelta(days=1)
    )
    usable = products.usable_batches(practice, product_id=toxin.id, on=TODAY)
    assert [b.lot for b in usable] == [sooner.lot, later.lot]
    assert [b.lot for b in products.batches(practice, product_id=toxin.id)] == [
        "C9001",
        "C8001",
        "C7001",
    ]


def test_a_batch_can_be_used_on_its_expiry_day_and_not_after(practice, toxin):
    batch = products.add_batch(practice, product_id=toxin.id, lot="X1", expires_on=TODAY)
    with practice.reading() as session:
        assert products.require_usable_batch(session, batch_id=batch.id, on=TODAY).lot == "X1"
        with pytest.raises(ValidationError) as raised:
            products.require_usable_batch(session, batch_id=batch.id, on=TODAY + timedelta(days=1))
    assert raised.value.field == "batch"
    assert "X1" in str(raised.value) and TODAY.isoformat() in str(raised.value)


def test_a_lot_is_recorded_once_per_product(practice, toxin):
    products.add_batch(practice, product_id=toxin.id, lot="C1234", expires_on=TODAY)
    with pytest.raises(ValidationError) as raised:
        products.add_batch(practice, product_id=toxin.id, lot=" C1234 ", expires_on=TODAY)
    assert raised.value.field == "lot"
    with pytest.raises(ValidationError):
        products.add_batch(practice, product_id=toxin.id, lot="", expires_on=TODAY)
    with pytest.raises(ValidationError) as raised:
        products.add_batch(
            practice,
            product_id=toxin.id,
            lot="C5",
            expires_on=TODAY,
            received_on=TODAY + timedelta(days=1),
        )
    assert raised.value.field == "received_on"


@pytest.mark.parametrize(("typed", "value"), [("20", "20"), ("0,5", "0.5"), (" 1.25 ", "1.25")])
def test_quantities_are_read_as_typed(typed, value):
    assert products.parse_quantity(typed) == Decimal(value)


@pytest.mark.parametrize("typed", ["0", "-1", "abc", "", "1e9", "NaN", "Infinity"])
def test_zero_negative_and_absurd_quantities_are_refused(typed):
    with pytest.raises(ValidationError):
        products.parse_quantity(typed)


def test_a_large_quantity_is_questioned_not_refused(toxin):
    assert not products.above_usual(toxin, Decimal(60))
    assert products.above_usual(toxin, Decimal("60.5"))


def test_product_changes_are_audited_and_retired_products_hidden(practice, toxin):
    products.update_product(
        practice,
        product_id=toxin.id,
        name=toxin.name,
        family=toxin.family,
        unit=toxin.unit,
        usual_max=None,
        active=False,
    )
    assert products.products(practice) == []
    assert [p.name for p in products.products(practice, include_retired=True)] == [toxin.name]
    with practice.reading() as session:
        actions = session.scalars(select(AuditEntry.action)).all()
    assert {"product_add", "product_update"} <= set(actions)
