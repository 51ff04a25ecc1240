"""The treatment catalogue a new practice starts with, and the practice's edits to it."""

from __future__ import annotations

import copy
import json
import tomllib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from clinicdesk.db.models import AuditEntry
from clinicdesk.errors import NotFound, ValidationError
from clinicdesk.paths import resource_path
from clinicdesk.rules.catalogue import (
    PHOTO_VIEWS,
    CatalogueFileError,
    FamilySeed,
    load_catalogue,
)
from clinicdesk.rules.codes import FAMILIES, LANGUAGES
from clinicdesk.rules.money import Money
from clinicdesk.services import catalogue, clinic
from clinicdesk.services.catalogue import Family
from clinicdesk.services.practice import Practice

WITHOUT_CONSENT = {"facial", "massage"}
WITH_PATCH_TEST = {"lash_brow_tint", "laser_ipl", "chemical_peel", "permanent_makeup"}


def families() -> dict[str, FamilySeed]:
    return {family.code: family for family in load_catalogue()}


def is_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_the_shipped_file_has_every_family_once() -> None:
    codes = [family.code for family in load_catalogue()]
    assert sorted(codes) == sorted(FAMILIES)
    assert len(codes) == len(set(codes)) == 14


def test_the_shipped_file_is_read_once() -> None:
    assert load_catalogue() is load_catalogue()


def test_every_text_is_in_four_languages() -> None:
    for family in load_catalogue():
        texts = [family.names, family.aftercare, *(service.names for service in family.services)]
        for table in texts:
            assert tuple(table) == LANGUAGES, family.code
            assert all(text.strip() for text in table.values()), family.code
            assert is_chinese(table["zh_CN"]), family.code
        # Translated, not copied: the aftercare reads differently in every language.
        assert len(set(family.aftercare.values())) == len(LANGUAGES), family.code


def test_aftercare_has_four_to_eight_lines_in_every_language() -> None:
    for family in load_catalogue():
        counts = {len(text.splitlines()) for text in family.aftercare.values()}
        assert len(counts) == 1, family.code
        assert 4 <= counts.pop() <= 8, family.code


def test_services_are_realistic_and_their_codes_unique() -> None:
    codes = [service.code for family in load_catalogue() for service in family.services]
    assert len(codes) == len(set(codes))
    for family in load_catalogue():
        assert 2 <= len(family.services) <= 5, family.code
        for service in family.services:
            assert 5 <= service.duration_minutes <= 240, service.code
            assert service.duration_minutes % 5 == 0, service.code
            assert isinstance(service.price_minor, int), service.code
            assert service.price_minor > 0, service.code


def test_consent_and_photos() -> None:
    for code, family in families().items():
        if code in WITHOUT_CONSENT:
            assert not family.requires_consent
            assert family.consent_template == ""
        else:
            assert family.requires_consent
            assert family.consent_template == code
        assert set(family.photo_views) <= PHOTO_VIEWS
    assert "front" in families()["botulinum_toxin"].photo_views


def test_lash_and_brow_tint_requires_a_48_hour_patch_test_without_exception() -> None:
    test = families()["lash_brow_tint"].patch_test
    assert test.required
    assert test.lead_hours == 48
    assert test.valid_days == 180
    assert test.retest_after_gap_days == 180
    assert test.level == "absolute"


def test_the_other_patch_tests() -> None:
    laser = families()["laser_ipl"].patch_test
    assert (laser.required, laser.lead_hours, laser.valid_days, laser.level) == (
        True,
        48,
        90,
        "relative",
    )
    assert laser.retest_on_new_medication
    peel = families()["chemical_peel"].patch_test
    assert (peel.required, peel.lead_hours, peel.valid_days, peel.level) == (
        True,
        48,
        180,
        "relative",
    )
    pigment = families()["permanent_makeup"].patch_test
    assert (pigment.required, pigment.lead_hours, pigment.valid_days, pigment.level) == (
        True,
        48,
        365,
        "relative",
    )
    for code, family in families().items():
        assert family.patch_test.required == (code in WITH_PATCH_TEST), code


