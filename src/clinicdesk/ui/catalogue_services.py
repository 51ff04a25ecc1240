"""The services of a treatment family: their table, the dialog that adds or edits one,
and prices as people type them.

Prices are typed in the practice's currency ("45.50", "45,50", "1 234,50") and become
integer minor units through Decimal, never through a float.
"""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError, ValidationError
from clinicdesk.rules.codes import LANGUAGES, text_in
from clinicdesk.rules.money import Money
from clinicdesk.services import catalogue
from clinicdesk.services.catalogue import Family, Service
from clinicdesk.ui.errors import error_label, message_for, show_error
from clinicdesk.ui.i18n import LANGUAGES as LANGUAGE_NAMES
from clinicdesk.ui.i18n import current_language
from clinicdesk.ui.practice_handle import PracticeHandle

CODE_ROLE = Qt.ItemDataRole.UserRole
SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$", "PLN": "zł", "CNY": "¥", "JPY": "¥", "CHF": "CHF"}
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")


def parse_price(text: str, currency: str) -> Money | None:
    """The amount typed, in minor units of `currency`; None when it is not an amount
    (letters, or more decimals than the currency has). A minus sign is kept, so the
    service can say that a price cannot be negative."""
    digits = Money(currency, 0).digits
    cleaned = "".join(text.split()).replace("\u2212", "-")  # split(): also NBSP, U+202F
    for mark in (currency, SYMBOLS.get(currency, currency)):
        cleaned = cleaned.removeprefix(mark).removesuffix(mark)
    if "," in cleaned and "." in cleaned:  # the last one is the decimal separator
        group = "," if cleaned.rfind(".") > cleaned.rfind(",") else "."
        cleaned = cleaned.replace(group, "")
    if cleaned.count(",") == 1:
        cleaned = cleaned.replace(",", ".")
    if not _NUMBER.fullmatch(cleaned):
        return None
    minor = Decimal(cleaned).scaleb(digits)
    if minor != minor.to_integral_value():
        return None
    return Money(currency, int(minor))


def amount_text(money: Money) -> str:
    """The amount without its currency, as the interface language writes it; no grouping,
    so that it reads back the same."""
    amount = Decimal(money.minor).scaleb(-money.digits)
    return f"{amount:.{money.digits}f}".replace(".", QLocale().decimalPoint())


def format_price(money: Money) -> str:
    amount = Decimal(money.minor).scaleb(-money.digits)
    symbol = SYMBOLS.get(money.currency, money.currency)
    # A float only for display: amounts this size keep their cents exactly.
    return QLocale().toCurrencyString(float(amount), symbol, money.digits)


