"""Consultations: started, saved as drafts, resumed, finalised, then only amended.

The wizard saves its answers as a draft whenever the practitioner moves on or closes it,
so nothing is lost half-way. Finalising screens every treatment the recommendation plans
(an absolute contraindication, or a relative one without a reason recorded in this
consultation, refuses it), keeps a snapshot of that screening, and turns the
recommendation into a draft treatment plan, all in one transaction. A final consultation
is never rewritten (the database refuses it); a correction is an amendment kept beside
the original.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinicdesk.db.base import json_text
from clinicdesk.db.models import Consultation, ConsultationAmendment
from clinicdesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from clinicdesk.services import audit, plans, screening
from clinicdesk.services.clients import require_client
from clinicdesk.services.practice import Practice
from clinicdesk.services.reasons import WHY_CORRECTED, clean_reason

TEXT_FIELDS = (
    "reason",
    "concerns",
    "goals",
    "expectation",
    "timeframe",
    "lifestyle",
    "budget",
    "skin_notes",
    "recommendation",
    "next_steps",
)
PHOTO_SCOPES = ("clinical", "teaching", "marketing")
AMENDABLE = (*TEXT_FIELDS, "photo_consent")
TEXT_MAX = 5_000


@dataclass(frozen=True)
class Amendment:
    field: str
    old_value: Any
    new_value: Any
    reason: str
    at: datetime
    actor: str


@dataclass(frozen=True)
class ConsultationRecord:
    id: int
    client_id: int
    status: str
    practitioner: str
    answers: Mapping[str, Any]
    created_at: datetime
    updated_at: datetime
    finalised_at: datetime | None
    amendments: tuple[Amendment, ...] = ()

    @property
    def final(self) -> bool:
        return self.status == "final"

    @property
    def context(self) -> str:
        """What screening overrides given during this consultation are recorded under."""
        return context_of(self.id)

    def current(self, field: str) -> Any:
        """The answer as it stands after any amendments."""
        value = self.answers.get(field)
        for amendment in self.amendments:
            if amendment.field == field:
                value = amendment.new_value
        return value


def context_of(consultation_id: int) -> str:
    return f"consultation:{consultation_id}"


def _too_long(field: str, length: int) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "ClinicDeskError",
            "This text is {length} characters long; at most {limit} fit. "
            "Shorten it or put the rest in the client's notes.",
        ),
        field=field,
        length=length,
        limit=TEXT_MAX,
    )


def clean_answers(answers: Mapping[str, Any]) -> dict[str, Any]:
    """The wizard's answers checked and tidied; refuses rather than truncates."""
    cleaned: dict[str, Any] = {}
    for field in TEXT_FIELDS:
        value = str(answers.get(field) or "").strip()
        if len(value) > TEXT_MAX:
            raise _too_long(field, len(value))
        if value:
            cleaned[field] = value
    considered = [str(code) for code in answers.get("considered") or []]
    cleaned["considered"] = list(dict.fromkeys(considered))
    cleaned["plan"] = [
        {
            "family": str(item["family"]),
            "service_code": item.get("service_code") or None,
            "sessions": int(item.get("sessions", 1)),
            "interval_days": int(item["interval_days"]) if item.get("interval_days") else None,
        }
        for item in answers.get("plan") or []
    ]
    consent = answers.get("data_consent")
    cleaned["data_consent"] = None if consent is None else bool(consent)
    scopes = [s for s in answers.get("photo_consent") or [] if s in PHOTO_SCOPES]
    cleaned["photo_consent"] = [s for s in PHOTO_SCOPES if s in scopes]
    cleaned["page"] = int(answers.get("page") or 0)
    # The questionnaire as asked, kept with the draft; it reaches the history (checked
    # there) when the practitioner leaves the health page.
    cleaned["health"] = dict(answers.get("health") or {})
    return cleaned


