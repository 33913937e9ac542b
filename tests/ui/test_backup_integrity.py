"""Restoring, from the window, a backup changed outside RelationDesk: refused with words
that say why, the data left as it was."""

from contextlib import closing

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from relationdesk.db.connection import open_file
from relationdesk.db.database import Database
from relationdesk.domain.customers import CustomerFields
from relationdesk.services import customer_editing as editing
from relationdesk.services.backup import create_backup
from relationdesk.ui.main_window import MainWindow
from tests.ui.helpers import AnswerMessageBox


def test_a_backup_with_a_foreign_trigger_is_refused_in_the_window(
    qtbot: QtBot, window: MainWindow, db: Database, answer_message_box: AnswerMessageBox
) -> None:
    editing.create_customer(db, CustomerFields(name="Alfa Plast"))
    backup = create_backup(db.path, "manual")
    with closing(open_file(backup)) as conn:
        conn.execute("CREATE TRIGGER wipe AFTER INSERT ON customer BEGIN DELETE FROM meeting; END")
        conn.commit()
    editing.create_customer(db, CustomerFields(name="Beta Srl"))

    shown = answer_message_box(QMessageBox.StandardButton.Ok)
    window.database_actions().restore(backup)

    assert "changed outside RelationDesk" in shown[0] and "not restored" in shown[0]
    assert window.db is not None
    names = {row[0] for row in window.db.reader.execute("SELECT name FROM customer")}
    assert names == {"Alfa Plast", "Beta Srl"}
    triggers = window.db.reader.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    assert "wipe" not in {row[0] for row in triggers}
