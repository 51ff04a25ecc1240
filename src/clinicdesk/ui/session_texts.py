"""How a session's fields and values read to a person: in corrections, in the summary."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clinicdesk.rules import device_parameters
from clinicdesk.ui.i18n import current_language
from clinicdesk.ui.products_editor import unit_name

CONTEXT = "SessionTexts"
FIELD_NAMES = {
    "areas": QT_TRANSLATE_NOOP("SessionTexts", "Areas treated"),
    "chart": QT_TRANSLATE_NOOP("SessionTexts", "Areas drawn on the chart"),
    "device": QT_TRANSLATE_NOOP("SessionTexts", "Device"),
    "skin_reaction": QT_TRANSLATE_NOOP("SessionTexts", "Skin reaction"),
    "observations": QT_TRANSLATE_NOOP("SessionTexts", "Observations"),
    "comfort": QT_TRANSLATE_NOOP("SessionTexts", "Discomfort"),
    "feedback": QT_TRANSLATE_NOOP("SessionTexts", "Client's feedback"),
    "aftercare_given": QT_TRANSLATE_NOOP("SessionTexts", "Aftercare given"),
    "aftercare": QT_TRANSLATE_NOOP("SessionTexts", "Aftercare"),
    "next_visit_on": QT_TRANSLATE_NOOP("SessionTexts", "Next visit (day)"),
    "next_visit": QT_TRANSLATE_NOOP("SessionTexts", "Next visit"),
    "products": QT_TRANSLATE_NOOP("SessionTexts", "Products"),
}
STATUS_NAMES = {
    "draft": QT_TRANSLATE_NOOP("SessionTexts", "Draft"),
    "final": QT_TRANSLATE_NOOP("SessionTexts", "Signed off"),
}


def tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def field_name(family: str, field: str) -> str:
    if field.startswith("parameters."):
        name = field.split(".", 1)[1]
        for spec in device_parameters.parameters_for(family):
            if spec.name == name:
                return spec.label(current_language())
        return name
    return tr(FIELD_NAMES.get(field, field))


def product_line_text(line: Mapping[str, Any]) -> str:
    text = QCoreApplication.translate("SessionTexts", "%1 %2 %3, lot %4")
    for number, value in enumerate(
        (line["product"], line["quantity"], unit_name(str(line["unit"])), line["lot"]), 1
    ):
        text = text.replace(f"%{number}", str(value))
    if line.get("area"):
        text += f" — {line['area']}"
    return text


def value_text(family: str, field: str, value: Any) -> str:
    """A field's value in words; "—" when empty."""
    if value in (None, "", [], {}):
        return "—"
    if field == "products":
        return "; ".join(product_line_text(line) for line in value)
    if field == "chart":
        return "; ".join(str(area.get("label") or "·") for area in value)
    if field == "areas":
        return "; ".join(value)
    if field == "aftercare_given":
        return (
            QCoreApplication.translate("SessionTexts", "Yes")
            if value
            else QCoreApplication.translate("SessionTexts", "No")
        )
    if field.startswith("parameters."):
        name = field.split(".", 1)[1]
        for spec in device_parameters.parameters_for(family):
            if spec.name == name and spec.is_choice and value in spec.choices:
                return spec.choice_label(value, current_language())
            if spec.name == name and spec.unit:
                return f"{value} {spec.unit}"
    return str(value)


def status_name(status: str) -> str:
    return tr(STATUS_NAMES.get(status, status))
