"""A new passphrase typed twice, with a strength hint under it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from clinicdesk.rules.passphrase import MIN_PASSPHRASE_LENGTH, Strength, strength

STRENGTH_COLOURS = {
    Strength.TOO_SHORT: "#8a1c1c",
    Strength.WEAK: "#8a1c1c",
    Strength.FAIR: "#7a4b00",
    Strength.GOOD: "#1e6b34",
    Strength.STRONG: "#1e6b34",
}


class NewPassphraseFields(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setObjectName("newPassphrase")
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setObjectName("repeatPassphrase")
        self.hint = QLabel()
        self.hint.setObjectName("passphraseHint")
        self.hint.setWordWrap(True)
        self._first_label, self._second_label = QLabel(), QLabel()
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self._first_label, self.first)
        layout.addRow(self._second_label, self.second)
        layout.addRow("", self.hint)
        for field in (self.first, self.second):
            field.textChanged.connect(self._update)
        self.retranslate()

    def retranslate(self) -> None:
        self._first_label.setText(self.tr("New passphrase"))
        self._second_label.setText(self.tr("Type it again"))
        self._update()

    @property
    def passphrase(self) -> str:
        return self.first.text()

    def acceptable(self) -> bool:
        return (
            strength(self.first.text(), MIN_PASSPHRASE_LENGTH) > Strength.TOO_SHORT
            and self.first.text() == self.second.text()
        )

    def _update(self) -> None:
        level = strength(self.first.text(), MIN_PASSPHRASE_LENGTH)
        texts = {
            Strength.TOO_SHORT: self.tr(
                "At least %n characters. A short sentence you will remember is best.",
                "",
                MIN_PASSPHRASE_LENGTH,
            ),
            Strength.WEAK: self.tr("Weak: easy to guess. Add more words."),
            Strength.FAIR: self.tr("Fair. A few more words would make it strong."),
            Strength.GOOD: self.tr("Good."),
            Strength.STRONG: self.tr("Strong."),
        }
        text = texts[level]
        if self.second.text() and self.second.text() != self.first.text():
            text += " " + self.tr("The two passphrases are not the same yet.")
        self.hint.setText(text)
        self.hint.setStyleSheet(f"color: {STRENGTH_COLOURS[level]};")
        self.changed.emit()
