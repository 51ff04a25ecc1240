"""The demo client generator: deterministic, fast, valid, and realistic enough to test on."""

from __future__ import annotations

import random
import re
import time
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date

import phonenumbers
import pytest

from clinicdesk.services.client_fields import EMAIL_PATTERN, ClientFields, clean_client_fields
from clinicdesk.services.demo_data import demo_clients

TODAY = date(2025, 6, 1)
SAMPLE = 20_000
CJK = re.compile(r"^[\u4e00-\u9fff]+$")
LANGUAGE_OF = {"FR": "fr", "PL": "pl", "CN": "zh_CN", "GB": "en"}


@pytest.fixture(scope="module")
def clients() -> list[ClientFields]:
    return list(demo_clients(SAMPLE, seed=42, today=TODAY))


def share(items: list[ClientFields], predicate) -> float:
    return sum(1 for c in items if predicate(c)) / len(items)


def test_same_seed_gives_the_same_clients():
    assert list(demo_clients(500, seed=7, today=TODAY)) == list(
        demo_clients(500, seed=7, today=TODAY)
    )


def test_different_seeds_give_different_clients():
    first = list(demo_clients(200, seed=1, today=TODAY))
    second = list(demo_clients(200, seed=2, today=TODAY))
    assert sum(a != b for a, b in zip(first, second, strict=True)) > 190


def test_the_global_random_state_is_neither_used_nor_disturbed():
    random.seed(99)
    expected = random.random()
    random.seed(99)
    generated = list(demo_clients(50, seed=3, today=TODAY))
    assert random.random() == expected
    random.seed(12345)
    assert list(demo_clients(50, seed=3, today=TODAY)) == generated


def test_exactly_count_clients_and_no_negative_count():
    assert list(demo_clients(0, today=TODAY)) == []
    assert len(list(demo_clients(37, today=TODAY))) == 37
    with pytest.raises(ValueError):
        demo_clients(-1, today=TODAY)


def test_hundred_thousand_clients_are_quick():
    start = time.perf_counter()
    count = sum(1 for _ in demo_clients(100_000, seed=5, today=TODAY))
    elapsed = time.perf_counter() - start
    assert count == 100_000
    assert elapsed < 10, f"100,000 demo clients took {elapsed:.1f} s"


def test_every_client_is_already_clean(clients):
    for client in clients:
        assert clean_client_fields(client, today=TODAY) == client


def test_default_today_gives_no_future_birth_date():
    for client in demo_clients(2_000, seed=8):
        assert client.date_of_birth is None or client.date_of_birth <= date.today()


def test_locale_mix_is_roughly_as_intended(clients):
    with_country = [c.country for c in clients if c.country is not None]
    counts = Counter(with_country)
    assert set(counts) == {"FR", "PL", "CN", "GB"}
    for country, expected in {"FR": 0.3, "PL": 0.3, "CN": 0.2, "GB": 0.2}.items():
        assert abs(counts[country] / len(with_country) - expected) < 0.03, counts


@pytest.mark.parametrize(
    ("what", "predicate", "low", "high"),
    [
        ("female", lambda c: c.sex == "female", 0.80, 0.90),
        ("male", lambda c: c.sex == "male", 0.08, 0.18),
        ("sex undisclosed or unknown", lambda c: c.sex in ("undisclosed", None), 0.005, 0.04),
        ("no phone", lambda c: c.phone is None, 0.07, 0.13),
        ("email", lambda c: c.email is not None, 0.65, 0.75),
        ("no address", lambda c: c.address_line1 is None, 0.12, 0.18),
        ("preferred name", lambda c: c.preferred_name is not None, 0.02, 0.08),
        ("marketing consent", lambda c: c.marketing_consent, 0.35, 0.45),
        ("notes", lambda c: c.notes is not None, 0.16, 0.24),
        ("referral source", lambda c: c.referral_source is not None, 0.6, 0.9),
        ("unknown birth date", lambda c: c.date_of_birth is None, 0.03, 0.07),
    ],
)
def test_proportions(clients, what, predicate, low, high):
    assert low <= share(clients, predicate) <= high, what


