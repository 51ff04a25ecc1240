"""What a session used and where: the products listed line by line (`session_products`)
and the face and body chart (`body_chart`), whose marks are points, areas, or products
placed with their batch and quantity.

Both are read back as one list of product lines, the listed ones first and then the ones
on the chart; the chart's marks with no product are kept in the note instead. A problem
the service reports by line number is therefore shown beside the list or the chart,
whichever holds that line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from clinicdesk.rules.body_chart import ChartArea
from clinicdesk.services.products import BatchRow, ProductRow
from clinicdesk.services.sessions import SessionProductInput
from clinicdesk.ui.body_chart import BodyChart, ChartMark, ChartProduct
from clinicdesk.ui.errors import error_label
from clinicdesk.ui.practice_handle import PracticeHandle
from clinicdesk.ui.products_editor import UNIT_NAMES, unit_name
from clinicdesk.ui.session_products import ProductLines, batch_text


class ProductsUsed(QWidget):
    changed = Signal()  # a line or a mark added, changed or removed

    def __init__(self, handle: PracticeHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.product_lines = ProductLines(handle)
        self.product_lines.changed.connect(self.changed)
        self.chart = BodyChart()
        self.chart.setObjectName("sessionChart")
        self.chart.changed.connect(self.changed)
        self.errors = {name: error_label(name) for name in ("products", "chart")}

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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.products_box)
        layout.addWidget(self.chart_box)
        self.retranslate()

    def retranslate(self) -> None:
        self.products_box.setTitle(self.tr("Products used"))
        self.products_hint.setText(
            self.tr(
                "Products placed on the chart below are recorded with their point; list here "
                "the ones used over an area or the whole face."
            )
        )
        self.chart_box.setTitle(self.tr("Face and body chart"))

    # -- filling -------------------------------------------------------------------------

    def set_catalogue(self, products: Sequence[ProductRow], day: date) -> None:
        """The products that may be used, with the batches usable on `day`."""
        self.product_lines.set_catalogue(products, day)

    def set_lines(
        self,
        lines: Sequence[SessionProductInput],
        kept: Sequence[BatchRow],
        chart_areas: Sequence[Mapping[str, Any]],
        *,
        prefilled: bool,
    ) -> None:
        """Show `lines` in the list or on the chart, as each was recorded, with the chart's
        `chart_areas` (marks with no product); `prefilled` when copied from the previous
        session."""
        self.product_lines.set_lines([line for line in lines if line.chart is None], kept)
        self.chart.set_unit_names({code: unit_name(code) for code in UNIT_NAMES})
        self.chart.set_products(self._chart_products())
        marks = [
            ChartMark(line.chart, line.area, line.batch_id, Decimal(line.quantity), line.unit)
            for line in lines
            if line.chart is not None
        ]
        for value in chart_areas:
            area = ChartArea.from_value(value)
            marks.append(ChartMark(area.place, area.label))
        self.chart.set_marks(marks, prefilled=prefilled and bool(marks))

    def _chart_products(self) -> list[ChartProduct]:
        found = []
        day = self.product_lines.day
        for product in self.product_lines.products:
            for batch in self.product_lines.offered(product.id):
                text = f"{product.name} — {batch_text(batch, day)}"
                found.append(ChartProduct(batch.id, text, product.unit))
        return found

    # -- what was typed ------------------------------------------------------------------

    def chart_areas(self) -> list[dict[str, Any]]:
        """The chart's marks with no product, as the note keeps them."""
        return [
            ChartArea(m.place, m.label).as_value()
            for m in self.chart.marks()
            if m.product_key is None
        ]

    def lines(self) -> list[SessionProductInput] | None:
        """Every product line, listed then placed, or None (and the reason shown) while a
        mark on the chart is incomplete."""
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

    # -- errors and state ------------------------------------------------------------------

    def _show(self, name: str, message: str) -> None:
        self.errors[name].setText(message)
        self.errors[name].show()

    def show_error(self, line: object, message: str) -> None:
        """Say what is wrong with product line `line` (counted as `lines()` gives them,
        from 1) beside the list or the chart that holds it; with no line, under the list."""
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

    def set_read_only(self, read_only: bool) -> None:
        self.product_lines.set_read_only(read_only)
        self.chart.set_read_only(read_only)
