"""The Lifecycle and Economics tabs of a customer, driven through the real widgets and
dialogs on a real SQLite file."""

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import TypeVar

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from relationdesk.db.database import Database
from relationdesk.db.models import Customer
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.domain.economics import PeriodKind, period_bounds, period_of
from relationdesk.domain.enums import LifecycleStage
from relationdesk.services import customer_editing
from relationdesk.services.economics import PeriodInput, save_period
from relationdesk.services.lifecycle import set_lifecycle_stage
from relationdesk.ui.customers.customer_detail import ECONOMICS_TAB, LIFECYCLE_TAB
from relationdesk.ui.lifecycle.lifecycle_dialog import LifecycleDialog
from relationdesk.ui.lifecycle.recommendation_dialog import RecommendationDialog
from relationdesk.ui.lifecycle.referral_dialog import ReferralDialog
from relationdesk.ui.main_window import MainWindow
from relationdesk.ui.reports.period_dialog import PeriodDialog
from relationdesk.ui.shared.form_dialog import FormDialog
from tests.ui.helpers import AnswerMessageBox, save_shot, type_text

D = TypeVar("D", bound=FormDialog)


def _count(db: Database, table: str) -> int:
    return int(db.reader.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.fixture
def customer(db: Database) -> str:
    customer_id = customer_editing.create_customer(
        db, CustomerFields(name="Carpați Industrial", currency="RON")
    )
    customer_editing.create_contact(db, customer_id, ContactFields(full_name="Ana Popescu"))
    return customer_id


@pytest.fixture
def shown(window: MainWindow, customer: str) -> Iterator[MainWindow]:
    assert window.workspace is not None
    window.workspace.refresh()
    window.open_customer(customer)
    yield window
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _detail(window: MainWindow):  # type: ignore[no-untyped-def]
    assert window.workspace is not None
    return window.workspace.detail


def _open(owner: object, button: QPushButton, kind: type[D]) -> D:
    button.click()
    dialogs = [d for d in QApplication.topLevelWidgets() if isinstance(d, kind) and d.isVisible()]
    assert len(dialogs) == 1, f"one {kind.__name__} should be open"
    return dialogs[0]


def _save(dialog: FormDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_change_the_stage_with_a_reason_and_undo_it(
    qtbot: QtBot,
    shown: MainWindow,
    db: Database,
    customer: str,
    answer_message_box: AnswerMessageBox,
) -> None:
    detail = _detail(shown)
    detail.tabs.setCurrentIndex(LIFECYCLE_TAB)
    tab = detail.lifecycle
    assert tab.stage_label.text() == "Prospect"
    assert "psychological safety" in tab.playbook.text()
    # No move to propose: the tab says what the next stage still needs.
    assert tab.suggestion.isVisible() and not tab.accept_button.isVisible()
    assert tab.suggestion.text().startswith("Tester is not suggested yet; still needed: a first")
    dialog = _open(tab, tab.change_button, LifecycleDialog)
    dialog.stage_combo.setCurrentIndex(dialog.stage_combo.findData("tester"))
    type_text(dialog.reason_edit, "Prima comandă de probă")
    _save(dialog)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: detail.lifecycle.stage_label.text() == "Tester")
    tab = detail.lifecycle
    assert "Reassure" in tab.playbook.text()
    assert tab.history_model.rowCount() == 1
    assert tab.history_model.index(0, 3).data() == "Prima comandă de probă"
    assert db.reader.execute("SELECT lifecycle_stage FROM customer").fetchone()[0] == "tester"
    # The Details tab says it too.
    assert detail.contacts_tab.fact_values["lifecycle"].text() == "Tester"
    tab.history.table.selectRow(0)
    answer_message_box(QMessageBox.StandardButton.Yes)
    tab.history.delete_button.click()
    qtbot.waitUntil(lambda: detail.lifecycle.stage_label.text() == "Prospect")
    assert _count(db, "lifecycle_change") == 0


def test_a_period_with_an_order_brings_a_suggestion_to_confirm(
    qtbot: QtBot, shown: MainWindow, db: Database, customer: str
) -> None:
    detail = _detail(shown)
    detail.tabs.setCurrentIndex(ECONOMICS_TAB)
    tab = detail.economics
    assert tab.model.rowCount() == 0
    dialog = _open(tab, tab.periods.add_button, PeriodDialog)
    type_text(dialog.amount_edits["revenue"], "-500")
    _save(dialog)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Revenue (RON): an amount cannot be negative."
    dialog.amount_edits["revenue"].clear()
    type_text(dialog.amount_edits["revenue"], "a lot")
    _save(dialog)
    assert "this is not an amount" in dialog.error_label.text()
    assert _count(db, "economics_period") == 0
    dialog.amount_edits["revenue"].clear()
    type_text(dialog.amount_edits["revenue"], "12500.50")
    type_text(dialog.amount_edits["care_cost"], "800")
    dialog.orders_spin.setValue(1)
    _save(dialog)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: detail.economics.model.rowCount() == 1)
    tab = detail.economics
    assert tab.model.index(0, 1).data() == "12,500.50 RON"
    assert tab.model.index(0, 7).data() == "11,700.50 RON"
    assert "revenue 12,500.50 RON" in tab.totals_label.text()
    assert "not counted" in tab.rate_label.text()  # no rate for RON by default

    # The same month again overlaps: refused, nothing written.
    again = _open(tab, tab.periods.add_button, PeriodDialog)
    type_text(again.amount_edits["revenue"], "10")
    _save(again)
    assert "overlaps" in again.error_label.text()
    again.reject()
    assert _count(db, "economics_period") == 1

    detail.tabs.setCurrentIndex(LIFECYCLE_TAB)
    lifecycle = detail.lifecycle
    qtbot.waitUntil(lifecycle.accept_button.isVisible)
    assert "Tester" in lifecycle.suggestion.text()
    assert "a first order is recorded" in lifecycle.suggestion.text()
    confirm = _open(lifecycle, lifecycle.accept_button, LifecycleDialog)
    assert confirm.stage_combo.currentData() == "tester"
    assert confirm.reason_edit.text() == "a first order is recorded"
    _save(confirm)
    qtbot.waitUntil(lambda: detail.lifecycle.stage_label.text() == "Tester")
    assert not detail.lifecycle.accept_button.isVisible()
    assert detail.lifecycle.suggestion.text().startswith("Buyer is not suggested yet")