def test_the_examples_the_catalogue_promises() -> None:
    toxin = {service.code for service in families()["botulinum_toxin"].services}
    assert {"toxin_one_area", "toxin_three_areas"} <= toxin
    laser = {service.code for service in families()["laser_ipl"].services}
    assert {"laser_hair_underarms", "laser_hair_full_legs"} <= laser
    lash = {service.code for service in families()["lash_brow_tint"].services}
    assert {"lash_tint", "brow_tint", "lash_lift"} <= lash


# Bad files: the shipped data, changed in one place and written back as TOML.


def shipped_data() -> list[dict[str, Any]]:
    with resource_path("rules", "treatments.toml").open("rb") as file:
        return list(tomllib.load(file)["family"])


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(value)


def write_catalogue(tmp_path: Path, data: list[dict[str, Any]]) -> Path:
    lines = []
    for family in data:
        lines.append("[[family]]")
        lines += [f"{key} = {toml_value(value)}" for key, value in family.items()]
    path = tmp_path / "treatments.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def family(data: list[dict[str, Any]], code: str) -> dict[str, Any]:
    return next(entry for entry in data if entry["code"] == code)


def test_the_shipped_data_written_back_loads_the_same(tmp_path: Path) -> None:
    assert load_catalogue(write_catalogue(tmp_path, shipped_data())) == load_catalogue()


def set_code(data: list[dict[str, Any]]) -> None:
    family(data, "hifu")["code"] = "botox"


def drop_language(data: list[dict[str, Any]]) -> None:
    del family(data, "hifu")["names"]["pl"]


def bad_level(data: list[dict[str, Any]]) -> None:
    family(data, "hifu")["patch_test"]["level"] = "caution"


def short_aftercare(data: list[dict[str, Any]]) -> None:
    family(data, "hifu")["aftercare"]["fr"] = ["Une ligne."] * 3


def uneven_aftercare(data: list[dict[str, Any]]) -> None:
    family(data, "hifu")["aftercare"]["pl"].pop()


def typo_key(data: list[dict[str, Any]]) -> None:
    family(data, "hifu")["requires_concent"] = family(data, "hifu").pop("requires_consent")


def number_as_bool(data: list[dict[str, Any]]) -> None:
    family(data, "hifu")["patch_test"]["lead_hours"] = True


def consent_without_form(data: list[dict[str, Any]]) -> None:
    family(data, "hifu")["consent_template"] = ""


def form_without_consent(data: list[dict[str, Any]]) -> None:
    family(data, "hifu")["requires_consent"] = False


def unknown_view(data: list[dict[str, Any]]) -> None:
    family(data, "hifu")["photo_views"].append("top")


def required_test_without_lead_time(data: list[dict[str, Any]]) -> None:
    family(data, "hifu")["patch_test"]["required"] = True


def service_without_chinese(data: list[dict[str, Any]]) -> None:
    del family(data, "hifu")["service"][0]["names"]["zh_CN"]


def service_too_long(data: list[dict[str, Any]]) -> None:
    family(data, "hifu")["service"][0]["duration_minutes"] = 24 * 60


def negative_price(data: list[dict[str, Any]]) -> None:
    family(data, "hifu")["service"][0]["price_minor"] = -1


def no_services(data: list[dict[str, Any]]) -> None:
    family(data, "hifu")["service"] = []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (set_code, "unknown family code 'botox'"),
        (drop_language, "hifu: names must be given"),
        (bad_level, "hifu: patch_test: level must be one of"),
        (short_aftercare, "hifu: aftercare: fr must be 4 to 8"),
        (uneven_aftercare, "hifu: aftercare: the languages have different numbers"),
        (
            typo_key,
            r"hifu: missing keys \['requires_consent'\], unknown keys \['requires_concent'\]",
        ),
        (number_as_bool, "hifu: patch_test: lead_hours must be a whole number"),
        (consent_without_form, "hifu: requires consent but names no consent_template"),
        (form_without_consent, "hifu: has a consent_template"),
        (unknown_view, "hifu: photo_views"),
        (required_test_without_lead_time, "hifu: patch_test: a required test needs lead_hours"),
        (service_without_chinese, "hifu: service hifu_full_face: names"),
        (service_too_long, "hifu: service hifu_full_face: duration_minutes"),
        (negative_price, "hifu: service hifu_full_face: price_minor"),
        (no_services, "hifu: needs at least one"),
    ],
)
def test_a_bad_family_is_rejected_naming_it(
    tmp_path: Path, change: Callable[[list[dict[str, Any]]], None], message: str
) -> None:
    data = copy.deepcopy(shipped_data())
    change(data)
    with pytest.raises(CatalogueFileError, match=message):
        load_catalogue(write_catalogue(tmp_path, data))


