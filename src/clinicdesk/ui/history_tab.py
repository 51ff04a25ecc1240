"""The client's medical and cosmetic history, as known today or on any earlier day.

Entries are grouped by section. Adding, changing and removing each record a new
version (history.py never overwrites); "Versions…" lists them. Choosing an earlier
day in "Show as known on" shows what was known at the end of that day, read-only.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError
from clinicdesk.services import activity, history
from clinicdesk.services.history import HistoryItem
from clinicdesk.ui import code_names
from clinicdesk.ui.errors import show_error
from clinicdesk.ui.formatting import date_format, format_date
from clinicdesk.ui.history_item_dialog import (
    HistoryItemDialog,
    language_families,
)
from clinicdesk.ui.history_versions import (
    DANGER,
    ITEM_ROLE,
    QUIET,
    SECTION_BACKGROUND,
    HistoryText,
    VersionsDialog,
    WrappingDelegate,
    shortened,
)
from clinicdesk.ui.practice_handle import PracticeHandle

ENTRY, DATES, DETAILS, RECORDED = range(4)


class HistoryTab(QWidget):
    changed = Signal()  # after any write: the record refreshes its alerts

    def __init__(self, handle: PracticeHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyTab")
        self._handle = handle
        self.client_id: int | None = None
        self.items: list[HistoryItem] = []
        self.dialog: HistoryItemDialog | None = None
        self.versions_dialog: VersionsDialog | None = None
        self._describe = HistoryText({})

        self.add_menu = QMenu(self)
        self._add_actions: dict[str, QAction] = {}
        for kind in history.KINDS:
            action = self.add_menu.addAction("")
            action.triggered.connect(lambda _=False, kind=kind: self.add(kind))
            self._add_actions[kind] = action
        self.add_button = QPushButton()
        self.add_button.setObjectName("historyAdd")
        self.add_button.setMenu(self.add_menu)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        self.versions_button = QPushButton()
        self.versions_button.clicked.connect(self.show_versions)
        self.as_of_label = QLabel()
        self.as_of = QDateEdit()
        self.as_of.setObjectName("historyAsOf")
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat(date_format())
        self.as_of.setMinimumDate(QDate(1900, 1, 1))
        self.as_of.setMaximumDate(QDate.currentDate())
        self.as_of.setDate(QDate.currentDate())
        self.as_of.dateChanged.connect(lambda _: self.reload())
        self.as_of_label.setBuddy(self.as_of)
        self.today_button = QPushButton()
        self.today_button.clicked.connect(lambda: self.as_of.setDate(QDate.currentDate()))

        self.review_label = QLabel()
        self.review_label.setObjectName("historyReviewed")
        self.review_button = QPushButton()
        self.review_button.clicked.connect(self.mark_reviewed)

        self.banner = QLabel()
        self.banner.setObjectName("historyAsOfBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background:#fff4e5; color:#7a4b00; padding:6px 10px; border-radius:4px;"
            "font-weight:600;"
        )
        self.banner.hide()

        self.tree = QTreeWidget()
        self.tree.setObjectName("historyTree")
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ENTRY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DATES, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RECORDED, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(DATES, 120)
        self.tree.setColumnWidth(RECORDED, 180)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        # Row heights follow the column widths once a resize settles.
        self._relayout = QTimer(self, singleShot=True, interval=50)
        self._relayout.timeout.connect(self.tree.doItemsLayout)
        header.sectionResized.connect(lambda *_: self._relayout.start())
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self._double_clicked())
        self.empty = QLabel()
        self.empty.setObjectName("historyEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color:#52606d;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)

        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            actions.addWidget(button)
        actions.addWidget(self.versions_button)
        actions.addStretch(1)
        actions.addWidget(self.as_of_label)
        actions.addWidget(self.as_of)
        actions.addWidget(self.today_button)
        review = QHBoxLayout()
        review.addWidget(self.review_label, 1)
        review.addWidget(self.review_button)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(review)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self.retranslate()
        self.clear()

    # -- text ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add…"))
        for kind, action in self._add_actions.items():
            action.setText(code_names.section_name(kind))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove"))
        self.versions_button.setText(self.tr("Versions…"))
        self.as_of_label.setText(self.tr("Show as known on:"))
        self.today_button.setText(self.tr("Today"))
        self.review_button.setText(self.tr("Mark reviewed with the client"))
        self.tree.setHeaderLabels(
            [self.tr("Entry"), self.tr("Dates"), self.tr("Details"), self.tr("Recorded")]
        )
        if self.client_id is not None:
            self._fill()
            self._show_review()

    # -- showing --------------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self.as_of.date() < QDate.currentDate()

    def as_of_time(self) -> datetime | None:
        """The end of the chosen local day, or None for today (everything known now)."""
        if not self.read_only:
            return None
        day = self.as_of.date()
        end = datetime.combine(date(day.year(), day.month(), day.day()), time.max)
        return end.astimezone(UTC)  # naive: read as local time

    def show_client(self, client_id: int) -> None:
        self.client_id = client_id
        self.as_of.blockSignals(True)
        self.as_of.setMaximumDate(QDate.currentDate())
        self.as_of.setDate(QDate.currentDate())
        self.as_of.blockSignals(False)
        self.reload()

    def clear(self) -> None:
        self.client_id = None
        self.items = []
        self.tree.clear()
        self.review_label.clear()
        self.banner.hide()
        self.stack.setCurrentWidget(self.empty)
        self.empty.clear()
        self._update_buttons()

    def reload(self) -> None:
        if self.client_id is None:
            return
        self.as_of.setMaximumDate(QDate.currentDate())
        practice = self._handle.practice
        try:
            self._describe.families = language_families(self._handle)
            self.items = history.history(
                practice, client_id=self.client_id, as_of=self.as_of_time()
            )
        except ClinicDeskError as error:
            show_error(self, error)
            return
        self._fill()
        self._show_review()

    def _fill(self) -> None:
        selected = self.selected_item()
        keep = selected.item_key if selected else None
        self.tree.clear()
        shown = format_date(self.as_of.date().toPython())
        if self.read_only:
            self.banner.setText(
                self.tr(
                    "Showing the history as it was known on %1; nothing can be changed in "
                    "this view."
                ).replace("%1", shown)
            )
        self.banner.setVisible(self.read_only)
        if not self.items:
            self.empty.setText(
                self.tr("Nothing had been recorded by %1.").replace("%1", shown)
                if self.read_only
                else self.tr(
                    "Nothing recorded yet. Use “Add…” to record conditions, medication, "
                    "allergies, previous treatments and the skin assessment."
                )
            )
            self.stack.setCurrentWidget(self.empty)
            self._update_buttons()
            return
        self.stack.setCurrentWidget(self.tree)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        sections: dict[str, QTreeWidgetItem] = {}
        for item in self.items:
            section = sections.get(item.kind)
            if section is None:
                section = sections[item.kind] = QTreeWidgetItem(self.tree)
                section.setFlags(Qt.ItemFlag.ItemIsEnabled)
                section.setFirstColumnSpanned(True)
                section.setFont(ENTRY, bold)
                for column in range(self.tree.columnCount()):
                    section.setBackground(column, QBrush(SECTION_BACKGROUND))
            row = self._row(item, section)
            if item.item_key == keep:
                row.setSelected(True)
        for kind, section in sections.items():
            count = section.childCount()
            section.setText(ENTRY, f"{code_names.section_name(kind)} ({count})")
        self.tree.expandAll()
        self._update_buttons()

    def _row(self, item: HistoryItem, parent: QTreeWidgetItem) -> QTreeWidgetItem:
        name = self._describe.name(item)
        details = self._describe.details(item)
        row = QTreeWidgetItem(
            parent,
            [
                shortened(name),
                self._describe.dates(item),
                shortened(details),
                self._describe.recorded(item),
            ],
        )
        row.setData(ENTRY, ITEM_ROLE, item)
        row.setToolTip(ENTRY, name)
        row.setToolTip(DETAILS, details)
        row.setForeground(RECORDED, QBrush(QUIET))
        if self._describe.is_severe(item):
            row.setForeground(ENTRY, QBrush(DANGER))
            row.setForeground(DETAILS, QBrush(DANGER))
        return row

    def _show_review(self) -> None:
        assert self.client_id is not None
        practice = self._handle.practice
        reviewed = history.last_reviewed(practice, client_id=self.client_id)
        if reviewed is None:
            self.review_label.setText(self.tr("Never reviewed with the client"))
            return
        shown = format_date(reviewed.astimezone().date())
        who = self._reviewer()
        if who:
            text = self.tr("Last reviewed on %1 by %2").replace("%1", shown).replace("%2", who)
        else:
            text = self.tr("Last reviewed on %1").replace("%1", shown)
        self.review_label.setText(text)

    def _reviewer(self) -> str:
        """Who last reviewed the history, read from the record's recent activity."""
        assert self.client_id is not None
        entries = activity.recent_activity(
            self._handle.practice, client_id=self.client_id, limit=200
        )
        return next((e.actor for e in entries if e.action == "history_review"), "")

    # -- choosing -------------------------------------------------------------------------------

    def selected_item(self) -> HistoryItem | None:
        rows = self.tree.selectedItems()
        if not rows:
            return None
        item = rows[0].data(ENTRY, ITEM_ROLE)
        return item if isinstance(item, HistoryItem) else None

    def select(self, item_key: str) -> None:
        for row in self._rows():
            item = row.data(ENTRY, ITEM_ROLE)
            if item.item_key == item_key:
                self.tree.setCurrentItem(row)
                row.setSelected(True)
                return

    def _rows(self) -> list[QTreeWidgetItem]:
        rows = []
        for index in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(index)
            rows += [section.child(n) for n in range(section.childCount())]
        return rows

    def shown_items(self) -> list[HistoryItem]:
        """The entries in the view, top to bottom."""
        return [row.data(ENTRY, ITEM_ROLE) for row in self._rows()]

    def _update_buttons(self) -> None:
        has_client = self.client_id is not None
        writable = has_client and not self.read_only
        chosen = self.selected_item() is not None
        self.add_button.setEnabled(writable)
        self.review_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and chosen)
        self.remove_button.setEnabled(writable and chosen)
        self.versions_button.setEnabled(has_client and chosen)
        self.as_of.setEnabled(has_client)
        self.today_button.setEnabled(has_client and self.read_only)

    def _double_clicked(self) -> None:
        if self.selected_item() is None:
            return
        if self.read_only:
            self.show_versions()
        else:
            self.edit_selected()

    # -- acting -------------------------------------------------------------------------------

    def add(self, kind: str | None = None) -> HistoryItemDialog | None:
        if self.client_id is None or self.read_only:
            return None
        return self._open_dialog(
            HistoryItemDialog(self._handle, self.client_id, kind=kind, parent=self)
        )

    def edit_selected(self) -> HistoryItemDialog | None:
        item = self.selected_item()
        if self.client_id is None or self.read_only or item is None:
            return None
        return self._open_dialog(
            HistoryItemDialog(self._handle, self.client_id, item=item, parent=self)
        )

    def _open_dialog(self, dialog: HistoryItemDialog) -> HistoryItemDialog:
        dialog.saved.connect(self._saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, item: HistoryItem) -> None:
        self.reload()
        self.select(item.item_key)
        self.changed.emit()

    def remove_selected(self) -> None:
        item = self.selected_item()
        if self.client_id is None or self.read_only or item is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove from the history"))
        box.setText(
            self.tr("Remove “%1” from the current history?").replace(
                "%1", shortened(self._describe.name(item))
            )
        )
        box.setInformativeText(
            self.tr(
                "It stays in the earlier versions: the history as known before today "
                "still shows it."
            )
        )
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not remove:
            return
        try:
            history.remove_item(
                self._handle.practice, client_id=self.client_id, item_key=item.item_key
            )
        except ClinicDeskError as error:
            show_error(self, error)
            self.reload()
            return
        self.reload()
        self.changed.emit()

    def show_versions(self) -> VersionsDialog | None:
        item = self.selected_item()
        if self.client_id is None or item is None:
            return None
        try:
            items = history.versions(
                self._handle.practice, client_id=self.client_id, item_key=item.item_key
            )
        except ClinicDeskError as error:
            show_error(self, error)
            return None
        dialog = VersionsDialog(items, self._describe, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _: setattr(self, "versions_dialog", None))
        self.versions_dialog = dialog
        dialog.open()
        return dialog

    def mark_reviewed(self) -> None:
        if self.client_id is None or self.read_only:
            return
        try:
            history.mark_reviewed(self._handle.practice, client_id=self.client_id)
        except ClinicDeskError as error:
            show_error(self, error)
            return
        self._show_review()
        self.changed.emit()
