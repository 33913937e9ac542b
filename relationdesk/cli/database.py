"""The database for a command-line command."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from relationdesk.db.database import Database


def open_for_command() -> "Database":
    """The user's database (RELATIONDESK_DATABASE_URL or the data folder's), migrated,
    with the user's scoring preferences applied as the window applies them, so what a
    command scores (merge, import, demo, a report) agrees with the window.

    Raises DatabaseOpenError when it cannot be opened: cli.main says why, in the user's
    language, and ends with ExitCode.DATABASE_UNAVAILABLE (or DATABASE_BUSY)."""
    from relationdesk.db.schema import open_database
    from relationdesk.paths import database_url, settings_file
    from relationdesk.services.scores import use_preferences
    from relationdesk.settings import Settings

    db = open_database(database_url())
    use_preferences(Settings(settings_file()))
    return db
