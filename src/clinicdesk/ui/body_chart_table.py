"""The marks of a face and body chart as a table: the model the chart's canvas and its
table share, and the editors of the table's cells.

The model holds the marks in the order they were placed; a mark's number is its row
plus one, in one sequence across the views. A mark copied from the client's previous
session stays "prefilled" until the practitioner moves or edits it, so the chart can
show which marks nobody has looked at yet. A mark that names a product takes the
product's unit; its quantity is typed with a comma or a dot, up to three decimals.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from clinicdesk.reports.body_diagrams import mark_colour
from clinicdesk.rules.body_chart import LABEL_MAX, MAX_AREAS, ChartPlace
from clinicdesk.services.products import ABSURD_QUANTITY
from clinicdesk.services.sessions import quantity_text

CONTEXT = "BodyChart"
NUMBER, VIEW, PLACE, PRODUCT, QUANTITY, UNIT = range(6)
HEADERS = {
    NUMBER: QT_TRANSLATE_NOOP("BodyChart", "No."),
    VIEW: QT_TRANSLATE_NOOP("BodyChart", "View"),
    PLACE: QT_TRANSLATE_NOOP("BodyChart", "Place"),
    PRODUCT: QT_TRANSLATE_NOOP("BodyChart", "Product"),
    QUANTITY: QT_TRANSLATE_NOOP("BodyChart", "Quantity"),
    UNIT: QT_TRANSLATE_NOOP("BodyChart", "Unit"),
}
VIEW_NAMES = {
    "face_front": QT_TRANSLATE_NOOP("BodyChart", "Face"),
    "face_left": QT_TRANSLATE_NOOP("BodyChart", "Left profile"),
    "face_right": QT_TRANSLATE_NOOP("BodyChart", "Right profile"),
    "body_front": QT_TRANSLATE_NOOP("BodyChart", "Body front"),
    "body_back": QT_TRANSLATE_NOOP("BodyChart", "Body back"),
}
PREFILLED_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex
_QUANTITY = re.compile(r"\d+(?:[.,]\d{1,3})?|[.,]\d{1,3}")


def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, source, disambiguation, n)


def view_name(view: str) -> str:
    return tr(str(VIEW_NAMES[view]))


@dataclass(frozen=True)
class ChartProduct:
    """A batch the practitioner can place on the chart."""

    key: int  # the batch id
    text: str  # e.g. "Botulinum toxin A — lot A123, exp. 03/2027", made by the caller
    unit: str  # a unit code ("units", "ml"...)
    default_quantity: Decimal | None = None


@dataclass(frozen=True)
class ChartMark:
    place: ChartPlace
    label: str = ""
    product_key: int | None = None  # None: an area or point with no product
    quantity: Decimal | None = None  # required when product_key is set
    unit: str = ""


def parse_chart_quantity(text: str) -> Decimal | None:
    """A quantity typed with a comma or a dot and at most 3 decimals ("0,5", "20",
    "1.25"); None when it is not one, or not more than 0."""
    cleaned = "".join(text.split())
    if not _QUANTITY.fullmatch(cleaned):
        return None
    value = Decimal(cleaned.replace(",", "."))
    return value if 0 < value < ABSURD_QUANTITY else None


def local_quantity(quantity: Decimal) -> str:
    """A quantity as the practitioner writes it ("1,5" in Polish and French)."""
    return quantity_text(quantity).replace(".", QLocale().decimalPoint())


def colour_icon(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


@dataclass
class _Row:
    mark: ChartMark
    prefilled: bool = False


class MarksModel(QAbstractTableModel):
    """The chart's marks, one row each; `edited` when the practitioner changes one and
    `refused` (with the reason, translated) when an edit cannot be taken."""

    edited = Signal()
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._products: dict[int, ChartProduct] = {}
        self._order: dict[int, int] = {}  # product key -> its place among the products
        self._unit_names: dict[str, str] = {}
        self.read_only = False

    # -- content ---------------------------------------------------------------------------

    def set_products(self, products: Sequence[ChartProduct]) -> None:
        self._products = {p.key: p for p in products}
        self._order = {p.key: n for n, p in enumerate(products)}
        self._refresh_all()

    def products(self) -> list[ChartProduct]:
        return list(self._products.values())

    def product(self, key: int | None) -> ChartProduct | None:
        return None if key is None else self._products.get(key)

    def set_unit_names(self, names: Mapping[str, str]) -> None:
        self._unit_names = dict(names)
        self._refresh_all()

    def unit_text(self, unit: str) -> str:
        return self._unit_names.get(unit, unit)

    def set_marks(self, marks: Sequence[ChartMark], *, prefilled: bool) -> None:
        self.beginResetModel()
        self._rows = [_Row(mark, prefilled) for mark in marks]
        self.endResetModel()

    def marks(self) -> list[ChartMark]:
        return [row.mark for row in self._rows]

    def mark(self, row: int) -> ChartMark:
        return self._rows[row].mark

    def is_prefilled(self, row: int) -> bool:
        return self._rows[row].prefilled

    def any_prefilled(self) -> bool:
        return any(row.prefilled for row in self._rows)

    def rows_in(self, view: str) -> list[int]:
        return [n for n, row in enumerate(self._rows) if row.mark.place.view == view]

    def product_colour(self, key: int | None) -> str:
        return mark_colour(self._order.get(key) if key is not None else None)

    def colour(self, row: int) -> str:
        return self.product_colour(self._rows[row].mark.product_key)

    def mark_for(self, key: int | None, place: ChartPlace) -> ChartMark:
        """A new mark of the product `key` (None: no product) with its default quantity."""
        product = self.product(key)
        if product is None:
            return ChartMark(place)
        return ChartMark(place, "", key, product.default_quantity, product.unit)

    # -- the practitioner's changes ----------------------------------------------------------

    def add(self, mark: ChartMark) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(_Row(mark))
        self.endInsertRows()
        self.edited.emit()
        return row

    def update(self, row: int, mark: ChartMark) -> None:
        """Put `mark` in place of row `row`; a prefilled mark is then the practitioner's."""
        self._rows[row] = _Row(mark)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
        self.edited.emit()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        # Every later mark is renumbered.
        if row < len(self._rows):
            self.dataChanged.emit(self.index(row, NUMBER), self.index(len(self._rows) - 1, NUMBER))
        self.edited.emit()

    def problems(self) -> list[str]:
        found = []
        for number, row in enumerate(self._rows, start=1):
            mark = row.mark
            if mark.product_key is not None and mark.product_key not in self._products:
                found.append(
                    QCoreApplication.translate(
                        "BodyChart",
                        "Mark %1: its batch is not offered for this session. Choose a product.",
                    ).replace("%1", str(number))
                )
            elif mark.product_key is not None and mark.quantity is None:
                found.append(
                    QCoreApplication.translate(
                        "BodyChart", "Mark %1 has a product but no quantity."
                    ).replace("%1", str(number))
                )
            elif mark.product_key is None and mark.quantity is not None:
                found.append(
                    QCoreApplication.translate(
                        "BodyChart", "Mark %1 has a quantity but no product."
                    ).replace("%1", str(number))
                )
        areas = sum(1 for row in self._rows if row.mark.product_key is None)
        if areas > MAX_AREAS:
            found.append(
                QCoreApplication.translate(
                    "BodyChart", "At most %1 marks can have no product; this chart has %2."
                )
                .replace("%1", str(MAX_AREAS))
                .replace("%2", str(areas))
            )
        return found

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        self._refresh_all()

    def _refresh_all(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, UNIT))

    # -- Qt's model interface ----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(str(HEADERS[section]))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.read_only or not index.isValid():
            return flags
        column = index.column()
        if column in (PLACE, PRODUCT) or (
            column == QUANTITY and self._rows[index.row()].mark.product_key is not None
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row.mark, column)
        if role == Qt.ItemDataRole.DecorationRole and column == NUMBER:
            return QColor(self.colour(index.row()))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, QUANTITY):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.prefilled:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and row.prefilled:
            return QCoreApplication.translate(
                "BodyChart", "From the previous session: move or edit this mark to keep it."
            )
        if role == PREFILLED_ROLE:
            return row.prefilled
        return None

    def _display(self, row: int, column: int) -> str:
        mark = self._rows[row].mark
        if column == NUMBER:
            return str(row + 1)
        if column == VIEW:
            return view_name(mark.place.view)
        if column == PLACE:
            return mark.label
        if column == PRODUCT:
            return self.product_text(mark.product_key)
        if column == QUANTITY:
            return "" if mark.quantity is None else local_quantity(mark.quantity)
        return self.unit_text(mark.unit) if mark.unit else ""

    def product_text(self, key: int | None) -> str:
        if key is None:
            return QCoreApplication.translate("BodyChart", "No product — area only")
        product = self._products.get(key)
        return (
            product.text
            if product
            else QCoreApplication.translate("BodyChart", "Batch not offered for this session")
        )

    @staticmethod
    def _edit_value(mark: ChartMark, column: int) -> Any:
        if column == PLACE:
            return mark.label
        if column == PRODUCT:
            return mark.product_key
        if column == QUANTITY:
            return "" if mark.quantity is None else local_quantity(mark.quantity)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        row, column = index.row(), index.column()
        mark = self._rows[row].mark
        if column == PLACE:
            label = " ".join(str(value).split())[:LABEL_MAX]
            if label != mark.label:
                self.update(row, replace(mark, label=label))
            return True
        if column == PRODUCT:
            if value != mark.product_key:
                self.update(row, self._with_product(mark, value))
            return True
        if column == QUANTITY and mark.product_key is not None:
            quantity = parse_chart_quantity(str(value))
            if quantity is None:
                self.refused.emit(self._quantity_problem(str(value).strip()))
                return False
            if quantity != mark.quantity:
                self.update(row, replace(mark, quantity=quantity))
            return True
        return False

    @staticmethod
    def _quantity_problem(typed: str) -> str:
        example = f"0{QLocale().decimalPoint()}5"
        if not typed:
            return QCoreApplication.translate(
                "BodyChart",
                "Type the quantity: a number more than 0 with at most 3 decimals, for "
                "example 20 or %1.",
            ).replace("%1", example)
        return (
            QCoreApplication.translate(
                "BodyChart",
                "“%1” is not a quantity. Type a number more than 0 with at most 3 decimals, "
                "for example 20 or %2.",
            )
            .replace("%2", example)
            .replace("%1", typed)
        )

    def _with_product(self, mark: ChartMark, key: int | None) -> ChartMark:
        """`mark` with the product `key`: its unit, and its default quantity when the unit
        changes (20 units of toxin are not 20 ml of filler)."""
        product = self.product(key)
        if product is None:
            return replace(mark, product_key=None, quantity=None, unit="")
        quantity = mark.quantity if product.unit == mark.unit else None
        return replace(
            mark,
            product_key=key,
            quantity=quantity if quantity is not None else product.default_quantity,
            unit=product.unit,
        )


