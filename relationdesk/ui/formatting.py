"""Dates and numbers through QLocale, so each language shows them its own way."""

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QLocale


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
