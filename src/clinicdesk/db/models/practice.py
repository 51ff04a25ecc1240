"""The practice itself.

Tables:
  practice_settings  one row per setting of the practice (clinic name, address,
                     phone, country, currency, language); `value` is JSON text.
                     Preferences of one computer (window geometry) are not here.
  staff              the people who work in ClinicDesk; every audit entry and,
                     later, every session note names one of them. Staff are made
                     inactive, never deleted, so old records keep their author.
"""

from __future__ import annotations

from sqlalchemy import Boolean, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from clinicdesk.db.base import Base, IdMixin, TimestampMixin


class PracticeSetting(Base):
    __tablename__ = "practice_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class StaffMember(IdMixin, TimestampMixin, Base):
    __tablename__ = "staff"

    display_name: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(32), nullable=False, default="practitioner")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
