"""The device settings of one session, one field for each setting its treatment takes.

Which settings, their units, ranges and choices come from `rules/device_parameters`, so a
treatment's fields change with the rules file and not with this code: a number is typed
(its range shown as the placeholder), a choice is picked from a list that may be left
empty. The values are read back as typed; the service checks them against the rules.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from clinicdesk.rules import device_parameters
from clinicdesk.ui.i18n import current_language


def parameter_text(value: Any) -> str:
    return "" if value is None else str(value)


class SessionParameters(QWidget):
    changed = Signal()  # a setting typed or chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.hide()  # a treatment with no settings leaves no gap

    def build(self, family: str) -> None:
        """One field for each setting of the treatment `family`, empty."""
        while self.form.rowCount():
            self.form.removeRow(0)
        self.inputs.clear()
        language = current_language()
        for spec in device_parameters.parameters_for(family):
            if spec.is_choice:
                combo = QComboBox()
                combo.addItem("", None)
                for code in spec.choices:
                    combo.addItem(spec.choice_label(code, language), code)
                combo.currentIndexChanged.connect(self.changed)
                widget: QLineEdit | QComboBox = combo
            else:
                edit = QLineEdit()
                edit.setPlaceholderText(
                    f"{spec.minimum}–{spec.maximum} {spec.unit}".strip()
                    if spec.minimum is not None
                    else spec.unit
                )
                edit.textEdited.connect(self.changed)
                widget = edit
            widget.setObjectName(f"parameter_{spec.name}")
            label = spec.label(language) + (f" ({spec.unit})" if spec.unit else "")
            self.form.addRow(label, widget)
            self.inputs[spec.name] = widget
        self.setVisible(bool(self.inputs))

    def set_values(self, values: Mapping[str, Any]) -> None:
        for name, widget in self.inputs.items():
            value = values.get(name)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            else:
                widget.setText(parameter_text(value))

    def values(self) -> dict[str, Any]:
        return {
            name: widget.currentData() if isinstance(widget, QComboBox) else widget.text()
            for name, widget in self.inputs.items()
        }

    def compared(self) -> list[tuple[QWidget, str, Callable[[], Any]]]:
        """Each field with its key in a session's note ("parameters.<name>") and what it
        now holds, as the previous session's value is compared with it."""
        found: list[tuple[QWidget, str, Callable[[], Any]]] = []
        for name, widget in self.inputs.items():
            getter = (
                (lambda w=widget: w.currentData())
                if isinstance(widget, QComboBox)
                else (lambda w=widget: w.text().strip())
            )
            found.append((widget, f"parameters.{name}", getter))
        return found

    def focus(self, name: str) -> None:
        widget = self.inputs.get(name)
        if widget is not None:
            widget.setFocus()

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.inputs.values():
            widget.setEnabled(not read_only)
