"""Settings: the clinic's details, language, locking, the key on this computer,
the passphrase and the Recovery Sheet."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError, ValidationError
from clinicdesk.services import clinic
from clinicdesk.ui import preferences as prefs
from clinicdesk.ui.catalogue_editor import CatalogueEditor
from clinicdesk.ui.countries import territories
from clinicdesk.ui.errors import message_for, show_error
from clinicdesk.ui.i18n import LANGUAGES
from clinicdesk.ui.passphrase_fields import NewPassphraseFields
from clinicdesk.ui.practice_handle import PracticeHandle
from clinicdesk.ui.printing import print_pdf, save_pdf
from clinicdesk.ui.products_editor import ProductsEditor
from clinicdesk.ui.recovery_sheet import recovery_sheet_pdf
from clinicdesk.vault.keychain import Keychain


class SettingsDialog(QDialog):
    language_changed = Signal(str)

    def __init__(
        self,
        handle: PracticeHandle,
        preferences: prefs.Preferences,
        keychain: Keychain | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._handle = handle
        self._preferences = preferences
        self._keychain = keychain
        self._details = clinic.clinic_details(handle.practice)

        self.clinic_name = QLineEdit(self._details.clinic_name)
        self.address = QPlainTextEdit(self._details.clinic_address)
        self.address.setFixedHeight(70)
        self.address.setTabChangesFocus(True)
        self.phone = QLineEdit(self._details.clinic_phone)
        self.country = QComboBox()
        self.country.addItem("—", None)
        for code, name in territories():
            self.country.addItem(f"{name} ({code})", code)
        self.country.setCurrentIndex(max(0, self.country.findData(self._details.country)))
        self.currency = QLineEdit(self._details.currency)
        self.currency.setMaxLength(3)
        self.clinic_error = QLabel()
        self.clinic_error.setStyleSheet("color: #b00020;")
        self.review_days = QSpinBox()
        self.review_days.setObjectName("historyReviewDays")
        self.review_days.setRange(*clinic.REVIEW_DAYS_RANGE)
        self.review_days.setValue(self._details.history_review_days)
        self.clinic_labels = [QLabel() for _ in range(6)]
        clinic_page = QWidget()
        clinic_form = QFormLayout(clinic_page)
        for label, field in zip(
            self.clinic_labels,
            (
                self.clinic_name,
                self.address,
                self.phone,
                self.country,
                self.currency,
                self.review_days,
            ),
            strict=True,
        ):
            clinic_form.addRow(label, field)
        clinic_form.addRow("", self.clinic_error)

        self.language = QComboBox()
        self.language.setObjectName("settingsLanguage")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        current_language = preferences.get(prefs.LANGUAGE) or self._details.language
        self.language.setCurrentIndex(max(0, self.language.findData(current_language)))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setRange(*prefs.IDLE_LOCK_RANGE)
        self.idle_minutes.setValue(preferences.get(prefs.IDLE_LOCK_MINUTES))
        self.remember = QCheckBox()
        self.remember.setObjectName("rememberKey")
        self.remember_note = QLabel()
        self.remember_note.setWordWrap(True)
        vault_id = handle.practice.vault.vault_id
        self._remembered = keychain is not None and keychain.load(vault_id) is not None
        self.remember.setChecked(self._remembered)
        self.remember.setEnabled(keychain is not None)
        self.general_labels = [QLabel(), QLabel()]
        general_page = QWidget()
        general = QFormLayout(general_page)
        general.addRow(self.general_labels[0], self.language)
        general.addRow(self.general_labels[1], self.idle_minutes)
        general.addRow("", self.remember)
        general.addRow("", self.remember_note)

        self.current_passphrase = QLineEdit()
        self.current_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.current_passphrase.setObjectName("currentPassphrase")
        self.new_passphrase = NewPassphraseFields()
        self.change_button = QPushButton()
        self.change_button.setObjectName("changePassphrase")
        self.change_button.clicked.connect(self._change_passphrase)
        self.passphrase_box = QGroupBox()
        passphrase_form = QFormLayout(self.passphrase_box)
        self.current_label = QLabel()
        passphrase_form.addRow(self.current_label, self.current_passphrase)
        passphrase_form.addRow(self.new_passphrase)
        passphrase_form.addRow("", self.change_button)
        self.sheet_button = QPushButton()
        self.sheet_button.clicked.connect(self._show_sheet)
        self.replace_button = QPushButton()
        self.replace_button.clicked.connect(self._replace_key)
        self.sheet_box = QGroupBox()
        sheet_layout = QVBoxLayout(self.sheet_box)
        self.sheet_note = QLabel()
        self.sheet_note.setWordWrap(True)
        sheet_layout.addWidget(self.sheet_note)
        sheet_layout.addWidget(self.sheet_button)
        sheet_layout.addWidget(self.replace_button)
        security_page = QWidget()
        security = QVBoxLayout(security_page)
        security.addWidget(self.passphrase_box)
        security.addWidget(self.sheet_box)
        security.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.addTab(clinic_page, "")
        self.tabs.addTab(general_page, "")
        self.tabs.addTab(security_page, "")
        self.treatments = CatalogueEditor(handle)  # saves its own changes as they are applied
        self.tabs.addTab(self.treatments, "")
        self.products = ProductsEditor(handle)  # saves its own changes, like the catalogue
        self.tabs.addTab(self.products, "")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(560, 520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for index, text in enumerate(
            (
                self.tr("Clinic"),
                self.tr("General"),
                self.tr("Passphrase and recovery"),
                self.tr("Treatments"),
                self.tr("Products"),
            )
        ):
            self.tabs.setTabText(index, text)
        for label, text in zip(
            self.clinic_labels,
            (
                self.tr("Clinic name *"),
                self.tr("Address"),
                self.tr("Phone"),
                self.tr("Country"),
                self.tr("Currency"),
                self.tr("Go through each client's history again after"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.general_labels[0].setText(self.tr("Language"))
        self.general_labels[1].setText(self.tr("Lock after (minutes idle)"))
        self.remember.setText(self.tr("Remember the key on this computer"))
        if self._keychain is None:
            self.remember_note.setText(
                self.tr(
                    "This computer has no secure keychain, so ClinicDesk always asks for the "
                    "passphrase."
                )
            )
        else:
            self.remember_note.setText(
                self.tr(
                    "Kept in %1. ClinicDesk then opens without the passphrase for this computer "
                    "account; choose it only if nobody else uses this account."
                ).replace("%1", self._keychain.name)
            )
        self.passphrase_box.setTitle(self.tr("Change the passphrase"))
        self.current_label.setText(self.tr("Current passphrase"))
        self.new_passphrase.retranslate()
        self.change_button.setText(self.tr("Change passphrase"))
        self.sheet_box.setTitle(self.tr("Recovery Sheet"))
        self.sheet_note.setText(
            self.tr(
                "Print the Recovery Sheet again if it was lost or damaged. If it may have been "
                "seen by someone else, replace the recovery key instead: the old sheet then "
                "stops working."
            )
        )
        self.sheet_button.setText(self.tr("Print or save the Recovery Sheet…"))
        self.replace_button.setText(self.tr("Replace the recovery key…"))
        self.treatments.retranslate()
        self.products.retranslate()
        self.review_days.setSuffix(self.tr(" days"))

    def done(self, result: int) -> None:
        # OK and Cancel both close the dialog: a treatment's unapplied edits are asked about.
        if self.treatments.confirm_leave():
            super().done(result)

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> None:
        details = replace(
            self._details,
            clinic_name=self.clinic_name.text(),
            clinic_address=self.address.toPlainText(),
            clinic_phone=self.phone.text(),
            country=self.country.currentData(),
            currency=self.currency.text(),
            language=self.language.currentData(),
            history_review_days=self.review_days.value(),
        )
        try:
            clinic.update_clinic_details(self._handle.practice, details=details)
        except ValidationError as problem:
            self.tabs.setCurrentIndex(0)
            self.clinic_error.setText(message_for(problem))
            return
        except ClinicDeskError as error:
            show_error(self, error)
            return
        self._preferences.set(prefs.IDLE_LOCK_MINUTES, self.idle_minutes.value())
        if self._keychain is not None and self.remember.isChecked() != self._remembered:
            if self.remember.isChecked():
                self._handle.practice.remember_on_this_computer(self._keychain)
            else:
                self._handle.practice.forget_on_this_computer(self._keychain)
            self._preferences.set(prefs.REMEMBERED, self.remember.isChecked())
        language = self.language.currentData()
        if language != self._preferences.get(prefs.LANGUAGE):
            self._preferences.set(prefs.LANGUAGE, language)
            self.language_changed.emit(language)
        self.accept()

    def _change_passphrase(self) -> None:
        if not self.new_passphrase.acceptable():
            QMessageBox.information(
                self,
                self.tr("Change passphrase"),
                self.tr("Type the new passphrase the same way twice; it needs 8 characters."),
            )
            return
        try:
            self._handle.practice.vault.unlock_with_passphrase(self.current_passphrase.text())
            self._handle.practice.change_passphrase(self.new_passphrase.passphrase)
        except ClinicDeskError as error:
            show_error(self, error)
            return
        finally:
            self.current_passphrase.clear()
        self.new_passphrase.first.clear()
        self.new_passphrase.second.clear()
        QMessageBox.information(
            self, self.tr("Change passphrase"), self.tr("The passphrase has been changed.")
        )

    def _ask_passphrase(self) -> str | None:
        passphrase, ok = QInputDialog.getText(
            self,
            self.tr("Recovery Sheet"),
            self.tr("Enter the passphrase to continue:"),
            QLineEdit.EchoMode.Password,
        )
        return passphrase if ok and passphrase else None

    def _sheet_for(self, recovery_key: str) -> bytes:
        return recovery_sheet_pdf(
            clinic_name=self.clinic_name.text(),
            vault_id=self._handle.practice.vault.vault_id,
            recovery_key=recovery_key,
        )

    def _offer_sheet(self, pdf: bytes) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Recovery Sheet"))
        box.setText(self.tr("Print the Recovery Sheet, or save it as a PDF?"))
        printing = box.addButton(self.tr("Print…"), QMessageBox.ButtonRole.AcceptRole)
        saving = box.addButton(self.tr("Save as PDF…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is printing:
            print_pdf(self, pdf, self.tr("ClinicDesk Recovery Sheet"))
        elif box.clickedButton() is saving:
            save_pdf(self, pdf, "ClinicDesk-Recovery-Sheet.pdf")

    def _show_sheet(self) -> None:
        passphrase = self._ask_passphrase()
        if passphrase is None:
            return
        try:
            key = self._handle.practice.recovery_key(passphrase=passphrase)
        except ClinicDeskError as error:
            show_error(self, error)
            return
        self._offer_sheet(self._sheet_for(key))

    def _replace_key(self) -> None:
        passphrase = self._ask_passphrase()
        if passphrase is None:
            return
        try:
            self._handle.practice.vault.unlock_with_passphrase(passphrase)
            key = self._handle.practice.replace_recovery_key()
        except ClinicDeskError as error:
            show_error(self, error)
            return
        self._offer_sheet(self._sheet_for(key))
