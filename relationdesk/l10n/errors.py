"""Why the database cannot be opened or used, in the user's language: one sentence of what
happened and what to do, shared by the window and the command line (Qt Core only)."""

from PySide6.QtCore import QCoreApplication

from relationdesk.db.errors import OpenFailure, StorageFailure


def open_failure_text(failure: OpenFailure) -> str:
    """Why the database cannot be opened, and what to do."""
    if failure is OpenFailure.NOT_A_DATABASE:
        return QCoreApplication.translate(
            "Errors", "This file is not a RelationDesk database (it is not an SQLite file)."
        )
    if failure is OpenFailure.CORRUPT:
        return QCoreApplication.translate(
            "Errors",
            "The database file is damaged and cannot be read. Restore a backup, "
            "or move the file away to start with an empty database.",
        )
    if failure is OpenFailure.NO_PERMISSION:
        return QCoreApplication.translate(
            "Errors",
            "You do not have permission to read and write this file or its folder. "
            "Check the file's permissions, or choose another data folder.",
        )
    if failure is OpenFailure.NEWER_SCHEMA:
        return QCoreApplication.translate(
            "Errors",
            "This database was written by a newer version of RelationDesk. "
            "Install the newer version to open it. The file was not changed.",
        )
    if failure is OpenFailure.FOREIGN_DATABASE:
        return QCoreApplication.translate(
            "Errors",
            "This SQLite file belongs to another program, not to RelationDesk. "
            "The file was not changed.",
        )
    if failure is OpenFailure.LOCKED:
        return QCoreApplication.translate(
            "Errors", "Another program is using the database. Close it and try again."
        )
    key_text = _key_failure_text(failure)
    if key_text:
        return key_text
    return QCoreApplication.translate("Errors", "The database could not be opened.")


def _key_failure_text(failure: OpenFailure) -> str | None:
    """Why the key of an encrypted database is not at hand, and what to do."""
    if failure is OpenFailure.WRONG_KEY:
        return QCoreApplication.translate(
            "Errors",
            "The database cannot be decrypted with the key this computer keeps for it: it "
            "was encrypted with another key (on another computer?), or its first page is "
            "damaged. Restore a backup, or open it where it was made. The file was not "
            "changed.",
        )
    if failure is OpenFailure.KEY_MISSING:
        return QCoreApplication.translate(
            "Errors",
            "The database is encrypted, and its key is not in this computer's keychain. "
            "Open it on the computer that made it, or restore a backup made here. The file "
            "was not changed.",
        )
    if failure is OpenFailure.NO_KEYCHAIN:
        return QCoreApplication.translate(
            "Errors",
            "RelationDesk keeps the key that encrypts your database in the system keychain, "
            "and none is available. Unlock or install one (GNOME Keyring, KWallet, the "
            "macOS Keychain, the Windows Credential Manager), or name a file for the key "
            "in RELATIONDESK_KEY_FILE. Nothing was changed.",
        )
    return None


def storage_failure_text(failure: StorageFailure) -> str:
    """Why a command or a change could not be saved; nothing of it was written."""
    if failure is StorageFailure.LOCKED:
        return QCoreApplication.translate(
            "Errors",
            "The database is busy: another program is writing to it. Nothing was changed. "
            "Wait until it is done (or close it), then try again.",
        )
    if failure is StorageFailure.DISK_FULL:
        return QCoreApplication.translate(
            "Errors",
            "The disk is full, so nothing was changed. Free some space on the disk that "
            "holds the data folder, then try again.",
        )
    if failure is StorageFailure.READ_ONLY:
        return QCoreApplication.translate(
            "Errors",
            "The database cannot be written: the file, its folder or a leftover -shm or "
            "-wal file next to it is read-only. Nothing was changed. Give yourself write "
            "permission on them (or close the program that made them), then try again.",
        )
    if failure is StorageFailure.NOT_A_FOLDER:
        return QCoreApplication.translate(
            "Errors",
            "The data folder is a file, not a folder. Point RELATIONDESK_DATA_DIR to a "
            "folder, or move the file away. Nothing was changed.",
        )
    return QCoreApplication.translate(
        "Errors",
        "The database file cannot be opened: its folder may be missing or not readable. "
        "Check the data folder and its permissions, then try again. Nothing was changed.",
    )
