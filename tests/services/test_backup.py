"""Backups and restores on a real database file, as the app and the command line use them."""

from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from relationdesk.db.connection import open_file
from relationdesk.db.database import Database
from relationdesk.db.schema import backup_before_migration, open_database
from relationdesk.domain.backup_policy import RetentionPolicy
from relationdesk.domain.customers import CustomerFields
from relationdesk.paths import database_url
from relationdesk.services.backup import (
    BackupFailed,
    auto_backup,
    create_backup,
    list_backups,
    parse_backup_name,
    restore_backup,
    verify_backup,
)
from relationdesk.services.customer_editing import create_customer, delete_customer

T0 = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def customers_in(path: Path) -> list[tuple[str, str, str]]:
    with closing(open_file(path, mode="immutable")) as conn:
        return conn.execute("SELECT id, name, updated_at FROM customer ORDER BY id").fetchall()


def names_in(path: Path) -> list[str]:
    return sorted(name for _id, name, _updated in customers_in(path))


def add(db: Database, *names: str) -> list[str]:
    return [create_customer(db, CustomerFields(name=name)) for name in names]


def folder_of(db: Database) -> Path:
    return db.path.parent / "backups"


def test_a_backup_is_a_checked_single_file_copy(db: Database) -> None:
    add(db, "Officine Rossi S.p.A.", "Țesătoria Ștefănescu", "PT Sinar Jaya")
    made = create_backup(db.path, now=T0)
    assert made == folder_of(db) / "relationdesk-20260601-120000-manual.sqlite3"
    live = db.reader.execute("SELECT id, name, updated_at FROM customer ORDER BY id").fetchall()
    assert customers_in(made) == live and len(live) == 3
    with closing(open_file(made)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    again = create_backup(db.path, now=T0)  # the same second: a second name, not overwritten
    assert again.name == "relationdesk-20260601-120000-manual_2.sqlite3"
    assert sorted(p.name for p in folder_of(db).iterdir()) == [made.name, again.name]
    assert [b.reason for b in list_backups(db.path)] == ["manual", "manual"]


def test_backup_while_another_connection_is_writing(db: Database) -> None:
    add(db, "Before")
    other = open_file(db.path)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE customer SET name = 'Uncommitted'")
        made = create_backup(db.path, now=T0)
        assert names_in(made) == ["Before"]  # the last committed state, whole
        verify_backup(made)
        other.execute("COMMIT")  # the writer never noticed
    finally:
        other.close()
    assert db.reader.execute("SELECT name FROM customer").fetchone()[0] == "Uncommitted"


def test_list_shows_reason_size_and_counts(db: Database) -> None:
    add(db, "Alpha", "Beta")
    manual = create_backup(db.path, now=T0)
    auto = create_backup(db.path, "auto", now=T0 + timedelta(hours=1))
    upgrade = backup_before_migration(db.path, "0002_meetings")  # db/schema.py's own names
    folder = folder_of(db)
    (folder / "relationdesk-20260602-000000-manual.sqlite3").write_bytes(b"not sqlite" * 10)
    for stray in ("notes.txt", "other-20260101-000000-manual.sqlite3", "relationdesk.sqlite3"):
        (folder / stray).write_text("x")

    backups = list_backups(db.path)
    by_path = {b.path: b for b in backups}
    assert set(by_path) == {
        manual,
        auto,
        upgrade,
        folder / "relationdesk-20260602-000000-manual.sqlite3",
    }
    assert [b.created_at for b in backups] == sorted((b.created_at for b in backups), reverse=True)
    assert (by_path[manual].reason, by_path[auto].reason) == ("manual", "auto")
    assert by_path[auto].automatic and not by_path[manual].automatic
    assert by_path[upgrade].reason == "before-upgrade-from-0002_meetings"
    assert by_path[upgrade].created_at.tzinfo is UTC
    assert by_path[manual].created_at == T0
    assert (by_path[manual].customers, by_path[manual].meetings) == (2, 0)
    assert by_path[manual].size_bytes == manual.stat().st_size > 0
    assert (by_path[upgrade].customers, by_path[upgrade].meetings) == (2, 0)
    junk = by_path[folder / "relationdesk-20260602-000000-manual.sqlite3"]
    assert (junk.customers, junk.meetings, junk.size_bytes) == (None, None, 100)
    # Reading backups leaves nothing next to them, even the WAL-mode upgrade backup.
    assert not [p for p in folder.iterdir() if p.name.endswith(("-wal", "-shm"))]


def test_list_backups_without_a_folder(tmp_path: Path) -> None:
    assert list_backups(tmp_path / "nowhere" / "relationdesk.sqlite3") == []
    assert list_backups(tmp_path / "relationdesk.sqlite3") == []


def test_parse_backup_name() -> None:
    stamp = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert parse_backup_name("relationdesk-20260102-030405-auto.sqlite3", "relationdesk") == (
        stamp,
        "auto",
    )
    assert parse_backup_name("crm-20260102-030405-before-restore_3.sqlite3", "crm") == (
        stamp,
        "before-restore",
    )
    upgrade = "relationdesk-before-upgrade-from-0001_initial-20260102-030405.sqlite3"
    assert parse_backup_name(upgrade, "relationdesk") == (
        stamp,
        "before-upgrade-from-0001_initial",
    )
    for other in (
        "crm-20260102-030405-auto.sqlite3",  # another database's
        "relationdesk-20261302-030405-auto.sqlite3",  # month 13
        "relationdesk-20260102-030405-Auto.sqlite3",
        "relationdesk-20260102-030405-auto.sqlite3-wal",
        ".relationdesk-20260102-030405-auto.sqlite3.partial",
    ):
        assert parse_backup_name(other, "relationdesk") is None, other


def test_auto_backup_only_when_due_and_changed(db: Database) -> None:
    add(db, "Alpha")
    first = auto_backup(db.path, now=T0)
    assert first is not None and first.name.endswith("-auto.sqlite3")
    assert auto_backup(db.path, now=T0 + timedelta(hours=1)) is None  # not due
    assert auto_backup(db.path, now=T0 + timedelta(hours=21)) is None  # due, unchanged
    add(db, "Beta")
    assert auto_backup(db.path, now=T0 + timedelta(hours=19)) is None  # changed, not due
    second = auto_backup(db.path, now=T0 + timedelta(hours=22))
    assert second is not None and names_in(second) == ["Alpha", "Beta"]
    # A manual backup after the last change counts as "nothing changed since".
    create_customer(db, CustomerFields(name="Gamma"))
    create_backup(db.path, now=T0 + timedelta(hours=30))
    assert auto_backup(db.path, now=T0 + timedelta(days=3)) is None
    assert auto_backup(db.path, now=T0 + timedelta(days=3), min_interval=timedelta(0)) is None


def test_edits_and_deletes_count_as_changes(db: Database) -> None:
    (alpha,) = add(db, "Alpha")
    assert auto_backup(db.path, now=T0) is not None
    delete_customer(db, alpha)
    assert auto_backup(db.path, now=T0 + timedelta(days=1)) is not None
    db.reader.execute("UPDATE customer_search SET body = body")  # the search index only
    assert auto_backup(db.path, now=T0 + timedelta(days=2)) is None


def test_thinning_removes_old_auto_backups_and_never_others(db: Database) -> None:
    add(db, "Alpha")
    for days_ago in range(10, 0, -1):
        create_backup(db.path, "auto", now=T0 - timedelta(days=days_ago))
    manual = create_backup(db.path, "manual", now=T0 - timedelta(days=20))
    before_restore = create_backup(db.path, "before-restore", now=T0 - timedelta(days=30))
    add(db, "Beta")

    made = auto_backup(db.path, now=T0, policy=RetentionPolicy(daily=3, weekly=0, monthly=0))

    assert made is not None
    backups = list_backups(db.path)
    autos = [b.created_at for b in backups if b.reason == "auto"]
    assert autos == [T0, T0 - timedelta(days=1), T0 - timedelta(days=2)]
    assert {manual, before_restore} <= {b.path for b in backups}
    # Nothing new is due, but thinning with the default policy keeps all three.
    assert auto_backup(db.path, now=T0 + timedelta(hours=1)) is None
    assert len([b for b in list_backups(db.path) if b.automatic]) == 3


def test_restore_brings_back_deleted_data(db: Database) -> None:
    _keep, lost = add(db, "Keep", "Lost later")
    backup = create_backup(db.path, now=T0)
    delete_customer(db, lost)
    db.close()  # the caller closes its connections first

    safety = restore_backup(db.path, backup, now=T0 + timedelta(hours=1))

    assert safety is not None
    assert safety.name == "relationdesk-20260601-130000-before-restore.sqlite3"
    assert names_in(safety) == ["Keep"]
    reopened = open_database(database_url())
    try:
        names = [row[0] for row in reopened.reader.execute("SELECT name FROM customer")]
        assert sorted(names) == ["Keep", "Lost later"]
        assert reopened.reader.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        reopened.close()
    assert not list(db.path.parent.glob(".*"))  # no temporary file left behind


def test_restore_is_refused_while_the_database_is_open(db: Database) -> None:
    add(db, "Alpha")
    backup = create_backup(db.path, now=T0)
    with pytest.raises(BackupFailed, match="in use"):
        restore_backup(db.path, backup)
    assert [b.path for b in list_backups(db.path)] == [backup]  # no safety backup either
    assert db.reader.execute("SELECT count(*) FROM customer").fetchone()[0] == 1


def test_restore_refuses_what_is_not_a_relationdesk_backup(db: Database, tmp_path: Path) -> None:
    add(db, "Alpha")
    good = create_backup(db.path, now=T0)
    db.close()
    text = tmp_path / "notes.sqlite3"
    text.write_text("Dear customer, …" * 100, encoding="utf-8")
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    foreign = tmp_path / "foreign.sqlite3"
    with closing(open_file(foreign)) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    future = tmp_path / "future.sqlite3"
    future.write_bytes(good.read_bytes())
    with closing(open_file(future)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    live_before = db.path.read_bytes()

    for candidate, message in (
        (text, "not a readable SQLite database"),
        (empty, "not a RelationDesk database"),
        (foreign, "not a RelationDesk database"),
        (future, "newer"),
        (tmp_path / "missing.sqlite3", "not a file"),
        (db.path, "the database itself"),
    ):
        with pytest.raises(BackupFailed, match=message):
            restore_backup(db.path, candidate)

    assert db.path.read_bytes() == live_before
    assert text.read_text(encoding="utf-8").startswith("Dear customer")
    assert [b.path for b in list_backups(db.path)] == [good]


def test_restore_over_a_database_sqlite_cannot_read(db: Database) -> None:
    add(db, "Alpha")
    backup = create_backup(db.path, now=T0)
    db.close()
    garbage = b"\x00garbage, not a database" * 500
    db.path.write_bytes(garbage)
    Path(f"{db.path}-wal").write_bytes(b"stale")

    safety = restore_backup(db.path, backup, now=T0 + timedelta(hours=1))

    assert safety is not None and safety.read_bytes() == garbage  # kept as it was
    assert not Path(f"{db.path}-wal").exists()
    assert names_in(db.path) == ["Alpha"]


def test_restore_when_there_is_no_database(db: Database, tmp_path: Path) -> None:
    add(db, "Alpha")
    backup = create_backup(db.path, now=T0)
    fresh = tmp_path / "elsewhere" / "relationdesk.sqlite3"
    assert restore_backup(fresh, backup) is None
    assert names_in(fresh) == ["Alpha"]


def _damaged_copy(db: Database, tmp_path: Path) -> Path:
    """A copy of the database with one b-tree page's cell pointers overwritten."""
    add(db, *(f"Customer {n:04}" for n in range(400)))
    clean = create_backup(db.path, now=T0)
    damaged = tmp_path / "damaged" / "relationdesk.sqlite3"
    damaged.parent.mkdir()
    data = bytearray(clean.read_bytes())
    page_size = 4096
    second_page = page_size  # the first is the schema; the second a table's root
    data[second_page + 8 : second_page + 40] = b"\xff" * 32
    damaged.write_bytes(bytes(data))
    return damaged


def test_a_backup_that_fails_the_check_is_deleted(db: Database, tmp_path: Path) -> None:
    damaged = _damaged_copy(db, tmp_path)
    with pytest.raises(BackupFailed, match="damaged"):
        create_backup(damaged, now=T0)
    assert list((damaged.parent / "backups").iterdir()) == []
    with pytest.raises(BackupFailed, match="damaged"):
        verify_backup(damaged)


def test_create_backup_needs_a_database_and_a_plain_reason(tmp_path: Path, db: Database) -> None:
    with pytest.raises(BackupFailed, match="no database"):
        create_backup(tmp_path / "missing.sqlite3")
    with pytest.raises(ValueError):
        create_backup(db.path, "Before Restore!")
    assert auto_backup(tmp_path / "missing.sqlite3") is None


def test_restore_over_a_damaged_database_keeps_it(db: Database, tmp_path: Path) -> None:
    damaged = _damaged_copy(db, tmp_path)
    good = create_backup(db.path, now=T0 - timedelta(days=1))
    db.close()
    db.path.write_bytes(damaged.read_bytes())
    Path(f"{db.path}-wal").unlink(missing_ok=True)
    Path(f"{db.path}-shm").unlink(missing_ok=True)
    # plain: the copy fails SQLite's check; encrypted: the damaged page cannot be read
    with pytest.raises(BackupFailed, match="damaged"):
        create_backup(db.path, now=T0)

    safety = restore_backup(db.path, good, now=T0 + timedelta(hours=1))

    assert safety is not None  # the damaged pages kept as they were (page 1 gets a new header)
    assert safety.read_bytes()[4096:] == damaged.read_bytes()[4096:]
    assert len(names_in(db.path)) == 400
    verify_backup(db.path)


def test_an_empty_start_is_not_backed_up_the_first_work_is(db: Database) -> None:
    """A new desk: no copy of nothing (it would start the interval and leave the day's
    real work without a copy until tomorrow); the first customer is backed up at once."""
    assert auto_backup(db.path, now=T0) is None
    assert list_backups(db.path) == []
    add(db, "Alpha")
    made = auto_backup(db.path, now=T0 + timedelta(minutes=5))
    assert made is not None and names_in(made) == ["Alpha"]
