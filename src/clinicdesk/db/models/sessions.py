"""Treatment sessions: what was done to a client on a day, with what, and what followed.

Tables:
  treatment_sessions  one treatment given to a client: the family (as the screening rules
                      know it) and the service, the plan treatment it counts towards (if
                      any; emptied when that plan treatment is removed), when it was
                      performed (UTC), by whom, its status ("draft" until signed off,
                      then "final") and when it was signed off. `notes` is JSON of the
                      note: areas treated (and drawn on the chart with no product:
                      `chart`), device, device parameters {name: value},
                      skin reaction, observations, the client's comfort (0–10) and
                      feedback, whether aftercare was given and what, the next visit (a
                      day and/or words), and at sign-off a snapshot of the screening.
                      Once final the row is never updated (a trigger refuses it; only
                      the link to a removed plan treatment may be emptied) nor deleted
                      while the client exists; corrections are amendments.
  session_products    a product used in a session: the batch (lot) it came from, the
                      quantity and unit, the area or injection point, and its place in
                      the list (`position`). Rows of a final session are never added,
                      changed or deleted (triggers refuse it); they go only with the
                      session, when a client is erased. A batch used by a session cannot
                      be deleted, so a recall finds every client who received it.
  adverse_events      something that went wrong after or during a session: when it was
                      recorded, its severity (mild, moderate, severe), what happened,
                      the action taken and the follow-up, who recorded it. Added to a
                      draft or a final session (they often come later); never updated,
                      never deleted while the session exists.
  session_amendments  a correction to a final session: the field changed, its old and
                      new value (JSON), the reason, who and when. Never updated, never
                      deleted while the session exists.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from clinicdesk.db.base import Base, IdMixin, TimestampMixin, UTCDateTime, utc_now

AREA_MAX = 200


class TreatmentSession(IdMixin, TimestampMixin, Base):
    __tablename__ = "treatment_sessions"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), nullable=False
    )
    plan_treatment_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_treatments.id", ondelete="SET NULL"), index=True
    )
    family: Mapped[str] = mapped_column(String(64), nullable=False)
    service_code: Mapped[str | None] = mapped_column(String(64))
    performed_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    practitioner: Mapped[str] = mapped_column(String(200), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="draft")
    signed_off_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="{}")

    __table_args__ = (Index("ix_treatment_sessions_client_performed", "client_id", "performed_at"),)


class SessionProduct(IdMixin, Base):
    __tablename__ = "session_products"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("treatment_sessions.id", ondelete="CASCADE"), nullable=False, index=True
    )
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("product_batches.id"), nullable=False, index=True
    )
    quantity: Mapped[Decimal] = mapped_column(Numeric(12, 3, asdecimal=True), nullable=False)
    unit: Mapped[str] = mapped_column(String(16), nullable=False)
    area: Mapped[str] = mapped_column(String(AREA_MAX), nullable=False, default="")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    chart: Mapped[str | None] = mapped_column(Text)


class AdverseEvent(IdMixin, Base):
    __tablename__ = "adverse_events"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("treatment_sessions.id", ondelete="CASCADE"), nullable=False, index=True
    )
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    severity: Mapped[str] = mapped_column(String(16), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    action_taken: Mapped[str] = mapped_column(Text, nullable=False, default="")
    follow_up: Mapped[str] = mapped_column(Text, nullable=False, default="")
    actor: Mapped[str] = mapped_column(String(200), nullable=False)


class SessionAmendment(IdMixin, Base):
    __tablename__ = "session_amendments"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("treatment_sessions.id", ondelete="CASCADE"), nullable=False, index=True
    )
    field: Mapped[str] = mapped_column(String(64), nullable=False)
    old_value: Mapped[str] = mapped_column(Text, nullable=False)
    new_value: Mapped[str] = mapped_column(Text, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    actor: Mapped[str] = mapped_column(String(200), nullable=False)
