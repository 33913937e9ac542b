"""Backups of the database: made with SQLite's backup API, listed, thinned, restored.

Why the backup API and never a file copy: a copy of a live database can catch a write
half-way, or miss what still sits in its -wal file; the API copies one consistent
snapshot whatever other connections do (an open write transaction is simply not in it).
Each backup is written under a temporary name, passes SQLite's quick check and only
then gets its final name, so the folder never holds a half-written backup. Backups are
single files (rollback journal, not WAL): reading one leaves no -wal or -shm behind.

Names, in UTC so they sort by age, in the "backups" folder next to the database:
``<db>-YYYYmmdd-HHMMSS-<reason>.sqlite3`` (``_2``, ``_3``... before the extension when
two are made in the same second), <db> being the database file's stem ("relationdesk"),
plus the ``<db>-before-upgrade-from-<revision>-YYYYmmdd-HHMMSS.sqlite3`` that
db/schema.py writes before a migration. Only "auto" backups are ever deleted (thinned).

No Qt and no SQLModel here: the command line and the window's worker threads call these
functions directly; each opens (and closes) its own connections.
"""

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

from relationdesk.db.schema import SCHEMA_REVISIONS
from relationdesk.domain.backup_policy import (
    DEFAULT_RETENTION,
    RetentionPolicy,
    backups_to_keep,
    is_due,
)
from relationdesk.paths import backups_dir

AUTO = "auto"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
BEFORE_UPGRADE = "before-upgrade"  # the prefix of db/schema.py's reasons
BEFORE_REPAIR = "before-repair"  # written by "Check database" before its first fix
DEFAULT_MIN_INTERVAL = timedelta(hours=20)  # about one a day, whatever the start-up hour
BUSY_TIMEOUT_S = 10.0  # how long to wait for another connection's lock before giving up

_STAMP = "%Y%m%d-%H%M%S"
_REASON = re.compile(r"[a-z]+(?:-[a-z]+)*")
_EXTENSION = ".sqlite3"
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6


class BackupFailed(Exception):
    """No backup was made, or nothing was restored; the message says why."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file, as the backups dialog and the command line show it."""

    path: Path
    created_at: datetime  # UTC, from the file name (file times change when copied)
    size_bytes: int
    customers: int | None  # None when the backup cannot be read
    meetings: int | None
    reason: str  # "auto", "manual", "before-restore", "before-upgrade-from-<revision>"

    @property
    def automatic(self) -> bool:
        """Automatic backups are thinned; all others are kept until the user deletes them."""
        return self.reason == AUTO


@dataclass(frozen=True)
class _Found:
    path: Path
    created_at: datetime
    reason: str


class _StillBusy(Exception):
    pass


# --- making ---------------------------------------------------------------------------


def create_backup(db_path: Path, reason: str = MANUAL, now: datetime | None = None) -> Path:
    """A checked, consistent copy of the database in its backups folder; returns its path.

    Safe while the app (or another process) has the database open, even mid-write.
    Raises BackupFailed when there is no database, it stays locked, or the copy fails
    SQLite's quick check (the copy is then deleted: the database itself may be damaged).
    """
    return _make_backup(db_path, reason, _utc(now), keep_damaged=False)


def auto_backup(
    db_path: Path,
    now: datetime | None = None,
    min_interval: timedelta = DEFAULT_MIN_INTERVAL,
    policy: RetentionPolicy = DEFAULT_RETENTION,
) -> Path | None:
    """At start-up and on exit: an "auto" backup when one is due and something changed.

    Due: min_interval has passed since the newest automatic backup. Changed: the
    database differs from the newest backup of any kind (see _fingerprint). Then the
    automatic backups are thinned by `policy`. Returns the new backup, or None.
    """
    moment = _utc(now)
    if not db_path.is_file():
        return None
    found = _scan(db_path)
    autos = [item for item in found if item.reason == AUTO]
    made = None
    last_auto = autos[0].created_at if autos else None
    if is_due(last_auto, moment, min_interval) and _changed_since(
        db_path, found[0].path if found else None
    ):
        made = _make_backup(db_path, AUTO, moment, keep_damaged=False)
    thin_backups(db_path, moment, policy)
    return made


