"""Turning a plain database (made before encryption) into an encrypted one, in place.

Backup first; then the encrypted copy is written to a temporary file next to the
database, checked, synced, and renamed over the plain file in one step. A crash at any
moment leaves either the whole plain file or the whole encrypted one at the path, never
a mix: the plain file is switched to a rollback journal first, so no -wal beside it
holds pages the encrypted file would not have.
"""

import os
from contextlib import closing
from datetime import datetime
from pathlib import Path

from relationdesk.db import driver
from relationdesk.db.connection import BUSY_TIMEOUT_MS, open_file
from relationdesk.db.keys import KeyUnavailable, is_plain, key_for_file
from relationdesk.db.schema_shape import shape_of
from relationdesk.services.backup.files import (
    BackupFailed,
    export_to_new_file,
    first_problem,
    make_backup,
    quote,
    scan,
    utc,
)

BEFORE_ENCRYPTION = "before-encryption"


class EncryptionFailed(Exception):
    """The database was not encrypted; the plain file is as it was."""


def converting_name(db_path: Path) -> Path:
    """Where the encrypted copy is written before it is renamed over the database."""
    return db_path.with_name(f".{db_path.name}.encrypting")


def encrypt_database(db_path: Path, now: datetime | None = None) -> Path:
    """Encrypt the plain database at `db_path` in place; returns the plain backup made
    first. Every connection to it must be closed (the window has not opened it yet)."""
    if not is_plain(db_path):
        raise EncryptionFailed(f"{db_path} is not a plain SQLite database")
    try:
        backup = make_backup(db_path, BEFORE_ENCRYPTION, utc(now), keep_damaged=False)
    except BackupFailed as error:
        raise EncryptionFailed(str(error)) from error
    partial = converting_name(db_path)
    partial.unlink(missing_ok=True)  # a killed conversion's leftover
    try:
        key = key_for_file(partial)  # the user's key (made and stored now if new)
        assert key is not None
        with closing(open_file(db_path, key=None, timeout=BUSY_TIMEOUT_MS / 1000)) as plain:
            mode = plain.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            if str(mode).lower() != "delete":
                raise EncryptionFailed(f"{db_path} is in use: close RelationDesk first")
            export_to_new_file(plain, partial, key)
            expected = _counts(plain), shape_of(plain)
        with closing(open_file(partial, key=key)) as encrypted:
            problem = first_problem(encrypted, "integrity_check")
            found = _counts(encrypted), shape_of(encrypted)
        if problem is not None or found != expected:
            raise EncryptionFailed(f"the encrypted copy of {db_path} differs: {problem}")
        _sync(partial)
        os.replace(partial, db_path)
        _sync(db_path.parent)
    except (driver.Error, KeyUnavailable) as error:
        raise EncryptionFailed(f"cannot encrypt {db_path}: {error}") from error
    finally:
        partial.unlink(missing_ok=True)
    return backup


def plain_backups(db_path: Path) -> list[Path]:
    """This database's backups that are plain SQLite: they hold everything in clear."""
    return [found.path for found in scan(db_path) if is_plain(found.path)]


def _counts(conn: driver.Connection) -> dict[str, int]:
    tables = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return {
        name: int(conn.execute(f"SELECT count(*) FROM {quote(name)}").fetchone()[0])
        for (name,) in tables
    }


def _sync(path: Path) -> None:
    """fsync a file, or a folder (so a rename in it survives a power cut)."""
    if path.is_dir() and os.name != "posix":
        return  # Windows cannot open a folder to sync it; its renames are journaled
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
