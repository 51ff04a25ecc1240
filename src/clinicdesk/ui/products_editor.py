"""Settings ▸ Products: what the practice uses in treatments, and the batches it holds.

A product is named, tied to the treatment it is for and measured in one unit; each
batch (lot) has its expiry. Expired batches stay listed (a recall must still find
them) but are shown as expired and are never offered for a session.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError, ValidationError
from clinicdesk.services import catalogue, products
from clinicdesk.services.products import ProductRow
from clinicdesk.ui.date_field import DateField
from clinicdesk.ui.errors import error_label, show_beside_field, show_error
from clinicdesk.ui.formatting import format_date
from clinicdesk.ui.i18n import current_language
from clinicdesk.ui.practice_handle import PracticeHandle

UNIT_NAMES = {
    "units": QT_TRANSLATE_NOOP("ProductsEditor", "units"),
    "ml": QT_TRANSLATE_NOOP("ProductsEditor", "ml"),
    "syringes": QT_TRANSLATE_NOOP("ProductsEditor", "syringes"),
    "vials": QT_TRANSLATE_NOOP("ProductsEditor", "vials"),
    "mg": QT_TRANSLATE_NOOP("ProductsEditor", "mg"),
    "g": QT_TRANSLATE_NOOP("ProductsEditor", "g"),
    "pieces": QT_TRANSLATE_NOOP("ProductsEditor", "pieces"),
}
EXPIRED_COLOUR = "#8a1c1c"


def unit_name(unit: str) -> str:
    return QCoreApplication.translate("ProductsEditor", UNIT_NAMES.get(unit, unit))


class BatchDialog(QDialog):
    """A new batch: its lot number, expiry and arrival."""

    def __init__(self, handle: PracticeHandle, product: ProductRow, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("batchDialog")
        self._handle, self._product = handle, product
        self.setWindowTitle(self.tr("New batch of %1").replace("%1", product.name))
        self.lot = QLineEdit()
        self.lot.setObjectName("batchLot")
        self.expires = DateField()
        self.received = DateField()
        self.received.set_value(date.today())
        for field in (self.expires, self.received):
            field.pick.setText(self.tr("Calendar"))
        # Expiry lies ahead; the date field otherwise stops at today.
        self.expires.calendar.setMaximumDate(self.expires.calendar.maximumDate().addYears(20))
        self.errors = {name: error_label(name) for name in ("lot", "expires_on", "received_on")}
        form = QFormLayout()
        form.addRow(self.tr("Batch (lot) number"), self.lot)
        form.addRow("", self.errors["lot"])
        form.addRow(self.tr("Expires on"), self.expires)
        form.addRow("", self.errors["expires_on"])
        form.addRow(self.tr("Received on"), self.received)
        form.addRow("", self.errors["received_on"])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        for label in self.errors.values():
            label.hide()
        problems = []
        if self.expires.value() is None:
            problems.append(("expires_on", self.tr("Type the expiry date printed on the box.")))
        if not self.received.is_date():
            problems.append(("received_on", self.tr("This is not a date.")))
        for name, message in problems:
            self.errors[name].setText(message)
            self.errors[name].show()
        if problems:
            return
        expires_on = self.expires.value()
        assert expires_on is not None
        try:
            products.add_batch(
                self._handle.practice,
                product_id=self._product.id,
                lot=self.lot.text(),
                expires_on=expires_on,
                received_on=self.received.value(),
            )
        except ValidationError as error:
            show_beside_field(self.errors, error, "lot")
            return
        except ClinicDeskError as error:
            show_error(self, error)
            return
        super().accept()


class ProductsEditor(QWidget):
    changed = Signal()

    def __init__(self, handle: PracticeHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productsEditor")
        self._handle = handle
        self.rows: list[ProductRow] = []
        self.list = QListWidget()
        self.list.setObjectName("productList")
        self.list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.show_retired = QCheckBox()
        self.show_retired.toggled.connect(lambda _: self.reload())
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_product)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.show_retired)
        left.addWidget(self.new_button)

        self.name = QLineEdit()
        self.name.setObjectName("productName")
        self.family = QComboBox()
        self.family.setObjectName("productFamily")
        self.unit = QComboBox()
        self.unit.setObjectName("productUnit")
        self.usual_max = QLineEdit()
        self.usual_max.setObjectName("productUsualMax")
        self.active = QCheckBox()
        self.errors = {name: error_label(name) for name in ("name", "usual_max")}
        self.form_labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(
            self.form_labels, (self.name, self.family, self.unit, self.usual_max), strict=True
        ):
            form.addRow(label, field)
            if field is self.name:
                form.addRow("", self.errors["name"])
        form.addRow("", self.errors["usual_max"])
        form.addRow("", self.active)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveProduct")
        self.save_button.clicked.connect(self.save)
        self.batches_title = QLabel()
        self.batches_title.setStyleSheet("font-weight: 600; margin-top: 8px;")
        self.batches = QTableWidget(0, 3)
        self.batches.setObjectName("batchTable")
        self.batches.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.batches.verticalHeader().hide()
        self.batches.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_batch_button = QPushButton()
        self.add_batch_button.setObjectName("addBatch")
        self.add_batch_button.clicked.connect(self.add_batch)
        right = QVBoxLayout()
        right.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        right.addLayout(buttons)
        right.addWidget(self.batches_title)
        right.addWidget(self.batches, 1)
        right.addWidget(self.add_batch_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #52606d;")
        right.addWidget(self.empty)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 2)
        self._editing: ProductRow | None = None
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.show_retired.setText(self.tr("Show products no longer used"))
        self.new_button.setText(self.tr("New product"))
        for label, text in zip(
            self.form_labels,
            (
                self.tr("Name, as on the box *"),
                self.tr("For treatment"),
                self.tr("Measured in"),
                self.tr("Usual largest quantity in a session"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.usual_max.setPlaceholderText(self.tr("optional: a larger quantity is questioned"))
        self.active.setText(self.tr("In use (untick to stop offering it)"))
        self.save_button.setText(self.tr("Save product"))
        self.batches_title.setText(self.tr("Batches"))
        self.batches.setHorizontalHeaderLabels(
            [self.tr("Batch (lot)"), self.tr("Expires on"), self.tr("Received on")]
        )
        self.add_batch_button.setText(self.tr("Add a batch…"))
        self.empty.setText(
            self.tr(
                "Record each product you use and the batches you hold: sessions then record "
                "the batch used, expired batches are refused, and a recall finds every client "
                "who received a batch."
            )
        )
        family = self.family.currentData()
        self.family.clear()
        self.family.addItem(self.tr("Any treatment"), None)
        language = current_language()
        for known in catalogue.families(self._handle.practice):
            self.family.addItem(known.name(language), known.code)
        self.family.setCurrentIndex(max(0, self.family.findData(family)))
        unit = self.unit.currentData()
        self.unit.clear()
        for code in products.UNITS:
            self.unit.addItem(unit_name(code), code)
        self.unit.setCurrentIndex(max(0, self.unit.findData(unit)))

    # -- showing -----------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        self.rows = products.products(
            self._handle.practice, include_retired=self.show_retired.isChecked()
        )
        current = select if select is not None else (self._editing.id if self._editing else None)
        self.list.blockSignals(True)
        self.list.clear()
        for row in self.rows:
            item = QListWidgetItem(row.name)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            if not row.active:
                item.setForeground(QBrush(QColor("#9aa5b1")))
            self.list.addItem(item)
            if row.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not self.rows)
        self._show_selected()

    def _show_selected(self) -> None:
        item = self.list.currentItem()
        wanted = item.data(Qt.ItemDataRole.UserRole) if item else None
        self._editing = next((r for r in self.rows if r.id == wanted), None)
        for label in self.errors.values():
            label.hide()
        row = self._editing
        self.name.setText(row.name if row else "")
        self.family.setCurrentIndex(max(0, self.family.findData(row.family if row else None)))
        self.unit.setCurrentIndex(max(0, self.unit.findData(row.unit if row else "units")))
        self.usual_max.setText(f"{row.usual_max.normalize():f}" if row and row.usual_max else "")
        self.active.setChecked(row.active if row else True)
        self.add_batch_button.setEnabled(row is not None)
        self._show_batches()

    def _show_batches(self) -> None:
        self.batches.setRowCount(0)
        if self._editing is None:
            return
        today = date.today()
        with_expired = products.batches(self._handle.practice, product_id=self._editing.id)
        for batch in with_expired:
            line = self.batches.rowCount()
            self.batches.insertRow(line)
            expired = batch.expired_on(today)
            expiry = format_date(batch.expires_on)
            if expired:
                expiry = self.tr("%1 (expired)").replace("%1", expiry)
            for column, text in enumerate((batch.lot, expiry, format_date(batch.received_on))):
                cell = QTableWidgetItem(text)
                if expired:
                    cell.setForeground(QBrush(QColor(EXPIRED_COLOUR)))
                self.batches.setItem(line, column, cell)

    # -- editing -----------------------------------------------------------------------------

    def new_product(self) -> None:
        self.list.setCurrentItem(None)
        self._editing = None
        self._show_selected()
        self.name.setFocus()

    def _usual_max(self) -> Decimal | None:
        text = self.usual_max.text().strip()
        return products.parse_quantity(text) if text else None

    def save(self) -> None:
        for label in self.errors.values():
            label.hide()
        practice = self._handle.practice
        try:
            usual_max = self._usual_max()
        except ValidationError:
            self.errors["usual_max"].setText(
                self.tr("Type a quantity more than 0, for example 20 or 0.5, or leave it empty.")
            )
            self.errors["usual_max"].show()
            return
        values = {
            "name": self.name.text(),
            "family": self.family.currentData(),
            "unit": self.unit.currentData(),
            "usual_max": usual_max,
        }
        try:
            if self._editing is None:
                saved = products.add_product(practice, **values)
            else:
                saved = products.update_product(
                    practice,
                    product_id=self._editing.id,
                    active=self.active.isChecked(),
                    **values,
                )
        except ValidationError as error:
            show_beside_field(self.errors, error, "name")
            return
        except ClinicDeskError as error:
            show_error(self, error)
            return
        self.reload(select=saved.id)
        self.changed.emit()

    def add_batch(self) -> None:
        if self._editing is None:
            return
        dialog = BatchDialog(self._handle, self._editing, self)
        if dialog.exec():
            self._show_batches()
            self.changed.emit()