class ProductPicker(QComboBox):
    """The product list of a cell; says when its list closes, so that a product picked
    from it is taken at once (arrow keys on the closed list only move the choice)."""

    list_closed = Signal()

    def hidePopup(self) -> None:
        super().hidePopup()
        self.list_closed.emit()


class MarkDelegate(QStyledItemDelegate):
    """Edits a mark's cells: its place as text, its product from a list, its quantity."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        model = index.model()
        if index.column() == PRODUCT and isinstance(model, MarksModel):
            combo = ProductPicker(parent)
            combo.setObjectName("markProductEditor")
            combo.addItem(colour_icon(model.product_colour(None)), model.product_text(None), None)
            for product in model.products():
                combo.addItem(
                    colour_icon(model.product_colour(product.key)), product.text, product.key
                )
            # Queued: the editor is closed (and deleted) once the list has finished closing.
            combo.list_closed.connect(
                lambda: self._commit(combo), Qt.ConnectionType.QueuedConnection
            )
            return combo
        editor = QLineEdit(parent)
        editor.setObjectName("markPlaceEditor" if index.column() == PLACE else "markQuantityEditor")
        if index.column() == PLACE:
            editor.setMaxLength(LABEL_MAX)
        return editor

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            found = editor.findData(value) if value is not None else 0
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())
