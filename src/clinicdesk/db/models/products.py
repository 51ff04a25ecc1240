"""The products a practice uses in treatments, and the batches (lots) it holds of them.

Tables:
  products         a product as the practice buys it: name, the treatment family it is
                   for, the unit it is measured in (units, ml, syringes…), the usual
                   largest quantity for one session (a larger one is questioned, not
                   refused), retired (`active` false) rather than deleted.
  product_batches  one lot of a product: the lot number printed on the box, its expiry
                   date, when it arrived. A session records the batch it used, so a
                   recall can find every client who received it. An expired batch is
                   never offered and cannot be recorded as used.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from clinicdesk.db.base import Base, IdMixin, TimestampMixin

NAME_MAX = 200
LOT_MAX = 100


class Product(IdMixin, TimestampMixin, Base):
    __tablename__ = "products"

    name: Mapped[str] = mapped_column(String(NAME_MAX), nullable=False)
    family: Mapped[str | None] = mapped_column(String(64))
    unit: Mapped[str] = mapped_column(String(16), nullable=False)
    usual_max: Mapped[Decimal | None] = mapped_column(Numeric(12, 3, asdecimal=True))
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class ProductBatch(IdMixin, TimestampMixin, Base):
    __tablename__ = "product_batches"

    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), nullable=False, index=True)
    lot: Mapped[str] = mapped_column(String(LOT_MAX), nullable=False)
    expires_on: Mapped[date] = mapped_column(Date, nullable=False)
    received_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (UniqueConstraint("product_id", "lot", name="uq_product_batches_lot"),)
