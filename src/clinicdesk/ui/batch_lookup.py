"""Batch look-up for a product recall: which clients received batch X.

The practitioner types the lot printed on the recall notice (and may narrow it to one
product); the list shows each use with the client's phone, to be printed for the phone
calls or saved as CSV for the supplier. Opening a row opens the client's record.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError
from clinicdesk.reports.batch_recall import RecallText, render_batch_recall
from clinicdesk.services import batch_recalls, clinic, products
from clinicdesk.services.batch_recalls import BatchUse
from clinicdesk.services.sessions import quantity_text
from clinicdesk.ui.errors import message_for
from clinicdesk.ui.formatting import format_datetime
from clinicdesk.ui.i18n import current_language
from clinicdesk.ui.practice_handle import PracticeHandle
from clinicdesk.ui.printing import print_pdf
from clinicdesk.ui.products_editor import unit_name


def local_quantity(quantity: Decimal) -> str:
    """A quantity as the practitioner writes it ("1,5" in Polish and French)."""
    return quantity_text(quantity).replace(".", QLocale().decimalPoint())


class BatchLookupDialog(QDialog):
    open_client = Signal(int)

    def __init__(self, handle: PracticeHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchLookup")
        self._handle = handle
        self.uses: list[BatchUse] = []
        self.lot = QLineEdit()
        self.lot.setObjectName("lookupLot")
        self.lot.returnPressed.connect(self.search)
        self.product = QComboBox()
        self.product.setObjectName("lookupProduct")
        self.search_button = QPushButton()
        self.search_button.clicked.connect(self.search)
        self.summary = QLabel()
        self.summary.setObjectName("lookupSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("lookupTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(self._open_row)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_list)
        self.csv_button = QPushButton()
        self.csv_button.setObjectName("lookupCsv")
        self.csv_button.clicked.connect(self.save_csv)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        query = QHBoxLayout()
        self.lot_label, self.product_label = QLabel(), QLabel()
        for widget in (self.lot_label, self.lot, self.product_label, self.product):
            query.addWidget(widget)
        query.addWidget(self.search_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.csv_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(query)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(900, 560)
        self.retranslate()
        self._show()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Batch look-up"))
        self.lot_label.setText(self.tr("Batch (lot)"))
        self.product_label.setText(self.tr("Product"))
        self.search_button.setText(self.tr("Find"))
        self.print_button.setText(self.tr("Print the list…"))
        self.csv_button.setText(self.tr("Save as CSV…"))
        self.close_button.setText(self.tr("Close"))
        self.table.setHorizontalHeaderLabels(list(self.headers()))
        current = self.product.currentData()
        self.product.clear()
        self.product.addItem(self.tr("Any product"), None)
        for row in products.products(self._handle.practice, include_retired=True):
            self.product.addItem(row.name, row.id)
        self.product.setCurrentIndex(max(0, self.product.findData(current)))

    def headers(self) -> tuple[str, str, str, str, str, str]:
        return (
            self.tr("Date"),
            self.tr("Client"),
            self.tr("Phone"),
            self.tr("Product"),
            self.tr("Quantity"),
            self.tr("Session"),
        )

    def rows(self) -> list[tuple[str, str, str, str, str, str]]:
        return [
            (
                format_datetime(use.performed_at),
                use.client_name,
                use.phone or "—",
                f"{use.product_name} · {use.lot}",
                f"{local_quantity(use.quantity)} {unit_name(use.unit)}",
                self.tr("Signed off") if use.final else self.tr("Draft"),
            )
            for use in self.uses
        ]

    # -- searching ---------------------------------------------------------------------------

    def search(self) -> None:
        if not self.lot.text().strip():
            self.uses = []
            self._show()
            return
        try:
            self.uses = batch_recalls.batch_recipients(
                self._handle.practice, lot=self.lot.text(), product_id=self.product.currentData()
            )
        except ClinicDeskError as error:
            self.uses = []
            self._show(message_for(error))
            return
        self._show()

    def _show(self, problem: str = "") -> None:
        self.table.setRowCount(0)
        for line, row in enumerate(self.rows()):
            self.table.insertRow(line)
            for column, text in enumerate(row):
                self.table.setItem(line, column, QTableWidgetItem(text))
        clients = len({use.client_id for use in self.uses})
        if problem:
            summary = problem
        elif not self.lot.text().strip():
            summary = self.tr(
                "Type the batch (lot) number from the recall notice: every client who "
                "received it is listed with their phone number."
            )
        elif not self.uses:
            summary = self.tr("No session used this batch.")
        else:
            summary = self.tr("%n client(s) received this batch", "", clients)
        self.summary.setText(summary)
        for button in (self.print_button, self.csv_button):
            button.setEnabled(bool(self.uses))

    def _open_row(self, line: int, _column: int) -> None:
        if 0 <= line < len(self.uses):
            self.open_client.emit(self.uses[line].client_id)

    # -- output ------------------------------------------------------------------------------

    def recall_pdf(self) -> bytes:
        text = RecallText(
            title=self.tr("Product recall: clients who received batch %1").replace(
                "%1", self.lot.text().strip()
            ),
            intro=self.summary.text()
            + " · "
            + self.tr("printed %1").replace("%1", format_datetime(datetime.now().astimezone())),
            headers=self.headers(),
            empty=self.tr("No session used this batch."),
            page_template=self.tr("Page {page} of {pages}"),
            language=current_language(),
        )
        return render_batch_recall(
            text=text, clinic=clinic.clinic_header(self._handle.practice), rows=self.rows()
        )

    def print_list(self) -> None:
        if self.uses:
            print_pdf(self, self.recall_pdf(), self.windowTitle())

    def save_csv(self) -> None:
        if not self.uses:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as CSV"),
            f"recall-{self.lot.text().strip()}.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.write_csv(path)

    def write_csv(self, path: str) -> bool:
        """The list in the file the practitioner chose (UTF-8 with a BOM, for Excel)."""
        headers = (
            self.tr("Date and time"),
            self.tr("Client number"),
            self.tr("Client"),
            self.tr("Phone"),
            self.tr("Session number"),
            self.tr("Product"),
            self.tr("Batch (lot)"),
            self.tr("Quantity"),
            self.tr("Unit"),
        )
        text = batch_recalls.batch_recipients_csv(self.uses, headers=headers)
        try:
            with open(path, "w", encoding="utf-8-sig", newline="") as handle:  # noqa: PTH123
                handle.write(text)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("The list could not be saved: %1").replace("%1", exc.strerror or str(exc)),
            )
            return False
        return True
