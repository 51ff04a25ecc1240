"""The Follow-ups page's dialogs and panels: logging a contact, the contacts made with a
client, exporting planned sessions to a calendar file, and how a letter is dated.

The contact dialog asks how it went, when, and for a short note. The time starts at now
and may be set back (a call made earlier in the day); whatever the service refuses is
said under the field it is about. "Booked" and "Declined" close the follow-up; the dialog
says so, since the row then leaves the list.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError, ValidationError
from clinicdesk.rules.recalls import CLOSING_OUTCOMES, OUTCOMES
from clinicdesk.services import calendar_export, follow_ups
from clinicdesk.services.follow_ups import ContactRecord, DueFollowUp
from clinicdesk.ui.errors import error_label, message_for, show_beside_field, show_error
from clinicdesk.ui.follow_ups_model import outcome_name
from clinicdesk.ui.formatting import date_format, format_date, format_datetime
from clinicdesk.ui.patch_test_panel import date_time_edit, to_utc
from clinicdesk.ui.practice_handle import PracticeHandle

if TYPE_CHECKING:
    from clinicdesk.services.practice import Practice

NOTE_HEIGHT = 90
CALENDAR_DAYS = 90  # what the export offers at first: the next three months


def letter_date(language: str, day: date) -> str:
    """The day as a letter is dated in `language`: "23 listopada 2026", "2026年11月23日"."""
    locale = QLocale("en_GB" if language == "en" else language)
    fmt = locale.dateFormat(QLocale.FormatType.LongFormat).replace("dddd", "").strip(" ,")
    return locale.toString(QDate(day.year, day.month, day.day), fmt)


class CalendarRangeDialog(QDialog):
    """The days whose planned sessions go to the calendar file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export planned sessions"))
        today = QDate.currentDate()
        self.from_day, self.to_day = QDateEdit(today), QDateEdit(today.addDays(CALENDAR_DAYS))
        for edit in (self.from_day, self.to_day):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
        form = QFormLayout(self)
        form.addRow(
            QLabel(self.tr("Sessions of the plans agreed with clients, one event per day."))
        )
        form.addRow(self.tr("From"), self.from_day)
        form.addRow(self.tr("To"), self.to_day)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def days(self) -> tuple[date, date]:
        return self.from_day.date().toPython(), self.to_day.date().toPython()  # type: ignore[return-value]

    def save(self, practice: Practice) -> bool:
        """The planned sessions of the chosen days, saved where the practitioner says."""
        parent = self.parentWidget()
        from_day, to_day = self.days()
        try:
            ics = calendar_export.planned_sessions_calendar(
                practice,
                from_day=from_day,
                to_day=to_day,
                summary=self.tr("{client} — {treatment} (session {number} of {sessions})"),
            )
        except ClinicDeskError as error:
            QMessageBox.warning(parent, self.tr("Not exported"), message_for(error))
            return False
        path, _ = QFileDialog.getSaveFileName(
            parent,
            self.tr("Save the calendar"),
            f"planned-sessions-{from_day.isoformat()}.ics",
            self.tr("Calendar files (*.ics)"),
        )
        if not path:
            return False
        if not path.lower().endswith(".ics"):
            path += ".ics"
        try:
            with open(path, "wb") as handle:  # noqa: PTH123 - the place the person chose
                handle.write(ics)
        except OSError as exc:
            QMessageBox.warning(
                parent,
                self.tr("Not saved"),
                self.tr("The calendar could not be saved: %1").replace(
                    "%1", exc.strerror or str(exc)
                ),
            )
            return False
        return True


def export_planned_sessions(parent: QWidget, handle: PracticeHandle) -> bool:
    """Ask for the days, then for where to save the .ics file; whether it was saved."""
    dialog = CalendarRangeDialog(parent)
    handle.locked.connect(dialog.reject)  # a modal dialog would block the unlock form
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted and dialog.save(handle.practice)
    finally:
        dialog.deleteLater()


