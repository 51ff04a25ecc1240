"""Clients and what makes them findable.

Tables:
  clients              one row per client: names in any script, date of birth,
                       sex and gender, contact details, postal address, preferred
                       language, referral, marketing consent, free notes.
                       `sort_name` is the folded "family given" used for ordering;
                       `phone_e164` the phone in international form when it parses.
  client_search_keys   folded prefixes to match short queries (one or two
                       characters, such as a Chinese given name): each name, each
                       name word, family+given joined, email, phone digits.
  client_search        (FTS5, trigram, created in the migration, not mapped) one
                       document per client, rowid = client id, for substring search
                       of three characters or more.

Both search tables are rewritten by services.client_search in the same
transaction as the client row, so search never shows a stale or missing client.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from clinicdesk.db.base import Base, IdMixin, TimestampMixin, UTCDateTime

# Field limits, checked by the service before saving so nothing is cut silently.
NAME_MAX = 200
PHONE_MAX = 50
EMAIL_MAX = 254
ADDRESS_MAX = 200
POSTAL_CODE_MAX = 20
CITY_MAX = 100
SHORT_TEXT_MAX = 100
NOTES_MAX = 20_000


class Client(IdMixin, TimestampMixin, Base):
    __tablename__ = "clients"

    given_name: Mapped[str] = mapped_column(String(NAME_MAX), nullable=False)
    family_name: Mapped[str] = mapped_column(String(NAME_MAX), nullable=False)
    preferred_name: Mapped[str | None] = mapped_column(String(NAME_MAX))
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    sex: Mapped[str | None] = mapped_column(String(16))
    gender: Mapped[str | None] = mapped_column(String(SHORT_TEXT_MAX))
    phone: Mapped[str | None] = mapped_column(String(PHONE_MAX))
    phone_e164: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(EMAIL_MAX))
    address_line1: Mapped[str | None] = mapped_column(String(ADDRESS_MAX))
    address_line2: Mapped[str | None] = mapped_column(String(ADDRESS_MAX))
    postal_code: Mapped[str | None] = mapped_column(String(POSTAL_CODE_MAX))
    city: Mapped[str | None] = mapped_column(String(CITY_MAX))
    country: Mapped[str | None] = mapped_column(String(2))
    preferred_language: Mapped[str | None] = mapped_column(String(10))
    referral_source: Mapped[str | None] = mapped_column(String(SHORT_TEXT_MAX))
    referred_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="SET NULL")
    )
    marketing_consent: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    marketing_consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    notes: Mapped[str | None] = mapped_column(Text)
    sort_name: Mapped[str] = mapped_column(String(2 * NAME_MAX + 1), nullable=False, index=True)

    __table_args__ = (
        Index("ix_clients_date_of_birth", "date_of_birth"),
        Index("ix_clients_updated_at", "updated_at"),
    )


class ClientSearchKey(Base):
    __tablename__ = "client_search_keys"

    key: Mapped[str] = mapped_column(String(500), primary_key=True)
    client_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True
    )

    __table_args__ = (Index("ix_client_search_keys_client_id", "client_id", "key"),)
