"""The form for one treatment family: names, consent, patch-test policy, aftercare.

The form only shows and collects values; the catalogue editor saves them through the
catalogue service and puts any refusal back beside the field it is about.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.rules import patch_tests
from clinicdesk.rules.codes import LANGUAGES
from clinicdesk.services.catalogue import (
    PATCH_TEST_DAYS_MAX,
    PATCH_TEST_HOURS_MAX,
    Family,
)
from clinicdesk.ui.errors import error_label
from clinicdesk.ui.i18n import LANGUAGES as LANGUAGE_NAMES

ERROR_FIELDS = ("names", "consent_template", "patch_test", "aftercare")
DEFAULT_LEAD_HOURS = 48


class FamilyForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = {name: error_label(name) for name in ERROR_FIELDS}
        self._pristine: dict[str, Any] | None = None

        self.names = {language: QLineEdit() for language in LANGUAGES}
        self.name_labels = {language: QLabel() for language in LANGUAGES}
        self.names_box = QGroupBox()
        names_form = QFormLayout(self.names_box)
        for language in LANGUAGES:
            self.names[language].setObjectName(f"name_{language}")
            names_form.addRow(self.name_labels[language], self.names[language])
        names_form.addRow(self.errors["names"])

        self.active = QCheckBox()
        self.active.setObjectName("familyActive")

        self.requires_consent = QCheckBox()
        self.requires_consent.setObjectName("requiresConsent")
        self.consent_template = QLineEdit()
        self.consent_template.setObjectName("consentTemplate")
        self.consent_template.setValidator(
            QRegularExpressionValidator(QRegularExpression("[a-z][a-z0-9_]{0,63}"))
        )
        self.consent_label = QLabel()
        self.consent_box = QGroupBox()
        consent_form = QFormLayout(self.consent_box)
        consent_form.addRow(self.requires_consent)
        consent_form.addRow(self.consent_label, self.consent_template)
        consent_form.addRow(self.errors["consent_template"])
        self.requires_consent.toggled.connect(self.consent_template.setEnabled)

        self.patch_required = QCheckBox()
        self.patch_required.setObjectName("patchRequired")
        self.lead_hours = QSpinBox()
        self.lead_hours.setObjectName("leadHours")
        self.lead_hours.setRange(0, PATCH_TEST_HOURS_MAX)
        self.valid_days = QSpinBox()
        self.valid_days.setObjectName("validDays")
        self.valid_days.setRange(0, PATCH_TEST_DAYS_MAX)
        self.retest_medication = QCheckBox()
        self.retest_pregnancy = QCheckBox()
        self.retest_gap_days = QSpinBox()
        self.retest_gap_days.setObjectName("retestGapDays")
        self.retest_gap_days.setRange(0, PATCH_TEST_DAYS_MAX)
        self.level = QComboBox()
        self.level.setObjectName("patchLevel")
        self.level.addItem("", "absolute")
        self.level.addItem("", "relative")
        self.patch_labels = [QLabel() for _ in range(4)]
        self.patch_box = QGroupBox()
        patch_form = QFormLayout(self.patch_box)
        patch_form.addRow(self.patch_required)
        patch_form.addRow(self.patch_labels[0], self.lead_hours)
        patch_form.addRow(self.patch_labels[1], self.valid_days)
        patch_form.addRow(self.retest_medication)
        patch_form.addRow(self.retest_pregnancy)
        patch_form.addRow(self.patch_labels[2], self.retest_gap_days)
        patch_form.addRow(self.patch_labels[3], self.level)
        patch_form.addRow(self.errors["patch_test"])
        self._patch_details = (
            self.lead_hours,
            self.valid_days,
            self.retest_medication,
            self.retest_pregnancy,
            self.retest_gap_days,
            self.level,
        )
        self.patch_required.toggled.connect(self._patch_required_toggled)

        self.aftercare = {language: QPlainTextEdit() for language in LANGUAGES}
        self.aftercare_tabs = QTabWidget()
        self.aftercare_tabs.setObjectName("aftercareTabs")
        for language in LANGUAGES:
            self.aftercare[language].setTabChangesFocus(True)
            self.aftercare[language].setMinimumHeight(110)
            self.aftercare_tabs.addTab(self.aftercare[language], LANGUAGE_NAMES[language])
        self.aftercare_hint = QLabel()
        self.aftercare_hint.setWordWrap(True)
        self.aftercare_box = QGroupBox()
        aftercare_layout = QVBoxLayout(self.aftercare_box)
        aftercare_layout.addWidget(self.aftercare_hint)
        aftercare_layout.addWidget(self.aftercare_tabs)
        aftercare_layout.addWidget(self.errors["aftercare"])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.active)
        layout.addWidget(self.names_box)
        layout.addWidget(self.consent_box)
        layout.addWidget(self.patch_box)
        layout.addWidget(self.aftercare_box)

        for line in (*self.names.values(), self.consent_template):
            line.textChanged.connect(self.changed)
        for box in (
            self.active,
            self.requires_consent,
            self.patch_required,
            self.retest_medication,
            self.retest_pregnancy,
        ):
            box.toggled.connect(self.changed)
        for spin in (self.lead_hours, self.valid_days, self.retest_gap_days):
            spin.valueChanged.connect(self.changed)
        self.level.currentIndexChanged.connect(self.changed)
        for text in self.aftercare.values():
            text.textChanged.connect(self.changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.active.setText(self.tr("Offered by the practice (untick to retire it)"))
        self.names_box.setTitle(self.tr("Name"))
        for language in LANGUAGES:
            mark = " *" if language == "en" else ""
            self.name_labels[language].setText(LANGUAGE_NAMES[language] + mark)
        self.consent_box.setTitle(self.tr("Consent"))
        self.requires_consent.setText(self.tr("A signed consent form is required"))
        self.consent_label.setText(self.tr("Consent template"))
        self.consent_template.setPlaceholderText(self.tr("the template's code, e.g. chemical_peel"))
        self.patch_box.setTitle(self.tr("Patch test"))
        self.patch_required.setText(self.tr("A patch test is required before this treatment"))
        for label, text in zip(
            self.patch_labels,
            (
                self.tr("Applied before the treatment, at least"),
                self.tr("A negative test is valid for"),
                self.tr("Test again after a break in treatments of"),
                self.tr("If the test is missing, out of date or positive"),
            ),
            strict=True,
        ):
            label.setText(text)
            label.setWordWrap(True)
        self.lead_hours.setSuffix(self.tr(" hours"))
        self.valid_days.setSuffix(self.tr(" days"))
        self.valid_days.setSpecialValueText(self.tr("one treatment only"))
        self.retest_gap_days.setSuffix(self.tr(" days"))
        self.retest_gap_days.setSpecialValueText(self.tr("never"))
        self.retest_medication.setText(self.tr("Test again when the client starts a medication"))
        self.retest_pregnancy.setText(self.tr("Test again after a pregnancy"))
        self.level.setItemText(0, self.tr("Refuse the treatment"))
        self.level.setItemText(1, self.tr("Treat only with a recorded reason"))
        self.aftercare_box.setTitle(self.tr("Default aftercare"))
        self.aftercare_hint.setText(
            self.tr("One instruction per line, as it is handed to the client in each language.")
        )

    # -- values ---------------------------------------------------------------------------

    def load(self, family: Family) -> None:
        for language in LANGUAGES:
            self.names[language].setText(family.names.get(language, ""))
            self.aftercare[language].setPlainText(family.aftercare.get(language, ""))
        self.active.setChecked(family.active)
        self.requires_consent.setChecked(family.requires_consent)
        self.consent_template.setText(family.consent_template)
        self.consent_template.setEnabled(family.requires_consent)
        policy = family.patch_test
        self.patch_required.setChecked(policy.required)
        self.lead_hours.setValue(policy.lead_hours)
        self.valid_days.setValue(policy.valid_days)
        self.retest_medication.setChecked(policy.retest_on_new_medication)
        self.retest_pregnancy.setChecked(policy.retest_on_pregnancy)
        self.retest_gap_days.setValue(policy.retest_after_gap_days)
        self.level.setCurrentIndex(max(0, self.level.findData(policy.level)))
        self._enable_patch_details(policy.required)
        self.clear_errors()
        self._pristine = self.values()

    def values(self) -> dict[str, Any]:
        """The keyword arguments of catalogue.update_family, except the code."""
        return {
            "names": {language: self.names[language].text() for language in LANGUAGES},
            "requires_consent": self.requires_consent.isChecked(),
            "consent_template": self.consent_template.text()
            if self.requires_consent.isChecked()
            else "",
            "patch_test": patch_tests.Policy(
                required=self.patch_required.isChecked(),
                lead_hours=self.lead_hours.value(),
                valid_days=self.valid_days.value(),
                retest_on_new_medication=self.retest_medication.isChecked(),
                retest_on_pregnancy=self.retest_pregnancy.isChecked(),
                retest_after_gap_days=self.retest_gap_days.value(),
                level=self.level.currentData(),
            ),
            "aftercare": {
                language: self.aftercare[language].toPlainText() for language in LANGUAGES
            },
            "active": self.active.isChecked(),
        }

    def is_dirty(self) -> bool:
        return self._pristine is not None and self.values() != self._pristine

    # -- errors ---------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def show_field_error(self, field: str | None, message: str) -> bool:
        """Show `message` beside `field`; False when the form has no such field."""
        label = self.errors.get(field or "")
        if label is None:
            return False
        label.setText(message)
        label.show()
        focus = {
            "names": self.names["en"],
            "consent_template": self.consent_template,
            "patch_test": self.lead_hours,
            "aftercare": self.aftercare_tabs,
        }[field or ""]
        focus.setFocus()
        return True

    def _patch_required_toggled(self, required: bool) -> None:
        if required and self.lead_hours.value() == 0:
            self.lead_hours.setValue(DEFAULT_LEAD_HOURS)  # a required test needs reading time
        self._enable_patch_details(required)

    def _enable_patch_details(self, required: bool) -> None:
        for widget in self._patch_details:
            widget.setEnabled(required)
