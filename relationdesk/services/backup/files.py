"""Backup files: their names, making one safely (temporary name, check, rename), and
the connections and copies the backup API needs."""

import contextlib
import itertools
import os
import re
import shutil
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from relationdesk.db import driver
from relationdesk.db.connection import FILE_KEY, FileKey, open_file
from relationdesk.db.keys import KeyUnavailable, key_for_file, raw_key_literal
from relationdesk.paths import backups_dir, make_private

AUTO = "auto"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
BEFORE_UPGRADE = "before-upgrade"  # the prefix of db/schema.py's reasons
BEFORE_REPAIR = "before-repair"  # written by "Check database" before its first fix
DEFAULT_MIN_INTERVAL = timedelta(hours=20)  # about one a day, whatever the start-up hour
BUSY_TIMEOUT_S = 10.0  # how long to wait for another connection's lock before giving up
# A partial backup or restore untouched this long was left by a killed process; a younger
# one may belong to a backup another process is making right now.
LEFTOVER_AGE = timedelta(minutes=15)

STAMP = "%Y%m%d-%H%M%S"
REASON_PATTERN = re.compile(r"[a-z]+(?:-[a-z]+)*")
EXTENSION = ".sqlite3"
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_CORRUPT, _SQLITE_NOTADB = 5, 6, 11, 26
# What reading a database or a backup can raise: SQLite's errors, or no key for it.
READ_ERRORS = (driver.Error, KeyUnavailable)


class BackupFailed(Exception):
    """No backup was made, or nothing was restored; the message says why."""


@dataclass(frozen=True)
class Found:
    path: Path
    created_at: datetime
    reason: str


class StillBusy(Exception):
    pass


def parse_backup_name(name: str, db_stem: str) -> tuple[datetime, str] | None:
    """(created_at in UTC, reason) from a backup file name of this database, else None."""
    stem = re.escape(db_stem)
    patterns = (
        rf"{stem}-(?P<stamp>\d{{8}}-\d{{6}})-(?P<reason>{REASON_PATTERN.pattern})(?:_\d+)?\.sqlite3",
        rf"{stem}-(?P<reason>{BEFORE_UPGRADE}-from-.+)-(?P<stamp>\d{{8}}-\d{{6}})\.sqlite3",
    )
    for pattern in patterns:
        match = re.fullmatch(pattern, name)
        if match is None:
            continue
        try:
            created_at = datetime.strptime(match["stamp"], STAMP).replace(tzinfo=UTC)
        except ValueError:
            return None
        return created_at, match["reason"]
    return None


# --- helpers --------------------------------------------------------------------------


def make_backup(db_path: Path, reason: str, now: datetime, *, keep_damaged: bool) -> Path:
    """Copy to a temporary name, check, then rename: never a half backup in the folder.

    keep_damaged (before a restore): a copy that fails the check is kept all the same,
    and a file SQLite cannot read at all is copied byte for byte — nobody can be
    writing to it, and the user may want it back.
    """
    if not REASON_PATTERN.fullmatch(reason):
        raise ValueError(f"a backup reason is lowercase words joined by '-': {reason!r}")
    if not db_path.is_file():
        raise BackupFailed(f"there is no database at {db_path}")
    remove_leftovers(db_path)
    target = new_target(db_path, reason, now)
    partial = partial_name(target)
    try:
        try:
            with closing(connect_source(db_path)) as source:
                copy_to_new_file(source, partial, key_for_file(db_path))
        except StillBusy as error:
            raise BackupFailed(f"{db_path} stayed locked for {BUSY_TIMEOUT_S:.0f} s") from error
        except KeyUnavailable as error:
            if not keep_damaged:
                raise BackupFailed(f"cannot back up {db_path}: its key is missing") from error
            shutil.copyfile(db_path, partial)  # unreadable here: kept as it is
        except driver.DatabaseError as error:
            if isinstance(error, driver.OperationalError) and not unreadable(error):
                raise BackupFailed(f"cannot back up {db_path}: {error}") from error
            if not keep_damaged:
                raise BackupFailed(
                    f"cannot back up {db_path}, the database may be damaged: {error}"
                ) from error
            shutil.copyfile(db_path, partial)
        make_private(partial)
        problem = check_file(partial)
        if problem is not None and not keep_damaged:
            raise BackupFailed(
                f"the backup of {db_path} failed SQLite's check, so the database itself "
                f"may be damaged: {problem}"
            )
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def unreadable(error: Exception) -> bool:
    """The file is not a database SQLite can read (damaged, or not decryptable): the
    backup API says so with an OperationalError, where a read says DatabaseError."""
    if getattr(error, "sqlite_errorcode", 0) & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return True
    text = str(error)  # backup() raises without an error code
    return "file is not a database" in text or "disk image is malformed" in text


def backup_path(db_path: Path, reason: str, now: datetime | None = None) -> Path:
    """Where a backup made now for `reason` goes: a free name the backups dialog lists."""
    return new_target(db_path, reason, utc(now))


