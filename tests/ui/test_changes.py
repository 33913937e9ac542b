"""The change signal: what a view asks of an announcement."""

from pytestqt.qtbot import QtBot

from relationdesk.ui.main_window import MainWindow
from relationdesk.ui.shared.changes import Change, Changes, Topic
from relationdesk.ui.shared.window import FlowWindow


def test_a_change_touches_its_topics_and_a_new_database_touches_all() -> None:
    change = Change(frozenset({Topic.MEETINGS}), frozenset({"c1"}))
    assert change.touches(Topic.MEETINGS, Topic.CUSTOMERS)
    assert not change.touches(Topic.EVIDENCE)
    assert Change(frozenset({Topic.DATABASE})).touches(Topic.EVIDENCE)


def test_a_change_concerns_only_its_customers_unless_it_names_none() -> None:
    change = Change(frozenset({Topic.MEETINGS}), frozenset({"c1"}))
    assert change.concerns("c1")
    assert not change.concerns("c2")
    assert not change.concerns(None)
    assert Change(frozenset({Topic.MEETINGS})).concerns("c2")


def test_announce_emits_one_change(qtbot: QtBot) -> None:
    changes = Changes()
    with qtbot.waitSignal(changes.changed) as blocker:
        changes.announce(Topic.CONTACTS, customer_ids=["c9"])
    assert blocker.args == [Change(frozenset({Topic.CONTACTS}), frozenset({"c9"}))]



def test_the_main_window_is_what_flows_ask_for(window: MainWindow) -> None:
    flow_window: FlowWindow = window  # mypy checks MainWindow against the protocol here
    flow_window.show_status("saved")
    assert window.statusBar().currentMessage() == "saved"
    assert flow_window.dialog_parent() is window
    assert isinstance(flow_window.changes, Changes)