def _record(
    row: Consultation, amendments: Sequence[ConsultationAmendment] = ()
) -> ConsultationRecord:
    return ConsultationRecord(
        id=row.id,
        client_id=row.client_id,
        status=row.status,
        practitioner=row.practitioner,
        answers=json.loads(row.answers),
        created_at=row.created_at,
        updated_at=row.updated_at,
        finalised_at=row.finalised_at,
        amendments=tuple(
            Amendment(
                a.field, json.loads(a.old_value), json.loads(a.new_value), a.reason, a.at, a.actor
            )
            for a in amendments
        ),
    )


def _require(session: Session, consultation_id: int) -> Consultation:
    row = session.get(Consultation, consultation_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("ClinicDeskError", "This consultation no longer exists."))
    return row


def _require_draft(session: Session, consultation_id: int) -> Consultation:
    row = _require(session, consultation_id)
    if row.status == "final":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "This consultation is final: it cannot be changed, only amended with a reason.",
            )
        )
    return row


def start(practice: Practice, *, client_id: int) -> ConsultationRecord:
    with practice.writing() as session:
        require_client(session, client_id)
        row = Consultation(
            client_id=client_id, status="draft", practitioner=practice.actor, answers="{}"
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            "consultation_start",
            entity_type="consultation",
            entity_id=row.id,
            client_id=client_id,
        )
        return _record(row)


def save_draft(
    practice: Practice, *, consultation_id: int, answers: Mapping[str, Any]
) -> ConsultationRecord:
    cleaned = clean_answers(answers)
    with practice.writing() as session:
        row = _require_draft(session, consultation_id)
        row.answers = json_text(cleaned)
        session.flush()
        return _record(row)


def latest_draft(practice: Practice, *, client_id: int) -> ConsultationRecord | None:
    """The client's unfinished consultation, to resume."""
    with practice.reading() as session:
        row = session.scalars(
            select(Consultation)
            .where(Consultation.client_id == client_id, Consultation.status == "draft")
            .order_by(Consultation.updated_at.desc(), Consultation.id.desc())
            .limit(1)
        ).first()
        return None if row is None else _record(row)


def get(practice: Practice, *, consultation_id: int) -> ConsultationRecord:
    with practice.reading() as session:
        row = _require(session, consultation_id)
        amendments = session.scalars(
            select(ConsultationAmendment)
            .where(ConsultationAmendment.consultation_id == consultation_id)
            .order_by(ConsultationAmendment.at, ConsultationAmendment.id)
        ).all()
        return _record(row, amendments)


def consultations(practice: Practice, *, client_id: int) -> list[ConsultationRecord]:
    """Every consultation of a client, newest first, with their amendments."""
    with practice.reading() as session:
        rows = session.scalars(
            select(Consultation)
            .where(Consultation.client_id == client_id)
            .order_by(Consultation.created_at.desc(), Consultation.id.desc())
        ).all()
        amendments = session.scalars(
            select(ConsultationAmendment)
            .where(ConsultationAmendment.consultation_id.in_([r.id for r in rows]))
            .order_by(ConsultationAmendment.at, ConsultationAmendment.id)
        ).all()
    by_consultation: dict[int, list[ConsultationAmendment]] = {}
    for amendment in amendments:
        by_consultation.setdefault(amendment.consultation_id, []).append(amendment)
    return [_record(row, by_consultation.get(row.id, ())) for row in rows]


def discard_draft(practice: Practice, *, consultation_id: int) -> None:
    with practice.writing() as session:
        row = _require_draft(session, consultation_id)
        audit.record(
            session,
            "consultation_discard",
            entity_type="consultation",
            entity_id=row.id,
            client_id=row.client_id,
        )
        session.delete(row)


def _screening_snapshot(found: screening.Screening) -> dict[str, Any]:
    return {
        "family": found.family,
        "findings": [{"rule": f.rule.id, "level": f.level.value} for f in found.findings],
        "patch_test": None if found.patch_test is None else found.patch_test.problem.value,
        "overridden": sorted(found.overridden),
        "blocked": found.blocked,
    }


