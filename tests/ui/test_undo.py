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
    """The rows as stored; floats to 9 places: derived scores are recomputed after an undo,
    and their last bit depends on the order of the sum (50.00000000000001 against 50.0)."""
    return [
        tuple(round(value, 9) if isinstance(value, float) else value for value in row)
        for row in db.reader.execute(sql).fetchall()
    ]


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


def _open_customer_tab(qtbot: QtBot, window: MainWindow, customer: str, tab: int):  # type: ignore[no-untyped-def]
    assert window.workspace is not None
    window.workspace.refresh()
    window.open_customer(customer)
    detail = window.workspace.detail
    detail.tabs.setCurrentIndex(tab)
    return detail


def test_undo_a_deleted_give_and_take_entry(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    answer_message_box: Callable[[QMessageBox.StandardButton], list[str]],
) -> None:
    from relationdesk.domain.evidence import LedgerKind
    from relationdesk.domain.evidence_rules import LedgerFields
    from relationdesk.domain.meetings import Side
    from relationdesk.services import evidence_log
    from relationdesk.ui.customers.customer_detail import EVIDENCE_TAB

    customer = editing.create_customer(db, CustomerFields(name="Carpați Industrial"))
    now = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=1)
    favour = evidence_log.save_ledger_entry(
        db, LedgerFields(customer, Side.US, LedgerKind.FAVOUR, now, "Lent a forklift")
    )
    evidence_log.save_ledger_entry(
        db,
        LedgerFields(customer, Side.CUSTOMER, LedgerKind.FAVOUR, now, "Referral", None, favour),
    )
    before = _rows(db, "SELECT * FROM ledger_entry ORDER BY description")
    scores = _rows(db, "SELECT * FROM customer")
    detail = _open_customer_tab(qtbot, window, customer, EVIDENCE_TAB)
    view = detail.evidence
    view.refresh()
    row = next(
        row
        for row in range(view.ledger_model.rowCount())
        if view.ledger_model.entry(row).description == "Lent a forklift"
    )
    view.ledger.table.selectRow(row)
    answer_message_box(QMessageBox.StandardButton.Yes)
    view.ledger.delete_button.click()
    assert _rows(db, "SELECT count(*) FROM ledger_entry") == [(1,)]
    assert window.undo_action.text() == "&Undo give-and-take entry deleted"
    window.undo_action.trigger()
    assert _rows(db, "SELECT * FROM ledger_entry ORDER BY description") == before
    assert _rows(db, "SELECT * FROM customer") == scores  # the scores follow the entry


def test_undo_and_redo_a_lifecycle_move(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    from relationdesk.ui.customers.customer_detail import LIFECYCLE_TAB
    from relationdesk.ui.lifecycle.lifecycle_dialog import LifecycleDialog
    from tests.ui.helpers import find_dialog

    customer = editing.create_customer(db, CustomerFields(name="Carpați Industrial"))
    detail = _open_customer_tab(qtbot, window, customer, LIFECYCLE_TAB)
    detail.lifecycle.change_button.click()
    dialog = find_dialog(detail.lifecycle, LifecycleDialog)
    dialog.stage_combo.setCurrentIndex(dialog.stage_combo.findData("tester"))
    dialog.accept()
    stage = "SELECT lifecycle_stage FROM customer"
    assert _rows(db, stage) == [("tester",)]
    assert window.undo_action.text() == "&Undo lifecycle move"
    window.undo_action.trigger()
    assert _rows(db, stage) == [("prospect",)]
    assert _rows(db, "SELECT count(*) FROM lifecycle_change") == [(0,)]
    qtbot.waitUntil(lambda: detail.lifecycle.stage_label.text() == "Prospect")
    window.redo_action.trigger()
    assert _rows(db, stage) == [("tester",)]
    assert _rows(db, "SELECT count(*) FROM tombstone WHERE table_name = 'lifecycle_change'") == [
        (0,)
    ]


def test_undo_a_stage_confirmation(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    from relationdesk.ui.customers.customer_detail import BRIEF_TAB

    customer = editing.create_customer(db, CustomerFields(name="Carpați Industrial"))
    detail = _open_customer_tab(qtbot, window, customer, BRIEF_TAB)
    panel = detail.relationship
    panel.stage_combo.setCurrentIndex(panel.stage_combo.count() - 1)
    panel.confirm_button.click()
    confirmed = _rows(db, "SELECT confirmed_stage FROM customer")
    assert confirmed != [(None,)]
    assert _rows(db, "SELECT count(*) FROM stage_change") == [(1,)]
    assert window.undo_action.text() == "&Undo stage confirmed"
    window.undo_action.trigger()
    assert _rows(db, "SELECT confirmed_stage FROM customer") == [(None,)]
    assert _rows(db, "SELECT count(*) FROM stage_change") == [(0,)]
    window.redo_action.trigger()
    assert _rows(db, "SELECT confirmed_stage FROM customer") == confirmed
