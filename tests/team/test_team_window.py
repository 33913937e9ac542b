"""The team in the window (ui/team/), driven on the real widgets against the throw-away
PostgreSQL: joining in Settings → Team, the background sync and its status, a change made
on a second laptop showing up in the open customer's timeline, offline and back, leaving."""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import psycopg
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from relationdesk.db.database import Database
from relationdesk.domain.customers import CustomerFields
from relationdesk.domain.meetings import MeetingFields, MeetingKind
from relationdesk.i18n import LanguageSwitcher
from relationdesk.services import customer_editing
from relationdesk.services.meeting_log import save_meeting
from relationdesk.team import credentials
from relationdesk.team.errors import without_password
from relationdesk.ui.customers.customer_detail import TIMELINE_TAB
from relationdesk.ui.main_window import MainWindow
from relationdesk.ui.meetings.timeline_model import ID_ROLE
from relationdesk.ui.settings.settings_dialog import SettingsDialog
from relationdesk.ui.shared.changes import Topic
from relationdesk.ui.team import team_work
from relationdesk.ui.team.team_page import TeamPage
from relationdesk.ui.team.team_sync import TeamSync
from tests.team.conftest import TeamServer
from tests.team.laptops import Member, make_team, open_laptop
from tests.ui.conftest import switcher, window
from tests.ui.helpers import AnswerMessageBox, AttachedWindow, find_dialog, save_shot

__all__ = ["switcher", "window"]  # the window fixtures, used here too
SYNC_MS = 30_000


def _team(window: MainWindow) -> TeamSync:
    assert window.team_sync is not None
    return window.team_sync


def _status(window: AttachedWindow) -> str:
    return _team(window).button.text()


def _sync(qtbot: QtBot, window: AttachedWindow) -> None:
    with qtbot.waitSignal(_team(window).sig_synced, timeout=SYNC_MS):
        qtbot.keyClick(window, Qt.Key.Key_F5)


def _joined(qtbot: QtBot, window: AttachedWindow, db: Database, member: Member) -> None:
    """Joined as the engine does it (the page's own join has a test of its own)."""
    who = team_work.join(db, member.url, member.password)
    team_work.remember(window.settings, who)
    window.changes.announce(Topic.DATABASE)  # as the page does after joining
    with qtbot.waitSignal(_team(window).sig_synced, timeout=SYNC_MS):
        _team(window).refresh()


def _team_page(window: AttachedWindow) -> TeamPage:
    window.open_settings()
    dialog = find_dialog(window, SettingsDialog)
    page = dialog.findChild(TeamPage)
    assert page is not None
    dialog.tabs.setCurrentWidget(page)
    return page


def test_without_a_team_nothing_of_it_shows(qtbot: QtBot, window: AttachedWindow) -> None:
    assert _team(window).button.isHidden()
    assert not _team(window).action.isEnabled()
    page = _team_page(window)
    assert page.stack.currentWidget() is page.join_page
    save_shot(page.window(), "team_settings_join")


