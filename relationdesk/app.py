"""Bootstrap: the QApplication, the language, the window, then the database.

The window is shown first; the database is opened (and migrated if needed) in the
next event-loop turn, once the window has painted. A database that cannot be opened
is explained in a dialog, the window closes and the app ends with exit code 3
(cli/exit_codes.ExitCode.DATABASE_UNAVAILABLE, as the command line does).
"""

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile, QTimer
from PySide6.QtWidgets import QApplication

from relationdesk import APP_NAME, __version__
from relationdesk import settings as keys
from relationdesk.cli.exit_codes import ExitCode
from relationdesk.i18n import LanguageSwitcher, system_language
from relationdesk.paths import database_url, log_dir, make_private, settings_file, sqlite_path
from relationdesk.settings import Settings
from relationdesk.ui.main_window import MainWindow
from relationdesk.ui.shared.messages import inform_error
from relationdesk.ui.shared.worker import wait_for_background_work

EXIT_DATABASE_UNAVAILABLE = ExitCode.DATABASE_UNAVAILABLE  # the command line's set
# Start-up tests and automation: close the window by itself this many milliseconds after
# its first paint (when the database has just been opened).
QUIT_AFTER_ENV = "RELATIONDESK_QUIT_AFTER_MS"
log = logging.getLogger("relationdesk")


def application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.relationdesk.RelationDesk")
    return app


def start(app: QApplication, language: str | None = None) -> MainWindow:
    """Show the main window now and open the database right after it has painted."""
    settings = Settings(settings_file())
    switcher = LanguageSwitcher(app)
    switcher.apply(language or settings.get(keys.LANGUAGE) or system_language())
    if not settings.get(keys.LANGUAGE):
        settings.set(keys.LANGUAGE, switcher.language)
    window = MainWindow(settings, switcher)
    window.sig_first_painted.connect(lambda: open_into(window, app))
    window.show()
    return window


def open_into(window: MainWindow, app: QApplication) -> bool:
    """Lock, open and attach the database; on failure explain why and end the app."""
    from relationdesk.db.errors import DatabaseOpenError, OpenFailure
    from relationdesk.db.schema import open_database
    from relationdesk.ui.maintenance.database_actions import offer_lost_database
    from relationdesk.ui.security.encryption_offer import offer_encryption
    from relationdesk.ui.shared.errors import database_error_text

    url = database_url()
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(str(path) + ".lock")
        if not lock.tryLock(100):
            inform_error(
                window,
                app.translate("Errors", "RelationDesk is already running"),
                app.translate(
                    "Errors",
                    "This database is already open in another RelationDesk window. "
                    "Switch to that window, or close it first.\n\nFile: %1",
                ).replace("%1", str(path)),
            )
            return _give_up(window)
        window._database_lock = lock  # type: ignore[attr-defined]  # held while the window lives
        make_private(Path(str(path) + ".lock"))
        _remove_leftovers(path)
    try:
        try:
            if path is not None:
                offer_lost_database(window, path)  # 0 bytes or gone, with backups beside it
                offer_encryption(window, path, window.settings)  # a plain file: asked once
            db = open_database(url)
        except DatabaseOpenError as error:
            restored = (
                path is not None
                # encrypted: a damaged first page looks like a wrong key
                and error.failure in (OpenFailure.CORRUPT, OpenFailure.WRONG_KEY)
                and _offer_restore(window, path)
            )
            if not restored:
                raise
            db = open_database(url)  # the restored backup (the lock is already ours)
    except DatabaseOpenError as error:
        title, text = database_error_text(error)
        inform_error(window, title, text, error.detail)
        return _give_up(window)
    if path is not None:  # SQLite made them through the umask; say it once more
        make_private(path, Path(f"{path}-wal"), Path(f"{path}-shm"))
    window.attach(db)
    return True


def _remove_leftovers(path: Path) -> None:
    """Partial backups and restores a killed process left: deleted, and said in the log."""
    from relationdesk.services.backup.files import remove_leftovers

    removed = remove_leftovers(path)
    if removed:
        log.warning("Removed %d partial backup or restore files a stopped process left", removed)


def _offer_restore(window: MainWindow, path: Path) -> bool:
    """A damaged database: offer the newest backup that passes SQLite's quick check.

    The damaged file is kept aside (renamed), never deleted. True if a backup is in place.
    """
    from relationdesk.l10n.formatting import short_datetime
    from relationdesk.services.backup import BackupFailed, newest_good_backup, restore_backup
    from relationdesk.services.db_check import keep_aside
    from relationdesk.ui.shared.messages import confirm

    good = newest_good_backup(path)  # skips damaged backups and ones changed elsewhere
    if good is None:
        return False
    if not confirm(
        window,
        QApplication.translate("Errors", "The database is damaged"),
        QApplication.translate(
            "Errors",
            "The database file is damaged and cannot be read. Restore the newest good "
            "backup, made on %1? The damaged file is kept next to it, renamed.",
        ).replace("%1", short_datetime(good.created_at)),
    ):
        return False
    kept = keep_aside(path)
    try:
        restore_backup(path, good.path)
    except (BackupFailed, OSError):
        kept.rename(path)  # put the damaged file back: nothing lost, the dialog explains
        return False
    return True


def _give_up(window: MainWindow) -> bool:
    window.close()  # the last window: the event loop ends, and run_gui reports the failure
    return False


def run_gui(language: str | None = None, repaired: int = 0) -> int:
    """The window until it closes. `repaired`: how many modes paths.keep_private fixed
    in the data folder before anything else ran, for the log."""
    app = application()
    window = start(app, language)
    window.sig_first_painted.connect(lambda: _install_error_handling(repaired))
    quit_after = os.environ.get(QUIT_AFTER_ENV, "")
    if quit_after.isdigit():  # counted from the first paint, once the database is open
        window.sig_first_painted.connect(
            lambda: QTimer.singleShot(int(quit_after), window, window.close)
        )
    code = app.exec()
    wait_for_background_work()  # no pool thread left running into the database's close
    if window.db is None:
        return EXIT_DATABASE_UNAVAILABLE
    window.db.close()
    return code


def _install_error_handling(repaired: int) -> None:
    from relationdesk.ui.shared.errors import install_exception_hook, setup_logging

    setup_logging(log_dir())
    install_exception_hook()
    if repaired:
        log.warning(
            "The data folder was readable by other users: took their permissions off "
            "%d files and folders",
            repaired,
        )
