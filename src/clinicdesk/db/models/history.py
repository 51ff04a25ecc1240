"""Medical and cosmetic history, patch tests and the blocks a practitioner let through.

Tables:
  history_entries      one row per version of a history item: a condition, a medication,
                       an allergy, an implant, a previous treatment, the Fitzpatrick type…
                       `item_key` names the item across its versions; changing or
                       removing it adds a version (`removed` for a removal). Rows are
                       never updated (a trigger refuses it), so what was known on any day
                       is the newest version of each item recorded by then. `kind` is the
                       section, `code` the coded value when there is one, `text` what the
                       practitioner or client wrote, `started`/`ended` when it applied,
                       `details` JSON of the section's own fields (an allergy's reaction
                       and severity, a previous treatment's outcome). Rows go only with
                       the whole client, when a record is erased.
  history_reviews      each time the history was gone through with the client.
  patch_tests          product, batch, site, applied and read times, result, per
                       treatment family.
  screening_overrides  a contraindication block let through: the rule, its level, the
                       reason given, who and when. Never updated.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from clinicdesk.db.base import Base, IdMixin, UTCDateTime, utc_now

CODE_MAX = 64
TEXT_MAX = 2_000
PRODUCT_MAX = 200


class HistoryEntry(IdMixin, Base):
    __tablename__ = "history_entries"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), nullable=False
    )
    item_key: Mapped[str] = mapped_column(String(64), nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    code: Mapped[str | None] = mapped_column(String(CODE_MAX))
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    started: Mapped[date | None] = mapped_column(Date)
    ended: Mapped[date | None] = mapped_column(Date)
    details: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    removed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    recorded_by: Mapped[str] = mapped_column(String(200), nullable=False)
    source: Mapped[str] = mapped_column(String(32), nullable=False, default="practitioner")

    __table_args__ = (
        Index("ix_history_entries_client_id", "client_id", "item_key", "recorded_at"),
    )


class HistoryReview(IdMixin, Base):
    __tablename__ = "history_reviews"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), nullable=False, index=True
    )
    reviewed_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    reviewed_by: Mapped[str] = mapped_column(String(200), nullable=False)


class PatchTest(IdMixin, Base):
    __tablename__ = "patch_tests"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), nullable=False, index=True
    )
    family: Mapped[str] = mapped_column(String(CODE_MAX), nullable=False)
    product: Mapped[str] = mapped_column(String(PRODUCT_MAX), nullable=False)
    batch: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    site: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    result: Mapped[str | None] = mapped_column(String(16))  # negative, positive, inconclusive
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    recorded_by: Mapped[str] = mapped_column(String(200), nullable=False)


class ScreeningOverride(IdMixin, Base):
    __tablename__ = "screening_overrides"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), nullable=False, index=True
    )
    family: Mapped[str] = mapped_column(String(CODE_MAX), nullable=False)
    rule_id: Mapped[str] = mapped_column(String(CODE_MAX), nullable=False)
    level: Mapped[str] = mapped_column(String(16), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    context: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    actor: Mapped[str] = mapped_column(String(200), nullable=False)
