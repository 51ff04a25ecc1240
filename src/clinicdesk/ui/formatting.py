"""Dates, times and ages as the practitioner reads them: local time, 24-hour
clock, four-digit years, in the interface language's order."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTimeZone


def date_format(locale: QLocale | None = None) -> str:
    # The locale's (the interface's by default) short format, but never a two-digit year.
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def format_datetime(value: datetime) -> str:
    """A UTC datetime shown in local time, 24-hour."""
    utc = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.utc())
    local = utc.toLocalTime()
    return QLocale().toString(local, f"{date_format()} HH:mm")
