"""Whether the database changed since a backup, by cheap fingerprints."""

import sqlite3
from contextlib import closing
from pathlib import Path

from relationdesk.services.backup.files import (
    READ_ERRORS,
    connect_source,
    open_backup_file,
    quote,
)


def changed_since(db_path: Path, newest_backup: Path | None) -> bool:
    """Whether the database differs from a backup, by their fingerprints."""
    if newest_backup is None:
        return True
    try:
        with closing(connect_source(db_path)) as conn:
            conn.execute("BEGIN")  # one snapshot for all the tables
            ours = _fingerprint(conn)
            conn.execute("COMMIT")
        with closing(open_backup_file(newest_backup)) as conn:
            theirs = _fingerprint(conn)
    except READ_ERRORS:
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
            f"max({quote(column[1])})"
            for column in conn.execute(f"PRAGMA table_info({quote(name)})")
            if _is_time(str(column[2]))
        ]
        row = conn.execute(f"SELECT {', '.join(['count(*)', *times])} FROM {quote(name)}")
        parts.append((name, *row.fetchone()))
    if any(name == "alembic_version" for name, _sql in tables):
        parts.append(tuple(conn.execute("SELECT version_num FROM alembic_version")))
    return tuple(parts)


def _is_time(declared_type: str) -> bool:
    upper = declared_type.upper()
    return "DATE" in upper or "TIME" in upper
