"""Client self-intake: the device handed to the client, who answers the health questionnaire.

The kiosk covers the screen, in the client's language, with large controls; nothing of
the practice is visible and nothing else can be reached: it is application-modal, has no
window frame, ignores Escape and refuses to close until the practitioner types the
passphrase. The answers do not touch the history: they wait as a pending submission
that the practitioner reviews and accepts on the client's record.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError, ValidationError, WrongSecret
from clinicdesk.services import intake
from clinicdesk.ui.errors import message_for
from clinicdesk.ui.i18n import LANGUAGES, Translators
from clinicdesk.ui.practice_handle import PracticeHandle
from clinicdesk.ui.questionnaire_form import QuestionnaireForm
from clinicdesk.ui.unlock import retry_delay


class KioskWindow(QWidget):
    submitted = Signal(int)  # the pending submission's id
    released = Signal()

    def __init__(
        self,
        handle: PracticeHandle,
        *,
        client_id: int,
        greeting_name: str,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("kiosk")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        self._handle = handle
        self._client_id = client_id
        self._greeting_name = greeting_name
        self._released = False
        self._failures = 0
        self._return_to = 0
        self.language = language if language in LANGUAGES else "en"
        # Laid over the practitioner's language while the kiosk is open.
        self._client_language = Translators()
        self._client_language.install(self.language, set_locale=False)

        self.language_buttons: dict[str, QPushButton] = {}
        languages = QHBoxLayout()
        for code, name in LANGUAGES.items():
            button = QPushButton(name)
            button.setObjectName(f"kioskLanguage_{code}")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, c=code: self.set_language(c))
            self.language_buttons[code] = button
            languages.addWidget(button)
        languages.addStretch(1)
        self.hand_back = QPushButton()
        self.hand_back.setObjectName("kioskHandBack")
        self.hand_back.clicked.connect(self._ask_passphrase)
        languages.addWidget(self.hand_back)

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 28px; font-weight: 700;")
        self.title.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form = QuestionnaireForm(self.language, large=True)
        self.declaration = QLabel()
        self.declaration.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("kioskError")
        self.error.setStyleSheet("color: #b00020; font-size: 18px;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.send = QPushButton()
        self.send.setObjectName("kioskSend")
        self.send.setMinimumHeight(56)
        self.send.clicked.connect(self.submit)
        questions = QWidget()
        column = QVBoxLayout(questions)
        for widget in (self.title, self.intro, self.form, self.declaration, self.error, self.send):
            column.addWidget(widget, 1 if widget is self.form else 0)

        self.thanks = QLabel()
        self.thanks.setObjectName("kioskThanks")
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks.setWordWrap(True)
        self.thanks.setStyleSheet("font-size: 28px;")

        self.passphrase_prompt = QLabel()
        self.passphrase_prompt.setStyleSheet("font-size: 20px;")
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("kioskPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMinimumHeight(44)
        self.passphrase.returnPressed.connect(self._check_passphrase)
        self.passphrase_message = QLabel()
        self.passphrase_message.setObjectName("kioskPassphraseMessage")
        self.passphrase_message.setStyleSheet("color: #b00020; font-size: 18px;")
        self.back_to_questions = QPushButton()
        self.back_to_questions.clicked.connect(self._back)
        practitioner = QWidget()
        gate = QVBoxLayout(practitioner)
        gate.addStretch(1)
        for widget in (
            self.passphrase_prompt,
            self.passphrase,
            self.passphrase_message,
            self.back_to_questions,
        ):
            gate.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        gate.addStretch(2)

        self.pages = QStackedWidget()
        for page in (questions, self.thanks, practitioner):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 24)
        layout.addLayout(languages)
        layout.addWidget(self.pages, 1)
        self.setStyleSheet(
            "QPushButton { font-size: 18px; padding: 8px 16px; } QLabel { font-size: 18px; }"
        )
        handle.locked.connect(self.hide)
        handle.unlocked.connect(self._show_again)
        self.retranslate()

    # -- language ----------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.language = language
        self._client_language.install(language, set_locale=False)
        self.form.set_language(language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for code, button in self.language_buttons.items():
            button.setChecked(code == self.language)
        self.hand_back.setText(self.tr("For the practitioner"))
        questionnaire = self.form.questionnaire
        self.title.setText(self.tr("Welcome, %1").replace("%1", self._greeting_name))
        self.intro.setText(questionnaire.intro_text(self.language))
        self.declaration.setText(questionnaire.declaration_text(self.language))
        self.send.setText(self.tr("Send my answers"))
        self.thanks.setText(self.tr("Thank you. Please hand the device back to your practitioner."))
        self.passphrase_prompt.setText(self.tr("Practitioner: type the passphrase to leave."))
        self.back_to_questions.setText(self.tr("Back"))

    # -- answering ---------------------------------------------------------------------------

    def submit(self) -> bool:
        """Keep the answers as a pending submission; True once they are saved."""
        answers = self.form.answers()
        if not answers:
            self.error.setText(self.tr("Answer at least one question before sending."))
            self.error.show()
            return False
        try:
            submission = intake.submit(
                self._handle.practice,
                client_id=self._client_id,
                language=self.language,
                answers=answers,
            )
        except ValidationError as error:
            self.form.show_problem(error.field)
            self.error.setText(message_for(error))
            self.error.show()
            return False
        except ClinicDeskError as error:
            self.error.setText(message_for(error))
            self.error.show()
            return False
        self.error.hide()
        self.submitted.emit(submission.id)
        self.pages.setCurrentWidget(self.thanks)
        return True

    # -- leaving -----------------------------------------------------------------------------

    def _ask_passphrase(self) -> None:
        self._return_to = self.pages.currentIndex()
        self.passphrase_message.clear()
        self.pages.setCurrentIndex(2)
        self.passphrase.setFocus()

    def _back(self) -> None:
        self.passphrase.clear()
        self.pages.setCurrentIndex(self._return_to)

    def _check_passphrase(self) -> None:
        typed = self.passphrase.text()
        self.passphrase.clear()
        if not typed or not self.passphrase.isEnabled():
            return
        try:
            self._handle.practice.check_passphrase(typed)
        except WrongSecret as error:
            self._failures += 1
            self.passphrase_message.setText(message_for(error))
            delay = retry_delay(self._failures)
            if delay:
                self.passphrase.setEnabled(False)
                QTimer.singleShot(delay * 1000, lambda: self.passphrase.setEnabled(True))
            return
        # Keep what the client answered before they were interrupted.
        unsent = self.pages.widget(self._return_to) is not self.thanks and self.form.answers()
        if unsent and not self.submit():
            return
        self.release()

    def release(self) -> None:
        self._released = True
        self._client_language.remove()
        self.released.emit()
        self.close()

    def _show_again(self) -> None:
        if not self._released:
            self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # Escape must not close anything here
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._released:
            event.accept()
        else:
            event.ignore()
