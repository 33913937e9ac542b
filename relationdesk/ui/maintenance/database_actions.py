"""Keeping the database safe from the main window: backups, restore, "Check database".

Long work runs off the GUI thread; a restore closes every connection of the window, puts
the backup in place (after backing up the current file) and opens it again.
"""

import contextlib
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from relationdesk.ui.shared.changes import Topic
from relationdesk.ui.shared.messages import inform_error
from relationdesk.ui.shared.worker import run_in_background

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from relationdesk.services.db_check import CheckReport
    from relationdesk.ui.maintenance.backups_dialog import BackupsDialog
    from relationdesk.ui.shared.window import FlowWindow

# How the findings of "Check database" are named for the user.
_CHECK_NAMES = {
    "quick_check": QT_TRANSLATE_NOOP("DatabaseActions", "The file's structure"),
    "integrity_check": QT_TRANSLATE_NOOP("DatabaseActions", "The file's structure"),
    "schema": QT_TRANSLATE_NOOP(
        "DatabaseActions", "The database's layout (tables, indexes, triggers)"
    ),
    "foreign_keys": QT_TRANSLATE_NOOP("DatabaseActions", "Links between records"),
    "search_index": QT_TRANSLATE_NOOP("DatabaseActions", "The search index"),
    "orphans": QT_TRANSLATE_NOOP("DatabaseActions", "Records left without their customer"),
    "stored_values": QT_TRANSLATE_NOOP("DatabaseActions", "Damaged dates and texts"),
    "derived_columns": QT_TRANSLATE_NOOP(
        "DatabaseActions", "Last meeting, next follow-up and lifecycle stage"
    ),
}


START_UP_BACKUP_DELAY_MS = 3000


def offer_lost_database(window: "QWidget", path: Path) -> None:
    """At start-up, before opening: a 0-byte or missing database file next to backups
    would silently become a new, empty database. Say so and offer the newest backup fit
    to restore; on "No" (or without one, after saying so) the app starts with a new
    database as before."""
    from PySide6.QtCore import QCoreApplication

    from relationdesk.l10n.formatting import short_datetime
    from relationdesk.services.backup import BackupFailed, lost_database, restore_backup
    from relationdesk.ui.shared.messages import confirm

    lost = lost_database(path)
    if lost is None:
        return
    empty = QCoreApplication.translate("DatabaseActions", "The database is empty")
    missing = QCoreApplication.translate("DatabaseActions", "The database is missing")
    if lost.newest is None:  # nothing to offer: say it, so the loss is not silent
        inform_error(
            window,
            empty if lost.empty else missing,
            QCoreApplication.translate(
                "DatabaseActions",
                "The database file is empty or missing, and there is no backup of it that "
                "can be restored. RelationDesk starts with a new, empty database.",
            ),
            str(path),
        )
        return
    if lost.empty:
        title = empty
        text = QCoreApplication.translate(
            "DatabaseActions",
            "The database file is empty: what it held is gone. Restore the newest good "
            "backup, made on %1? If you do not, RelationDesk starts with an empty database.",
        )
    else:
        title = missing
        text = QCoreApplication.translate(
            "DatabaseActions",
            "The database file is missing, but there are backups of it. Restore the newest "
            "good backup, made on %1? If you do not, RelationDesk starts with an empty "
            "database.",
        )
    if not confirm(window, title, text.replace("%1", short_datetime(lost.newest.created_at))):
        return
    try:
        restore_backup(path, lost.newest.path)
    except (BackupFailed, OSError) as error:
        inform_error(
            window,
            QCoreApplication.translate("DatabaseActions", "Backup not restored"),
            QCoreApplication.translate(
                "DatabaseActions",
                "The backup could not be restored, so RelationDesk starts with an empty "
                "database. Your backups are kept: File → Backups… lists them.",
            ),
            str(error),
        )