def test_joining_in_settings_shows_who_i_am_and_syncs(
        qtbot: QtBot, team_server: TeamServer, window: AttachedWindow, db: Database,
        data_dir: Path) -> None:
    (anna,) = make_team(team_server, "anna")
    customer_editing.create_customer(db, CustomerFields(name="Carpați Industrial"))
    page = _team_page(window)
    page.server_edit.setText(without_password(anna.url, ""))
    page.user_edit.setText("anna")
    page.password_edit.setText("not her password")
    qtbot.mouseClick(page.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "password" in page.join_error.text(), timeout=SYNC_MS)
    assert page.stack.currentWidget() is page.join_page
    page.password_edit.setText(anna.password)
    mine = "her-own-password-2026"
    page.new_password_edit.setText(mine)
    page.repeat_edit.setText(mine + "?")
    qtbot.mouseClick(page.join_button, Qt.MouseButton.LeftButton)
    assert page.join_error.text() == "The new password and its repetition differ."
    page.repeat_edit.setText(mine)
    with qtbot.waitSignal(_team(window).sig_synced, timeout=SYNC_MS):
        qtbot.mouseClick(page.join_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.member_page
    assert "anna" in page.who_label.text() and "Sales" in page.who_label.text()
    # The one-time password is replaced by hers, on the server and in the keychain only.
    assert keyring.get_password(credentials.SERVICE, anna.url) == mine
    team_server.connect_as("anna", mine).close()
    with pytest.raises(psycopg.OperationalError):
        team_server.connect_as("anna", anna.password)
    settings_text = "".join(p.read_text() for p in data_dir.rglob("*.ini"))
    assert mine not in settings_text and anna.password not in settings_text
    assert _team(window).button.isVisible()
    assert _status(window) == "Synced just now"
    save_shot(page.window(), "team_settings_joined")


def test_a_meeting_from_a_second_laptop_appears_in_the_open_timeline(
        qtbot: QtBot, team_server: TeamServer, window: AttachedWindow, db: Database,
        tmp_path: Path) -> None:
    (anna,) = make_team(team_server, "anna")
    customer_id = customer_editing.create_customer(db, CustomerFields(name="Carpați Industrial"))
    _joined(qtbot, window, db, anna)
    assert window.workspace is not None
    window.changes.announce(Topic.CUSTOMERS)
    assert window.workspace.select_customer(customer_id)
    window.workspace.detail.tabs.setCurrentIndex(TIMELINE_TAB)
    other = open_laptop(tmp_path / "second", anna)
    other.join()
    meeting = save_meeting(other.db, MeetingFields(
        customer_id=customer_id, started_at=datetime.now(UTC).replace(tzinfo=None)
        - timedelta(hours=1), kind=MeetingKind.VISIT, summary="Vizită la Brașov"))
    other.sync()
    other.close()
    proxy = window.workspace.detail.timeline.proxy
    assert meeting not in [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]
    _sync(qtbot, window)
    shown = [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]
    assert meeting in shown  # without reopening the customer
    assert window.workspace.selected_customer_id() == customer_id


def test_saves_wait_a_few_seconds_then_offline_and_back(
        qtbot: QtBot, team_server: TeamServer, window: AttachedWindow, db: Database) -> None:
    (anna,) = make_team(team_server, "anna")
    _joined(qtbot, window, db, anna)
    team = _team(window)
    assert _status(window) == "Synced just now"
    customer_editing.create_customer(db, CustomerFields(name="Gruppo Bianchi"))
    window.changes.announce(Topic.CUSTOMERS)
    assert _status(window) == "1 change waiting"
    soon = team._soon
    assert soon.isActive() and soon.interval() >= 2_000  # batched, a few seconds later
    save_shot(window.statusBar(), "team_status_waiting")
    # The server goes away: offline, the laptop keeps working.
    away = "postgresql://anna@127.0.0.1:1/nowhere"
    db.reader.execute("UPDATE sync_state SET server = ?", [away])
    credentials.store(away, anna.password)
    with qtbot.waitSignal(team.sig_failed, timeout=SYNC_MS):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert _status(window).startswith("Offline since ")
    save_shot(window.statusBar(), "team_status_offline")
    db.reader.execute("UPDATE sync_state SET server = ?", [anna.url])
    with qtbot.waitSignal(team.sig_synced, timeout=SYNC_MS):
        qtbot.mouseClick(team.button, Qt.MouseButton.LeftButton)
    assert _status(window) == "Synced just now"
    names = [r[0] for r in team_server.connect_as("anna", anna.password).execute(
        "SELECT name FROM customer")]
    assert names == ["Gruppo Bianchi"]


@pytest.mark.parametrize("keep", [True, False])
def test_leaving_the_team_keeps_mine_or_nothing(
        qtbot: QtBot, team_server: TeamServer, window: AttachedWindow, db: Database,
        answer_message_box: AnswerMessageBox, keep: bool) -> None:
    (anna,) = make_team(team_server, "anna")
    customer_editing.create_customer(db, CustomerFields(name="Carpați Industrial"))
    _joined(qtbot, window, db, anna)
    page = _team_page(window)
    (page.keep_mine if keep else page.keep_nothing).setChecked(True)
    seen = answer_message_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.leave_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.join_page, timeout=SYNC_MS)
    assert ("keeps a copy" in seen[0]) is keep
    names = [r[0] for r in db.reader.execute("SELECT name FROM customer")]
    assert names == (["Carpați Industrial"] if keep else [])
    assert _team(window).button.isHidden()
    assert keyring.get_password(credentials.SERVICE, anna.url) is None
    assert window.settings.get(team_work.TEAM_NAME) == ""


