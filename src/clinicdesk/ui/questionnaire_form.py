"""The health questionnaire as a form: in the consultation wizard, and large at the kiosk.

Questions and their wording come from resources/rules/questionnaire.toml in the client's
language, so the same form reads the same on screen, at the kiosk and on paper. An
unanswered question stays unanswered (neither yes nor no) and changes nothing.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.rules import questionnaire
from clinicdesk.rules.questionnaire import ALLERGY_SEVERITIES, Question
from clinicdesk.ui.date_field import DateField

ERROR_STYLE = "border: 2px solid #b00020; border-radius: 6px;"


class AllergyRows(QWidget):
    """Allergies as rows of substance, reaction and severity, added one by one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout()
        self.headers = [QLabel() for _ in range(3)]
        for column, header in enumerate(self.headers):
            self.grid.addWidget(header, 0, column)
        self.rows: list[tuple[QLineEdit, QLineEdit, QComboBox]] = []
        self.add_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.add_row())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_row()
        self.retranslate()

    def retranslate(self) -> None:
        for header, text in zip(
            self.headers,
            (self.tr("Substance"), self.tr("Reaction"), self.tr("Severity")),
            strict=True,
        ):
            header.setText(text)
        self.add_button.setText(self.tr("Add another allergy"))
        for _, _, severity in self.rows:
            self._fill_severities(severity)

    def _fill_severities(self, combo: QComboBox) -> None:
        names = {
            "mild": self.tr("Mild"),
            "moderate": self.tr("Moderate"),
            "severe": self.tr("Severe"),
        }
        current = combo.currentData()
        combo.clear()
        combo.addItem("—", "")
        for code in ALLERGY_SEVERITIES:
            combo.addItem(names[code], code)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def add_row(self, substance: str = "", reaction: str = "", severity: str = "") -> None:
        row = (QLineEdit(substance), QLineEdit(reaction), QComboBox())
        self._fill_severities(row[2])
        row[2].setCurrentIndex(max(0, row[2].findData(severity)))
        line = len(self.rows) + 1
        for column, widget in enumerate(row):
            self.grid.addWidget(widget, line, column)
        self.rows.append(row)

    def items(self) -> list[dict[str, str]]:
        return [
            {"substance": s.text(), "reaction": r.text(), "severity": v.currentData() or ""}
            for s, r, v in self.rows
            if s.text().strip()
        ]

    def set_items(self, items: list[dict[str, str]]) -> None:
        for widgets in self.rows:
            for widget in widgets:
                widget.deleteLater()
        self.rows = []
        for item in items:
            self.add_row(
                item.get("substance", ""), item.get("reaction", ""), item.get("severity", "")
            )
        if not items:
            self.add_row()


