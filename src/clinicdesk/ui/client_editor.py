"""Creating and editing a client: messages beside the fields, no silent
truncation, a duplicate warning before saving, and no edit lost by closing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError, ValidationError
from clinicdesk.services import clients
from clinicdesk.services.client_fields import ClientFields, list_name
from clinicdesk.services.clients import ClientRecord
from clinicdesk.ui.countries import territories
from clinicdesk.ui.errors import error_label, message_for, show_error
from clinicdesk.ui.formatting import date_format, format_date
from clinicdesk.ui.i18n import LANGUAGES
from clinicdesk.ui.practice_handle import PracticeHandle

TEXT_FIELDS = (
    "given_name", "family_name", "preferred_name", "gender", "phone", "email",
    "address_line1", "address_line2", "postal_code", "city", "referral_source",
)  # fmt: skip
EXTRA_DATE_FORMATS = ("yyyy-MM-dd", "dd.MM.yyyy", "dd/MM/yyyy", "dd-MM-yyyy")


def parse_date(text: str) -> date | None:
    """A date typed in the interface's format or a common one; None if it is not a date."""
    for fmt in (date_format(), *EXTRA_DATE_FORMATS):
        parsed = QLocale().toDate(text.strip(), fmt)
        if parsed.isValid() and parsed.year() >= 1000:
            return date(parsed.year(), parsed.month(), parsed.day())
    return None


