"""Settings › Treatments: the practice's treatment families, their services and the
screening rules that apply to each.

Every change is saved through the catalogue service as the practitioner makes it: a
family when they press Apply, a service when its dialog is saved or it is retired.
Families come with ClinicDesk and cannot be added, because their code is what the
screening rules name; one the practice does not offer is retired.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError, ValidationError
from clinicdesk.rules.codes import text_in
from clinicdesk.rules.screening import Level
from clinicdesk.services import catalogue, clinic
from clinicdesk.services.catalogue import Family
from clinicdesk.ui.catalogue_family_form import FamilyForm
from clinicdesk.ui.catalogue_services import CODE_ROLE, ServicesPanel, read_only_table
from clinicdesk.ui.errors import message_for, show_error
from clinicdesk.ui.i18n import current_language
from clinicdesk.ui.practice_handle import PracticeHandle


class CatalogueEditor(QWidget):
    def __init__(self, handle: PracticeHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogueEditor")
        self._handle = handle
        self._families: dict[str, Family] = {}
        self._code: str | None = None
        self._currency = clinic.clinic_details(handle.practice).currency

        self.family_hint = QLabel()
        self.family_hint.setWordWrap(True)
        self.family_list = QListWidget()
        self.family_list.setObjectName("familyList")
        self.family_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.family_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.show_retired = QCheckBox()
        self.show_retired.setObjectName("showRetired")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.family_list, 1)
        left_layout.addWidget(self.show_retired)
        left_layout.addWidget(self.family_hint)

        self.title = QLabel()
        title_font = QFont(self.title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        self.title.setFont(title_font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form = FamilyForm()
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("applyFamily")
        self.revert_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.apply_button)
        form_content = QWidget()
        form_layout = QVBoxLayout(form_content)
        form_layout.addWidget(self.form)
        form_layout.addStretch(1)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        form_scroll.setWidget(form_content)
        details_page = QWidget()
        details_layout = QVBoxLayout(details_page)
        details_layout.addWidget(form_scroll, 1)
        details_layout.addLayout(buttons)

        self.services = ServicesPanel(handle, self._currency)
        self.services.changed.connect(self._services_changed)

        self.rules_hint = QLabel()
        self.rules_hint.setWordWrap(True)
        self.rules_table = read_only_table(3, "rulesTable")
        self.rules_table.setWordWrap(True)
        self.rules_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.rules_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.rules_table.setColumnWidth(0, 120)
        self.rules_table.setColumnWidth(2, 200)
        self.rules_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Row heights follow the wrapped text once the columns have their final widths.
        self._fit_rules = QTimer(self)
        self._fit_rules.setSingleShot(True)
        self._fit_rules.timeout.connect(self.rules_table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._fit_rules.start(0))
        rules_page = QWidget()
        rules_layout = QVBoxLayout(rules_page)
        rules_layout.addWidget(self.rules_hint)
        rules_layout.addWidget(self.rules_table, 1)

        self.pages = QTabWidget()
        self.pages.setObjectName("familyPages")
        self.pages.addTab(details_page, "")
        self.pages.addTab(self.services, "")
        self.pages.addTab(rules_page, "")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.pages, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([220, 600])
        self.setMinimumSize(800, 540)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.family_list.currentItemChanged.connect(self._family_chosen)
        self.show_retired.toggled.connect(self._show_retired_toggled)
        self.form.changed.connect(self._update_buttons)
        self.apply_button.clicked.connect(self.apply)
        self.revert_button.clicked.connect(self.revert)

        self._load()
        self.retranslate()
        if self.family_list.count():
            self.family_list.setCurrentRow(0)

    def retranslate(self) -> None:
        self.family_hint.setText(
            self.tr(
                "Treatment families come with ClinicDesk and cannot be added: the screening "
                "rules know them by their code. Retire one the practice does not offer."
            )
        )
        self.show_retired.setText(self.tr("Show retired"))
        for index, text in enumerate(
            (self.tr("Details"), self.tr("Services"), self.tr("Screening rules"))
        ):
            self.pages.setTabText(index, text)
        self.apply_button.setText(self.tr("Apply"))
        self.revert_button.setText(self.tr("Undo changes"))
        self.rules_hint.setText(
            self.tr(
                "The screening rules that apply to this treatment. They come with ClinicDesk's "
                "resources and are changed by the clinic's medical lead, not here."
            )
        )
        self.rules_table.setHorizontalHeaderLabels(
            [self.tr("Level"), self.tr("Rule"), self.tr("Source")]
        )
        self.form.retranslate()
        self.services.retranslate()
        self._refresh_list()
        self._show_rules()
        self._update_buttons()

    # -- the list of families -------------------------------------------------------------

    def _load(self) -> None:
        families = catalogue.families(self._handle.practice, include_retired=True)
        self._families = {family.code: family for family in families}
        if self.family_list.count() == 0:
            for family in families:
                item = QListWidgetItem()
                item.setData(CODE_ROLE, family.code)
                self.family_list.addItem(item)

    def _refresh_list(self) -> None:
        language = current_language()
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        normal = self.palette().color(QPalette.ColorRole.Text)
        for row in range(self.family_list.count()):
            item = self.family_list.item(row)
            family = self._families[item.data(CODE_ROLE)]
            name = family.name(language)
            item.setText(name if family.active else self.tr("%1 (retired)").replace("%1", name))
            item.setForeground(normal if family.active else grey)
            item.setToolTip(item.text())
            # The family being edited stays in the list even when it was just retired.
            item.setHidden(
                not (family.active or self.show_retired.isChecked() or family.code == self._code)
            )

    def _select(self, code: str | None) -> None:
        self.family_list.blockSignals(True)
        for row in range(self.family_list.count()):
            if self.family_list.item(row).data(CODE_ROLE) == code:
                self.family_list.setCurrentRow(row)
        self.family_list.blockSignals(False)

    def _family_chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        code = current.data(CODE_ROLE) if current is not None else None
        if code == self._code:
            return
        if not self.confirm_leave():
            self._select(self._code)
            return
        self._code = code
        self._show_family()
        self._refresh_list()

    def _show_retired_toggled(self, show: bool) -> None:
        self._refresh_list()
        self.services.set_show_retired(show)

    def confirm_leave(self) -> bool:
        """Ask what to do with unsaved family edits; False when the practitioner cancels."""
        if not self.form.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to %1?").replace("%1", self._family_name()),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.apply()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False

    def _family_name(self) -> str:
        family = self._families.get(self._code or "")
        return family.name(current_language()) if family else ""

    # -- the chosen family ----------------------------------------------------------------

    def _show_family(self) -> None:
        family = self._families.get(self._code or "")
        self.pages.setEnabled(family is not None)
        if family is not None:
            self.form.load(family)
        self.title.setText(self._family_name())
        self.services.show_family(family)
        self._show_rules()
        self._update_buttons()

    def apply(self) -> bool:
        if self._code is None:
            return True
        self.form.clear_errors()
        try:
            catalogue.update_family(self._handle.practice, code=self._code, **self.form.values())
        except ValidationError as problem:
            self.pages.setCurrentIndex(0)
            if not self.form.show_field_error(problem.field, message_for(problem)):
                show_error(self, problem)
            return False
        except ClinicDeskError as error:
            show_error(self, error)
            return False
        self._load()
        self._show_family()
        self._refresh_list()
        return True

    def revert(self) -> None:
        self._show_family()

    def _update_buttons(self) -> None:
        dirty = self.form.is_dirty()
        self.apply_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def _services_changed(self, code: str) -> None:
        self._load()  # the form keeps any unapplied edits
        self.services.show_family(self._families.get(self._code or ""), select=code)

    # -- screening rules (read-only) ------------------------------------------------------

    def _show_rules(self) -> None:
        rules = catalogue.screening_rules(family=self._code) if self._code else []
        language = current_language()
        words = {
            Level.ABSOLUTE: self.tr("Never treat"),
            Level.RELATIVE: self.tr("Only with a recorded reason"),
            Level.CAUTION: self.tr("Caution"),
        }
        self.rules_table.setRowCount(len(rules))
        for row, rule in enumerate(rules):
            cells = (words[rule.level], text_in(rule.message, language), rule.source)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(CODE_ROLE, rule.id)
                item.setToolTip(text)
                self.rules_table.setItem(row, column, item)
        self.rules_table.resizeRowsToContents()
