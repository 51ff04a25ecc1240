"""Finding clients by what a receptionist types: any part of a name in any
script, with or without accents, a phone number in any formatting, an email, or
a date of birth.

Everything searchable is *folded* first (case, accents and Polish ł removed,
full-width forms narrowed), both when indexed and when queried, so "lucja
wasowska" finds "Łucja Wąsowska" and "HELENE" finds "Hélène".

Two indexes, both written in the caller's transaction:
- client_search (FTS5 trigram): substring search for query words of three
  characters or more, median well under a millisecond at 100,000 clients.
- client_search_keys: folded words and joined names for words of one or two
  characters (trigrams cannot match them), answered by an index range scan.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import cast

import phonenumbers
from sqlalchemy import Table, delete, insert, select, text
from sqlalchemy.orm import Session

from clinicdesk.db.models import ClientSearchKey

# Letters NFKD does not decompose into base letter + accent.
_SPECIAL_LETTERS = str.maketrans(
    {"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ħ": "h", "ı": "i",
     "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe"}
)  # fmt: skip
_PHONE_LIKE = re.compile(r"^[\d\s+\-().\/]+$")
_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y", "%Y/%m/%d", "%Y.%m.%d")
TRIGRAM = 3
# A search of one- or two-letter words matching at least this many clients walks the
# name index and stops after a page instead of sorting every match: a client walked
# costs about 1.8 µs and a match sorted about 1.4 µs, so at 100,000 clients the walk
# wins beyond some 5,000 matches.
BROAD_MATCHES = 5000
_PREFIX_END = "\U0010ffff"


@lru_cache(maxsize=65_536)  # names repeat: an import folds each given name thousands of times
def fold(value: str) -> str:
    """Lower case, no accents, single spaces: the form that is indexed and searched."""
    decomposed = unicodedata.normalize("NFKD", value.translate(_SPECIAL_LETTERS))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(unicodedata.normalize("NFC", stripped).casefold().split())


def parse_phone(phone: str | None, region: str | None) -> str | None:
    """The number in E.164 form when it is a possible phone number, else None."""
    if not phone:
        return None
    try:
        number = phonenumbers.parse(phone, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_digit_forms(phone: str | None, e164: str | None) -> list[str]:
    """Digit strings a phone can be found by: as typed, international, national."""
    forms = []
    if phone:
        forms.append("".join(ch for ch in phone if ch.isdigit()).lstrip("0"))
    if e164:
        international = e164.lstrip("+")
        forms += [international, _without_country_code(international)]
    return [f for f in dict.fromkeys(forms) if f]


def _without_country_code(international: str) -> str:
    # Country calling codes are prefix-free, one to three digits; parsing again would
    # cost ~60 µs a number, which adds up when 100,000 clients are imported.
    for length in (1, 2, 3):
        if int(international[:length]) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            return international[length:]
    return international


@dataclass(frozen=True)
class Searchable:
    """The parts of a client that search looks at."""

    client_id: int
    given_name: str
    family_name: str
    preferred_name: str | None
    email: str | None
    phone: str | None
    phone_e164: str | None
    date_of_birth: date | None


def sort_name(family_name: str, given_name: str) -> str:
    return fold(f"{family_name} {given_name}")


def _name_parts(item: Searchable) -> tuple[str, str, str]:
    return fold(item.given_name), fold(item.family_name), fold(item.preferred_name or "")


def search_keys(item: Searchable) -> set[str]:
    given, family, preferred = _name_parts(item)
    keys = {*given.split(), *family.split(), *preferred.split()}
    # Joined both ways without spaces: Chinese names are written family+given, unspaced.
    keys |= {f"{family}{given}".replace(" ", ""), f"{given}{family}".replace(" ", "")}
    if item.email:
        keys.add(fold(item.email))
    keys.update(phone_digit_forms(item.phone, item.phone_e164))
    return {k for k in keys if k}


def search_document(item: Searchable) -> str:
    given, family, preferred = _name_parts(item)
    lines = [f"{given} {family}", f"{family} {given}", f"{family}{given}".replace(" ", "")]
    if preferred:
        lines.append(preferred)
    if item.email:
        lines.append(fold(item.email))
    lines.extend(phone_digit_forms(item.phone, item.phone_e164))
    if item.date_of_birth:
        lines.append(item.date_of_birth.isoformat())
    return "\n".join(lines)


def index_clients(session: Session, items: Sequence[Searchable], *, fresh: bool = False) -> None:
    """(Re)write both search indexes for these clients; `fresh` skips deleting old entries."""
    if not items:
        return
    ids = [{"id": item.client_id} for item in items]
    if not fresh:
        session.execute(
            delete(ClientSearchKey).where(ClientSearchKey.client_id.in_([i["id"] for i in ids]))
        )
        session.execute(text("DELETE FROM client_search WHERE rowid = :id"), ids)
    key_rows = [
        {"key": k, "client_id": item.client_id} for item in items for k in search_keys(item)
    ]
    session.execute(insert(cast(Table, ClientSearchKey.__table__)), key_rows)
    session.execute(
        text("INSERT INTO client_search(rowid, document) VALUES (:id, :document)"),
        [{"id": item.client_id, "document": search_document(item)} for item in items],
    )


def unindex_client(session: Session, client_id: int) -> None:
    session.execute(delete(ClientSearchKey).where(ClientSearchKey.client_id == client_id))
    session.execute(text("DELETE FROM client_search WHERE rowid = :id"), {"id": client_id})


# -- querying ------------------------------------------------------------------------

SORT_COLUMNS = {
    "name": "c.sort_name",
    "date_of_birth": "c.date_of_birth",
    "phone": "c.phone_e164",
    "email": "c.email",
    "city": "c.city",
    "updated_at": "c.updated_at",
}


def _as_date(query: str) -> date | None:
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(query, fmt).date()
        except ValueError:
            continue
    return None


def query_words(query: str) -> list[str]:
    """The folded words to look for; phone-like and date-like queries become one word."""
    query = query.strip()
    if not query:
        return []
    as_date = _as_date(query)
    if as_date:
        return [as_date.isoformat()]
    if _PHONE_LIKE.match(query):
        # One or two digits would match a fifth of all phone numbers: meaningless, and slow.
        digits = "".join(ch for ch in query if ch.isdigit()).lstrip("0")
        return [digits] if len(digits) >= TRIGRAM else []
    return fold(query).split()


def too_few_digits(query: str) -> bool:
    """A phone number typed so far is too short to search by (the list stays as it is)."""
    query = query.strip()
    return bool(query) and bool(_PHONE_LIKE.match(query)) and not query_words(query)


def is_broad(query: str) -> bool:
    """Only words shorter than a trigram: they may match thousands of clients."""
    words = query_words(query)
    return bool(words) and all(len(w) < TRIGRAM for w in words)


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _filter(query: str, *, walk: bool = False) -> tuple[str, str, dict[str, object]]:
    """The join, WHERE clause and parameters selecting clients that match every word;
    with `walk`, short words are tested client by client (for a scan in name order)."""
    words = query_words(query)
    long_words = [w for w in words if len(w) >= TRIGRAM]
    short_words = [w for w in words if len(w) < TRIGRAM]
    params: dict[str, object] = {}
    where: list[str] = []
    join = ""
    if long_words:
        join = "JOIN client_search s ON s.rowid = c.id"
        where.append("client_search MATCH :fts")
        params["fts"] = " AND ".join(_fts_phrase(w) for w in long_words)
    for n, word in enumerate(short_words):
        where.append(
            "EXISTS (SELECT 1 FROM client_search_keys k WHERE k.client_id = c.id "
            f"AND k.key >= :p{n} AND k.key < :e{n})"
            if walk
            else f"c.id IN (SELECT client_id FROM client_search_keys WHERE key >= :p{n} AND key < :e{n})"
        )
        params[f"p{n}"], params[f"e{n}"] = word, word + _PREFIX_END
    return join, (" WHERE " + " AND ".join(where)) if where else "", params


def search_sql(
    query: str,
    *,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
    matches: int | None = None,
) -> tuple[str, dict[str, object]]:
    """SQL and parameters for the ids matching `query`, in order, one page of them;
    `matches`, when the caller has counted them, chooses the cheaper plan."""
    walk = sort == "name" and matches is not None and matches >= BROAD_MATCHES and is_broad(query)
    join, where, params = _filter(query, walk=walk)
    column = SORT_COLUMNS.get(sort, SORT_COLUMNS["name"])
    direction = "DESC" if descending else "ASC"
    if sort == "name":
        # sort_name is never NULL and indexed: the index gives this order without sorting,
        # and LIMIT stops the scan after one page.
        order = f"c.sort_name {direction}, c.id {direction}"
    else:
        order = f"{column} IS NULL, {column} {direction}, c.sort_name, c.id"
    sql = f"SELECT c.id FROM clients c {join}{where} ORDER BY {order}"
    if limit is not None:
        sql += " LIMIT :limit OFFSET :offset"
        params.update(limit=limit, offset=offset)
    return sql, params


def count_sql(query: str) -> tuple[str, dict[str, object]]:
    words = query_words(query)
    if len(words) == 1 and len(words[0]) < TRIGRAM:
        # One short word: count distinct owners straight from the covering key index.
        word = words[0]
        return (
            "SELECT count(DISTINCT client_id) FROM client_search_keys WHERE key >= :p AND key < :e",
            {"p": word, "e": word + _PREFIX_END},
        )
    join, where, params = _filter(query)
    return f"SELECT count(*) FROM clients c {join}{where}", params


def matching_ids(
    session: Session,
    query: str,
    *,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
    matches: int | None = None,
) -> list[int]:
    """Ids of the clients matching every word of `query`, in the chosen order."""
    sql, params = search_sql(
        query, sort=sort, descending=descending, offset=offset, limit=limit, matches=matches
    )
    return list(session.execute(text(sql), params).scalars())


def count_matching(session: Session, query: str) -> int:
    sql, params = count_sql(query)
    return int(session.execute(text(sql), params).scalar_one())


def candidate_ids(session: Session, keys: set[str]) -> set[int]:
    """Clients having any of these exact keys (joined names, email, phone digits)."""
    if not keys:
        return set()
    return set(
        session.scalars(select(ClientSearchKey.client_id).where(ClientSearchKey.key.in_(keys)))
    )
