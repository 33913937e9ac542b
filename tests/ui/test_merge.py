"""Merging through the real dialogs: a customer from the list, a contact from its tab."""

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from relationdesk.db.database import Database
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.domain.economics import PeriodKind
from relationdesk.domain.meetings import MeetingFields
from relationdesk.services import customer_editing as editing
from relationdesk.services import meeting_log
from relationdesk.services.economics import PeriodInput, save_period, set_currency
from relationdesk.ui.customers.contact_merge_dialog import ContactMergeDialog
from relationdesk.ui.customers.merge_dialog import CustomerMergeDialog
from relationdesk.ui.customers.merge_flow import merge_selected_customer
from relationdesk.ui.main_window import MainWindow
from tests.ui.helpers import AttachedWindow, find_dialog, save_shot, type_text

Answer = Callable[[QMessageBox.StandardButton], list[str]]
JANUARY = (date(2025, 1, 1), date(2025, 1, 31))


def _meeting(db: Database, customer: str, people: tuple[str, ...], days_ago: int = 3) -> str:
    return meeting_log.save_meeting(
        db,
        MeetingFields(
            customer_id=customer,
            started_at=datetime.now(UTC) - timedelta(days=days_ago),
            summary="visit",
            next_steps="offer",
            attendee_ids=people,
        ),
    )


def _two_customers(db: Database) -> tuple[str, str]:
    kept = editing.create_customer(
        db, CustomerFields(name="Carpați Industrial", city="Brașov", owner="Ana")
    )
    stefan = editing.create_contact(db, kept, ContactFields(full_name="Ștefan Țurcanu"))
    _meeting(db, kept, (stefan,))
    other = editing.create_customer(
        db, CustomerFields(name="Carpati Industrial SRL", city="Brasov", industry="Metal")
    )
    for name in ("Mădălina Pop", "Ion Rusu"):
        person = editing.create_contact(db, other, ContactFields(full_name=name))
        _meeting(db, other, (person,), days_ago=10)
    editing.create_customer(db, CustomerFields(name="Gruppo Rossi"))
    return kept, other


def _pick(qtbot: QtBot, dialog: CustomerMergeDialog, text: str) -> None:
    picker = dialog.picker
    type_text(picker, text)
    popup = picker.completer().popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_merging_a_customer_picked_by_typing(
    qtbot: QtBot, window: AttachedWindow, db: Database, answer_message_box: Answer
) -> None:
    kept, other = _two_customers(db)
    window.workspace.refresh(select_id=kept)
    dialog = merge_selected_customer(window)
    assert dialog is not None
    assert not dialog.merge_button.isEnabled()

    _pick(qtbot, dialog, "srl")  # Carpati Industrial SRL
    assert dialog.picker.customer_id == other
    # "Merge into…": the picked customer is kept; Swap keeps the selected one instead.
    assert "Carpati Industrial SRL" in dialog.headers[0].text()
    qtbot.mouseClick(dialog.swap_button, Qt.MouseButton.LeftButton)
    assert "Carpați Industrial" in dialog.headers[0].text()
    kept_counts, merged_counts = dialog.count_labels["contacts"]
    assert (kept_counts.text(), merged_counts.text()) == ("1", "2")
    assert dialog.count_labels["meetings"][1].text() == "2"
    assert "“Brașov” stays" in dialog.outcome.text()
    save_shot(dialog, "merge-customers")

    asked = answer_message_box(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.sig_merged) as merged:
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert merged.args == [kept]
    assert "Merge “Carpati Industrial SRL” into “Carpați Industrial”?" in asked[0]
    assert db.reader.execute("SELECT count(*) FROM customer").fetchone()[0] == 2
    workspace = window.workspace
    assert workspace is not None
    assert workspace.selected_customer_id() == kept
    assert workspace.detail.contacts_tab.contacts_model.rowCount() == 3
    assert workspace.detail.contacts_tab.fact_values["industry"].text() == "Metal"


def test_a_refused_merge_keeps_the_dialog_open_with_the_reason(
    qtbot: QtBot, window: AttachedWindow, db: Database, answer_message_box: Answer
) -> None:
    kept, other = _two_customers(db)
    window.workspace.refresh(select_id=kept)
    dialog = merge_selected_customer(window)
    assert dialog is not None
    type_text(dialog.picker, "Carpați Industrial")
    dialog.picker.editingFinished.emit()  # leaving the field chooses the unique name
    assert dialog.picker.customer_id == kept
    assert not dialog.merge_button.isEnabled()
    assert "cannot be merged into itself" in dialog.error_label.text()
    save_shot(dialog, "merge-refused")

    # Figures on both sides in two currencies: the service refuses, the dialog says why.
    for customer, currency in ((kept, "EUR"), (other, "RON")):
        set_currency(db, customer, currency)
        save_period(db, customer, PeriodInput(PeriodKind.MONTH, *JANUARY, 1000))
    dialog.picker.clear()
    _pick(qtbot, dialog, "srl")
    assert dialog.merge_button.isEnabled()
    answer_message_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "different currencies" in dialog.error_label.text()
    save_shot(dialog, "merge-currencies")
    assert db.reader.execute("SELECT count(*) FROM customer").fetchone()[0] == 3
    dialog.reject()


def test_merging_two_contacts_from_the_contacts_tab(
    qtbot: QtBot, window: MainWindow, db: Database, answer_message_box: Answer
) -> None:
    customer = editing.create_customer(db, CustomerFields(name="Alfa Plast"))
    ana = editing.create_contact(db, customer, ContactFields(full_name="Ana Pop", email="a@x.ro"))
    twin = editing.create_contact(
        db, customer, ContactFields(full_name="Ana Popescu", phone="+40 268 123 456")
    )
    _meeting(db, customer, (ana, twin))
    _meeting(db, customer, (twin,), days_ago=20)
    workspace = window.workspace
    assert workspace is not None
    workspace.refresh(select_id=customer)
    tab = workspace.detail.contacts_tab
    tab.select_contact(ana)
    assert tab.merge_contact_button.isEnabled()

    qtbot.mouseClick(tab.merge_contact_button, Qt.MouseButton.LeftButton)
    dialog = find_dialog(window, ContactMergeDialog)
    dialog.contact_combo.setCurrentIndex(dialog.contact_combo.findData(twin))
    assert "Ana Pop" in dialog.headers[0].text()
    assert dialog.count_labels["meetings"][0].text() == "1"
    assert dialog.count_labels["meetings"][1].text() == "2"
    save_shot(dialog, "merge-contacts")

    answer_message_box(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.sig_merged):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert tab.contacts_model.rowCount() == 1
    assert tab._selected_contact_id() == ana
    assert not tab.merge_contact_button.isEnabled()  # nobody left to merge with
    attended = db.reader.execute(
        "SELECT count(*) FROM meeting_attendee WHERE contact_id = ?", [ana]
    ).fetchone()[0]
    assert attended == 2
    phone = db.reader.execute("SELECT phone FROM contact WHERE id = ?", [ana]).fetchone()[0]
    assert phone == "+40 268 123 456"