class DatabaseActions(QObject):
    def __init__(self, window: "FlowWindow") -> None:
        super().__init__(window.dialog_parent())
        self._window = window
        self._auto_backup_running = False  # the exit backup must not make a second copy

    def _path(self) -> Path | None:
        db = self._window.db
        return db.path if db is not None else None

    # --- backups -------------------------------------------------------------------------
    def open_backups(self) -> None:
        from relationdesk.ui.maintenance.backups_dialog import BackupsDialog

        path = self._path()
        if path is None:
            return
        dialog = BackupsDialog(path, self._interval(), self._window.dialog_parent())
        dialog.sig_backup_now.connect(lambda: self.backup_now(dialog))
        dialog.sig_restore.connect(lambda chosen: self.restore(chosen, dialog))
        dialog.open()

    def backup_now(self, dialog: "BackupsDialog | None" = None) -> None:
        from relationdesk.services.backup import create_backup

        path = self._path()
        if path is None:
            return
        self._window.show_status(self.tr("Backing up…"), 0)

        def done(made: object) -> None:
            self._window.show_status(
                self.tr("Backup saved: %1").replace("%1", Path(str(made)).name), 8000
            )
            if dialog is not None:
                dialog.refresh()

        run_in_background(lambda: create_backup(path, "manual"), done, self._failed, self)

    def _interval(self) -> timedelta:
        from relationdesk import settings as keys

        return timedelta(hours=self._window.settings.get(keys.BACKUP_INTERVAL_HOURS))

    def auto_backup_soon(self) -> None:
        """The start-up backup waits until the window is filled and the user settled: on a
        large database it reads hundreds of megabytes, which would slow the first screen."""
        from PySide6.QtCore import QTimer

        timer = QTimer(self)  # a child: it dies with the window if that closes first
        timer.setSingleShot(True)
        timer.timeout.connect(self.auto_backup)
        timer.timeout.connect(timer.deleteLater)
        timer.start(START_UP_BACKUP_DELAY_MS)
        self._back_up_after_first_work()

    def _back_up_after_first_work(self) -> None:
        """The first change of the session asks for an automatic backup too: after an
        empty start (nothing to back up then), the day's first real work gets its copy
        at once instead of on exit; when a backup is already recent, nothing happens."""
        window = self._window
        sources = [window.changes.changed]  # every write announces itself there

        def first(*_args: object) -> None:
            for signal in sources:
                with contextlib.suppress(RuntimeError, TypeError):  # gone with a restore
                    signal.disconnect(first)
            self.auto_backup()

        for signal in sources:
            signal.connect(first)

    def auto_backup(self) -> None:
        """At start-up (in the background): a backup if one is due and something changed."""
        from relationdesk.services.backup import auto_backup

        path = self._path()
        interval = self._interval()
        if path is None or self._auto_backup_running:
            return

        def finished(_result: object) -> None:
            self._auto_backup_running = False

        self._auto_backup_running = True
        run_in_background(
            lambda: auto_backup(path, min_interval=interval), finished, finished, self
        )

    def auto_backup_now(self) -> None:
        """On exit: the same, waiting for it (the window is going away)."""
        from relationdesk.services.backup import BackupFailed, auto_backup

        path = self._path()
        if path is None:
            return
        if self._auto_backup_running:  # the start-up backup is still copying: let it finish
            from PySide6.QtCore import QThreadPool

            QThreadPool.globalInstance().waitForDone(60_000)
            self._auto_backup_running = False  # its "finished" may still be queued
        # Not due again right after the start-up one; made if that one failed.
        # Never keep the user from closing: if it fails, the next start tries again.
        with contextlib.suppress(BackupFailed, OSError):
            auto_backup(path, min_interval=self._interval())

    def restore(self, backup: Path, dialog: "BackupsDialog | None" = None) -> None:
        from relationdesk.db.errors import DatabaseOpenError
        from relationdesk.db.schema import open_database
        from relationdesk.paths import database_url
        from relationdesk.services.backup import BackupFailed, ChangedElsewhere, restore_backup

        path = self._path()
        if path is None:
            return
        if dialog is not None:
            dialog.close()
        self._window.detach_database()
        error: str | None = None
        text = self.tr("The backup could not be restored; your data is as it was.")
        try:
            restore_backup(path, backup)
        except ChangedElsewhere as failure:
            error = str(failure)
            text = self.tr(
                "This backup was changed outside RelationDesk: it holds tables, triggers or "
                "indexes that RelationDesk does not make, and they could change or delete "
                "your data. It was not restored; your data is as it was."
            )
        except (BackupFailed, OSError) as failure:
            error = str(failure)
        try:
            self._window.attach(open_database(database_url()))
            self._window.changes.announce(Topic.DATABASE)  # for whatever outlives the views
        except DatabaseOpenError as failure:
            error = str(failure)
        if error is not None:
            inform_error(
                self._window.dialog_parent(),
                self.tr("Backup not restored"),
                text,
                error,
            )
        else:
            self._window.show_status(self.tr("Backup restored."), 8000)

    # --- checking ------------------------------------------------------------------------
    def check_database(self) -> None:
        from relationdesk.services.backup import BEFORE_REPAIR, backup_path
        from relationdesk.services.db_check import check_database
        from relationdesk.ui.shared.operation import run_on_own_connection

        path = self._path()
        if path is None:
            return
        self._window.show_status(self.tr("Checking the database…"), 0)
        # Some repairs delete rows: keep a backup to undo them (only if one is made).
        backup = backup_path(path, BEFORE_REPAIR)
        run_on_own_connection(
            path,
            lambda conn: check_database(conn, fix=True, backup=backup),
            self._checked,
            self._failed,
            self,
        )

    def _checked(self, report: "CheckReport") -> None:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        self._window.show_status("", 0)
        self._window.changes.announce(Topic.DATABASE)  # repairs may touch anything
        if not report.findings:
            text = self.tr("The database is in good health: nothing to repair.")
        else:
            lines = []
            for finding in report.findings:
                name = QCoreApplication.translate(
                    "DatabaseActions", str(_CHECK_NAMES.get(finding.check, finding.check))
                )
                state = self.tr("repaired") if finding.fixed else self.tr("not repaired")
                lines.append(f"• {name}: {finding.detail} ({state})")
            text = self.tr("The check found:") + "\n" + "\n".join(lines)
            if report.backup is not None and report.backup.exists():
                text += "\n\n" + self.tr(
                    "Before repairing, RelationDesk backed up the database (File → Backups…)."
                )
            if not report.ok:
                text += "\n\n" + self.tr(
                    "Some problems could not be repaired: restore a recent backup "
                    "(File → Backups…)."
                )
        box = QMessageBox(self._window.dialog_parent())
        box.setObjectName("checkReport")
        box.setWindowTitle(self.tr("Check database"))
        box.setText(text)
        box.open()

    def _failed(self, error: Exception) -> None:
        self._window.show_status("", 0)
        inform_error(
            self._window.dialog_parent(),
            self.tr("Database operation failed"),
            self.tr("The operation did not complete. Nothing was changed."),
            str(error),
        )
