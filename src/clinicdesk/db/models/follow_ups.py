"""Follow-ups: the days clients were treated, and the contacts made with them about their
recalls.

Tables:
  treatment_days   for each client and treatment family with a signed-off session: the
                   latest local day of one (`latest_on`) and the latest day before that
                   (`previous_on`, none if treated on one day only), in the computer's
                   time zone when written. Indexed by family and latest day, with the
                   client and previous day, so that the follow-ups list reads the index
                   alone. Written only by triggers on treatment_sessions (migration
                   0008), which recompute a client's two days of a family from the
                   sessions whenever one becomes final or a final one is deleted; goes
                   with the client.
  recall_contacts  one contact with a client about a recall (a rule of
                   resources/rules/recalls.toml, by its id, after the treatment of
                   `treated_on`): when (UTC), how it went (called, no answer, letter sent,
                   booked, declined), a short note, who. Never updated, never deleted
                   while the client exists: the log is what the practice did, in order.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from clinicdesk.db.base import Base, IdMixin, UTCDateTime, utc_now

NOTE_MAX = 1000


class RecallContact(IdMixin, Base):
    __tablename__ = "recall_contacts"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), nullable=False
    )
    recall_id: Mapped[str] = mapped_column(String(64), nullable=False)
    treated_on: Mapped[date] = mapped_column(Date, nullable=False)
    contacted_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    outcome: Mapped[str] = mapped_column(String(16), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    actor: Mapped[str] = mapped_column(String(200), nullable=False)

    # The follow-ups list looks up the newest contact of each listed recall; a client's
    # whole log is a prefix of the same index.
    __table_args__ = (
        Index(
            "ix_recall_contacts_client_recall",
            "client_id",
            "recall_id",
            "treated_on",
            "contacted_at",
        ),
    )


class TreatmentDays(Base):
    __tablename__ = "treatment_days"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True
    )
    family: Mapped[str] = mapped_column(String(64), primary_key=True)
    latest_on: Mapped[date] = mapped_column(Date, nullable=False)
    previous_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        Index("ix_treatment_days_family_latest", "family", "latest_on", "client_id", "previous_on"),
    )