class ServiceDialog(QDialog):
    """Add a service to `family`, or edit `service`; saves through the catalogue service."""

    def __init__(
        self,
        handle: PracticeHandle,
        *,
        family: str,
        currency: str,
        service: Service | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("serviceDialog")
        self._handle = handle
        self._family = family
        self._currency = currency
        self._service = service
        self.saved: Service | None = None
        self.errors = {name: error_label(name) for name in ("names", "duration_minutes", "price")}

        self.names = {language: QLineEdit() for language in LANGUAGES}
        self.duration = QSpinBox()
        self.duration.setObjectName("serviceDuration")
        self.duration.setRange(catalogue.DURATION_MIN, catalogue.DURATION_MAX)
        self.duration.setSingleStep(5)
        self.duration.setValue(service.duration_minutes if service else 30)
        self.price = QLineEdit()
        self.price.setObjectName("servicePrice")
        self.currency_label = QLabel(currency)
        price_row = QHBoxLayout()
        price_row.addWidget(self.price, 1)
        price_row.addWidget(self.currency_label)

        self.labels = [QLabel(), QLabel()]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for language in LANGUAGES:
            self.names[language].setObjectName(f"serviceName_{language}")
            if service is not None:
                self.names[language].setText(service.names.get(language, ""))
            mark = " *" if language == "en" else ""
            form.addRow(LANGUAGE_NAMES[language] + mark, self.names[language])
        form.addRow(self.errors["names"])
        form.addRow(self.labels[0], self.duration)
        form.addRow(self.errors["duration_minutes"])
        form.addRow(self.labels[1], price_row)
        form.addRow(self.errors["price"])
        if service is not None:
            self.price.setText(amount_text(service.price))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.setMinimumWidth(460)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit service") if self._service else self.tr("New service"))
        self.labels[0].setText(self.tr("Duration"))
        self.labels[1].setText(self.tr("Price"))
        self.duration.setSuffix(self.tr(" min"))
        self.price.setPlaceholderText(amount_text(Money(self._currency, 4550)))

    def _show_field_error(self, field: str | None, message: str) -> bool:
        label = self.errors.get(field or "")
        if label is None:
            return False
        label.setText(message)
        label.show()
        return True

    def save(self) -> None:
        for label in self.errors.values():
            label.hide()
        price = parse_price(self.price.text(), self._currency)
        if price is None:
            self._show_field_error(
                "price",
                self.tr("Type the price as an amount, e.g. %1.").replace(
                    "%1", amount_text(Money(self._currency, 4550))
                ),
            )
            self.price.setFocus()
            return
        names = {language: self.names[language].text() for language in LANGUAGES}
        try:
            if self._service is None:
                self.saved = catalogue.add_service(
                    self._handle.practice,
                    family=self._family,
                    names=names,
                    duration_minutes=self.duration.value(),
                    price=price,
                )
            else:
                self.saved = catalogue.update_service(
                    self._handle.practice,
                    code=self._service.code,
                    names=names,
                    duration_minutes=self.duration.value(),
                    price=price,
                    active=self._service.active,
                )
        except ValidationError as problem:
            if not self._show_field_error(problem.field, message_for(problem)):
                show_error(self, problem)
            return
        except ClinicDeskError as error:
            show_error(self, error)
            return
        self.accept()


def read_only_table(columns: int, name: str) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class ServicesPanel(QWidget):
    """The services of one family: a table with Add, Edit and Retire (or Restore)."""

    changed = Signal(str)  # the code of the service added, edited, retired or restored

    def __init__(
        self, handle: PracticeHandle, currency: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._handle = handle
        self._currency = currency
        self._family: Family | None = None
        self._show_retired = False

        self.table = read_only_table(3, "servicesTable")
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addService")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editService")
        self.retire_button = QPushButton()
        self.retire_button.setObjectName("retireService")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.retire_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)

        self.add_button.clicked.connect(self.add_service)
        self.edit_button.clicked.connect(self.edit_service)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.edit_service)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.hint.setText(
            self.tr(
                "A service is saved as soon as its dialog is closed with Save. Services are "
                "retired, never deleted, because sessions and invoices name them."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Service"), self.tr("Duration"), self.tr("Price")]
        )
        self.show_family(self._family)

    def set_show_retired(self, show: bool) -> None:
        self._show_retired = show
        self.show_family(self._family)

    def codes(self) -> list[str]:
        """The services listed, top to bottom."""
        return [self._code_at(row) for row in range(self.table.rowCount())]

    def _code_at(self, row: int) -> str:
        item = self.table.item(row, 0)
        return item.data(CODE_ROLE) if item is not None else ""

    def _services(self) -> list[Service]:
        if self._family is None:
            return []
        return [s for s in self._family.services if s.active or self._show_retired]

    def show_family(self, family: Family | None, *, select: str | None = None) -> None:
        self._family = family
        language = current_language()
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        services = self._services()
        self.table.setRowCount(len(services))
        for row, service in enumerate(services):
            name = text_in(service.names, language)
            if not service.active:
                name = self.tr("%1 (retired)").replace("%1", name)
            cells = (
                name,
                self.tr("%n min", "", service.duration_minutes),
                format_price(service.price),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(CODE_ROLE, service.code)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if not service.active:
                    item.setForeground(grey)
                self.table.setItem(row, column, item)
            if service.code == select:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> Service | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        code = self._code_at(rows[0].row())
        return next((s for s in self._services() if s.code == code), None)

    def _update_buttons(self) -> None:
        service = self.selected()
        self.add_button.setEnabled(self._family is not None)
        self.edit_button.setEnabled(service is not None)
        self.retire_button.setEnabled(service is not None)
        retired = service is not None and not service.active
        self.retire_button.setText(self.tr("Restore") if retired else self.tr("Retire"))

    def add_service(self) -> None:
        if self._family is None:
            return
        dialog = ServiceDialog(
            self._handle, family=self._family.code, currency=self._currency, parent=self
        )
        if dialog.exec() and dialog.saved is not None:
            self.changed.emit(dialog.saved.code)

    def edit_service(self) -> None:
        service = self.selected()
        if self._family is None or service is None:
            return
        dialog = ServiceDialog(
            self._handle,
            family=self._family.code,
            currency=self._currency,
            service=service,
            parent=self,
        )
        if dialog.exec() and dialog.saved is not None:
            self.changed.emit(service.code)

    def toggle_retired(self) -> None:
        """Retire the chosen service, or bring a retired one back."""
        service = self.selected()
        if service is None:
            return
        try:
            catalogue.set_service_active(
                self._handle.practice, code=service.code, active=not service.active
            )
        except ClinicDeskError as error:
            show_error(self, error)
            return
        self.changed.emit(service.code)
