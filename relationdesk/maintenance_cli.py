"""`relationdesk backup`, `restore FILE` and `check`: database care without the window.

Messages are in English. Exit codes (cli_exit.ExitCode): 0 all went well, 1 the work
failed (or `check` found the database empty or missing), 2 the command was given wrongly
(a backup file that does not exist, a database that is not SQLite), 3 the database is
damaged or cannot be opened. A database that is damaged, empty or missing gets the way
back the window offers: the newest good backup and the command to restore it.
"""

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from relationdesk.cli_database import open_for_command
from relationdesk.cli_exit import ExitCode
from relationdesk.paths import database_url, sqlite_path

if TYPE_CHECKING:
    from relationdesk.services.backup import BackupInfo


def run_maintenance(command: str, file: str | None) -> int:
    path = sqlite_path(database_url())
    if path is None:
        print("relationdesk: only SQLite databases can be backed up or checked", file=sys.stderr)
        return ExitCode.USAGE
    if command == "backup":
        return _backup(path)
    if command == "restore":
        return _restore(path, Path(file or ""))
    return _check(path)


def _backup(path: Path) -> int:
    from relationdesk.services.backup import BackupFailed, create_backup

    if not path.exists():
        print(f"relationdesk: there is no database at {path}", file=sys.stderr)
        return ExitCode.DATABASE_UNAVAILABLE
    try:
        made = create_backup(path, "manual")
    except (BackupFailed, OSError) as error:
        print(f"relationdesk: backup failed: {error}", file=sys.stderr)
        return ExitCode.FAILED
    print(f"Backed up {path} to {made}")
    return ExitCode.OK


def _restore(path: Path, backup: Path) -> int:
    from relationdesk.services.backup import BackupFailed, restore_backup

    if not backup.is_file():
        print(f"relationdesk: no such backup file: {backup}", file=sys.stderr)
        return ExitCode.USAGE
    try:
        safety = restore_backup(path, backup)
    except (BackupFailed, OSError) as error:
        print(f"relationdesk: restore failed, nothing was changed: {error}", file=sys.stderr)
        return ExitCode.FAILED
    saved = f"; the previous database was saved as {safety}" if safety else ""
    print(f"Restored {backup} into {path}{saved}")
    return ExitCode.OK


def _check(path: Path) -> int:
    from relationdesk.services.backup import (
        BEFORE_REPAIR,
        backup_path,
        lost_database,
        newest_good_backup,
    )
    from relationdesk.services.db_check import check_database

    lost = lost_database(path)
    if lost is not None:  # opening would make a new, empty database in its place
        state = "is empty (0 bytes)" if lost.empty else "is missing"
        print(f"relationdesk: the database {path} {state}: its data is gone.", file=sys.stderr)
        _offer_backup(lost.newest, keeps_current=False)
        return ExitCode.FAILED
    damage = _unreadable(path)
    if damage is not None:
        print(
            f"relationdesk: the database {path} is damaged and cannot be read ({damage}).",
            file=sys.stderr,
        )
        _offer_backup(newest_good_backup(path))
        return ExitCode.DATABASE_UNAVAILABLE
    db = open_for_command()
    try:
        report = check_database(db.reader, fix=True, backup=backup_path(path, BEFORE_REPAIR))
    finally:
        db.close()
    if not report.findings:
        print(f"{path}: no problems found")
        return ExitCode.OK
    if report.backup is not None and report.backup.exists():
        print(f"Before repairing, the database was backed up to {report.backup}")
    for finding in report.findings:
        state = "repaired" if finding.fixed else "NOT repaired"
        print(f"{finding.check}: {finding.problem}: {finding.detail} ({state})")
    if any(f.check in _DAMAGE_CHECKS and f.problem in _DAMAGE for f in report.problems):
        _offer_backup(newest_good_backup(path))
    return ExitCode.OK if report.ok else ExitCode.FAILED


_DAMAGE_CHECKS = ("quick_check", "integrity_check")
_DAMAGE = ("corrupt", "unreadable")


def _unreadable(path: Path) -> str | None:
    """Why SQLite cannot read the file, looking at it read-only; None if it can."""
    from relationdesk.db.errors import DatabaseOpenError, OpenFailure
    from relationdesk.db.schema import probe

    try:
        probe(path)
    except DatabaseOpenError as error:
        if error.failure is OpenFailure.NOT_A_DATABASE:
            return "it is not an SQLite database"
        if error.failure is OpenFailure.CORRUPT:
            return error.detail or "corrupt"
    return None  # other reasons (permissions, a lock) are for open_for_command to say


def _offer_backup(newest: "BackupInfo | None", keeps_current: bool = True) -> None:
    """The same way back the window offers: the newest backup fit to restore, and the
    command that restores it (which first saves the current file as a backup)."""
    import shlex

    if newest is None:
        print("There is no backup of it that can be restored.", file=sys.stderr)
        return
    made = newest.created_at.strftime("%Y-%m-%d %H:%M UTC")
    counts = (
        f", {newest.customers} customers, {newest.meetings} meetings"
        if newest.customers is not None
        else ""
    )
    kept = (
        "\nThe current file is kept: restore first saves it as a before-restore backup."
        if keeps_current
        else ""
    )
    print(
        f"The newest good backup is {newest.path} (made {made}{counts}). To restore it, run:\n"
        f"  relationdesk restore {shlex.quote(str(newest.path))}{kept}",
        file=sys.stderr,
    )
