"""Today lists who to reach out to (drifting apart, past the stay-in-touch interval); the
dashboard counts them (docs/stories.md #2)."""

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from sqlalchemy import text

from relationdesk.db.database import Database
from relationdesk.domain.customers import CustomerFields
from relationdesk.domain.meetings import MeetingFields
from relationdesk.services import customer_editing as editing
from relationdesk.services import meeting_log
from relationdesk.services.keep_in_touch import ReachOutCounts
from relationdesk.services.portfolio import portfolio_dashboard
from relationdesk.ui.meetings.reach_out_list import ID_ROLE
from relationdesk.ui.meetings.today_view import TodayView
from relationdesk.ui.shared.changes import Changes, Topic

NOW = datetime.combine(date.today(), datetime.min.time()) + timedelta(hours=12)


def _meet(db: Database, customer_id: str, days_ago: int) -> None:
    meeting_log.save_meeting(
        db, MeetingFields(customer_id=customer_id, started_at=NOW - timedelta(days=days_ago))
    )


def _portfolio(db: Database) -> dict[str, str]:
    drifting = editing.create_customer(db, CustomerFields(name="Carpați Industrial"))
    for days_ago in (100, 150, 200, 250, 300):  # a steady baseline, then silence
        _meet(db, drifting, days_ago)
    quiet = editing.create_customer(db, CustomerFields(name="Gruppo Rossi"))
    _meet(db, quiet, 45)  # past the 30-day interval
    recent = editing.create_customer(db, CustomerFields(name="PT Nusantara"))
    _meet(db, recent, 2)
    former = editing.create_customer(db, CustomerFields(name="Former SRL"))
    _meet(db, former, 200)
    with db.write() as session:
        session.execute(
            text("UPDATE customer SET lifecycle_stage = 'former' WHERE id = :id"), {"id": former}
        )
    return {"drifting": drifting, "quiet": quiet, "recent": recent, "former": former}


def _listed(view: TodayView) -> list[str]:
    model = view.reach_out.model
    return [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]


def test_today_lists_drifting_and_past_interval_customers(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    ids = _portfolio(db)
    changes = Changes()
    view = TodayView(db, clock=lambda: NOW)
    changes.changed.connect(view.reach_out._on_change)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    # Read off the GUI thread: wait for the list, then look at it.
    qtbot.waitUntil(lambda: _listed(view) == [ids["drifting"], ids["quiet"]])
    model = view.reach_out.model
    assert "Drifting apart" in model.index(0, 2).data()
    assert "Due for contact" in model.index(1, 2).data()
    assert "1 drifting apart" in view.reach_out.counts_label.text()
    assert "2 past their stay-in-touch interval" in view.reach_out.counts_label.text()
    with qtbot.waitSignal(view.sig_open_customer) as opened:
        view.reach_out.table.setCurrentIndex(model.index(1, 0))
        view.reach_out.table.setFocus()
        qtbot.keyClick(view.reach_out.table, Qt.Key.Key_Return)
    assert opened.args == [ids["quiet"]]
    _meet(db, ids["quiet"], 0)  # met today: off the list once the change is announced
    changes.announce(Topic.MEETINGS, customer_ids=[ids["quiet"]])
    qtbot.waitUntil(lambda: _listed(view) == [ids["drifting"]])


def test_dashboard_counts_who_to_reach_out_to(db: Database) -> None:
    _portfolio(db)
    board = portfolio_dashboard(db.reader, NOW, {}, touch_days=30)
    assert board.reach_out == ReachOutCounts(drifting=1, past_interval=2)
