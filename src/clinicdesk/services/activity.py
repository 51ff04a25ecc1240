"""What happened to a client's record, read back from the audit log."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from clinicdesk.db.models import AuditEntry
from clinicdesk.services.practice import Practice


@dataclass(frozen=True)
class Activity:
    at: datetime
    actor: str
    action: str
    detail: dict[str, Any]


def recent_activity(practice: Practice, *, client_id: int, limit: int = 20) -> list[Activity]:
    """The newest entries about this client, newest first."""
    with practice.reading() as session:
        rows = session.execute(
            select(AuditEntry.at, AuditEntry.actor, AuditEntry.action, AuditEntry.detail)
            .where(AuditEntry.client_id == client_id)
            .order_by(AuditEntry.seq.desc())
            .limit(limit)
        )
        return [
            Activity(at, actor, action, json.loads(detail)) for at, actor, action, detail in rows
        ]
