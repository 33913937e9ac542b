"""What every check shares: the report, one issue, how a check is run (detect, repair in
one transaction, detect again), and how SQLite errors are told apart (damage or retry)."""

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from relationdesk.db import driver
from relationdesk.db.connection import open_file
from relationdesk.db.keys import key_for_file

QUICK_CHECK = "quick_check"
INTEGRITY_CHECK = "integrity_check"
SCHEMA = "schema"
STORED_VALUES = "stored_values"
FOREIGN_KEYS = "foreign_keys"
SEARCH_INDEX = "search_index"
ORPHANS = "orphans"
DERIVED_COLUMNS = "derived_columns"

# integrity_check can list thousands of lines for one bad page: enough to say where.
MAX_MESSAGES = 100
SHOWN_MESSAGES = 5
# Primary result codes (the low byte of sqlite_errorcode) that mean "this file is damaged".
_DAMAGE_CODES = frozenset({10, 11, 24, 26})  # IOERR, CORRUPT, FORMAT, NOTADB
# ... and that mean "try again later": never a finding about the file.
_TRANSIENT_CODES = frozenset({5, 6, 9})  # BUSY, LOCKED, INTERRUPT
READONLY_CODE = 8


@dataclass(frozen=True)
class Finding:
    """One thing found wrong. `problem` is a short code (the UI translates it); `detail`
    is the technical text for the log; `count` how many rows or messages it concerns."""

    check: str
    problem: str
    fixed: bool
    detail: str
    count: int = 0


@dataclass(frozen=True)
class CheckReport:
    findings: tuple[Finding, ...] = ()
    backup: Path | None = None  # the copy taken before the first fix, if one was asked for

    @property
    def problems(self) -> tuple[Finding, ...]:
        """What is still wrong: the findings that were not (or could not be) fixed."""
        return tuple(f for f in self.findings if not f.fixed)

    @property
    def fixed(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.fixed)

    @property
    def ok(self) -> bool:
        """Nothing left to worry about (found nothing, or fixed all it found)."""
        return not self.problems


@dataclass(frozen=True)
class Issue:
    problem: str
    subject: str
    count: int
    detail: str = ""


Detect = Callable[[sqlite3.Connection], list[Issue]]
Repair = Callable[[sqlite3.Connection], None]


# --- driving one check ---------------------------------------------------------------


class BeforeFixing:
    """Called before each fix: takes the one backup (when asked) before the first."""

    def __init__(self, conn: sqlite3.Connection, target: Path | None) -> None:
        self.conn = conn
        self.target = target
        self.taken: Path | None = None

    def __call__(self) -> None:
        if self.target is None or self.taken is not None:
            return
        main = self.conn.execute("PRAGMA database_list").fetchone()[2]  # the file behind it
        key = key_for_file(Path(main)) if main else None
        destination = open_file(self.target, key=key)  # the copy keeps the database's key
        try:
            self.conn.backup(destination)
        finally:
            destination.close()
        self.taken = self.target


def run_check(
    conn: sqlite3.Connection,
    check: str,
    detect: Detect,
    repair: Repair,
    before: BeforeFixing | None,
    findings: list[Finding],
) -> None:
    """Detect, repair in one transaction, detect again: "fixed" is what the second look
    no longer sees, not what the repair meant to do."""
    found = detect(conn)
    if not found:
        return
    remaining = {(i.problem, i.subject) for i in found}
    failure = ""
    if before is not None:
        try:
            before()
            with transaction(conn):
                repair(conn)
            remaining = {(i.problem, i.subject) for i in detect(conn)}
        except FILE_ERRORS as error:
            if not about_the_file(error):
                raise
            failure = f" (fix failed: {error})"
    for issue in found:
        fixed = (issue.problem, issue.subject) not in remaining
        detail = f"{issue.subject}: {issue.count}" + (f"; {issue.detail}" if issue.detail else "")
        findings.append(
            Finding(check, issue.problem, fixed, detail + ("" if fixed else failure), issue.count)
        )


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """IMMEDIATE: take the write lock first, so a fix never fails half-way on an upgrade."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:  # some errors (CORRUPT, FULL) already rolled back
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


# Python's sqlite3 raises UnicodeDecodeError instead of SQLite's own error when a damaged
# byte lands in a name that SQLite quotes in its message ("malformed database schema").
FILE_ERRORS = (driver.DatabaseError, UnicodeDecodeError)


def about_the_file(error: Exception) -> bool:
    """True for errors that say something about the file, so they become findings;
    False for those about the caller (a bug) or the moment (busy, locked)."""
    if isinstance(error, UnicodeDecodeError):
        return True
    if isinstance(error, driver.ProgrammingError | driver.InterfaceError):
        return False
    return getattr(error, "sqlite_errorcode", 0) & 0xFF not in _TRANSIENT_CODES


def is_damage(error: sqlite3.DatabaseError) -> bool:
    return getattr(error, "sqlite_errorcode", 0) & 0xFF in _DAMAGE_CODES


def pragma_messages(conn: sqlite3.Connection, pragma: str) -> list[str]:
    return [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}({MAX_MESSAGES})")]


def verdict(conn: sqlite3.Connection, pragma: str) -> list[str]:
    """The check's messages; a check that fails to run on the file has found damage too."""
    try:
        return pragma_messages(conn, pragma)
    except FILE_ERRORS as error:
        if not about_the_file(error):
            raise
        return [str(error) or "unreadable"]


def summary(messages: list[str]) -> str:
    shown = "; ".join(messages[:SHOWN_MESSAGES])
    more = len(messages) - SHOWN_MESSAGES
    return shown + (f" (and {more} more)" if more > 0 else "")


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def count_rows(conn: sqlite3.Connection, sql: str) -> int:
    return int(conn.execute(sql).fetchone()[0])


def btrees_only(messages: list[str]) -> list[str]:
    """The messages without FTS5's: newer SQLite (SQLCipher's) also checks the search
    index in quick_check and integrity_check, and the search-index step reports and
    rebuilds it (a stale index is not damage to the file)."""
    own = [message for message in messages if not message.startswith("fts5:")]
    return own or ["ok"]
