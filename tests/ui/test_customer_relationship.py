"""The customer pane's relationship side: stage, boundary, brief, and their wiring."""

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from relationdesk.db.database import Database
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.domain.meetings import (
    Depth,
    DisclosureDomain,
    DisclosureFields,
    MeetingFields,
    Side,
)
from relationdesk.services import customer_editing as editing
from relationdesk.services import meeting_log
from relationdesk.ui.customers.customer_detail import BRIEF_TAB, TIMELINE_TAB
from relationdesk.ui.meetings.meeting_dialog import MeetingDialog
from tests.ui.helpers import AttachedWindow, find_dialog

NOW = datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def _customer_with_history(db: Database) -> tuple[str, str]:
    customer = editing.create_customer(db, CustomerFields(name="Carpați Industrial"))
    stefan = editing.create_contact(db, customer, ContactFields(full_name="Ștefan Țurcanu"))
    disclosures = [
        DisclosureFields(side, DisclosureDomain.BUSINESS, topic, Depth.INTERMEDIATE, "")
        for side in (Side.CUSTOMER, Side.US)
        for topic in ("strategy", "problems", "finances")
    ] + [
        DisclosureFields(
            Side.CUSTOMER,
            DisclosureDomain.PERSONAL,
            "family",
            Depth.INTERMEDIATE,
            "Fiica lui începe facultatea",
            False,
            stefan,
        ),
        DisclosureFields(
            Side.CUSTOMER,
            DisclosureDomain.PERSONAL,
            "health",
            Depth.CORE,
            "SECRET-DIAGNOSIS",
            True,
            stefan,
        ),
    ]
    meeting_log.save_meeting(
        db,
        MeetingFields(
            customer_id=customer,
            started_at=NOW - timedelta(days=3),
            summary="Vizită",
            next_steps="Trimitem oferta",
            disclosures=disclosures,
            follow_up_due=NOW - timedelta(days=1),
        ),
    )
    return customer, stefan


def test_brief_shows_what_to_remember_but_no_sensitive_text(
    qtbot: QtBot, window: AttachedWindow, db: Database
) -> None:
    customer, _stefan = _customer_with_history(db)
    window.workspace.refresh(customer)
    detail = window.workspace.detail
    assert detail.tabs.currentIndex() == BRIEF_TAB
    text = detail.brief.browser.toPlainText()
    assert "Collaborative partner" in text
    assert "Trimitem oferta" in text
    assert "Fiica lui începe facultatea" in text
    assert "SECRET-DIAGNOSIS" not in text
    assert detail.relationship.stage_value.text() == "Collaborative partner"
    assert "In the last 180 days" in detail.relationship.why_label.text()
    touch = detail.relationship.touch_value.text()
    assert "In touch" in touch and "Overdue" not in touch  # the dot: contact only
    assert "Follow-up overdue since" in touch  # the late follow-up: its own mark and words


def test_list_dot_measures_contact_and_marks_the_late_follow_up_apart(
    qtbot: QtBot, window: AttachedWindow, db: Database
) -> None:
    """Met three days ago with an older follow-up still open: a green dot, and the
    follow-up column carries its own overdue mark and words."""
    from relationdesk.domain.stay_in_touch import TouchStatus
    from relationdesk.services.customer_directory import ListColumn
    from relationdesk.ui.customers.customer_table_model import COLUMNS, OVERDUE_MARK, TOUCH_ROLE

    customer, _stefan = _customer_with_history(db)
    workspace = window.workspace
    assert workspace is not None
    workspace.refresh(customer)
    model = workspace.model
    row = model.row_of(customer)
    assert row is not None
    assert model.data(model.index(row, 0), TOUCH_ROLE) is TouchStatus.GREEN
    column = [c for c, _label in COLUMNS].index(ListColumn.NEXT_FOLLOW_UP)
    cell = model.index(row, column)
    assert model.data(cell).startswith(OVERDUE_MARK)
    assert "Follow-up overdue since" in model.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert "Follow-up overdue since" in model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)


def test_confirm_a_stage_and_keep_it_professional(
    qtbot: QtBot, window: AttachedWindow, db: Database
) -> None:
    customer, _stefan = _customer_with_history(db)
    window.workspace.refresh(customer)
    panel = window.workspace.detail.relationship
    panel.stage_combo.setCurrentIndex(panel.stage_combo.findText("Business partner"))
    qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    assert panel.confirmed_value.text() == "Business partner"
    history = db.reader.execute("SELECT stage, suggested_stage FROM stage_change").fetchall()
    assert history == [("business_partner", "collaborative_partner")]
    qtbot.mouseClick(panel.professional_check, Qt.MouseButton.LeftButton)
    assert db.reader.execute("SELECT keep_professional FROM customer").fetchone()[0] == 1
    assert "Kept professional by choice" in panel.why_label.text()


def test_timeline_edit_opens_the_meeting(
    qtbot: QtBot, window: AttachedWindow, db: Database
) -> None:
    customer, _stefan = _customer_with_history(db)
    window.workspace.refresh(customer)
    detail = window.workspace.detail
    detail.tabs.setCurrentIndex(TIMELINE_TAB)
    assert detail.timeline.model.meeting_count() == 1
    meeting_id = db.reader.execute("SELECT id FROM meeting").fetchone()[0]
    detail.timeline.sig_edit_meeting.emit(meeting_id)
    dialog = find_dialog(window, MeetingDialog)
    assert dialog.summary_edit.toPlainText() == "Vizită"
    assert dialog.disclosures.model.rowCount() == 8
    dialog.done(0)


def test_today_opens_the_customer(qtbot: QtBot, window: AttachedWindow, db: Database) -> None:
    customer, _stefan = _customer_with_history(db)
    window.today.refresh()
    assert window.today.model.rowCount() == 1
    window.today.sig_open_customer.emit(customer)
    assert window.tabs.currentWidget() is window.workspace
    assert window.workspace.selected_customer_id() == customer
