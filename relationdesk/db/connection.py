"""Opening SQLite the one way the app needs it: durable, with foreign keys, WAL."""

import sqlite3
from pathlib import Path

BUSY_TIMEOUT_MS = 5000


def connect(path: Path, *, same_thread: bool = True) -> sqlite3.Connection:
    """A connection with the pragmas every RelationDesk connection must have.

    isolation_level=None hands transaction control to us (BEGIN ... COMMIT), so one
    write is exactly one transaction and reads never leave a transaction open.
    """
    conn = sqlite3.connect(
        str(path),
        timeout=BUSY_TIMEOUT_MS / 1000,
        isolation_level=None,
        check_same_thread=same_thread,
    )
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA journal_mode=WAL")
    return conn
