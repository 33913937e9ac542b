"""Never lose data, from the window: backups, restore, check, a damaged file at start-up."""

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from relationdesk.app import application, start
from relationdesk.db.connection import open_file
from relationdesk.db.database import Database
from relationdesk.db.schema import open_database
from relationdesk.domain.customers import CustomerFields
from relationdesk.paths import database_url
from relationdesk.services import customer_editing as editing
from relationdesk.services.backup import create_backup
from relationdesk.ui.main_window import MainWindow
from relationdesk.ui.maintenance.backups_dialog import BackupsDialog
from tests.ui.helpers import AnswerMessageBox, AttachedWindow, find_dialog


def _names(window: MainWindow) -> list[str]:
    model = window.workspace.model  # type: ignore[union-attr]
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_back_up_then_restore_through_the_dialog(
    qtbot: QtBot, window: AttachedWindow, db: Database, answer_message_box: AnswerMessageBox
) -> None:
    editing.create_customer(db, CustomerFields(name="Alfa Plast"))
    window.workspace.refresh()
    window.backups_action.trigger()
    dialog = find_dialog(window, BackupsDialog)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)

    def manual_row() -> int | None:  # the start-up backup may land in the list too
        rows = range(dialog.model.rowCount())
        return next((r for r in rows if dialog.model.backup(r).reason == "manual"), None)  # type: ignore[union-attr]

    qtbot.waitUntil(lambda: manual_row() is not None, timeout=10000)
    manual = manual_row()
    assert manual is not None
    dialog.table.selectRow(manual)

    customer = db.reader.execute("SELECT id FROM customer").fetchone()[0]
    editing.delete_customer(db, customer)
    shown = answer_message_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.workspace is not None and _names(window) == ["Alfa Plast"], timeout=10000
    )
    assert "backed up first" in shown[0]
    backups = list((Path(window.db.path).parent / "backups").iterdir())  # type: ignore[union-attr]
    assert any("before-restore" in b.name for b in backups)


