"""Views follow the change signal: what someone else writes (as the team sync will, straight
through a service) shows up once it is announced, with no other call; what a change is
not about reloads nothing."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from relationdesk.db.database import Database
from relationdesk.domain.customers import CustomerFields
from relationdesk.domain.meetings import MeetingFields, MeetingKind
from relationdesk.services import customer_editing as editing
from relationdesk.services.customer_directory import ListColumn
from relationdesk.services.meeting_log import save_meeting
from relationdesk.services.portfolio import AttentionKind
from relationdesk.ui.customers.contact_dialog import ContactDialog
from relationdesk.ui.customers.customer_detail import CONTACTS_TAB, TIMELINE_TAB
from relationdesk.ui.customers.customer_table_model import COLUMNS
from relationdesk.ui.dashboard.dashboard_view import DashboardView
from relationdesk.ui.main_window import MainWindow
from relationdesk.ui.meetings.meeting_dialog import MeetingDialog
from relationdesk.ui.meetings.timeline_model import ID_ROLE
from relationdesk.ui.shared.changes import Change, Topic
from tests.ui.helpers import find_dialog, type_text

NOW = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
LAST_MEETING = [column for column, _title in COLUMNS].index(ListColumn.LAST_MEETING)


@dataclass
class Desk:
    carpati: str
    bianchi: str
    old_meeting: str


def _meeting(db: Database, customer_id: str, days_ago: int, due: datetime | None = None) -> str:
    fields = MeetingFields(
        customer_id=customer_id,
        started_at=NOW - timedelta(days=days_ago),
        kind=MeetingKind.VISIT,
        summary="Vizită la Brașov",
        next_steps="Trimitem oferta" if due else "",
        follow_up_due=due,
    )
    return save_meeting(db, fields)


@pytest.fixture
def desk(db: Database) -> Desk:
    carpati = editing.create_customer(db, CustomerFields(name="Carpați Industrial"))
    bianchi = editing.create_customer(db, CustomerFields(name="Gruppo Bianchi"))
    old = _meeting(db, carpati, 200)  # quiet for 200 days: on the dashboard's attention list
    return Desk(carpati, bianchi, old)


def _calls(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[int]:
    """Count the calls of owner.name (still calling it)."""
    calls: list[int] = []
    original: Callable[..., object] = getattr(owner, name)

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, counting)
    return calls


def _open_timeline(window: MainWindow, customer_id: str) -> None:
    workspace = window.workspace
    assert workspace is not None
    assert workspace.select_customer(customer_id)
    workspace.detail.tabs.setCurrentIndex(TIMELINE_TAB)


def _timeline_ids(window: MainWindow) -> list[str]:
    assert window.workspace is not None
    proxy = window.workspace.detail.timeline.proxy
    return [proxy.index(row, 0).data(ID_ROLE) for row in range(proxy.rowCount())]


def _last_meeting_shown(window: MainWindow, customer_id: str) -> str:
    assert window.workspace is not None
    model = window.workspace.model
    row = model.row_of(customer_id)
    assert row is not None
    return str(model.index(row, LAST_MEETING).data())


def _attention(view: DashboardView) -> list[tuple[str, AttentionKind]]:
    model = view.attention.model
    items = [model.item(row) for row in range(model.rowCount())]
    return [(item.customer_id, item.kind) for item in items if item is not None]


def test_a_meeting_written_elsewhere_shows_everywhere_once_announced(
    qtbot: QtBot, desk: Desk, window: MainWindow, db: Database
) -> None:
    assert window.dashboard is not None and window.today is not None
    with qtbot.waitSignal(window.dashboard.sig_shown, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    view = window.dashboard.view
    assert view is not None
    quiet = (desk.carpati, AttentionKind.QUIET)
    assert quiet in _attention(view)
    _open_timeline(window, desk.carpati)
    assert _timeline_ids(window) == [desk.old_meeting]
    listed_before = _last_meeting_shown(window, desk.carpati)
    assert window.today.model.rowCount() == 0

    # As the team sync will: written through the service, then announced, nothing else.
    meeting = _meeting(db, desk.carpati, 0, due=NOW)
    with qtbot.waitSignal(window.dashboard.sig_shown, timeout=10_000):
        window.changes.announce(Topic.MEETINGS, customer_ids=[desk.carpati])

    assert _timeline_ids(window) == [meeting, desk.old_meeting]
    assert _last_meeting_shown(window, desk.carpati) != listed_before
    assert window.today.model.rowCount() == 1  # the new follow-up, due today
    assert quiet not in _attention(view)
    assert window.workspace is not None
    assert window.workspace.selected_customer_id() == desk.carpati  # the list kept it


def test_the_selected_meeting_stays_selected_after_a_change(
    qtbot: QtBot, desk: Desk, window: MainWindow, db: Database
) -> None:
    _open_timeline(window, desk.carpati)
    assert window.workspace is not None
    timeline = window.workspace.detail.timeline
    assert timeline.select_meeting(desk.old_meeting)
    newer = _meeting(db, desk.carpati, 1)
    window.changes.announce(Topic.MEETINGS, customer_ids=[desk.carpati])
    assert _timeline_ids(window) == [newer, desk.old_meeting]
    assert timeline.selected_meeting_id() == desk.old_meeting


def test_a_change_a_view_does_not_show_reloads_nothing_there(
    qtbot: QtBot,
    desk: Desk,
    window: MainWindow,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _open_timeline(window, desk.carpati)
    workspace, today, dashboard = window.workspace, window.today, window.dashboard
    assert workspace is not None and today is not None and dashboard is not None
    list_reloads = _calls(monkeypatch, workspace.model, "reload")
    timeline_reloads = _calls(monkeypatch, workspace.detail.timeline, "refresh")
    today_reloads = _calls(monkeypatch, today, "refresh")
    dashboard_reads = _calls(monkeypatch, dashboard, "refresh")

    # Settings: not shown by the list, the timeline or Today; the hidden dashboard reads
    # them when it is shown.
    window.changes.announce(Topic.SETTINGS)
    assert (list_reloads, timeline_reloads, today_reloads, dashboard_reads) == ([], [], [], [])

    # Another customer's meeting: the list and Today reload, the open timeline does not.
    _meeting(db, desk.bianchi, 0)
    window.changes.announce(Topic.MEETINGS, customer_ids=[desk.bianchi])
    assert (len(list_reloads), len(today_reloads)) == (1, 1)
    assert timeline_reloads == []
    assert _timeline_ids(window) == [desk.old_meeting]

    # Evidence of the open customer: the list's scores move, its timeline does not.
    window.changes.announce(Topic.EVIDENCE, customer_ids=[desk.carpati])
    assert len(list_reloads) == 2
    assert timeline_reloads == []
    assert len(today_reloads) == 1


def test_deleting_a_meeting_in_the_window_announces_it_to_every_view(
    qtbot: QtBot,
    desk: Desk,
    window: MainWindow,
    db: Database,
    answer_message_box: Callable[[QMessageBox.StandardButton], list[str]],
) -> None:
    newer = _meeting(db, desk.carpati, 1)
    window.changes.announce(Topic.MEETINGS, customer_ids=[desk.carpati])
    _open_timeline(window, desk.carpati)
    assert _timeline_ids(window) == [newer, desk.old_meeting]
    listed_before = _last_meeting_shown(window, desk.carpati)
    heard: list[Change] = []
    window.changes.changed.connect(heard.append)
    answer_message_box(QMessageBox.StandardButton.Yes)
    assert window.workspace is not None
    window.workspace.delete_meeting(newer)
    assert heard == [
        Change(
            frozenset({Topic.MEETINGS, Topic.FOLLOW_UPS, Topic.CONTACTS}),
            frozenset({desk.carpati}),
        )
    ]
    assert _timeline_ids(window) == [desk.old_meeting]
    assert _last_meeting_shown(window, desk.carpati) != listed_before


def test_an_attendee_added_while_logging_a_meeting_is_announced_even_if_not_logged(
    qtbot: QtBot, desk: Desk, window: MainWindow
) -> None:
    workspace = window.workspace
    assert workspace is not None
    assert workspace.select_customer(desk.carpati)
    workspace.detail.tabs.setCurrentIndex(CONTACTS_TAB)
    heard: list[Change] = []
    window.changes.changed.connect(heard.append)
    workspace.log_meeting()
    meeting_dialog = find_dialog(window, MeetingDialog)
    meeting_dialog.new_contact_button.click()
    contact_dialog = find_dialog(meeting_dialog, ContactDialog)
    type_text(contact_dialog.name_edit, "Ștefan Țurcanu")
    contact_dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert heard == [Change(frozenset({Topic.CONTACTS}), frozenset({desk.carpati}))]
    meeting_dialog.reject()
    assert workspace.detail.contacts_tab.contacts_model.rowCount() == 1
