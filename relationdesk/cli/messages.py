"""What the command line says when it cannot do its work, with its exit code from the one
set in cli/exit_codes. One way to say it: `fail` (or raise CommandError, which
cli.main hands to `fail`); what the database refuses is said in the user's language
(the --language flag, else the language saved in the settings, else the system's)."""

import os
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from relationdesk.cli.exit_codes import ExitCode

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from relationdesk.domain.validation import FieldError


class CommandError(Exception):
    """Said on stderr by cli.main through `fail`, ending with `code`; nothing was written."""

    def __init__(self, message: str, code: ExitCode = ExitCode.FAILED) -> None:
        super().__init__(message)
        self.code = code


def fail(text: str, code: ExitCode = ExitCode.FAILED, who: str = "relationdesk") -> ExitCode:
    """Print "relationdesk: text" on stderr; returns the exit code to end with."""
    print(f"{who}: {text}", file=sys.stderr)
    return code


def offscreen_application() -> "QCoreApplication":
    """The application Qt needs to draw a PDF and to translate, with no display."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(sys.argv[:1])


_chosen: str | None = None  # the --language flag of this run
_in_a_window = False  # the window was asked for: a failure is also shown in a dialog


def use_language(language: str | None) -> None:
    global _chosen
    _chosen = language


def say_in_a_window(wanted: bool) -> None:
    """Started as a desktop program (no terminal to read stderr): failures get a dialog."""
    global _in_a_window
    _in_a_window = wanted


def user_language() -> str:
    from relationdesk.i18n import system_language

    if _chosen:
        return _chosen
    try:
        from relationdesk import settings as keys
        from relationdesk.paths import settings_file

        saved = keys.Settings(settings_file()).get(keys.LANGUAGE)
    except OSError:  # no data folder to read settings from: the system's language
        saved = ""
    return saved or system_language()


def translated(make: Callable[[], str]) -> str:
    """`make()`, its QCoreApplication.translate calls answered in the user's language.
    Qt needs an application to translate: the offscreen one the reports use."""
    from PySide6.QtCore import QLocale

    from relationdesk.i18n import speaking

    app = offscreen_application()
    locale = QLocale()
    try:
        with speaking(user_language()):
            return make()
    finally:
        QLocale.setDefault(locale)
        del app


def field_problems(errors: "Iterable[FieldError]") -> str:
    """Validation problems in words, each after the field's name as the command line
    spells it: "email: this is not a valid e-mail address, such as name@company.com." """
    from relationdesk.l10n.validation import problem_message

    return translated(lambda: " ".join(problem_message(e, e.field) for e in errors))


def say_failure(make: Callable[[], str], code: ExitCode) -> ExitCode:
    """Print the translated sentence on stderr (and show it in a dialog when the window
    was asked for); returns the exit code to end with."""
    text = translated(make)
    fail(text, code)
    if _in_a_window:
        _show(text)
    return code


def _show(text: str) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from relationdesk.i18n import speaking
    from relationdesk.ui.shared.messages import inform_error

    if not isinstance(QCoreApplication.instance(), QApplication):
        return  # no window system was started: stderr is all there is
    with speaking(user_language()):
        title = QCoreApplication.translate("Errors", "RelationDesk cannot start")
    inform_error(None, title, text)


def cannot_open(error: "BaseException") -> ExitCode:
    """The database could not be opened (DatabaseOpenError): why, where, what to do."""
    from PySide6.QtCore import QCoreApplication

    from relationdesk.db.errors import DatabaseOpenError, OpenFailure
    from relationdesk.l10n.errors import open_failure_text

    assert isinstance(error, DatabaseOpenError)
    if error.failure is OpenFailure.OTHER:  # e.g. a read-only leftover -shm: say which
        said = storage_refusal(error)
        if said is not None:
            return said

    def text() -> str:
        where = QCoreApplication.translate("Errors", "File: %1")
        return f"{open_failure_text(error.failure)}\n{where.replace('%1', str(error.location))}"

    busy = error.failure is OpenFailure.LOCKED
    return say_failure(text, ExitCode.DATABASE_BUSY if busy else ExitCode.DATABASE_UNAVAILABLE)


def storage_refusal(error: BaseException) -> ExitCode | None:
    """Say why the database could not be used (busy, full, read-only…) and return the
    exit code; None when `error` is no such problem (then it is a bug to report)."""
    from relationdesk.db.errors import StorageFailure, storage_failure
    from relationdesk.l10n.errors import storage_failure_text

    failure = storage_failure(error)
    if failure is None:
        return None
    codes = {StorageFailure.LOCKED: ExitCode.DATABASE_BUSY,
             StorageFailure.DISK_FULL: ExitCode.DISK_FULL}  # fmt: skip
    return say_failure(
        lambda: storage_failure_text(failure), codes.get(failure, ExitCode.DATABASE_UNAVAILABLE)
    )
