"""Adding a history entry, or recording a new version of one.

The section decides what is asked: a coded choice in the practitioner's language (or
"Other" and words), when it applied, and the section's own details (an allergy's
reaction and severity, a previous treatment's outcome and satisfaction, a
medication's dose). Dates may be left unknown rather than defaulting to a day nobody
chose. A problem is shown beside its field; the dialog stays open and keeps what was
typed, long texts included.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import QT_TRANSLATE_NOOP, ClinicDeskError, ValidationError
from clinicdesk.rules import codes, medications
from clinicdesk.services import catalogue, history
from clinicdesk.services.history import HistoryItem
from clinicdesk.ui import code_names
from clinicdesk.ui.date_field import DateField
from clinicdesk.ui.errors import error_label, message_for, show_error
from clinicdesk.ui.formatting import date_format
from clinicdesk.ui.i18n import current_language
from clinicdesk.ui.practice_handle import PracticeHandle

# Sections whose entries happened on one day (or were assessed on one): no end date.
ONE_DATE = frozenset({"aesthetic_treatment", "surgery", "fitzpatrick", "skin_type", "id_check"})
# Sections whose entries carry no code: words only.
TEXT_ONLY = frozenset({"surgery", "concern", "id_check"})
DETAILS = {
    "medication": ("dose",),
    "allergy": ("reaction", "severity"),
    "aesthetic_treatment": ("outcome", "satisfaction", "side_effects"),
}
DETAIL_TEXTS = ("dose", "reaction", "outcome", "side_effects")
_NO_LIMIT = 2**31 - 1  # no silent truncation: the service says what is too long


def language_families(handle: PracticeHandle) -> dict[str, tuple[str, bool]]:
    """Treatment family code -> (name in the interface language, still offered)."""
    language = current_language()
    return {
        family.code: (family.name(language), family.active)
        for family in catalogue.families(handle.practice, include_retired=True)
    }


def recognised_classes(item_kind: str, code: str | None, text: str) -> list[str]:
    """The medication classes a medication entry counts as, as screening will see them."""
    if item_kind != "medication":
        return []
    found = set(medications.recognise(text))
    if code in codes.MEDICATION_CLASSES:
        found.add(code)
    return sorted(found)


class HistoryItemDialog(QDialog):
    saved = Signal(object)  # HistoryItem

    def __init__(
        self,
        handle: PracticeHandle,
        client_id: int,
        *,
        kind: str | None = None,
        item: HistoryItem | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyItemDialog")
        self.setMinimumWidth(520)
        self._handle = handle
        self._client_id = client_id
        self._item = item
        self._families = language_families(handle)

        self.section = QComboBox()
        for section in history.KINDS:
            self.section.addItem("", section)
        self.section.setCurrentIndex(max(0, self.section.findData(item.kind if item else kind)))
        self.section.setEnabled(item is None)
        self.code = QComboBox()
        self.text = QLineEdit()
        self.text.setMaxLength(_NO_LIMIT)
        self.hint = QLabel()
        self.hint.setObjectName("recognisedHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #1d4f80;")
        self.started = DateField()
        self.ended = DateField()
        self.dose = QLineEdit()
        self.reaction = QLineEdit()
        self.severity = QComboBox()
        self.severity.addItem("", None)
        for severity in code_names.SEVERITIES:
            self.severity.addItem("", severity)
        self.outcome = QLineEdit()
        self.satisfaction = QComboBox()
        for score in (None, 1, 2, 3, 4, 5):
            self.satisfaction.addItem("", score)
        self.side_effects = QLineEdit()
        for line in (self.dose, self.reaction, self.outcome, self.side_effects):
            line.setMaxLength(_NO_LIMIT)
        self.source = QComboBox()
        for source in history.SOURCES:
            self.source.addItem("", source)

        self.inputs: dict[str, QWidget] = {
            "kind": self.section,
            "code": self.code,
            "text": self.text,
            "started": self.started,
            "ended": self.ended,
            "dose": self.dose,
            "reaction": self.reaction,
            "severity": self.severity,
            "outcome": self.outcome,
            "satisfaction": self.satisfaction,
            "side_effects": self.side_effects,
            "source": self.source,
        }
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, widget in self.inputs.items():
            error = error_label(name)
            self.errors[name] = error
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            if name == "text":
                box.addWidget(self.hint)
            box.addWidget(error)
            self.labels[name] = QLabel()
            self.form.addRow(self.labels[name], box)
        self.general_error = QLabel()
        self.general_error.setStyleSheet("color: #b00020;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.section.currentIndexChanged.connect(self._section_changed)
        self.text.textChanged.connect(self._update_hint)
        self.code.currentIndexChanged.connect(self._update_hint)
        self.retranslate()
        if item is not None:
            self._load(item)
        self._update_hint()
        self._pristine = self._snapshot()

    # -- the section's shape ----------------------------------------------------------------

    @property
    def kind(self) -> str:
        return str(self.section.currentData())

    def retranslate(self) -> None:
        if self._item is None:
            self.setWindowTitle(self.tr("Add to the medical history"))
        else:
            self.setWindowTitle(self.tr("Change a history entry"))
        for index in range(self.section.count()):
            self.section.setItemText(index, code_names.section_name(self.section.itemData(index)))
        self.severity.setItemText(0, self.tr("Not known"))
        for index in range(1, self.severity.count()):
            self.severity.setItemText(
                index, code_names.severity_name(self.severity.itemData(index))
            )
        satisfaction = [
            self.tr("Not recorded"),
            self.tr("1 – very dissatisfied"),
            self.tr("2 – dissatisfied"),
            self.tr("3 – neutral"),
            self.tr("4 – satisfied"),
            self.tr("5 – very satisfied"),
        ]
        for index, text in enumerate(satisfaction):
            self.satisfaction.setItemText(index, text)
        for index in range(self.source.count()):
            self.source.setItemText(index, code_names.source_name(self.source.itemData(index)))
        for field in (self.started, self.ended):
            field.edit.setPlaceholderText(
                self.tr("%1 — leave empty if not known").replace("%1", date_format().lower())
            )
            field.pick.setText(self.tr("Calendar"))
        self._section_changed()

    def _labels_for(self, kind: str) -> dict[str, str]:
        code_titles = {
            "condition": self.tr("Condition"),
            "medication": self.tr("Medication class"),
            "allergy": self.tr("Category"),
            "pregnancy": self.tr("Status"),
            "implant": self.tr("Implant or device"),
            "skin_condition": self.tr("Skin condition"),
            "aesthetic_treatment": self.tr("Treatment"),
            "lifestyle": self.tr("Habit"),
            "fitzpatrick": self.tr("Skin type"),
            "skin_type": self.tr("Skin type"),
        }
        text_titles = {
            "medication": self.tr("Medication (as on the box)"),
            "allergy": self.tr("Substance"),
            "surgery": self.tr("Operation"),
            "concern": self.tr("Concern"),
            "id_check": self.tr("Document checked"),
        }
        started_titles = {
            "aesthetic_treatment": self.tr("Date of treatment"),
            "surgery": self.tr("Date"),
            "fitzpatrick": self.tr("Assessed on"),
            "skin_type": self.tr("Assessed on"),
            "id_check": self.tr("Checked on"),
        }
        return {
            "kind": self.tr("Section"),
            "code": code_titles.get(kind, ""),
            "text": text_titles.get(kind, self.tr("Description")),
            "started": started_titles.get(kind, self.tr("Started")),
            "ended": self.tr("Ended"),
            "dose": self.tr("Dose"),
            "reaction": self.tr("Reaction"),
            "severity": self.tr("Severity"),
            "outcome": self.tr("Outcome"),
            "satisfaction": self.tr("Satisfaction"),
            "side_effects": self.tr("Side effects"),
            "source": self.tr("Source"),
        }

    def _section_changed(self) -> None:
        kind = self.kind
        for name, title in self._labels_for(kind).items():
            self.labels[name].setText(title)
        # Editing: the section is fixed and the entry's own code stays offered.
        self._fill_codes(kind, self.code.currentData(), stored=self._item is not None)
        visible = {
            "code": kind not in TEXT_ONLY,
            "ended": kind not in ONE_DATE,
            **{name: kind in DETAILS and name in DETAILS[kind] for name in self._detail_names()},
        }
        for name, shown in visible.items():
            self.form.setRowVisible(self.labels[name], shown)
        for label in self.errors.values():  # showing a row shows all of it: not its blanks
            label.setVisible(bool(label.text()))
        self.text.setPlaceholderText(
            self.tr("e.g. Roaccutane 20 mg") if kind == "medication" else self._other_hint(kind)
        )
        self._update_hint()

    def _other_hint(self, kind: str) -> str:
        if kind in TEXT_ONLY:
            return ""
        return self.tr("Optional when chosen from the list above")

    @staticmethod
    def _detail_names() -> tuple[str, ...]:
        return tuple(name for names in DETAILS.values() for name in names)

    def _fill_codes(self, kind: str, keep: object = None, *, stored: bool = False) -> None:
        """The section's choices, `keep` chosen if offered; a `stored` code is always kept,
        even one the section no longer lists (a retired treatment, an older choice)."""
        self.code.blockSignals(True)
        self.code.clear()
        if kind == "medication":
            self.code.addItem(self.tr("Recognise from the name"), None)
        elif kind == "fitzpatrick":
            self.code.addItem(self.tr("Choose the type…"), None)
        elif kind == "aesthetic_treatment":
            self.code.addItem(self.tr("Other (describe)"), None)
        elif kind not in TEXT_ONLY:
            self.code.addItem(self.tr("Other (describe)"), codes.FREE_TEXT)
        if kind == "aesthetic_treatment":
            choices = [(name, code) for code, (name, active) in self._families.items() if active]
            choices.sort(key=lambda pair: pair[0].casefold())
        else:
            listed = code_names.SECTION_CODES.get(kind, ())
            choices = [(code_names.code_name(kind, code), code) for code in listed]
            if kind == "condition":
                choices.sort(key=lambda pair: pair[0].casefold())
        for name, code in choices:
            self.code.addItem(name, code)
        if stored and isinstance(keep, str) and self.code.findData(keep) < 0:
            family = self._families.get(keep)
            self.code.addItem(family[0] if family else code_names.code_name(kind, keep), keep)
        self.code.setCurrentIndex(max(0, self.code.findData(keep)))
        self.code.blockSignals(False)

    def _update_hint(self) -> None:
        text = self.text.text()
        if self.kind != "medication" or not text.strip():
            self.hint.hide()
            return
        found = medications.recognise(text)
        if found:
            names = ", ".join(sorted(code_names.medication_class_name(c) for c in found))
            self.hint.setText(self.tr("Recognised as: %1").replace("%1", names))
        else:
            self.hint.setText(
                self.tr(
                    "Not recognised as a medication that matters for treatments. "
                    "If you know its class, choose it above."
                )
            )
        self.hint.show()

    # -- values -----------------------------------------------------------------------------

    def _load(self, item: HistoryItem) -> None:
        self._fill_codes(item.kind, item.code, stored=True)
        self.text.setText(item.text)
        self.started.set_value(item.started)
        self.ended.set_value(item.ended)
        details = item.details
        for name in DETAIL_TEXTS:
            self.inputs[name].setText(str(details.get(name, "") or ""))  # type: ignore[attr-defined]
        self.severity.setCurrentIndex(max(0, self.severity.findData(details.get("severity"))))
        self.satisfaction.setCurrentIndex(
            max(0, self.satisfaction.findData(details.get("satisfaction")))
        )
        self.source.setCurrentIndex(max(0, self.source.findData(item.source)))

    def details(self) -> dict[str, Any]:
        """The section's details; any key this dialog does not know is kept as it was."""
        values: dict[str, Any] = dict(self._item.details) if self._item else {}
        for name in self._detail_names():
            values.pop(name, None)
        for name in DETAILS.get(self.kind, ()):
            widget = self.inputs[name]
            value = (
                widget.currentData() if isinstance(widget, QComboBox) else widget.text().strip()  # type: ignore[attr-defined]
            )
            if value not in (None, ""):
                values[name] = value
        return values

    def _snapshot(self) -> tuple[object, ...]:
        return (
            self.kind,
            self.code.currentData(),
            self.text.text(),
            self.started.text(),
            self.ended.text(),
            self.details(),
            self.source.currentData(),
        )

    # -- checking and saving ----------------------------------------------------------------

    def show_problems(self, problems: list[ValidationError]) -> None:
        by_field: dict[str, str] = {}
        general = []
        for problem in problems:
            if problem.field in self.errors:
                by_field.setdefault(problem.field, message_for(problem))
            else:
                general.append(message_for(problem))
        for name, label in self.errors.items():
            label.setText(by_field.get(name, ""))
            label.setVisible(name in by_field)
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))
        self._fit()
        first = next((p.field for p in problems if p.field in self.inputs), None)
        if first is not None:
            widget = self.inputs[first]
            (widget.edit if isinstance(widget, DateField) else widget).setFocus()

    def _fit(self) -> None:
        """Grow to show every wrapped message whole (top-level windows do not do it alone)."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        needed = max(needed, layout.totalMinimumSize().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _own_problems(self) -> list[ValidationError]:
        """What only the dialog can see: a typed date that is no date, "Other" left
        undescribed, and details (which the service stores as they come) too long; in the
        service's words where it has them."""
        problems = [
            ValidationError(
                self.tr("“%1” is not a date. Write it as %2, or leave it empty if it is not known.")
                .replace("%1", field.text())
                .replace("%2", date_format().lower()),
                field=name,
            )
            for name, field in (("started", self.started), ("ended", self.ended))
            if not field.is_date() and self.form.isRowVisible(self.labels[name])
        ]
        if self.code.currentData() == codes.FREE_TEXT and not self.text.text().strip():
            # "Other" with nothing written would be an entry saying nothing.
            problems.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "ClinicDeskError", "Choose an entry from the list or describe it."
                    ),
                    field="text",
                )
            )
        for name in DETAILS.get(self.kind, ()):
            if name in DETAIL_TEXTS:
                length = len(self.inputs[name].text().strip())  # type: ignore[attr-defined]
                if length > history.TEXT_MAX:
                    problems.append(
                        ValidationError(
                            QT_TRANSLATE_NOOP(
                                "ClinicDeskError",
                                "This text is {length} characters long; at most {limit} fit. "
                                "Shorten it or put the rest in the client's notes.",
                            ),
                            field=name,
                            length=length,
                            limit=history.TEXT_MAX,
                        )
                    )
        return problems

    def save(self) -> None:
        problems = self._own_problems()
        if problems:
            self.show_problems(problems)
            return
        try:
            item = history.record_item(
                self._handle.practice,
                client_id=self._client_id,
                kind=self.kind,
                code=self.code.currentData() if self.kind not in TEXT_ONLY else None,
                text=self.text.text(),
                started=self.started.value(),
                ended=self.ended.value() if self.kind not in ONE_DATE else None,
                details=self.details(),
                item_key=self._item.item_key if self._item else None,
                source=self.source.currentData(),
            )
        except ValidationError as problem:
            self.show_problems([problem])
            return
        except ClinicDeskError as error:
            show_error(self, error)
            return
        self.show_problems([])
        self._pristine = self._snapshot()
        self.saved.emit(item)
        self.accept()

    # -- leaving ----------------------------------------------------------------------------

    def reject(self) -> None:
        if self._snapshot() != self._pristine:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("Unsaved entry"))
            box.setText(self.tr("Close without saving this history entry?"))
            discard = box.addButton(
                self.tr("Close without saving"), QMessageBox.ButtonRole.DestructiveRole
            )
            box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not discard:
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.reject()
