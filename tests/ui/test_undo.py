"""Undo for the quick actions (issue 18, item 6): Ctrl+Z takes back a follow-up marked
done or moved, Edit → Undo says what it takes back, and each undo is announced."""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from relationdesk.db.database import Database
from relationdesk.domain.customers import CustomerFields
from relationdesk.domain.meetings import MeetingFields
from relationdesk.services import customer_editing as editing
from relationdesk.services import meeting_log
from relationdesk.ui.main_window import MainWindow
from relationdesk.ui.shared.changes import Topic

CTRL = Qt.KeyboardModifier.ControlModifier


def _overdue_follow_up(db: Database) -> tuple[str, str, str]:
    customer = editing.create_customer(db, CustomerFields(name="Carpați Industrial"))
    now = datetime.now(UTC).replace(tzinfo=None).replace(microsecond=0)
    meeting_log.save_meeting(
        db,
        MeetingFields(
            customer_id=customer,
            started_at=now - timedelta(days=3),
            next_steps="Send the offer",
            follow_up_due=now - timedelta(days=1),
        ),
    )
    row = db.reader.execute("SELECT id, due_at FROM follow_up").fetchone()
    return customer, str(row[0]), str(row[1])


def _state(db: Database, follow_up_id: str) -> tuple[bool, str]:
    done_at, due_at = db.reader.execute(
        "SELECT done_at, due_at FROM follow_up WHERE id = ?", [follow_up_id]
    ).fetchone()
    return done_at is not None, str(due_at)


def _on_today(window: MainWindow) -> None:
    assert window.today is not None and window.tabs is not None
    window.today.refresh()
    window.tabs.setCurrentWidget(window.today)
    window.today.table.selectRow(0)
    window.today.table.setFocus()


def _press(qtbot: QtBot, window: MainWindow, key: Qt.Key, modifiers=CTRL) -> None:  # type: ignore[no-untyped-def]
    assert window.today is not None
    qtbot.keyClick(window.today.table, key, modifiers)


def test_ctrl_z_takes_back_done_and_ctrl_y_does_it_again(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    customer, follow_up, due = _overdue_follow_up(db)
    _on_today(window)
    assert not window.undo_action.isEnabled()
    _press(qtbot, window, Qt.Key.Key_D)
    assert _state(db, follow_up) == (True, due)
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo “Send the offer” done"

    with qtbot.waitSignal(window.changes.changed) as announced:
        _press(qtbot, window, Qt.Key.Key_Z)
    assert _state(db, follow_up) == (False, due)  # open again, due when it was
    change = announced.args[0]
    assert change.touches(Topic.FOLLOW_UPS) and change.concerns(customer)
    assert window.today is not None and window.today.model.rowCount() == 1
    assert window.redo_action.text() == "&Redo “Send the offer” done"

    _press(qtbot, window, Qt.Key.Key_Y)  # Redo, as the platform binds it first
    assert _state(db, follow_up)[0] is True
    assert window.today.model.rowCount() == 0


def test_undo_a_move_brings_the_old_due_date_back(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    _customer, follow_up, due = _overdue_follow_up(db)
    _on_today(window)
    assert window.today is not None
    qtbot.mouseClick(window.today.snooze_week_button, Qt.MouseButton.LeftButton)
    assert _state(db, follow_up)[1] != due
    assert window.undo_action.text() == "&Undo “Send the offer” moved"
    window.undo_action.trigger()
    assert _state(db, follow_up) == (False, due)
    assert window.today.model.rowCount() == 1


def test_a_follow_up_deleted_meanwhile_leaves_the_stack(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    _customer, follow_up, _due = _overdue_follow_up(db)
    _on_today(window)
    _press(qtbot, window, Qt.Key.Key_D)
    with db.write() as session:
        from relationdesk.db.models import FollowUp

        row = session.get(FollowUp, follow_up)
        session.delete(row)
    window.undo_action.trigger()  # nothing to take back; no error reaches the user
    assert window.undo_stack.count() == 0


def test_deleting_a_customer_says_only_a_backup_brings_it_back(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    answer_message_box: Callable[[QMessageBox.StandardButton], list[str]],
) -> None:
    customer = editing.create_customer(db, CustomerFields(name="Gruppo Rossi"))
    assert window.workspace is not None
    window.workspace.refresh(select_id=customer)
    seen = answer_message_box(QMessageBox.StandardButton.No)
    window.workspace.delete_customer()
    assert seen and "backup" in seen[0] and "Undo" in seen[0]


def _rows(db: Database, sql: str) -> list[tuple[object, ...]]:
    return [tuple(row) for row in db.reader.execute(sql).fetchall()]


def test_undo_brings_a_deleted_meeting_back_whole(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    answer_message_box: Callable[[QMessageBox.StandardButton], list[str]],
) -> None:
    from relationdesk.domain.customers import ContactFields
    from relationdesk.domain.meetings import Depth, DisclosureDomain, DisclosureFields, Side

    customer = editing.create_customer(db, CustomerFields(name="Carpați Industrial"))
    stefan = editing.create_contact(db, customer, ContactFields(full_name="Ștefan Țurcanu"))
    now = datetime.now(UTC).replace(tzinfo=None)
    meeting = meeting_log.save_meeting(
        db,
        MeetingFields(
            customer_id=customer,
            started_at=now - timedelta(days=2),
            summary="Factory visit",
            next_steps="Send the offer",
            follow_up_due=now + timedelta(days=3),
            attendee_ids=(stefan,),
            disclosures=[
                DisclosureFields(
                    Side.CUSTOMER, DisclosureDomain.PERSONAL, "family", Depth.CORE, "Daughter"
                )
            ],
        ),
    )
    tables = ("meeting", "meeting_attendee", "disclosure")
    before = {table: _rows(db, f"SELECT * FROM {table}") for table in tables}
    last_meeting = _rows(db, "SELECT last_meeting_at FROM customer")
    assert window.workspace is not None and window.tabs is not None
    window.tabs.setCurrentWidget(window.workspace)
    window.workspace.refresh(select_id=customer)

    seen = answer_message_box(QMessageBox.StandardButton.Yes)
    window.workspace.delete_meeting(str(meeting))
    assert "Undo" in seen[0]
    assert _rows(db, "SELECT count(*) FROM meeting") == [(0,)]
    assert _rows(db, "SELECT meeting_id FROM follow_up") == [(None,)]
    assert window.undo_action.text() == "&Undo meeting deleted"

    with qtbot.waitSignal(window.changes.changed):
        window.undo_action.trigger()
    assert {table: _rows(db, f"SELECT * FROM {table}") for table in tables} == before
    assert _rows(db, "SELECT meeting_id FROM follow_up") == [(meeting,)]
    assert _rows(db, "SELECT count(*) FROM tombstone WHERE table_name = 'meeting'") == [(0,)]
    assert _rows(db, "SELECT last_meeting_at FROM customer") == last_meeting

    window.redo_action.trigger()
    assert _rows(db, "SELECT count(*) FROM meeting") == [(0,)]
