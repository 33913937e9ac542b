"""Open a database file safely: probe it read-only, refuse what is not ours, migrate.

A file we cannot or must not use is never modified: the probe opens it read-only, and
the read-write connection (which switches the file to WAL) comes only after it passed.
"""

import os
from datetime import UTC, datetime
from pathlib import Path

from relationdesk.db import driver
from relationdesk.db.connection import open_file
from relationdesk.db.database import Database
from relationdesk.db.errors import DatabaseOpenError, OpenFailure
from relationdesk.db.keys import KeyFailure, KeyUnavailable, key_for_file
from relationdesk.db.purge import finish_pending_purge
from relationdesk.paths import backups_dir, package_dir, sqlite_path

# Every Alembic revision ever released, oldest first. tests/db/test_schema.py keeps this
# equal to the migrations folder, so start-up can check the schema without importing Alembic.
SCHEMA_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_meetings",
    "0003_principles",
    "0004_lifecycle",
    "0005_meeting_drafts",
    "0006_customer_since",
    "0007_sync",
    "0008_dashboard_figures",
)
HEAD_REVISION = SCHEMA_REVISIONS[-1]
MIGRATIONS_DIR = package_dir() / "db" / "migrations"
_SQLITE_HEADER = b"SQLite format 3\x00"
_PAGE_MULTIPLE = 512  # every SQLite page size is a multiple of it, encrypted or not


def open_database(url: str) -> Database:
    """Open (creating or migrating as needed) the database at `url`."""
    path = sqlite_path(url)
    if path is None:
        raise DatabaseOpenError(OpenFailure.OTHER, url, "only SQLite files are supported")
    revision = probe(path)
    if revision is not None and revision not in SCHEMA_REVISIONS:
        raise DatabaseOpenError(OpenFailure.NEWER_SCHEMA, path, revision)
    try:
        db = Database(path)
    except KeyUnavailable as error:
        raise key_open_error(error, path) from error
    except UnicodeDecodeError as error:  # a damaged name in SQLite's "malformed schema" text
        raise DatabaseOpenError(OpenFailure.CORRUPT, path, str(error)) from error
    except driver.Error as error:
        raise DatabaseOpenError(OpenFailure.OTHER, path, str(error)) from error
    if revision != HEAD_REVISION:
        if revision is not None:
            backup_before_migration(path, revision)
        try:
            upgrade(db)
        except Exception:
            db.close()
            raise
    finish_pending_purge(db.reader, path)  # an erasure's clean-up a reader kept from ending
    return db


def probe(path: Path) -> str | None:
    """The schema revision of the file, None for a new or empty one; raises if unusable."""
    if not path.exists():
        folder = path.parent
        folder.mkdir(parents=True, exist_ok=True)
        if not os.access(folder, os.W_OK):
            raise DatabaseOpenError(OpenFailure.NO_PERMISSION, path)
        return None
    if not os.access(path, os.R_OK | os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DatabaseOpenError(OpenFailure.NO_PERMISSION, path)
    try:
        with path.open("rb") as file:
            header = file.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise DatabaseOpenError(OpenFailure.NO_PERMISSION, path, str(error)) from error
    if not header:
        return None
    encrypted = header != _SQLITE_HEADER
    if encrypted and not _sized_like_a_database(path):
        raise DatabaseOpenError(OpenFailure.NOT_A_DATABASE, path)
    try:
        conn = open_file(path, mode="ro")
    except KeyUnavailable as error:
        raise key_open_error(error, path) from error
    except driver.Error as error:
        raise DatabaseOpenError(OpenFailure.CORRUPT, path, str(error)) from error
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables:
            if tables:
                raise DatabaseOpenError(OpenFailure.FOREIGN_DATABASE, path)
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except driver.OperationalError as error:
        if "locked" in str(error):
            raise DatabaseOpenError(OpenFailure.LOCKED, path, str(error)) from error
        raise DatabaseOpenError(OpenFailure.CORRUPT, path, str(error)) from error
    except driver.DatabaseError as error:
        if encrypted and "not a database" in str(error):
            # SQLCipher cannot tell a wrong key from a wrecked first page: say both
            raise DatabaseOpenError(OpenFailure.WRONG_KEY, path, str(error)) from error
        raise DatabaseOpenError(OpenFailure.CORRUPT, path, str(error)) from error
    except UnicodeDecodeError as error:
        # A damaged page can hand back text that is not UTF-8: that is corruption too.
        raise DatabaseOpenError(OpenFailure.CORRUPT, path, str(error)) from error
    finally:
        conn.close()


def backup_before_migration(path: Path, revision: str) -> Path:
    """A consistent copy (SQLite backup API, never a file copy) taken before migrating."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = backups_dir(path) / f"{path.stem}-before-upgrade-from-{revision}-{stamp}.sqlite3"
    source = open_file(path)
    destination = open_file(target, key=key_for_file(path))  # the database's own key
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    return target


def key_open_error(error: KeyUnavailable, path: Path) -> DatabaseOpenError:
    """The open failure for a key that is not at hand."""
    if error.failure is KeyFailure.NO_KEYCHAIN:
        return DatabaseOpenError(OpenFailure.NO_KEYCHAIN, path, str(error))
    return DatabaseOpenError(OpenFailure.KEY_MISSING, path, str(error))


def _sized_like_a_database(path: Path) -> bool:
    """An encrypted database is whole pages; anything else is some other file."""
    size = path.stat().st_size
    return size >= 2 * _PAGE_MULTIPLE and size % _PAGE_MULTIPLE == 0


def upgrade(db: Database, revision: str = "head") -> None:
    """Run the Alembic migrations (imported only here: start-up rarely needs them)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