def screening_snapshots(practice: Practice, record: ConsultationRecord) -> list[dict[str, Any]]:
    """The screening of the treatments considered: as kept when the consultation was
    finalised, or, for a draft, as it stands now."""
    kept: list[dict[str, Any]] | None = record.answers.get("screening")
    if kept is not None:
        return kept
    results = screening.screen_families(
        practice,
        client_id=record.client_id,
        families=list(record.answers.get("considered", [])),
        context=record.context,
    )
    return [_screening_snapshot(result) for result in results.values()]


def finalise(
    practice: Practice, *, consultation_id: int, answers: Mapping[str, Any]
) -> ConsultationRecord:
    """Make the consultation final and its recommendation a draft plan, or say what stops it."""
    cleaned = clean_answers(answers)
    if not cleaned.get("reason"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "Write why the client came."), field="reason"
        )
    if cleaned["data_consent"] is not True:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "The client's consent to keep their health data is needed to finalise "
                "the consultation: without it the clinic cannot keep their record.",
            ),
            field="data_consent",
        )
    with practice.reading() as session:
        client_id = _require_draft(session, consultation_id).client_id
    planned = [plans.PlannedTreatment(**item) for item in cleaned["plan"]]
    families = list(dict.fromkeys([*cleaned["considered"], *(p.family for p in planned)]))
    context = context_of(consultation_id)
    results = screening.screen_families(
        practice, client_id=client_id, families=families, context=context
    )
    for treatment in planned:
        if results[treatment.family].blocked:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ClinicDeskError",
                    "A planned treatment is ruled out by the client's history, or needs a "
                    "reason recorded before it can be planned. Take it out of the plan or "
                    "record the reason on the screening page.",
                ),
                field="plan",
            )
    cleaned["screening"] = [_screening_snapshot(results[f]) for f in families]
    with practice.writing() as session:
        row = _require_draft(session, consultation_id)
        row.answers = json_text(cleaned)
        row.status = "final"
        row.finalised_at = datetime.now(UTC)
        if planned:
            plans.add_draft_plan(
                session,
                client_id=row.client_id,
                consultation_id=row.id,
                goals=cleaned.get("goals", ""),
                expectation=cleaned.get("expectation", ""),
                treatments=planned,
            )
        audit.record(
            session,
            "consultation_final",
            entity_type="consultation",
            entity_id=row.id,
            client_id=row.client_id,
        )
        session.flush()
        return _record(row)


def amend(
    practice: Practice, *, consultation_id: int, field: str, new_value: Any, reason: str
) -> ConsultationRecord:
    """Correct one answer of a final consultation; the original stays as it was."""
    if field not in AMENDABLE:
        raise ValueError(f"{field!r} cannot be amended")
    reason = clean_reason(reason, WHY_CORRECTED)
    if field == "photo_consent":
        new_value = [s for s in PHOTO_SCOPES if s in (new_value or [])]
    else:
        new_value = str(new_value or "").strip()
        if len(new_value) > TEXT_MAX:
            raise _too_long("new_value", len(new_value))
    record = get(practice, consultation_id=consultation_id)
    if not record.final:
        raise ValueError("a draft is changed, not amended")
    old_value = record.current(field)
    if old_value == new_value or (old_value is None and new_value in ("", [])):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "The new text is the same as the current one."),
            field="new_value",
        )
    with practice.writing() as session:
        session.add(
            ConsultationAmendment(
                consultation_id=consultation_id,
                field=field,
                old_value=json_text(old_value),
                new_value=json_text(new_value),
                reason=reason,
                at=datetime.now(UTC),
                actor=practice.actor,
            )
        )
        audit.record(
            session,
            "consultation_amend",
            entity_type="consultation",
            entity_id=consultation_id,
            client_id=record.client_id,
            detail={"field": field},
        )
    return get(practice, consultation_id=consultation_id)


def photo_consent(practice: Practice, *, client_id: int) -> tuple[str, ...]:
    """The photo uses the client agreed to at their latest final consultation."""
    for record in consultations(practice, client_id=client_id):
        if record.final:
            return tuple(record.current("photo_consent") or ())
    return ()