def test_recommendation_answers_make_the_nps(
    qtbot: QtBot, shown: MainWindow, db: Database, customer: str
) -> None:
    detail = _detail(shown)
    detail.tabs.setCurrentIndex(LIFECYCLE_TAB)
    tab = detail.lifecycle
    assert "No answer" in tab.answers_section.hint.text()
    dialog = _open(tab, tab.answers_section.add_button, RecommendationDialog)
    assert dialog.contact_combo.currentText() == "Ana Popescu"
    _save(dialog)  # no score chosen
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Answer (0-10): an answer goes from 0 to 10."
    assert _count(db, "recommendation") == 0
    dialog.scores.group.button(9).click()
    assert dialog.scores.meaning.text() == "Promoter"
    _save(dialog)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: detail.lifecycle.answer_model.rowCount() == 1)
    tab = detail.lifecycle
    assert tab.answers_section.hint.text().startswith("NPS 100 (answers counted: 1;")
    assert tab.answer_model.index(0, 3).data() == "Promoter"


def test_a_referral_to_a_new_company_creates_a_prospect(
    qtbot: QtBot, shown: MainWindow, db: Database, customer: str
) -> None:
    detail = _detail(shown)
    detail.tabs.setCurrentIndex(LIFECYCLE_TAB)
    tab = detail.lifecycle
    dialog = _open(tab, tab.referrals.add_button, ReferralDialog)
    _save(dialog)  # nobody named
    assert "this field is required" in dialog.error_label.text()
    type_text(dialog.referred_picker, "Brașov Metal")
    assert "will be added as a new prospect" in dialog.new_prospect_hint.text()
    dialog.contact_combo.setCurrentIndex(1)
    _save(dialog)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: detail.lifecycle.referral_model.rowCount() == 1)
    row = detail.lifecycle.referral_model
    assert row.index(0, 2).data() == "Brașov Metal"
    assert row.index(0, 3).data() == "Ana Popescu"
    prospect = db.reader.execute(
        "SELECT lifecycle_stage FROM customer WHERE name = 'Brașov Metal'"
    ).fetchone()
    assert prospect == ("prospect",)
    assert shown.workspace is not None and shown.workspace.model.rowCount() == 2


