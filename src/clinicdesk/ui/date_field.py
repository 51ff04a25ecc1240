"""A date that may be left unknown, typed or picked from a calendar."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from clinicdesk.ui.client_editor import parse_date
from clinicdesk.ui.formatting import format_date


class DateField(QWidget):
    """A date typed or picked from a calendar, or left empty when it is not known.

    Typed rather than spun: a spin-box date editor turns an impossible "31/02" into
    some other valid day without a word; here it stays as typed and is refused.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.calendar = QCalendarWidget()
        self.calendar.setMaximumDate(QDate.currentDate())
        self.calendar.clicked.connect(self._picked)
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._calendar_at_value)
        self.pick = QToolButton()
        self.pick.setMenu(menu)
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.pick)

    def _calendar_at_value(self) -> None:
        value = self.value()
        self.calendar.setSelectedDate(
            QDate(value.year, value.month, value.day) if value else QDate.currentDate()
        )

    def _picked(self, day: QDate) -> None:
        self.set_value(date(day.year(), day.month(), day.day()))
        self.pick.menu().hide()

    def set_value(self, value: date | None) -> None:
        self.edit.setText(format_date(value))

    def text(self) -> str:
        return self.edit.text().strip()

    def value(self) -> date | None:
        """The date, or None when left empty (or when what is typed is not a date)."""
        return parse_date(self.text()) if self.text() else None

    def is_date(self) -> bool:
        return not self.text() or self.value() is not None


_TIME = re.compile(r"\s*([01]?\d|2[0-3])\s*[:.hH]\s*([0-5]\d)\s*")


def parse_time(text: str) -> time | None:
    """A 24-hour time typed as 14:30, 14.30 or 14h30; None if it is not one."""
    found = _TIME.fullmatch(text)
    return time(int(found[1]), int(found[2])) if found else None


class DateTimeField(QWidget):
    """A day and a 24-hour time, both typed (the day may be picked from a calendar)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = DateField()
        self.time = QLineEdit()
        self.time.setMaximumWidth(80)
        self.time.setPlaceholderText(self.tr("HH:MM"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.day, 1)
        layout.addWidget(self.time)

    def set_value(self, moment: datetime) -> None:
        local = moment.astimezone()
        self.day.set_value(local.date())
        self.time.setText(local.strftime("%H:%M"))

    def value(self) -> datetime | None:
        """The moment typed, in this computer's time zone; None if it is not one."""
        day, moment = parse_date(self.day.text()), parse_time(self.time.text())
        if day is None or moment is None:
            return None
        return datetime.combine(day, moment).astimezone()

    def problem(self) -> str:
        """What to say beside the field when `value()` is None."""
        return self.tr("Type the date and the time (24-hour, e.g. 14:30).")
