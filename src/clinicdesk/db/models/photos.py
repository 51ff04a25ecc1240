"""Clinical photos, and the keys of the encrypted blob store that holds their images.

Tables:
  photos     one photo of a client: the body area and view it shows (codes of
             rules/photo_views.py), the session it belongs to (if any; emptied when a
             draft session is discarded), a note, its consent scope (JSON list of the
             uses the client agreed to for it: clinical, teaching, marketing), when it
             was taken (UTC, from the camera's EXIF, when it said) and imported, its size
             in pixels as stored (upright), the SHA-256 of the stored original (what
             `clinicdesk verify` checks the decrypted blob against) and `alignment`, the
             comparison viewer's two landmarks (JSON, empty until placed). The images
             are not here: the original, preview and thumbnail are blobs named
             photo-<id>-<kind> (vault/blobs.py). Ids are AUTOINCREMENT, never reused, so
             a blob left by an erasure that was cut short can never pass for a new
             photo's. A client with photos cannot be deleted (RESTRICT): erasing a client
             must erase the photos through services.photos, which removes the blobs too.
  blob_keys  the random 256-bit keys that seal blobs; the newest seals new ones, each
             blob names the key that opens it. Kept only inside this encrypted database.
             Never updated, never deleted (triggers refuse it): every blob sealed with a
             key would be lost with it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from clinicdesk.db.base import Base, UTCDateTime, utc_now

AREA_MAX = 32
VIEW_MAX = 16
NOTE_MAX = 2_000


class Photo(Base):
    __tablename__ = "photos"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="RESTRICT"), nullable=False
    )
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("treatment_sessions.id", ondelete="SET NULL"), index=True
    )
    area: Mapped[str] = mapped_column(String(AREA_MAX), nullable=False)
    view: Mapped[str] = mapped_column(String(VIEW_MAX), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    consent_scope: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    taken_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, nullable=False, default=utc_now, onupdate=utc_now
    )
    width: Mapped[int] = mapped_column(Integer, nullable=False)
    height: Mapped[int] = mapped_column(Integer, nullable=False)
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    alignment: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        # The comparison viewer asks for one client's photos of an area and view.
        Index("ix_photos_client_area_view", "client_id", "area", "view"),
        # A file imported twice for the same client is found by its stored original.
        Index("ix_photos_client_hash", "client_id", "content_hash"),
        {"sqlite_autoincrement": True},
    )


class BlobKey(Base):
    __tablename__ = "blob_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[bytes] = mapped_column(LargeBinary(32), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)
