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
                           consultation's recommendation: goals, the expectation agreed,
                           status (draft, agreed, in progress, completed, stopped).
  plan_treatments          the treatments of a plan: family (as the screening rules know
                           it), the service booked, how many sessions and how far apart.
  intake_submissions       a health questionnaire the client filled in at the kiosk, as JSON
                           answers, waiting for the practitioner to accept it into the
                           history or discard it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
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


class PlanTreatment(IdMixin, Base):
    __tablename__ = "plan_treatments"

    plan_id: Mapped[int] = mapped_column(
        ForeignKey("treatment_plans.id", ondelete="CASCADE"), nullable=False, index=True
    )
    family: Mapped[str] = mapped_column(String(64), nullable=False)
    service_code: Mapped[str | None] = mapped_column(String(64))
    sessions: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    interval_days: Mapped[int | None] = mapped_column(Integer)


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
