"""`relationdesk backup`, `restore FILE` and `check`: database care without the window.

Messages are in English. Exit codes (cli/exit_codes.ExitCode): 0 all went well, 1 the work
failed (or `check` found the database empty or missing), 2 the command was given wrongly
(a backup file that does not exist, a database that is not SQLite), 3 the database is
damaged or cannot be opened. A database that is damaged, empty or missing gets the way
back the window offers: the newest good backup and the command to restore it.
"""

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from relationdesk.cli.exit_codes import ExitCode
from relationdesk.cli.messages import fail
from relationdesk.cli.registry import Command, register

if TYPE_CHECKING:
    from relationdesk.services.backup import BackupInfo


def _on_the_file(
    work: Callable[[Path, argparse.Namespace], ExitCode],
) -> Callable[[argparse.Namespace], ExitCode]:
    """`work` on the SQLite file of the user's database (refused for any other)."""

    def run(args: argparse.Namespace) -> ExitCode:
        from relationdesk.paths import database_url, sqlite_path

        path = sqlite_path(database_url())
        if path is None:
            return fail("only SQLite databases can be backed up or checked", ExitCode.USAGE)
        return work(path, args)

    return run


def _backup(path: Path, args: argparse.Namespace) -> ExitCode:
    from relationdesk.services.backup import BackupFailed, create_backup

    if not path.exists():
        return fail(f"there is no database at {path}", ExitCode.DATABASE_UNAVAILABLE)
    try:
        made = create_backup(path, "manual")
    except (BackupFailed, OSError) as error:
        return fail(f"backup failed: {error}")
    print(f"Backed up {path} to {made}")
    return ExitCode.OK


def _restore(path: Path, args: argparse.Namespace) -> ExitCode:
    from relationdesk.services.backup import BackupFailed, restore_backup

    backup = Path(args.file)
    if not backup.is_file():
        return fail(f"no such backup file: {backup}", ExitCode.USAGE)
    try:
        safety = restore_backup(path, backup)
    except (BackupFailed, OSError) as error:
        return fail(f"restore failed, nothing was changed: {error}")
    saved = f"; the previous database was saved as {safety}" if safety else ""
    print(f"Restored {backup} into {path}{saved}")
    return ExitCode.OK


def _check(path: Path, args: argparse.Namespace) -> ExitCode:
    from relationdesk.cli.database import open_for_command
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
        code = fail(f"the database {path} {state}: its data is gone.")
        _offer_backup(lost.newest, keeps_current=False)
        return code
    damage = _unreadable(path)
    if damage is not None:
        code = fail(
            f"the database {path} is damaged and cannot be read ({damage}).",
            ExitCode.DATABASE_UNAVAILABLE,
        )
        _offer_backup(newest_good_backup(path))
        return code
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


def _restore_arguments(restore: argparse.ArgumentParser) -> None:
    restore.add_argument("file", help="the backup file to restore")


register(Command("backup", "back up the database now (next to it, in backups/)",
                 _on_the_file(_backup)))  # fmt: skip
register(Command("restore", "replace the database with a backup", _on_the_file(_restore),
                 _restore_arguments))  # fmt: skip
register(Command("check", "check the database and repair what can be repaired, with a report",
                 _on_the_file(_check)))  # fmt: skip
