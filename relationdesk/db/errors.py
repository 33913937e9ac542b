"""Why a database could not be opened: each kind gets its own message in the UI."""

from enum import StrEnum
from pathlib import Path


class OpenFailure(StrEnum):
    NOT_A_DATABASE = "not_a_database"
    CORRUPT = "corrupt"
    NO_PERMISSION = "no_permission"
    NEWER_SCHEMA = "newer_schema"
    FOREIGN_DATABASE = "foreign_database"
    LOCKED = "locked"
    OTHER = "other"


class DatabaseOpenError(Exception):
    """The database was not opened, and has not been modified."""

    def __init__(self, failure: OpenFailure, location: Path | str, detail: str = "") -> None:
        super().__init__(f"{failure.value}: {location} {detail}".strip())
        self.failure = failure
        self.location = location
        self.detail = detail
