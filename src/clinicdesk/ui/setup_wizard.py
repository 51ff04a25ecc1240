"""First run: the clinic, the language, a passphrase and the Recovery Sheet.

The vault is created when the passphrase page is committed; from then on the
wizard cannot go back. The recovery key is shown once, the practitioner types
two of its groups to show it was written down, and can print or save the sheet.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from clinicdesk.errors import ClinicDeskError
from clinicdesk.services.practice import Practice
from clinicdesk.ui.countries import territories
from clinicdesk.ui.errors import show_error
from clinicdesk.ui.i18n import LANGUAGES
from clinicdesk.ui.passphrase_fields import NewPassphraseFields
from clinicdesk.ui.recovery_sheet import RecoverySheetButtons, recovery_sheet_pdf
from clinicdesk.vault.keychain import Keychain
from clinicdesk.vault.recovery import GROUPS, canonical_recovery_key

Creator = Callable[..., tuple[Practice, str]]


def _title(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    return label


class LanguagePage(QWizardPage):
    language_chosen = Signal(str)

    def __init__(self, language: str) -> None:
        super().__init__()
        self.intro = _title(QLabel())
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(
            lambda: self.language_chosen.emit(self.language.currentData())
        )
        self.language_label = QLabel()
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to ClinicDesk"))
        self.intro.setText(
            self.tr(
                "ClinicDesk keeps your client file on this computer, encrypted. Setting it up "
                "takes two minutes: your clinic's details, a passphrase, and a Recovery Sheet "
                "to print and keep safe."
            )
        )
        self.language_label.setText(self.tr("Language"))


class ClinicPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.clinic_name = QLineEdit()
        self.clinic_name.setObjectName("clinicName")
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(70)
        self.phone = QLineEdit()
        self.country = QComboBox()
        self.country.setObjectName("country")
        for code, name in territories():
            self.country.addItem(f"{name} ({code})", code)
        self.practitioner = QLineEdit()
        self.practitioner.setObjectName("practitionerName")
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout(self)
        for label, field in zip(
            self.labels,
            (self.clinic_name, self.address, self.phone, self.country, self.practitioner),
            strict=True,
        ):
            form.addRow(label, field)
        self.registerField("clinic_name*", self.clinic_name)
        self.registerField("practitioner*", self.practitioner)

    def set_country_for(self, language: str) -> None:
        guess = {"fr": "FR", "pl": "PL", "zh_CN": "CN", "en": "GB"}.get(language, "GB")
        self.country.setCurrentIndex(max(0, self.country.findData(guess)))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your clinic"))
        self.setSubTitle(self.tr("These details appear on consent forms and other printouts."))
        for label, text in zip(
            self.labels,
            (
                self.tr("Clinic name *"),
                self.tr("Address"),
                self.tr("Phone"),
                self.tr("Country"),
                self.tr("Your name *"),
            ),
            strict=True,
        ):
            label.setText(text)


class PassphrasePage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.explanation = _title(QLabel())
        self.fields = NewPassphraseFields()
        self.fields.changed.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.fields)
        self.setCommitPage(True)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose a passphrase"))
        self.explanation.setText(
            self.tr(
                "The passphrase unlocks ClinicDesk each day. A short sentence is easier to "
                "remember and harder to guess than a word with symbols. Nobody, not even "
                "ClinicDesk's makers, can recover it: the Recovery Sheet on the next page can."
            )
        )
        self.fields.retranslate()
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create my client file"))

    def isComplete(self) -> bool:
        return self.fields.acceptable()

    def validatePage(self) -> bool:
        return self._wizard.create_vault(self.fields.passphrase)


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.explanation = _title(QLabel())
        self.key = QLabel()
        self.key.setObjectName("recoveryKeyShown")
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(18)
        font.setBold(True)
        self.key.setFont(font)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.buttons = RecoverySheetButtons(wizard.recovery_sheet)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.key)
        layout.addWidget(self.buttons)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.key.setText(self._wizard.recovery_key)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your recovery key"))
        self.explanation.setText(
            self.tr(
                "If the passphrase is ever forgotten, this key opens the client file. Print the "
                "Recovery Sheet or write the key down now, and keep it away from this computer. "
                "It is shown this once; Settings can print a new sheet later."
            )
        )
        self.buttons.retranslate()


class ConfirmRecoveryPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.groups = sorted(secrets.SystemRandom().sample(range(GROUPS), 2))
        self.explanation = _title(QLabel())
        self.inputs = [QLineEdit(), QLineEdit()]
        self.labels = [QLabel(), QLabel()]
        form = QFormLayout()
        for index, (label, field) in enumerate(zip(self.labels, self.inputs, strict=True)):
            field.setObjectName(f"confirmGroup{index}")
            field.setMaxLength(8)
            field.textChanged.connect(self.completeChanged)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check the recovery key"))
        self.explanation.setText(
            self.tr("To be sure it was written down correctly, type two groups of it from paper.")
        )
        for label, group in zip(self.labels, self.groups, strict=True):
            label.setText(self.tr("Group %1").replace("%1", str(group + 1)))

    def isComplete(self) -> bool:
        key = canonical_recovery_key(self._wizard.recovery_key) or ""
        for group, field in zip(self.groups, self.inputs, strict=True):
            wanted = key[group * 4 : group * 4 + 4]
            typed = canonical_recovery_key(field.text() + "0" * 20)
            if typed is None or typed[:4] != wanted:
                return False
        return True


class FinishPage(QWizardPage):
    def __init__(self, keychain: Keychain | None) -> None:
        super().__init__()
        self._keychain = keychain
        self.summary = _title(QLabel())
        self.remember = QCheckBox()
        self.remember.setObjectName("remember")
        self.remember.setVisible(keychain is not None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.remember)

    def retranslate(self) -> None:
        self.setTitle(self.tr("All set"))
        self.summary.setText(
            self.tr(
                "Your client file is ready. ClinicDesk locks itself after some minutes without "
                "use; the passphrase opens it again."
            )
        )
        if self._keychain is not None:
            self.remember.setText(
                self.tr(
                    "Remember the key on this computer (%1), so ClinicDesk opens without the "
                    "passphrase. Only if nobody else uses this computer account."
                ).replace("%1", self._keychain.name)
            )


class SetupWizard(QWizard):
    language_changed = Signal(str)

    def __init__(
        self,
        create: Creator,
        keychain: Keychain | None,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self._create = create
        self._keychain = keychain
        self.practice: Practice | None = None
        self.recovery_key = ""
        self.language = language
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.language_page = LanguagePage(language)
        self.clinic_page = ClinicPage()
        self.clinic_page.set_country_for(language)
        self.passphrase_page = PassphrasePage(self)
        self.recovery_page = RecoveryPage(self)
        self.confirm_page = ConfirmRecoveryPage(self)
        self.finish_page = FinishPage(keychain)
        self.pages = [
            self.language_page,
            self.clinic_page,
            self.passphrase_page,
            self.recovery_page,
            self.confirm_page,
            self.finish_page,
        ]
        for page in self.pages:
            self.addPage(page)
        self.language_page.language_chosen.connect(self._language_chosen)
        self.resize(640, 500)
        self.retranslate()

    def _language_chosen(self, language: str) -> None:
        self.language = language
        self.clinic_page.set_country_for(language)
        self.language_changed.emit(language)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up ClinicDesk"))
        for page in self.pages:
            page.retranslate()

    def create_vault(self, passphrase: str) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.practice, self.recovery_key = self._create(
                passphrase=passphrase,
                clinic_name=self.clinic_page.clinic_name.text(),
                clinic_address=self.clinic_page.address.toPlainText(),
                clinic_phone=self.clinic_page.phone.text(),
                country=self.clinic_page.country.currentData(),
                practitioner_name=self.clinic_page.practitioner.text(),
                language=self.language,
            )
        except ClinicDeskError as error:
            show_error(self, error)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        return True

    def recovery_sheet(self) -> bytes:
        assert self.practice is not None
        return recovery_sheet_pdf(
            clinic_name=self.clinic_page.clinic_name.text(),
            vault_id=self.practice.vault.vault_id,
            recovery_key=self.recovery_key,
        )

    def remember_requested(self) -> bool:
        return self._keychain is not None and self.finish_page.remember.isChecked()

    def reject(self) -> None:
        # Once the vault exists the wizard only goes forward: the key must be seen.
        if self.practice is None:
            super().reject()
