"""Backups made before an erasure still hold the erased person. The moments of erasures
are noted (only the moment: nothing about who) in a file in the backups folder, so the
backups dialog can say which backups still hold erased data, and purge them. Purging
takes the copies kept aside too (leftover_copies): they hold what the database held."""

import glob
from datetime import UTC, datetime
from pathlib import Path

from relationdesk.paths import backups_dir
from relationdesk.services.backup.files import scan

ERASURES_FILE = "erasures.txt"  # one UTC moment per line, ISO 8601


def record_erasure(db_path: Path, now: datetime | None = None) -> None:
    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    folder = backups_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / ERASURES_FILE).open("a", encoding="utf-8") as log:
        log.write(moment.isoformat(timespec="seconds") + "\n")


def last_erasure(db_path: Path) -> datetime | None:
    try:
        lines = (backups_dir(db_path) / ERASURES_FILE).read_text(encoding="utf-8").split()
    except OSError:
        return None
    moments = []
    for line in lines:
        try:
            moments.append(datetime.fromisoformat(line))
        except ValueError:
            continue  # a hand-edited line is ignored, never a crash
    return max(moments, default=None)


def holds_erased_data(created_at: datetime, erased_at: datetime | None) -> bool:
    """A backup made (UTC, naive) before the last erasure may hold the erased person."""
    return erased_at is not None and created_at.replace(tzinfo=None) <= erased_at


def backups_with_erased_data(db_path: Path) -> list[Path]:
    erased_at = last_erasure(db_path)
    return [found.path for found in scan(db_path) if holds_erased_data(found.created_at, erased_at)]


def leftover_copies(db_path: Path) -> list[Path]:
    """Copies of the database that are no backups: a damaged file moved aside at start
    (`NAME.corrupt-*`, with its -wal, -shm, -journal), what a killed backup left
    (`backups/.NAME.partial`) and what a killed restore left (`.NAME.restoring`)."""
    name = glob.escape(db_path.name)
    folder = db_path.parent
    found = [*folder.glob(f"{name}.corrupt-*"), *folder.glob(f".{name}.restoring*")]
    backups = backups_dir(db_path)
    if backups.is_dir():
        found += backups.glob(f".{glob.escape(db_path.stem)}-*.partial*")
    return sorted(path for path in found if path.is_file())


def purge_backups_with_erased_data(db_path: Path) -> int:
    """Delete every backup made before the last erasure and every copy kept aside; how
    many files were deleted."""
    deleted = 0
    for path in [*backups_with_erased_data(db_path), *leftover_copies(db_path)]:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        deleted += 1
    return deleted
