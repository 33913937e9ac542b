"""The principles' evidence pane: give and take and commitments, through the real widgets."""

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import TypeVar

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from relationdesk.db.database import Database
from relationdesk.db.models import Customer
from relationdesk.domain.customers import CustomerFields
from relationdesk.domain.evidence import CommitmentOutcome, LedgerKind
from relationdesk.domain.evidence_rules import CommitmentFields, LedgerFields
from relationdesk.domain.meetings import Side
from relationdesk.i18n import LanguageSwitcher
from relationdesk.services import customer_editing, evidence_log
from relationdesk.services.evidence_facts import commitment_facts, ledger_rows
from relationdesk.ui.lifecycle import ledger_model
from relationdesk.ui.lifecycle.ledger_dialog import LedgerDialog
from relationdesk.ui.meetings import commitment_model
from relationdesk.ui.meetings.commitment_dialog import CommitmentDialog
from relationdesk.ui.principles.evidence_view import EvidenceView
from relationdesk.ui.shared.form_dialog import FormDialog
from tests.ui.helpers import type_text

NOW = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
D = TypeVar("D", bound=FormDialog)


@pytest.fixture
def customer(db: Database) -> str:
    customer_id = customer_editing.create_customer(db, CustomerFields(name="Carpați Industrial"))
    with db.write() as session:
        row = session.get(Customer, customer_id)
        assert row is not None
        row.currency = "RON"
    return customer_id


@pytest.fixture
def view(
    qtbot: QtBot, db: Database, customer: str, switcher: LanguageSwitcher
) -> Iterator[EvidenceView]:
    """English, with its locale: "1,250.50" (the switcher restores English afterwards)."""
    widget = EvidenceView(db)
    qtbot.addWidget(widget)
    widget.set_customer(customer)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    # Dialogs are deleted on close; let that happen before the database closes.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _open(view: EvidenceView, button: QPushButton, kind: type[D]) -> D:
    button.click()
    dialogs = [d for d in view.findChildren(kind) if d.isVisible()]
    assert len(dialogs) == 1, f"one {kind.__name__} should be open"
    return dialogs[0]


def _save(dialog: FormDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def _cell(view: EvidenceView, table: str, row: int, column: int) -> str:
    model = getattr(view, table).model()
    return str(model.index(row, column).data())


def _select(qtbot: QtBot, view: EvidenceView, table_name: str, row: int) -> None:
    table = getattr(view, table_name)
    table.selectRow(row)
    qtbot.waitUntil(lambda: bool(table.selectionModel().selectedRows()))


def test_buttons_follow_the_customer_and_the_selection(view: EvidenceView) -> None:
    assert view.ledger.add_button.isEnabled()
    assert not view.ledger.edit_button.isEnabled()
    assert not view.commitments.delete_button.isEnabled()
    view.set_customer(None)
    assert not view.ledger.add_button.isEnabled()
    assert not view.commitments.add_button.isEnabled()


def test_add_ledger_entry_through_the_dialog(
    qtbot: QtBot, view: EvidenceView, db: Database, customer: str
) -> None:
    dialog = _open(view, view.ledger.add_button, LedgerDialog)
    assert dialog.windowTitle() == "New give-and-take entry"
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(LedgerKind.CONCESSION))
    type_text(dialog.description_edit, "Reducere de 5% la comandă")
    type_text(dialog.value_edit, "1250.50")
    with qtbot.waitSignal(view.sig_changed):
        _save(dialog)
    assert not dialog.isVisible()
    [row] = ledger_rows(db.reader, customer)
    assert (row.given_by, row.kind, row.value) == (Side.US, LedgerKind.CONCESSION, 1250.5)
    assert row.description == "Reducere de 5% la comandă"
    assert _cell(view, "ledger_table", 0, ledger_model.DESCRIPTION_COLUMN) == row.description
    assert _cell(view, "ledger_table", 0, ledger_model.VALUE_COLUMN) == "1,250.50 RON"
    assert _cell(view, "ledger_table", 0, ledger_model.RETURNED_COLUMN) == "—"
    assert view.ledger.selected_id() == row.id  # the saved entry is selected


def test_value_in_the_users_locale(
    view: EvidenceView, db: Database, customer: str, switcher: LanguageSwitcher
) -> None:
    switcher.apply("ro")
    dialog = _open(view, view.ledger.add_button, LedgerDialog)
    type_text(dialog.description_edit, "Livrare suplimentară sâmbăta")
    type_text(dialog.value_edit, "1.234,50")
    _save(dialog)
    assert not dialog.isVisible()
    assert [r.value for r in ledger_rows(db.reader, customer)] == [1234.5]
    assert _cell(view, "ledger_table", 0, ledger_model.VALUE_COLUMN) == "1.234,50 RON"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("-300", "Value (RON): a value cannot be negative: leave it empty if it is not known."),
        ("a lot", "Value (RON): write a number such as 1250 or 1250.50, or leave it empty."),
    ],
)
def test_a_wrong_value_is_refused_and_nothing_is_written(
    view: EvidenceView, db: Database, customer: str, text: str, message: str
) -> None:
    dialog = _open(view, view.ledger.add_button, LedgerDialog)
    type_text(dialog.description_edit, "Extra Saturday delivery")
    type_text(dialog.value_edit, text)
    _save(dialog)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == message
    assert ledger_rows(db.reader, customer) == []
    dialog.value_edit.clear()  # unknown is fine
    _save(dialog)
    assert not dialog.isVisible()
    assert [r.value for r in ledger_rows(db.reader, customer)] == [None]


