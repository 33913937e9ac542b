"""Checking the database ("Check database", `relationdesk check`): SQLite's own checks,
then the app's invariants; fixing what can be fixed from what the file itself still
holds, and saying what was done.

The schema is checked first: a trigger, view or index the app's migrations do not make
(a restored copy changed by another tool) would act on every write the later fixes make.
SQLite only knows its b-trees. The search index, a customer's derived columns and rows
that must agree about which customer they belong to are the app's own invariants, kept
by triggers and one-transaction saves; a file edited by another tool, written with
foreign keys off or restored from a bad copy can break them while SQLite sees nothing
wrong. Stdlib sqlite3 only (no SQLAlchemy): this runs from the command line too, and
start-up may call `quick_check` on every launch.
"""

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from relationdesk.db.connection import open_file
from relationdesk.db.keys import KeyUnavailable
from relationdesk.services.db_check.base import (
    DERIVED_COLUMNS,
    FILE_ERRORS,
    FOREIGN_KEYS,
    INTEGRITY_CHECK,
    ORPHANS,
    QUICK_CHECK,
    SCHEMA,
    SEARCH_INDEX,
    STORED_VALUES,
    BeforeFixing,
    CheckReport,
    Detect,
    Finding,
    Repair,
    about_the_file,
    btrees_only,
    pragma_messages,
    run_check,
    summary,
)
from relationdesk.services.db_check.derived import (
    derived_issues,
    repair_derived,
    repair_search,
    search_issues,
)
from relationdesk.services.db_check.links import (
    foreign_key_issues,
    orphan_issues,
    repair_foreign_keys,
    repair_orphans,
)
from relationdesk.services.db_check.schema_objects import repair_schema, schema_issues
from relationdesk.services.db_check.stored_values import repair_values, value_issues
from relationdesk.services.db_check.structure import check_structure

__all__ = [
    "DERIVED_COLUMNS",
    "FOREIGN_KEYS",
    "INTEGRITY_CHECK",
    "ORPHANS",
    "QUICK_CHECK",
    "SCHEMA",
    "SEARCH_INDEX",
    "STORED_VALUES",
    "CheckReport",
    "Finding",
    "check_database",
    "keep_aside",
    "quick_check",
]


def check_database(
    conn: sqlite3.Connection, fix: bool = True, backup: Path | None = None
) -> CheckReport:
    """Run every check on `conn` (an isolation_level=None connection, like db.connect's),
    fixing what is safe to fix, each fix in its own transaction.

    With `backup`, a copy of the database (SQLite backup API) is written there before the
    first fix, and only if there is one: some fixes delete rows (orphans), and a damaged
    key can make many rows look orphaned, so every fix should be undoable.

    A damaged file (quick_check fails) gets no fixes and no further checks: writing to a
    broken b-tree can spread the damage, and the answer is a backup, not a repair here.
    Errors that mean damage become findings; busy or locked errors are raised (a retry,
    not a finding).
    """
    findings: list[Finding] = []
    steps: list[tuple[str, Detect, Repair]] = [
        (SCHEMA, schema_issues, repair_schema),  # first: a foreign trigger acts on any write
        (STORED_VALUES, value_issues, repair_values),  # first: the others compare values
        (FOREIGN_KEYS, foreign_key_issues, repair_foreign_keys),
        (ORPHANS, orphan_issues, repair_orphans),
        (SEARCH_INDEX, search_issues, repair_search),
        (DERIVED_COLUMNS, derived_issues, repair_derived),
    ]
    before = BeforeFixing(conn, backup) if fix else None
    current = QUICK_CHECK
    try:
        if check_structure(conn, before, findings):
            for current, detect, repair in steps:
                run_check(conn, current, detect, repair, before, findings)
    except FILE_ERRORS as error:
        if not about_the_file(error):
            raise
        findings.append(Finding(current, "unreadable", False, str(error), 1))
    return CheckReport(tuple(findings), before.taken if before else None)


def quick_check(path: Path) -> str | None:
    """None when SQLite's quick_check passes on the file, else what it says is wrong.

    Read-only (a `mode=ro` URI), so a damaged file is never touched by looking at it.
    """
    try:
        conn = open_file(path, mode="ro")
    except KeyUnavailable as error:
        return str(error)
    except FILE_ERRORS as error:
        return str(error) or "unreadable"
    try:
        messages = btrees_only(pragma_messages(conn, "quick_check"))
    except FILE_ERRORS as error:
        return str(error) or "unreadable"
    finally:
        conn.close()
    return None if messages == ["ok"] else summary(messages)


def keep_aside(path: Path) -> Path:
    """Move a damaged database (with its -wal, -shm, -journal) out of the way, never
    deleting anything: it may hold the only copy of recent work, and is what a support
    person would want to see. The files keep the `<name>-wal` naming SQLite looks for,
    so the set opens together. Returns the new path of the database file."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    number = 1
    while any(Path(f"{target}{suffix}").exists() for suffix in ("", "-wal", "-shm", "-journal")):
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
        number += 1
    path.rename(target)
    for suffix in ("-wal", "-shm", "-journal"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            companion.rename(Path(f"{target}{suffix}"))
    return target
