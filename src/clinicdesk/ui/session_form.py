"""The note of one session as the practitioner writes it: when, where on the client, the
device and its settings, the products and their batches (in a list or on the chart), the
skin's reaction, the client's comfort and words, aftercare and the next visit.

A new session starts from the client's previous one of the same treatment. What came
from it is tinted blue, and what now differs from it amber, with last time's value in the
tooltip: a colleague reading the note later, or the practitioner before treating, sees at
once what was done differently this time.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
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
from clinicdesk.rules import device_parameters
from clinicdesk.rules.body_chart import ChartArea
from clinicdesk.services import session_changes, sessions
from clinicdesk.services.products import BatchRow, ProductRow
from clinicdesk.services.sessions import SessionProductInput, SessionRecord
from clinicdesk.ui.body_chart import BodyChart, ChartMark, ChartProduct
from clinicdesk.ui.date_field import DateField, DateTimeField
from clinicdesk.ui.errors import error_label, message_for
from clinicdesk.ui.formatting import format_date
from clinicdesk.ui.i18n import current_language
from clinicdesk.ui.practice_handle import PracticeHandle
from clinicdesk.ui.products_editor import UNIT_NAMES, unit_name
from clinicdesk.ui.session_products import ProductLines, batch_text

FROM_PREVIOUS = "background: #e8f1fb;"
CHANGED = "background: #fff4d6;"
TEXT_FIELDS = ("skin_reaction", "observations", "feedback", "aftercare")
LINE_FIELDS = ("device", "next_visit")


def areas_text(areas: Sequence[str]) -> str:
    return "; ".join(areas)


def parameter_text(value: Any) -> str:
    return "" if value is None else str(value)


class SessionForm(QWidget):
    changed = Signal()

    def __init__(self, handle: PracticeHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._handle = handle
        self.record: SessionRecord | None = None
        self.previous: SessionRecord | None = None
        self.family = ""
        self.errors: dict[str, QLabel] = {}
        self.parameter_inputs: dict[str, QLineEdit | QComboBox] = {}
        self._compared: list[tuple[QWidget, str, Callable[[], Any]]] = []

        self.when = DateTimeField()
        self.when.setObjectName("sessionWhen")
        self.practitioner = QLabel()
        self.areas = QLineEdit()
        self.areas.setObjectName("sessionAreas")
        self.device = QLineEdit()
        self.device.setObjectName("sessionDevice")
        self.parameters_form = QFormLayout()
        self.product_lines = ProductLines(handle)
        self.product_lines.changed.connect(self._edited)
        self.chart = BodyChart()
        self.chart.setObjectName("sessionChart")
        self.chart.changed.connect(self._edited)
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
            "performed_at", "areas", "device", "parameters", "products", "chart", "comfort",
            "next_visit_on", "next_visit", *TEXT_FIELDS,
        ):  # fmt: skip
            self.errors[name] = error_label(name)
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
        treated_column.addLayout(self.parameters_form)
        treated_column.addWidget(self.errors["parameters"])
        self.treated_box = QGroupBox()
        self.treated_box.setLayout(treated_column)

        self.products_hint = QLabel()
        self.products_hint.setWordWrap(True)
        self.products_hint.setStyleSheet("color: #52606d;")
        products_column = QVBoxLayout()
        products_column.addWidget(self.products_hint)
        products_column.addWidget(self.product_lines)
        products_column.addWidget(self.errors["products"])
        self.products_box = QGroupBox()
        self.products_box.setLayout(products_column)

        chart_column = QVBoxLayout()
        chart_column.addWidget(self.chart)
        chart_column.addWidget(self.errors["chart"])
        self.chart_box = QGroupBox()
        self.chart_box.setLayout(chart_column)

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
        for box in (
            self.when_box, self.treated_box, self.products_box, self.chart_box, self.after_box,
        ):  # fmt: skip
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
        self.products_box.setTitle(self.tr("Products used"))
        self.products_hint.setText(
            self.tr(
                "Products placed on the chart below are recorded with their point; list here "
                "the ones used over an area or the whole face."
            )
        )
        self.chart_box.setTitle(self.tr("Face and body chart"))
        self.after_box.setTitle(self.tr("Reaction, discomfort and aftercare"))
        self.comfort.setPlaceholderText(
            self.tr("0 (none) to 10 (worst imaginable), or the client's own words")
        )
        self.aftercare_given.setText(self.tr("Aftercare explained and the sheet handed over"))
        self.next_visit.setPlaceholderText(self.tr("or in words, e.g. in 4 weeks for a review"))

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
        if record.family != self.family:
            self._build_parameters(record.family)
        self.record, self.previous, self.family = record, previous, record.family
        self._compared = []
        day = record.day
        self.product_lines.set_catalogue(products, day)
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
        for name, widget in self.parameter_inputs.items():
            value = (notes.get("parameters") or {}).get(name)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            else:
                widget.setText(parameter_text(value))
        for name, edit in self.texts.items():
            edit.setPlainText(str(notes.get(name) or ""))
        self.comfort.setText(parameter_text(notes.get("comfort")))
        self.aftercare_given.setChecked(bool(notes.get("aftercare_given")))
        next_on = notes.get("next_visit_on")
        self.next_on.set_value(date.fromisoformat(next_on) if next_on else None)
        self.next_visit.setText(str(notes.get("next_visit") or ""))
        self._fill_products(lines, kept_batches)
        self._fill_chart(lines, notes, prefilled=from_previous)
        self._watch_changes()
        self.set_read_only(record.final)

    def _build_parameters(self, family: str) -> None:
        while self.parameters_form.rowCount():
            self.parameters_form.removeRow(0)
        self.parameter_inputs.clear()
        language = current_language()
        for spec in device_parameters.parameters_for(family):
            if spec.is_choice:
                combo = QComboBox()
                combo.addItem("", None)
                for code in spec.choices:
                    combo.addItem(spec.choice_label(code, language), code)
                combo.currentIndexChanged.connect(self._edited)
                widget: QLineEdit | QComboBox = combo
            else:
                edit = QLineEdit()
                edit.setPlaceholderText(
                    f"{spec.minimum}–{spec.maximum} {spec.unit}".strip()
                    if spec.minimum is not None
                    else spec.unit
                )
                edit.textEdited.connect(self._edited)
                widget = edit
            widget.setObjectName(f"parameter_{spec.name}")
            label = spec.label(language) + (f" ({spec.unit})" if spec.unit else "")
            self.parameters_form.addRow(label, widget)
            self.parameter_inputs[spec.name] = widget

    def _chart_products(self) -> list[ChartProduct]:
        found = []
        day = self.product_lines.day
        for product in self.product_lines.products:
            for batch in self.product_lines.offered(product.id):
                text = f"{product.name} — {batch_text(batch, day)}"
                found.append(ChartProduct(batch.id, text, product.unit))
        return found

    def _fill_products(
        self, lines: Sequence[SessionProductInput], kept: Sequence[BatchRow]
    ) -> None:
        self.product_lines.set_lines([line for line in lines if line.chart is None], kept)

    def _fill_chart(
        self, lines: Sequence[SessionProductInput], notes: Mapping[str, Any], *, prefilled: bool
    ) -> None:
        self.chart.set_unit_names({code: unit_name(code) for code in UNIT_NAMES})
        self.chart.set_products(self._chart_products())
        marks = [
            ChartMark(line.chart, line.area, line.batch_id, Decimal(line.quantity), line.unit)
            for line in lines
            if line.chart is not None
        ]
        for value in notes.get("chart") or []:
            area = ChartArea.from_value(value)
            marks.append(ChartMark(area.place, area.label))
        self.chart.set_marks(marks, prefilled=prefilled and bool(marks))

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
        notes["areas"] = [a.strip() for a in self.areas.text().split(";") if a.strip()]
        notes["device"] = self.device.text()
        notes["parameters"] = {
            name: widget.currentData() if isinstance(widget, QComboBox) else widget.text()
            for name, widget in self.parameter_inputs.items()
        }
        notes["comfort"] = self.comfort.text()
        notes["aftercare_given"] = self.aftercare_given.isChecked() or None
        notes["next_visit"] = self.next_visit.text()
        if self.next_on.text().strip():
            next_on = self.next_on.value()
            if next_on is None:
                self._show("next_visit_on", self.tr("This is not a date."))
                return None
            notes["next_visit_on"] = next_on
        notes["chart"] = [
            ChartArea(m.place, m.label).as_value()
            for m in self.chart.marks()
            if m.product_key is None
        ]
        return notes

    def products(self) -> list[SessionProductInput] | None:
        problems = self.chart.problems()
        if problems:
            self._show("chart", problems[0])
            return None
        placed = [
            SessionProductInput(m.product_key, m.quantity, m.unit, m.label, m.place)
            for m in self.chart.marks()
            if m.product_key is not None and m.quantity is not None
        ]
        return [*self.product_lines.lines(), *placed]

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
            listed = self.product_lines.table.rowCount()
            if isinstance(line, int) and line > listed:
                self._show(
                    "chart",
                    self.tr("Chart mark %1: %2")
                    .replace("%1", str(line - listed))
                    .replace("%2", message),
                )
                return
            if isinstance(line, int):
                self.product_lines.focus_line(line - 1)
                message = self.tr("Line %1: %2").replace("%1", str(line)).replace("%2", message)
            self._show("products", message)
            return
        if field.startswith("parameters."):
            self._show("parameters", message)
            widget = self.parameter_inputs.get(field.split(".", 1)[1])
            if widget is not None:
                widget.setFocus()
            return
        self._show(field if field in self.errors else "session", message)

    # -- what changed since the previous session --------------------------------------------

    def _watch_changes(self) -> None:
        self._compared = []
        if self.previous is None or (self.record is not None and self.record.final):
            self._mark_all()
            return
        previous = self.previous
        self._compared = [
            (
                self.areas,
                "areas",
                lambda: [a.strip() for a in self.areas.text().split(";") if a.strip()],
            ),
            (self.device, "device", lambda: self.device.text().strip()),
            (
                self.texts["aftercare"],
                "aftercare",
                lambda: self.texts["aftercare"].toPlainText().strip(),
            ),
        ]
        for name, widget in self.parameter_inputs.items():
            getter = (
                (lambda w=widget: w.currentData())
                if isinstance(widget, QComboBox)
                else (lambda w=widget: w.text().strip())
            )
            self._compared.append((widget, f"parameters.{name}", getter))
        self._previous_values = {key: previous.current(key) for _, key, _ in self._compared}
        self._mark_all()

    def _mark_all(self) -> None:
        for widget in (
            self.areas,
            self.device,
            self.texts["aftercare"],
            *self.parameter_inputs.values(),
        ):
            widget.setStyleSheet("")
            widget.setToolTip("")
        if not self._compared or self.previous is None:
            return
        when = format_date(self.previous.day)
        for widget, key, getter in self._compared:
            before = self._previous_values.get(key)
            now = getter()
            if before in (None, "", []) and now in (None, "", []):
                continue
            if _same(before, now):
                widget.setStyleSheet(FROM_PREVIOUS)
                widget.setToolTip(self.tr("As in the session of %1.").replace("%1", when))
            else:
                widget.setStyleSheet(CHANGED)
                shown = areas_text(before) if isinstance(before, list) else parameter_text(before)
                widget.setToolTip(
                    self.tr("Changed since the session of %1; it was: %2")
                    .replace("%1", when)
                    .replace("%2", shown or self.tr("(nothing)"))
                )

    def _edited(self, *_: object) -> None:
        self._mark_all()
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
        for widget in self.parameter_inputs.values():
            widget.setEnabled(not read_only)
        self.aftercare_given.setEnabled(not read_only)
        self.product_lines.set_read_only(read_only)
        self.chart.set_read_only(read_only)


def _same(before: Any, now: Any) -> bool:
    if isinstance(before, int | float | Decimal) or isinstance(now, int | float | Decimal):
        try:
            return Decimal(str(before).replace(",", ".")) == Decimal(str(now).replace(",", "."))
        except ArithmeticError:
            return False
    return before == now
