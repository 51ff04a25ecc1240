"""A client's patch tests: what is due per treatment now, every test on file, and the
dialogs to record a test when it is applied and its result when it is read.

The status above the table is what screening would say right now for each treatment
that needs a patch test, so the practitioner sees at a glance which tests are due,
too recent to read, expired or failed.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDateTime,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError, ValidationError
from clinicdesk.rules.patch_tests import RESULTS, Finding, Problem
from clinicdesk.services import catalogue, patch_tests, screening
from clinicdesk.services.catalogue import Family
from clinicdesk.services.patch_tests import PatchTestRow
from clinicdesk.ui.errors import error_label, message_for, show_error
from clinicdesk.ui.formatting import date_format, format_datetime
from clinicdesk.ui.i18n import current_language
from clinicdesk.ui.patch_test_texts import problem_text, result_name
from clinicdesk.ui.practice_handle import PracticeHandle

FAMILY, PRODUCT, BATCH, SITE, APPLIED, READY, READ, RESULT = range(8)
HEADERS = {
    FAMILY: QT_TRANSLATE_NOOP("PatchTestPanel", "Treatment"),
    PRODUCT: QT_TRANSLATE_NOOP("PatchTestPanel", "Product"),
    BATCH: QT_TRANSLATE_NOOP("PatchTestPanel", "Batch"),
    SITE: QT_TRANSLATE_NOOP("PatchTestPanel", "Site"),
    APPLIED: QT_TRANSLATE_NOOP("PatchTestPanel", "Applied"),
    READY: QT_TRANSLATE_NOOP("PatchTestPanel", "Ready to read from"),
    READ: QT_TRANSLATE_NOOP("PatchTestPanel", "Read at"),
    RESULT: QT_TRANSLATE_NOOP("PatchTestPanel", "Result"),
}
ID_ROLE = Qt.ItemDataRole.UserRole
# (row background, result text) per result; None is a test not read yet.
RESULT_COLOURS = {
    "positive": ("#fdecea", "#8a1c1c"),
    "negative": ("#e6f4ea", "#1e5631"),
    "inconclusive": ("#fff4e5", "#7a4b00"),
    None: ("#fff4e5", "#7a4b00"),
}
VALID_STYLE = "background:#e6f4ea; color:#1e5631;"
FAILED_STYLE = "background:#fdecea; color:#8a1c1c;"
DUE_STYLE = "background:#fff4e5; color:#7a4b00;"


def to_utc(value: QDateTime) -> datetime:
    """A local date-time from an editor as an aware UTC datetime."""
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def now_to_the_minute() -> QDateTime:
    now = QDateTime.currentDateTime()
    now.setTime(QTime(now.time().hour(), now.time().minute()))
    return now


def date_time_edit(name: str) -> QDateTimeEdit:
    editor = QDateTimeEdit(now_to_the_minute())
    editor.setObjectName(name)
    editor.setCalendarPopup(True)
    editor.setDisplayFormat(f"{date_format()} HH:mm")
    return editor


class _FormDialog(QDialog):
    """A small form whose service errors show beside the field they are about.

    Each form gives `retranslate()` for its words and `write()`, which calls the service
    and raises its ValidationError; Save runs `write()` and shows what it raised.
    """

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def add_field(self, name: str, field: QWidget | QLayout) -> None:
        error = error_label(name)
        self.errors[name] = error
        box = QVBoxLayout()
        box.setSpacing(2)
        if isinstance(field, QLayout):
            box.addLayout(field)
        else:
            box.addWidget(field)
        box.addWidget(error)
        self.labels[name] = QLabel()
        self.form.addRow(self.labels[name], box)

    def show_problem(self, problem: ValidationError | None) -> None:
        for name, label in self.errors.items():
            text = message_for(problem) if problem and problem.field == name else ""
            label.setText(text)
            label.setVisible(bool(text))
        if problem is not None and problem.field not in self.errors:
            show_error(self, problem)

    def save(self) -> None:
        try:
            self.write()
        except ValidationError as problem:
            self.show_problem(problem)
            return
        except ClinicDeskError as error:
            show_error(self, error)
            return
        self.accept()


class RecordTestDialog(_FormDialog):
    """A patch test as it is applied: which treatment, product, batch, where and when."""

    def __init__(
        self,
        handle: PracticeHandle,
        client_id: int,
        families: list[Family],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordPatchTest")
        self._handle = handle
        self._client_id = client_id
        self.row: PatchTestRow | None = None
        self.family = QComboBox()
        for family in families:
            self.family.addItem(family.name(current_language()), family.code)
        self.product = QLineEdit()
        self.batch = QLineEdit()
        self.site = QLineEdit()
        self.applied_at = date_time_edit("appliedAt")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        for name in ("family", "product", "batch", "site", "applied_at", "notes"):
            self.add_field(name, getattr(self, name))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record a patch test"))
        titles = {
            "family": self.tr("Treatment"),
            "product": self.tr("Product *"),
            "batch": self.tr("Batch"),
            "site": self.tr("Site"),
            "applied_at": self.tr("Applied"),
            "notes": self.tr("Notes"),
        }
        for name, label in self.labels.items():
            label.setText(titles[name])
        self.site.setPlaceholderText(self.tr("e.g. behind the left ear"))
        self.applied_at.setDisplayFormat(f"{date_format()} HH:mm")

    def write(self) -> None:
        self.row = patch_tests.record_applied(
            self._handle.practice,
            client_id=self._client_id,
            family=self.family.currentData(),
            product=self.product.text(),
            batch=self.batch.text(),
            site=self.site.text(),
            applied_at=to_utc(self.applied_at.dateTime()),
            notes=self.notes.toPlainText(),
        )


class RecordResultDialog(_FormDialog):
    """A patch test as it is read: the result, and when it was read."""

    def __init__(
        self,
        handle: PracticeHandle,
        test: PatchTestRow,
        description: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordPatchTestResult")
        self._handle = handle
        self._test = test
        self.row: PatchTestRow | None = None
        self.about = QLabel(description)
        self.about.setWordWrap(True)
        self.about.setContentsMargins(0, 0, 0, 6)
        self.form.addRow(self.about)
        self.results = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        choices = QHBoxLayout()
        for result in RESULTS:
            radio = QRadioButton()
            radio.setObjectName(f"result_{result}")
            self.radios[result] = radio
            self.results.addButton(radio)
            choices.addWidget(radio)
        choices.addStretch(1)
        self.read_at = date_time_edit("readAt")
        self.add_field("result", choices)
        self.add_field("read_at", self.read_at)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record a patch-test result"))
        self.labels["result"].setText(self.tr("Result"))
        self.labels["read_at"].setText(self.tr("Read at"))
        for result, radio in self.radios.items():
            radio.setText(result_name(result))
        self.read_at.setDisplayFormat(f"{date_format()} HH:mm")

    def chosen(self) -> str | None:
        return next((r for r, radio in self.radios.items() if radio.isChecked()), None)

    def write(self) -> None:
        result = self.chosen()
        if result is None:
            raise ValidationError(self.tr("Choose the result that was read."), field="result")
        self.row = patch_tests.record_result(
            self._handle.practice,
            test_id=self._test.id,
            result=result,
            read_at=to_utc(self.read_at.dateTime()),
        )


class PatchTestPanel(QWidget):
    changed = Signal()

    def __init__(self, handle: PracticeHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patchTestPanel")
        self._handle = handle
        self.client_id: int | None = None
        self.tests: list[PatchTestRow] = []
        self._families: dict[str, Family] = {}
        self._findings: dict[str, Finding | None] = {}
        self.statuses: dict[str, QLabel] = {}  # family code -> its status now
        self.dialog: _FormDialog | None = None

        self.status_title = QLabel()
        self.status_title.setStyleSheet("font-weight: 600;")
        self.status_grid = QGridLayout()
        self.status_grid.setHorizontalSpacing(12)
        self.status_grid.setVerticalSpacing(4)
        self.status_grid.setColumnStretch(1, 1)
        status_box = QFrame()
        status_box.setLayout(self.status_grid)

        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("patchTests")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The product gives way (elided, whole in its tooltip) so the result stays in view.
        header.setSectionResizeMode(PRODUCT, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.open_result_dialog())
        self.empty = QLabel()
        self.empty.setStyleSheet("color: palette(mid);")

        self.record_button = QPushButton()
        self.record_button.setObjectName("recordPatchTestButton")
        self.record_button.clicked.connect(self.open_record_dialog)
        self.result_button = QPushButton()
        self.result_button.setObjectName("recordResultButton")
        self.result_button.clicked.connect(self.open_result_dialog)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.result_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_title)
        layout.addWidget(status_box)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.status_title.setText(self.tr("Patch tests needed before treatment"))
        self.record_button.setText(self.tr("Record patch test…"))
        self.result_button.setText(self.tr("Record result…"))
        self.empty.setText(self.tr("No patch test recorded for this client yet."))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("PatchTestPanel", HEADERS[c]) for c in sorted(HEADERS)]
        )
        if self.dialog is not None:
            self.dialog.retranslate()
        self._fill()

    # -- showing ------------------------------------------------------------------------

    def show_client(self, client_id: int) -> None:
        practice = self._handle.practice
        self.client_id = client_id
        self._families = {f.code: f for f in catalogue.families(practice, include_retired=True)}
        screened = screening.screen_families(
            practice, client_id=client_id, families=self._required()
        )
        self._findings = {code: result.patch_test for code, result in screened.items()}
        self.tests = patch_tests.patch_tests(practice, client_id=client_id)
        self._fill()

    def clear(self) -> None:
        self.client_id = None
        self.tests, self._families, self._findings = [], {}, {}
        self._fill()

    def _required(self) -> list[str]:
        return [c for c, f in self._families.items() if f.active and f.patch_test.required]

    def _family_name(self, code: str) -> str:
        family = self._families.get(code)
        return family.name(current_language()) if family else code

    def _fill(self) -> None:
        self._fill_statuses()
        self._fill_table()
        self._update_buttons()

    def _fill_statuses(self) -> None:
        while self.status_grid.count():
            item = self.status_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.statuses = {}
        for line, code in enumerate(self._findings):
            finding = self._findings[code]
            name = QLabel(self._family_name(code))
            status = QLabel(problem_text(finding) if finding else self.tr("Valid"))
            status.setObjectName(f"status_{code}")
            status.setWordWrap(True)
            if finding is None:
                style = VALID_STYLE
            elif finding.problem is Problem.FAILED:
                style = FAILED_STYLE
            else:
                style = DUE_STYLE
            status.setStyleSheet(f"{style} padding:3px 8px; border-radius:4px;")
            self.status_grid.addWidget(name, line, 0)
            self.status_grid.addWidget(status, line, 1)
            self.statuses[code] = status
        self.status_title.setVisible(bool(self._findings))

    def _fill_table(self) -> None:
        self.table.setRowCount(0)
        self.table.setRowCount(len(self.tests))
        bold = QFont()
        bold.setBold(True)
        for row, test in enumerate(self.tests):
            family = self._families.get(test.family)
            lead = family.patch_test.lead_hours if family else 0
            values = {
                FAMILY: self._family_name(test.family),
                PRODUCT: test.product,
                BATCH: test.batch,
                SITE: test.site,
                APPLIED: format_datetime(test.applied_at),
                READY: format_datetime(test.applied_at + timedelta(hours=lead)),
                READ: format_datetime(test.read_at) if test.read_at else "—",
                RESULT: result_name(test.result),
            }
            tooltip = test.product + (f"\n\n{test.notes}" if test.notes else "")
            background, foreground = RESULT_COLOURS.get(test.result, RESULT_COLOURS[None])
            for column, text in values.items():
                item = QTableWidgetItem(text)
                item.setBackground(QColor(background))
                if column == RESULT:
                    item.setForeground(QColor(foreground))
                    item.setFont(bold)
                item.setToolTip(tooltip)
                item.setData(ID_ROLE, test.id)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(self.tests))
        self.empty.setVisible(self.client_id is not None and not self.tests)

    def selected_test(self) -> PatchTestRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        test_id = self.table.item(rows[0].row(), FAMILY).data(ID_ROLE)
        return next((t for t in self.tests if t.id == test_id), None)

    def select_test(self, test_id: int) -> None:
        """Select this patch test's row, if it is on the table."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, FAMILY)
            if item is not None and item.data(ID_ROLE) == test_id:
                self.table.selectRow(row)
                self.table.scrollToItem(item)
                return

    def _update_buttons(self) -> None:
        self.record_button.setEnabled(self.client_id is not None and bool(self._required()))
        self.result_button.setEnabled(self.selected_test() is not None)

    # -- recording ----------------------------------------------------------------------

    def _open(self, dialog: _FormDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.accepted.connect(self._written)
        dialog.open()

    def open_record_dialog(self) -> None:
        if self.client_id is None:
            return
        families = [self._families[code] for code in self._required()]
        self._open(RecordTestDialog(self._handle, self.client_id, families, self))

    def open_result_dialog(self) -> None:
        test = self.selected_test()
        if test is None:
            return
        family = self._families.get(test.family)
        lead = family.patch_test.lead_hours if family else 0
        parts = [self._family_name(test.family), test.product]
        if test.batch:
            parts.append(self.tr("batch %1").replace("%1", test.batch))
        lines = [
            " — ".join(parts),
            self.tr("Applied %1, ready to read from %2.")
            .replace("%1", format_datetime(test.applied_at))
            .replace("%2", format_datetime(test.applied_at + timedelta(hours=lead))),
        ]
        if test.read_at is not None:
            lines.append(
                self.tr("Read %1: %2.")
                .replace("%1", format_datetime(test.read_at))
                .replace("%2", result_name(test.result))
            )
        if test.notes:
            lines.append(self.tr("Notes: %1").replace("%1", test.notes))
        description = "\n".join(lines)
        self._open(RecordResultDialog(self._handle, test, description, self))

    def _written(self) -> None:
        if self.client_id is not None:
            self.show_client(self.client_id)
        self.changed.emit()
