"""Planned sessions as an iCalendar (.ics) file, for the practitioner's own calendar.

One all-day event per planned session of the plans agreed with the client (agreed or in
progress; a draft is not a booking, a completed or stopped plan has nothing left to come).
Each event's UID is made of the vault and the planned session's row, which stays the same
when the session moves to another day: importing the file again updates the events
instead of adding copies. The file names the clients, so the screen saves it only where
the practitioner chooses; the audit records the export and how many events, no names.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event
from sqlalchemy import select

from clinicdesk.db.models import Client, PlanSession, PlanTreatment, TreatmentPlan
from clinicdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from clinicdesk.rules.codes import text_in
from clinicdesk.services import audit, catalogue
from clinicdesk.services.client_fields import full_name
from clinicdesk.services.plans import AGREED_STATUSES
from clinicdesk.services.practice import Practice, get_settings

MAX_DAYS = 2 * 366
# The words come from the screen, translated; {client}, {treatment}, {number} and
# {sessions} are replaced (not str.format: a stray brace in a translation must not fail).
SUMMARY = "{client} — {treatment} (session {number} of {sessions})"
PRODUCT_ID = "-//ClinicDesk//Planned sessions//EN"


def _summary(template: str, **values: object) -> str:
    for name, value in values.items():
        template = template.replace("{" + name + "}", str(value))
    return template


def planned_sessions_calendar(
    practice: Practice, *, from_day: date, to_day: date, summary: str = SUMMARY
) -> bytes:
    """The planned sessions from `from_day` to `to_day` (both included) as .ics bytes,
    treatments named in the practice's language."""
    if to_day < from_day:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "The last day comes before the first."),
            field="to_day",
        )
    if (to_day - from_day).days >= MAX_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError", "Export at most {days} days of planned sessions at once."
            ),
            field="to_day",
            days=MAX_DAYS,
        )
    names = {f.code: f.names for f in catalogue.families(practice, include_retired=True)}
    vault_id = practice.vault.vault_id
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    stamp = datetime.now(UTC)
    with practice.writing() as session:
        language = str(get_settings(session).get("language") or "en")
        rows = session.execute(
            select(
                PlanSession.id,
                PlanSession.number,
                PlanSession.planned_on,
                PlanTreatment.family,
                PlanTreatment.sessions,
                Client.given_name,
                Client.family_name,
            )
            .join(PlanTreatment, PlanTreatment.id == PlanSession.plan_treatment_id)
            .join(TreatmentPlan, TreatmentPlan.id == PlanTreatment.plan_id)
            .join(Client, Client.id == TreatmentPlan.client_id)
            .where(
                TreatmentPlan.status.in_(AGREED_STATUSES),
                PlanSession.planned_on >= from_day,
                PlanSession.planned_on <= to_day,
            )
            .order_by(PlanSession.planned_on, PlanSession.id)
        ).all()
        for row in rows:
            event = Event()
            event.add("uid", f"plan-session-{row.id}.{vault_id}@clinicdesk")
            event.add("dtstamp", stamp)
            event.add("dtstart", row.planned_on)
            event.add("dtend", row.planned_on + timedelta(days=1))
            treatment = text_in(names.get(row.family) or {"en": row.family}, language)
            event.add(
                "summary",
                _summary(
                    summary,
                    client=full_name(row.given_name, row.family_name),
                    treatment=treatment,
                    number=row.number,
                    sessions=row.sessions,
                ),
            )
            event.add("transp", "TRANSPARENT")  # a reminder of the day, not a busy slot
            calendar.add_component(event)
        audit.record(
            session,
            "calendar_export",
            detail={
                "events": len(rows),
                "from": from_day.isoformat(),
                "to": to_day.isoformat(),
            },
        )
    return calendar.to_ical()
