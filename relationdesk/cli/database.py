"""The database for a command-line command."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from relationdesk.db.database import Database


def open_for_command() -> "Database":
    """The user's database (RELATIONDESK_DATABASE_URL or the data folder's), migrated.

    Raises DatabaseOpenError when it cannot be opened: cli.main says why, in the user's
    language, and ends with ExitCode.DATABASE_UNAVAILABLE (or DATABASE_BUSY)."""
    from relationdesk.db.schema import open_database
    from relationdesk.paths import database_url

    return open_database(database_url())
