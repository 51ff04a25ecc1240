"""The names a person reads for a photo's codes: its body area, its view, the uses its
consent covers, and the session it belongs to.

Areas and views are stable codes in the database (rules/photo_views.py); the gallery, the
import dialog, the details form and the viewer all show them through these tables, marked
with QT_TRANSLATE_NOOP so lupdate finds them and translated when asked for.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clinicdesk.services.sessions import SessionRecord
from clinicdesk.ui.formatting import format_date
from clinicdesk.ui.session_texts import status_name

CONTEXT = "PhotoNames"

AREA_NAMES = {
    "face": QT_TRANSLATE_NOOP("PhotoNames", "Face"),
    "forehead": QT_TRANSLATE_NOOP("PhotoNames", "Forehead"),
    "eye_area": QT_TRANSLATE_NOOP("PhotoNames", "Eye area"),
    "nose": QT_TRANSLATE_NOOP("PhotoNames", "Nose"),
    "lips": QT_TRANSLATE_NOOP("PhotoNames", "Lips"),
    "chin_jaw": QT_TRANSLATE_NOOP("PhotoNames", "Chin and jaw"),
    "neck": QT_TRANSLATE_NOOP("PhotoNames", "Neck"),
    "decolletage": QT_TRANSLATE_NOOP("PhotoNames", "Décolleté"),
    "scalp": QT_TRANSLATE_NOOP("PhotoNames", "Scalp"),
    "arms": QT_TRANSLATE_NOOP("PhotoNames", "Arms"),
    "underarms": QT_TRANSLATE_NOOP("PhotoNames", "Underarms"),
    "hands": QT_TRANSLATE_NOOP("PhotoNames", "Hands"),
    "chest": QT_TRANSLATE_NOOP("PhotoNames", "Chest"),
    "abdomen": QT_TRANSLATE_NOOP("PhotoNames", "Abdomen"),
    "flanks": QT_TRANSLATE_NOOP("PhotoNames", "Flanks"),
    "back": QT_TRANSLATE_NOOP("PhotoNames", "Back"),
    "buttocks": QT_TRANSLATE_NOOP("PhotoNames", "Buttocks"),
    "thighs": QT_TRANSLATE_NOOP("PhotoNames", "Thighs"),
    "legs": QT_TRANSLATE_NOOP("PhotoNames", "Legs"),
    "feet": QT_TRANSLATE_NOOP("PhotoNames", "Feet"),
    "other": QT_TRANSLATE_NOOP("PhotoNames", "Other area"),
}
VIEW_NAMES = {
    "front": QT_TRANSLATE_NOOP("PhotoNames", "Front"),
    "left_45": QT_TRANSLATE_NOOP("PhotoNames", "Left 45°"),
    "right_45": QT_TRANSLATE_NOOP("PhotoNames", "Right 45°"),
    "left_profile": QT_TRANSLATE_NOOP("PhotoNames", "Left profile"),
    "right_profile": QT_TRANSLATE_NOOP("PhotoNames", "Right profile"),
    "other": QT_TRANSLATE_NOOP("PhotoNames", "Other view"),
}
SCOPE_NAMES = {
    "clinical": QT_TRANSLATE_NOOP("PhotoNames", "Clinical record"),
    "teaching": QT_TRANSLATE_NOOP("PhotoNames", "Anonymised teaching"),
    "marketing": QT_TRANSLATE_NOOP("PhotoNames", "Marketing"),
}


def _named(names: Mapping[str, str], code: str) -> str:
    return QCoreApplication.translate(CONTEXT, names[code]) if code in names else code


def area_name(code: str) -> str:
    return _named(AREA_NAMES, code)


def view_name(code: str) -> str:
    return _named(VIEW_NAMES, code)


def scope_name(code: str) -> str:
    return _named(SCOPE_NAMES, code)


def session_label(record: SessionRecord, names: Mapping[str, str]) -> str:
    """ "12/03/2025 — Chemical peel (Draft)": the day, the treatment and where it stands."""
    return (
        QCoreApplication.translate("PhotoNames", "%1 — %2 (%3)")
        .replace("%1", format_date(record.day))
        .replace("%2", names.get(record.family, record.family))
        .replace("%3", status_name(record.status))
    )