def thin_backups(
    db_path: Path, now: datetime | None = None, policy: RetentionPolicy = DEFAULT_RETENTION
) -> list[Path]:
    """Delete the automatic backups the policy does not keep; returns what was deleted.

    Days, weeks and months are the user's local ones. Manual, before-restore and
    before-upgrade backups are never touched.
    """
    autos = [item for item in _scan(db_path) if item.reason == AUTO]
    local = {item.path: item.created_at.astimezone() for item in autos}
    keep = backups_to_keep(local.values(), _utc(now).astimezone(), policy)
    deleted = []
    for item in autos:
        if local[item.path] in keep:
            continue
        try:
            item.path.unlink()
        except OSError:
            continue  # open elsewhere (Windows) or already gone: the next run tries again
        deleted.append(item.path)
    return deleted


# --- listing --------------------------------------------------------------------------


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of this database, newest first, with how many customers and meetings."""
    backups = []
    for item in _scan(db_path):
        try:
            size = item.path.stat().st_size
        except OSError:
            continue  # deleted meanwhile
        customers, meetings = _counts(item.path)
        backups.append(
            BackupInfo(item.path, item.created_at, size, customers, meetings, item.reason)
        )
    return backups


def parse_backup_name(name: str, db_stem: str) -> tuple[datetime, str] | None:
    """(created_at in UTC, reason) from a backup file name of this database, else None."""
    stem = re.escape(db_stem)
    patterns = (
        rf"{stem}-(?P<stamp>\d{{8}}-\d{{6}})-(?P<reason>{_REASON.pattern})(?:_\d+)?\.sqlite3",
        rf"{stem}-(?P<reason>{BEFORE_UPGRADE}-from-.+)-(?P<stamp>\d{{8}}-\d{{6}})\.sqlite3",
    )
    for pattern in patterns:
        match = re.fullmatch(pattern, name)
        if match is None:
            continue
        try:
            created_at = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
        except ValueError:
            return None
        return created_at, match["reason"]
    return None


# --- restoring ------------------------------------------------------------------------


def verify_backup(backup: Path) -> str:
    """The schema revision of a backup fit to restore; raises BackupFailed otherwise.

    Fit: a RelationDesk database (it has alembic_version) of a schema this version
    knows (older ones are migrated when opened), that passes SQLite's integrity check.
    """
    if not backup.is_file():
        raise BackupFailed(f"{backup} is not a file")
    try:
        with closing(_connect_source(backup)) as conn:
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
            problem = _first_problem(conn, "integrity_check")
            if problem is not None:
                raise BackupFailed(f"{backup} is damaged: {problem}")
            return str(revision)
    except sqlite3.DatabaseError as error:
        raise BackupFailed(f"{backup} is not a readable SQLite database: {error}") from error


def restore_backup(db_path: Path, backup: Path, now: datetime | None = None) -> Path | None:
    """Put a backup's content in place of the database's; returns the safety backup.

    The caller must close every connection to the database first (the window detaches
    it): while another connection is open the restore is refused, and nothing changes.
    The current database is first backed up ("before-restore"; None is returned when
    there was no database file), even when damaged: then the copy is kept as it is.
    The backup is checked first (verify_backup); a refused one changes nothing.
    """
    verify_backup(backup)
    if db_path.exists() and _same_file(db_path, backup):
        raise BackupFailed(f"{backup} is the database itself")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    existed = db_path.exists()
    try:
        live = sqlite3.connect(str(db_path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
    except sqlite3.Error as error:
        raise BackupFailed(f"cannot open {db_path}: {error}") from error
    try:
        readable = _take_over(live, db_path)
        safety = (
            _make_backup(db_path, BEFORE_RESTORE, _utc(now), keep_damaged=True) if existed else None
        )
        if readable:
            try:
                with closing(_connect_source(backup)) as source:
                    _copy(source, live)
                return safety
            except _StillBusy as error:
                raise BackupFailed(f"{db_path} stayed locked; close RelationDesk") from error
            except sqlite3.OperationalError as error:
                raise BackupFailed(f"cannot write {db_path}: {error}") from error
            except sqlite3.DatabaseError:
                pass  # damaged beyond what SQLite will write into: replace the file
    finally:
        live.close()
    _replace_unreadable(db_path, backup)
    return safety


def _take_over(live: sqlite3.Connection, db_path: Path) -> bool:
    """Leave WAL mode, which SQLite allows only to the sole connection: so it proves
    nobody else has the database open, and folds a leftover -wal into the file.
    False when SQLite cannot read the file at all."""
    live.execute("PRAGMA busy_timeout=1000")
    try:
        mode = live.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise BackupFailed(
                f"{db_path} is in use: close RelationDesk before restoring"
            ) from error
        raise BackupFailed(f"cannot write {db_path}: {error}") from error
    except sqlite3.DatabaseError:
        return False
    if str(mode).lower() != "delete":
        raise BackupFailed(f"{db_path} is in use: close RelationDesk before restoring")
    live.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    return True


def _replace_unreadable(db_path: Path, backup: Path) -> None:
    """Swap in a fresh copy for a file SQLite cannot read (no connection can use it, so
    its stale -wal, -shm and -journal go too: SQLite would replay them onto the copy)."""
    partial = db_path.with_name(f".{db_path.name}.restoring")
    try:
        with closing(_connect_source(backup)) as source:
            _copy_to_new_file(source, partial)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        os.replace(partial, db_path)
    except (sqlite3.Error, _StillBusy) as error:
        raise BackupFailed(f"cannot restore {backup}: {error}") from error
    finally:
        partial.unlink(missing_ok=True)


# --- helpers --------------------------------------------------------------------------


def _make_backup(db_path: Path, reason: str, now: datetime, *, keep_damaged: bool) -> Path:
    """Copy to a temporary name, check, then rename: never a half backup in the folder.

    keep_damaged (before a restore): a copy that fails the check is kept all the same,
    and a file SQLite cannot read at all is copied byte for byte — nobody can be
    writing to it, and the user may want it back.
    """
    if not _REASON.fullmatch(reason):
        raise ValueError(f"a backup reason is lowercase words joined by '-': {reason!r}")
    if not db_path.is_file():
        raise BackupFailed(f"there is no database at {db_path}")
    target = _new_target(db_path, reason, now)
    partial = target.with_name(f".{target.name}.partial")
    try:
        try:
            with closing(_connect_source(db_path)) as source:
                _copy_to_new_file(source, partial)
        except _StillBusy as error:
            raise BackupFailed(f"{db_path} stayed locked for {BUSY_TIMEOUT_S:.0f} s") from error
        except sqlite3.OperationalError as error:
            raise BackupFailed(f"cannot back up {db_path}: {error}") from error
        except sqlite3.DatabaseError as error:
            if not keep_damaged:
                raise BackupFailed(
                    f"cannot back up {db_path}, the database may be damaged: {error}"
                ) from error
            shutil.copyfile(db_path, partial)
        problem = _check_file(partial)
        if problem is not None and not keep_damaged:
            raise BackupFailed(
                f"the backup of {db_path} failed SQLite's check, so the database itself "
                f"may be damaged: {problem}"
            )
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def backup_path(db_path: Path, reason: str, now: datetime | None = None) -> Path:
    """Where a backup made now for `reason` goes: a free name the backups dialog lists."""
    return _new_target(db_path, reason, _utc(now))


def _new_target(db_path: Path, reason: str, now: datetime) -> Path:
    folder = backups_dir(db_path)
    base = f"{db_path.stem}-{now.strftime(_STAMP)}-{reason}"
    for number in itertools.count(1):
        name = f"{base}{'' if number == 1 else f'_{number}'}{_EXTENSION}"
        if not (folder / name).exists() and not (folder / f".{name}.partial").exists():
            return folder / name
    raise AssertionError("unreachable")


def _connect_source(path: Path) -> sqlite3.Connection:
    """A fresh connection that only reads, to a file others may be using.

    Read-write (not mode=ro): as the last connection to close it folds its -wal back,
    where a read-only one would leave -wal and -shm files lying next to it.
    """
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
    conn.execute("PRAGMA query_only=ON")
    return conn


def _open_backup_file(path: Path) -> sqlite3.Connection:
    """Read-only and immutable: nobody writes a backup, so no locks and no side files."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def _copy(source: sqlite3.Connection, destination: sqlite3.Connection) -> None:
    """The backup API, all pages in one step; gives up if kept busy for too long."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (_SQLITE_BUSY, _SQLITE_LOCKED) and time.monotonic() > deadline:
            raise _StillBusy  # else Python's backup() would retry forever

    source.backup(destination, progress=progress, sleep=0.05)


def _copy_to_new_file(source: sqlite3.Connection, target: Path) -> None:
    """A new single-file copy: a WAL source's copy would be in WAL mode too."""
    with closing(sqlite3.connect(str(target))) as destination:
        _copy(source, destination)
        destination.execute("PRAGMA journal_mode=DELETE")


