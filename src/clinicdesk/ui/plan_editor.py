"""Writing a treatment plan: its goals, treatments, days and price, and the small dialogs
that stop a plan or move one session, with the words the plans tab shares with them.

A plan agreed with the client asks for the reason of every change; the dialog keeps what
was typed and shows a refusal beside the field it concerns.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError, ValidationError
from clinicdesk.rules.codes import text_in
from clinicdesk.rules.money import Money
from clinicdesk.services import catalogue, clinic, plan_changes, plans
from clinicdesk.services.catalogue import Family
from clinicdesk.services.plans import PlannedTreatment, PlanRecord
from clinicdesk.ui.catalogue_services import amount_text, format_price, parse_price
from clinicdesk.ui.date_field import DateField
from clinicdesk.ui.errors import error_label, message_for
from clinicdesk.ui.formatting import date_format, format_date
from clinicdesk.ui.i18n import current_language
from clinicdesk.ui.practice_handle import PracticeHandle

CONTEXT = "PlanTexts"

STATUS_NAMES = {
    "draft": QT_TRANSLATE_NOOP("PlanTexts", "Draft"),
    "agreed": QT_TRANSLATE_NOOP("PlanTexts", "Agreed"),
    "in_progress": QT_TRANSLATE_NOOP("PlanTexts", "In progress"),
    "completed": QT_TRANSLATE_NOOP("PlanTexts", "Completed"),
    "stopped": QT_TRANSLATE_NOOP("PlanTexts", "Stopped"),
}

CHANGE_NAMES = {
    "goals": QT_TRANSLATE_NOOP("PlanTexts", "Goals"),
    "expectation": QT_TRANSLATE_NOOP("PlanTexts", "Expected result"),
    "timeline": QT_TRANSLATE_NOOP("PlanTexts", "Timeline agreed"),
    "treatments": QT_TRANSLATE_NOOP("PlanTexts", "Treatments"),
    "price": QT_TRANSLATE_NOOP("PlanTexts", "Price"),
    "start_on": QT_TRANSLATE_NOOP("PlanTexts", "First session"),
    "session": QT_TRANSLATE_NOOP("PlanTexts", "Session date"),
    "status": QT_TRANSLATE_NOOP("PlanTexts", "Status"),
}


def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, source, disambiguation, n)


def status_name(status: str) -> str:
    return tr(str(STATUS_NAMES.get(status, status)))


def family_names(families: Sequence[Family]) -> dict[str, str]:
    language = current_language()
    return {family.code: family.name(language) for family in families}


def treatments_summary(
    treatments: Sequence[Mapping[str, Any]] | Sequence[PlannedTreatment], names: Mapping[str, str]
) -> str:
    """ "Chemical peel × 3, Facials × 1"; an em dash for none."""
    parts = []
    for item in treatments:
        family, sessions = (
            (item.family, item.sessions)
            if isinstance(item, PlannedTreatment)
            else (item["family"], item["sessions"])
        )
        parts.append(f"{names.get(family, family)} × {sessions}")
    return ", ".join(parts) or "—"


def price_text(price: Money | None) -> str:
    return (
        format_price(price)
        if price is not None
        else QCoreApplication.translate("PlanTexts", "No price yet")
    )


def change_text(what: str, value: Any, names: Mapping[str, str]) -> str:
    """A value kept in the plan's history, as the practitioner reads it."""
    if what == "treatments":
        return treatments_summary(value or [], names)
    if what == "price":
        return price_text(None if value is None else Money(value["currency"], value["minor"]))
    if what == "start_on":
        return (
            format_date(date.fromisoformat(value))
            if value
            else QCoreApplication.translate("PlanTexts", "Not set")
        )
    if what == "session":
        day = value.get("planned_on")
        return (
            format_date(date.fromisoformat(day))
            if day
            else QCoreApplication.translate("PlanTexts", "Not set")
        )
    if what == "status":
        return status_name(str(value))
    return str(value) if value else "—"


def no_date_limit(field: DateField) -> DateField:
    """Plans look ahead: the calendar of a planned day is not capped at today."""
    field.calendar.setMaximumDate(QDate.currentDate().addYears(10))
    return field


