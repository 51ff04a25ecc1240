"""The products a session used that were not placed on the chart: one line per product,
with its batch, quantity, unit and area.

Only batches usable on the session's day are offered, the one last used in the practice
first, so an expired lot cannot be picked; a line whose batch has expired since (a draft
kept for days) still shows it, marked, and saving refuses it with the lot and date.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.services import products as product_service
from clinicdesk.services import sessions
from clinicdesk.services.products import BatchRow, ProductRow
from clinicdesk.services.sessions import SessionProductInput
from clinicdesk.ui.formatting import format_date
from clinicdesk.ui.practice_handle import PracticeHandle
from clinicdesk.ui.products_editor import unit_name

PRODUCT, BATCH, QUANTITY, UNIT, AREA = range(5)


def batch_text(batch: BatchRow, day: date) -> str:
    text = QCoreApplication.translate("ProductLines", "lot %1, expires %2")
    text = text.replace("%1", batch.lot).replace("%2", format_date(batch.expires_on))
    if batch.expired_on(day):
        text += " — " + QCoreApplication.translate("ProductLines", "EXPIRED")
    return text


def quantity_input(text: str) -> Decimal | str:
    """The quantity as typed, a Decimal when it reads as one: the service says what is wrong."""
    try:
        return product_service.parse_quantity(text)
    except (ValueError, ArithmeticError):
        return text


class ProductLines(QWidget):
    changed = Signal()

    def __init__(self, handle: PracticeHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._handle = handle
        self.day = date.today()
        self.products: list[ProductRow] = []
        self._batches: dict[int, list[BatchRow]] = {}
        self._batch_rows: dict[int, BatchRow] = {}
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("productLines")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PRODUCT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(BATCH, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AREA, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addProductLine")
        self.add_button.clicked.connect(lambda: self.add_line())
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeProductLine")
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Product"),
                self.tr("Batch (lot)"),
                self.tr("Quantity"),
                self.tr("Unit"),
                self.tr("Area or point"),
            ]
        )
        self.add_button.setText(self.tr("Add a product"))
        self.remove_button.setText(self.tr("Remove the line"))

    # -- what can be picked ----------------------------------------------------------------

    def set_catalogue(self, products: Sequence[ProductRow], day: date) -> None:
        """The products offered (the family's first) and the day batches must be usable on."""
        self.products = list(products)
        self.day = day
        self._batches.clear()

    def offered(self, product_id: int) -> list[BatchRow]:
        if product_id not in self._batches:
            found = sessions.offered_batches(
                self._handle.practice, product_id=product_id, on=self.day
            )
            self._batches[product_id] = found
            self._batch_rows.update((b.id, b) for b in found)
        return self._batches[product_id]

    def product_of_batch(self, batch_id: int) -> ProductRow | None:
        for product in self.products:
            if any(b.id == batch_id for b in self.offered(product.id)):
                return product
        return None

    # -- lines -----------------------------------------------------------------------------

    def add_line(
        self, item: SessionProductInput | None = None, kept: BatchRow | None = None
    ) -> int:
        """A new line, empty or showing `item`; `kept` is its batch if no longer offered."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        product = QComboBox()
        product.setObjectName(f"lineProduct{row}")
        for p in self.products:
            product.addItem(p.name, p.id)
        batch = QComboBox()
        batch.setObjectName(f"lineBatch{row}")
        quantity = QLineEdit()
        quantity.setObjectName(f"lineQuantity{row}")
        quantity.setPlaceholderText(self.tr("e.g. 20 or 0.5"))
        unit = QComboBox()
        unit.setObjectName(f"lineUnit{row}")
        for code in product_service.UNITS:
            unit.addItem(unit_name(code), code)
        area = QLineEdit()
        area.setObjectName(f"lineArea{row}")
        area.setMaxLength(4 * 200)  # long text is refused with a message, not cut at 200
        for column, widget in enumerate((product, batch, quantity, unit, area)):
            self.table.setCellWidget(row, column, widget)
        product.currentIndexChanged.connect(
            lambda _=0, b=batch, p=product, u=unit: self._product_picked(p, b, u)
        )
        for signal in (batch.currentIndexChanged, unit.currentIndexChanged):
            signal.connect(lambda _=0: self.changed.emit())
        for edit in (quantity, area):
            edit.textEdited.connect(lambda _="": self.changed.emit())
        if item is None:
            self._product_picked(product, batch, unit)
        else:
            owner = self.product_of_batch(item.batch_id)
            if owner is None and kept is not None:
                owner = next((p for p in self.products if p.id == kept.product_id), None)
            product.blockSignals(True)
            product.setCurrentIndex(max(0, product.findData(owner.id if owner else None)))
            product.blockSignals(False)
            self._fill_batches(product, batch, kept)
            batch.setCurrentIndex(max(0, batch.findData(item.batch_id)))
            quantity.setText(sessions.quantity_text(Decimal(item.quantity)))
            unit.setCurrentIndex(max(0, unit.findData(item.unit)))
            area.setText(item.area)
        self.table.setCurrentCell(row, PRODUCT)
        self.changed.emit()
        return row

    def _fill_batches(
        self, product: QComboBox, batch: QComboBox, kept: BatchRow | None = None
    ) -> None:
        batch.blockSignals(True)
        batch.clear()
        product_id = product.currentData()
        offered = self.offered(product_id) if product_id is not None else []
        if kept is not None and all(b.id != kept.id for b in offered):
            offered = [kept, *offered]
        for b in offered:
            batch.addItem(batch_text(b, self.day), b.id)
        if not offered:
            batch.addItem(self.tr("No batch in date: add one in Settings ▸ Products"), None)
        batch.blockSignals(False)

    def _product_picked(self, product: QComboBox, batch: QComboBox, unit: QComboBox) -> None:
        self._fill_batches(product, batch)
        chosen = next((p for p in self.products if p.id == product.currentData()), None)
        if chosen is not None:
            unit.setCurrentIndex(max(0, unit.findData(chosen.unit)))
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def set_lines(
        self, items: Sequence[SessionProductInput], kept: Sequence[BatchRow] = ()
    ) -> None:
        self.table.setRowCount(0)
        by_id = {b.id: b for b in kept}
        for item in items:
            self.add_line(item, by_id.get(item.batch_id))

    def _cell(self, row: int, column: int) -> QWidget:
        widget = self.table.cellWidget(row, column)
        assert widget is not None
        return widget

    def lines(self) -> list[SessionProductInput]:
        found = []
        for row in range(self.table.rowCount()):
            batch_id = self._cell(row, BATCH).currentData()  # type: ignore[attr-defined]
            found.append(
                SessionProductInput(
                    batch_id if batch_id is not None else 0,
                    quantity_input(self._cell(row, QUANTITY).text()),  # type: ignore[attr-defined,arg-type]
                    self._cell(row, UNIT).currentData(),  # type: ignore[attr-defined]
                    self._cell(row, AREA).text(),  # type: ignore[attr-defined]
                )
            )
        return found

    def focus_line(self, row: int, column: int = QUANTITY) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.setCurrentCell(row, column)
            self._cell(row, column).setFocus(Qt.FocusReason.OtherFocusReason)

    def set_read_only(self, read_only: bool) -> None:
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                self._cell(row, column).setEnabled(not read_only)
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)