def test_return_link_to_the_other_sides_entry(
    view: EvidenceView, db: Database, customer: str
) -> None:
    evidence_log.save_ledger_entry(
        db,
        LedgerFields(customer, Side.CUSTOMER, LedgerKind.FAVOUR, NOW, "Introduced us to Dacia"),
    )
    evidence_log.save_ledger_entry(
        db, LedgerFields(customer, Side.US, LedgerKind.ONE_SIDED_DEMAND, NOW, "Our own demand")
    )
    view.refresh()
    dialog = _open(view, view.ledger.add_button, LedgerDialog)
    # Given by us: only the customer's entries (not power plays) may have returned it.
    assert [dialog.returned_combo.itemText(i) for i in range(dialog.returned_combo.count())][
        1:
    ] == [dialog.returned_combo.itemText(1)]
    assert "Introduced us to Dacia" in dialog.returned_combo.itemText(1)
    dialog.given_by_combo.setCurrentIndex(dialog.given_by_combo.findData(Side.CUSTOMER))
    assert dialog.returned_combo.count() == 1  # no entries of ours to choose from
    dialog.given_by_combo.setCurrentIndex(dialog.given_by_combo.findData(Side.US))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(LedgerKind.RISK_SHIFTED))
    assert not dialog.returned_combo.isEnabled()  # a power play is not returned
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(LedgerKind.EXTRA_WORK))
    assert dialog.returned_combo.isEnabled()
    dialog.returned_combo.setCurrentIndex(1)
    type_text(dialog.description_edit, "Weekend installation")
    _save(dialog)
    assert not dialog.isVisible()
    by_description = {r.description: r for r in ledger_rows(db.reader, customer)}
    assert by_description["Weekend installation"].returned_by_description == (
        "Introduced us to Dacia"
    )
    texts = {
        _cell(view, "ledger_table", r, ledger_model.DESCRIPTION_COLUMN): _cell(
            view, "ledger_table", r, ledger_model.RETURNED_COLUMN
        )
        for r in range(3)
    }
    assert texts == {
        "Weekend installation": "Introduced us to Dacia",
        "Introduced us to Dacia": "—",
        "Our own demand": "",  # power plays are neither returned nor not
    }
    power_row = next(
        r
        for r in range(3)
        if _cell(view, "ledger_table", r, ledger_model.DESCRIPTION_COLUMN) == "Our own demand"
    )
    colour = view.ledger_table.model().index(power_row, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert colour == QColor("#b26a00")


def test_commitment_added_then_broken(
    qtbot: QtBot, view: EvidenceView, db: Database, customer: str
) -> None:
    dialog = _open(view, view.commitments.add_button, CommitmentDialog)
    type_text(dialog.promise_edit, "Mostre până la târg")
    dialog.due_check.setChecked(True)
    with qtbot.waitSignal(view.sig_changed):
        _save(dialog)
    [fact] = commitment_facts(db.reader, customer)
    assert (fact.made_by, fact.outcome, fact.due is not None) == (
        Side.US,
        CommitmentOutcome.OPEN,
        True,
    )
    assert _cell(view, "commitment_table", 0, commitment_model.OUTCOME_COLUMN) == "Open"

    _select(qtbot, view, "commitment_table", 0)
    dialog = _open(view, view.commitments.edit_button, CommitmentDialog)
    assert dialog.windowTitle() == "Edit commitment"
    assert dialog.promise_edit.text() == "Mostre până la târg"
    dialog.outcome_combo.setCurrentIndex(dialog.outcome_combo.findData(CommitmentOutcome.BROKEN))
    with qtbot.waitSignal(view.sig_changed):
        _save(dialog)
    [fact] = commitment_facts(db.reader, customer)
    assert fact.outcome is CommitmentOutcome.BROKEN
    index = view.commitment_table.model().index(0, commitment_model.OUTCOME_COLUMN)
    assert index.data() == "Broken"
    assert index.data(Qt.ItemDataRole.ForegroundRole) == QColor("#c62828")


def test_open_commitment_past_due_shows_its_due_date_in_red(
    view: EvidenceView, db: Database, customer: str
) -> None:
    now = datetime.now(UTC).replace(tzinfo=None)  # the view's today, even past midnight
    evidence_log.save_commitment(
        db,
        CommitmentFields(
            customer,
            Side.CUSTOMER,
            "Send the forecast",
            now - timedelta(days=10),
            now - timedelta(days=3),
        ),
    )
    view.refresh()
    due = view.commitment_table.model().index(0, commitment_model.DUE_COLUMN)
    assert due.data(Qt.ItemDataRole.ForegroundRole) == QColor("#c62828")
    assert "overdue by 3 days" in str(due.data(Qt.ItemDataRole.ToolTipRole))


def test_due_before_promise_is_refused_in_words_about_promises(view: EvidenceView) -> None:
    dialog = _open(view, view.commitments.add_button, CommitmentDialog)
    type_text(dialog.promise_edit, "Call back")
    dialog.due_check.setChecked(True)
    dialog.due_edit.setDate(dialog.made_on_edit.date().addDays(-2))
    _save(dialog)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Due: a promise cannot be due before the day it was made."


def test_delete_asks_then_removes(
    qtbot: QtBot,
    view: EvidenceView,
    db: Database,
    customer: str,
    answer_message_box: Callable[[QMessageBox.StandardButton], list[str]],
) -> None:
    evidence_log.save_ledger_entry(
        db, LedgerFields(customer, Side.US, LedgerKind.FAVOUR, NOW, "Lent a forklift")
    )
    evidence_log.save_commitment(db, CommitmentFields(customer, Side.US, "Visit in May", NOW))
    view.refresh()

    _select(qtbot, view, "ledger_table", 0)
    seen = answer_message_box(QMessageBox.StandardButton.No)
    view.ledger.delete_button.click()
    assert seen == ["Delete the entry “Lent a forklift”? Edit → Undo brings it back."]
    assert len(ledger_rows(db.reader, customer)) == 1

    answer_message_box(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(view.sig_changed):
        view.ledger.delete_button.click()
    assert ledger_rows(db.reader, customer) == []
    assert view.ledger_table.model().rowCount() == 0
    assert not view.ledger.delete_button.isEnabled()

    _select(qtbot, view, "commitment_table", 0)
    answer_message_box(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(view.sig_changed):
        view.commitments.delete_button.click()
    assert commitment_facts(db.reader, customer) == []


def test_models_pass_the_model_tester(
    qtmodeltester: ModelTester,
    db: Database,
    customer: str,
) -> None:
    returned = evidence_log.save_ledger_entry(
        db, LedgerFields(customer, Side.CUSTOMER, LedgerKind.FAVOUR, NOW, "Referral", 500.0)
    )
    evidence_log.save_ledger_entry(
        db,
        LedgerFields(customer, Side.US, LedgerKind.CONCESSION, NOW, "Discount", 1200, returned),
    )
    evidence_log.save_ledger_entry(
        db, LedgerFields(customer, Side.CUSTOMER, LedgerKind.RISK_SHIFTED, NOW, "Transport risk")
    )
    for outcome in CommitmentOutcome:
        evidence_log.save_commitment(
            db,
            CommitmentFields(
                customer, Side.US, f"Promise {outcome}", NOW - timedelta(days=9), NOW, outcome
            ),
        )
    ledger = ledger_model.LedgerTableModel()
    ledger.set_rows(ledger_rows(db.reader, customer), "RON")
    qtmodeltester.check(ledger)
    commitments = commitment_model.CommitmentTableModel()
    commitments.set_rows(commitment_facts(db.reader, customer))
    qtmodeltester.check(commitments)


def test_keyboard_enter_edits_and_delete_deletes(
    qtbot: QtBot,
    view: EvidenceView,
    db: Database,
    customer: str,
    answer_message_box: Callable[[QMessageBox.StandardButton], list[str]],
) -> None:
    evidence_log.save_commitment(db, CommitmentFields(customer, Side.US, "Visit in May", NOW))
    view.refresh()
    view.activateWindow()  # widget-scoped shortcuts (Delete) need an active window
    qtbot.waitUntil(view.isActiveWindow)
    _select(qtbot, view, "commitment_table", 0)
    view.commitment_table.setFocus()
    qtbot.keyClick(view.commitment_table, Qt.Key.Key_Return)
    dialog = next(d for d in view.findChildren(CommitmentDialog) if d.isVisible())
    assert dialog.promise_edit.text() == "Visit in May"
    dialog.reject()
    view.commitment_table.setFocus()
    answer_message_box(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(view.sig_changed):
        qtbot.keyClick(view.commitment_table, Qt.Key.Key_Delete)
    assert commitment_facts(db.reader, customer) == []


def test_language_switch_relabels_the_rows(
    view: EvidenceView, db: Database, customer: str, switcher: LanguageSwitcher
) -> None:
    evidence_log.save_ledger_entry(
        db, LedgerFields(customer, Side.US, LedgerKind.FAVOUR, NOW, "Lent a forklift", 1500)
    )
    view.refresh()
    assert _cell(view, "ledger_table", 0, ledger_model.SIDE_COLUMN) == "Our side"
    switcher.apply("ro")
    QApplication.processEvents()  # LanguageChange is posted to every widget
    assert _cell(view, "ledger_table", 0, ledger_model.SIDE_COLUMN) == "Partea noastră"
    assert _cell(view, "ledger_table", 0, ledger_model.VALUE_COLUMN) == "1.500 RON"
