"""Log meeting pre-fills only the customer the user is looking at, and a Place the user
did not type follows the customer (issue 18, item 1)."""

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from relationdesk.db.database import Database
from relationdesk.domain.customers import CustomerFields
from relationdesk.domain.meetings import MeetingFields
from relationdesk.services import customer_editing as editing
from relationdesk.services import meeting_log
from relationdesk.ui.main_window import MainWindow
from relationdesk.ui.meetings.meeting_dialog import MeetingDialog
from tests.ui.helpers import find_dialog, type_text


def _customers(db: Database) -> tuple[str, str]:
    cluj = editing.create_customer(db, CustomerFields(name="Arbor Cluj", city="Cluj-Napoca"))
    brasov = editing.create_customer(db, CustomerFields(name="Carpați Brașov", city="Brașov"))
    now = datetime.now(UTC).replace(tzinfo=None)
    meeting_log.save_meeting(
        db,
        MeetingFields(
            customer_id=brasov,
            started_at=now - timedelta(days=3),
            next_steps="Send the offer",
            follow_up_due=now - timedelta(days=1),
        ),
    )
    return cluj, brasov


def _open_log_meeting(qtbot: QtBot, window: MainWindow) -> MeetingDialog:
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    return find_dialog(window, MeetingDialog)


def test_from_today_the_selected_follow_ups_customer(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    cluj, brasov = _customers(db)
    assert window.workspace is not None and window.today is not None and window.tabs
    window.workspace.refresh(select_id=cluj)  # selected on the hidden Customers tab
    window.today.refresh()
    window.tabs.setCurrentWidget(window.today)
    window.today.table.selectRow(0)
    dialog = _open_log_meeting(qtbot, window)
    assert dialog.customer_picker.customer_id == brasov
    assert dialog.place_edit.text() == "Brașov"
    dialog.close()


def test_from_today_without_a_selection_no_customer_and_cursor_in_customer(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    cluj, _brasov = _customers(db)
    assert window.workspace is not None and window.today is not None and window.tabs
    window.workspace.refresh(select_id=cluj)
    window.today.refresh()
    window.tabs.setCurrentWidget(window.today)
    window.today.table.clearSelection()
    dialog = _open_log_meeting(qtbot, window)
    assert dialog.customer_picker.customer_id is None
    assert dialog.customer_picker.text() == ""
    assert dialog.place_edit.text() == ""
    assert dialog.focusWidget() is dialog.customer_picker


def test_from_the_dashboard_no_customer(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    cluj, _brasov = _customers(db)
    assert window.workspace is not None and window.tabs and window.dashboard is not None
    window.workspace.refresh(select_id=cluj)
    window.tabs.setCurrentWidget(window.dashboard)
    dialog = _open_log_meeting(qtbot, window)
    assert dialog.customer_picker.customer_id is None


def test_from_customers_the_selected_one(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    cluj, _brasov = _customers(db)
    assert window.workspace is not None and window.tabs
    window.workspace.refresh(select_id=cluj)
    window.tabs.setCurrentWidget(window.workspace)
    dialog = _open_log_meeting(qtbot, window)
    assert dialog.customer_picker.customer_id == cluj
    assert dialog.place_edit.text() == "Cluj-Napoca"
    assert dialog.focusWidget() is dialog.summary_edit
    dialog.close()


def test_the_place_follows_the_customer_unless_typed(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    cluj, brasov = _customers(db)
    dialog = MeetingDialog(db, window.settings, window, cluj)
    qtbot.addWidget(dialog)
    assert dialog.place_edit.text() == "Cluj-Napoca"
    dialog.customer_picker.set_customer(brasov, "Carpați Brașov")
    assert dialog.place_edit.text() == "Brașov"  # not the first customer's city
    dialog.place_edit.clear()
    type_text(dialog.place_edit, "Sibiu, the trade fair")
    dialog.customer_picker.set_customer(cluj, "Arbor Cluj")
    assert dialog.place_edit.text() == "Sibiu, the trade fair"  # typed: kept
    dialog.clear_draft()
