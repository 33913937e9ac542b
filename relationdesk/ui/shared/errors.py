"""Errors as the user should see them: what happened, where, and what to do."""

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from relationdesk.db.errors import DatabaseOpenError, OpenFailure, storage_failure
from relationdesk.l10n.errors import open_failure_text, storage_failure_text

log = logging.getLogger("relationdesk")


def database_error_text(error: DatabaseOpenError) -> tuple[str, str]:
    """Title and body of the dialog shown when the database cannot be opened."""
    title = QCoreApplication.translate("Errors", "The database cannot be opened")
    where = QCoreApplication.translate("Errors", "File: %1").replace("%1", str(error.location))
    failure = storage_failure(error) if error.failure is OpenFailure.OTHER else None
    reason = storage_failure_text(failure) if failure else open_failure_text(error.failure)
    return title, f"{reason}\n\n{where}"


def setup_logging(folder: Path) -> None:
    """A rotating log in the data folder. Never log disclosure texts or notes."""
    handler = RotatingFileHandler(
        folder / "relationdesk.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def install_exception_hook() -> None:
    """An unexpected error is logged and shown kindly; the app keeps running.

    A database that is busy, full or read-only is said as such. The dialog's details
    carry only the kind of error: an exception's text could quote what the user typed."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        from relationdesk.ui.shared.messages import inform_error

        title, text = unexpected_error_text(value)
        inform_error(None, title, text, kind.__name__)

    sys.excepthook = hook


def unexpected_error_text(error: BaseException) -> tuple[str, str]:
    """Title and body for an error nobody caught: the storage problem, when it is one."""
    failure = storage_failure(error)
    if failure is not None:
        return (
            QCoreApplication.translate("Errors", "Nothing was saved"),
            storage_failure_text(failure),
        )
    return (
        QCoreApplication.translate("Errors", "Something went wrong"),
        QCoreApplication.translate(
            "Errors",
            "RelationDesk met an unexpected problem. Your saved data is safe. "
            "The details were written to the log file in the data folder.",
        ),
    )
