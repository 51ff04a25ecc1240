"""Where an open session stands, said at both ends of its dialog: a coloured banner at the
top (a draft, signed off, being corrected, or held back by the screening), and at the
foot only the buttons that fit that state, with the reason for a correction asked above
them while one is made.

Both take the same three facts (the record, whether it is being corrected, whether the
screening blocks it), so what the banner says and what the buttons offer cannot disagree.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.services.sessions import SessionRecord
from clinicdesk.ui.errors import error_label
from clinicdesk.ui.formatting import format_datetime
from clinicdesk.ui.session_texts import status_name

BANNERS = {
    "draft": ("#e8f1fb", "#1d4f80"),
    "final": ("#e9f7ef", "#1e6b34"),
    "correcting": ("#fff4e5", "#7a4b00"),
}
# Left of the gap: an adverse event, the session's photos and the printouts; right of it:
# what moves the note along, then Close.
LEFT_BUTTONS = ("event", "photos", "aftercare", "summary")
RIGHT_BUTTONS = (
    "discard",
    "correct",
    "cancel_correction",
    "save_correction",
    "save",
    "sign",
    "close",
)


class SessionBanner(QLabel):
    """The session's status and what it means for what can still be done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionBanner")
        self.setWordWrap(True)

    def show_state(self, record: SessionRecord, *, correcting: bool, blocked: bool) -> None:
        if correcting:
            state, text = (
                "correcting",
                self.tr(
                    "Correcting a signed-off session: change what was wrong and say why. The "
                    "original stays in the record beside the correction."
                ),
            )
        elif record.final:
            state = "final"
            text = self.tr("Signed off on %1 by %2. It can only be corrected, with a reason.")
            text = text.replace("%1", format_datetime(record.signed_off_at or record.updated_at))
            text = text.replace("%2", record.practitioner)
        elif blocked:
            state, text = (
                "correcting",
                self.tr(
                    "The screening blocks this treatment: record a reason above to go ahead, or "
                    "discard the draft and do not treat."
                ),
            )
        else:
            state, text = "draft", self.tr("Draft: saved as you go, final once signed off.")
        background, foreground = BANNERS[state]
        self.setText(f"<b>{status_name(record.status)}</b> — {escape(text)}")
        self.setStyleSheet(
            f"background:{background}; color:{foreground}; padding:6px; border-radius:4px;"
        )


class SessionFooter(QWidget):
    """The dialog's buttons by name (the dialog connects them), and the correction's reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reason_label = QLabel()
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("correctionReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(60)
        self.reason_error = error_label("reason")
        self.buttons: dict[str, QPushButton] = {}
        for name in (*LEFT_BUTTONS, *RIGHT_BUTTONS):
            self.buttons[name] = QPushButton()
            self.buttons[name].setObjectName(f"session_{name}")
        row = QHBoxLayout()
        for name in LEFT_BUTTONS:
            row.addWidget(self.buttons[name])
        row.addStretch(1)
        for name in RIGHT_BUTTONS:
            row.addWidget(self.buttons[name])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.reason_error)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "event": self.tr("Adverse event…"),
            "photos": self.tr("Photos…"),
            "aftercare": self.tr("Print aftercare sheet…"),
            "summary": self.tr("Print session record…"),
            "discard": self.tr("Discard draft"),
            "save": self.tr("Save draft"),
            "sign": self.tr("Sign off…"),
            "correct": self.tr("Correct…"),
            "cancel_correction": self.tr("Cancel correction"),
            "save_correction": self.tr("Save correction"),
            "close": self.tr("Close"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.reason_label.setText(self.tr("Why is this corrected?"))

    def show_state(self, record: SessionRecord, *, correcting: bool, blocked: bool) -> None:
        draft = not record.final
        visible = {
            "discard": draft, "save": draft and not blocked, "sign": draft and not blocked,
            "correct": record.final and not correcting, "cancel_correction": correcting,
            "save_correction": correcting, "close": not correcting, "event": True,
            "photos": not correcting,
            "aftercare": not blocked, "summary": not correcting,
        }  # fmt: skip
        for name, shown in visible.items():
            self.buttons[name].setVisible(shown)
        for widget in (self.reason_label, self.reason):
            widget.setVisible(correcting)
        self.reason_error.hide()
