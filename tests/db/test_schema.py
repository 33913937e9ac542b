"""Opening, creating and migrating the database; refusing files that are not ours."""

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from relationdesk.db.connection import open_file
from relationdesk.db.database import Database
from relationdesk.db.errors import DatabaseOpenError, OpenFailure
from relationdesk.db.schema import (
    HEAD_REVISION,
    MIGRATIONS_DIR,
    SCHEMA_REVISIONS,
    backup_before_migration,
    open_database,
)
from relationdesk.paths import database_url, sqlite_path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_schema_revisions_match_the_migrations_folder() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    scripts = ScriptDirectory.from_config(config)
    history = [s.revision for s in reversed(list(scripts.walk_revisions()))]
    assert tuple(history) == SCHEMA_REVISIONS
    assert scripts.get_current_head() == HEAD_REVISION


def test_first_start_creates_a_durable_database(data_dir: Path) -> None:
    db = open_database(database_url())
    try:
        assert db.path == data_dir / "relationdesk.sqlite3"
        reader = db.reader
        assert reader.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert reader.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert reader.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        tables = {r[0] for r in reader.execute("SELECT name FROM sqlite_master")}
        assert {"customer", "contact", "tombstone", "customer_search", "alembic_version"} <= tables
        version = reader.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert version == HEAD_REVISION
    finally:
        db.close()
    # A second start finds the schema current and does not back anything up.
    open_database(database_url()).close()
    assert not (data_dir / "backups").exists() or not list((data_dir / "backups").iterdir())


def test_database_url_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "elsewhere" / "team.sqlite3"
    monkeypatch.setenv("RELATIONDESK_DATABASE_URL", f"sqlite:///{target}")
    open_database(database_url()).close()
    assert target.exists()


def _refused(path: Path, failure: OpenFailure) -> None:
    before = _digest(path)
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(f"sqlite:///{path}")
    assert caught.value.failure is failure
    assert _digest(path) == before, "a refused file must be left untouched"
    assert not Path(f"{path}-wal").exists()


def test_newer_schema_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    open_database(f"sqlite:///{path}").close()
    conn = open_file(path)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    _refused(path, OpenFailure.NEWER_SCHEMA)


def test_not_sqlite_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("these are my meeting notes, not a database\n" * 20)
    _refused(path, OpenFailure.NOT_A_DATABASE)


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = open_file(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    _refused(path, OpenFailure.FOREIGN_DATABASE)


def _plain_database(path: Path) -> None:
    """A RelationDesk database from before encryption (plain SQLite, migrated to head)."""
    fixture = Path(__file__).parents[1] / "fixtures" / f"schema_{SCHEMA_REVISIONS[-2]}.sqlite3"
    shutil.copyfile(fixture, path)
    open_database(f"sqlite:///{path}").close()
    assert path.read_bytes().startswith(b"SQLite format 3")


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_corrupt_database_is_refused_and_untouched(tmp_path: Path, encrypted: bool) -> None:
    path = tmp_path / "broken.sqlite3"
    if encrypted:
        open_database(f"sqlite:///{path}").close()
    else:
        _plain_database(path)
    conn = open_file(path)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page after the header
    path.write_bytes(bytes(data))
    # SQLCipher cannot tell a wrecked first page from a wrong key: its message says both
    _refused(path, OpenFailure.WRONG_KEY if encrypted else OpenFailure.CORRUPT)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "locked.sqlite3"
    open_database(f"sqlite:///{path}").close()
    path.chmod(0o200)
    try:
        with pytest.raises(DatabaseOpenError) as caught:
            open_database(f"sqlite:///{path}")
        assert caught.value.failure is OpenFailure.NO_PERMISSION
    finally:
        path.chmod(0o600)


def test_read_only_file_is_refused_even_for_root(tmp_path: Path) -> None:
    path = tmp_path / "readonly.sqlite3"
    open_database(f"sqlite:///{path}").close()
    path.chmod(0o400)
    try:
        if os.access(path, os.W_OK):
            pytest.skip("this user can write read-only files")
        _refused(path, OpenFailure.NO_PERMISSION)
    finally:
        path.chmod(0o600)


def test_backup_before_migration_is_a_consistent_copy(db: Database, data_dir: Path) -> None:
    db.reader.execute(
        "INSERT INTO customer (id, name, sort_key, created_at, updated_at) "
        "VALUES ('c1', 'Ștefan', 'stefan', '2026-01-01', '2026-01-01')"
    )
    backup = backup_before_migration(db.path, "0001_initial")
    assert backup.parent == data_dir / "backups"
    copy = open_file(backup)
    assert copy.execute("SELECT name FROM customer").fetchall() == [("Ștefan",)]
    copy.close()


def test_sqlite_path_parsing() -> None:
    assert sqlite_path("sqlite:////tmp/x.db") == Path("/tmp/x.db")
    assert sqlite_path("sqlite:///:memory:") is None
    assert sqlite_path("postgresql://server/db") is None


def test_only_sqlite_urls_are_supported() -> None:
    with pytest.raises(DatabaseOpenError) as caught:
        open_database("postgresql://office-server/relationdesk")
    assert caught.value.failure is OpenFailure.OTHER
