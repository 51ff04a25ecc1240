"""The consultation wizard's pages of plain answers: why the client came, goals, lifestyle,
skin, the recommendation and consents.

Each page reads its answers from the draft (`load`) and writes them back (`store`); the
wizard saves the draft whenever the page changes. The health, screening and plan pages,
which talk to the history and the screening, live in consultation_screening.py.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWizardPage,
)

from clinicdesk.services import consultations, history
from clinicdesk.ui.code_names import code_name
from clinicdesk.ui.errors import error_label
from clinicdesk.ui.practice_handle import PracticeHandle


def text_box(name: str, height: int = 80) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


class TextPage(QWizardPage):
    """A page of free-text answers, each with a label and a hint under the title."""

    def __init__(self, fields: tuple[str, ...]) -> None:
        super().__init__()
        self.boxes = {name: text_box(name) for name in fields}
        self.labels = {name: QLabel() for name in fields}
        self.errors = {name: error_label(name) for name in fields}
        layout = QVBoxLayout(self)
        for name in fields:
            self.labels[name].setWordWrap(True)
            layout.addWidget(self.labels[name])
            layout.addWidget(self.boxes[name], 1)
            layout.addWidget(self.errors[name])

    def load(self, answers: dict[str, Any]) -> None:
        for name, box in self.boxes.items():
            box.setPlainText(answers.get(name, ""))

    def store(self, answers: dict[str, Any]) -> None:
        for name, box in self.boxes.items():
            answers[name] = box.toPlainText()

    def show_error(self, field: str | None, message: str) -> bool:
        """Show `message` under `field` if it is on this page; say whether it was."""
        for name, label in self.errors.items():
            label.setVisible(name == field)
            if name == field:
                label.setText(message)
                self.boxes[name].setFocus()
        return field in self.errors


class ReasonPage(TextPage):
    def __init__(self) -> None:
        super().__init__(("reason", "concerns"))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Reason for the visit"))
        self.setSubTitle(self.tr("In the client's own words: what brings them, what bothers them."))
        self.labels["reason"].setText(self.tr("Why the client came (required)"))
        self.labels["concerns"].setText(self.tr("Concerns: areas, how long, what was tried"))


class GoalsPage(TextPage):
    def __init__(self) -> None:
        super().__init__(("goals", "expectation", "timeframe"))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Goals and expectations"))
        self.setSubTitle(
            self.tr(
                "What the client hopes for, and what you agreed is realistic: write the "
                "expectation as you explained it, so both of you can come back to it."
            )
        )
        self.labels["goals"].setText(self.tr("The client's goals"))
        self.labels["expectation"].setText(
            self.tr("Expectation agreed: what result is realistic, and what is not")
        )
        self.labels["timeframe"].setText(self.tr("In what time: sessions, weeks, when it lasts"))


class LifestylePage(TextPage):
    def __init__(self) -> None:
        super().__init__(("lifestyle", "budget"))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Lifestyle and budget"))
        self.setSubTitle(
            self.tr("Habits that affect the result, and what the client is ready to spend.")
        )
        self.labels["lifestyle"].setText(
            self.tr("Lifestyle: sun, sport, skincare routine, work, events coming up")
        )
        self.labels["budget"].setText(self.tr("Budget"))


class SkinPage(TextPage):
    """The skin assessment: Fitzpatrick type and skin type go into the history."""

    def __init__(self, handle: PracticeHandle, client_id: int) -> None:
        super().__init__(("skin_notes",))
        self._handle, self._client_id = handle, client_id
        self.fitzpatrick = QComboBox()
        self.fitzpatrick.setObjectName("fitzpatrick")
        self.skin_type = QComboBox()
        self.skin_type.setObjectName("skinType")
        self.form = QFormLayout()
        self.form_labels = (QLabel(), QLabel())
        self.form.addRow(self.form_labels[0], self.fitzpatrick)
        self.form.addRow(self.form_labels[1], self.skin_type)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, self.form)
        self._recorded: dict[str, str | None] = {}

    def retranslate(self) -> None:
        self.setTitle(self.tr("Skin assessment"))
        self.setSubTitle(
            self.tr("Fitzpatrick type and skin type are kept in the history and screened.")
        )
        self.form_labels[0].setText(self.tr("Fitzpatrick skin type"))
        self.form_labels[1].setText(self.tr("Skin type"))
        self.labels["skin_notes"].setText(
            self.tr("Observations: texture, pigmentation, lines, sensitivity")
        )
        for combo, kind, codes in (
            (self.fitzpatrick, "fitzpatrick", [str(n) for n in range(1, 7)]),
            (self.skin_type, "skin_type", sorted(history.EXTRA_CODES["skin_type"])),
        ):
            current = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("Not assessed"), None)
            for code in codes:
                combo.addItem(code_name(kind, code), code)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def load(self, answers: dict[str, Any]) -> None:
        super().load(answers)
        items = history.history(self._handle.practice, client_id=self._client_id)
        self._recorded = {i.kind: i.code for i in items if i.kind in ("fitzpatrick", "skin_type")}
        for combo, kind in ((self.fitzpatrick, "fitzpatrick"), (self.skin_type, "skin_type")):
            combo.setCurrentIndex(max(0, combo.findData(self._recorded.get(kind))))

    def validatePage(self) -> bool:
        """Record a changed Fitzpatrick or skin type as a new version in the history."""
        for combo, kind in ((self.fitzpatrick, "fitzpatrick"), (self.skin_type, "skin_type")):
            code = combo.currentData()
            if code is not None and code != self._recorded.get(kind):
                history.record_item(
                    self._handle.practice,
                    client_id=self._client_id,
                    kind=kind,
                    code=code,
                    source="consultation",
                )
                self._recorded[kind] = code
        return True


class ConsentPage(QWizardPage):
    """Data-processing consent (needed to finalise) and what photos may be used for."""

    def __init__(self) -> None:
        super().__init__()
        self.data_consent = QCheckBox()
        self.data_consent.setObjectName("dataConsent")
        self.data_error = error_label("data_consent")
        self.photo_title = QLabel()
        self.photo_title.setStyleSheet("font-weight: 600; margin-top: 12px;")
        self.photo = {scope: QCheckBox() for scope in consultations.PHOTO_SCOPES}
        for scope, box in self.photo.items():
            box.setObjectName(f"photoConsent_{scope}")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #52606d; margin-top: 12px;")
        self.data_consent.toggled.connect(self.data_error.hide)
        layout = QVBoxLayout(self)
        layout.addWidget(self.data_consent)
        layout.addWidget(self.data_error)
        layout.addWidget(self.photo_title)
        for box in self.photo.values():
            layout.addWidget(box)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Consents"))
        self.setSubTitle(self.tr("Ask the client; tick only what they agree to."))
        self.data_consent.setText(
            self.tr(
                "The client agrees that the clinic keeps their health information and "
                "treatment records to treat them safely (required)"
            )
        )
        self.photo_title.setText(self.tr("Photos may be used for:"))
        self.photo["clinical"].setText(self.tr("The clinical record only"))
        self.photo["teaching"].setText(self.tr("Anonymised teaching and training"))
        self.photo["marketing"].setText(
            self.tr("Marketing: website, social media, brochures (the face may be recognisable)")
        )
        self.note.setText(
            self.tr(
                "Finishing makes the consultation final: afterwards it can only be amended, "
                "with a reason. The recommendation becomes a draft treatment plan."
            )
        )

    def load(self, answers: dict[str, Any]) -> None:
        self.data_consent.setChecked(bool(answers.get("data_consent")))
        scopes = answers.get("photo_consent") or []
        for scope, box in self.photo.items():
            box.setChecked(scope in scopes)

    def store(self, answers: dict[str, Any]) -> None:
        answers["data_consent"] = self.data_consent.isChecked()
        answers["photo_consent"] = [s for s, box in self.photo.items() if box.isChecked()]

    def show_error(self, field: str | None, message: str) -> bool:
        if field != "data_consent":
            return False
        self.data_error.setText(message)
        self.data_error.show()
        return True