class ContactDialog(QDialog):
    def __init__(
        self,
        handle: PracticeHandle,
        recall: DueFollowUp,
        *,
        client_name: str,
        treatment: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self._handle = handle
        self.recall = recall
        self.record: ContactRecord | None = None
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.outcome = QComboBox()
        self.outcome.setObjectName("contactOutcome")
        self.contacted_at = date_time_edit("contactAt")
        self.note = QPlainTextEdit()
        self.note.setObjectName("contactNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(NOTE_HEIGHT)
        self.closing = QLabel()
        self.closing.setWordWrap(True)
        self.closing.setStyleSheet("color: #52606d;")
        self.errors = {
            name: error_label(name) for name in ("outcome", "contacted_at", "note", "other")
        }
        self.labels = {name: QLabel() for name in ("outcome", "contacted_at", "note")}
        form = QFormLayout()
        form.addRow(self.about)
        for name, field in (
            ("outcome", self.outcome),
            ("contacted_at", self.contacted_at),
            ("note", self.note),
        ):
            form.addRow(self.labels[name], field)
            form.addRow("", self.errors[name])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.closing)
        layout.addWidget(self.errors["other"])
        layout.addWidget(self.buttons)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._client_name, self._treatment = client_name, treatment
        self.retranslate()
        self.setMinimumWidth(480)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log a contact"))
        self.about.setText(
            self.tr("%1 — %2, treated on %3")
            .replace("%1", self._client_name)
            .replace("%2", self._treatment)
            .replace("%3", format_date(self.recall.treated_on))
        )
        self.labels["outcome"].setText(self.tr("Outcome"))
        self.labels["contacted_at"].setText(self.tr("When"))
        self.labels["note"].setText(self.tr("Note"))
        chosen = self.outcome.currentData()
        self.outcome.blockSignals(True)
        self.outcome.clear()
        self.outcome.addItem(self.tr("Choose…"), None)
        for outcome in OUTCOMES:
            self.outcome.addItem(outcome_name(outcome), outcome)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(chosen)))
        self.outcome.blockSignals(False)
        self.note.setPlaceholderText(self.tr("Optional: what was said, when to try again"))
        self._outcome_changed()

    def _outcome_changed(self) -> None:
        closes = self.outcome.currentData() in CLOSING_OUTCOMES
        self.closing.setText(
            self.tr("This closes the follow-up: it leaves the list.") if closes else ""
        )

    def choose(self, outcome: str) -> None:
        self.outcome.setCurrentIndex(self.outcome.findData(outcome))

    def accept(self) -> None:
        for label in self.errors.values():
            label.hide()
        try:
            self.record = follow_ups.record_contact(
                self._handle.practice,
                client_id=self.recall.client_id,
                recall_id=self.recall.rule.id,
                treated_on=self.recall.treated_on,
                outcome=self.outcome.currentData() or "",
                note=self.note.toPlainText(),
                contacted_at=to_utc(self.contacted_at.dateTime()),
            )
        except ValidationError as error:
            show_beside_field(self.errors, error, "other")
            return
        except ClinicDeskError as error:
            show_error(self, error)
            return
        super().accept()


class ContactHistory(QWidget):
    """The contacts made with one client about any of their follow-ups, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("contactHistory")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Contacts with this client"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Treatment"), self.tr("Outcome"), self.tr("By"),
             self.tr("Note")]
        )  # fmt: skip

    def show_log(self, log: Sequence[ContactRecord], family_names: Mapping[str, str]) -> None:
        rules = follow_ups.rules_by_id()
        self.table.setRowCount(len(log))
        for line, contact in enumerate(log):
            rule = rules.get(contact.recall_id)
            family = rule.family if rule else contact.recall_id
            cells = (
                format_datetime(contact.contacted_at), family_names.get(family, family),
                outcome_name(contact.outcome), contact.actor, contact.note,
            )  # fmt: skip
            for column, text in enumerate(cells):
                self.table.setItem(line, column, QTableWidgetItem(text))