def test_address_is_all_or_nothing_and_in_local_format(clients):
    postal = {
        "FR": re.compile(r"^\d{5}$"),
        "PL": re.compile(r"^\d\d-\d{3}$"),
        "CN": re.compile(r"^\d{6}$"),
        "GB": re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$"),
    }
    for c in clients:
        present = [c.address_line1, c.postal_code, c.city, c.country]
        assert all(present) or not any(present)
        if c.country:
            assert postal[c.country].match(c.postal_code), (c.country, c.postal_code)


def test_polish_adjectival_surnames_agree_with_sex(clients):
    polish = [c for c in clients if c.country == "PL"]
    women = [c.family_name for c in polish if c.sex == "female"]
    men = [c.family_name for c in polish if c.sex == "male"]
    assert not [n for n in women if n.endswith(("ski", "cki", "dzki", "sny", "czny", "ały"))]
    assert not [n for n in men if n.endswith(("ska", "cka", "dzka"))]
    assert share_names(women, ("ska", "cka", "dzka")) > 0.3
    assert share_names(men, ("ski", "cki", "dzki")) > 0.3


def test_given_names_match_sex(clients):
    # Polish makes it checkable: women's given names end in -a, men's do not.
    polish = [c for c in clients if c.country == "PL"]
    assert all(c.given_name.endswith("a") for c in polish if c.sex == "female")
    assert not any(c.given_name.endswith("a") for c in polish if c.sex == "male")
    assert share(clients, lambda c: c.given_name in {"Thomas", "Oliver", "Piotr", "伟"}) < 0.02


def share_names(names: list[str], endings: tuple[str, ...]) -> float:
    return sum(n.endswith(endings) for n in names) / len(names)


def test_phones_are_valid_mobiles_for_their_country(clients):
    sample = [c for c in clients if c.phone and c.country][:5_000]
    assert len(sample) == 5_000
    for c in sample:
        number = phonenumbers.parse(c.phone, c.country)
        assert phonenumbers.is_valid_number_for_region(number, c.country), (c.country, c.phone)
        assert phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE, c.phone
    # Typed the way people type them: both national and international forms occur.
    for country in ("FR", "PL", "CN", "GB"):
        phones = [c.phone for c in sample if c.country == country]
        assert any(p.startswith("+") for p in phones), country
        assert any(not p.startswith("+") for p in phones), country


def test_no_ofcom_drama_numbers():
    # 07700 900xxx looks right but is reserved for fiction and is not a valid mobile.
    for c in demo_clients(5_000, seed=9, today=TODAY):
        if c.phone and c.country == "GB":
            assert "7700" not in c.phone[:8]


def test_emails_are_valid_ascii_and_rarely_shared(clients):
    emails = [c.email for c in clients if c.email is not None]
    for email in emails:
        assert EMAIL_PATTERN.match(email), email
        assert email.isascii() and email == email.lower(), email
    # Only the near-duplicates reuse an address; namesakes get distinct ones.
    assert len(set(emails)) > 0.99 * len(emails)
    domains = Counter(e.split("@")[1] for e in emails)
    for domain in ("orange.fr", "wp.pl", "qq.com", "163.com", "btinternet.com", "gmail.com"):
        assert domains[domain] > 0, domain


def test_emails_are_built_from_the_name(clients):
    fr = [c for c in clients if c.country == "FR" and c.email and "." in c.email.split("@")[0]]
    assert any(c.email.startswith("helene.") for c in fr if c.given_name == "Hélène")
    pl = [c for c in clients if c.country == "PL" and c.email]
    # ł has no Unicode decomposition: it must be mapped to l by hand.
    for given, ascii_given in (("Łucja", "lucja"), ("Małgorzata", "malgorzata")):
        assert any(ascii_given in c.email for c in pl if c.given_name == given), given


