"""The database for a command-line command, or the reason it cannot be opened."""

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from relationdesk.db.database import Database


def open_for_command() -> "Database | None":
    """The user's database (RELATIONDESK_DATABASE_URL or the data folder's), migrated;
    None after saying on stderr why it cannot be opened."""
    from relationdesk.db.errors import DatabaseOpenError
    from relationdesk.db.schema import open_database
    from relationdesk.paths import database_url

    try:
        return open_database(database_url())
    except DatabaseOpenError as error:
        print(f"relationdesk: cannot open the database: {error}", file=sys.stderr)
        return None
