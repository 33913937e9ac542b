"""A backup or database whose schema was changed outside RelationDesk: a foreign trigger
(one that deletes every meeting on the next insert) is refused by restore and removed by
"Check database"; backups of every released schema stay restorable."""

import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from relationdesk.db.connection import open_file
from relationdesk.db.database import Database
from relationdesk.db.schema import HEAD_REVISION, SCHEMA_REVISIONS, open_database
from relationdesk.db.schema_shape import reference_shape, shape_of
from relationdesk.domain.customers import CustomerFields
from relationdesk.domain.meetings import MeetingFields
from relationdesk.paths import database_url
from relationdesk.services import customer_editing as editing
from relationdesk.services import meeting_log
from relationdesk.services.backup import (
    BackupFailed,
    create_backup,
    list_backups,
    restore_backup,
    verify_backup,
)
from relationdesk.services.db_check import SCHEMA, check_database

FIXTURES = Path(__file__).parents[1] / "fixtures"
T0 = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
WIPE = "CREATE TRIGGER wipe_meetings AFTER INSERT ON customer BEGIN DELETE FROM meeting; END"


def _with_a_meeting(db: Database) -> str:
    customer = editing.create_customer(db, CustomerFields(name="Officine Rossi"))
    meeting_log.save_meeting(
        db, MeetingFields(customer_id=customer, started_at=datetime.now() - timedelta(days=1))
    )
    return customer


def _meetings(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM meeting").fetchone()[0])


def _tamper(path: Path, *statements: str) -> None:
    with closing(open_file(path)) as conn:
        for statement in statements:
            conn.execute(statement)
        conn.commit()


def test_the_reference_is_what_the_migrations_make(db: Database) -> None:
    shape = shape_of(db.reader)
    assert shape == reference_shape(HEAD_REVISION)
    kinds = {item.kind for item in shape.values()}
    assert kinds == {"table", "index", "trigger", "view"}
    assert ("table", "customer_search_data") in shape  # the search index's shadow tables too


@pytest.mark.parametrize("revision", SCHEMA_REVISIONS)
def test_a_backup_of_every_released_schema_is_restorable(
    revision: str, db: Database, tmp_path: Path
) -> None:
    old = tmp_path / f"{revision}.sqlite3"
    shutil.copyfile(FIXTURES / f"schema_{revision}.sqlite3", old)
    assert verify_backup(old) == revision
    db.close()
    restore_backup(db.path, old)
    reopened = open_database(database_url())  # migrated to head
    try:
        assert shape_of(reopened.reader) == reference_shape(HEAD_REVISION)
        report = check_database(reopened.reader, fix=False)
        assert not [f for f in report.findings if f.check == SCHEMA]
    finally:
        reopened.close()


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (WIPE, "trigger wipe_meetings"),
        ("CREATE VIEW everything AS SELECT * FROM disclosure", "view everything"),
        ("DROP TRIGGER customer_search_ai", "trigger customer_search_ai"),
        ("ALTER TABLE customer ADD COLUMN shadow TEXT", "table customer"),
    ],
)
def test_restore_refuses_a_backup_changed_outside_the_app(
    change: str, named: str, db: Database
) -> None:
    _with_a_meeting(db)
    backup = create_backup(db.path, now=T0)
    _tamper(backup, change)
    db.close()
    before = db.path.read_bytes()

    with pytest.raises(BackupFailed, match=named):
        restore_backup(db.path, backup)

    assert db.path.read_bytes() == before  # nothing replaced
    assert [b.path for b in list_backups(db.path)] == [backup]  # no safety copy either


def test_an_old_backup_with_a_foreign_trigger_is_refused(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / f"schema_{SCHEMA_REVISIONS[0]}.sqlite3", old)
    _tamper(old, WIPE.replace("meeting", "contact"))
    with pytest.raises(BackupFailed, match="trigger wipe_contacts"):
        verify_backup(old)


def test_check_removes_foreign_objects_and_remakes_the_apps_own(db: Database) -> None:
    _with_a_meeting(db)
    _tamper(
        db.path,
        WIPE,
        "CREATE VIEW everything AS SELECT * FROM disclosure",
        "CREATE INDEX spy ON customer(notes)",
        "DROP TRIGGER customer_search_ai",
        "CREATE TRIGGER customer_search_ai AFTER INSERT ON customer BEGIN SELECT 1; END",
        "DROP INDEX ix_customer_city",
    )

    report = check_database(db.reader, fix=True)

    schema = {
        f.detail.split(":")[0]: (f.problem, f.fixed) for f in report.findings if f.check == SCHEMA
    }
    assert schema == {
        "trigger wipe_meetings": ("foreign", True),
        "view everything": ("foreign", True),
        "index spy": ("foreign", True),
        "trigger customer_search_ai": ("altered", True),
        "index ix_customer_city": ("missing", True),
    }
    assert shape_of(db.reader) == reference_shape(HEAD_REVISION)
    editing.create_customer(db, CustomerFields(name="Ștefănescu Import"))  # the next import
    assert _meetings(db.reader) == 1
    hits = db.reader.execute(
        "SELECT count(*) FROM customer_search WHERE customer_search MATCH '\"stefanescu\"*'"
    ).fetchone()[0]
    assert hits == 1  # the app's own trigger indexes new customers again
    assert check_database(db.reader, fix=True).findings == ()


def test_check_reports_a_changed_table_without_touching_it(db: Database) -> None:
    _tamper(db.path, "ALTER TABLE customer ADD COLUMN shadow TEXT")
    report = check_database(db.reader, fix=True)
    assert [(f.check, f.problem, f.fixed) for f in report.findings] == [(SCHEMA, "altered", False)]
    assert not report.ok
    columns = [row[1] for row in db.reader.execute("PRAGMA table_info(customer)")]
    assert "shadow" in columns


def test_a_foreign_table_does_not_keep_a_foreign_trigger_in_place(db: Database) -> None:
    _with_a_meeting(db)
    _tamper(db.path, "CREATE TABLE spy (note TEXT UNIQUE)", WIPE)

    report = check_database(db.reader, fix=True)

    found = {(f.problem, f.detail.split(":")[0], f.fixed) for f in report.findings}
    assert found == {
        ("foreign", "trigger wipe_meetings", True),
        ("foreign", "index sqlite_autoindex_spy_1", False),  # goes with its table only
        ("foreign", "table spy", False),
    }
    editing.create_customer(db, CustomerFields(name="Ștefănescu Import"))
    assert _meetings(db.reader) == 1
