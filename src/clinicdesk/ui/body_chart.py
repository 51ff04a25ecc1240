"""The face and body chart of a session: where each product went, and which areas were
treated, on a front face, two profiles and the body front and back.

The practitioner picks the view (each tab says how many marks it holds) and the product
new marks take, then draws on the diagram with the mouse, a pen or the keyboard (see
`body_chart_canvas`); the table beside it lists every mark with its number, and edits
its place name, product and quantity. The widget holds plain `ChartMark`s; the session
form that hosts it decides what becomes a product line and what an area of the note.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.rules.body_chart import VIEWS
from clinicdesk.ui.body_chart_canvas import ChartCanvas
from clinicdesk.ui.body_chart_table import (
    NUMBER,
    PLACE,
    PRODUCT,
    QUANTITY,
    UNIT,
    VIEW,
    ChartMark,
    ChartProduct,
    MarkDelegate,
    MarksModel,
    colour_icon,
    view_name,
)
from clinicdesk.ui.errors import error_label

__all__ = ["BodyChart", "ChartMark", "ChartProduct"]

HINT_STYLE = "color: #52606d;"


class BodyChart(QWidget):
    changed = Signal()  # a mark added, moved, edited or removed by the practitioner

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bodyChart")
        self.model = MarksModel(self)
        self.table = QTableView()
        self.table.setObjectName("chartMarks")
        self.table.setModel(self.model)
        self.table.setItemDelegate(MarkDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in (NUMBER, VIEW, QUANTITY, UNIT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (PLACE, PRODUCT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        selection = self.table.selectionModel()
        self.canvas = ChartCanvas(self.model, selection)

        self.views = QTabBar()
        self.views.setObjectName("chartViews")
        self.views.setExpanding(False)
        self.views.setDrawBase(False)
        for view in VIEWS:
            self.views.setTabData(self.views.addTab(""), view)
        self.product_label = QLabel()
        self.product = QComboBox()
        self.product.setObjectName("chartProduct")
        self.product_label.setBuddy(self.product)
        self.legend = QLabel()
        self.legend.setObjectName("chartLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.hint = QLabel()
        self.hint.setObjectName("chartHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.error = error_label("chart")

        product_row = QHBoxLayout()
        product_row.setContentsMargins(0, 0, 0, 0)
        product_row.addWidget(self.product_label)
        product_row.addWidget(self.product, 1)
        product_row.addStretch(1)
        self.product_row = QWidget()
        self.product_row.setLayout(product_row)
        right = QWidget()
        listing = QVBoxLayout(right)
        listing.setContentsMargins(0, 0, 0, 0)
        listing.addWidget(self.legend)
        listing.addWidget(self.table, 1)
        listing.addWidget(self.error)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.canvas)
        splitter.addWidget(right)
        # The diagrams are portraits: the table can have the larger share of the width.
        splitter.setStretchFactor(0, 9)
        splitter.setStretchFactor(1, 11)
        splitter.setSizes([900, 1100])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)
        layout.addWidget(self.product_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hint)

        self._read_only = False
        self._canvas_focused = False
        self.views.currentChanged.connect(self._show_view)
        self.canvas.view_requested.connect(self.set_view)
        self.canvas.focus_changed.connect(self._focus_changed)
        self.product.currentIndexChanged.connect(self._product_chosen)
        self.model.edited.connect(self._edited)
        self.model.refused.connect(self._refused)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._summarise)
        self.model.dataChanged.connect(self._summarise)
        selection.currentRowChanged.connect(self._row_chosen)
        self.table.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.product_label.setText(self.tr("&Product for new marks:"))
        self._fill_products()
        self.model.retranslate()
        self.canvas.retranslate()
        self._summarise()
        self._show_hint()

    # -- the public interface ----------------------------------------------------------------

    def set_products(self, products: Sequence[ChartProduct]) -> None:
        """The batches new marks can take, in the order their colours are given."""
        self.model.set_products(products)
        self._fill_products()
        self._summarise()

    def set_unit_names(self, unit_names: Mapping[str, str]) -> None:
        """How to show each unit code ("ml", "units"...); a code not named shows as itself."""
        self.model.set_unit_names(unit_names)

    def set_marks(self, marks: Sequence[ChartMark], *, prefilled: bool = False) -> None:
        """Show `marks` in place of the chart's; loading does not emit `changed`. With
        `prefilled`, they were copied from the client's previous session and are drawn
        apart until the practitioner moves or edits them. When the view shown holds none
        of them, the first view that does is shown."""
        self.error.hide()
        self.model.set_marks(marks, prefilled=prefilled)
        if marks and not self.model.rows_in(self.canvas.view):
            self.set_view(next(v for v in VIEWS if self.model.rows_in(v)))

    def marks(self) -> list[ChartMark]:
        return self.model.marks()

    def problems(self) -> list[str]:
        """What must be put right before the chart can be saved, one sentence each."""
        return self.model.problems()

    def set_read_only(self, read_only: bool) -> None:
        """A chart to look at (a signed-off session): views and marks can still be
        chosen, nothing can be changed."""
        self._read_only = read_only
        self.model.read_only = read_only
        self.canvas.read_only = read_only
        self.product_row.setVisible(not read_only)
        self.canvas.update()
        self._show_hint()

    def set_view(self, view: str) -> None:
        if view not in VIEWS:
            raise ValueError(f"view must be one of {list(VIEWS)}, not {view!r}")
        self.views.setCurrentIndex(VIEWS.index(view))

    def clear(self) -> None:
        """Remove every mark; `changed` is emitted when there were some."""
        had_marks = bool(self.model.rowCount())
        self.set_marks([])
        if had_marks:
            self.changed.emit()

    def is_prefilled(self, number: int) -> bool:
        """Whether mark `number` (from 1) is still as copied from the previous session."""
        return self.model.is_prefilled(number - 1)

    # -- reactions ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Delete removes the chosen mark from the table too, as it does on the drawing.
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and not self._read_only
            and self.table.state() != QAbstractItemView.State.EditingState
        ):
            rows = self.table.selectionModel().selectedRows()
            if rows:
                self.model.remove(rows[0].row())
                return True
        return super().eventFilter(watched, event)

    def _show_view(self, index: int) -> None:
        self.canvas.set_view(VIEWS[index])

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        view = self.model.mark(current.row()).place.view
        if view != self.canvas.view:
            self.set_view(view)
        self.table.scrollTo(current)

    def _product_chosen(self, _index: int) -> None:
        self.canvas.new_product = self.product.currentData()

    def _edited(self) -> None:
        self.error.hide()
        self.changed.emit()

    def _refused(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _focus_changed(self, focused: bool) -> None:
        self._canvas_focused = focused
        self._show_hint()

    def _fill_products(self) -> None:
        """The product list of new marks, keeping the choice when it is still offered;
        otherwise the first product, which is what most marks of a session use."""
        chosen = self.product.currentData()
        products = self.model.products()
        self.product.blockSignals(True)
        self.product.clear()
        self.product.addItem(
            colour_icon(self.model.product_colour(None)), self.model.product_text(None), None
        )
        for product in products:
            self.product.addItem(
                colour_icon(self.model.product_colour(product.key)), product.text, product.key
            )
        found = self.product.findData(chosen) if chosen is not None else -1
        self.product.setCurrentIndex(found if found >= 0 else min(1, len(products)))
        self.product.blockSignals(False)
        self._product_chosen(self.product.currentIndex())

    def _summarise(self) -> None:
        """The number of marks on each view's tab, and the legend of the colours in use."""
        for index, view in enumerate(VIEWS):
            count = len(self.model.rows_in(view))
            name = view_name(view)
            self.views.setTabText(
                index,
                self.tr("%1 (%2)", "a view of the chart and how many marks it holds")
                .replace("%1", name)
                .replace("%2", str(count))
                if count
                else name,
            )
        used = {mark.product_key for mark in self.model.marks()}
        keys: list[int | None] = [p.key for p in self.model.products() if p.key in used]
        if None in used:
            keys.append(None)
        # Batches no longer offered share one entry: they share its text and colour.
        keys += [k for k in used if k is not None and self.model.product(k) is None][:1]
        entries = [
            f'<span style="color:{self.model.product_colour(key)}">●</span>&nbsp;'
            f"{html.escape(self.model.product_text(key))}"
            for key in keys
        ]
        if self.model.any_prefilled():
            entries.append(
                '<span style="color:#52606d">◌</span>&nbsp;'
                + html.escape(self.tr("from the previous session: move or edit to keep"))
            )
        self.legend.setText("<br>".join(entries))
        self.legend.setVisible(bool(entries))

    def _show_hint(self) -> None:
        if self._read_only:
            text = self.tr(
                "This chart can only be looked at. Choose a mark to find it in the list."
            )
        elif self._canvas_focused:
            text = self.tr(
                "Keyboard: arrows move the cross, Enter places a point, Tab chooses the next "
                "mark; the arrows then move it, + and − resize it, Delete removes it, Esc lets "
                "it go. Keys 1 to 5 change the view."
            )
        else:
            text = self.tr(
                "Click to place a point, drag to draw an area. Drag a number to move its mark, "
                "right-click it to remove it."
            )
        self.hint.setText(text)