def _first_problem(conn: sqlite3.Connection, check: str) -> str | None:
    rows = conn.execute(f"PRAGMA {check}").fetchall()
    if rows == [("ok",)]:
        return None
    return "; ".join(str(row[0]) for row in rows[:5]) or "no answer"


def _check_file(path: Path) -> str | None:
    """SQLite's quick check of a finished copy: None when it is fine."""
    try:
        with closing(_open_backup_file(path)) as conn:
            return _first_problem(conn, "quick_check")
    except sqlite3.DatabaseError as error:
        return str(error)


def _scan(db_path: Path) -> list[_Found]:
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
            found.append(_Found(folder / name, *parsed))
    found.sort(key=lambda item: (item.created_at, item.path.name), reverse=True)
    return found


def _counts(path: Path) -> tuple[int | None, int | None]:
    try:
        with closing(_open_backup_file(path)) as conn:
            return _count(conn, "customer"), _count(conn, "meeting")
    except sqlite3.Error:
        return None, None


def _count(conn: sqlite3.Connection, table: str) -> int | None:
    try:
        return int(conn.execute(f"SELECT count(*) FROM {_quote(table)}").fetchone()[0])
    except sqlite3.Error:
        return None


def _changed_since(db_path: Path, newest_backup: Path | None) -> bool:
    """Whether the database differs from a backup, by their fingerprints."""
    if newest_backup is None:
        return True
    try:
        with closing(_connect_source(db_path)) as conn:
            conn.execute("BEGIN")  # one snapshot for all the tables
            ours = _fingerprint(conn)
            conn.execute("COMMIT")
        with closing(_open_backup_file(newest_backup)) as conn:
            theirs = _fingerprint(conn)
    except sqlite3.Error:
        return True  # cannot tell: a backup too many is the safe side
    return ours != theirs


