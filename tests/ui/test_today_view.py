"""The Today view: what is due today and overdue, and the actions that clear the list."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from relationdesk.db.database import Database
from relationdesk.domain.customers import CustomerFields
from relationdesk.domain.meetings import MeetingFields
from relationdesk.i18n import LanguageSwitcher
from relationdesk.l10n.formatting import local_datetime
from relationdesk.services import customer_editing as editing
from relationdesk.services import meeting_log
from relationdesk.ui.meetings.follow_up_model import (
    CUSTOMER_ROLE,
    ID_ROLE,
    FollowUpTableModel,
    to_date,
)
from relationdesk.ui.meetings.reschedule_dialog import RescheduleDialog
from relationdesk.ui.meetings.today_view import EMPTY_PAGE, LIST_PAGE, TodayView
from tests.ui.helpers import child, find_dialog

NOW = datetime(2026, 3, 11, 12, 0)  # naive UTC, as the services keep it
TODAY: date = to_date(local_datetime(NOW).date())


def _follow_up(db: Database, customer_id: str, title: str, due: datetime) -> str:
    meeting_log.save_meeting(
        db,
        MeetingFields(
            customer_id=customer_id,
            started_at=due - timedelta(days=1),
            next_steps=title,
            follow_up_due=due,
        ),
    )
    row = db.reader.execute("SELECT id FROM follow_up WHERE title = ?", [title]).fetchone()
    return str(row[0])


@pytest.fixture
def data(db: Database) -> dict[str, str]:
    carpati = editing.create_customer(db, CustomerFields(name="Carpați Industrial"))
    rossi = editing.create_customer(db, CustomerFields(name="Gruppo Rossi"))
    return {
        "carpati": carpati,
        "rossi": rossi,
        "overdue": _follow_up(db, carpati, "Send the revised offer", NOW - timedelta(days=3)),
        "today": _follow_up(db, rossi, "Call Marco about the trial", NOW),
        "later": _follow_up(db, carpati, "Visit the new plant", NOW + timedelta(days=5)),
    }


@pytest.fixture
def view(qtbot, db: Database, data: dict[str, str]) -> TodayView:  # type: ignore[no-untyped-def]
    widget = TodayView(db, clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _ids(view: TodayView) -> list[str]:
    return [view.proxy.index(row, 0).data(ID_ROLE) for row in range(view.proxy.rowCount())]


def _due(db: Database, follow_up_id: str) -> datetime:
    row = db.reader.execute("SELECT due_at FROM follow_up WHERE id = ?", [follow_up_id]).fetchone()
    return datetime.fromisoformat(row[0]).replace(tzinfo=None)


def test_shows_overdue_then_today_and_not_later(view: TodayView, data: dict[str, str]) -> None:
    assert view.pages.currentIndex() == LIST_PAGE
    assert _ids(view) == [data["overdue"], data["today"]]
    first, second = view.proxy.index(0, 1), view.proxy.index(1, 1)
    assert first.data() == "Carpați Industrial" and second.data() == "Gruppo Rossi"
    assert view.proxy.index(1, 2).data() == "Call Marco about the trial"
    assert first.data(CUSTOMER_ROLE) == data["carpati"]
    red = view.proxy.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert QColor(red).name() == "#c62828"
    assert view.proxy.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert view.proxy.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    counts = view.counts_label.text()
    assert "1 overdue" in counts and "1 due today" in counts
    assert view.title_label.text() == "Today"
    assert str(TODAY.year) in view.date_label.text()


def test_due_column_sorts_by_moment(view: TodayView, data: dict[str, str]) -> None:
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _ids(view) == [data["today"], data["overdue"]]


def test_buttons_need_a_selection(view: TodayView) -> None:
    assert not view.done_button.isEnabled() and not view.open_button.isEnabled()
    view.table.selectRow(0)
    for name in ("done", "snoozeDay", "snoozeWeek", "reschedule", "openCustomer"):
        assert child(view, type(view.done_button), f"{name}Button").isEnabled(), name


def test_mark_done_writes_done_at_and_selects_the_next(
    qtbot: QtBot, view: TodayView, db: Database, data: dict[str, str]
) -> None:
    view.table.selectRow(0)
    with qtbot.waitSignal(view.sig_changed):
        qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert _ids(view) == [data["today"]]
    done_at = db.reader.execute(
        "SELECT done_at FROM follow_up WHERE id = ?", [data["overdue"]]
    ).fetchone()[0]
    assert done_at is not None
    assert view.selected_follow_up() is not None
    assert view.selected_follow_up().id == data["today"]  # type: ignore[union-attr]
    assert "0 overdue" in view.counts_label.text()


def test_ctrl_d_marks_done_then_the_list_is_empty(
    qtbot: QtBot, view: TodayView, data: dict[str, str]
) -> None:
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    for _ in range(2):
        view.table.selectRow(0)
        view.table.setFocus()
        qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert view.pages.currentIndex() == EMPTY_PAGE
    assert view.empty_label.text() == "Nothing due today. Well done!"


def test_snooze_tomorrow_moves_it_out_of_today(
    view: TodayView, db: Database, data: dict[str, str]
) -> None:
    view.select_follow_up(data["today"])
    view.snooze_day_button.click()
    assert _ids(view) == [data["overdue"]]
    moved = local_datetime(_due(db, data["today"]))
    assert to_date(moved.date()) == TODAY + timedelta(days=1)
    assert moved.time().hour() == 9


def test_reschedule_through_the_dialog(view: TodayView, db: Database, data: dict[str, str]) -> None:
    old_time = local_datetime(_due(db, data["overdue"])).time()
    view.select_follow_up(data["overdue"])
    view.reschedule_button.click()
    dialog = find_dialog(view, RescheduleDialog)
    assert dialog.isVisible()
    assert dialog.calendar.minimumDate() == QDate(TODAY)  # type: ignore[call-overload]  # PySide6 takes a datetime.date; its stubs do not say so
    dialog.calendar.setSelectedDate(QDate(TODAY + timedelta(days=2)))  # type: ignore[call-overload]  # PySide6 takes a datetime.date; its stubs do not say so
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert _ids(view) == [data["today"]]
    moved = local_datetime(_due(db, data["overdue"]))
    assert to_date(moved.date()) == TODAY + timedelta(days=2)
    assert moved.time() == old_time


def test_reschedule_cancelled_changes_nothing(
    view: TodayView, db: Database, data: dict[str, str]
) -> None:
    before = _due(db, data["overdue"])
    view.select_follow_up(data["overdue"])
    view.reschedule_button.click()
    dialog = find_dialog(view, RescheduleDialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert _due(db, data["overdue"]) == before
    assert _ids(view) == [data["overdue"], data["today"]]


def test_double_click_and_enter_open_the_customer(
    qtbot: QtBot, view: TodayView, data: dict[str, str]
) -> None:
    rect = view.table.visualRect(view.proxy.index(1, 1))
    with qtbot.waitSignal(view.sig_open_customer) as opened:
        # A real double-click starts with a click; Qt 6's mouseDClick alone sends only the
        # second half, which the view takes for a plain press.
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [data["rossi"]]
    view.table.setCurrentIndex(view.proxy.index(0, 1))
    with qtbot.waitSignal(view.sig_open_customer) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [data["carpati"]]
    with qtbot.waitSignal(view.sig_open_customer) as opened:
        view.open_button.click()
    assert opened.args == [data["carpati"]]


def test_a_follow_up_deleted_meanwhile_just_refreshes(
    view: TodayView, db: Database, data: dict[str, str]
) -> None:
    view.select_follow_up(data["overdue"])
    with db.write() as session:
        session.connection().exec_driver_sql(
            "DELETE FROM follow_up WHERE id = ?", (data["overdue"],)
        )
    view.done_button.click()
    assert _ids(view) == [data["today"]]


def test_empty_state_when_nothing_is_due(qtbot: QtBot, db: Database) -> None:
    widget = TodayView(db, clock=lambda: NOW)
    qtbot.addWidget(widget)
    assert widget.pages.currentIndex() == EMPTY_PAGE
    assert widget.empty_label.text() == "Nothing due today. Well done!"


def test_model_passes_the_model_tester(qtmodeltester: ModelTester, view: TodayView) -> None:
    model = FollowUpTableModel()
    rows = [view.model.follow_up(row) for row in range(view.model.rowCount())]
    model.set_rows([row for row in rows if row is not None], TODAY)
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    qtmodeltester.check(view.proxy)


def test_language_switch_reformats_the_date(view: TodayView, switcher: LanguageSwitcher) -> None:
    switcher.apply("it")
    QApplication.processEvents()  # the language change reaches widgets as a posted event
    assert "marzo" in view.date_label.text()
    switcher.apply("en")
    QApplication.processEvents()
    assert "March" in view.date_label.text()
