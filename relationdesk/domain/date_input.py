"""Reading a date as a person types it: "12/11/26" in the order of their locale,
"2026-11-12", "fri", "+3d", "tomorrow" (and the same words in their language).

Pure Python, so the rule is tested without Qt; the date fields (ui/shared/date_field.py)
pass the locale's order and the translated words.
"""

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from relationdesk.domain.text import fold


class FieldOrder(StrEnum):
    """Which number comes first in a locale's short date."""

    DMY = "DMY"  # 12/11/26 is 12 November (it, id, ro, en_GB)
    MDY = "MDY"  # 12/11/26 is December 11 (en_US)
    YMD = "YMD"  # 26/11/12 (ISO, Chinese, Japanese…)


@dataclass(frozen=True)
class DateWords:
    """The relative words of one language, each a list of accepted spellings."""

    today: tuple[str, ...]
    tomorrow: tuple[str, ...]
    yesterday: tuple[str, ...]
    weekdays: tuple[tuple[str, ...], ...]  # Monday first; names and abbreviations
    days: tuple[str, ...]  # units after a number: "+3d", "+3 days"
    weeks: tuple[str, ...]
    months: tuple[str, ...]


ENGLISH = DateWords(
    today=("today",),
    tomorrow=("tomorrow", "tmr"),
    yesterday=("yesterday",),
    weekdays=(
        ("monday", "mon"),
        ("tuesday", "tue", "tues"),
        ("wednesday", "wed"),
        ("thursday", "thu", "thur", "thurs"),
        ("friday", "fri"),
        ("saturday", "sat"),
        ("sunday", "sun"),
    ),
    days=("d", "day", "days"),
    weeks=("w", "wk", "week", "weeks"),
    months=("m", "mo", "month", "months"),
)

_NUMBERS = re.compile(r"\d+(?:[./\-\s]+\d+)*")
_SPLIT = re.compile(r"[./\-\s]+")
_OFFSET = re.compile(r"([+-]?)\s*(\d{1,4})\s*([^\d\s].*)?")
_MIN_PREFIX = 2  # "fr" is Friday; a single letter is too often something else


def parse_date(
    text: str,
    today: date,
    order: FieldOrder = FieldOrder.DMY,
    languages: tuple[DateWords, ...] = (ENGLISH,),
) -> date | None:
    """The date `text` means, or None. Words are tried in the given languages in turn
    (the user's first, English last), so a unit letter means what it means to the user."""
    typed = fold(text)
    if not typed:
        return None
    if _NUMBERS.fullmatch(typed) and not typed.startswith(("+", "-")):
        return _numeric(typed, today, order)
    for words in languages:
        found = _relative(typed, today, words)
        if found is not None:
            return found
    return None


def _numeric(typed: str, today: date, order: FieldOrder) -> date | None:
    pieces = _SPLIT.split(typed)
    numbers = [int(piece) for piece in pieces]
    if len(pieces) == 3:
        if len(pieces[0]) == 4 or order is FieldOrder.YMD:  # 2026-11-12 in any locale
            year_at, month_at, day_at = 0, 1, 2
        elif order is FieldOrder.MDY:
            year_at, month_at, day_at = 2, 0, 1
        else:
            year_at, month_at, day_at = 2, 1, 0
        year = numbers[year_at]
        if len(pieces[year_at]) <= 2:
            year = _full_year(year, today)
        month, day = numbers[month_at], numbers[day_at]
    elif len(pieces) == 2:  # day and month, this year
        year = today.year
        day, month = numbers if order is FieldOrder.DMY else reversed(numbers)
    elif len(pieces) == 1 and len(pieces[0]) <= 2:  # a day of this month
        year, month, day = today.year, today.month, numbers[0]
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _full_year(year: int, today: date) -> int:
    """"26" is 2026; "98" is 1998 (a year more than 20 ahead is taken from last century)."""
    if year >= 100:
        return year
    full = today.year // 100 * 100 + year
    return full - 100 if full > today.year + 20 else full


def _relative(typed: str, today: date, words: DateWords) -> date | None:
    for spellings, days in (
        (words.today, 0),
        (words.tomorrow, 1),
        (words.yesterday, -1),
    ):
        if typed in (fold(spelling) for spelling in spellings):
            return today + timedelta(days=days)
    offset = _OFFSET.fullmatch(typed)
    if offset is not None:
        return _shifted(offset, today, words)
    return _weekday(typed, today, words)


def _shifted(match: re.Match[str], today: date, words: DateWords) -> date | None:
    sign, amount_text, unit_text = match.groups()
    unit = fold(unit_text or "")
    if not sign and not unit:
        return None
    amount = int(amount_text) * (-1 if sign == "-" else 1)
    if not unit or unit in (fold(word) for word in words.days):
        return today + timedelta(days=amount)
    if unit in (fold(word) for word in words.weeks):
        return today + timedelta(weeks=amount)
    if unit in (fold(word) for word in words.months):
        return _add_months(today, amount)
    return None


def _add_months(day: date, months: int) -> date:
    """The same day `months` later; the 31st becomes the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def _weekday(typed: str, today: date, words: DateWords) -> date | None:
    """The next such weekday after today ("fri" on a Friday is a week ahead)."""
    if len(typed) < _MIN_PREFIX:
        return None
    matches = {
        number
        for number, spellings in enumerate(words.weekdays)
        for spelling in spellings
        if fold(spelling).startswith(typed)
    }
    if len(matches) != 1:
        return None
    ahead = (matches.pop() - today.weekday() - 1) % 7 + 1
    return today + timedelta(days=ahead)
