"""The five principles in the customer view and the list, driven through real widgets."""

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from relationdesk.db.database import Database
from relationdesk.domain.customers import CustomerFields
from relationdesk.domain.evidence import LedgerKind, Principle
from relationdesk.domain.evidence_rules import LedgerFields
from relationdesk.domain.meetings import Side
from relationdesk.services import customer_editing as editing
from relationdesk.services import evidence_log
from relationdesk.services.customer_directory import ListFilter
from relationdesk.ui.customers.customer_detail import EVIDENCE_TAB, PRINCIPLES_TAB
from relationdesk.ui.lifecycle.ledger_dialog import LedgerDialog
from relationdesk.ui.main_window import MainWindow
from relationdesk.ui.meetings.meeting_dialog import MeetingDialog
from tests.ui.helpers import AnswerMessageBox, AttachedWindow, find_dialog, type_text

NOW = datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def _master_client(db: Database) -> str:
    customer = editing.create_customer(db, CustomerFields(name="PT Maju Jaya"))
    for days, kind in (
        (10, LedgerKind.CONCESSION),
        (20, LedgerKind.EXTRA_WORK),
        (30, LedgerKind.RISK_ACCEPTED),
    ):
        evidence_log.save_ledger_entry(
            db,
            LedgerFields(
                customer, Side.US, kind, NOW - timedelta(days=days), description=f"We gave {kind}"
            ),
        )
    for days, kind in ((5, LedgerKind.RISK_SHIFTED), (8, LedgerKind.ONE_SIDED_DEMAND)):
        evidence_log.save_ledger_entry(
            db,
            LedgerFields(
                customer,
                Side.CUSTOMER,
                kind,
                NOW - timedelta(days=days),
                description="Transport risk on us"
                if kind is LedgerKind.RISK_SHIFTED
                else "120-day payment terms",
            ),
        )
    return customer


def test_master_client_banner_names_the_evidence_and_the_advice(
    qtbot: QtBot, window: AttachedWindow, db: Database
) -> None:
    customer = _master_client(db)
    window.workspace.refresh(customer)
    detail = window.workspace.detail
    detail.tabs.setCurrentIndex(PRINCIPLES_TAB)
    panel = detail.principles.panel
    assert panel.banner.isVisible()
    text = panel.banner.text()
    assert "Client as master" in text and "Transport risk on us" in text
    assert "Our client, our partner" in text
    assert "Relationship health" in panel.health_label.text()
    panel.table.selectRow(0)  # reciprocity: what we gave and nothing came back
    why = panel.why.toPlainText()
    assert "Reciprocity" in why and "We gave, nothing returned" in why
    panel.table.selectRow(3)  # loyalty: no meetings at all
    assert "Not enough evidence yet" in panel.why.toPlainText()


def test_list_marks_and_filters_clients_acting_as_masters(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    master = _master_client(db)
    editing.create_customer(db, CustomerFields(name="Gruppo Rossi"))
    workspace = window.workspace
    assert workspace is not None
    workspace.refresh()
    assert workspace.model.rowCount() == 2
    workspace.set_filter(ListFilter.MASTER)
    assert workspace.model.rowCount() == 1
    assert workspace.model.customer_id(0) == master
    assert workspace.model.index(0, 0).data().endswith("⚠")


def test_ratings_from_the_meeting_dialog_move_the_scores(
    qtbot: QtBot, window: AttachedWindow, db: Database
) -> None:
    customer = editing.create_customer(db, CustomerFields(name="Carpați Industrial"))
    window.workspace.refresh(customer)
    dialog = MeetingDialog(db, window.settings, window, customer)
    dialog.open()
    type_text(dialog.summary_edit, "Negociere corectă")
    dialog.ratings.spins[Principle.INTEGRITY].setValue(5)
    dialog.ratings.spins[Principle.AUTONOMY].setValue(2)
    dialog.accept()
    rows = db.reader.execute("SELECT principle, rating FROM principle_rating ORDER BY principle")
    assert rows.fetchall() == [("autonomy", 2), ("integrity", 5)]


def test_evidence_tab_records_give_and_take(
    qtbot: QtBot, window: AttachedWindow, db: Database, answer_message_box: AnswerMessageBox
) -> None:
    customer = editing.create_customer(db, CustomerFields(name="Officine Rossi"))
    window.workspace.refresh(customer)
    detail = window.workspace.detail
    detail.tabs.setCurrentIndex(EVIDENCE_TAB)
    with qtbot.waitSignal(detail.evidence.sig_changed):
        detail.evidence.open_ledger_dialog()
        dialog = find_dialog(window, LedgerDialog)
        type_text(dialog.description_edit, "Sconto del 5%")
        dialog.accept()
    assert db.reader.execute("SELECT description FROM ledger_entry").fetchall() == [
        ("Sconto del 5%",)
    ]