def test_check_database_repairs_the_search_index(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    editing.create_customer(db, CustomerFields(name="Ștefănescu Industrial"))
    db.reader.execute("DELETE FROM customer_search")  # as if the index went out of step
    window.check_action.trigger()
    qtbot.waitUntil(
        lambda: (
            isinstance(QApplication.activeModalWidget(), QMessageBox)
            or window.findChild(QMessageBox, "checkReport") is not None
        ),
        timeout=10000,
    )
    report = window.findChild(QMessageBox, "checkReport")
    assert report is not None
    assert "search index" in report.text() and "repaired" in report.text()
    assert "backed up the database" in report.text()
    report.close()
    hits = db.reader.execute(
        "SELECT count(*) FROM customer_search WHERE customer_search MATCH '\"stefanescu\"*'"
    ).fetchone()[0]
    assert hits == 1


def test_a_damaged_database_at_start_up_offers_the_newest_backup(
    qtbot: QtBot, data_dir: Path, answer_message_box: AnswerMessageBox
) -> None:
    db = open_database(database_url())
    editing.create_customer(db, CustomerFields(name="Gruppo Rossi"))
    path = db.path
    db.close()
    create_backup(path, "manual")
    conn = open_file(path)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page is gone
    path.write_bytes(bytes(data))

    shown = answer_message_box(QMessageBox.StandardButton.Yes)
    window = start(application(), "en")
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15000)
    assert "damaged" in shown[0]
    assert _names(window) == ["Gruppo Rossi"]
    assert list(path.parent.glob(f"{path.name}.corrupt-*")), "the damaged file is kept aside"
    window.switcher.apply("en")
    window.db.close()  # type: ignore[union-attr]
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_backup_interval_is_set_in_settings(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    from datetime import UTC, datetime, timedelta

    from relationdesk.services.backup import list_backups
    from relationdesk.ui.settings.settings_dialog import SettingsDialog

    editing.create_customer(db, CustomerFields(name="Alfa Plast"))  # an empty desk is not
    qtbot.waitUntil(lambda: len(list_backups(db.path)) == 1, timeout=15000)  # start-up backup
    started = list_backups(db.path)[0].path
    two_hours_ago = datetime.now(UTC) - timedelta(hours=2)
    started.rename(started.with_name(f"relationdesk-{two_hours_ago:%Y%m%d-%H%M%S}-auto.sqlite3"))
    editing.create_customer(db, CustomerFields(name="Beta Srl"))  # something changed since

    back_up_on_exit = window.database_actions().auto_backup_now
    back_up_on_exit()
    newest = list_backups(db.path)[0]
    assert newest.customers == 1, "the default interval (20 hours) has not passed"

    window.open_settings()
    settings = find_dialog(window, SettingsDialog)
    settings.backup_spin.setValue(1)
    settings.accept()
    back_up_on_exit()
    newest = list_backups(db.path)[0]
    assert newest.customers == 2, "with 1 hour, the change is backed up"

    window.backups_action.trigger()
    dialog = find_dialog(window, BackupsDialog)
    assert "every 1 hours" in dialog.hint.text()
    dialog.close()


def test_closing_during_the_start_up_backup_waits_for_it(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    from PySide6.QtCore import QThreadPool

    from relationdesk.services import backup

    real = backup.auto_backup

    def slow_auto_backup(*args, **kwargs):  # type: ignore[no-untyped-def]
        time.sleep(0.5)  # a large database takes a while to copy
        return real(*args, **kwargs)

    monkeypatch.setattr(backup, "auto_backup", slow_auto_backup)
    editing.create_customer(db, CustomerFields(name="Alfa Plast"))  # work worth a copy
    actions = window.database_actions()
    actions.auto_backup()  # as the start-up timer would
    actions.auto_backup_now()  # the window closes while it runs
    assert QThreadPool.globalInstance().activeThreadCount() == 0, "exit waited for it"
    assert len(backup.list_backups(db.path)) == 1, "and made no second copy"


def test_export_customers_to_csv_from_the_file_menu(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    import csv

    from PySide6.QtWidgets import QFileDialog

    editing.create_customer(db, CustomerFields(name="Ștefănescu Industrial", notes="=1+1"))
    window.export_customers_action.trigger()
    dialog = window.findChild(QFileDialog, "exportCustomersDialog")
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "out.csv"
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: "exported" in window.statusBar().currentMessage(), timeout=10000)
    with target.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[1][0] == "Ștefănescu Industrial" and rows[1][5] == "'=1+1"


def test_backups_holding_erased_people_are_marked_and_purged(
    qtbot: QtBot, db: Database, answer_message_box: AnswerMessageBox
) -> None:
    from datetime import UTC, datetime, timedelta

    from PySide6.QtWidgets import QMessageBox

    from relationdesk.domain.customers import CustomerFields
    from relationdesk.services import customer_editing
    from relationdesk.services.backup import create_backup
    from relationdesk.services.erasure import erase_customer
    from relationdesk.ui.maintenance.backups_dialog import BackupsDialog

    customer = customer_editing.create_customer(db, CustomerFields(name="Ștefan Ionescu PFA"))
    old = create_backup(db.path, now=datetime.now(UTC) - timedelta(minutes=5))
    erase_customer(db, customer)
    dialog = BackupsDialog(db.path, timedelta(hours=20))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 1
    assert "holds erased data" in dialog.model.index(0, 1).data()
    assert dialog.purge_button.isEnabled()
    texts = answer_message_box(QMessageBox.StandardButton.Yes)
    dialog.purge_button.click()
    assert "1 backup" in texts[0]
    assert not old.exists()
    assert dialog.model.rowCount() == 0 and not dialog.purge_button.isEnabled()


def test_restore_from_any_file_checked_first(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    """A backup brought from another laptop, outside backups/: Restore from a file…
    opens it; a file that is no database is refused and nothing changes."""
    import shutil

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileDialog

    editing.create_customer(db, CustomerFields(name="Brașov Trading"))
    stick = tmp_path / "stick"
    stick.mkdir()
    brought = stick / "from-the-old-laptop.sqlite3"
    shutil.copy(create_backup(db.path), brought)
    junk = stick / "notes.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    shutil.rmtree(db.path.parent / "backups")
    customer = db.reader.execute("SELECT id FROM customer").fetchone()[0]
    editing.delete_customer(db, customer)
    editing.create_customer(db, CustomerFields(name="Today's Customer"))
    window.workspace.refresh()  # type: ignore[union-attr]
    seen: list[str] = []

    def answer() -> None:  # yes to the question, OK to the error that may follow
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            yes = box.button(QMessageBox.StandardButton.Yes)
            (yes or box.button(QMessageBox.StandardButton.Ok) or box.buttons()[0]).click()
        if len(seen) < expected:
            QTimer.singleShot(20, answer)

    def restore_from(path: Path) -> None:
        window.backups_action.trigger()
        dialog = [d for d in window.findChildren(BackupsDialog) if d.isVisible()][-1]
        assert dialog.restore_file_button.isEnabled() and not dialog.restore_button.isEnabled()
        qtbot.mouseClick(dialog.restore_file_button, Qt.MouseButton.LeftButton)
        files = [d for d in dialog.findChildren(QFileDialog) if d.isVisible()]
        assert len(files) == 1
        QTimer.singleShot(0, answer)
        files[0].selectFile(str(path))
        files[0].accept()

    expected = 2
    restore_from(junk)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10000)
    assert "notes.sqlite3" in seen[0] and "could not be restored" in seen[1]
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10000)
    assert _names(window) == ["Today's Customer"]
    expected, seen[:] = 1, []
    restore_from(brought)
    qtbot.waitUntil(
        lambda: window.workspace is not None and _names(window) == ["Brașov Trading"],
        timeout=10000,
    )


def test_the_first_work_of_an_empty_start_is_backed_up(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    from PySide6.QtCore import QThreadPool

    from relationdesk.services.backup import list_backups
    from relationdesk.ui.shared.changes import Topic

    actions = window.database_actions()
    actions.auto_backup()  # the start-up backup, on an empty desk
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.waitUntil(lambda: not actions._auto_backup_running)
    assert list_backups(db.path) == []
    editing.create_customer(db, CustomerFields(name="Alfa Plast"))
    window.changes.announce(Topic.CUSTOMERS)  # what a writer says after its first save
    qtbot.waitUntil(lambda: len(list_backups(db.path)) == 1, timeout=10000)
    assert list_backups(db.path)[0].reason == "auto"
