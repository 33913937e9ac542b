"""Dates and numbers through QLocale, so each language shows them its own way."""

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale


def qdate(day: date) -> QDate:
    """A Python date as a QDate (field by field: not every PySide6 takes a date)."""
    return QDate(day.year, day.month, day.day)


def local_datetime(moment: datetime) -> QDateTime:
    """A stored UTC moment as the user's local time."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return QDateTime.fromSecsSinceEpoch(int(aware.timestamp())).toLocalTime()


def short_date(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return QLocale().toString(local_datetime(moment).date(), QLocale.FormatType.ShortFormat)


def short_datetime(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return QLocale().toString(local_datetime(moment), QLocale.FormatType.ShortFormat)