@pytest.mark.parametrize("mine", [True, False])
def test_a_conflict_resolved_either_way(
        qtbot: QtBot, team_server: TeamServer, window: AttachedWindow, db: Database,
        tmp_path: Path, mine: bool) -> None:
    from relationdesk.ui.team.conflicts_dialog import ConflictsDialog

    anna, mara = make_team(team_server, "anna", "mara", managers=("mara",))
    name = "Carpați Industrial"
    customer_id = customer_editing.create_customer(db, CustomerFields(name=name))
    _joined(qtbot, window, db, anna)
    manager = open_laptop(tmp_path / "mara", mara)
    manager.join()
    customer_editing.update_customer(db, customer_id, CustomerFields(name=name, city="Roma"))
    _sync(qtbot, window)
    customer_editing.update_customer(manager.db, customer_id,
                                     CustomerFields(name=name, city="Milano"))
    assert manager.sync().conflicts == 1  # the later edit wins; anna's Roma is kept
    manager.close()
    _sync(qtbot, window)
    city = "SELECT city FROM customer WHERE id = ?"
    assert db.reader.execute(city, [customer_id]).fetchone()[0] == "Milano"
    page = _team_page(window)
    qtbot.mouseClick(page.conflicts_button, Qt.MouseButton.LeftButton)
    dialog = find_dialog(page, ConflictsDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=SYNC_MS)
    cells = [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())]
    assert cells[:5] == [name, "city", "Roma", "Milano", "mara"]
    save_shot(dialog, "team_conflicts")
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.sig_answered, timeout=SYNC_MS):
        qtbot.mouseClick(dialog.use_mine if mine else dialog.keep_theirs,
                         Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0 and dialog.table.isEnabled(),
                    timeout=SYNC_MS)
    chosen = "Roma" if mine else "Milano"
    assert db.reader.execute(city, [customer_id]).fetchone()[0] == chosen
    _sync(qtbot, window)
    server = team_server.connect_as("anna", anna.password)
    assert server.execute("SELECT city FROM customer").fetchone() == (chosen,)
    assert server.execute("SELECT count(*) FROM sync_conflict WHERE restored_at IS NULL"
                          ).fetchone() == (0,)


@pytest.mark.parametrize("language", ["en", "it", "id", "ro"])
def test_the_team_screens_speak_each_language(
        qtbot: QtBot, team_server: TeamServer, window: AttachedWindow, db: Database,
        switcher: LanguageSwitcher, language: str) -> None:
    """And leave screenshots when RELATIONDESK_SHOTS asks: Settings → Team, each state
    of the status bar, the conflicts dialog."""
    from relationdesk.team.conflicts import KeptValue
    from relationdesk.team.kept import Conflict
    from relationdesk.ui.team.conflicts_dialog import ConflictsDialog

    (anna,) = make_team(team_server, "anna")
    customer_editing.create_customer(db, CustomerFields(name="Carpați Industrial"))
    _joined(qtbot, window, db, anna)
    switcher.apply(language)
    QApplication.sendPostedEvents()  # the language change reaches every widget
    english = language == "en"
    team = _team(window)
    assert (team.button.text() == "Synced just now") is english
    page = _team_page(window)
    assert (page.leave_button.text() == "&Leave the team…") is english
    save_shot(page.window(), f"team_settings_{language}")
    page.window().close()
    states: dict[str, Callable[[], object]] = {
        "synced": lambda: None,
        "waiting": lambda: db.reader.execute(
            "UPDATE customer SET city = 'Brașov'"),  # one change to push
        "offline": lambda: _set(team, offline_since=datetime(2026, 12, 7, 9, 14)),
        "cannot": lambda: _set(team, offline_since=None, problem=team.tr(
            "wrong password; join again in Settings ▸ Team")),
    }
    for state, make in states.items():
        make()
        team.show_state()
        qtbot.wait(20)  # the status bar lays the new text out
        save_shot(window.statusBar(), f"team_status_{state}_{language}")
    assert "09:14" not in team.button.text()
    dialog = ConflictsDialog(window)
    with qtbot.waitSignal(dialog.sig_loaded, timeout=SYNC_MS):
        dialog.show()
    kept = KeptValue(1, "customer", "x", "city", "Roma", "anna", "mara",
                     datetime(2026, 12, 7, 9, 14, tzinfo=UTC), False)
    dialog._me = "anna"
    dialog._loaded([Conflict(kept, "Carpați Industrial", "Milano")])
    dialog.table.selectRow(0)
    assert (dialog.windowTitle() == "Conflicts") is english
    save_shot(dialog, f"team_conflicts_{language}")
    dialog.close()


