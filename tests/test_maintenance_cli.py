"""`relationdesk restore` and `check` on files that are not what they seem: a backup
changed outside the app, an empty or missing database, a damaged one. Through the real
command line entry point, on real SQLite files."""

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from relationdesk.cli import main
from relationdesk.db.database import Database
from relationdesk.domain.customers import CustomerFields
from relationdesk.services import customer_editing as editing
from relationdesk.services.backup import create_backup

WIPE = "CREATE TRIGGER wipe AFTER INSERT ON customer BEGIN DELETE FROM contact; END"


def _tamper(path: Path, statement: str) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(statement)
        conn.commit()


def _triggers(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        return {row[0] for row in rows}


def test_restore_refuses_a_backup_with_a_foreign_trigger(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    editing.create_customer(db, CustomerFields(name="Officine Rossi"))
    backup = create_backup(db.path)
    _tamper(backup, WIPE)
    db.close()

    assert main(["restore", str(backup)]) == 1

    err = capsys.readouterr().err
    assert "nothing was changed" in err and "foreign trigger wipe" in err
    assert "wipe" not in _triggers(db.path)


def test_check_removes_a_foreign_trigger_and_says_so(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    editing.create_customer(db, CustomerFields(name="Officine Rossi"))
    _tamper(db.path, WIPE)
    db.close()

    assert main(["check"]) == 0

    out = capsys.readouterr().out
    assert "schema: foreign: trigger wipe: 1 (repaired)" in out
    assert "backed up" in out
    assert "wipe" not in _triggers(db.path)
