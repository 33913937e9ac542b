"""Typed dates (issue 18, item 3): as typed in the locale's order, and relative words."""

from datetime import date

import pytest

from relationdesk.domain.date_input import ENGLISH, DateWords, FieldOrder, parse_date

TODAY = date(2026, 12, 9)  # a Wednesday

ITALIAN = DateWords(
    today=("oggi",),
    tomorrow=("domani",),
    yesterday=("ieri",),
    weekdays=(
        ("lunedì", "lun"),
        ("martedì", "mar"),
        ("mercoledì", "mer"),
        ("giovedì", "gio"),
        ("venerdì", "ven"),
        ("sabato", "sab"),
        ("domenica", "dom"),
    ),
    days=("g", "giorni"),
    weeks=("s", "settimane"),
    months=("m", "mesi"),
)
INDONESIAN = DateWords(
    today=("hari ini",),
    tomorrow=("besok",),
    yesterday=("kemarin",),
    weekdays=((),) * 7,
    days=("h", "hari"),
    weeks=("m", "minggu"),
    months=("b", "bulan"),
)


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("12/11/26", FieldOrder.DMY, date(2026, 11, 12)),  # the trap: not 12/10/11
        ("12/11/26", FieldOrder.MDY, date(2026, 12, 11)),
        ("12.11.2026", FieldOrder.DMY, date(2026, 11, 12)),
        ("12-11-2026", FieldOrder.DMY, date(2026, 11, 12)),
        ("2026-11-12", FieldOrder.MDY, date(2026, 11, 12)),  # ISO in any locale
        ("26/11/12", FieldOrder.YMD, date(2026, 11, 12)),
        ("1/2/98", FieldOrder.DMY, date(1998, 2, 1)),  # far ahead: last century
        ("12/11", FieldOrder.DMY, date(2026, 11, 12)),
        ("12/11", FieldOrder.MDY, date(2026, 12, 11)),
        ("15", FieldOrder.DMY, date(2026, 12, 15)),  # a day of this month
        (" 3 / 4 / 27 ", FieldOrder.DMY, date(2027, 4, 3)),
    ],
)
def test_numbers_in_the_locales_order(text: str, order: FieldOrder, expected: date) -> None:
    assert parse_date(text, TODAY, order) == expected


@pytest.mark.parametrize("text", ["31/02/26", "13/13/26", "", "   ", "12/11/26/1", "123", "soon"])
def test_what_is_not_a_date(text: str) -> None:
    assert parse_date(text, TODAY, FieldOrder.DMY) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", TODAY),
        ("Tomorrow", date(2026, 12, 10)),
        ("yesterday", date(2026, 12, 8)),
        ("fri", date(2026, 12, 11)),
        ("Friday", date(2026, 12, 11)),
        ("wed", date(2026, 12, 16)),  # today is Wednesday: next week's
        ("mon", date(2026, 12, 14)),
        ("+3d", date(2026, 12, 12)),
        ("+3", date(2026, 12, 12)),
        ("+ 3 days", date(2026, 12, 12)),
        ("-2d", date(2026, 12, 7)),
        ("+2w", date(2026, 12, 23)),
        ("+1m", date(2027, 1, 9)),
        ("3d", date(2026, 12, 12)),
    ],
)
def test_relative_words_in_english(text: str, expected: date) -> None:
    assert parse_date(text, TODAY, FieldOrder.MDY) == expected


def test_the_31st_plus_a_month_is_the_months_last_day() -> None:
    assert parse_date("+1m", date(2027, 1, 31)) == date(2027, 2, 28)


@pytest.mark.parametrize("text", ["t", "s", "+3x", "tu th"])
def test_ambiguous_or_unknown_words(text: str) -> None:
    assert parse_date(text, TODAY) is None


def test_the_users_language_first_then_english() -> None:
    languages = (ITALIAN, ENGLISH)
    assert parse_date("domani", TODAY, FieldOrder.DMY, languages) == date(2026, 12, 10)
    assert parse_date("venerdi", TODAY, FieldOrder.DMY, languages) == date(2026, 12, 11)
    assert parse_date("ven", TODAY, FieldOrder.DMY, languages) == date(2026, 12, 11)
    assert parse_date("+3g", TODAY, FieldOrder.DMY, languages) == date(2026, 12, 12)
    assert parse_date("tomorrow", TODAY, FieldOrder.DMY, languages) == date(2026, 12, 10)
    # "m" is weeks (minggu) to an Indonesian, months to an English speaker.
    assert parse_date("+1m", TODAY, FieldOrder.DMY, (INDONESIAN, ENGLISH)) == date(2026, 12, 16)
    assert parse_date("hari ini", TODAY, FieldOrder.DMY, (INDONESIAN, ENGLISH)) == TODAY
