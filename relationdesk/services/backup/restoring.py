"""Restoring a backup in place of the database, and checking that it is fit to restore."""

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from relationdesk.db import driver
from relationdesk.db.connection import FILE_KEY, FileKey, open_file
from relationdesk.db.keys import KeyUnavailable, is_plain, key_for_file
from relationdesk.db.schema import SCHEMA_REVISIONS
from relationdesk.db.schema_shape import differences, reference_shape, shape_of
from relationdesk.services.backup.files import (
    BEFORE_RESTORE,
    BUSY_TIMEOUT_S,
    BackupFailed,
    StillBusy,
    connect_source,
    copy_database,
    export_to_new_file,
    first_problem,
    make_backup,
    same_file,
    scan,
    unreadable,
    utc,
)
from relationdesk.services.backup.making import BackupInfo, list_backups


class ChangedElsewhere(BackupFailed):
    """The backup's tables, indexes, triggers or views are not those RelationDesk makes."""


@dataclass(frozen=True)
class LostDatabase:
    """The database file is empty (0 bytes) or gone while backups of it exist."""

    empty: bool  # True: the file is there with 0 bytes; False: there is no file
    newest: BackupInfo | None  # the newest backup fit to restore, if any


def lost_database(db_path: Path) -> LostDatabase | None:
    """Why opening would quietly make a new empty database where data used to be.

    SQLite treats a 0-byte file as a new database, and the app makes one where there is
    no file: right for a first start, a silent loss when backups say there was data.
    None when neither is the case (a first start: no file and no backups).
    """
    if _is_empty(db_path):
        return LostDatabase(True, newest_good_backup(db_path))
    if not db_path.exists() and scan(db_path):
        return LostDatabase(False, newest_good_backup(db_path))
    return None


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup that verify_backup accepts, so the one a restore would take."""
    for info in list_backups(db_path):
        try:
            verify_backup(info.path)
        except BackupFailed:
            continue
        return info
    return None


def _is_empty(db_path: Path) -> bool:
    """0 bytes and no -wal holding pages (a WAL database's pages can live there)."""
    wal = Path(f"{db_path}-wal")
    try:
        if not db_path.is_file() or db_path.stat().st_size:
            return False
        return not wal.exists() or wal.stat().st_size == 0
    except OSError:
        return False


# --- restoring ------------------------------------------------------------------------


def verify_backup(backup: Path, key: bytes | FileKey | None = FILE_KEY) -> str:
    """The schema revision of a backup fit to restore; raises BackupFailed otherwise.

    Fit: a RelationDesk database (it has alembic_version) of a schema this version
    knows (older ones are migrated when opened), that passes SQLite's integrity check,
    whose tables, indexes, triggers and views are exactly those the migrations make at
    its revision: a foreign trigger would run on every later write as if it were ours.
    """
    if not backup.is_file():
        raise BackupFailed(f"{backup} is not a file")
    try:
        with closing(connect_source(backup, key)) as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables:
                raise BackupFailed(f"{backup} is not a RelationDesk database")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
            if revision not in SCHEMA_REVISIONS:
                raise BackupFailed(
                    f"{backup} has the unknown schema {revision!r} (made by a newer "
                    "RelationDesk?): update RelationDesk to restore it"
                )
            problem = first_problem(conn, "integrity_check")
            if problem is not None:
                raise BackupFailed(f"{backup} is damaged: {problem}")
            foreign = differences(shape_of(conn), reference_shape(str(revision)))
            if foreign:
                listed = ", ".join(str(item) for item in foreign[:5])
                more = f" and {len(foreign) - 5} more" if len(foreign) > 5 else ""
                raise ChangedElsewhere(
                    f"{backup} was changed outside RelationDesk, so it is not restored: "
                    f"its schema differs from the one RelationDesk makes ({listed}{more})"
                )
            return str(revision)
    except driver.DatabaseError as error:
        raise BackupFailed(f"{backup} is not a readable SQLite database: {error}") from error
    except KeyUnavailable as error:
        raise BackupFailed(f"{backup} is encrypted and its key is missing: {error}") from error


def restore_backup(db_path: Path, backup: Path, now: datetime | None = None) -> Path | None:
    """Put a backup's content in place of the database's; returns the safety backup.

    The caller must close every connection to the database first (the window detaches
    it): while another connection is open the restore is refused, and nothing changes.
    The current database is first backed up ("before-restore"; None is returned when
    there was no database file, or an empty one), even when damaged: then the copy is
    kept as it is.
    The backup is checked first (verify_backup); a refused one changes nothing.
    """
    if db_path.exists() and same_file(db_path, backup):
        raise BackupFailed(f"{backup} is the database itself")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        backup_key = key_for_file(backup)
        db_key = key_for_file(db_path)  # a new database gets a new key
    except KeyUnavailable as error:
        raise BackupFailed(f"cannot restore {backup}: a key is missing ({error})") from error
    verify_backup(backup, backup_key)
    existed = db_path.exists() and not _is_empty(db_path)
    try:
        live = open_file(db_path, key=db_key, timeout=BUSY_TIMEOUT_S)
    except driver.Error as error:
        raise BackupFailed(f"cannot open {db_path}: {error}") from error
    try:
        readable = _take_over(live, db_path)
        safety = (
            make_backup(db_path, BEFORE_RESTORE, utc(now), keep_damaged=True) if existed else None
        )
        # The backup API copies pages as they are: a plain backup into an encrypted
        # database (or back) is written anew, with the database's key, like a damaged one.
        same_kind = is_plain(backup) == (db_key is None)
        if readable and same_kind:
            try:
                with closing(connect_source(backup, backup_key)) as source:
                    copy_database(source, live)
                return safety
            except StillBusy as error:
                raise BackupFailed(f"{db_path} stayed locked; close RelationDesk") from error
            except driver.OperationalError as error:
                raise BackupFailed(f"cannot write {db_path}: {error}") from error
            except (driver.DatabaseError, MemoryError):
                # damaged beyond what SQLite will write into: replace the file (SQLCipher
                # raises MemoryError on a page of the database it cannot decrypt)
                pass
    finally:
        live.close()
    _replace_unreadable(db_path, backup, backup_key, db_key)
    return safety


def _take_over(live: sqlite3.Connection, db_path: Path) -> bool:
    """Leave WAL mode, which SQLite allows only to the sole connection: so it proves
    nobody else has the database open, and folds a leftover -wal into the file.
    False when SQLite cannot read the file at all."""
    live.execute("PRAGMA busy_timeout=1000")
    try:
        mode = live.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except driver.OperationalError as error:
        if unreadable(error):
            return False  # SQLCipher says "not a database" here as an OperationalError
        if "locked" in str(error) or "busy" in str(error):
            raise BackupFailed(
                f"{db_path} is in use: close RelationDesk before restoring"
            ) from error
        raise BackupFailed(f"cannot write {db_path}: {error}") from error
    except driver.DatabaseError:
        return False
    if str(mode).lower() != "delete":
        raise BackupFailed(f"{db_path} is in use: close RelationDesk before restoring")
    live.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    return True


def _replace_unreadable(
    db_path: Path, backup: Path, backup_key: bytes | None, db_key: bytes | None
) -> None:
    """Swap in a fresh copy, with the database's key, for a file SQLite cannot read or
    one encrypted otherwise (no connection can use it, so its stale -wal, -shm and
    -journal go too: SQLite would replay them onto the copy)."""
    partial = db_path.with_name(f".{db_path.name}.restoring")
    partial.unlink(missing_ok=True)
    try:
        # not connect_source: its query_only connection could not write the export
        with closing(open_file(backup, key=backup_key, timeout=BUSY_TIMEOUT_S)) as source:
            export_to_new_file(source, partial, db_key)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        os.replace(partial, db_path)
    except (driver.Error, StillBusy) as error:
        raise BackupFailed(f"cannot restore {backup}: {error}") from error
    finally:
        partial.unlink(missing_ok=True)
