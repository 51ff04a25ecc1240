"""The product catalogue and its batches: what a session can record as used.

An expired batch is refused, never silently accepted: a practitioner choosing products
for a session is offered only the batches still in date, and recording a use checks the
expiry against the day of the session. A quantity above the product's usual largest
dose is not refused (a large area can need it) but the caller is told, so the screen
can ask for confirmation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.db.models.products import LOT_MAX, NAME_MAX, Product, ProductBatch
from clinicdesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from clinicdesk.rules import codes
from clinicdesk.services import audit
from clinicdesk.services.practice import Practice

UNITS = ("units", "ml", "syringes", "vials", "mg", "g", "pieces")
# Past this, a quantity is a typing slip whatever the product: refused outright.
ABSURD_QUANTITY = Decimal(10_000)


@dataclass(frozen=True)
class ProductRow:
    id: int
    name: str
    family: str | None
    unit: str
    usual_max: Decimal | None
    active: bool


@dataclass(frozen=True)
class BatchRow:
    id: int
    product_id: int
    lot: str
    expires_on: date
    received_on: date | None

    def expired_on(self, day: date) -> bool:
        """True when the batch may no longer be used on `day` (it expires at the end of
        its expiry date, as printed)."""
        return day > self.expires_on


def _product(row: Product) -> ProductRow:
    return ProductRow(row.id, row.name, row.family, row.unit, row.usual_max, row.active)


def _batch(row: ProductBatch) -> BatchRow:
    return BatchRow(row.id, row.product_id, row.lot, row.expires_on, row.received_on)


def _check_product(name: str, family: str | None, unit: str, usual_max: Decimal | None) -> None:
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "Name the product."), field="name"
        )
    if len(name) > NAME_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError", "This field holds at most {maximum} characters; it has {length}."
            ),
            field="name",
            maximum=NAME_MAX,
            length=len(name),
        )
    if family is not None and family not in codes.FAMILIES:
        raise ValueError(f"unknown treatment family {family!r}")
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r}")
    if usual_max is not None and not (0 < usual_max < ABSURD_QUANTITY):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "The usual largest quantity must be more than 0."),
            field="usual_max",
        )


def add_product(
    practice: Practice,
    *,
    name: str,
    family: str | None,
    unit: str,
    usual_max: Decimal | None = None,
) -> ProductRow:
    name = name.strip()
    _check_product(name, family, unit, usual_max)
    with practice.writing() as session:
        row = Product(name=name, family=family, unit=unit, usual_max=usual_max, active=True)
        session.add(row)
        session.flush()
        audit.record(session, "product_add", entity_type="product", entity_id=row.id)
        return _product(row)


def update_product(
    practice: Practice,
    *,
    product_id: int,
    name: str,
    family: str | None,
    unit: str,
    usual_max: Decimal | None,
    active: bool,
) -> ProductRow:
    name = name.strip()
    _check_product(name, family, unit, usual_max)
    with practice.writing() as session:
        row = _require_product(session, product_id)
        row.name, row.family, row.unit = name, family, unit
        row.usual_max, row.active = usual_max, active
        audit.record(session, "product_update", entity_type="product", entity_id=row.id)
        return _product(row)


def _require_product(session: Session, product_id: int) -> Product:
    row = session.get(Product, product_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("ClinicDeskError", "This product no longer exists."))
    return row


def products(
    practice: Practice, *, family: str | None = None, include_retired: bool = False
) -> list[ProductRow]:
    query = select(Product).order_by(Product.name)
    if family is not None:
        query = query.where(Product.family == family)
    if not include_retired:
        query = query.where(Product.active.is_(True))
    with practice.reading() as session:
        return [_product(row) for row in session.scalars(query)]


def add_batch(
    practice: Practice,
    *,
    product_id: int,
    lot: str,
    expires_on: date,
    received_on: date | None = None,
) -> BatchRow:
    lot = lot.strip()
    if not lot or len(lot) > LOT_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError", "Type the batch (lot) number as printed on the box."
            ),
            field="lot",
        )
    if received_on is not None and received_on > date.today():
        raise ValidationError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "A batch cannot arrive in the future."),
            field="received_on",
        )
    with practice.writing() as session:
        _require_product(session, product_id)
        taken = session.scalar(
            select(ProductBatch.id).where(
                ProductBatch.product_id == product_id, ProductBatch.lot == lot
            )
        )
        if taken is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ClinicDeskError", "This batch is already recorded."),
                field="lot",
            )
        row = ProductBatch(
            product_id=product_id, lot=lot, expires_on=expires_on, received_on=received_on
        )
        session.add(row)
        session.flush()
        audit.record(session, "batch_add", entity_type="batch", entity_id=row.id)
        return _batch(row)


def batches(practice: Practice, *, product_id: int) -> list[BatchRow]:
    """Every batch of a product, expired ones included, the newest expiry first."""
    with practice.reading() as session:
        rows = session.scalars(
            select(ProductBatch)
            .where(ProductBatch.product_id == product_id)
            .order_by(ProductBatch.expires_on.desc(), ProductBatch.id.desc())
        )
        return [_batch(row) for row in rows]


def usable_batches(practice: Practice, *, product_id: int, on: date) -> list[BatchRow]:
    """The batches still in date on `on`, the one expiring first first."""
    with practice.reading() as session:
        rows = session.scalars(
            select(ProductBatch)
            .where(ProductBatch.product_id == product_id, ProductBatch.expires_on >= on)
            .order_by(ProductBatch.expires_on, ProductBatch.id)
        )
        return [_batch(row) for row in rows]


def require_usable_batch(session: Session, *, batch_id: int, on: date) -> ProductBatch:
    """The batch, for recording its use on `on`; refuses an expired one."""
    row = session.get(ProductBatch, batch_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("ClinicDeskError", "This batch no longer exists."))
    if _batch(row).expired_on(on):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "Batch {lot} expired on {expiry}: it cannot be used. Choose another batch.",
            ),
            field="batch",
            lot=row.lot,
            expiry=row.expires_on.isoformat(),
        )
    return row


def parse_quantity(text: str) -> Decimal:
    """A quantity as typed ("0,5", "1.25", "20"); refuses zero, negatives and nonsense."""
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        value = Decimal(0)
    if not value.is_finite() or value <= 0 or value >= ABSURD_QUANTITY:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError", "Type a quantity more than 0, for example 20 or 0.5."
            ),
            field="quantity",
        )
    return value


def above_usual(product: ProductRow, quantity: Decimal) -> bool:
    """Whether to ask the practitioner to confirm an unusually large quantity."""
    return product.usual_max is not None and quantity > product.usual_max
