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

from relationdesk.services.backup.files import (
    AUTO,
    BEFORE_REPAIR,
    BEFORE_RESTORE,
    BEFORE_UPGRADE,
    DEFAULT_MIN_INTERVAL,
    MANUAL,
    BackupFailed,
    backup_path,
    parse_backup_name,
)
from relationdesk.services.backup.making import (
    BackupInfo,
    auto_backup,
    create_backup,
    list_backups,
    thin_backups,
)
from relationdesk.services.backup.restoring import (
    ChangedElsewhere,
    LostDatabase,
    lost_database,
    newest_good_backup,
    restore_backup,
    verify_backup,
)

__all__ = [
    "AUTO",
    "BEFORE_REPAIR",
    "BEFORE_RESTORE",
    "BEFORE_UPGRADE",
    "DEFAULT_MIN_INTERVAL",
    "MANUAL",
    "BackupFailed",
    "BackupInfo",
    "ChangedElsewhere",
    "LostDatabase",
    "auto_backup",
    "backup_path",
    "create_backup",
    "list_backups",
    "lost_database",
    "newest_good_backup",
    "parse_backup_name",
    "restore_backup",
    "thin_backups",
    "verify_backup",
]
