"""Client use cases: create, update, open, search, list, possible duplicates, bulk create.

Every function takes the open Practice and runs one transaction. Creating,
updating and opening a record write an audit entry in that same transaction;
the entry names the fields that changed, never their values.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from clinicdesk.db.models import Client
from clinicdesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from clinicdesk.services import audit, client_search
from clinicdesk.services.client_fields import (
    ClientFields,
    clean_client_fields,
    client_field_problems,
    tidy_client_fields,
)
from clinicdesk.services.practice import Practice, get_settings

FIELD_NAMES = [f.name for f in fields(ClientFields)]
BULK_CHUNK = 5_000


@dataclass(frozen=True)
class ClientRow:
    """One line of the client list."""

    id: int
    given_name: str
    family_name: str
    preferred_name: str | None
    date_of_birth: date | None
    phone: str | None
    email: str | None
    city: str | None
    updated_at: datetime


@dataclass(frozen=True)
class ClientRecord:
    """A whole client record as the editor and the record window show it."""

    id: int
    fields: ClientFields
    phone_e164: str | None
    created_at: datetime
    updated_at: datetime

    def age_on(self, day: date) -> int | None:
        born = self.fields.date_of_birth
        if born is None:
            return None
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


_ROW_COLUMNS = (
    Client.id,
    Client.given_name,
    Client.family_name,
    Client.preferred_name,
    Client.date_of_birth,
    Client.phone,
    Client.email,
    Client.city,
    Client.updated_at,
)


def _list_row(row: Any) -> ClientRow:
    return ClientRow(
        row.id,
        row.given_name,
        row.family_name,
        row.preferred_name,
        row.date_of_birth,
        row.phone,
        row.email,
        row.city,
        row.updated_at,
    )


def _record(client: Client) -> ClientRecord:
    values = {name: getattr(client, name) for name in FIELD_NAMES}
    return ClientRecord(
        client.id, ClientFields(**values), client.phone_e164, client.created_at, client.updated_at
    )


def _default_region(session: Session) -> str | None:
    country = get_settings(session).get("country")
    return str(country) if country else None


def _not_a_phone() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "ClinicDeskError",
            "This is not a phone number. Include the country code (for example +33) "
            "for a number from abroad.",
        ),
        field="phone",
    )


def _check_phone(data: ClientFields, region: str | None) -> str | None:
    """The E.164 form of the phone; a phone that cannot be a number is refused."""
    e164 = client_search.parse_phone(data.phone, data.country or region)
    if data.phone is not None and e164 is None:
        raise _not_a_phone()
    return e164


def check_client(practice: Practice, *, data: ClientFields) -> list[ValidationError]:
    """Every problem the editor should show beside its field, without saving anything."""
    data = tidy_client_fields(data)
    problems = client_field_problems(data)
    with practice.reading() as session:
        region = _default_region(session)
    if (
        data.phone is not None
        and client_search.parse_phone(data.phone, data.country or region) is None
    ):
        problems.append(_not_a_phone())
    return problems


def _searchable(client_id: int, data: ClientFields, e164: str | None) -> client_search.Searchable:
    return client_search.Searchable(
        client_id,
        data.given_name,
        data.family_name,
        data.preferred_name,
        data.email,
        data.phone,
        e164,
        data.date_of_birth,
    )


def _column_values(data: ClientFields, e164: str | None) -> dict[str, Any]:
    values = {name: getattr(data, name) for name in FIELD_NAMES}
    values["phone_e164"] = e164
    values["sort_name"] = client_search.sort_name(data.family_name, data.given_name)
    return values


def _check_referrer(session: Session, data: ClientFields) -> None:
    if data.referred_by_id is not None and session.get(Client, data.referred_by_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "The referring client no longer exists."),
            field="referred_by_id",
        )


def create_client(practice: Practice, *, data: ClientFields) -> ClientRecord:
    data = clean_client_fields(data)
    with practice.writing() as session:
        e164 = _check_phone(data, _default_region(session))
        _check_referrer(session, data)
        client = Client(**_column_values(data, e164))
        if data.marketing_consent:
            client.marketing_consent_at = datetime.now(UTC)
        session.add(client)
        session.flush()
        client_search.index_clients(session, [_searchable(client.id, data, e164)], fresh=True)
        audit.record(
            session, "create", entity_type="client", entity_id=client.id, client_id=client.id
        )
        return _record(client)


def update_client(practice: Practice, *, client_id: int, data: ClientFields) -> ClientRecord:
    data = clean_client_fields(data)
    with practice.writing() as session:
        client = require_client(session, client_id)
        e164 = _check_phone(data, _default_region(session))
        if data.referred_by_id == client_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ClinicDeskError", "A client cannot refer themselves."),
                field="referred_by_id",
            )
        _check_referrer(session, data)
        changed = [name for name in FIELD_NAMES if getattr(client, name) != getattr(data, name)]
        if not changed:
            return _record(client)
        if "marketing_consent" in changed:
            client.marketing_consent_at = datetime.now(UTC) if data.marketing_consent else None
        for name, value in _column_values(data, e164).items():
            setattr(client, name, value)
        session.flush()
        client_search.index_clients(session, [_searchable(client.id, data, e164)])
        audit.record(
            session,
            "update",
            entity_type="client",
            entity_id=client.id,
            client_id=client.id,
            detail={"fields": changed},
        )
        return _record(client)


def require_client(session: Session, client_id: int) -> Client:
    """The client, or NotFound fit to show when the record is gone."""
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound(QT_TRANSLATE_NOOP("ClinicDeskError", "This client record no longer exists."))
    return client


def open_client(practice: Practice, *, client_id: int) -> ClientRecord:
    """The record, for showing to a person: the view is audited."""
    with practice.writing() as session:
        client = require_client(session, client_id)
        audit.record(
            session, "view", entity_type="client", entity_id=client_id, client_id=client_id
        )
        return _record(client)


def for_document(practice: Practice, *, client_id: int, document: str) -> ClientRecord:
    """The record, for a printed or saved document about the client: audited as such."""
    with practice.writing() as session:
        client = require_client(session, client_id)
        audit.record(
            session,
            "print",
            entity_type="client",
            entity_id=client_id,
            client_id=client_id,
            detail={"document": document},
        )
        return _record(client)


def find_client_ids(
    practice: Practice,
    *,
    text: str = "",
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
    matches: int | None = None,
) -> list[int]:
    """Ids of matching clients in the chosen order; a page of them when `limit` is given.
    `matches`, the count when known, lets a broad search take the cheaper plan."""
    with practice.reading() as session:
        return client_search.matching_ids(
            session,
            text,
            sort=sort,
            descending=descending,
            offset=offset,
            limit=limit,
            matches=matches,
        )


@dataclass(frozen=True)
class SearchPage:
    ids: list[int]
    total: int | None  # None: a full page, and the matches not counted yet


def first_page(
    practice: Practice, *, text: str = "", sort: str = "name", descending: bool = False, size: int
) -> SearchPage:
    """The first page of a search, counted only when counting is cheaper than not: a broad
    search is counted first to choose its plan; any other is counted only if it fills the
    page, and then later, by the caller (`count_matching_clients`), once the page is shown."""
    with practice.reading() as session:
        if client_search.is_broad(text):
            total = client_search.count_matching(session, text)
            ids = client_search.matching_ids(
                session, text, sort=sort, descending=descending, limit=size, matches=total
            )
            return SearchPage(ids, total)
        ids = client_search.matching_ids(
            session, text, sort=sort, descending=descending, limit=size
        )
        return SearchPage(ids, len(ids) if len(ids) < size else None)


def count_matching_clients(practice: Practice, *, text: str = "") -> int:
    with practice.reading() as session:
        return client_search.count_matching(session, text)


def client_rows(practice: Practice, *, ids: Sequence[int]) -> list[ClientRow]:
    """List rows for these ids, in the order given (ids that vanished are left out)."""
    with practice.reading() as session:
        found = {
            row.id: _list_row(row)
            for row in session.execute(select(*_ROW_COLUMNS).where(Client.id.in_(list(ids))))
        }
    return [found[i] for i in ids if i in found]


def search_clients(
    practice: Practice, *, text: str = "", limit: int | None = None
) -> list[ClientRow]:
    ids = find_client_ids(practice, text=text, limit=limit)
    rows: list[ClientRow] = []
    for start in range(0, len(ids), 900):
        rows.extend(client_rows(practice, ids=ids[start : start + 900]))
    return rows


def count_clients(practice: Practice) -> int:
    with practice.reading() as session:
        return session.scalar(select(func.count()).select_from(Client)) or 0


@dataclass(frozen=True)
class PossibleDuplicate:
    row: ClientRow
    reasons: tuple[str, ...]  # "name_and_birth_date", "email", "phone"


def possible_duplicates(
    practice: Practice, *, data: ClientFields, exclude_id: int | None = None
) -> list[PossibleDuplicate]:
    """Existing clients that may be the same person: same name (either order) and no
    conflicting birth date, or the same email, or the same phone number."""
    with practice.reading() as session:
        e164 = client_search.parse_phone(data.phone, data.country or _default_region(session))
        given, family = client_search.fold(data.given_name), client_search.fold(data.family_name)
        joined_names = {f"{family}{given}".replace(" ", ""), f"{given}{family}".replace(" ", "")}
        email = client_search.fold(data.email) if data.email else None
        phones = set(client_search.phone_digit_forms(data.phone, e164))
        keys = joined_names | phones | ({email} if email else set())
        candidates = client_search.candidate_ids(session, keys) - {exclude_id}
        if not candidates:
            return []
        rows = session.execute(
            select(*_ROW_COLUMNS, Client.phone_e164).where(Client.id.in_(candidates))
        ).all()
    found = []
    for row in rows:
        reasons = []
        row_name = client_search.fold(f"{row.family_name}{row.given_name}").replace(" ", "")
        births_agree = data.date_of_birth in (None, row.date_of_birth) or row.date_of_birth is None
        if row_name in joined_names and births_agree:
            reasons.append("name_and_birth_date")
        if email and row.email and client_search.fold(row.email) == email:
            reasons.append("email")
        if phones & set(client_search.phone_digit_forms(row.phone, row.phone_e164)):
            reasons.append("phone")
        if reasons:
            found.append(PossibleDuplicate(_list_row(row), tuple(reasons)))
    return sorted(found, key=lambda d: (-len(d.reasons), d.row.family_name, d.row.given_name))


def create_clients_bulk(
    practice: Practice,
    *,
    items: Iterable[ClientFields],
    source: str,
    summary: dict[str, Any] | None = None,
) -> list[int]:
    """Create many already-cleaned clients in one transaction (import, demo): all or nothing.

    Each client gets its own audit entry; `summary`, if given, becomes one more
    entry for the whole operation (what was imported from where, counts).
    A phone that does not parse is kept as written, without its E.164 form,
    rather than losing the row.
    """
    created: list[int] = []
    with practice.writing() as session:
        region = _default_region(session)
        now = datetime.now(UTC)
        batch: list[ClientFields] = []
        for data in items:
            batch.append(data)
            if len(batch) == BULK_CHUNK:
                created.extend(_insert_batch(session, batch, region, now))
                batch = []
        created.extend(_insert_batch(session, batch, region, now))
        audit.append(
            session,
            [
                audit.Event("create", "client", client_id, client_id, {"source": source}, now)
                for client_id in created
            ]
            + ([audit.Event(source, detail=summary, at=now)] if summary is not None else []),
        )
    return created


def existing_name_birth_pairs(practice: Practice) -> dict[tuple[str, date | None], int]:
    """(folded "family given", birth date) of every client, for skipping re-imported rows."""
    with practice.reading() as session:
        rows = session.execute(select(Client.sort_name, Client.date_of_birth, Client.id))
        return {(name, born): client_id for name, born, client_id in rows}


def _insert_batch(
    session: Session, batch: list[ClientFields], region: str | None, now: datetime
) -> list[int]:
    if not batch:
        return []
    # Ids are assigned here rather than read back with RETURNING: the transaction
    # began IMMEDIATE, so no other writer can take them, and a plain executemany
    # is many times faster than SQLAlchemy's sorted RETURNING for large batches.
    first_id = (session.scalar(select(func.max(Client.id))) or 0) + 1
    rows, searchables = [], []
    for client_id, data in enumerate(batch, start=first_id):
        e164 = client_search.parse_phone(data.phone, data.country or region)
        values = _column_values(data, e164)
        values.update(
            id=client_id,
            created_at=now,
            updated_at=now,
            marketing_consent_at=now if data.marketing_consent else None,
        )
        rows.append(values)
        searchables.append(_searchable(client_id, data, e164))
    session.execute(insert(cast(Table, Client.__table__)), rows)
    client_search.index_clients(session, searchables, fresh=True)
    return [s.client_id for s in searchables]
