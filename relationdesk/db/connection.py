"""Opening SQLite the one way the app needs it: with its key, durable, foreign keys, WAL.

`open_file` is the only place that opens a database file: the window's reader, the
SQLAlchemy engine, the workers, the command line, the backups and the check all come
through it, so the key is applied everywhere or nowhere.
"""

import sqlite3
from pathlib import Path
from typing import Literal

from relationdesk.db import driver
from relationdesk.db.keys import key_for_file, raw_key_pragma

BUSY_TIMEOUT_MS = 5000

Mode = Literal["rw", "ro", "immutable"]
_QUERY: dict[Mode, str] = {"rw": "", "ro": "?mode=ro", "immutable": "?mode=ro&immutable=1"}


class FileKey:
    """The default for `key`: the file's own (None for a plain file, see keys.key_for_file)."""


FILE_KEY = FileKey()


def open_file(
    path: Path,
    *,
    key: bytes | FileKey | None = FILE_KEY,
    mode: Mode = "rw",
    timeout: float = BUSY_TIMEOUT_MS / 1000,
    isolation_level: str | None = None,
    same_thread: bool = True,
) -> sqlite3.Connection:
    """A connection to `path` with its key applied (raw 256-bit key: no key derivation).

    Typed as sqlite3.Connection: SQLCipher's module has the same API (its errors are in
    db.driver). A wrong key shows at the first statement ("file is not a database").
    Raises keys.KeyUnavailable when the file is encrypted and its key is not at hand.
    """
    if isinstance(key, FileKey):
        key = key_for_file(path)
    uri = f"{Path(path).resolve().as_uri()}{_QUERY[mode]}"
    conn = driver.dbapi.connect(
        uri,
        uri=True,
        timeout=timeout,
        isolation_level=isolation_level,
        check_same_thread=same_thread,
    )
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # errors are raised, not printed
        if key is not None:
            conn.execute(raw_key_pragma(key))
    except BaseException:
        conn.close()
        raise
    conn_typed: sqlite3.Connection = conn
    return conn_typed


def connect(path: Path, *, same_thread: bool = True) -> sqlite3.Connection:
    """A connection with the pragmas every RelationDesk connection must have.

    isolation_level=None hands transaction control to us (BEGIN ... COMMIT), so one
    write is exactly one transaction and reads never leave a transaction open.
    """
    conn = open_file(path, same_thread=same_thread)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA journal_mode=WAL")
    except BaseException:
        conn.close()
        raise
    return conn