def _fingerprint(conn: sqlite3.Connection) -> tuple[object, ...]:
    """Cheap evidence of change: each table's row count and newest timestamps.

    PRAGMA data_version only sees changes within one process's connections, and hashing
    every row costs too much at start-up and exit. Every edit sets updated_at (or adds
    or deletes rows, deletes leave tombstones), so it shows; one that touched no row
    count and no date column would wait for the next edit to be backed up. The search
    index (a virtual table and its shadow tables) only mirrors other tables.
    """
    tables = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).fetchall()
    virtual = [name for name, sql in tables if str(sql).upper().startswith("CREATE VIRTUAL")]

    def derived(name: str) -> bool:
        return name.startswith("sqlite_") or any(
            name == v or name.startswith(f"{v}_") for v in virtual
        )

    parts: list[object] = []
    for name, _sql in tables:
        if derived(name):
            continue
        times = [
            f"max({_quote(column[1])})"
            for column in conn.execute(f"PRAGMA table_info({_quote(name)})")
            if _is_time(str(column[2]))
        ]
        row = conn.execute(f"SELECT {', '.join(['count(*)', *times])} FROM {_quote(name)}")
        parts.append((name, *row.fetchone()))
    if any(name == "alembic_version" for name, _sql in tables):
        parts.append(tuple(conn.execute("SELECT version_num FROM alembic_version")))
    return tuple(parts)


def _is_time(declared_type: str) -> bool:
    upper = declared_type.upper()
    return "DATE" in upper or "TIME" in upper


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _utc(now: datetime | None) -> datetime:
    """An aware UTC moment; a naive one is taken to be UTC already."""
    if now is None:
        return datetime.now(UTC)
    if now.tzinfo is None:
        return now.replace(tzinfo=UTC)
    return now.astimezone(UTC)
