"""A client's medical and cosmetic history: recorded, revised and removed as new versions.

Nothing is overwritten: `history()` gives the newest version of each item recorded by a
given time, so the record shows what was known on any day. The audit names the section
changed, never the health information itself.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.db.base import json_text
from clinicdesk.db.models import HistoryEntry, HistoryReview
from clinicdesk.db.models.history import CODE_MAX, TEXT_MAX
from clinicdesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from clinicdesk.rules import codes
from clinicdesk.services import audit
from clinicdesk.services.clients import require_client
from clinicdesk.services.practice import Practice

KINDS = codes.HISTORY_KINDS
SINGLE_VALUED = codes.SINGLE_VALUED
EXTRA_CODES = codes.EXTRA_CODES
SOURCES = ("practitioner", "client", "consultation")
EARLIEST = date(1900, 1, 1)


@dataclass(frozen=True)
class HistoryItem:
    item_key: str
    kind: str
    code: str | None
    text: str
    started: date | None
    ended: date | None
    details: Mapping[str, Any] = field(default_factory=dict)
    recorded_at: datetime | None = None
    recorded_by: str = ""
    source: str = "practitioner"
    removed: bool = False


def _item(row: HistoryEntry) -> HistoryItem:
    return HistoryItem(
        item_key=row.item_key,
        kind=row.kind,
        code=row.code,
        text=row.text,
        started=row.started,
        ended=row.ended,
        details=json.loads(row.details),
        recorded_at=row.recorded_at,
        recorded_by=row.recorded_by,
        source=row.source,
        removed=row.removed,
    )


def _problem(message: str, item_field: str, **args: Any) -> ValidationError:
    return ValidationError(message, field=item_field, **args)


def _check(
    kind: str,
    code: str | None,
    text: str,
    started: date | None,
    ended: date | None,
    today: date,
) -> None:
    if kind not in KINDS:
        raise _problem(QT_TRANSLATE_NOOP("ClinicDeskError", "Unknown history section."), "kind")
    if not (code or text.strip()):
        raise _problem(
            QT_TRANSLATE_NOOP("ClinicDeskError", "Choose an entry from the list or describe it."),
            "text",
        )
    if code is not None and (len(code) > CODE_MAX or code not in codes.history_codes(kind)):
        raise _problem(QT_TRANSLATE_NOOP("ClinicDeskError", "Unknown history code."), "code")
    if len(text) > TEXT_MAX:
        raise _problem(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "This text is {length} characters long; at most {limit} fit. "
                "Shorten it or put the rest in the client's notes.",
            ),
            "text",
            length=len(text),
            limit=TEXT_MAX,
        )
    for name, day in (("started", started), ("ended", ended)):
        if day is not None and not (EARLIEST <= day <= today):
            raise _problem(
                QT_TRANSLATE_NOOP(
                    "ClinicDeskError",
                    "The date {date} is not possible here: it must be between 1900 and today.",
                ),
                name,
                date=day.isoformat(),
            )
    if started is not None and ended is not None and ended < started:
        raise _problem(
            QT_TRANSLATE_NOOP("ClinicDeskError", "The end date is before the start date."),
            "ended",
        )


def record_item(
    practice: Practice,
    *,
    client_id: int,
    kind: str,
    code: str | None = None,
    text: str = "",
    started: date | None = None,
    ended: date | None = None,
    details: Mapping[str, Any] | None = None,
    item_key: str | None = None,
    source: str = "practitioner",
    at: datetime | None = None,
) -> HistoryItem:
    """Add an item, or (with `item_key`) a new version of one; returns it as stored."""
    with practice.writing() as session:
        require_client(session, client_id)
        return add_version(
            session,
            client_id=client_id,
            kind=kind,
            code=code,
            text=text,
            started=started,
            ended=ended,
            details=details,
            item_key=item_key,
            source=source,
            at=at,
        )


def add_version(
    session: Session,
    *,
    client_id: int,
    kind: str,
    code: str | None = None,
    text: str = "",
    started: date | None = None,
    ended: date | None = None,
    details: Mapping[str, Any] | None = None,
    item_key: str | None = None,
    source: str = "practitioner",
    at: datetime | None = None,
) -> HistoryItem:
    """`record_item` inside a caller's transaction (a questionnaire accepted as a whole)."""
    at = at or datetime.now(UTC)
    text = text.strip()
    _check(kind, code, text, started, ended, at.date())
    if source not in SOURCES:
        raise ValueError(f"unknown history source {source!r}")
    key = item_key or (kind if kind in SINGLE_VALUED else uuid.uuid4().hex)
    row = HistoryEntry(
        client_id=client_id,
        item_key=key,
        kind=kind,
        code=code,
        text=text,
        started=started,
        ended=ended,
        details=json_text(dict(details or {})),
        recorded_at=at,
        recorded_by=session.info["actor"],
        source=source,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        "history_revise" if item_key else "history_add",
        entity_type="history",
        entity_id=row.id,
        client_id=client_id,
        detail={"section": kind, "source": source},
    )
    return _item(row)


