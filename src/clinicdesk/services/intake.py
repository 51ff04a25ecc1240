"""Health questionnaire answers becoming history: from the wizard, or the client at the kiosk.

In the consultation wizard the practitioner asks the questions, and the answers go into
the history straight away. At the kiosk the client answers alone; their answers wait as
a pending submission until the practitioner has read what would change and accepted it.
Either way the history gains new versions (source "consultation" or "client"); nothing
the client answered overwrites anything.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.db.base import json_text
from clinicdesk.db.models import IntakeSubmission
from clinicdesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from clinicdesk.rules import questionnaire
from clinicdesk.services import audit, history
from clinicdesk.services.clients import require_client
from clinicdesk.services.practice import Practice


@dataclass(frozen=True)
class Submission:
    id: int
    client_id: int
    submitted_at: datetime
    language: str
    answers: Mapping[str, Mapping[str, Any]]
    status: str


def _clean(answers: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    try:
        return questionnaire.clean_answers(
            questionnaire.load_questionnaire(), answers, today=datetime.now(UTC).date()
        )
    except questionnaire.AnswerError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "One answer cannot be kept as it is (a date that does not exist or is in the "
                "future, or a text that is too long). Check the highlighted question.",
            ),
            field=error.question_id,
        ) from error


def _apply(
    session: Session, *, client_id: int, changes: list[questionnaire.Change], source: str
) -> None:
    for change in changes:
        if change.action == "remove":
            assert change.item_key is not None
            history.remove_version(
                session, client_id=client_id, item_key=change.item_key, source=source
            )
        else:
            history.add_version(
                session,
                client_id=client_id,
                kind=change.kind,
                code=change.code,
                text=change.text,
                started=change.started,
                ended=change.ended,
                details=change.details,
                item_key=change.item_key,
                source=source,
            )


def proposed_changes(
    practice: Practice, *, client_id: int, answers: Mapping[str, Any]
) -> list[questionnaire.Change]:
    """What the answers would change in the history as it stands now."""
    return questionnaire.changes(
        questionnaire.load_questionnaire(),
        _clean(answers),
        history.history(practice, client_id=client_id),
    )


def apply_answers(
    practice: Practice, *, client_id: int, answers: Mapping[str, Any], source: str
) -> list[questionnaire.Change]:
    """Record in the history what the answers change, all or nothing; returns the changes."""
    changes = proposed_changes(practice, client_id=client_id, answers=answers)
    if changes:
        with practice.writing() as session:
            require_client(session, client_id)
            _apply(session, client_id=client_id, changes=changes, source=source)
    return changes


def current_answers(practice: Practice, *, client_id: int) -> dict[str, dict[str, Any]]:
    """The questionnaire as the history already answers it, to start from."""
    return questionnaire.answers_from_history(
        questionnaire.load_questionnaire(), history.history(practice, client_id=client_id)
    )


def submit(
    practice: Practice, *, client_id: int, language: str, answers: Mapping[str, Any]
) -> Submission:
    """Keep what the client answered at the kiosk until the practitioner reviews it."""
    cleaned = _clean(answers)
    with practice.writing() as session:
        require_client(session, client_id)
        row = IntakeSubmission(
            client_id=client_id,
            submitted_at=datetime.now(UTC),
            language=language,
            answers=json_text(cleaned),
            status="pending",
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            "intake_submit",
            entity_type="intake",
            entity_id=row.id,
            client_id=client_id,
        )
        return _submission(row)


def _submission(row: IntakeSubmission) -> Submission:
    return Submission(
        row.id, row.client_id, row.submitted_at, row.language, json.loads(row.answers), row.status
    )


def pending(practice: Practice, *, client_id: int) -> list[Submission]:
    with practice.reading() as session:
        rows = session.scalars(
            select(IntakeSubmission)
            .where(IntakeSubmission.client_id == client_id, IntakeSubmission.status == "pending")
            .order_by(IntakeSubmission.submitted_at)
        )
        return [_submission(row) for row in rows]


def _require_pending(session: Session, submission_id: int) -> IntakeSubmission:
    row = session.get(IntakeSubmission, submission_id)
    if row is None or row.status != "pending":
        raise NotFound(QT_TRANSLATE_NOOP("ClinicDeskError", "These answers were already reviewed."))
    return row


def accept(practice: Practice, *, submission_id: int) -> list[questionnaire.Change]:
    """Take the client's answers into the history, as one change."""
    with practice.reading() as session:
        submission = _submission(_require_pending(session, submission_id))
    changes = proposed_changes(practice, client_id=submission.client_id, answers=submission.answers)
    with practice.writing() as session:
        row = _require_pending(session, submission_id)
        _apply(session, client_id=row.client_id, changes=changes, source="client")
        _close(session, row, "accepted")
    return changes


def discard(practice: Practice, *, submission_id: int) -> None:
    with practice.writing() as session:
        _close(session, _require_pending(session, submission_id), "discarded")


def _close(session: Session, row: IntakeSubmission, status: str) -> None:
    row.status = status
    row.reviewed_at = datetime.now(UTC)
    row.reviewed_by = session.info["actor"]
    audit.record(
        session,
        f"intake_{status}",
        entity_type="intake",
        entity_id=row.id,
        client_id=row.client_id,
    )
