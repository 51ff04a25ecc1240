"""The treatment catalogue: what the practice offers.

Tables:
  treatment_families  one row per family (botulinum toxin, chemical peel, laser / IPL…),
                      `code` as the screening rules know it; names, default aftercare and
                      the patch-test policy are JSON keyed by language or field; the
                      consent template it needs and the photo views a session takes.
                      Seeded from resources/rules/treatments.toml, then the practice's
                      own: edited in Settings, retired (`active` false), never deleted.
  treatment_services  what is booked and priced, under a family ("Lash lift", "Three
                      areas"); names JSON keyed by language; price in minor units.
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from clinicdesk.db.base import Base, IdMixin, TimestampMixin, money_column
from clinicdesk.rules.money import Money


class TreatmentFamily(IdMixin, TimestampMixin, Base):
    __tablename__ = "treatment_families"

    code: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    names: Mapped[str] = mapped_column(Text, nullable=False)
    requires_consent: Mapped[bool] = mapped_column(Boolean, nullable=False)
    consent_template: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    photo_views: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    patch_test: Mapped[str] = mapped_column(Text, nullable=False)
    aftercare: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class TreatmentService(IdMixin, TimestampMixin, Base):
    __tablename__ = "treatment_services"

    family_id: Mapped[int] = mapped_column(
        ForeignKey("treatment_families.id"), nullable=False, index=True
    )
    code: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    names: Mapped[str] = mapped_column(Text, nullable=False)
    duration_minutes: Mapped[int] = mapped_column(Integer, nullable=False)
    price: Mapped[Money] = money_column("price")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
