"""Client use cases through the service layer, on a real encrypted practice."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from clinicdesk.db.models import AuditEntry
from clinicdesk.errors import NotFound, ValidationError
from clinicdesk.services import client_search, clients, demo_data
from clinicdesk.services.client_fields import ClientFields
from clinicdesk.services.client_search import fold

PEOPLE = [
    ClientFields(
        given_name="Łucja",
        family_name="Wąsowska",
        date_of_birth=date(1985, 3, 14),
        phone="+48 601 234 567",
        email="lucja.wasowska@wp.pl",
    ),
    ClientFields(
        given_name="Hélène",
        family_name="Lefèvre",
        preferred_name="Lena",
        phone="06 12 34 56 78",
        email="helene@orange.fr",
    ),
    ClientFields(given_name="芳", family_name="王", phone="+86 138 1234 5678"),
    ClientFields(given_name="秀英", family_name="欧阳", date_of_birth=date(1992, 7, 1)),
    ClientFields(given_name="Olivia", family_name="O'Brien", phone="+44 7700 900123"),
    ClientFields(given_name="François", family_name="Bézier", email="f.bezier@free.fr"),
]


@pytest.fixture
def people(practice):
    return [clients.create_client(practice, data=p).id for p in PEOPLE]


def names(practice, text):
    return [f"{r.given_name} {r.family_name}" for r in clients.search_clients(practice, text=text)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("lucja", ["Łucja Wąsowska"]),
        ("LUCJA WASOWSKA", ["Łucja Wąsowska"]),
        ("wąsow", ["Łucja Wąsowska"]),
        ("asows", ["Łucja Wąsowska"]),
        ("helene", ["Hélène Lefèvre"]),
        ("HÉLÈNE", ["Hélène Lefèvre"]),
        ("lena", ["Hélène Lefèvre"]),
        ("lefevre helene", ["Hélène Lefèvre"]),
        ("francois", ["François Bézier"]),
        ("王芳", ["芳 王"]),
        ("芳", ["芳 王"]),
        ("王", ["芳 王"]),
        ("欧阳秀英", ["秀英 欧阳"]),
        ("秀英", ["秀英 欧阳"]),
        ("o'brien", ["Olivia O'Brien"]),
        ("601 234 567", ["Łucja Wąsowska"]),
        ("0601-234-567", ["Łucja Wąsowska"]),
        ("+48601234567", ["Łucja Wąsowska"]),
        ("0612345678", ["Hélène Lefèvre"]),
        ("+33 6 12 34 56 78", ["Hélène Lefèvre"]),
        ("138 1234", ["芳 王"]),
        ("07700 900123", ["Olivia O'Brien"]),
        ("orange.fr", ["Hélène Lefèvre"]),
        ("LUCJA.WASOWSKA@WP.PL", ["Łucja Wąsowska"]),
        ("14.03.1985", ["Łucja Wąsowska"]),
        ("1985-03-14", ["Łucja Wąsowska"]),
        ("14/03/1985", ["Łucja Wąsowska"]),
        ("01/07/1992", ["秀英 欧阳"]),
        ("nobody", []),
        ('"quoted" AND OR NEAR(', []),
    ],
)
def test_search(practice, people, query, expected):
    assert names(practice, query) == expected


def test_empty_search_lists_everyone_sorted_by_family_name(practice, people):
    listed = [r.family_name for r in clients.search_clients(practice, text="")]
    assert listed == sorted(listed, key=fold)
    assert len(listed) == len(PEOPLE)


@pytest.mark.parametrize("sort", ["name", "date_of_birth", "phone", "email", "city", "updated_at"])
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_returns_every_client_once(practice, people, sort, descending):
    ids = clients.find_client_ids(practice, text="", sort=sort, descending=descending)
    assert sorted(ids) == sorted(people)


def test_birth_date_sort_puts_unknown_last_both_ways(practice, people):
    for descending in (False, True):
        ids = clients.find_client_ids(practice, sort="date_of_birth", descending=descending)
        births = [r.date_of_birth for r in clients.client_rows(practice, ids=ids)]
        known = [b for b in births if b]
        assert births[: len(known)] == sorted(known, reverse=descending)
        assert all(b is None for b in births[len(known) :])


def test_update_reindexes_in_the_same_transaction(practice, people):
    record = clients.open_client(practice, client_id=people[4])
    changed = ClientFields(**{**record.fields.__dict__, "family_name": "Ashworth"})
    clients.update_client(practice, client_id=people[4], data=changed)
    assert names(practice, "brien") == []
    assert names(practice, "ashworth") == ["Olivia Ashworth"]
    assert names(practice, "as") == ["Olivia Ashworth"]


def test_audit_names_changed_fields_but_never_values(practice, people):
    record = clients.open_client(practice, client_id=people[1])
    changed = ClientFields(**{**record.fields.__dict__, "notes": "Préfère le matin"})
    clients.update_client(practice, client_id=people[1], data=changed)
    with practice.reading() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.client_id == people[1]).order_by(AuditEntry.seq)
        ).all()
    assert [e.action for e in entries] == ["create", "view", "update"]
    assert json.loads(entries[-1].detail) == {"fields": ["notes"]}
    assert all("matin" not in e.detail and "Hélène" not in e.detail for e in entries)


def test_unchanged_update_writes_nothing(practice, people):
    record = clients.open_client(practice, client_id=people[0])
    before = practice.vault.audit_head
    clients.update_client(practice, client_id=people[0], data=record.fields)
    assert practice.vault.audit_head == before


def test_emoji_and_long_notes_are_kept_exactly(practice):
    notes = "Prefers 🌸 tea; 喜欢周末预约。\n" * 500
    made = clients.create_client(
        practice, data=ClientFields(given_name="Zoë 🌸", family_name="Łukasiewicz", notes=notes)
    )
    again = clients.open_client(practice, client_id=made.id)
    assert again.fields.notes == notes.strip()
    assert again.fields.given_name == "Zoë 🌸"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"given_name": "  "}, "given_name"),
        ({"family_name": ""}, "family_name"),
        ({"given_name": "A" * 10_000}, "given_name"),
        ({"notes": "x" * 20_001}, "notes"),
        ({"email": "not-an-email"}, "email"),
        ({"email": "two@@example.org"}, "email"),
        ({"date_of_birth": date.today() + timedelta(days=1)}, "date_of_birth"),
        ({"date_of_birth": date(1899, 12, 31)}, "date_of_birth"),
        ({"phone": "12"}, "phone"),
        ({"phone": "call me maybe"}, "phone"),
        ({"sex": "robot"}, "sex"),
        ({"country": "France"}, "country"),
        ({"preferred_language": "de"}, "preferred_language"),
        ({"referred_by_id": 999_999}, "referred_by_id"),
    ],
)
def test_invalid_input_is_refused_with_the_field_named(practice, changes, field):
    base = {"given_name": "Anna", "family_name": "Nowak"}
    with pytest.raises(ValidationError) as caught:
        clients.create_client(practice, data=ClientFields(**{**base, **changes}))
    assert caught.value.field == field
    assert clients.count_clients(practice) == 0


def test_too_long_message_says_both_numbers(practice):
    with pytest.raises(ValidationError, match="at most 200 characters; it has 10000"):
        clients.create_client(practice, data=ClientFields(given_name="A" * 10_000, family_name="B"))


def test_missing_client(practice):
    with pytest.raises(NotFound):
        clients.open_client(practice, client_id=12345)


def test_possible_duplicates(practice, people):
    def reasons(**fields):
        data = ClientFields(**{"given_name": "X", "family_name": "Y", **fields})
        return [
            (d.row.family_name, d.reasons) for d in clients.possible_duplicates(practice, data=data)
        ]

    assert reasons(given_name="lucja", family_name="WASOWSKA") == [
        ("Wąsowska", ("name_and_birth_date",))
    ]
    assert reasons(given_name="Lucja", family_name="Wasowska", date_of_birth=date(1990, 1, 1)) == []
    assert reasons(email="HELENE@orange.fr") == [("Lefèvre", ("email",))]
    assert reasons(phone="0601 234 567", country="PL") == [("Wąsowska", ("phone",))]
    assert reasons(given_name="王", family_name="芳") == [("王", ("name_and_birth_date",))]
    assert reasons(given_name="Anna", family_name="Nowak") == []
    assert (
        clients.possible_duplicates(
            practice,
            data=ClientFields(given_name="Łucja", family_name="Wąsowska"),
            exclude_id=people[0],
        )
        == []
    )


def test_bulk_create_is_all_or_nothing(practice, monkeypatch):
    good = [ClientFields(given_name=f"Anna{i}", family_name="Nowak") for i in range(12_000)]
    real = clients._insert_batch
    calls = []

    def failing_second_batch(*args):
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk full")
        return real(*args)

    monkeypatch.setattr(clients, "_insert_batch", failing_second_batch)
    with pytest.raises(OSError):
        clients.create_clients_bulk(practice, items=good, source="import")
    assert clients.count_clients(practice) == 0
    assert names(practice, "anna1") == []


def test_bulk_create_indexes_and_audits_every_client(practice):
    made = clients.create_clients_bulk(
        practice,
        items=[ClientFields(given_name="Żaneta", family_name=f"Nowak{i}") for i in range(50)],
        source="import",
        summary={"imported": 50},
    )
    assert len(made) == 50
    assert len(names(practice, "zaneta")) == 50
    with practice.reading() as session:
        actions = session.scalars(select(AuditEntry.action)).all()
    assert actions.count("create") == 50
    assert actions[-1] == "import"


def test_age(practice):
    made = clients.create_client(
        practice,
        data=ClientFields(given_name="A", family_name="B", date_of_birth=date(2000, 2, 29)),
    )
    assert made.age_on(date(2026, 2, 28)) == 25
    assert made.age_on(date(2026, 3, 1)) == 26


@pytest.fixture
def crowd(practice):
    clients.create_clients_bulk(practice, items=demo_data.demo_clients(600, seed=3), source="demo")
    return practice


@pytest.mark.parametrize("text", ["a", "k", "ł", "z", "a m", "06"])
@pytest.mark.parametrize("descending", [False, True])
def test_broad_search_walking_the_name_order_finds_the_same_clients(crowd, text, descending):
    everyone = clients.find_client_ids(crowd, text=text, descending=descending)
    walked = [
        client_id
        for offset in range(0, len(everyone) + 50, 50)
        for client_id in clients.find_client_ids(
            crowd,
            text=text,
            descending=descending,
            offset=offset,
            limit=50,
            matches=client_search.BROAD_MATCHES,
        )
    ]
    assert walked == everyone


def test_first_page_counts_only_when_it_must(crowd):
    narrow = clients.first_page(crowd, text="kowalsk", size=256)
    assert narrow.total == len(narrow.ids) < 256
    full = clients.first_page(crowd, size=256)
    assert full.total is None and len(full.ids) == 256
    broad = clients.first_page(crowd, text="a", size=256)
    assert broad.total == clients.count_matching_clients(crowd, text="a")
    assert broad.ids == clients.find_client_ids(crowd, text="a", limit=256)
