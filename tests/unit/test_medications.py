"""Recognising medication classes in what clients write on a medical history form."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from clinicdesk.paths import resource_path
from clinicdesk.rules.codes import LANGUAGES, MEDICATION_CLASSES
from clinicdesk.rules.medications import (
    MedicationFileError,
    class_name,
    load_classes,
    recognise,
    tokens,
)

ISOTRETINOIN_BRANDS = [
    "Roaccutane", "Accutane", "Curacné", "Aknenormin", "Contracné", "Procuta", "Absorica",
    "Claravis", "Amnesteem", "Isotrex", "Isotane", "Oratane", "Acnotin", "泰尔丝",
]  # fmt: skip
# Accented look-alikes, to check that accents a client adds are ignored too.
ACCENTED = str.maketrans("aeiouc", "àéïôüç")


def strip_accents(name: str) -> str:
    return name.replace("é", "e")


@pytest.mark.parametrize("brand", ISOTRETINOIN_BRANDS)
def test_every_isotretinoin_brand_is_in_the_data_and_recognised_however_written(
    brand: str,
) -> None:
    isotretinoin = next(c for c in load_classes() if c.code == "isotretinoin")
    assert brand in isotretinoin.match
    for written in (
        brand,
        brand.upper(),
        brand.lower(),
        strip_accents(brand),
        strip_accents(brand).upper(),
        brand.translate(ACCENTED),
        f"{brand} 20 mg caps",
    ):
        assert recognise(written) == {"isotretinoin"}, written


@pytest.mark.parametrize(
    "text",
    [
        "Roaccutane 20mg",
        "Roaccutane20mg",
        "ROACCUTANE 20 mg capsules, once daily",
        "Curacne",
        "CURACNÉ 10 mg",
        "Aknenormin",
        "ISOTRÉTINOÏNE 10mg",
        "isotretinoin",
        "izotretynoina 20 mg",
        "异维A酸软胶囊",
        "异维Ａ酸 10mg",  # full-width Latin letter, as Chinese input methods often type it
        "ＲＯＡＣＣＵＴＡＮＥ",
        "13-cis-retinoic acid",
    ],
)
def test_isotretinoin_in_the_ways_people_write_it(text: str) -> None:
    assert recognise(text) == {"isotretinoin"}


@pytest.mark.parametrize("text", ["warfarin", "Warfaryna", "Coumadine", "华法林", "华法林钠片"])
def test_anticoagulants(text: str) -> None:
    assert recognise(text) == {"anticoagulant"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("doxycycline", {"antibiotic", "photosensitising"}),
        ("Doxycycline 100mg for rosacea", {"antibiotic", "photosensitising"}),
        ("多西环素", {"antibiotic", "photosensitising"}),
        ("aspirine", {"antiplatelet"}),
        ("aspiryna 75", {"antiplatelet"}),
        ("Acard 75 mg", {"antiplatelet"}),
        ("阿司匹林肠溶片", {"antiplatelet"}),
        ("clopidogrel", {"antiplatelet"}),
        ("氯吡格雷", {"antiplatelet"}),
        ("prednisone 5 mg", {"steroid"}),
        ("泼尼松", {"steroid"}),
        ("methotrexate weekly", {"immunosuppressant", "photosensitising"}),
        ("Humira pen", {"immunosuppressant"}),
        ("Differin gel", {"other_retinoid"}),
        ("Retin-A 0.025%", {"other_retinoid"}),
        ("amoxicilline", {"antibiotic"}),
        ("St. John’s Wort", {"photosensitising"}),
        ("warfarin 5mg; aspirin 75mg", {"anticoagulant", "antiplatelet"}),
        # combination products belong to each of their classes
        ("Fucidin H cream", {"antibiotic", "steroid"}),
        ("Isotrexin gel", {"isotretinoin", "antibiotic"}),
    ],
)
def test_other_classes(text: str, expected: set[str]) -> None:
    assert recognise(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "vitamin D",
        "paracetamol",
        "20 mg twice a day",
        "none",
        "brak",
        "无",
        "doxylamine",  # an antihistamine, not the "Doxy" brand of doxycycline
        "heparinoid cream",  # topical, not heparin
        "retina specialist",  # not "Retin-A"
        "aspirinless",
        "isotretinoinish",
    ],
)
def test_nothing_recognised_in_unrelated_text(text: str) -> None:
    assert recognise(text) == frozenset()


def test_a_chinese_name_inside_a_longer_one_counts_only_as_the_longer() -> None:
    # 维A酸 is tretinoin, 异维A酸 isotretinoin: the first must not be found inside the second.
    assert recognise("维A酸乳膏") == {"other_retinoid"}
    assert recognise("异维A酸") == {"isotretinoin"}
    assert recognise("retinoic acid") == {"other_retinoid"}
    assert recognise("13-cis-retinoic acid") == {"isotretinoin"}


def test_folding_ignores_case_accents_width_and_punctuation() -> None:
    assert tokens("ISOTRÉTINOÏNE, 10mg!") == ("isotretinoine", "10", "mg")
    assert tokens("Łucja Straße Ø") == ("lucja", "strasse", "o")
    assert tokens("ＡＢＣ１２") == ("abc", "12")
    assert tokens("异维A酸") == ("异", "维", "a", "酸")


def test_every_class_is_in_the_data_with_names_in_four_languages() -> None:
    classes = load_classes()
    assert {c.code for c in classes} == MEDICATION_CLASSES
    assert len(classes) == len(MEDICATION_CLASSES)
    for medication_class in classes:
        assert set(medication_class.names) == set(LANGUAGES)
        assert all(name.strip() for name in medication_class.names.values())
        assert any("\u4e00" <= ch <= "\u9fff" for ch in medication_class.names["zh_CN"])
        # Names in every market the app is sold in, Chinese included.
        assert any(any("\u4e00" <= ch <= "\u9fff" for ch in n) for n in medication_class.match)


def test_class_name_in_each_language_falling_back_to_english() -> None:
    assert class_name("anticoagulant", "pl") == "Leki przeciwzakrzepowe"
    assert class_name("isotretinoin", "fr") == "Isotrétinoïne"
    assert class_name("antibiotic", "zh_CN") == "抗生素"
    assert class_name("steroid", "de") == "Corticosteroids"
    assert class_name("no_such_class", "en") == "no_such_class"


def test_the_shipped_file_is_read_once() -> None:
    assert load_classes() is load_classes()


def write_classes(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "medications.toml"
    path.write_text(text, encoding="utf-8")
    return path


def shipped_text() -> str:
    return resource_path("rules", "medications.toml").read_text(encoding="utf-8")


def test_recognise_with_other_classes(tmp_path: Path) -> None:
    text = shipped_text().replace('"华法林",', '"华法林", "Testarin",')
    classes = load_classes(write_classes(tmp_path, text))
    assert recognise("testarin 1 mg", classes=classes) == {"anticoagulant"}
    assert recognise("testarin 1 mg") == frozenset()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("[steroid]", "[steroids]"), "unknown medication classes"),
        ((', zh_CN = "抗生素" }', " }"), "antibiotic: names"),
        (('"华法林",', '"华法林", "Warfarine",'), "anticoagulant: 'Warfarine' repeats"),
        (('"华法林",', '"华法林", "",'), "anticoagulant: '' is not a name"),
        (("[isotretinoin]", "[isotretinoin]\ndose = 1"), "isotretinoin: expected exactly"),
        (("[isotretinoin]", "[isotretinoin"), "cannot be read"),
    ],
)
def test_a_bad_file_is_rejected_naming_the_class(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    old, new = change
    text = shipped_text()
    assert old in text
    with pytest.raises(MedicationFileError, match=message):
        load_classes(write_classes(tmp_path, text.replace(old, new, 1)))


def test_a_missing_class_is_rejected(tmp_path: Path) -> None:
    text = shipped_text().split("[steroid]")[0]
    assert "steroid" not in tomllib.loads(text)
    with pytest.raises(MedicationFileError, match=r"missing medication classes: \['steroid'\]"):
        load_classes(write_classes(tmp_path, text))