def stacked(*items: QWidget | QLayout) -> QWidget:
    """A form field with what goes under it (a hint, its error), as one widget: a hidden
    error then takes no room."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(4)
    for item in items:
        if isinstance(item, QLayout):
            column.addLayout(item)
        else:
            column.addWidget(item)
    return box


def date_problem(field: DateField) -> str | None:
    if field.is_date():
        return None
    return (
        QCoreApplication.translate(
            "PlanTexts", "“%1” is not a date. Write it as %2, or leave it empty."
        )
        .replace("%1", field.text())
        .replace("%2", date_format().lower())
    )


class TreatmentRows(QTableWidget):
    """The plan's treatments, one row each: family, service, sessions, days apart."""

    FAMILY, SERVICE, SESSIONS, INTERVAL = range(4)

    def __init__(self, families: Sequence[Family], parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("planTreatments")
        self._families = {f.code: f for f in families}
        self._active = [f for f in families if f.active]
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(self.FAMILY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.SERVICE, QHeaderView.ResizeMode.Stretch)
        for column in (self.SESSIONS, self.INTERVAL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setMinimumHeight(150)
        self.setMaximumHeight(190)
        self.on_change: Callable[[], None] = lambda: None

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                self.tr("Treatment"),
                self.tr("Service"),
                self.tr("Sessions"),
                self.tr("Days apart"),
            ]
        )
        for row in range(self.rowCount()):
            self._fill_services(row, self._combo(row, self.SERVICE).currentData())
            self._spin(row, self.INTERVAL).setSpecialValueText(self.tr("Not set"))

    def _combo(self, row: int, column: int) -> QComboBox:
        widget = self.cellWidget(row, column)
        assert isinstance(widget, QComboBox)
        return widget

    def _spin(self, row: int, column: int) -> QSpinBox:
        widget = self.cellWidget(row, column)
        assert isinstance(widget, QSpinBox)
        return widget

    def add(self, treatment: PlannedTreatment | None = None) -> int:
        language = current_language()
        row = self.rowCount()
        self.insertRow(row)
        family = QComboBox()
        family.setObjectName(f"planFamily_{row}")
        shown = list(self._active)
        if treatment is not None and treatment.family not in {f.code for f in shown}:
            shown.append(self._families[treatment.family])  # retired since it was planned
        for known in shown:
            family.addItem(known.name(language), known.code)
        service = QComboBox()
        service.setObjectName(f"planService_{row}")
        sessions = QSpinBox()
        sessions.setObjectName(f"planSessions_{row}")
        sessions.setRange(1, plans.MAX_SESSIONS)
        interval = QSpinBox()
        interval.setObjectName(f"planInterval_{row}")
        interval.setRange(0, plans.MAX_INTERVAL_DAYS)
        interval.setSpecialValueText(self.tr("Not set"))
        for column, widget in enumerate((family, service, sessions, interval)):
            self.setCellWidget(row, column, widget)
        if treatment is not None:
            family.setCurrentIndex(max(0, family.findData(treatment.family)))
            sessions.setValue(treatment.sessions)
            interval.setValue(treatment.interval_days or 0)
        self._fill_services(row, treatment.service_code if treatment else None)
        family.currentIndexChanged.connect(lambda *_: self._family_changed(family))
        service.currentIndexChanged.connect(lambda *_: self.on_change())
        sessions.valueChanged.connect(lambda *_: self.on_change())
        interval.valueChanged.connect(lambda *_: self.on_change())
        self.resizeRowsToContents()
        self.on_change()
        return row

    def _family_changed(self, combo: QComboBox) -> None:
        for row in range(self.rowCount()):
            if self.cellWidget(row, self.FAMILY) is combo:
                self._fill_services(row, None)
        self.on_change()

    def _fill_services(self, row: int, selected: str | None) -> None:
        language = current_language()
        combo = self._combo(row, self.SERVICE)
        family = self._families.get(self._combo(row, self.FAMILY).currentData())
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("To choose later"), None)
        for service in family.services if family else ():
            if service.active or service.code == selected:
                combo.addItem(text_in(service.names, language), service.code)
        combo.setCurrentIndex(max(0, combo.findData(selected)))
        combo.blockSignals(False)

    def remove_selected(self) -> None:
        rows = self.selectionModel().selectedRows()
        row = rows[0].row() if rows else self.currentRow()
        if row < 0 and self.rowCount():
            row = self.rowCount() - 1
        if row >= 0:
            self.removeRow(row)
            self.on_change()

    def treatments(self) -> list[PlannedTreatment]:
        return [
            PlannedTreatment(
                family=self._combo(row, self.FAMILY).currentData(),
                service_code=self._combo(row, self.SERVICE).currentData(),
                sessions=self._spin(row, self.SESSIONS).value(),
                interval_days=self._spin(row, self.INTERVAL).value() or None,
            )
            for row in range(self.rowCount())
        ]


