"""Follow-ups: the contacts made with clients about their recalls.

Tables:
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

    __table_args__ = (Index("ix_recall_contacts_client_contacted", "client_id", "contacted_at"),)
