"""The audit log: who did what, when, to which record. Append-only.

Tables:
  audit_log  one row per action (create, update, view, print, export, unlock,
             failed unlock, import, ...). `seq` orders the chain; `hash` is
             HMAC-SHA256 under a key derived from the data key over the previous
             row's hash and this row's canonical content, so a removed, altered or
             reordered row breaks every hash after it. The newest (seq, hash) is
             also kept in the vault header, outside the database, so a database
             swapped for an older copy is detected. `client_id` is a plain
             integer, not a foreign key: the trail outlives an erased record.
             `detail` is JSON with field names and counts, never client data.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from clinicdesk.db.base import Base, UTCDateTime


class AuditEntry(Base):
    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    actor: Mapped[str] = mapped_column(String(200), nullable=False)
    action: Mapped[str] = mapped_column(String(32), nullable=False, index=True)
    entity_type: Mapped[str | None] = mapped_column(String(32))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    client_id: Mapped[int | None] = mapped_column(Integer, index=True)
    detail: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)
