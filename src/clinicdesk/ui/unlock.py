"""Unlocking: the passphrase, or the recovery key and a new passphrase.

A wrong passphrase says so and makes the next attempt wait a little longer
each time. A damaged header or database, a newer version's data or a folder
already in use each get their own message; none of them is called a wrong
passphrase.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError, WrongSecret
from clinicdesk.ui.errors import message_for, show_error
from clinicdesk.ui.passphrase_fields import NewPassphraseFields

if TYPE_CHECKING:  # the services load in the background while the passphrase is typed
    from clinicdesk.services.practice import Practice

MAX_DELAY_SECONDS = 30
Opener = Callable[..., "Practice"]  # opener(passphrase=...) or opener(recovery_key=...)


def retry_delay(failures: int) -> int:
    """Seconds to wait before the next attempt: 0, 1, 2, 4, ... up to 30."""
    return 0 if failures <= 0 else min(2 ** (failures - 1), MAX_DELAY_SECONDS)


class UnlockForm(QWidget):
    unlocked = Signal(object)  # Practice

    def __init__(self, opener: Opener, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._opener = opener
        self._failures = 0
        self._wait_left = 0
        self._wait_timer = QTimer(self, interval=1000)
        self._wait_timer.timeout.connect(self._tick)

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.returnPressed.connect(self._unlock_with_passphrase)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock_with_passphrase)
        self.forgot_button = QPushButton()
        self.forgot_button.setFlat(True)
        self.forgot_button.setObjectName("forgotButton")
        self.forgot_button.clicked.connect(lambda: self._show_recovery(True))
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8a1c1c;")

        passphrase_page = QWidget()
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        page = QVBoxLayout(passphrase_page)
        page.setContentsMargins(0, 0, 0, 0)
        self.prompt = QLabel()
        page.addWidget(self.prompt)
        page.addLayout(row)
        forgot_row = QHBoxLayout()
        forgot_row.addWidget(self.forgot_button)
        forgot_row.addStretch(1)
        page.addLayout(forgot_row)

        self.recovery_key = QLineEdit()
        self.recovery_key.setObjectName("recoveryKey")
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.new_passphrase = NewPassphraseFields()
        self.recover_button = QPushButton()
        self.recover_button.setObjectName("recoverButton")
        self.recover_button.clicked.connect(self._unlock_with_recovery_key)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(lambda: self._show_recovery(False))
        recovery_page = QWidget()
        recovery = QVBoxLayout(recovery_page)
        recovery.setContentsMargins(0, 0, 0, 0)
        self.recovery_prompt = QLabel()
        self.recovery_prompt.setWordWrap(True)
        recovery.addWidget(self.recovery_prompt)
        recovery.addWidget(self.recovery_key)
        recovery.addWidget(self.new_passphrase)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.recover_button)
        recovery.addLayout(buttons)

        self.pages = QStackedWidget()
        self.pages.addWidget(passphrase_page)
        self.pages.addWidget(recovery_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.pages)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("ClinicDesk is locked"))
        self.prompt.setText(self.tr("Enter your passphrase to open the client file."))
        self.unlock_button.setText(self.tr("Unlock"))
        self.forgot_button.setText(self.tr("I forgot my passphrase"))
        self.recovery_prompt.setText(
            self.tr("Type the recovery key from your Recovery Sheet, then choose a new passphrase.")
        )
        self.recover_button.setText(self.tr("Unlock and set the new passphrase"))
        self.back_button.setText(self.tr("Back"))
        self.new_passphrase.retranslate()

    def reset(self) -> None:
        self.passphrase.clear()
        self.recovery_key.clear()
        self.message.clear()
        self._show_recovery(False)
        self.passphrase.setFocus()

    def _show_recovery(self, show: bool) -> None:
        self.pages.setCurrentIndex(1 if show else 0)
        self.message.clear()
        (self.recovery_key if show else self.passphrase).setFocus()

    # -- attempts -----------------------------------------------------------------------

    def _attempt(self, **secret: str) -> Practice | None:
        if self._wait_left:
            return None
        QGuiApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
        try:
            return self._opener(**secret)
        except WrongSecret as error:
            self._failures += 1
            self._wait(retry_delay(self._failures), message_for(error))
        except ClinicDeskError as error:
            self.message.setText(message_for(error))
        finally:
            QGuiApplication.restoreOverrideCursor()
        return None

    def _unlock_with_passphrase(self) -> None:
        if not self.passphrase.text():
            return
        practice = self._attempt(passphrase=self.passphrase.text())
        self.passphrase.clear()
        if practice is not None:
            self._failures = 0
            self.message.clear()
            self.unlocked.emit(practice)

    def _unlock_with_recovery_key(self) -> None:
        if not self.new_passphrase.acceptable():
            self.message.setText(
                self.tr("Choose a new passphrase first, typed the same way twice.")
            )
            return
        practice = self._attempt(recovery_key=self.recovery_key.text())
        if practice is None:
            return
        try:
            practice.change_passphrase(self.new_passphrase.passphrase)
        except ClinicDeskError as error:
            # The file is open either way; the practitioner must know the old passphrase stays.
            show_error(self, error)
        self._failures = 0
        self.message.clear()
        self.unlocked.emit(practice)

    def _wait(self, seconds: int, reason: str) -> None:
        self._reason = reason
        self._wait_left = seconds
        self._show_wait()
        if seconds:
            self.unlock_button.setEnabled(False)
            self.recover_button.setEnabled(False)
            self._wait_timer.start()

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._wait_left = 0
            self._wait_timer.stop()
            self.unlock_button.setEnabled(True)
            self.recover_button.setEnabled(True)
        self._show_wait()

    def _show_wait(self) -> None:
        text = self._reason
        if self._wait_left:
            text += " " + self.tr("You can try again in %n second(s).", "", self._wait_left)
        self.message.setText(text)


class UnlockDialog(QDialog):
    """The unlock form in a window of its own, at start-up."""

    def __init__(self, opener: Opener, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.practice: Practice | None = None
        self.form = UnlockForm(opener)
        self.form.unlocked.connect(self._done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.setWindowTitle("ClinicDesk")
        self.resize(480, 260)

    def _done(self, practice: Practice) -> None:
        self.practice = practice
        self.accept()