class QuestionWidget(QFrame):
    """One question with the controls its kind needs."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setObjectName(f"question_{question.id}")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setStyleSheet("font-weight: 600;")
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: #52606d;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.help)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail = QLineEdit()
        self.date_label = QLabel()
        self.date_label.setWordWrap(True)
        self.date = DateField()
        self.lines = QPlainTextEdit()
        self.lines.setTabChangesFocus(True)
        self.lines.setFixedHeight(90)
        self.allergies = AllergyRows()
        # A list filled from the history and then emptied means "none any more"; a list
        # never filled in is simply unanswered.
        self._prefilled = False
        if question.kind == "yes_no":
            row = QHBoxLayout()
            for code in ("yes", "no"):
                self.buttons[code] = QRadioButton()
                self.group.addButton(self.buttons[code])
                row.addWidget(self.buttons[code])
            row.addStretch(1)
            layout.addLayout(row)
            follow_up = QGridLayout()
            follow_up.addWidget(self.detail_label, 0, 0)
            follow_up.addWidget(self.detail, 0, 1)
            if question.date_field:
                follow_up.addWidget(self.date_label, 1, 0)
                follow_up.addWidget(self.date, 1, 1)
            layout.addLayout(follow_up)
            self.buttons["yes"].toggled.connect(self._enable_follow_up)
            self._enable_follow_up(False)
        elif question.kind == "choice":
            for option in question.options:
                self.buttons[option.code] = QRadioButton()
                self.group.addButton(self.buttons[option.code])
                layout.addWidget(self.buttons[option.code])
        elif question.kind == "allergies":
            layout.addWidget(self.allergies)
        else:
            layout.addWidget(self.lines)

    def _enable_follow_up(self, yes: bool) -> None:
        for widget in (self.detail_label, self.detail, self.date_label, self.date):
            widget.setEnabled(yes)

    def retranslate(self, language: str) -> None:
        question = self.question
        self.label.setText(question.text(language))
        self.help.setText(question.help_text(language))
        self.help.setVisible(bool(question.help_text(language)))
        if question.kind == "yes_no":
            self.buttons["yes"].setText(self.tr("Yes"))
            self.buttons["no"].setText(self.tr("No"))
            self.detail_label.setText(question.detail_text(language) or self.tr("Details"))
            self.date_label.setText(question.date_text(language))
            self.date.pick.setText(self.tr("Calendar"))
        elif question.kind == "choice":
            for option in question.options:
                self.buttons[option.code].setText(option.text(language))
        elif question.kind == "list":
            self.lines.setPlaceholderText(self.tr("One per line"))
        self.allergies.retranslate()

    def answer(self) -> dict[str, Any] | None:
        kind = self.question.kind
        if kind == "yes_no":
            if not self.group.checkedButton():
                return None
            yes = self.buttons["yes"].isChecked()
            return {
                "yes": yes,
                "detail": self.detail.text() if yes else "",
                "date": self._typed_date() if yes else "",
            }
        if kind == "choice":
            chosen = [code for code, button in self.buttons.items() if button.isChecked()]
            return {"code": chosen[0]} if chosen else None
        if kind == "allergies":
            items = self.allergies.items()
            return {"items": items} if items or self._prefilled else None
        text = self.lines.toPlainText()
        if kind == "list":
            lines = [line for line in text.splitlines() if line.strip()]
            return {"items": lines} if lines or self._prefilled else None
        return {"text": text} if text.strip() else None

    def _typed_date(self) -> str:
        """The date as ISO text; what is typed is passed on as it is when it is not a date,
        so that checking the answers names this question."""
        day = self.date.value()
        return day.isoformat() if day else self.date.text()

    def set_answer(self, answer: dict[str, Any] | None) -> None:
        answer = answer or {}
        kind = self.question.kind
        self._prefilled = bool(answer.get("items"))
        if kind in ("yes_no", "choice"):
            self.group.setExclusive(False)
            for button in self.buttons.values():
                button.setChecked(False)
            self.group.setExclusive(True)
            if kind == "yes_no" and "yes" in answer:
                self.buttons["yes" if answer["yes"] else "no"].setChecked(True)
                self.detail.setText(answer.get("detail", ""))
                iso = answer.get("date", "")
                self.date.set_value(date.fromisoformat(iso) if iso else None)
            elif kind == "choice" and answer.get("code") in self.buttons:
                self.buttons[answer["code"]].setChecked(True)
        elif kind == "allergies":
            self.allergies.set_items(list(answer.get("items", [])))
        elif kind == "list":
            self.lines.setPlainText("\n".join(answer.get("items", [])))
        else:
            self.lines.setPlainText(answer.get("text", ""))

    def mark_error(self, on: bool) -> None:
        self.setStyleSheet(f"QFrame#{self.objectName()} {{ {ERROR_STYLE} }}" if on else "")


class QuestionnaireForm(QScrollArea):
    """Every question of the health questionnaire, section by section."""

    answered = Signal()

    def __init__(
        self, language: str, *, large: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("questionnaireForm")
        self.language = language
        self.questionnaire = questionnaire.load_questionnaire()
        self.setWidgetResizable(True)
        # Questions wrap to the width of the screen rather than scroll sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        if large:
            body.setStyleSheet(
                "QWidget { font-size: 18px; } QRadioButton, QCheckBox { padding: 6px; }"
                "QRadioButton::indicator, QCheckBox::indicator { width: 26px; height: 26px; }"
                "QLineEdit, QPlainTextEdit, QComboBox, QDateEdit { min-height: 36px; }"
            )
        layout = QVBoxLayout(body)
        self.section_titles: list[tuple[QLabel, Any]] = []
        self.questions: dict[str, QuestionWidget] = {}
        for section in self.questionnaire.sections:
            title = QLabel()
            title.setStyleSheet("font-size: 1.3em; font-weight: 700; margin-top: 12px;")
            layout.addWidget(title)
            self.section_titles.append((title, section))
            for question in section.questions:
                widget = QuestionWidget(question)
                self.questions[question.id] = widget
                layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(body)
        self.retranslate()

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()

    def retranslate(self) -> None:
        for title, section in self.section_titles:
            title.setText(section.title(self.language))
        for widget in self.questions.values():
            widget.retranslate(self.language)

    def answers(self) -> dict[str, dict[str, Any]]:
        found = {qid: widget.answer() for qid, widget in self.questions.items()}
        return {qid: answer for qid, answer in found.items() if answer is not None}

    def set_answers(self, answers: dict[str, dict[str, Any]]) -> None:
        for qid, widget in self.questions.items():
            widget.set_answer(answers.get(qid))

    def show_problem(self, question_id: str | None) -> None:
        """Outline the question an error is about, and scroll it into view."""
        for qid, widget in self.questions.items():
            widget.mark_error(qid == question_id)
        if question_id in self.questions:
            self.ensureWidgetVisible(self.questions[question_id])
