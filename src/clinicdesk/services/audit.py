"""Appending to the audit chain and checking it.

Each entry's hash is HMAC-SHA256 under the audit key (derived from the data key)
over the previous entry's hash and the entry's canonical content. Writers append
inside their own transaction, which began IMMEDIATE, so no two writers ever read
the same previous hash. After commit the Practice copies the newest (seq, hash)
into the vault header, outside the database.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from clinicdesk.db.models import AuditEntry
from clinicdesk.vault.kdf import hkdf_key

GENESIS = "0" * 64
_AUDIT_INFO = b"clinicdesk audit chain"


def audit_key(data_key: bytes) -> bytes:
    return hkdf_key(data_key, salt=b"", info=_AUDIT_INFO)


@dataclass(frozen=True)
class Event:
    """One thing that happened, before it is given its place in the chain."""

    action: str
    entity_type: str | None = None
    entity_id: int | None = None
    client_id: int | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    at: datetime | None = None


def _canonical(seq: int, at: datetime, actor: str, event: Event) -> bytes:
    content = {
        "seq": seq,
        "at": at.astimezone(UTC).isoformat(timespec="microseconds"),
        "actor": actor,
        "action": event.action,
        "entity_type": event.entity_type,
        "entity_id": event.entity_id,
        "client_id": event.client_id,
        "detail": event.detail,
    }
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def chain_hash(key: bytes, prev_hash: str, canonical: bytes) -> str:
    return hmac.new(key, prev_hash.encode() + canonical, hashlib.sha256).hexdigest()


def _head(session: Session) -> tuple[int, str]:
    row = session.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    return (row.seq, row.hash) if row else (0, GENESIS)


def append(session: Session, events: Iterable[Event]) -> tuple[int, str] | None:
    """Append events to the chain in this transaction; returns the new head, if any."""
    key: bytes = session.info["audit_key"]
    actor: str = session.info["actor"]
    seq, prev = _head(session)
    rows = []
    for event in events:
        seq += 1
        at = event.at or datetime.now(UTC)
        digest = chain_hash(key, prev, _canonical(seq, at, actor, event))
        rows.append(
            {
                "seq": seq,
                "at": at,
                "actor": actor,
                "action": event.action,
                "entity_type": event.entity_type,
                "entity_id": event.entity_id,
                "client_id": event.client_id,
                "detail": json.dumps(event.detail, sort_keys=True, ensure_ascii=False),
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    if not rows:
        return None
    session.execute(insert(AuditEntry), rows)
    session.info["audit_head"] = (seq, prev)
    return seq, prev


def record(session: Session, action: str, **fields: Any) -> None:
    append(session, [Event(action, **fields)])


@dataclass(frozen=True)
class ChainReport:
    entries: int
    first_bad_seq: int | None
    head: tuple[int, str] | None

    @property
    def intact(self) -> bool:
        return self.first_bad_seq is None


def _stored_entries(session: Session) -> Iterator[AuditEntry]:
    return iter(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).yield_per(2000))


def check_chain(session: Session, key: bytes) -> ChainReport:
    """Recompute every hash; name the first entry that does not fit."""
    prev, expected_seq, count = GENESIS, 1, 0
    head: tuple[int, str] | None = None
    for entry in _stored_entries(session):
        event = Event(
            entry.action,
            entry.entity_type,
            entry.entity_id,
            entry.client_id,
            json.loads(entry.detail),
        )
        digest = chain_hash(key, prev, _canonical(entry.seq, entry.at, entry.actor, event))
        if entry.seq != expected_seq or entry.prev_hash != prev or entry.hash != digest:
            return ChainReport(count, entry.seq, head)
        prev, expected_seq, count = digest, expected_seq + 1, count + 1
        head = (entry.seq, digest)
    return ChainReport(count, None, head)


def hash_at(session: Session, seq: int) -> str | None:
    return session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == seq))
