"""Offering, once, to encrypt a database made before encryption, then to delete its old
plain backups (they hold everything in clear). Runs at start, before the file is opened."""

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from relationdesk import settings as keys
from relationdesk.db.keys import is_plain
from relationdesk.services.encryption import EncryptionFailed, encrypt_database, plain_backups
from relationdesk.settings import Settings
from relationdesk.ui.shared.messages import confirm, inform_error
from relationdesk.ui.shared.worker import run_in_background

log = logging.getLogger(__name__)


def offer_encryption(parent: QWidget, path: Path, settings: Settings) -> bool:
    """Ask once whether to encrypt the plain database at `path`; True if it now is."""
    if not is_plain(path) or settings.get(keys.ENCRYPTION_OFFERED):
        return False
    settings.set(keys.ENCRYPTION_OFFERED, True)  # once, whatever the answer
    settings.sync()
    if not confirm(
        parent,
        QCoreApplication.translate("EncryptionOffer", "Encrypt your database?"),
        QCoreApplication.translate(
            "EncryptionOffer",
            "Your database was made by an older RelationDesk and is not encrypted: anyone "
            "with this computer's disk can read it. Encrypt it now? A backup is made "
            "first, and the key is kept in this computer's keychain, so nothing changes "
            "in how you start RelationDesk.",
        ),
    ):
        return False
    error = _run_waiting(parent, lambda: encrypt_database(path))
    if error is not None:
        log.warning("Encrypting the database failed: %s", type(error).__name__)
        inform_error(
            parent,
            QCoreApplication.translate("EncryptionOffer", "The database was not encrypted"),
            QCoreApplication.translate(
                "EncryptionOffer",
                "Encrypting the database did not succeed, so it was left as it was: "
                "nothing is lost. You can keep working; the details are in the log.",
            ),
            str(error),
        )
        return False
    _offer_deleting_plain_backups(parent, path)
    return True


def _offer_deleting_plain_backups(parent: QWidget, path: Path) -> None:
    old = plain_backups(path)
    if not old:
        return
    if not confirm(
        parent,
        QCoreApplication.translate("EncryptionOffer", "Delete the unencrypted backups?"),
        EncryptionOffer().plain_backups_text(len(old)),
        destructive=True,
    ):
        return
    for backup in old:
        backup.unlink(missing_ok=True)


class EncryptionOffer(QObject):
    """Holds the plural text: lupdate reads plurals from tr() calls."""

    def plain_backups_text(self, count: int) -> str:
        return self.tr(
            "The database is encrypted now, but %n older backup(s) of it are not: they "
            "hold everything in clear. Delete them? Backups made from now on are "
            "encrypted.",
            "",
            count,
        )


def _run_waiting(parent: QWidget, work: object) -> Exception | None:
    """Run `work` off the GUI thread, the window waiting (and painting) meanwhile."""
    loop = QEventLoop()
    outcome: list[Exception | None] = []

    def done(_result: object) -> None:
        outcome.append(None)
        loop.quit()

    def failed(error: Exception) -> None:
        outcome.append(error)
        loop.quit()

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        run_in_background(work, done, failed, parent)  # type: ignore[arg-type]
        if not outcome:
            loop.exec()
    finally:
        QApplication.restoreOverrideCursor()
    error = outcome[0] if outcome else None
    if error is not None and not isinstance(error, EncryptionFailed | OSError):
        raise error
    return error
