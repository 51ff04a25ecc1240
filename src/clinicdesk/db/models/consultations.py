"""Consultations, the treatment plans they lead to, and answers a client gave at the kiosk.

Tables:
  consultations            one consultation with a client: `answers` is JSON of what the
                           wizard asked (concerns, goals, the expectation agreed, lifestyle
                           and budget, skin assessment, treatments considered and their
                           screening, recommendation, consents). A draft is saved and
                           resumed as often as needed; once `status` is "final" the row is
                           never updated again (a trigger refuses it) and corrections are
                           amendments.
  consultation_amendments  a correction to a final consultation: the answer changed, its old
                           and new value, the reason, who and when. Never updated.
  treatment_plans          a course of treatment for a client, started as a draft from a
                           consultation's recommendation (or from scratch): goals, the
                           expectation and the timeline agreed with the client, the price
                           (`price_currency` and `price_minor` both empty while no price is
                           known), the first day (`start_on`), status (draft, agreed,
                           in progress, completed, stopped), when it was agreed, and why it
                           was stopped.
  plan_treatments          the treatments of a plan: family (as the screening rules know
                           it), the service booked, how many sessions and how far apart.
  plan_sessions            one row per planned session of a plan treatment (`number` 1..n)
                           with the day it is planned for, if known: computed from the
                           plan's first day and the interval, then moved one by one.
  plan_changes             a change to a plan once agreed with the client (a field, a
                           session moved, a change of status): what, its old and new value
                           as JSON, the reason, who and when. Never updated.
  intake_submissions       a health questionnaire the client filled in at the kiosk, as JSON
                           answers, waiting for the practitioner to accept it into the
                           history or discard it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from clinicdesk.db.base import Base, IdMixin, TimestampMixin, UTCDateTime, utc_now


class Consultation(IdMixin, TimestampMixin, Base):
    __tablename__ = "consultations"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), nullable=False, index=True
    )
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="draft")
    practitioner: Mapped[str] = mapped_column(String(200), nullable=False)
    answers: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    finalised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ConsultationAmendment(IdMixin, Base):
    __tablename__ = "consultation_amendments"

    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultations.id", ondelete="CASCADE"), nullable=False, index=True
    )
    field: Mapped[str] = mapped_column(String(64), nullable=False)
    old_value: Mapped[str] = mapped_column(Text, nullable=False)
    new_value: Mapped[str] = mapped_column(Text, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    actor: Mapped[str] = mapped_column(String(200), nullable=False)


class TreatmentPlan(IdMixin, TimestampMixin, Base):
    __tablename__ = "treatment_plans"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), nullable=False, index=True
    )
    consultation_id: Mapped[int | None] = mapped_column(
        ForeignKey("consultations.id", ondelete="SET NULL")
    )
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="draft")
    goals: Mapped[str] = mapped_column(Text, nullable=False, default="")
    expectation: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_by: Mapped[str] = mapped_column(String(200), nullable=False)
    timeline: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Both empty while the plan has no price yet (0 would read as "free of charge").
    price_currency: Mapped[str | None] = mapped_column(String(3))
    price_minor: Mapped[int | None] = mapped_column(Integer)
    start_on: Mapped[date | None] = mapped_column(Date)
    stop_reason: Mapped[str | None] = mapped_column(Text)
    agreed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class PlanTreatment(IdMixin, Base):
    __tablename__ = "plan_treatments"

    plan_id: Mapped[int] = mapped_column(
        ForeignKey("treatment_plans.id", ondelete="CASCADE"), nullable=False, index=True
    )
    family: Mapped[str] = mapped_column(String(64), nullable=False)
    service_code: Mapped[str | None] = mapped_column(String(64))
    sessions: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    interval_days: Mapped[int | None] = mapped_column(Integer)


class PlanSession(IdMixin, Base):
    __tablename__ = "plan_sessions"
    __table_args__ = (UniqueConstraint("plan_treatment_id", "number"),)

    plan_treatment_id: Mapped[int] = mapped_column(
        ForeignKey("plan_treatments.id", ondelete="CASCADE"), nullable=False
    )
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    planned_on: Mapped[date | None] = mapped_column(Date)


class PlanChange(IdMixin, Base):
    __tablename__ = "plan_changes"

    plan_id: Mapped[int] = mapped_column(
        ForeignKey("treatment_plans.id", ondelete="CASCADE"), nullable=False, index=True
    )
    what: Mapped[str] = mapped_column(String(64), nullable=False)
    old_value: Mapped[str] = mapped_column(Text, nullable=False)
    new_value: Mapped[str] = mapped_column(Text, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    actor: Mapped[str] = mapped_column(String(200), nullable=False)


class IntakeSubmission(IdMixin, Base):
    __tablename__ = "intake_submissions"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), nullable=False, index=True
    )
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    language: Mapped[str] = mapped_column(String(16), nullable=False)
    answers: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="pending")
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reviewed_by: Mapped[str | None] = mapped_column(String(200))