@pytest.mark.parametrize("anyway", [False, True])
def test_creating_a_customer_a_colleague_owns_says_so_before_saving(
        qtbot: QtBot, team_server: TeamServer, window: AttachedWindow, db: Database,
        tmp_path: Path, answer_message_box: AnswerMessageBox, anyway: bool) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from relationdesk.ui.customers.customer_dialog import CustomerDialog
    from tests.ui.helpers import type_text

    anna, bogdan = make_team(team_server, "anna", "bogdan")
    colleague = open_laptop(tmp_path / "bogdan", bogdan)
    customer_editing.create_customer(colleague.db, CustomerFields(name="Carpați Industrial"))
    colleague.join()
    colleague.close()
    _joined(qtbot, window, db, anna)
    assert db.reader.execute("SELECT count(*) FROM customer").fetchone()[0] == 0  # not hers
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = find_dialog(window, CustomerDialog)
    type_text(dialog.name_edit, "carpați  industrial")
    seen = answer_message_box(QMessageBox.StandardButton.Yes if anyway
                              else QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["“carpați  industrial” is bogdan's customer. Ask them before prospecting "
                    "it. Save it as yours anyway?"]
    saved = db.reader.execute("SELECT count(*) FROM customer").fetchone()[0]
    assert saved == (1 if anyway else 0)
    assert dialog.isVisible() is not anyway


def test_a_manager_filters_by_owner_and_reassigns_a_selection(
        qtbot: QtBot, team_server: TeamServer, window: AttachedWindow, db: Database,
        tmp_path: Path) -> None:
    from relationdesk.services.customer_directory import ListColumn
    from relationdesk.ui.customers.customer_table_model import COLUMNS

    anna, bogdan, mara = make_team(team_server, "anna", "bogdan", "mara", managers=("mara",))
    for member, names in ((anna, ["Alfa", "Beta"]), (bogdan, ["Gamma"])):
        laptop = open_laptop(tmp_path / member.name, member)
        for name in names:
            customer_editing.create_customer(laptop.db, CustomerFields(name=name))
        laptop.join()
        laptop.close()
    _joined(qtbot, window, db, mara)
    workspace = window.workspace
    assert workspace is not None
    owners = _team(window).owners
    assert owners is not None and not owners.combo.isHidden()
    assert not owners.reassign_button.isHidden()
    labels = [owners.combo.itemText(i) for i in range(owners.combo.count())]
    assert labels == ["Everyone's customers", "My customers", "anna's customers",
                      "bogdan's customers"]
    owner_column = [c for c, _t in COLUMNS].index(ListColumn.OWNER)
    model = workspace.model

    def shown() -> list[tuple[str, str]]:
        return [(model.index(r, 0).data(), model.index(r, owner_column).data())
                for r in range(model.rowCount())]

    assert shown() == [("Alfa", "anna"), ("Beta", "anna"), ("Gamma", "bogdan")]
    workspace.window().activateWindow()
    window.open_customer(workspace.model.customer_id(0) or "")
    save_shot(window, "team_manager_list")
    owners.combo.setCurrentIndex(2)
    assert shown() == [("Alfa", "anna"), ("Beta", "anna")]
    workspace.view.selectAll()
    assert owners.reassign(member_id=dict((n, i) for i, n in owners.members())["bogdan"]) == 2
    assert shown() == []  # anna has none left
    owners.combo.setCurrentIndex(0)
    assert [o for _n, o in shown()] == ["bogdan"] * 3
    _sync(qtbot, window)
    server = team_server.connect_as("bogdan", bogdan.password)
    assert sorted(r[0] for r in server.execute("SELECT name FROM customer")) == [
        "Alfa", "Beta", "Gamma"]


def test_the_customer_shows_its_owner_by_name(
        qtbot: QtBot, team_server: TeamServer, window: AttachedWindow, db: Database) -> None:
    (anna,) = make_team(team_server, "anna")
    customer_id = customer_editing.create_customer(
        db, CustomerFields(name="Carpați Industrial", owner="free text"))
    _joined(qtbot, window, db, anna)
    assert window.workspace is not None and window.workspace.select_customer(customer_id)
    facts = window.workspace.detail.findChild(QLabel, "ownerValue")
    assert facts is not None and facts.text() == "anna"


def test_start_up_with_an_unreachable_server_does_not_wait(
        qtbot: QtBot, team_server: TeamServer, db: Database, switcher: LanguageSwitcher) -> None:
    from relationdesk.paths import settings_file
    from relationdesk.settings import Settings
    from relationdesk.ui.team.team_sync import START_DELAY_MS

    (anna,) = make_team(team_server, "anna")
    team_work.join(db, anna.url, anna.password)
    away = "postgresql://anna@127.0.0.1:1/nowhere"
    db.reader.execute("UPDATE sync_state SET server = ?", [away])
    credentials.store(away, anna.password)
    main = MainWindow(Settings(settings_file()), switcher)
    main.attach(db)
    team = _team(main)
    assert not team._running and team._soon.isActive()
    assert team._soon.interval() == START_DELAY_MS  # the first sync comes later, off the GUI
    with qtbot.waitSignal(team.sig_failed, timeout=SYNC_MS):
        team.sync_now()
    assert team.button.text().startswith("Offline since ")
    main.close()  # before the database closes, as the window fixture does
    main.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _set(target: object, **values: object) -> None:
    """Put the status item in a state, as a sync would have left it."""
    for name, value in values.items():
        setattr(target, name, value)