def remove_item(practice: Practice, *, client_id: int, item_key: str) -> None:
    """Record that an item no longer applies (it stays in the earlier versions)."""
    with practice.writing() as session:
        remove_version(session, client_id=client_id, item_key=item_key)


def remove_version(
    session: Session, *, client_id: int, item_key: str, source: str = "practitioner"
) -> None:
    """`remove_item` inside a caller's transaction."""
    latest = session.scalars(
        select(HistoryEntry)
        .where(HistoryEntry.client_id == client_id, HistoryEntry.item_key == item_key)
        .order_by(HistoryEntry.recorded_at.desc(), HistoryEntry.id.desc())
        .limit(1)
    ).first()
    if latest is None or latest.removed:
        raise NotFound(QT_TRANSLATE_NOOP("ClinicDeskError", "This history entry no longer exists."))
    row = HistoryEntry(
        client_id=client_id,
        item_key=item_key,
        kind=latest.kind,
        code=latest.code,
        text=latest.text,
        started=latest.started,
        ended=latest.ended,
        details=latest.details,
        removed=True,
        recorded_at=datetime.now(UTC),
        recorded_by=session.info["actor"],
        source=source,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        "history_remove",
        entity_type="history",
        entity_id=row.id,
        client_id=client_id,
        detail={"section": latest.kind, "source": source},
    )


def history(
    practice: Practice, *, client_id: int, as_of: datetime | None = None
) -> list[HistoryItem]:
    """The items known at `as_of` (default: now), newest version of each, in section order."""
    query = select(HistoryEntry).where(HistoryEntry.client_id == client_id)
    if as_of is not None:
        query = query.where(HistoryEntry.recorded_at <= as_of)
    with practice.reading() as session:
        rows = session.scalars(query.order_by(HistoryEntry.recorded_at, HistoryEntry.id)).all()
    newest: dict[str, HistoryEntry] = {}
    for row in rows:
        newest[row.item_key] = row
    items = [_item(row) for row in newest.values() if not row.removed]
    order = {kind: n for n, kind in enumerate(KINDS)}
    return sorted(items, key=lambda i: (order[i.kind], i.started or EARLIEST, i.text))


def versions(practice: Practice, *, client_id: int, item_key: str) -> list[HistoryItem]:
    """Every version of one item, oldest first."""
    with practice.reading() as session:
        rows = session.scalars(
            select(HistoryEntry)
            .where(HistoryEntry.client_id == client_id, HistoryEntry.item_key == item_key)
            .order_by(HistoryEntry.recorded_at, HistoryEntry.id)
        ).all()
        return [_item(row) for row in rows]


def mark_reviewed(practice: Practice, *, client_id: int, at: datetime | None = None) -> None:
    with practice.writing() as session:
        require_client(session, client_id)
        session.add(
            HistoryReview(
                client_id=client_id,
                reviewed_at=at or datetime.now(UTC),
                reviewed_by=practice.actor,
            )
        )
        audit.record(session, "history_review", entity_type="client", client_id=client_id)


def last_reviewed(practice: Practice, *, client_id: int) -> datetime | None:
    with practice.reading() as session:
        return session.scalars(
            select(HistoryReview.reviewed_at)
            .where(HistoryReview.client_id == client_id)
            .order_by(HistoryReview.reviewed_at.desc())
            .limit(1)
        ).first()
