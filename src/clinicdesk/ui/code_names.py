"""The names a person reads for the codes the history and the rules speak in.

Codes (rules/codes.py, services/history.py) are stable identifiers stored in the
database; what the practitioner sees is the translated name from the tables here,
marked with QT_TRANSLATE_NOOP so lupdate finds them and translated when asked for.
Treatment families are named by the practice's catalogue, not here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clinicdesk.rules import codes

CONTEXT = "CodeNames"

SECTIONS = {
    "condition": QT_TRANSLATE_NOOP("CodeNames", "Conditions"),
    "medication": QT_TRANSLATE_NOOP("CodeNames", "Current medication"),
    "allergy": QT_TRANSLATE_NOOP("CodeNames", "Allergies"),
    "pregnancy": QT_TRANSLATE_NOOP("CodeNames", "Pregnancy"),
    "implant": QT_TRANSLATE_NOOP("CodeNames", "Implants and devices"),
    "skin_condition": QT_TRANSLATE_NOOP("CodeNames", "Skin conditions"),
    "aesthetic_treatment": QT_TRANSLATE_NOOP("CodeNames", "Previous aesthetic treatments"),
    "surgery": QT_TRANSLATE_NOOP("CodeNames", "Surgery"),
    "lifestyle": QT_TRANSLATE_NOOP("CodeNames", "Lifestyle"),
    "fitzpatrick": QT_TRANSLATE_NOOP("CodeNames", "Fitzpatrick skin type"),
    "skin_type": QT_TRANSLATE_NOOP("CodeNames", "Skin type"),
    "concern": QT_TRANSLATE_NOOP("CodeNames", "Concerns"),
    "id_check": QT_TRANSLATE_NOOP("CodeNames", "Identity check"),
}

CONDITIONS = {
    "pregnant": QT_TRANSLATE_NOOP("CodeNames", "Pregnant"),
    "breastfeeding": QT_TRANSLATE_NOOP("CodeNames", "Breastfeeding"),
    "trying_to_conceive": QT_TRANSLATE_NOOP("CodeNames", "Trying to conceive"),
    "pacemaker": QT_TRANSLATE_NOOP("CodeNames", "Pacemaker"),
    "icd": QT_TRANSLATE_NOOP("CodeNames", "Implanted defibrillator (ICD)"),
    "metal_implant": QT_TRANSLATE_NOOP("CodeNames", "Metal implant"),
    "permanent_filler": QT_TRANSLATE_NOOP("CodeNames", "Permanent filler"),
    "keloid_tendency": QT_TRANSLATE_NOOP("CodeNames", "Keloid or raised scarring tendency"),
    "cold_sores": QT_TRANSLATE_NOOP("CodeNames", "Cold sores (herpes simplex)"),
    "active_skin_infection": QT_TRANSLATE_NOOP("CodeNames", "Active skin infection"),
    "eczema": QT_TRANSLATE_NOOP("CodeNames", "Eczema"),
    "psoriasis": QT_TRANSLATE_NOOP("CodeNames", "Psoriasis"),
    "rosacea": QT_TRANSLATE_NOOP("CodeNames", "Rosacea"),
    "acne_active": QT_TRANSLATE_NOOP("CodeNames", "Active acne"),
    "vitiligo": QT_TRANSLATE_NOOP("CodeNames", "Vitiligo"),
    "diabetes": QT_TRANSLATE_NOOP("CodeNames", "Diabetes"),
    "epilepsy": QT_TRANSLATE_NOOP("CodeNames", "Epilepsy"),
    "autoimmune_disease": QT_TRANSLATE_NOOP("CodeNames", "Autoimmune disease"),
    "bleeding_disorder": QT_TRANSLATE_NOOP("CodeNames", "Bleeding disorder"),
    "neuromuscular_disorder": QT_TRANSLATE_NOOP(
        "CodeNames", "Neuromuscular disorder (e.g. myasthenia gravis)"
    ),
    "cancer_treatment": QT_TRANSLATE_NOOP("CodeNames", "Cancer or cancer treatment"),
    "photosensitivity_disorder": QT_TRANSLATE_NOOP("CodeNames", "Photosensitivity disorder"),
    "recent_surgery_area": QT_TRANSLATE_NOOP("CodeNames", "Recent surgery in the treatment area"),
    "hyperpigmentation_tendency": QT_TRANSLATE_NOOP(
        "CodeNames", "Tendency to darker marks after injury (hyperpigmentation)"
    ),
    "allergy_to_product_ingredient": QT_TRANSLATE_NOOP(
        "CodeNames", "Allergy to a product ingredient"
    ),
    "recent_sun_tan": QT_TRANSLATE_NOOP("CodeNames", "Recent sun tan"),
}

MEDICATION_CLASSES = {
    "isotretinoin": QT_TRANSLATE_NOOP("CodeNames", "Isotretinoin"),
    "other_retinoid": QT_TRANSLATE_NOOP("CodeNames", "Other retinoids"),
    "anticoagulant": QT_TRANSLATE_NOOP("CodeNames", "Anticoagulants"),
    "antiplatelet": QT_TRANSLATE_NOOP("CodeNames", "Antiplatelet drugs"),
    "photosensitising": QT_TRANSLATE_NOOP("CodeNames", "Photosensitising drugs"),
    "immunosuppressant": QT_TRANSLATE_NOOP("CodeNames", "Immunosuppressants"),
    "antibiotic": QT_TRANSLATE_NOOP("CodeNames", "Antibiotics"),
    "steroid": QT_TRANSLATE_NOOP("CodeNames", "Corticosteroids"),
}

# The values of history.EXTRA_CODES: skin types, habits, "not pregnant".
EXTRAS = {
    "normal": QT_TRANSLATE_NOOP("CodeNames", "Normal"),
    "dry": QT_TRANSLATE_NOOP("CodeNames", "Dry"),
    "oily": QT_TRANSLATE_NOOP("CodeNames", "Oily"),
    "combination": QT_TRANSLATE_NOOP("CodeNames", "Combination"),
    "sensitive": QT_TRANSLATE_NOOP("CodeNames", "Sensitive"),
    "smoker": QT_TRANSLATE_NOOP("CodeNames", "Smoker"),
    "frequent_sun_exposure": QT_TRANSLATE_NOOP("CodeNames", "Frequent sun exposure"),
    "sunbed_use": QT_TRANSLATE_NOOP("CodeNames", "Uses sunbeds"),
    "self_tan": QT_TRANSLATE_NOOP("CodeNames", "Uses self-tan"),
    "not_pregnant": QT_TRANSLATE_NOOP("CodeNames", "Not pregnant"),
}

FITZPATRICK = {
    "1": QT_TRANSLATE_NOOP("CodeNames", "Type I: always burns, never tans"),
    "2": QT_TRANSLATE_NOOP("CodeNames", "Type II: usually burns, tans minimally"),
    "3": QT_TRANSLATE_NOOP("CodeNames", "Type III: sometimes burns, tans gradually"),
    "4": QT_TRANSLATE_NOOP("CodeNames", "Type IV: rarely burns, tans easily"),
    "5": QT_TRANSLATE_NOOP("CodeNames", "Type V: very rarely burns, tans darkly"),
    "6": QT_TRANSLATE_NOOP("CodeNames", "Type VI: never burns, deeply pigmented"),
}

SEVERITIES = {
    "mild": QT_TRANSLATE_NOOP("CodeNames", "Mild"),
    "moderate": QT_TRANSLATE_NOOP("CodeNames", "Moderate"),
    "severe": QT_TRANSLATE_NOOP("CodeNames", "Severe"),
}

SOURCES = {
    "practitioner": QT_TRANSLATE_NOOP("CodeNames", "Practitioner"),
    "client": QT_TRANSLATE_NOOP("CodeNames", "Client (self-reported)"),
    "consultation": QT_TRANSLATE_NOOP("CodeNames", "Consultation"),
}

OTHER = QT_TRANSLATE_NOOP("CodeNames", "Other")

# The coded choices each section offers, in the order shown (the service accepts more:
# any condition in any condition-like section). Sections not listed take text only,
# except the treatment families, which come from the catalogue.
SECTION_CODES: dict[str, tuple[str, ...]] = {
    "condition": (
        "diabetes", "epilepsy", "autoimmune_disease", "bleeding_disorder",
        "neuromuscular_disorder", "cancer_treatment", "photosensitivity_disorder",
        "keloid_tendency", "hyperpigmentation_tendency", "cold_sores",
        "recent_surgery_area", "pregnant", "breastfeeding", "trying_to_conceive",
        "pacemaker", "icd", "metal_implant", "permanent_filler", "active_skin_infection",
        "eczema", "psoriasis", "rosacea", "acne_active", "vitiligo",
        "allergy_to_product_ingredient", "recent_sun_tan",
    ),
    "medication": (
        "isotretinoin", "other_retinoid", "anticoagulant", "antiplatelet",
        "photosensitising", "immunosuppressant", "antibiotic", "steroid",
    ),
    "allergy": ("allergy_to_product_ingredient",),
    "pregnancy": ("not_pregnant", "pregnant", "breastfeeding", "trying_to_conceive"),
    "implant": ("pacemaker", "icd", "metal_implant", "permanent_filler"),
    "skin_condition": (
        "acne_active", "rosacea", "eczema", "psoriasis", "vitiligo", "active_skin_infection",
        "cold_sores", "keloid_tendency", "hyperpigmentation_tendency",
        "photosensitivity_disorder",
    ),
    "lifestyle": ("frequent_sun_exposure", "sunbed_use", "self_tan", "recent_sun_tan", "smoker"),
    "fitzpatrick": ("1", "2", "3", "4", "5", "6"),
    "skin_type": ("normal", "dry", "oily", "combination", "sensitive"),
}  # fmt: skip


def _translate(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def section_name(kind: str) -> str:
    """The section's heading; an unknown section is shown as its code rather than failing."""
    return _translate(SECTIONS[kind]) if kind in SECTIONS else kind


def source_name(source: str) -> str:
    return _translate(SOURCES[source]) if source in SOURCES else source


def severity_name(severity: str) -> str:
    return _translate(SEVERITIES[severity]) if severity in SEVERITIES else severity


def table_for(kind: str) -> dict[str, str]:
    """The untranslated names of the codes a section's entries may carry."""
    if kind == "medication":
        return MEDICATION_CLASSES
    if kind == "fitzpatrick":
        return FITZPATRICK
    return {**CONDITIONS, **EXTRAS, codes.FREE_TEXT: OTHER}


def code_name(kind: str, code: str) -> str:
    """The name of a code in a section (treatment families: see the catalogue)."""
    table = table_for(kind)
    return _translate(table[code]) if code in table else code


def medication_class_name(code: str) -> str:
    return code_name("medication", code)