class PlanEditor(QDialog):
    """A new plan for `client_id`, or `plan` edited; saves through services.plans."""

    TEXTS = ("goals", "expectation", "timeline")

    def __init__(
        self,
        handle: PracticeHandle,
        *,
        client_id: int,
        plan: PlanRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planEditor")
        self._handle = handle
        self._client_id = client_id
        self.plan = plan
        self.saved: PlanRecord | None = None
        practice = handle.practice
        self.currency = clinic.clinic_details(practice).currency
        families = catalogue.families(practice, include_retired=True)

        self.errors = {
            name: error_label(name)
            for name in (*self.TEXTS, "treatments", "start_on", "price", "reason", "general")
        }
        self.texts = {name: QPlainTextEdit() for name in self.TEXTS}
        for name, box in self.texts.items():
            box.setObjectName(f"plan_{name}")
            box.setTabChangesFocus(True)
            box.setFixedHeight(64)
        self.rows = TreatmentRows(families)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addPlanTreatment")
        self.add_button.clicked.connect(lambda: self.rows.add())
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removePlanTreatment")
        self.remove_button.clicked.connect(self.rows.remove_selected)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.add_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch(1)
        self.start = no_date_limit(DateField())
        self.start.setObjectName("planStart")
        self.price = QLineEdit()
        self.price.setObjectName("planPrice")
        price_row = QHBoxLayout()
        price_row.addWidget(self.price, 1)
        price_row.addWidget(QLabel(self.currency))
        self.price_hint = QLabel()
        self.price_hint.setWordWrap(True)
        self.price_hint.setStyleSheet("color: #52606d;")
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("planReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(64)

        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in self.TEXTS:
            self.labels[name] = QLabel()
            form.addRow(self.labels[name], stacked(self.texts[name], self.errors[name]))
        for name, field in (
            ("treatments", stacked(self.rows, row_buttons, self.errors["treatments"])),
            ("start_on", stacked(self.start, self.errors["start_on"])),
            ("price", stacked(price_row, self.price_hint, self.errors["price"])),
            ("reason", stacked(self.reason, self.errors["reason"])),
        ):
            self.labels[name] = QLabel()
            form.addRow(self.labels[name], field)
            if name == "reason":
                form.setRowVisible(field, self._needs_reason)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors["general"])
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        if plan is not None:
            for name in self.TEXTS:
                self.texts[name].setPlainText(getattr(plan, name))
            for treatment in plan.treatments:
                self.rows.add(treatment)
            self.start.set_value(plan.start_on)
            default = plans.default_price(practice, treatments=plan.treatments)
            if plan.price is not None and plan.price != default:
                self.price.setText(amount_text(plan.price))
        elif any(f.active for f in families):
            self.rows.add()  # a new plan starts with one treatment to fill in
        else:
            self.add_button.setEnabled(False)
        self.rows.on_change = self._update_price_hint
        self.retranslate()
        self.resize(800, 640 if self._needs_reason else 560)

    @property
    def _needs_reason(self) -> bool:
        return self.plan is not None and self.plan.agreed

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit the plan") if self.plan else self.tr("New plan"))
        self.labels["goals"].setText(self.tr("Goals"))
        self.labels["expectation"].setText(self.tr("Expected result"))
        self.labels["timeline"].setText(self.tr("Timeline agreed"))
        self.labels["treatments"].setText(self.tr("Treatments"))
        self.labels["start_on"].setText(self.tr("First session"))
        self.labels["price"].setText(self.tr("Price"))
        self.labels["reason"].setText(self.tr("Reason for the change"))
        self.texts["goals"].setPlaceholderText(self.tr("What the client wants to change"))
        self.texts["expectation"].setPlaceholderText(
            self.tr("The result the client can expect, as agreed with them")
        )
        self.texts["timeline"].setPlaceholderText(
            self.tr("e.g. visible change after 3 sessions, full result at 3 months")
        )
        self.reason.setPlaceholderText(
            self.tr("The client agreed to this plan: why does it change?")
        )
        self.add_button.setText(self.tr("Add a treatment"))
        self.remove_button.setText(self.tr("Remove"))
        self.start.edit.setPlaceholderText(
            self.tr("%1 — leave empty until booked").replace("%1", date_format().lower())
        )
        self.start.pick.setText(self.tr("Calendar"))
        self.rows.retranslate()
        self._update_price_hint()

    def _update_price_hint(self) -> None:
        try:
            default = plans.default_price(self._handle.practice, treatments=self.rows.treatments())
        except ClinicDeskError:
            default = None
        self.price.setPlaceholderText("" if default is None else amount_text(default))
        if default is None:
            self.price_hint.setText(
                self.tr(
                    "Type the price agreed, or choose a service for every treatment to use "
                    "the catalogue's prices."
                )
            )
        else:
            self.price_hint.setText(
                self.tr("Left empty, the plan costs %1 at the catalogue's prices.").replace(
                    "%1", format_price(default)
                )
            )

    def _show_error(self, field: str | None, message: str) -> None:
        field = "treatments" if field == "plan" else field
        label = self.errors.get(field or "", self.errors["general"])
        if field == "reason" and not self._needs_reason:
            label = self.errors["general"]
        label.setText(message)
        label.show()

    def save(self) -> None:
        for label in self.errors.values():
            label.hide()
        problem = date_problem(self.start)
        if problem:
            self._show_error("start_on", problem)
            self.start.edit.setFocus()
            return
        price: Money | None = None
        if self.price.text().strip():
            price = parse_price(self.price.text(), self.currency)
            if price is None:
                self._show_error(
                    "price",
                    self.tr("Type the price as an amount, e.g. %1.").replace(
                        "%1", amount_text(Money(self.currency, 45000))
                    ),
                )
                self.price.setFocus()
                return
        values: dict[str, Any] = {name: box.toPlainText() for name, box in self.texts.items()}
        try:
            if self.plan is None:
                self.saved = plans.create_plan(
                    self._handle.practice,
                    client_id=self._client_id,
                    treatments=self.rows.treatments(),
                    price=price,
                    start_on=self.start.value(),
                    **values,
                )
            else:
                self.saved = plan_changes.update_plan(
                    self._handle.practice,
                    plan_id=self.plan.id,
                    treatments=self.rows.treatments(),
                    price=price,
                    start_on=self.start.value(),
                    reason=self.reason.toPlainText(),
                    **values,
                )
        except ClinicDeskError as error:
            self._show_error(getattr(error, "field", None), message_for(error))
            return
        self.accept()


class PlanReasonDialog(QDialog):
    """Asks why (stopping a plan) and records it through `record`; refusals show beside it."""

    def __init__(
        self, title: str, prompt: str, record: Callable[[str], object], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planReasonDialog")
        self._record = record
        self.setWindowTitle(title)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("planStopReason")
        self.reason.setTabChangesFocus(True)
        self.error = error_label("reason")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.prompt, self.reason, self.error, buttons):
            layout.addWidget(widget)
        self.resize(480, 280)

    def accept(self) -> None:
        self.error.hide()
        try:
            self._record(self.reason.toPlainText())
        except ClinicDeskError as error:
            self.error.setText(message_for(error))
            self.error.show()
            return
        super().accept()


class MoveSessionDialog(QDialog):
    """Plan one session of the plan on another day; a reason once the plan is agreed."""

    def __init__(
        self,
        handle: PracticeHandle,
        plan: PlanRecord,
        names: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("moveSessionDialog")
        self._handle = handle
        self.plan = plan
        self.saved: PlanRecord | None = None
        self.session = QComboBox()
        self.session.setObjectName("moveSessionChoice")
        for treatment in plan.treatments:
            name = names.get(treatment.family, treatment.family)
            for number, day in enumerate(treatment.dates, 1):
                label = (
                    self.tr("%1, session %2 — %3")
                    .replace("%1", name)
                    .replace("%2", str(number))
                    .replace("%3", format_date(day) if day else self.tr("no date yet"))
                )
                self.session.addItem(label, (treatment.id, number, day))
        self.day = no_date_limit(DateField())
        self.day.setObjectName("moveSessionDate")
        self.day.edit.setPlaceholderText(date_format().lower())
        self.day.pick.setText(self.tr("Calendar"))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("moveSessionReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(72)
        self.errors = {name: error_label(name) for name in ("planned_on", "reason", "general")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Session"), self.session)
        form.addRow(self.tr("New date"), stacked(self.day, self.errors["planned_on"]))
        reason_box = stacked(self.reason, self.errors["reason"])
        form.addRow(self.tr("Reason for the change"), reason_box)
        form.setRowVisible(reason_box, plan.agreed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors["general"])
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Move a session date"))
        self.session.currentIndexChanged.connect(lambda *_: self._chosen())
        self._chosen()
        self.resize(560, 260 if plan.agreed else 160)

    def _chosen(self) -> None:
        choice = self.session.currentData()
        if choice is not None:
            self.day.set_value(choice[2])

    def save(self) -> None:
        for label in self.errors.values():
            label.hide()
        problem = date_problem(self.day)
        choice = self.session.currentData()
        if problem or choice is None:
            self.errors["planned_on"].setText(problem or "")
            self.errors["planned_on"].setVisible(bool(problem))
            return
        treatment_id, number, _ = choice
        try:
            self.saved = plan_changes.move_planned_session(
                self._handle.practice,
                plan_id=self.plan.id,
                treatment_id=treatment_id,
                number=number,
                planned_on=self.day.value(),
                reason=self.reason.toPlainText(),
            )
        except ClinicDeskError as error:
            field = error.field if isinstance(error, ValidationError) else None
            label = self.errors.get(field or "", self.errors["general"])
            label.setText(message_for(error))
            label.show()
            return
        self.accept()