class ClientEditor(QDialog):
    saved = Signal(object)  # ClientRecord
    open_existing = Signal(int)

    def __init__(
        self,
        handle: PracticeHandle,
        record: ClientRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._handle = handle
        self._record = record
        self.setObjectName("clientEditor")
        self.setMinimumWidth(560)
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels: dict[str, QLabel] = {}
        for name in TEXT_FIELDS:
            self.inputs[name] = QLineEdit()
        self.inputs["date_of_birth"] = QLineEdit()
        self.inputs["sex"] = sex = QComboBox()
        for value in (None, "female", "male", "intersex", "undisclosed"):
            sex.addItem("", value)
        self.inputs["country"] = country = QComboBox()
        country.addItem("—", None)
        for code, name in territories():
            country.addItem(f"{name} ({code})", code)
        self.inputs["preferred_language"] = language = QComboBox()
        language.addItem("—", None)
        for code, name in LANGUAGES.items():
            language.addItem(name, code)
        self.inputs["marketing_consent"] = QCheckBox()
        self.inputs["notes"] = notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setMinimumHeight(90)

        order = (
            "given_name", "family_name", "preferred_name", "date_of_birth", "sex", "gender",
            "phone", "email", "address_line1", "address_line2", "postal_code", "city",
            "country", "preferred_language", "referral_source", "marketing_consent", "notes",
        )  # fmt: skip
        for name in order:
            error = error_label(name)
            self.errors[name] = error
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(self.inputs[name])
            box.addWidget(error)
            self._labels[name] = QLabel()
            form.addRow(self._labels[name], box)

        for name in ("phone", "email", "date_of_birth", "given_name", "family_name"):
            self.inputs[name].editingFinished.connect(self.check)  # type: ignore[attr-defined]

        content = QWidget()
        content.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

        self._load(record.fields if record else None)
        self._pristine = self.current_fields()
        self.retranslate()
        self.resize(620, 720)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit client") if self._record else self.tr("New client"))
        titles = {
            "given_name": self.tr("Given name *"),
            "family_name": self.tr("Family name *"),
            "preferred_name": self.tr("Preferred name"),
            "date_of_birth": self.tr("Date of birth"),
            "sex": self.tr("Sex"),
            "gender": self.tr("Gender identity"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
            "address_line1": self.tr("Address"),
            "address_line2": self.tr("Address (2nd line)"),
            "postal_code": self.tr("Postal code"),
            "city": self.tr("City"),
            "country": self.tr("Country"),
            "preferred_language": self.tr("Preferred language"),
            "referral_source": self.tr("How they found us"),
            "marketing_consent": self.tr("Marketing"),
            "notes": self.tr("Notes"),
        }
        for name, label in self._labels.items():
            label.setText(titles[name])
        sex_names = [
            self.tr("Not recorded"),
            self.tr("Female"),
            self.tr("Male"),
            self.tr("Intersex"),
            self.tr("Prefers not to say"),
        ]
        sex = self.inputs["sex"]
        assert isinstance(sex, QComboBox)
        for index, text in enumerate(sex_names):
            sex.setItemText(index, text)
        self.inputs["date_of_birth"].setPlaceholderText(date_format().lower())  # type: ignore[attr-defined]
        self.inputs["phone"].setPlaceholderText(self.tr("e.g. +33 6 12 34 56 78"))  # type: ignore[attr-defined]
        consent = self.inputs["marketing_consent"]
        assert isinstance(consent, QCheckBox)
        consent.setText(self.tr("Agrees to receive news and offers"))

    # -- values ---------------------------------------------------------------------------

    def _load(self, data: ClientFields | None) -> None:
        if data is None:
            return
        for name in TEXT_FIELDS:
            self.inputs[name].setText(getattr(data, name) or "")  # type: ignore[attr-defined]
        self.inputs["date_of_birth"].setText(format_date(data.date_of_birth))  # type: ignore[attr-defined]
        for name in ("sex", "country", "preferred_language"):
            combo = self.inputs[name]
            assert isinstance(combo, QComboBox)
            combo.setCurrentIndex(max(0, combo.findData(getattr(data, name))))
        self.inputs["marketing_consent"].setChecked(data.marketing_consent)  # type: ignore[attr-defined]
        self.inputs["notes"].setPlainText(data.notes or "")  # type: ignore[attr-defined]

    def _birth_date(self) -> tuple[date | None, bool]:
        """The typed birth date, and whether what was typed is a date at all."""
        text = self.inputs["date_of_birth"].text().strip()  # type: ignore[attr-defined]
        if not text:
            return None, True
        parsed = parse_date(text)
        return parsed, parsed is not None

    def current_fields(self) -> ClientFields:
        values: dict[str, object] = {
            name: self.inputs[name].text()  # type: ignore[attr-defined]
            for name in TEXT_FIELDS
        }
        values["date_of_birth"] = self._birth_date()[0]
        for name in ("sex", "country", "preferred_language"):
            values[name] = self.inputs[name].currentData()  # type: ignore[attr-defined]
        values["marketing_consent"] = self.inputs["marketing_consent"].isChecked()  # type: ignore[attr-defined]
        values["notes"] = self.inputs["notes"].toPlainText()  # type: ignore[attr-defined]
        if self._record:
            values["referred_by_id"] = self._record.fields.referred_by_id
        return ClientFields(**values)  # type: ignore[arg-type]

    @property
    def dirty(self) -> bool:
        return self.current_fields() != self._pristine

    # -- checking -----------------------------------------------------------------------

    def show_problems(self, problems: list[ValidationError]) -> None:
        by_field = {}
        for problem in problems:
            by_field.setdefault(problem.field, message_for(problem))
        for name, label in self.errors.items():
            text = by_field.get(name, "")
            label.setText(text)
            label.setVisible(bool(text))

    def check(self) -> list[ValidationError]:
        problems = clients.check_client(self._handle.practice, data=self.current_fields())
        if not self._birth_date()[1]:
            problems.append(
                ValidationError(
                    self.tr("This is not a date. Write it as %1.").replace(
                        "%1", date_format().lower()
                    ),
                    field="date_of_birth",
                )
            )
        self.show_problems(problems)
        return problems

    # -- saving -------------------------------------------------------------------------

    def save(self) -> None:
        problems = self.check()
        if problems:
            first = problems[0].field
            if first in self.inputs:
                self.inputs[first].setFocus()
            return
        data = self.current_fields()
        if not self._confirm_not_duplicate(data):
            return
        try:
            if self._record is None:
                record = clients.create_client(self._handle.practice, data=data)
            else:
                record = clients.update_client(
                    self._handle.practice, client_id=self._record.id, data=data
                )
        except ValidationError as problem:
            self.show_problems([problem])
            return
        except ClinicDeskError as error:
            show_error(self, error)
            return
        self._record = record
        self._pristine = self.current_fields()
        self.saved.emit(record)
        self.accept()

    def _identity_changed(self, data: ClientFields) -> bool:
        if self._record is None:
            return True
        keys = ("given_name", "family_name", "date_of_birth", "phone", "email")
        old = self._record.fields
        return any(getattr(old, k) != getattr(data, k) for k in keys)

    def _confirm_not_duplicate(self, data: ClientFields) -> bool:
        if not self._identity_changed(data):
            return True
        found = clients.possible_duplicates(
            self._handle.practice,
            data=data,
            exclude_id=self._record.id if self._record else None,
        )
        if not found:
            return True
        reasons = {
            "name_and_birth_date": self.tr("same name and date of birth"),
            "email": self.tr("same email"),
            "phone": self.tr("same phone"),
        }
        lines = [
            f"• {list_name(d.row.given_name, d.row.family_name)}  {format_date(d.row.date_of_birth)}"
            f" — {', '.join(reasons[r] for r in d.reasons)}"
            for d in found[:5]
        ]
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Possible duplicate"))
        box.setText(self.tr("This client may already be in ClinicDesk:"))
        box.setInformativeText("\n".join(lines))
        save = box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        existing = box.addButton(self.tr("Open existing client"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is existing:
            self._pristine = self.current_fields()  # leaving on purpose, nothing to ask
            self.open_existing.emit(found[0].row.id)
            self.reject()
            return False
        return box.clickedButton() is save

    # -- leaving ------------------------------------------------------------------------

    def reject(self) -> None:
        if self.dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to this client before closing?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.reject()
