"""The treatment catalogue a new practice starts with."""

from __future__ import annotations

import copy
import json
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from clinicdesk.paths import resource_path
from clinicdesk.rules.catalogue import (
    PHOTO_VIEWS,
    CatalogueFileError,
    FamilySeed,
    load_catalogue,
)
from clinicdesk.rules.codes import FAMILIES, LANGUAGES

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