def test_a_repeated_family_or_service_code_is_rejected(tmp_path: Path) -> None:
    data = shipped_data()
    with pytest.raises(CatalogueFileError, match=r"family codes used more than once: \['hifu'\]"):
        load_catalogue(write_catalogue(tmp_path, [*data, family(data, "hifu")]))
    data = copy.deepcopy(shipped_data())
    family(data, "massage")["service"][0]["code"] = "lash_tint"
    with pytest.raises(CatalogueFileError, match=r"service codes .*\['lash_tint'\]"):
        load_catalogue(write_catalogue(tmp_path, data))


def test_a_missing_family_is_rejected(tmp_path: Path) -> None:
    data = [entry for entry in shipped_data() if entry["code"] != "massage"]
    with pytest.raises(CatalogueFileError, match=r"missing families: \['massage'\]"):
        load_catalogue(write_catalogue(tmp_path, data))


def test_an_unreadable_file_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "treatments.toml"
    path.write_text("[[family]\ncode = ", encoding="utf-8")
    with pytest.raises(CatalogueFileError, match="cannot be read"):
        load_catalogue(path)
    with pytest.raises(CatalogueFileError, match="cannot be read"):
        load_catalogue(tmp_path / "absent.toml")


# The practice's own catalogue: services added, edited and retired; families edited.

NAMES = {"en": "Glycolic peel 30%", "fr": "Peeling glycolique 30 %", "pl": "", "zh_CN": ""}


def last_audit(practice: Practice) -> AuditEntry:
    with practice.reading() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert entry is not None
    return entry


def service_codes(practice: Practice, family: str, *, include_retired: bool = False) -> list[str]:
    found = next(f for f in catalogue.families(practice, include_retired=True) if f.code == family)
    return [s.code for s in found.services if s.active or include_retired]


def test_a_new_service_gets_a_code_from_its_english_name_and_is_audited(practice) -> None:
    service = catalogue.add_service(
        practice,
        family="chemical_peel",
        names=NAMES,
        duration_minutes=40,
        price=Money("EUR", 9550),
    )
    assert service.code == "glycolic_peel_30"
    assert service.price == Money("EUR", 9550) and service.active
    assert service.names["fr"] == "Peeling glycolique 30 %" and service.names["pl"] == ""
    assert service.code in service_codes(practice, "chemical_peel")
    entry = last_audit(practice)
    assert entry.action == "catalogue_add_service" and entry.entity_type == "service"
    assert json.loads(entry.detail) == {"family": "chemical_peel", "code": "glycolic_peel_30"}

    again = catalogue.add_service(
        practice, family="facial", names=NAMES, duration_minutes=40, price=Money("EUR", 1)
    )
    assert again.code == "glycolic_peel_30_2"
    accents = catalogue.add_service(
        practice,
        family="facial",
        names={"en": "  Soin éclat — 60' "},
        duration_minutes=60,
        price=Money("EUR", 0),
    )
    assert accents.code == "soin_eclat_60" and accents.names["en"] == "Soin éclat — 60'"
    chinese = catalogue.add_service(
        practice,
        family="facial",
        names={"en": "面部护理", "zh_CN": "面部护理"},
        duration_minutes=60,
        price=Money("EUR", 0),
    )
    assert chinese.code == "facial_service"


