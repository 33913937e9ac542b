"""Why a database could not be opened or written: each kind gets its own message."""

import re
from enum import StrEnum
from pathlib import Path


class OpenFailure(StrEnum):
    NOT_A_DATABASE = "not_a_database"
    CORRUPT = "corrupt"
    NO_PERMISSION = "no_permission"
    NEWER_SCHEMA = "newer_schema"
    FOREIGN_DATABASE = "foreign_database"
    LOCKED = "locked"
    WRONG_KEY = "wrong_key"  # encrypted, and the key at hand does not open it (or damaged)
    KEY_MISSING = "key_missing"  # encrypted, and the keychain has no key for it
    NO_KEYCHAIN = "no_keychain"  # no keychain to read or keep the database's key
    OTHER = "other"


class StorageFailure(StrEnum):
    """Why the database could not be used right now; the data in it is intact."""

    LOCKED = "locked"  # another program holds a write transaction
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"  # the file, its folder or a leftover -shm/-wal is read-only
    CANNOT_OPEN = "cannot_open"  # the file or its folder cannot be opened at all
    NOT_A_FOLDER = "not_a_folder"  # the data folder is a file


class DatabaseOpenError(Exception):
    """The database was not opened, and has not been modified."""

    def __init__(self, failure: OpenFailure, location: Path | str, detail: str = "") -> None:
        location, detail = masked(location), str(masked(detail))
        super().__init__(f"{failure.value}: {location} {detail}".strip())
        self.failure = failure
        self.location = location
        self.detail = detail


def masked(text: Path | str) -> Path | str:
    """`text` with the password of any URL in it hidden ("user:***@host"), as SQLAlchemy's
    render_as_string(hide_password=True) writes it: no message or log shows a password."""
    if isinstance(text, Path):
        return text
    return _URL_PASSWORD.sub(r"\1***@", text)


_URL_PASSWORD = re.compile(r"(://[^:/@\s]*:)[^@\s]*@")
_MESSAGES = (  # SQLite's own words (lower case), most specific first
    ("database is locked", StorageFailure.LOCKED),
    ("database table is locked", StorageFailure.LOCKED),
    ("database or disk is full", StorageFailure.DISK_FULL),
    ("readonly database", StorageFailure.READ_ONLY),
    ("unable to open database", StorageFailure.CANNOT_OPEN),
    ("disk i/o error", StorageFailure.CANNOT_OPEN),
)


def storage_failure(error: BaseException) -> StorageFailure | None:
    """The storage problem behind `error` (sqlite3, SQLAlchemy or OS), None for others.

    Looks at SQLAlchemy's wrapped driver error and at the causes, never at the statement
    or its parameters."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        found = _own_failure(current)
        if found is not None:
            return found
        orig = getattr(current, "orig", None)  # sqlalchemy.exc.DBAPIError
        current = orig if isinstance(orig, BaseException) else current.__cause__
    return None


def _own_failure(error: BaseException) -> StorageFailure | None:
    import errno

    from relationdesk.db import driver

    if isinstance(error, driver.OperationalError):
        text = str(error).lower()
        return next((kind for words, kind in _MESSAGES if words in text), None)
    if isinstance(error, (FileExistsError, NotADirectoryError)):
        return StorageFailure.NOT_A_FOLDER
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return StorageFailure.DISK_FULL
    return None
