"""The date fields take a date as typed, in the user's locale, and relative words
(issue 18, item 3)."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from relationdesk.db.database import Database
from relationdesk.domain.customers import CustomerFields
from relationdesk.i18n import LanguageSwitcher
from relationdesk.services import customer_editing as editing
from relationdesk.ui.main_window import MainWindow
from relationdesk.ui.meetings.meeting_dialog import MeetingDialog
from relationdesk.ui.shared.date_field import DateField
from tests.ui.helpers import type_text


def _type_then_tab(qtbot: QtBot, field: DateField, text: str) -> None:
    field.setFocus()
    field.line.selectAll()
    type_text(field.line, text)
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)


def _today() -> date:
    today = QDate.currentDate()
    return date(today.year(), today.month(), today.day())


def _as_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


@pytest.mark.parametrize(
    ("language", "typed", "expected"),
    [
        ("it", "12/11/26", date(2026, 11, 12)),
        ("ro", "12.11.2026", date(2026, 11, 12)),
        ("id", "12/11/26", date(2026, 11, 12)),
        ("en", "12/11/26", date(2026, 12, 11)),  # en_US writes the month first
        ("en", "2026-11-12", date(2026, 11, 12)),
    ],
)
def test_the_follow_up_date_goes_in_as_typed(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    switcher: LanguageSwitcher,
    language: str,
    typed: str,
    expected: date,
) -> None:
    switcher.apply(language)
    customer = editing.create_customer(db, CustomerFields(name="Carpați Industrial"))
    dialog = MeetingDialog(db, window.settings, window, customer)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.follow_up_check.setChecked(True)
    _type_then_tab(qtbot, dialog.follow_up_date, typed)
    assert _as_date(dialog.follow_up_date.date()) == expected
    assert dialog.follow_up_date.is_valid()
    dialog.clear_draft()


@pytest.mark.parametrize(
    ("language", "typed", "days_ahead"),
    [
        ("en", "tomorrow", 1),
        ("en", "+3d", 3),
        ("it", "domani", 1),
        ("it", "+2s", 14),
        ("id", "besok", 1),
        ("id", "+3h", 3),
        ("ro", "mâine", 1),
        ("ro", "+1s", 7),
        ("ro", "tomorrow", 1),  # English words work in every language
    ],
)
def test_relative_words_in_each_language(
    qtbot: QtBot, switcher: LanguageSwitcher, language: str, typed: str, days_ahead: int
) -> None:
    switcher.apply(language)
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    _type_then_tab(qtbot, field, typed)
    assert _as_date(field.date()) == _today() + timedelta(days=days_ahead)


def test_a_weekday_name_in_the_locale(qtbot: QtBot, switcher: LanguageSwitcher) -> None:
    switcher.apply("it")
    field = DateField()
    qtbot.addWidget(field)
    _type_then_tab(qtbot, field, "ven")
    friday = _as_date(field.date())
    assert friday.weekday() == 4 and 1 <= (friday - _today()).days <= 7


def test_not_a_date_is_said_and_not_saved(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    customer = editing.create_customer(db, CustomerFields(name="Carpați Industrial"))
    dialog = MeetingDialog(db, window.settings, window, customer)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.summary_edit, "Visit")
    dialog.follow_up_check.setChecked(True)
    _type_then_tab(qtbot, dialog.follow_up_date, "31/02/26")
    assert not dialog.follow_up_date.is_valid()
    dialog.accept()
    assert dialog.isVisible()
    assert "31/02/26" in dialog.error_label.text()
    assert db.reader.execute("SELECT count(*) FROM meeting").fetchone() == (0,)
    dialog.summary_edit.clear()  # closing then asks nothing
    dialog.clear_draft()


def test_up_and_down_move_a_day(qtbot: QtBot) -> None:
    field = DateField(QDate(2026, 12, 31))
    qtbot.addWidget(field)
    qtbot.keyClick(field.line, Qt.Key.Key_Up)
    assert field.date() == QDate(2027, 1, 1)
    qtbot.keyClick(field.line, Qt.Key.Key_Down)
    qtbot.keyClick(field.line, Qt.Key.Key_Down)
    assert field.date() == QDate(2026, 12, 30)
