"""The codes every rule file and history entry speaks in, and the languages of their texts.

Screening rules, the treatment catalogue, medication names and the history all name
treatment families, medication classes and conditions by these codes; each data file is
checked against them when read, so one list here keeps them agreeing.
"""

from __future__ import annotations

from collections.abc import Mapping

LANGUAGES = ("en", "fr", "pl", "zh_CN")
FALLBACK_LANGUAGE = "en"

FAMILIES = frozenset({
    "botulinum_toxin", "dermal_filler", "chemical_peel", "laser_ipl", "microneedling",
    "radiofrequency", "waxing_threading", "lash_brow_tint", "facial", "massage",
    "microdermabrasion", "hifu", "cryolipolysis", "permanent_makeup",
})  # fmt: skip

MEDICATION_CLASSES = frozenset({
    "isotretinoin", "other_retinoid", "anticoagulant", "antiplatelet", "photosensitising",
    "immunosuppressant", "antibiotic", "steroid",
})  # fmt: skip

CONDITIONS = frozenset({
    "pregnant", "breastfeeding", "trying_to_conceive", "pacemaker", "icd", "metal_implant",
    "permanent_filler", "keloid_tendency", "cold_sores", "active_skin_infection", "eczema",
    "psoriasis", "rosacea", "acne_active", "vitiligo", "diabetes", "epilepsy",
    "autoimmune_disease", "bleeding_disorder", "neuromuscular_disorder", "cancer_treatment",
    "photosensitivity_disorder", "recent_surgery_area", "hyperpigmentation_tendency",
    "allergy_to_product_ingredient", "recent_sun_tan",
})  # fmt: skip

# A history item the practitioner wrote in words only: shown with its note, never matched.
FREE_TEXT = "other"

# Sections of a client's history. Those in SINGLE_VALUED hold one current value (a new
# one replaces the old as a new version of the same item).
HISTORY_KINDS = (
    "condition", "medication", "allergy", "pregnancy", "implant", "skin_condition",
    "aesthetic_treatment", "surgery", "lifestyle", "fitzpatrick", "skin_type", "concern",
    "id_check",
)  # fmt: skip
SINGLE_VALUED = frozenset({"pregnancy", "fitzpatrick", "skin_type", "id_check"})
FITZPATRICK_TYPES = frozenset(str(n) for n in range(1, 7))
# Codes of sections that describe rather than screen (skin type, lifestyle habits).
EXTRA_CODES = {
    "skin_type": frozenset({"normal", "dry", "oily", "combination", "sensitive"}),
    "lifestyle": frozenset({"smoker", "frequent_sun_exposure", "sunbed_use", "self_tan"}),
    "pregnancy": frozenset({"not_pregnant"}),
}


def history_codes(kind: str) -> frozenset[str]:
    """The coded values a history section accepts (free text needs no code)."""
    if kind == "medication":
        return MEDICATION_CLASSES
    if kind == "aesthetic_treatment":
        return FAMILIES
    if kind == "fitzpatrick":
        return FITZPATRICK_TYPES
    if kind in ("surgery", "concern", "id_check"):
        return frozenset()
    return CONDITIONS | {FREE_TEXT} | EXTRA_CODES.get(kind, frozenset())


def text_in(texts: Mapping[str, str], language: str) -> str:
    """The text in `language` ("fr_FR" also finds "fr"), else in English."""
    for candidate in (language, language.replace("-", "_").split("_")[0]):
        if texts.get(candidate):
            return texts[candidate]
    return texts[FALLBACK_LANGUAGE]