@pytest.mark.parametrize("today", [TODAY, date(2024, 2, 29), date(2030, 12, 31)])
def test_birth_dates_are_plausible(today):
    born = [c.date_of_birth for c in demo_clients(10_000, seed=4, today=today)]
    known = [d for d in born if d is not None]
    assert all(date(1900, 1, 1) <= d <= today for d in known)
    ages = [today.year - d.year - ((today.month, today.day) < (d.month, d.day)) for d in known]
    assert min(ages) == 16
    assert max(ages) <= 80
    minors = sum(a < 18 for a in ages) / len(ages)
    assert 0.002 < minors < 0.025
    assert sum(25 <= a <= 55 for a in ages) / len(ages) > 0.7


def test_chinese_clients_have_names_in_characters(clients):
    chinese = [c for c in clients if c.country == "CN"]
    assert chinese
    for c in chinese:
        assert CJK.match(c.given_name) and CJK.match(c.family_name), c
        assert 1 <= len(c.given_name) <= 2
    assert any(len(c.family_name) == 2 for c in chinese), "compound family names such as 欧阳"
    for c in clients:
        if c.country in ("FR", "PL", "GB"):
            assert not CJK.search(c.given_name + c.family_name)


def test_languages_match_the_locale(clients):
    for c in clients:
        assert c.referred_by_id is None
        if c.country:
            assert c.preferred_language in (LANGUAGE_OF[c.country], "en"), c
    for country in ("FR", "PL", "CN"):
        local = [c for c in clients if c.country == country]
        english = share(local, lambda c: c.preferred_language == "en")
        assert 0.05 < english < 0.15, country


def test_notes_are_in_the_clients_language_and_not_medical(clients):
    noted = [c for c in clients if c.notes and c.country]
    assert noted
    for c in noted:
        if c.country == "CN":
            assert re.search(r"[\u4e00-\u9fff]", c.notes), c.notes
        elif c.country == "GB":
            assert c.notes.isascii(), c.notes
    medical = re.compile(r"allerg|alerg|enceinte|pregnan|ciąż|过敏|怀孕|diabet|cukrzyc|médic|medic")
    for notes in {c.notes for c in clients if c.notes}:
        assert not medical.search(notes.lower()), notes


def e164_of(c: ClientFields) -> str:
    number = phonenumbers.parse(c.phone, c.country)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def test_near_duplicates_exist(clients):
    # Same name, birth date and phone number, but the phone typed another way.
    typed = defaultdict(list)
    for c in clients:
        if c.date_of_birth is not None and c.phone and c.country:
            typed[(c.given_name, c.family_name, c.date_of_birth, e164_of(c))].append(c.phone)
    duplicates = 0
    for phones in typed.values():
        if len(phones) > 1:
            assert len(set(phones)) > 1, phones
            duplicates += len(phones) - 1
    assert 0.002 * SAMPLE <= duplicates <= 0.01 * SAMPLE


def test_clean_would_catch_a_broken_client():
    # Guards the "already clean" test: a padded or invalid value does not compare equal.
    client = next(demo_clients(1, seed=1, today=TODAY))
    padded = replace(client, given_name=f" {client.given_name} ")
    assert clean_client_fields(padded, today=TODAY) != padded


def test_demo_treatments_go_through_the_services_and_stay_in_date(practice):
    from clinicdesk.services import clients, sessions
    from clinicdesk.services.demo_data import demo_clients
    from clinicdesk.services.demo_treatments import add_demo_treatments

    ids = clients.create_clients_bulk(practice, items=demo_clients(60, seed=2), source="demo")

    added = add_demo_treatments(practice, client_ids=ids, seed=2)

    treated = [s for client_id in ids for s in sessions.sessions(practice, client_id=client_id)]
    assert added == len(treated) > 0
    assert all(s.final and s.plan_treatment_id is not None for s in treated)
    for record in treated:
        assert all(line.expires_on >= record.day for line in record.products)
    placed = {s.family for s in treated if any(line.chart for line in s.products)}
    assert placed == {s.family for s in treated} & {"botulinum_toxin", "dermal_filler"} != set()
