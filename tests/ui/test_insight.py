"""Issue 19 on screen, through the real widgets: integrity shows both sides' records, one
set of ratings asks to rate again, the lifecycle tab takes the ladder as evidence and says
what is missing, and the customer dialog sets "customer since"."""

import os
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from relationdesk.db.database import Database
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.domain.enums import LifecycleStage
from relationdesk.domain.evidence import CommitmentOutcome, Principle
from relationdesk.domain.evidence_rules import CommitmentFields
from relationdesk.domain.meetings import MeetingFields, Side
from relationdesk.services import customer_editing as editing
from relationdesk.services import evidence_log, meeting_log
from relationdesk.services.customer_directory import CustomerDirectory
from relationdesk.services.lifecycle import set_lifecycle_stage
from relationdesk.services.recommendations import record_recommendation, record_referral
from relationdesk.ui.customers.customer_detail import LIFECYCLE_TAB, PRINCIPLES_TAB
from relationdesk.ui.customers.customer_dialog import CustomerDialog
from tests.ui.helpers import SHOTS_ENV, AttachedWindow, save_shot

NOW = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
TODAY = NOW.date()
INTEGRITY_ROW = list(Principle).index(Principle.INTEGRITY)
EQUITY_ROW = list(Principle).index(Principle.EQUITY)


def _shot(widget: object, name: str) -> None:
    """With RELATIONDESK_SHOTS set: a picture of the window at 1366 x 768 for a human."""
    if os.environ.get(SHOTS_ENV):
        from PySide6.QtWidgets import QApplication

        widget.window().resize(1366, 768)  # type: ignore[attr-defined]
        QApplication.processEvents()
        save_shot(widget.window(), f"insight-{name}")  # type: ignore[attr-defined]


def _promise(db: Database, customer: str, side: Side, days: int, kept: bool) -> None:
    outcome = CommitmentOutcome.KEPT if kept else CommitmentOutcome.BROKEN
    made, due = NOW - timedelta(days=days + 7), NOW - timedelta(days=days)
    evidence_log.save_commitment(
        db, CommitmentFields(customer, side, f"promise {days}", made, due, outcome)
    )


def test_integrity_shows_both_sides_and_the_weaker_drives_it(
    qtbot: QtBot, window: AttachedWindow, db: Database
) -> None:
    customer = editing.create_customer(db, CustomerFields(name="PT Maju Jaya"))
    for i in range(6):  # the customer broke five of six promises
        _promise(db, customer, Side.CUSTOMER, 10 + 15 * i, kept=i == 0)
    for i in range(6):  # we kept all of ours
        _promise(db, customer, Side.US, 12 + 15 * i, kept=True)
    # A week-old set of ratings is all equity has.
    evidence_log.save_ratings(db, customer, {Principle.EQUITY: (4, "")}, NOW - timedelta(days=7))
    window.workspace.refresh(customer)
    detail = window.workspace.detail
    detail.tabs.setCurrentIndex(PRINCIPLES_TAB)
    panel = detail.principles.panel
    score = panel.model.index(INTEGRITY_ROW, 1).data()
    assert int(score) < 50, "a customer who broke five of six promises is not fine"
    panel.table.selectRow(INTEGRITY_ROW)
    why = panel.why.toPlainText()
    assert "The customer's promises: kept 1, late 0, broken 5 (record" in why
    assert "the weaker side, it drives the score" in why
    assert "Our promises: kept 6, late 0, broken 0 (record 100)." in why
    assert "The customer broke a promise" in why and "We kept a promise" in why
    assert panel.rate_again.isVisible()
    assert panel.rate_again.text() == (
        "Only one set of ratings so far for Equity: "
        "rate again after your next meeting to firm this up."
    )
    tip = panel.model.index(EQUITY_ROW, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "rate again after your next meeting to firm this up"
    panel.table.selectRow(EQUITY_ROW)
    assert "Only your ratings so far, from one meeting" in panel.why.toPlainText()
    panel.table.selectRow(INTEGRITY_ROW)
    _shot(detail.principles, "principles")


def test_lifecycle_tab_takes_the_ladder_as_evidence_and_names_what_is_missing(
    qtbot: QtBot, window: AttachedWindow, db: Database
) -> None:
    customer = editing.create_customer(db, CustomerFields(name="Greco Meccanica"))
    set_lifecycle_stage(db, customer, LifecycleStage.PATRON_FRIEND, TODAY, "cliente storico")
    contact = editing.create_contact(db, customer, ContactFields(full_name="Marco Greco"))
    record_recommendation(db, customer, contact, 10, TODAY)
    window.workspace.refresh(customer)
    detail = window.workspace.detail
    detail.tabs.setCurrentIndex(LIFECYCLE_TAB)
    tab = detail.lifecycle
    assert tab.suggestion.isVisible() and not tab.accept_button.isVisible()
    assert tab.suggestion.text() == (
        "Sponsor-champion is not suggested yet; still needed: "
        "it has referred us to another customer."
    )
    _shot(tab, "lifecycle-missing")
    for name in ("Officine Bianchi", "Mancini & Figli"):
        record_referral(db, customer, None, name, TODAY)
    tab.refresh()
    assert tab.accept_button.isVisible()
    assert tab.suggestion.text() == (
        "The evidence suggests moving to Sponsor-champion: it has been a tester or higher on "
        "the ladder, so it has bought; a contact would recommend us (9 or 10 out of 10); it "
        "has referred us to another customer."
    )
    _shot(tab, "lifecycle")


def test_customer_since_is_set_in_the_customer_dialog_and_counts_for_loyalty(
    qtbot: QtBot, db: Database
) -> None:
    customer = editing.create_customer(db, CustomerFields(name="Carpați Industrial"))
    meeting_log.save_meeting(
        db, MeetingFields(customer_id=customer, started_at=NOW - timedelta(days=2))
    )
    before = db.reader.execute("SELECT loyalty_score FROM customer").fetchone()[0]
    dialog = CustomerDialog(db, None, CustomerDirectory(db.reader).detail(customer))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.since_known.isChecked() and not dialog.since_edit.isEnabled()
    dialog.since_known.click()
    assert dialog.since_edit.isEnabled()
    dialog.since_edit.setDate(date(2015, 5, 4))
    save_shot(dialog, "insight-customer-dialog")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    row = db.reader.execute("SELECT customer_since, loyalty_score FROM customer").fetchone()
    assert row[0] == "2015-05-04"
    assert row[1] > before + 20, "ten years together lift loyalty"
    again = CustomerDialog(db, None, CustomerDirectory(db.reader).detail(customer))
    qtbot.addWidget(again)
    assert again.since_known.isChecked()
    assert again.since_edit.date().toString("yyyy-MM-dd") == "2015-05-04"
    again.since_known.click()  # not known after all
    again.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert db.reader.execute("SELECT customer_since FROM customer").fetchone()[0] is None
