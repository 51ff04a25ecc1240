"""The note of one session as the practitioner writes it: when, where on the client, the
device and its settings, the products and their batches (in a list or on the chart), the
skin's reaction, the client's comfort and words, aftercare and the next visit.

A new session starts from the client's previous one of the same treatment, and its
fields are tinted against it (`session_tint`: blue as last time, amber changed since).
The device settings (`session_parameters`) and the products with the chart
(`session_products_used`) are widgets of their own; this form lays them out with the
rest of the note, fills them and reads the note back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ValidationError
from clinicdesk.services import session_changes, sessions
from clinicdesk.services.products import BatchRow, ProductRow
from clinicdesk.services.sessions import SessionProductInput, SessionRecord
from clinicdesk.ui.date_field import DateField, DateTimeField
from clinicdesk.ui.errors import error_label, message_for
from clinicdesk.ui.practice_handle import PracticeHandle
from clinicdesk.ui.session_parameters import SessionParameters, parameter_text
from clinicdesk.ui.session_products_used import ProductsUsed
from clinicdesk.ui.session_tint import (
    CHANGED,
    FROM_PREVIOUS,
    Compared,
    PreviousSessionTint,
    areas_text,
)

__all__ = ["CHANGED", "FROM_PREVIOUS", "SessionForm"]

TEXT_FIELDS = ("skin_reaction", "observations", "feedback", "aftercare")


class SessionForm(QWidget):
    changed = Signal()

    def __init__(self, handle: PracticeHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._handle = handle
        self.record: SessionRecord | None = None
        self.previous: SessionRecord | None = None
        self.family = ""
        self.errors: dict[str, QLabel] = {}
        self.tint = PreviousSessionTint(self)

        self.when = DateTimeField()
        self.when.setObjectName("sessionWhen")
        self.practitioner = QLabel()
        self.areas = QLineEdit()
        self.areas.setObjectName("sessionAreas")
        self.device = QLineEdit()
        self.device.setObjectName("sessionDevice")
        self.parameter_fields = SessionParameters()
        self.parameter_fields.changed.connect(self._edited)
        self.used = ProductsUsed(handle)
        self.used.changed.connect(self._edited)
        self.product_lines, self.chart = self.used.product_lines, self.used.chart
        self.texts = {name: QPlainTextEdit() for name in TEXT_FIELDS}
        for name, edit in self.texts.items():
            edit.setObjectName(f"session_{name}")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(72)
        self.comfort = QLineEdit()
        self.comfort.setObjectName("sessionComfort")
        self.aftercare_given = QCheckBox()
        self.aftercare_given.setObjectName("aftercareGiven")
        self.next_on = DateField()
        self.next_on.setObjectName("nextVisitOn")
        self.next_on.calendar.clearMaximumDate()
        self.next_visit = QLineEdit()
        self.next_visit.setObjectName("nextVisit")
        for name in (
            "performed_at", "areas", "device", "parameters", "comfort", "next_visit_on",
            "next_visit", *TEXT_FIELDS,
        ):  # fmt: skip
            self.errors[name] = error_label(name)
        self.errors.update(self.used.errors)
        self.general_error = error_label("session")
        self.labels: dict[str, QLabel] = {}

        self.when_form = QFormLayout()
        self.when_form.addRow(self._label("when"), self.when)
        self.when_form.addRow("", self.errors["performed_at"])
        self.when_form.addRow("", self.practitioner)
        self.when_box = QGroupBox()
        self.when_box.setLayout(self.when_form)

        self.treated_form = QFormLayout()
        self.treated_form.addRow(self._label("areas"), self.areas)
        self.treated_form.addRow("", self.errors["areas"])
        self.treated_form.addRow(self._label("device"), self.device)
        self.treated_form.addRow("", self.errors["device"])
        treated_column = QVBoxLayout()
        treated_column.addLayout(self.treated_form)
        treated_column.addWidget(self.parameter_fields)
        treated_column.addWidget(self.errors["parameters"])
        self.treated_box = QGroupBox()
        self.treated_box.setLayout(treated_column)

        self.after_form = QFormLayout()
        for name in ("skin_reaction", "observations"):
            self.after_form.addRow(self._label(name), self.texts[name])
            self.after_form.addRow("", self.errors[name])
        self.after_form.addRow(self._label("comfort"), self.comfort)
        self.after_form.addRow("", self.errors["comfort"])
        self.after_form.addRow(self._label("feedback"), self.texts["feedback"])
        self.after_form.addRow("", self.errors["feedback"])
        self.after_form.addRow("", self.aftercare_given)
        self.after_form.addRow(self._label("aftercare"), self.texts["aftercare"])
        self.after_form.addRow("", self.errors["aftercare"])
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_on)
        next_row.addWidget(self.next_visit, 2)
        self.after_form.addRow(self._label("next_visit"), next_row)
        self.after_form.addRow("", self.errors["next_visit_on"])
        self.after_form.addRow("", self.errors["next_visit"])
        self.after_box = QGroupBox()
        self.after_box.setLayout(self.after_form)

        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        for box in (self.when_box, self.treated_box, self.used, self.after_box):
            layout.addWidget(box)
        layout.addStretch(1)

        for edit in (self.areas, self.device, self.comfort, self.next_visit, self.when.time):
            edit.textEdited.connect(self._edited)
        for field in (self.when.day, self.next_on):
            field.edit.textChanged.connect(self._edited)
        for text in self.texts.values():
            text.textChanged.connect(self._edited)
        self.aftercare_given.toggled.connect(self._edited)
        self.retranslate()

    @property
    def parameter_inputs(self) -> dict[str, QLineEdit | QComboBox]:
        """The device settings' fields by the setting's name."""
        return self.parameter_fields.inputs

    def _label(self, name: str) -> QLabel:
        self.labels[name] = QLabel()
        return self.labels[name]

    def retranslate(self) -> None:
        self.when_box.setTitle(self.tr("When and who"))
        for name, text in (
            ("when", self.tr("Date and time")),
            ("areas", self.tr("Areas treated")),
            ("device", self.tr("Device")),
            ("skin_reaction", self.tr("Skin reaction")),
            ("observations", self.tr("Observations")),
            ("comfort", self.tr("Discomfort (0–10)")),
            ("feedback", self.tr("Client's feedback")),
            ("aftercare", self.tr("Aftercare")),
            ("next_visit", self.tr("Next visit")),
        ):
            self.labels[name].setText(text)
        self.treated_box.setTitle(self.tr("What was treated, and with what settings"))
        self.areas.setPlaceholderText(self.tr("Separate areas with a semicolon: forehead; cheeks"))
        self.device.setPlaceholderText(self.tr("Device or kit used, e.g. its model"))
        self.after_box.setTitle(self.tr("Reaction, discomfort and aftercare"))
        self.comfort.setPlaceholderText(
            self.tr("0 (none) to 10 (worst imaginable), or the client's own words")
        )
        self.aftercare_given.setText(self.tr("Aftercare explained and the sheet handed over"))
        self.next_visit.setPlaceholderText(self.tr("or in words, e.g. in 4 weeks for a review"))
        self.used.retranslate()

    # -- filling -------------------------------------------------------------------------

    def load(
        self,
        record: SessionRecord,
        *,
        products: Sequence[ProductRow],
        kept_batches: Sequence[BatchRow] = (),
        prefill: sessions.Prefill | None = None,
        previous: SessionRecord | None = None,
    ) -> None:
        """Show `record` (a draft, started from `prefill` when it is new and empty)."""
        self.tint.watch([], None)  # nothing compared while the fields are filled
        if record.family != self.family:
            self.parameter_fields.build(record.family)
        self.record, self.previous, self.family = record, previous, record.family
        self.used.set_catalogue(products, record.day)
        notes: Mapping[str, Any] = record.notes
        lines: Sequence[SessionProductInput] = [p.as_input() for p in record.products]
        from_previous = False
        if record.final:
            notes = {name: record.current(name) for name in session_changes.NOTE_FIELDS}
            notes = {**notes, "parameters": record.current_parameters()}
            lines = [sessions.line_input(value) for value in record.current("products")]
        elif prefill is not None and not record.notes and not record.products:
            notes, lines, from_previous = prefill.notes, prefill.products, True
        self.when.set_value(record.performed_at)
        self.practitioner.setText(self.tr("Practitioner: %1").replace("%1", record.practitioner))
        self.areas.setText(areas_text(notes.get("areas") or []))
        self.device.setText(str(notes.get("device") or ""))
        self.parameter_fields.set_values(notes.get("parameters") or {})
        for name, edit in self.texts.items():
            edit.setPlainText(str(notes.get(name) or ""))
        self.comfort.setText(parameter_text(notes.get("comfort")))
        self.aftercare_given.setChecked(bool(notes.get("aftercare_given")))
        next_on = notes.get("next_visit_on")
        self.next_on.set_value(date.fromisoformat(next_on) if next_on else None)
        self.next_visit.setText(str(notes.get("next_visit") or ""))
        self.used.set_lines(lines, kept_batches, notes.get("chart") or [], prefilled=from_previous)
        self._watch_changes()
        self.set_read_only(record.final)

    # -- what was typed ------------------------------------------------------------------

    def performed_at(self) -> datetime | None:
        """The time typed, or None (and the reason shown) if it is not a time."""
        moment = self.when.value()
        if moment is None:
            self._show("performed_at", self.when.problem())
        return moment

    def notes(self) -> dict[str, Any] | None:
        """The note as typed, or None (and the reason shown) when a date is not a date."""
        notes: dict[str, Any] = {name: edit.toPlainText() for name, edit in self.texts.items()}
        notes["areas"] = self._typed_areas()
        notes["device"] = self.device.text()
        notes["parameters"] = self.parameter_fields.values()
        notes["comfort"] = self.comfort.text()
        notes["aftercare_given"] = self.aftercare_given.isChecked() or None
        notes["next_visit"] = self.next_visit.text()
        if self.next_on.text().strip():
            next_on = self.next_on.value()
            if next_on is None:
                self._show("next_visit_on", self.tr("This is not a date."))
                return None
            notes["next_visit_on"] = next_on
        notes["chart"] = self.used.chart_areas()
        return notes

    def products(self) -> list[SessionProductInput] | None:
        return self.used.lines()

    # -- errors --------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.hide()

    def _show(self, field: str, message: str) -> None:
        label = self.errors.get(field, self.general_error)
        label.setText(message)
        label.show()

    def show_error(self, error: ValidationError) -> None:
        """Say what is wrong beside the field it is about (a product line by its number)."""
        field = error.field or ""
        message = message_for(error)
        line = error.args_for_message.get("line")
        if field in ("quantity", "unit", "area", "batch") or line is not None:
            self.used.show_error(line, message)
            return
        if field.startswith("parameters."):
            self._show("parameters", message)
            self.parameter_fields.focus(field.split(".", 1)[1])
            return
        self._show(field if field in self.errors else "session", message)

    # -- what changed since the previous session --------------------------------------------

    def _watch_changes(self) -> None:
        compared: list[Compared] = [
            (self.areas, "areas", self._typed_areas),
            (self.device, "device", lambda: self.device.text().strip()),
            (
                self.texts["aftercare"],
                "aftercare",
                lambda: self.texts["aftercare"].toPlainText().strip(),
            ),
            *self.parameter_fields.compared(),
        ]
        final = self.record is not None and self.record.final
        self.tint.watch(compared, None if final else self.previous)

    def _typed_areas(self) -> list[str]:
        # A Chinese keyboard types the full-width semicolon.
        text = self.areas.text().replace("\uff1b", ";")
        return [a.strip() for a in text.split(";") if a.strip()]

    def _edited(self, *_: object) -> None:
        self.tint.mark()
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        for widget in (
            self.when,
            self.areas,
            self.device,
            self.comfort,
            self.next_on,
            self.next_visit,
        ):
            widget.setEnabled(not read_only)
        for text in self.texts.values():
            text.setReadOnly(read_only)
        self.parameter_fields.set_read_only(read_only)
        self.aftercare_given.setEnabled(not read_only)
        self.used.set_read_only(read_only)
