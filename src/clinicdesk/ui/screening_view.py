"""What the screening found for one treatment, and the way to let a relative block through.

Shown live in the consultation wizard as treatments are considered. Each finding carries
its level in words and colour: absolute (the treatment cannot go ahead), relative (only
with a reason recorded here), caution (read it). A reason is asked for in a dialog that
will not accept fewer than ten characters, and is recorded and audited at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from clinicdesk.rules.screening import Level
from clinicdesk.services import screening
from clinicdesk.ui.errors import message_for
from clinicdesk.ui.i18n import current_language
from clinicdesk.ui.patch_test_texts import problem_text

LEVEL_COLOURS = {
    "absolute": ("#fdecea", "#8a1c1c"),
    "relative": ("#fff4e5", "#7a4b00"),
    "caution": ("#e8f1fb", "#1d4f80"),
    "clear": ("#e9f7ef", "#1e6b34"),
    "overridden": ("#f0f0f0", "#3e4c59"),
}
LEVEL_NAMES = {
    "absolute": QT_TRANSLATE_NOOP("ScreeningView", "Absolute: cannot go ahead"),
    "relative": QT_TRANSLATE_NOOP("ScreeningView", "Relative: needs a reason"),
    "caution": QT_TRANSLATE_NOOP("ScreeningView", "Caution"),
    "overridden": QT_TRANSLATE_NOOP("ScreeningView", "Let through with a reason"),
}


def level_name(level: str) -> str:
    return QCoreApplication.translate("ScreeningView", LEVEL_NAMES[level])


class ReasonDialog(QDialog):
    """Asks why a relative block may be let through; records it through `record`."""

    def __init__(self, finding_text: str, record: Callable[[str], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("overrideReasonDialog")
        self._record = record
        self.setWindowTitle(self.tr("Reason to go ahead"))
        warning = QLabel(finding_text)
        warning.setWordWrap(True)
        self.prompt = QLabel(
            self.tr(
                "Write why the treatment can go ahead despite this warning, for example what "
                "you checked or who advised it. The reason is kept in the client's record."
            )
        )
        self.prompt.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("overrideReason")
        self.reason.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setObjectName("overrideError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record the reason"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (warning, self.prompt, self.reason, self.error, buttons):
            layout.addWidget(widget)
        self.resize(520, 320)

    def accept(self) -> None:
        try:
            self._record(self.reason.toPlainText())
        except ValidationError as error:
            self.error.setText(message_for(error))
            self.error.show()
            return
        super().accept()


class ScreeningView(QFrame):
    """One treatment's screening: a heading with the outcome, then each finding."""

    overridden = Signal()

    def __init__(self, family: str, family_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.family = family
        self.family_name = family_name
        self.setObjectName(f"screening_{family}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.result: screening.Screening | None = None
        self._outer = QVBoxLayout(self)
        self._body: QWidget | None = None
        self._layout = QVBoxLayout()
        self._override: Callable[[str, str, str], None] | None = None

    def show_screening(
        self, result: screening.Screening, override: Callable[[str, str, str], None] | None
    ) -> None:
        """Lay out `result`; `override(rule_id, level, reason)` records a reason, if allowed.

        A treatment ruled out is not offered reasons for its lesser blocks: no reason
        could let it go ahead.
        """
        self.result = result
        self._override = None if result.absolute else override
        # A fresh panel each time: taking items out of a layout hands them to Python,
        # and deleting them from both sides corrupts memory.
        if self._body is not None:
            self._body.hide()
            self._body.deleteLater()
        self._body = QWidget(self)
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._outer.addWidget(self._body)
        heading = QLabel()
        heading.setObjectName("screeningOutcome")
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: 700;")
        if result.absolute:
            outcome = self.tr("%1: ruled out").replace("%1", self.family_name)
        elif result.needs_override():
            outcome = self.tr("%1: blocked until a reason is recorded").replace(
                "%1", self.family_name
            )
        elif result.findings or result.patch_test:
            outcome = self.tr("%1: can go ahead, read the notes").replace("%1", self.family_name)
        else:
            outcome = self.tr("%1: nothing in the history stands in the way").replace(
                "%1", self.family_name
            )
        heading.setText(outcome)
        self._layout.addWidget(heading)
        language = current_language()
        for finding in result.findings:
            level = finding.level.value
            if finding.level is Level.RELATIVE and finding.rule.id in result.overridden:
                level = "overridden"
            self._add_line(finding.rule.id, level, finding.message(language), finding.level)
        if result.patch_test is not None:
            level = result.patch_test.level
            if level == "relative" and screening.PATCH_TEST_RULE in result.overridden:
                level = "overridden"
            self._add_line(
                screening.PATCH_TEST_RULE,
                level,
                problem_text(result.patch_test),
                Level(result.patch_test.level),
            )

    def _add_line(self, rule_id: str, level: str, message: str, rule_level: Level) -> None:
        background, foreground = LEVEL_COLOURS[level]
        line = QHBoxLayout()
        label = QLabel(f"<b>{level_name(level)}</b> — {message}")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setObjectName(f"finding_{rule_id}")
        label.setWordWrap(True)
        label.setStyleSheet(
            f"background:{background}; color:{foreground}; padding:6px; border-radius:4px;"
        )
        line.addWidget(label, 1)
        if level == "relative" and self._override is not None:
            button = QPushButton(self.tr("Record a reason…"))
            button.setObjectName(f"override_{rule_id}")
            button.clicked.connect(
                lambda _=False, r=rule_id, m=message, lv=rule_level: self._ask_reason(r, m, lv)
            )
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addLayout(line)

    def _ask_reason(self, rule_id: str, message: str, level: Level) -> None:
        override = self._override
        assert override is not None

        def record(reason: str) -> None:
            override(rule_id, level.value, reason)

        dialog = ReasonDialog(message, record, self)
        dialog.accepted.connect(self.overridden.emit)
        dialog.open()
