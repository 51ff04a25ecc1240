"""How a history entry reads: its name, dates, details and who recorded it, in the
history tab and in the list of an entry's versions."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.rules import codes
from clinicdesk.services.history import HistoryItem
from clinicdesk.ui import code_names
from clinicdesk.ui.formatting import format_date, format_datetime
from clinicdesk.ui.history_item_dialog import ONE_DATE, recognised_classes

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN_TEXT = 300  # characters of a long text shown in a cell; the whole text is its tooltip
SECTION_BACKGROUND = QColor("#eef2f6")
DANGER = QColor("#8a1c1c")
QUIET = QColor("#52606d")


def shortened(text: str) -> str:
    return text if len(text) <= SHOWN_TEXT else text[:SHOWN_TEXT].rstrip() + "…"


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text wrapped to the column's width, with some air."""

    PADDING = 4

    def __init__(self, tree: QTreeWidget, *, headings_span: bool = True) -> None:
        super().__init__(tree)
        self.headings_span = headings_span  # top-level rows are headings across the row

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        tree = self.parent()
        assert isinstance(tree, QTreeWidget)
        width = tree.columnWidth(index.column()) - 2 * self.PADDING - 6
        if index.column() == 0 and index.parent().isValid():
            width -= tree.indentation()
        elif index.column() == 0 and self.headings_span:
            width = tree.viewport().width()
        text = str(index.data() or "")
        font = index.data(Qt.ItemDataRole.FontRole) or tree.font()
        bounds = QFontMetrics(font).boundingRect(
            QRect(0, 0, max(width, 40), 100_000), Qt.TextFlag.TextWordWrap, text
        )
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), bounds.height()) + 2 * self.PADDING)


class HistoryText(QObject):
    """How an entry reads, in the tab and in its list of versions."""

    def __init__(self, families: dict[str, tuple[str, bool]]) -> None:
        super().__init__()
        self.families = families

    def name(self, item: HistoryItem) -> str:
        if item.kind == "aesthetic_treatment" and item.code:
            coded = self.families.get(item.code, (item.code, False))[0]
        elif item.code and item.code != codes.FREE_TEXT:
            coded = code_names.code_name(item.kind, item.code)
        else:
            coded = ""
        if coded and item.text:
            return f"{coded} — {item.text}"
        return coded or item.text

    def dates(self, item: HistoryItem) -> str:
        if item.kind in ONE_DATE or item.started == item.ended:
            return format_date(item.started)
        if item.started and item.ended:
            return f"{format_date(item.started)} – {format_date(item.ended)}"
        if item.started:
            return self.tr("since %1").replace("%1", format_date(item.started))
        if item.ended:
            return self.tr("until %1").replace("%1", format_date(item.ended))
        return ""

    def details(self, item: HistoryItem) -> str:
        details = item.details
        parts = []
        if item.kind == "medication":
            if details.get("dose"):
                parts.append(self.tr("Dose: %1").replace("%1", str(details["dose"])))
            found = recognised_classes(item.kind, item.code, item.text)
            if found:
                names = ", ".join(code_names.medication_class_name(code) for code in found)
                parts.append(self.tr("recognised: %1").replace("%1", names))
            else:
                parts.append(self.tr("not recognised as a screened medication class"))
        elif item.kind == "allergy":
            if details.get("reaction"):
                parts.append(self.tr("Reaction: %1").replace("%1", str(details["reaction"])))
            if details.get("severity"):
                severity = code_names.severity_name(str(details["severity"]))
                parts.append(self.tr("Severity: %1").replace("%1", severity))
        elif item.kind == "aesthetic_treatment":
            if details.get("outcome"):
                parts.append(self.tr("Outcome: %1").replace("%1", str(details["outcome"])))
            if details.get("satisfaction"):
                parts.append(
                    self.tr("Satisfaction: %1/5").replace("%1", str(details["satisfaction"]))
                )
            if details.get("side_effects"):
                parts.append(
                    self.tr("Side effects: %1").replace("%1", str(details["side_effects"]))
                )
        return " · ".join(parts)

    def recorded(self, item: HistoryItem) -> str:
        when = format_datetime(item.recorded_at) if item.recorded_at else ""
        text = self.tr("%1 by %2").replace("%1", when).replace("%2", item.recorded_by)
        if item.source != "practitioner":
            source = code_names.source_name(item.source)
            text += " · " + self.tr("source: %1").replace("%1", source)
        return text

    def is_severe(self, item: HistoryItem) -> bool:
        return item.kind == "allergy" and item.details.get("severity") == "severe"


class VersionsDialog(QDialog):
    """Every version of one entry, oldest first, with when and by whom."""

    def __init__(
        self, items: list[HistoryItem], describe: HistoryText, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyVersions")
        self._items = items
        self._describe = describe
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setColumnCount(5)
        self.table.setItemDelegate(WrappingDelegate(self.table, headings_span=False))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.retranslate()
        self.resize(900, 360)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Versions of this history entry"))
        self.table.setHeaderLabels(
            [self.tr("Recorded"), self.tr("Change"), self.tr("Entry"), self.tr("Dates"),
             self.tr("Details")]
        )  # fmt: skip
        self.table.clear()
        for number, item in enumerate(self._items):
            if item.removed:
                change = self.tr("Removed")
            else:
                change = self.tr("First recorded") if number == 0 else self.tr("Changed")
            row = QTreeWidgetItem(
                [
                    self._describe.recorded(item),
                    change,
                    shortened(self._describe.name(item)),
                    self._describe.dates(item),
                    self._describe.details(item),
                ]
            )
            row.setToolTip(2, self._describe.name(item))
            row.setData(0, ITEM_ROLE, item)
            self.table.addTopLevelItem(row)
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((260, 110, 250, 150)):
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(True)

    def versions(self) -> list[HistoryItem]:
        return list(self._items)