def test_a_code_starting_with_a_digit_or_like_an_existing_one_stays_unique(practice) -> None:
    first = catalogue.add_service(
        practice, family="massage", names={"en": "3 areas"}, duration_minutes=30,
        price=Money("EUR", 100),
    )  # fmt: skip
    assert first.code == "service_3_areas"
    # "lash_tint" is shipped; "lash%tint" would match it as a LIKE pattern, not as a code.
    tint = catalogue.add_service(
        practice, family="lash_brow_tint", names={"en": "Lash tint"}, duration_minutes=30,
        price=Money("EUR", 100),
    )  # fmt: skip
    assert tint.code == "lash_tint_2"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"names": {"en": "  "}}, "names", "needs a name"),
        ({"names": {"en": "x" * 201}}, "names", "at most 200 characters; it has 201"),
        ({"names": {"en": "Peel", "fr": "é" * 201}}, "names", "at most 200"),
        ({"duration_minutes": 4}, "duration_minutes", "5 to 600 minutes"),
        ({"duration_minutes": 601}, "duration_minutes", "5 to 600 minutes"),
        ({"price": Money("EUR", -1)}, "price", "cannot be negative"),
        ({"price": Money("EUR", 10**11)}, "price", "too high"),
        ({"price": Money("PLN", 4550)}, "price", "practice's currency, EUR"),
    ],
)
def test_a_service_that_cannot_be_saved_is_refused_and_nothing_is_written(
    practice, changes: dict[str, Any], field: str, message: str
) -> None:
    before = (catalogue.families(practice, include_retired=True), last_audit(practice).seq)
    arguments = {"names": NAMES, "duration_minutes": 30, "price": Money("EUR", 4550), **changes}
    with pytest.raises(ValidationError, match=message) as raised:
        catalogue.add_service(practice, family="chemical_peel", **arguments)
    assert raised.value.field == field
    code = service_codes(practice, "chemical_peel")[0]
    with pytest.raises(ValidationError, match=message):
        catalogue.update_service(practice, code=code, active=True, **arguments)
    after = (catalogue.families(practice, include_retired=True), last_audit(practice).seq)
    assert after == before


def test_a_name_in_another_language_than_the_catalogues_is_a_bug(practice) -> None:
    with pytest.raises(ValueError, match="unknown language"):
        catalogue.add_service(
            practice, family="facial", names={"en": "Facial", "de": "Gesichtsbehandlung"},
            duration_minutes=30, price=Money("EUR", 100),
        )  # fmt: skip


def test_a_service_needs_a_family_and_an_existing_code(practice) -> None:
    with pytest.raises(NotFound):
        catalogue.add_service(
            practice, family="tattoo_removal", names=NAMES, duration_minutes=30,
            price=Money("EUR", 100),
        )  # fmt: skip
    with pytest.raises(NotFound):
        catalogue.update_service(
            practice, code="nothing_like_it", names=NAMES, duration_minutes=30,
            price=Money("EUR", 100), active=True,
        )  # fmt: skip
    with pytest.raises(NotFound):
        catalogue.set_service_active(practice, code="nothing_like_it", active=False)


def test_the_currency_is_the_practices_own(practice) -> None:
    details = clinic.clinic_details(practice)
    clinic.update_clinic_details(practice, details=replace(details, currency="PLN"))
    service = catalogue.add_service(
        practice, family="facial", names=NAMES, duration_minutes=30, price=Money("PLN", 25000)
    )
    assert service.price == Money("PLN", 25000)


def test_editing_and_retiring_a_service_is_audited_and_keeps_it(practice) -> None:
    code = service_codes(practice, "chemical_peel")[0]
    updated = catalogue.update_service(
        practice, code=code, names=NAMES, duration_minutes=50, price=Money("EUR", 12000),
        active=True,
    )  # fmt: skip
    assert (updated.code, updated.duration_minutes, updated.price) == (
        code,
        50,
        Money("EUR", 12000),
    )
    entry = last_audit(practice)
    assert entry.action == "catalogue_update_service"
    assert json.loads(entry.detail) == {
        "code": code,
        "fields": ["names", "duration_minutes", "price"],
    }

    catalogue.set_service_active(practice, code=code, active=False)
    assert last_audit(practice).action == "catalogue_retire_service"
    assert code not in service_codes(practice, "chemical_peel")
    assert code in service_codes(practice, "chemical_peel", include_retired=True)
    seq = last_audit(practice).seq
    catalogue.set_service_active(practice, code=code, active=False)  # nothing to do
    assert last_audit(practice).seq == seq
    catalogue.set_service_active(practice, code=code, active=True)
    assert last_audit(practice).action == "catalogue_restore_service"
    assert code in service_codes(practice, "chemical_peel")

    catalogue.update_service(
        practice, code=code, names=NAMES, duration_minutes=50, price=Money("EUR", 12000),
        active=False,
    )  # fmt: skip
    assert json.loads(last_audit(practice).detail)["fields"] == ["active"]
    assert code not in service_codes(practice, "chemical_peel")


