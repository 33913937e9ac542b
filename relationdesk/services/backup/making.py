"""Making, thinning and listing backups."""

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from relationdesk.domain.backup_policy import (
    DEFAULT_RETENTION,
    RetentionPolicy,
    backups_to_keep,
    is_due,
)
from relationdesk.services.backup.changes import changed_since
from relationdesk.services.backup.files import (
    AUTO,
    DEFAULT_MIN_INTERVAL,
    MANUAL,
    READ_ERRORS,
    connect_source,
    make_backup,
    open_backup_file,
    quote,
    scan,
    utc,
)


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


# --- making ---------------------------------------------------------------------------


def create_backup(db_path: Path, reason: str = MANUAL, now: datetime | None = None) -> Path:
    """A checked, consistent copy of the database in its backups folder; returns its path.

    Safe while the app (or another process) has the database open, even mid-write.
    Raises BackupFailed when there is no database, it stays locked, or the copy fails
    SQLite's quick check (the copy is then deleted: the database itself may be damaged).
    """
    return make_backup(db_path, reason, utc(now), keep_damaged=False)


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

    A database that never held a customer holds no work yet: backing it up would only start the
    interval, after which the day's real work waited a day for its first copy.
    """
    moment = utc(now)
    if not db_path.is_file() or not holds_work(db_path):
        return None
    found = scan(db_path)
    autos = [item for item in found if item.reason == AUTO]
    made = None
    last_auto = autos[0].created_at if autos else None
    if is_due(last_auto, moment, min_interval) and changed_since(
        db_path, found[0].path if found else None
    ):
        made = make_backup(db_path, AUTO, moment, keep_damaged=False)
    thin_backups(db_path, moment, policy)
    return made


def holds_work(db_path: Path) -> bool:
    """Whether anything was ever recorded: a customer, or the tombstone a deleted one
    leaves (deleting the last customer is work to keep too). A fresh desk has neither."""
    try:
        with closing(connect_source(db_path)) as conn:
            row = conn.execute(
                "SELECT EXISTS (SELECT 1 FROM customer) OR EXISTS (SELECT 1 FROM tombstone)"
            ).fetchone()
            return bool(row[0])
    except sqlite3.Error:
        return True  # cannot tell (damaged, another schema): a backup too many is safer


def thin_backups(
    db_path: Path, now: datetime | None = None, policy: RetentionPolicy = DEFAULT_RETENTION
) -> list[Path]:
    """Delete the automatic backups the policy does not keep; returns what was deleted.

    Days, weeks and months are the user's local ones. Manual, before-restore and
    before-upgrade backups are never touched.
    """
    autos = [item for item in scan(db_path) if item.reason == AUTO]
    local = {item.path: item.created_at.astimezone() for item in autos}
    keep = backups_to_keep(local.values(), utc(now).astimezone(), policy)
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
    for item in scan(db_path):
        try:
            size = item.path.stat().st_size
        except OSError:
            continue  # deleted meanwhile
        customers, meetings = _counts(item.path)
        backups.append(
            BackupInfo(item.path, item.created_at, size, customers, meetings, item.reason)
        )
    return backups


def _counts(path: Path) -> tuple[int | None, int | None]:
    try:
        with closing(open_backup_file(path)) as conn:
            return _count(conn, "customer"), _count(conn, "meeting")
    except READ_ERRORS:
        return None, None


def _count(conn: sqlite3.Connection, table: str) -> int | None:
    try:
        return int(conn.execute(f"SELECT count(*) FROM {quote(table)}").fetchone()[0])
    except READ_ERRORS:
        return None
