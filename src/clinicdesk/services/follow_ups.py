"""Follow-ups: who is due for a recall after a treatment, the contacts made about it, and
the letters that invite the client back.

The recall rules are rules/recalls.py, and `due_recalls` there says what is listed. Over
100,000 clients that function, fed from Python, takes over a second (measured), so the
list is one SQL statement (`list_sql`) that applies the same rules inside SQLite. It
reads treatment_days, each client's latest and previous local day of signed-off
treatment per family, which triggers keep as sessions are signed off (grouping the
sessions instead cost ~180 ms a refresh over 100,000 clients): per rule, one indexed
range of latest days, then the rule's status and due day, its touch-up skip, and the
newest contact. tests/unit/test_follow_ups.py checks it against `due_recalls` on random
histories. The clients' names and phones are read separately, only for the rows shown.

A contact belongs to the treatment it follows (`treated_on`): a booking made after an
earlier treatment does not close the recall of a newer one. Contacts are only ever added;
each is in the audit with its recall and outcome, never its note.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import NamedTuple

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from clinicdesk.db.models import Client, RecallContact, TreatmentSession
from clinicdesk.db.models.follow_ups import NOTE_MAX
from clinicdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from clinicdesk.rules import recalls
from clinicdesk.rules.codes import text_in
from clinicdesk.rules.recalls import CLOSING_OUTCOMES, OUTCOMES, RecallRule, Status
from clinicdesk.services import audit, catalogue
from clinicdesk.services.client_fields import full_name
from clinicdesk.services.clients import require_client
from clinicdesk.services.practice import Practice, get_settings
from clinicdesk.services.sessions import FUTURE_TOLERANCE, local_day

# A recall overdue for longer than this has lapsed: the client did not come back, and the
# list keeps to the clients worth calling. The screen can ask for every one.
DEFAULT_LAPSED_AFTER_DAYS = 90
STATUSES = (Status.OVERDUE, Status.DUE, Status.UPCOMING)  # by the rank list_sql gives


# The list's rows are named tuples: tens of thousands are made per refresh over a large
# practice, three times faster than frozen dataclasses (measured).
class LastContact(NamedTuple):
    outcome: str  # one of OUTCOMES
    at: datetime  # UTC


class DueFollowUp(NamedTuple):
    """A recall on the list: whom, which rule, after the treatment of which day."""

    client_id: int
    rule: RecallRule
    treated_on: date
    due_on: date
    status: Status
    last_contact: LastContact | None  # the newest contact about this treatment's recall


@dataclass(frozen=True, slots=True)
class ClientContact:
    """How to reach a client about a follow-up."""

    client_id: int
    given_name: str
    family_name: str
    preferred_name: str | None
    phone: str | None
    email: str | None
    language: str | None  # their preferred language, if given

    @property
    def full_name(self) -> str:
        return full_name(self.given_name, self.family_name)


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    recall: DueFollowUp
    client: ClientContact


@dataclass(frozen=True)
class ContactRecord:
    id: int
    client_id: int
    recall_id: str
    treated_on: date
    contacted_at: datetime  # UTC
    outcome: str
    note: str
    actor: str


@dataclass(frozen=True)
class LetterContent:
    """A recall letter's words, in the client's language: to whom (name, then the postal
    address lines) and the text with every placeholder filled, paragraphs apart."""

    client_id: int
    recall_id: str
    language: str
    recipient: tuple[str, ...]
    body: str


def rules_by_id() -> dict[str, RecallRule]:
    return {rule.id: rule for rule in recalls.load_recalls()}


# -- who is due ----------------------------------------------------------------------------

# Per rule: a treatment of `day` is listed when kept_from <= day <= listed_until; it is
# overdue up to overdue_until, due up to due_until, upcoming after (as in due_recalls).
# treatment_days holds each client's latest and previous local day per family (kept by
# triggers, migration 0008), so each rule reads one range of its index; CROSS JOIN keeps
# the rules as the outer loop. Days are ISO text, which compares in date order; the due
# day sorts as julianday(day) + after_days, cheaper than date() (measured). A row names
# its rule by number and leaves the due day out: Python makes both from a handful of
# objects, cheaper than reading tens of thousands of strings (measured).
_LIST_SQL = """
WITH rules(rule_n, rule_id, family, after_days, kept_from, listed_until, overdue_until,
           due_until, skip_days) AS (VALUES {rules}),