def new_target(db_path: Path, reason: str, now: datetime) -> Path:
    folder = backups_dir(db_path)
    base = f"{db_path.stem}-{now.strftime(STAMP)}-{reason}"
    for number in itertools.count(1):
        name = f"{base}{'' if number == 1 else f'_{number}'}{EXTENSION}"
        if not (folder / name).exists() and not partial_name(folder / name).exists():
            return folder / name
    raise AssertionError("unreachable")


def partial_name(target: Path) -> Path:
    """Where a backup is written before it is checked and renamed to `target`."""
    return target.with_name(f".{target.name}.partial")


def restoring_name(db_path: Path) -> Path:
    """Where a restore writes its copy before renaming it over the database."""
    return db_path.with_name(f".{db_path.name}.restoring")


def remove_leftovers(db_path: Path, now: float | None = None) -> int:
    """Delete the partial backups and restores a killed process left behind (hidden, so
    nobody would ever notice them, and each a full copy of the customers' data).
    Returns how many were removed."""
    now = time.time() if now is None else now
    folder = db_path.parent / "backups"
    candidates = [restoring_name(db_path)]
    with contextlib.suppress(OSError):  # no backups folder yet
        candidates += [
            folder / entry.name
            for entry in os.scandir(folder)
            if entry.name.startswith(f".{db_path.stem}-") and entry.name.endswith(".partial")
        ]
    removed = 0
    for path in candidates:
        try:
            if now - path.lstat().st_mtime < LEFTOVER_AGE.total_seconds():
                continue
            path.unlink()
        except OSError:
            continue  # gone already, or not ours to delete
        removed += 1
    return removed


def connect_source(path: Path, key: bytes | FileKey | None = FILE_KEY) -> sqlite3.Connection:
    """A fresh connection that only reads, to a file others may be using.

    Read-write (not mode=ro): as the last connection to close it folds its -wal back,
    where a read-only one would leave -wal and -shm files lying next to it.
    """
    conn = open_file(path, key=key, timeout=BUSY_TIMEOUT_S)
    conn.execute("PRAGMA query_only=ON")
    return conn


def open_backup_file(path: Path) -> sqlite3.Connection:
    """Read-only and immutable: nobody writes a backup, so no locks and no side files."""
    return open_file(path, mode="immutable")


def copy_database(source: sqlite3.Connection, destination: sqlite3.Connection) -> None:
    """The backup API, all pages in one step; gives up if kept busy for too long."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (_SQLITE_BUSY, _SQLITE_LOCKED) and time.monotonic() > deadline:
            raise StillBusy  # else Python's backup() would retry forever

    source.backup(destination, progress=progress, sleep=0.05)


def export_to_new_file(source: sqlite3.Connection, target: Path, key: bytes | None) -> None:
    """A new copy with `key` whatever the source's (plain to encrypted and back), through
    SQLCipher's export: for copies nobody writes to meanwhile (a restore, a conversion)."""
    source.execute(f"ATTACH DATABASE ? AS copy KEY {raw_key_literal(key)}", (str(target),))
    try:
        source.execute("SELECT sqlcipher_export('copy')")
    finally:
        source.execute("DETACH DATABASE copy")


def copy_to_new_file(source: sqlite3.Connection, target: Path, key: bytes | None) -> None:
    """A new single-file copy, with `key` (the source's: the backup API copies pages as
    they are, so both must be encrypted or both plain). A WAL source's copy would be in
    WAL mode too, hence the switch to a rollback journal."""
    with closing(open_file(target, key=key)) as destination:
        copy_database(source, destination)
        destination.execute("PRAGMA journal_mode=DELETE")


def first_problem(conn: sqlite3.Connection, check: str) -> str | None:
    rows = conn.execute(f"PRAGMA {check}").fetchall()
    if rows == [("ok",)]:
        return None
    return "; ".join(str(row[0]) for row in rows[:5]) or "no answer"


def check_file(path: Path) -> str | None:
    """SQLite's quick check of a finished copy: None when it is fine."""
    try:
        with closing(open_backup_file(path)) as conn:
            return first_problem(conn, "quick_check")
    except driver.DatabaseError as error:
        return str(error)
    except KeyUnavailable as error:
        return str(error)


def scan(db_path: Path) -> list[Found]:
    """This database's backups by their names, newest first (nothing is opened)."""
    if not db_path.parent.is_dir():
        return []
    try:
        folder = backups_dir(db_path)
        names = [entry.name for entry in os.scandir(folder) if entry.is_file()]
    except OSError:
        return []
    found = []
    for name in names:
        parsed = parse_backup_name(name, db_path.stem)
        if parsed is not None:
            found.append(Found(folder / name, *parsed))
    found.sort(key=lambda item: (item.created_at, item.path.name), reverse=True)
    return found


def quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def utc(now: datetime | None) -> datetime:
    """An aware UTC moment; a naive one is taken to be UTC already."""
    if now is None:
        return datetime.now(UTC)
    if now.tzinfo is None:
        return now.replace(tzinfo=UTC)
    return now.astimezone(UTC)
