"""`relationdesk backup`, `restore FILE` and `check`: database care without the window.

Messages are in English (the command line has no language setting); exit code 0 when
all went well, 1 when the work failed, 2 when the database could not be opened.
"""

import sys
from pathlib import Path

from relationdesk.cli_database import open_for_command
from relationdesk.paths import database_url, sqlite_path


def run_maintenance(command: str, file: str | None) -> int:
    path = sqlite_path(database_url())
    if path is None:
        print("relationdesk: only SQLite databases can be backed up or checked", file=sys.stderr)
        return 2
    if command == "backup":
        return _backup(path)
    if command == "restore":
        return _restore(path, Path(file or ""))
    return _check(path)


def _backup(path: Path) -> int:
    from relationdesk.services.backup import BackupFailed, create_backup

    if not path.exists():
        print(f"relationdesk: there is no database at {path}", file=sys.stderr)
        return 2
    try:
        made = create_backup(path, "manual")
    except (BackupFailed, OSError) as error:
        print(f"relationdesk: backup failed: {error}", file=sys.stderr)
        return 1
    print(f"Backed up {path} to {made}")
    return 0


def _restore(path: Path, backup: Path) -> int:
    from relationdesk.services.backup import BackupFailed, restore_backup

    if not backup.is_file():
        print(f"relationdesk: no such backup file: {backup}", file=sys.stderr)
        return 2
    try:
        safety = restore_backup(path, backup)
    except (BackupFailed, OSError) as error:
        print(f"relationdesk: restore failed, nothing was changed: {error}", file=sys.stderr)
        return 1
    saved = f"; the previous database was saved as {safety}" if safety else ""
    print(f"Restored {backup} into {path}{saved}")
    return 0


def _check(path: Path) -> int:
    from relationdesk.services.backup import BEFORE_REPAIR, backup_path
    from relationdesk.services.db_check import check_database

    db = open_for_command()
    if db is None:
        return 2
    try:
        report = check_database(db.reader, fix=True, backup=backup_path(path, BEFORE_REPAIR))
    finally:
        db.close()
    if not report.findings:
        print(f"{path}: no problems found")
        return 0
    if report.backup is not None and report.backup.exists():
        print(f"Before repairing, the database was backed up to {report.backup}")
    for finding in report.findings:
        state = "repaired" if finding.fixed else "NOT repaired"
        print(f"{finding.check}: {finding.problem}: {finding.detail} ({state})")
    return 0 if report.ok else 1