listed AS (
    SELECT d.client_id, d.latest_on AS day, r.rule_n, r.rule_id, r.after_days,
           CASE WHEN d.latest_on <= r.overdue_until THEN 0
                WHEN d.latest_on <= r.due_until THEN 1 ELSE 2 END AS rank
    FROM rules r CROSS JOIN treatment_days d
    WHERE d.family = r.family AND d.latest_on BETWEEN r.kept_from AND r.listed_until
      AND (r.skip_days = 0 OR d.previous_on IS NULL
           OR d.previous_on < date(d.latest_on, '-' || r.skip_days || ' days'))
),
contacted AS (
    SELECT s.*, (
        SELECT c.id FROM recall_contacts c
        WHERE c.client_id = s.client_id AND c.recall_id = s.rule_id AND c.treated_on = s.day
        ORDER BY c.contacted_at DESC, c.id DESC LIMIT 1) AS contact_id
    FROM listed s
)
SELECT s.client_id, s.rule_n, s.day, s.rank, c.outcome, c.contacted_at
FROM contacted s LEFT JOIN recall_contacts c ON c.id = s.contact_id
WHERE c.outcome IS NULL OR c.outcome NOT IN ({closing})
ORDER BY s.rank, julianday(s.day) + s.after_days, s.client_id, s.rule_id
"""


def list_sql(
    rules: Sequence[RecallRule],
    *,
    today: date,
    horizon_days: int = recalls.DEFAULT_HORIZON_DAYS,
    overdue_for_at_most_days: int | None = DEFAULT_LAPSED_AFTER_DAYS,
) -> tuple[str, dict[str, object]]:
    """The SQL listing the recalls that rules.recalls.due_recalls would list (given at
    least one rule), and its parameters. Rows: client id, the rule's position in `rules`,
    treatment day, status rank (STATUSES), and the newest contact's outcome and time (as
    stored); the due day is the treatment day plus the rule's after_days."""
    if horizon_days < 0:
        raise ValueError("horizon_days must not be negative")
    if overdue_for_at_most_days is not None and overdue_for_at_most_days < 0:
        raise ValueError("overdue_for_at_most_days must not be negative")
    params: dict[str, object] = {}
    values = []
    for n, rule in enumerate(rules):
        treated_for_today = today - timedelta(days=rule.after_days)
        overdue_until = treated_for_today - timedelta(days=rule.overdue_after_days + 1)
        lapse = (
            date.max.toordinal() if overdue_for_at_most_days is None else overdue_for_at_most_days
        )
        kept_from = date.fromordinal(max(1, overdue_until.toordinal() - lapse))
        listed_until = treated_for_today + timedelta(days=max(rule.early_days, horizon_days))
        due_until = treated_for_today + timedelta(days=rule.early_days)
        row = (
            n, rule.id, rule.family, rule.after_days, kept_from.isoformat(),
            listed_until.isoformat(), overdue_until.isoformat(), due_until.isoformat(),
            rule.skip_if_previous_within_days,
        )  # fmt: skip
        names = [f"rule{n}_{column}" for column in range(len(row))]
        params.update(zip(names, row, strict=True))
        values.append("(" + ", ".join(f":{name}" for name in names) + ")")
    closing = ", ".join(f"'{outcome}'" for outcome in sorted(CLOSING_OUTCOMES))
    return _LIST_SQL.format(rules=", ".join(values), closing=closing), params


def _last_contact(outcome: str | None, stored_at: str | None) -> LastContact | None:
    if outcome is None or stored_at is None:
        return None
    return LastContact(outcome, datetime.fromisoformat(stored_at).replace(tzinfo=UTC))


