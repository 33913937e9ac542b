"""Encrypted at rest, seen from the window: what the user types never reaches the disk in
clear, and an older plain database is offered encryption once."""

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from relationdesk.app import application, start
from relationdesk.db.database import Database
from relationdesk.db.keys import is_plain
from relationdesk.db.schema import open_database
from relationdesk.domain.customers import CustomerFields
from relationdesk.paths import database_url
from relationdesk.services import customer_editing as editing
from relationdesk.services.backup import create_backup, list_backups
from relationdesk.ui.customers.customer_dialog import CustomerDialog
from relationdesk.ui.main_window import MainWindow
from tests.plain_database import make_plain_database
from tests.ui.helpers import AttachedWindow, find_dialog, type_text

CANARY = "zqxcanary7702"


def _holding(folder: Path) -> dict[str, int]:
    """Every file under `folder` that holds the canary (any case), as raw bytes."""
    found = {}
    for file in folder.rglob("*"):
        if file.is_file() and (count := file.read_bytes().lower().count(CANARY.encode())):
            found[str(file.relative_to(folder))] = count
    return found


def _close(window: MainWindow) -> None:
    window.close()
    window._database_lock.unlock()  # type: ignore[attr-defined]  # as the process's end would
    if window.db is not None:
        window.db.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_canary_saved_through_the_window_is_nowhere_on_disk_in_clear(
    qtbot: QtBot, window: AttachedWindow, db: Database, data_dir: Path
) -> None:
    window.workspace.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = find_dialog(window, CustomerDialog)
    type_text(dialog.name_edit, f"Alfa {CANARY}")
    type_text(dialog.city_edit, f"City {CANARY}")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert db.reader.execute("SELECT count(*) FROM customer").fetchone() == (1,)
    window.settings.sync()
    create_backup(db.path)

    assert _holding(data_dir) == {}  # the database, its -wal, the backup, settings.ini
    assert Path(f"{db.path}-wal").stat().st_size > 0
    for path in (db.path, list_backups(db.path)[0].path):
        assert not path.read_bytes().startswith(b"SQLite format 3")


def _answer_every_box(button: QMessageBox.StandardButton, seen: list[str]) -> QTimer:
    """Click `button` on each message box the start-up shows, until stopped."""
    timer = QTimer()

    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            seen.append(box.text())
            (box.button(button) or box.buttons()[0]).click()  # an error box has OK only

    timer.timeout.connect(click)
    timer.start(30)
    return timer


def test_an_older_plain_database_is_offered_encryption_once(qtbot: QtBot, data_dir: Path) -> None:
    path = make_plain_database(data_dir / "relationdesk.sqlite3")
    db = open_database(database_url())
    editing.create_customer(db, CustomerFields(name=f"Alfa {CANARY}"))
    db.close()
    create_backup(path, "manual")  # an older backup: plain too
    assert is_plain(path) and _holding(data_dir)

    seen: list[str] = []
    answering = _answer_every_box(QMessageBox.StandardButton.Yes, seen)
    window = start(application(), "en")
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20000)
    answering.stop()
    assert "not encrypted" in seen[0] and "older backup" in seen[1]
    assert not is_plain(path)
    assert window.workspace is not None and window.workspace.model.rowCount() == 1
    window.settings.sync()
    _close(window)
    assert _holding(data_dir) == {}

    seen.clear()
    answering = _answer_every_box(QMessageBox.StandardButton.Yes, seen)
    again = start(application(), "en")
    qtbot.waitUntil(lambda: again.workspace is not None, timeout=20000)
    answering.stop()
    assert seen == []  # encrypted now: nothing to ask
    _close(again)


def test_declining_keeps_the_plain_database_and_is_not_asked_again(
    qtbot: QtBot, data_dir: Path
) -> None:
    path = make_plain_database(data_dir / "relationdesk.sqlite3")
    open_database(database_url()).close()

    seen: list[str] = []
    answering = _answer_every_box(QMessageBox.StandardButton.No, seen)
    window = start(application(), "en")
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20000)
    _close(window)
    again = start(application(), "en")
    qtbot.waitUntil(lambda: again.workspace is not None, timeout=20000)
    answering.stop()
    _close(again)
    assert len(seen) == 1 and is_plain(path)