def peel(practice: Practice) -> Family:
    return next(f for f in catalogue.families(practice) if f.code == "chemical_peel")


def family_arguments(family: Family, **changes: Any) -> dict[str, Any]:
    arguments = {
        "code": family.code,
        "names": dict(family.names),
        "requires_consent": family.requires_consent,
        "consent_template": family.consent_template,
        "patch_test": family.patch_test,
        "aftercare": dict(family.aftercare),
        "active": family.active,
    }
    return {**arguments, **changes}


def test_a_family_is_saved_cleaned_and_audited(practice) -> None:
    family = peel(practice)
    catalogue.update_family(
        practice,
        **family_arguments(
            family,
            names={**family.names, "fr": " Peeling aux acides "},
            patch_test=replace(family.patch_test, valid_days=0),
            aftercare={**family.aftercare, "pl": "  Pierwsza linia \n\n  Druga linia  \n"},
        ),
    )
    saved = peel(practice)
    assert saved.names["fr"] == "Peeling aux acides"
    assert saved.patch_test.valid_days == 0
    assert saved.aftercare["pl"] == "Pierwsza linia\nDruga linia"
    assert saved.aftercare["en"] == family.aftercare["en"]
    entry = last_audit(practice)
    assert (entry.action, entry.entity_type) == ("catalogue_update", "family")

    # Without consent the template is not kept.
    catalogue.update_family(
        practice, **family_arguments(saved, requires_consent=False, consent_template="peel")
    )
    assert (peel(practice).requires_consent, peel(practice).consent_template) == (False, "")


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"names": {"en": ""}}, "names", "needs a name"),
        ({"names": {"en": "Peel", "zh_CN": "换" * 201}}, "names", "at most 200"),
        ({"consent_template": " "}, "consent_template", "needs a consent template"),
        ({"consent_template": "Peel form"}, "consent_template", "lower-case letters"),
        ({"aftercare": {"en": "x" * 4001}}, "aftercare", "at most 4000"),
    ],
)
def test_a_family_that_cannot_be_saved_is_refused(
    practice, changes: dict[str, Any], field: str, message: str
) -> None:
    before = last_audit(practice).seq
    with pytest.raises(ValidationError, match=message) as raised:
        catalogue.update_family(practice, **family_arguments(peel(practice), **changes))
    assert raised.value.field == field
    assert last_audit(practice).seq == before


@pytest.mark.parametrize(
    ("policy", "message"),
    [
        ({"lead_hours": -1}, "cannot be negative"),
        ({"retest_after_gap_days": -1}, "cannot be negative"),
        ({"valid_days": 3651}, "at most 720 hours"),
        ({"lead_hours": 0}, "needs time to be read"),
    ],
)
def test_a_patch_test_policy_that_makes_no_sense_is_refused(
    practice, policy: dict[str, Any], message: str
) -> None:
    family = peel(practice)
    with pytest.raises(ValidationError, match=message) as raised:
        catalogue.update_family(
            practice, **family_arguments(family, patch_test=replace(family.patch_test, **policy))
        )
    assert raised.value.field == "patch_test"
    # Not required: a zero lead time is simply unused.
    catalogue.update_family(
        practice,
        **family_arguments(
            family, patch_test=replace(family.patch_test, required=False, lead_hours=0)
        ),
    )
    assert not peel(practice).patch_test.required


def test_the_screening_rules_of_a_family_most_severe_first() -> None:
    rules = catalogue.screening_rules(family="chemical_peel")
    assert "isotretinoin-resurfacing" in [rule.id for rule in rules]
    assert all("chemical_peel" in rule.families for rule in rules)
    severities = [rule.level.severity for rule in rules]
    assert severities == sorted(severities, reverse=True)
    with pytest.raises(ValueError, match="unknown treatment family"):
        catalogue.screening_rules(family="tattoo_removal")