def listed_recalls(
    practice: Practice,
    *,
    today: date | None = None,
    horizon_days: int = recalls.DEFAULT_HORIZON_DAYS,
    overdue_for_at_most_days: int | None = DEFAULT_LAPSED_AFTER_DAYS,
) -> list[DueFollowUp]:
    """The open recalls that are overdue (for at most `overdue_for_at_most_days` days;
    None for every one), due, or due within `horizon_days` after `today`: overdue first,
    then due, then upcoming, each by due day, then client and rule."""
    today = today or local_day(datetime.now(UTC))
    rules = list(rules_by_id().values())
    if not rules:
        return []
    sql, params = list_sql(
        rules,
        today=today,
        horizon_days=horizon_days,
        overdue_for_at_most_days=overdue_for_at_most_days,
    )
    # The rows are used as they come, never all held at once: tens of thousands of rows
    # kept alive keep the garbage collector walking them (measured over 100,000 clients:
    # a quarter more time). The few distinct days are made once.
    days: dict[tuple[str, int], tuple[date, date]] = {}
    listed = []
    with practice.reading() as session:
        for client_id, n, day, rank, outcome, contacted_at in session.execute(text(sql), params):
            rule = rules[n]
            treated = days.get((day, n))
            if treated is None:
                on = date.fromisoformat(day)
                treated = days[day, n] = (on, on + timedelta(days=rule.after_days))
            last = _last_contact(outcome, contacted_at)
            listed.append(DueFollowUp(client_id, rule, *treated, STATUSES[rank], last))
    return listed


_CONTACT_COLUMNS = (
    Client.id, Client.given_name, Client.family_name, Client.preferred_name, Client.phone,
    Client.email, Client.preferred_language,
)  # fmt: skip


def client_contacts(practice: Practice, *, client_ids: Iterable[int]) -> dict[int, ClientContact]:
    """Name, phone, email and language of these clients (those erased are left out)."""
    # One JSON parameter rather than thousands of bound values.
    ids = func.json_each(json.dumps(sorted(set(client_ids)))).table_valued("value")
    query = select(*_CONTACT_COLUMNS).where(Client.id.in_(select(ids.c.value)))
    with practice.reading() as session:
        return {row.id: ClientContact(*row) for row in session.execute(query)}


def due_follow_ups(
    practice: Practice,
    *,
    today: date | None = None,
    horizon_days: int = recalls.DEFAULT_HORIZON_DAYS,
    overdue_for_at_most_days: int | None = DEFAULT_LAPSED_AFTER_DAYS,
) -> list[FollowUpRow]:
    """`listed_recalls` with every client's details. A screen over a large practice reads
    the details of the rows it shows instead (`client_contacts`)."""
    listed = listed_recalls(
        practice,
        today=today,
        horizon_days=horizon_days,
        overdue_for_at_most_days=overdue_for_at_most_days,
    )
    contacts = client_contacts(practice, client_ids=(r.client_id for r in listed))
    return [FollowUpRow(r, contacts[r.client_id]) for r in listed if r.client_id in contacts]


# -- the contact log -----------------------------------------------------------------------


def _require_rule(recall_id: str) -> RecallRule:
    rule = rules_by_id().get(recall_id)
    if rule is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError", "This follow-up is no longer in the recall rules."
            ),
            field="recall_id",
        )
    return rule


def _clean_note(note: str) -> str:
    note = (note or "").strip()
    if len(note) > NOTE_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError", "This note is {length} characters long; at most {limit} fit."
            ),
            field="note",
            length=len(note),
            limit=NOTE_MAX,
        )
    return note


def _treated_on(session: Session, client_id: int, family: str, day: date) -> bool:
    """Whether the client had a signed-off treatment of `family` on that local day."""
    midnight = datetime.combine(day, time(), UTC)
    found = session.scalar(
        select(TreatmentSession.id)
        .where(
            TreatmentSession.client_id == client_id,
            TreatmentSession.family == family,
            TreatmentSession.status == "final",
            TreatmentSession.performed_at >= midnight - timedelta(days=1),
            TreatmentSession.performed_at < midnight + timedelta(days=2),
            func.date(TreatmentSession.performed_at, "localtime") == day.isoformat(),
        )
        .limit(1)
    )
    return found is not None


