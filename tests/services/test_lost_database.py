"""An empty (0-byte) or missing database file next to backups: found before anything
opens it (SQLite would quietly make a new, empty database), with the backup to offer."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

from relationdesk.db.database import Database
from relationdesk.domain.customers import CustomerFields
from relationdesk.services import customer_editing as editing
from relationdesk.services.backup import (
    create_backup,
    list_backups,
    lost_database,
    newest_good_backup,
    restore_backup,
)

T0 = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def _closed_with_backups(db: Database) -> tuple[Path, Path]:
    editing.create_customer(db, CustomerFields(name="Officine Rossi"))
    older = create_backup(db.path, now=T0)
    newer = create_backup(db.path, now=T0 + timedelta(days=1))
    db.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{db.path}{suffix}").unlink(missing_ok=True)
    return older, newer


def test_a_healthy_database_and_a_first_start_are_not_lost(db: Database, tmp_path: Path) -> None:
    create_backup(db.path, now=T0)
    assert lost_database(db.path) is None
    assert lost_database(tmp_path / "first" / "relationdesk.sqlite3") is None


def test_an_empty_file_is_lost_with_or_without_backups(db: Database, tmp_path: Path) -> None:
    _older, newer = _closed_with_backups(db)
    db.path.write_bytes(b"")
    lost = lost_database(db.path)
    assert lost is not None and lost.empty and lost.newest is not None
    assert lost.newest.path == newer
    alone = tmp_path / "alone" / "relationdesk.sqlite3"
    alone.parent.mkdir()
    alone.write_bytes(b"")
    assert lost_database(alone) == type(lost)(True, None)


def test_a_missing_file_with_backups_is_lost(db: Database) -> None:
    _older, newer = _closed_with_backups(db)
    db.path.unlink()
    lost = lost_database(db.path)
    assert lost is not None and not lost.empty
    assert lost.newest is not None and lost.newest.path == newer


def test_the_newest_good_backup_skips_damaged_and_changed_ones(db: Database) -> None:
    older, newer = _closed_with_backups(db)
    newer.write_bytes(newer.read_bytes()[:4096])  # cut short
    good = newest_good_backup(db.path)
    assert good is not None and good.path == older


def test_restoring_over_an_empty_file_keeps_no_empty_copy(db: Database) -> None:
    older, newer = _closed_with_backups(db)
    db.path.write_bytes(b"")
    assert restore_backup(db.path, newer) is None
    assert [b.path for b in list_backups(db.path)] == [newer, older]
    assert lost_database(db.path) is None
