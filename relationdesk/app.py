"""Bootstrap: the QApplication, the language, the database, the main window."""

import sys

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QApplication

from relationdesk import APP_NAME, __version__
from relationdesk import settings as keys
from relationdesk.db.errors import DatabaseOpenError
from relationdesk.db.schema import open_database
from relationdesk.i18n import LanguageSwitcher, system_language
from relationdesk.paths import database_url, log_dir, settings_file, sqlite_path
from relationdesk.settings import Settings
from relationdesk.ui.errors import database_error_text, install_exception_hook, setup_logging
from relationdesk.ui.main_window import MainWindow
from relationdesk.ui.messages import inform_error


def application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.relationdesk.RelationDesk")
    return app


def start(app: QApplication, language: str | None = None) -> MainWindow | None:
    """Open everything and show the main window; None (after telling the user) if we cannot."""
    settings = Settings(settings_file())
    switcher = LanguageSwitcher(app)
    chosen = language or settings.get(keys.LANGUAGE) or system_language()
    switcher.apply(chosen)
    if not settings.get(keys.LANGUAGE):
        settings.set(keys.LANGUAGE, switcher.language)

    url = database_url()
    path = sqlite_path(url)
    lock = QLockFile(str(path) + ".lock") if path else None
    if lock is not None:
        path.parent.mkdir(parents=True, exist_ok=True)  # type: ignore[union-attr]
        if not lock.tryLock(100):
            inform_error(
                None,
                app.translate("Errors", "RelationDesk is already running"),
                app.translate(
                    "Errors",
                    "This database is already open in another RelationDesk window. "
                    "Switch to that window, or close it first.\n\nFile: %1",
                ).replace("%1", str(path)),
            )
            return None
    try:
        db = open_database(url)
    except DatabaseOpenError as error:
        title, text = database_error_text(error)
        inform_error(None, title, text, error.detail)
        if lock is not None:
            lock.unlock()
        return None
    window = MainWindow(db, settings, switcher)
    window._lock = lock  # type: ignore[attr-defined]  # held as long as the window lives
    window.show()
    return window


def run_gui(language: str | None = None) -> int:
    app = application()
    setup_logging(log_dir())
    install_exception_hook()
    window = start(app, language)
    if window is None:
        return 2
    code = app.exec()
    window.db.close()
    return code