def _record(r: RecallContact) -> ContactRecord:
    return ContactRecord(
        r.id, r.client_id, r.recall_id, r.treated_on, r.contacted_at, r.outcome, r.note, r.actor
    )


def record_contact(
    practice: Practice,
    *,
    client_id: int,
    recall_id: str,
    treated_on: date,
    outcome: str,
    note: str = "",
    contacted_at: datetime | None = None,
) -> ContactRecord:
    """Log a contact with the client about a recall after the treatment of `treated_on`.
    "booked" and "declined" close the recall; the other outcomes keep it listed."""
    rule = _require_rule(recall_id)
    if outcome not in OUTCOMES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "Choose how the contact went."), field="outcome"
        )
    note = _clean_note(note)
    now = datetime.now(UTC)
    contacted_at = contacted_at or now
    if contacted_at.tzinfo is None:
        raise ValueError("naive datetime: a contact time must be timezone-aware")
    if contacted_at > now + FUTURE_TOLERANCE or local_day(contacted_at) < treated_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError", "A contact is recorded between the day of the treatment and now."
            ),
            field="contacted_at",
        )
    with practice.writing() as session:
        require_client(session, client_id)
        if not _treated_on(session, client_id, rule.family, treated_on):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ClinicDeskError",
                    "The client had no signed-off treatment of this kind on that day.",
                ),
                field="treated_on",
            )
        row = RecallContact(
            client_id=client_id,
            recall_id=recall_id,
            treated_on=treated_on,
            contacted_at=contacted_at,
            outcome=outcome,
            note=note,
            actor=practice.actor,
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            "recall_contact",
            entity_type="recall_contact",
            entity_id=row.id,
            client_id=client_id,
            detail={"recall": recall_id, "outcome": outcome},
        )
        return _record(row)


def contact_log(practice: Practice, *, client_id: int) -> list[ContactRecord]:
    """Every contact about the client's recalls, newest first."""
    with practice.reading() as session:
        rows = session.scalars(
            select(RecallContact)
            .where(RecallContact.client_id == client_id)
            .order_by(RecallContact.contacted_at.desc(), RecallContact.id.desc())
        ).all()
        return [_record(row) for row in rows]


# -- letters -------------------------------------------------------------------------------


def _address(client: Client) -> tuple[str, ...]:
    town = " ".join(part for part in (client.postal_code, client.city) if part)
    return tuple(line for line in (client.address_line1, client.address_line2, town) if line)


def recall_letters(practice: Practice, *, wanted: Sequence[tuple[int, str]]) -> list[LetterContent]:
    """The letter for each (client id, recall id), in the client's language (else the
    practice's), in the order given. Each is audited as a document printed about the
    client."""
    rules = rules_by_id()
    names = {f.code: f.names for f in catalogue.families(practice, include_retired=True)}
    letters = []
    with practice.writing() as session:
        settings = get_settings(session)
        clinic = {
            "clinic_name": str(settings.get("clinic_name") or ""),
            "clinic_phone": str(settings.get("clinic_phone") or ""),
        }
        for client_id, recall_id in wanted:
            rule = rules.get(recall_id) or _require_rule(recall_id)
            client = require_client(session, client_id)
            language = client.preferred_language or str(settings.get("language") or "en")
            name = full_name(client.given_name, client.family_name)
            treatment = text_in(names.get(rule.family) or {"en": rule.family}, language)
            body = rule.letter_text(language, client_name=name, treatment=treatment, **clinic)
            letters.append(
                LetterContent(client_id, recall_id, language, (name, *_address(client)), body)
            )
            audit.record(
                session,
                "print",
                entity_type="client",
                entity_id=client_id,
                client_id=client_id,
                detail={"document": "recall_letter", "recall": recall_id},
            )
    return letters
