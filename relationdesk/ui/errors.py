"""Errors as the user should see them: what happened, where, and what to do."""

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from relationdesk.db.errors import DatabaseOpenError, OpenFailure

log = logging.getLogger("relationdesk")


def database_error_text(error: DatabaseOpenError) -> tuple[str, str]:
    """Title and body of the dialog shown when the database cannot be opened."""
    title = QCoreApplication.translate("Errors", "The database cannot be opened")
    where = QCoreApplication.translate("Errors", "File: %1").replace("%1", str(error.location))
    reasons = {
        OpenFailure.NOT_A_DATABASE: QCoreApplication.translate(
            "Errors", "This file is not a RelationDesk database (it is not an SQLite file)."
        ),
        OpenFailure.CORRUPT: QCoreApplication.translate(
            "Errors",
            "The database file is damaged and cannot be read. Restore a backup, "
            "or move the file away to start with an empty database.",
        ),
        OpenFailure.NO_PERMISSION: QCoreApplication.translate(
            "Errors",
            "You do not have permission to read and write this file or its folder. "
            "Check the file's permissions, or choose another data folder.",
        ),
        OpenFailure.NEWER_SCHEMA: QCoreApplication.translate(
            "Errors",
            "This database was written by a newer version of RelationDesk. "
            "Install the newer version to open it. The file was not changed.",
        ),
        OpenFailure.FOREIGN_DATABASE: QCoreApplication.translate(
            "Errors",
            "This SQLite file belongs to another program, not to RelationDesk. "
            "The file was not changed.",
        ),
        OpenFailure.LOCKED: QCoreApplication.translate(
            "Errors", "Another program is using the database. Close it and try again."
        ),
        OpenFailure.OTHER: QCoreApplication.translate(
            "Errors", "The database could not be opened."
        ),
    }
    return title, f"{reasons[error.failure]}\n\n{where}"


def setup_logging(folder: Path) -> None:
    """A rotating log in the data folder. Never log disclosure texts or notes."""
    handler = RotatingFileHandler(
        folder / "relationdesk.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def install_exception_hook() -> None:
    """An unexpected error is logged and shown kindly; the app keeps running."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        from relationdesk.ui.messages import inform_error

        inform_error(
            None,
            QCoreApplication.translate("Errors", "Something went wrong"),
            QCoreApplication.translate(
                "Errors",
                "RelationDesk met an unexpected problem. Your saved data is safe. "
                "The details were written to the log file in the data folder.",
            ),
            f"{kind.__name__}: {value}",
        )

    sys.excepthook = hook
