"""Device parameters per treatment family: the shipped file, the checks, the loader."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from clinicdesk.rules import device_parameters as dp
from clinicdesk.rules.codes import FAMILIES, LANGUAGES

LABEL = '{ en = "A", fr = "B", pl = "C", zh_CN = "D" }'


def test_the_shipped_file_reads_and_asks_what_the_issue_lists():
    table = dp.load_device_parameters()
    assert set(table) <= FAMILIES
    names = {family: [spec.name for spec in specs] for family, specs in table.items()}
    assert names["laser_ipl"] == [
        "wavelength_nm",
        "fluence_j_cm2",
        "pulse_width_ms",
        "spot_size_mm",
        "passes",
    ]
    assert names["chemical_peel"] == ["agent", "concentration_percent", "layers", "minutes"]
    assert "depth_mm" in names["microneedling"]
    assert names["botulinum_toxin"] == ["dilution_ml"]
    agent = table["chemical_peel"][0]
    assert agent.is_choice
    assert list(agent.choices) == [
        "glycolic",
        "salicylic",
        "lactic",
        "mandelic",
        "tca",
        "jessner",
        "other",
    ]
    depth = table["microneedling"][0]
    assert (depth.minimum, depth.maximum, depth.unit) == (Decimal("0.2"), Decimal("2.5"), "mm")
    for specs in table.values():
        for spec in specs:
            assert set(spec.labels) == set(LANGUAGES)
            assert all(set(labels) == set(LANGUAGES) for labels in spec.choices.values())
    assert dp.parameters_for("facial") == ()
    assert table["laser_ipl"][1].label("fr_FR") == "Fluence"
    assert agent.choice_label("tca", "pl").startswith("TCA")


@pytest.mark.parametrize(
    ("family", "values", "expected"),
    [
        ("laser_ipl", {"wavelength_nm": 755, "fluence_j_cm2": 12.5, "passes": "2"}, []),
        ("laser_ipl", {"wavelength_nm": 400, "fluence_j_cm2": "60", "spot_size_mm": "1,5"}, []),
        ("laser_ipl", {"wavelength_nm": 399}, [("wavelength_nm", dp.OUT_OF_RANGE)]),
        ("laser_ipl", {"fluence_j_cm2": Decimal("60.1")}, [("fluence_j_cm2", dp.OUT_OF_RANGE)]),
        ("laser_ipl", {"fluence_j_cm2": "12.35"}, [("fluence_j_cm2", dp.OFF_STEP)]),
        ("laser_ipl", {"passes": 1.5}, [("passes", dp.OFF_STEP)]),
        ("laser_ipl", {"passes": "two"}, [("passes", dp.NOT_A_NUMBER)]),
        ("laser_ipl", {"passes": True}, [("passes", dp.NOT_A_NUMBER)]),
        ("laser_ipl", {"passes": "nan"}, [("passes", dp.NOT_A_NUMBER)]),
        ("laser_ipl", {"passes": None, "spot_size_mm": "  "}, []),
        ("laser_ipl", {"depth_mm": 1}, [("depth_mm", dp.UNKNOWN)]),
        ("chemical_peel", {"agent": "tca", "layers": 6, "minutes": 0}, []),
        ("chemical_peel", {"agent": "TCA"}, [("agent", dp.NOT_A_CHOICE)]),
        ("chemical_peel", {"agent": 3}, [("agent", dp.NOT_A_CHOICE)]),
        ("chemical_peel", {"layers": 7}, [("layers", dp.OUT_OF_RANGE)]),
        ("microneedling", {"depth_mm": "0.25"}, []),
        ("microneedling", {"depth_mm": 0.1}, [("depth_mm", dp.OUT_OF_RANGE)]),
        ("microneedling", {"depth_mm": 2.6}, [("depth_mm", dp.OUT_OF_RANGE)]),
        ("botulinum_toxin", {"dilution_ml": 2.5}, []),
        ("cryolipolysis", {"temperature_c": -10}, []),
        ("facial", {"anything": 1}, [("anything", dp.UNKNOWN)]),
        ("facial", {"anything": ""}, []),
    ],
)
def test_check_parameters(family, values, expected):
    found = dp.check_parameters(family, values)
    assert [(p.name, p.message_code) for p in found] == expected


def test_problems_come_in_the_familys_order_with_their_range():
    found = dp.check_parameters(
        "laser_ipl", {"zzz": 1, "passes": 9, "wavelength_nm": 2000, "aaa": 1}
    )
    assert [p.name for p in found] == ["wavelength_nm", "passes", "aaa", "zzz"]
    assert (found[0].minimum, found[0].maximum) == (Decimal(400), Decimal(1200))
    assert (found[2].minimum, found[2].maximum) == (None, None)


def test_clean_parameters_stores_numbers_and_codes_in_order():
    cleaned = dp.clean_parameters(
        "chemical_peel", {"minutes": "2,5", "agent": " glycolic ", "layers": Decimal("2.0")}
    )
    assert cleaned == {"agent": "glycolic", "layers": 2, "minutes": 2.5}
    assert list(cleaned) == ["agent", "layers", "minutes"]
    assert isinstance(cleaned["layers"], int)
    with pytest.raises(ValueError, match="layers"):
        dp.clean_parameters("chemical_peel", {"layers": 0})


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "device_parameters.toml"
    path.write_text(body, encoding="utf-8")
    return path


NUMBER = f"""
[[family]]
code = "microneedling"
[[family.parameter]]
name = "depth_mm"
label = {LABEL}
unit = "mm"
min = 0.2
max = 2.5
step = 0.05
"""


def test_a_small_valid_file_reads(tmp_path):
    table = dp.load_device_parameters(_write(tmp_path, NUMBER))
    assert [spec.name for spec in table["microneedling"]] == ["depth_mm"]
    assert dp.check_parameters("microneedling", {"depth_mm": 3}, table=table)[0].message_code == (
        dp.OUT_OF_RANGE
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("microneedling", "needling"), "unknown family code"),
        (('name = "depth_mm"', 'name = "Depth"'), "no valid name"),
        (("min = 0.2", "min = 3"), "min must be less than max"),
        (("step = 0.05", "step = 0"), "step must be more than 0"),
        (("step = 0.05", "step = 0.3"), "divide max - min"),
        (("max = 2.5", 'max = "2.5"'), "max must be a number"),
        (("max = 2.5", "max = true"), "max must be a number"),
        (('unit = "mm"\n', ""), "missing keys ['unit']"),
        (('unit = "mm"', 'unit = "mm"\ncolour = "red"'), "unknown keys ['colour']"),
        ((', zh_CN = "D" }', " }"), "label must be given in exactly"),
        (("[[family]]", "[[famly]]"), "expected only [[family]]"),
        (("step = 0.05", "step = 0.05\n[["), "cannot be read"),
    ],
)
def test_a_broken_file_is_refused_naming_the_problem(tmp_path, change, message):
    old, new = change
    assert old in NUMBER
    with pytest.raises(dp.DeviceParametersFileError, match=message.replace("[", r"\[")):
        dp.load_device_parameters(_write(tmp_path, NUMBER.replace(old, new, 1)))


def test_repeated_families_parameters_and_thin_choices_are_refused(tmp_path):
    with pytest.raises(dp.DeviceParametersFileError, match="listed more than once"):
        dp.load_device_parameters(_write(tmp_path, NUMBER + NUMBER))
    twice = NUMBER + NUMBER.split('[[family]]\ncode = "microneedling"')[1]
    with pytest.raises(dp.DeviceParametersFileError, match="used twice"):
        dp.load_device_parameters(_write(tmp_path, twice))
    choice = f"""
[[family]]
code = "dermal_filler"
[[family.parameter]]
name = "technique"
label = {LABEL}
[family.parameter.choices]
needle = {LABEL}
"""
    with pytest.raises(dp.DeviceParametersFileError, match="at least two"):
        dp.load_device_parameters(_write(tmp_path, choice))
    table = dp.load_device_parameters(_write(tmp_path, choice + f"cannula = {LABEL}\n"))
    assert list(table["dermal_filler"][0].choices) == ["needle", "cannula"]
    with pytest.raises(dp.DeviceParametersFileError, match="at least one"):
        dp.load_device_parameters(_write(tmp_path, '[[family]]\ncode = "hifu"\n'))
