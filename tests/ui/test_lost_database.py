"""At start-up, an empty (0-byte) or missing database file next to its backups is said
to be so, with the newest backup offered, instead of quietly becoming a new database."""

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from relationdesk.app import application, start
from relationdesk.db.schema import open_database
from relationdesk.domain.customers import CustomerFields
from relationdesk.paths import database_url
from relationdesk.services import customer_editing as editing
from relationdesk.services.backup import create_backup, list_backups
from relationdesk.ui.main_window import MainWindow
from tests.ui.helpers import AnswerMessageBox


def _names(window: MainWindow) -> list[str]:
    model = window.workspace.model  # type: ignore[union-attr]
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _dispose(window: MainWindow) -> None:
    window.switcher.apply("en")
    if window.db is not None:
        window.db.close()
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _lose_the_database(state: str) -> Path:
    db = open_database(database_url())
    editing.create_customer(db, CustomerFields(name="Gruppo Rossi"))
    path = db.path
    create_backup(path, "manual")
    db.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    if state == "empty":
        path.write_bytes(b"")
    else:
        path.unlink()
    return path


@pytest.mark.parametrize("state", ["empty", "missing"])
def test_start_up_offers_the_newest_backup_of_a_lost_database(
    state: str, qtbot: QtBot, data_dir: Path, answer_message_box: AnswerMessageBox
) -> None:
    _lose_the_database(state)
    shown = answer_message_box(QMessageBox.StandardButton.Yes)
    window = start(application(), "en")
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15000)
    assert f"is {state}" in shown[0] and "newest good backup" in shown[0]
    assert _names(window) == ["Gruppo Rossi"]
    _dispose(window)


def test_saying_no_starts_with_an_empty_database_and_keeps_the_backups(
    qtbot: QtBot, data_dir: Path, answer_message_box: AnswerMessageBox
) -> None:
    path = _lose_the_database("missing")
    shown = answer_message_box(QMessageBox.StandardButton.No)
    window = start(application(), "it")
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15000)
    assert "non c'è più" in shown[0]  # in the user's language
    assert _names(window) == []
    assert [b.customers for b in list_backups(path)] == [1]
    _dispose(window)


def test_an_empty_file_without_backups_is_not_replaced_silently(
    qtbot: QtBot, data_dir: Path, answer_message_box: AnswerMessageBox
) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "relationdesk.sqlite3").write_bytes(b"")
    shown = answer_message_box(QMessageBox.StandardButton.Ok)
    window = start(application(), "ro")
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15000)
    assert "nicio copie de rezervă" in shown[0]
    assert _names(window) == []
    _dispose(window)