def test_a_costly_declining_customer_is_flagged_with_reasons(
    qtbot: QtBot, window: MainWindow, db: Database, customer: str
) -> None:
    today = date.today()
    set_lifecycle_stage(db, customer, LifecycleStage.ACCOUNT, today - timedelta(days=400))
    set_lifecycle_stage(db, customer, LifecycleStage.BUYER, today - timedelta(days=10))
    start, end = period_of(PeriodKind.MONTH, today)
    save_period(db, customer, PeriodInput(PeriodKind.MONTH, start, end, 100_000, care_cost=90_000))
    with db.write() as session:
        row = session.get(Customer, customer)
        assert row is not None
        row.health_score = 35.0
    assert window.workspace is not None
    window.workspace.refresh()
    window.open_customer(customer)
    detail = _detail(window)
    detail.tabs.setCurrentIndex(ECONOMICS_TAB)
    banner = detail.economics.disengage_banner
    assert banner.isVisible()
    for reason in (
        "cost-to-serve is high relative to revenue",
        "the principle scores are weak",
        "its lifecycle stage last moved down",
    ):
        assert reason in banner.text()
    detail.resize(1100, 700)
    save_shot(detail, "economics-en")


def test_period_dialog_edits_keep_the_period(
    qtbot: QtBot, shown: MainWindow, db: Database, customer: str
) -> None:
    start, end = period_bounds(PeriodKind.QUARTER, 2025, 2)
    save_period(db, customer, PeriodInput(PeriodKind.QUARTER, start, end, 300_000, orders=3))
    detail = _detail(shown)
    detail.tabs.setCurrentIndex(ECONOMICS_TAB)
    tab = detail.economics
    tab.periods.table.selectRow(0)
    dialog = _open(tab, tab.periods.edit_button, PeriodDialog)
    assert dialog.kind_combo.currentData() == "quarter"
    assert dialog.number_combo.currentText() == "Q2"
    assert dialog.amount_edits["revenue"].text() == "3,000"
    dialog.amount_edits["revenue"].clear()
    type_text(dialog.amount_edits["revenue"], "3500")
    _save(dialog)
    assert not dialog.isVisible()
    assert db.reader.execute("SELECT revenue, orders FROM economics_period").fetchall() == [
        (350_000, 3)
    ]
    assert isinstance(datetime.now(), datetime)


def test_the_customer_currency_is_checked_in_the_customer_dialog(
    qtbot: QtBot, db: Database, customer: str
) -> None:
    from relationdesk.services.customer_directory import CustomerDirectory
    from relationdesk.ui.customers.customer_dialog import CustomerDialog

    detail = CustomerDirectory(db.reader).detail(customer)
    dialog = CustomerDialog(db, None, detail)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.currency_combo.currentText() == "RON"
    dialog.currency_combo.setCurrentText("")
    type_text(dialog.currency_combo.lineEdit(), "EUO")
    _save(dialog)
    assert dialog.isVisible()
    assert dialog.error_label.text() == (
        "Currency: this is not a currency code: use three letters such as EUR or RON."
    )
    assert db.reader.execute("SELECT currency FROM customer").fetchone() == ("RON",)
    dialog.currency_combo.setCurrentText("")
    type_text(dialog.currency_combo.lineEdit(), "idr")
    _save(dialog)
    assert not dialog.isVisible()
    assert db.reader.execute("SELECT currency FROM customer").fetchone() == ("IDR",)
