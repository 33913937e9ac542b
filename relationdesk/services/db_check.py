"""Checking the database ("Check database", `relationdesk check`): SQLite's own checks,
then the app's invariants; fixing what can be fixed from what the file itself still
holds, and saying what was done.

SQLite only knows its b-trees. The search index, a customer's derived columns and rows
that must agree about which customer they belong to are the app's own invariants, kept
by triggers and one-transaction saves; a file edited by another tool, written with
foreign keys off or restored from a bad copy can break them while SQLite sees nothing
wrong. Stdlib sqlite3 only (no SQLAlchemy): this runs from the command line too, and
start-up may call `quick_check` on every launch.
"""

import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

QUICK_CHECK = "quick_check"
INTEGRITY_CHECK = "integrity_check"
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
_READONLY = 8


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
class _Issue:
    problem: str
    subject: str
    count: int
    detail: str = ""


_Detect = Callable[[sqlite3.Connection], list[_Issue]]
_Repair = Callable[[sqlite3.Connection], None]


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
    steps: list[tuple[str, _Detect, _Repair]] = [
        (STORED_VALUES, _value_issues, _repair_values),  # first: the others compare values
        (FOREIGN_KEYS, _foreign_key_issues, _repair_foreign_keys),
        (ORPHANS, _orphan_issues, _repair_orphans),
        (SEARCH_INDEX, _search_issues, _repair_search),
        (DERIVED_COLUMNS, _derived_issues, _repair_derived),
    ]
    before = _BeforeFixing(conn, backup) if fix else None
    current = QUICK_CHECK
    try:
        if _check_structure(conn, before, findings):
            for current, detect, repair in steps:
                _run(conn, current, detect, repair, before, findings)
    except _FILE_ERRORS as error:
        if not _about_the_file(error):
            raise
        findings.append(Finding(current, "unreadable", False, str(error), 1))
    return CheckReport(tuple(findings), before.taken if before else None)


def quick_check(path: Path) -> str | None:
    """None when SQLite's quick_check passes on the file, else what it says is wrong.

    Read-only (a `mode=ro` URI), so a damaged file is never touched by looking at it.
    """
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except _FILE_ERRORS as error:
        return str(error) or "unreadable"
    try:
        messages = _messages(conn, "quick_check")
    except _FILE_ERRORS as error:
        return str(error) or "unreadable"
    finally:
        conn.close()
    return None if messages == ["ok"] else _summary(messages)


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


# --- driving one check ---------------------------------------------------------------


class _BeforeFixing:
    """Called before each fix: takes the one backup (when asked) before the first."""

    def __init__(self, conn: sqlite3.Connection, target: Path | None) -> None:
        self.conn = conn
        self.target = target
        self.taken: Path | None = None

    def __call__(self) -> None:
        if self.target is None or self.taken is not None:
            return
        destination = sqlite3.connect(self.target)
        try:
            self.conn.backup(destination)
        finally:
            destination.close()
        self.taken = self.target


def _run(
    conn: sqlite3.Connection,
    check: str,
    detect: _Detect,
    repair: _Repair,
    before: _BeforeFixing | None,
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
            with _transaction(conn):
                repair(conn)
            remaining = {(i.problem, i.subject) for i in detect(conn)}
        except _FILE_ERRORS as error:
            if not _about_the_file(error):
                raise
            failure = f" (fix failed: {error})"
    for issue in found:
        fixed = (issue.problem, issue.subject) not in remaining
        detail = f"{issue.subject}: {issue.count}" + (f"; {issue.detail}" if issue.detail else "")
        findings.append(
            Finding(check, issue.problem, fixed, detail + ("" if fixed else failure), issue.count)
        )


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
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
_FILE_ERRORS = (sqlite3.DatabaseError, UnicodeDecodeError)


def _about_the_file(error: Exception) -> bool:
    """True for errors that say something about the file, so they become findings;
    False for those about the caller (a bug) or the moment (busy, locked)."""
    if isinstance(error, UnicodeDecodeError):
        return True
    if isinstance(error, sqlite3.ProgrammingError | sqlite3.InterfaceError):
        return False
    return getattr(error, "sqlite_errorcode", 0) & 0xFF not in _TRANSIENT_CODES


def _damage(error: sqlite3.DatabaseError) -> bool:
    return getattr(error, "sqlite_errorcode", 0) & 0xFF in _DAMAGE_CODES


def _messages(conn: sqlite3.Connection, pragma: str) -> list[str]:
    return [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}({MAX_MESSAGES})")]


def _verdict(conn: sqlite3.Connection, pragma: str) -> list[str]:
    """The check's messages; a check that fails to run on the file has found damage too."""
    try:
        return _messages(conn, pragma)
    except _FILE_ERRORS as error:
        if not _about_the_file(error):
            raise
        return [str(error) or "unreadable"]


def _summary(messages: list[str]) -> str:
    shown = "; ".join(messages[:SHOWN_MESSAGES])
    more = len(messages) - SHOWN_MESSAGES
    return shown + (f" (and {more} more)" if more > 0 else "")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _count(conn: sqlite3.Connection, sql: str) -> int:
    return int(conn.execute(sql).fetchone()[0])


# --- SQLite's own checks -------------------------------------------------------------


def _check_structure(
    conn: sqlite3.Connection, before: _BeforeFixing | None, findings: list[Finding]
) -> bool:
    """True when the file is sound enough for the app's checks (and their fixes).

    quick_check first (the b-trees themselves, linear time); integrity_check also
    compares every index with its table. A mismatch there on sound b-trees is fixed by
    REINDEX; anything quick_check finds is not fixable here.
    """
    messages = _verdict(conn, "quick_check")
    if messages != ["ok"]:
        findings.append(Finding(QUICK_CHECK, "corrupt", False, _summary(messages), len(messages)))
        messages = _verdict(conn, "integrity_check")
        if messages != ["ok"]:
            findings.append(
                Finding(INTEGRITY_CHECK, "corrupt", False, _summary(messages), len(messages))
            )
        return False
    try:
        messages = _messages(conn, "integrity_check")
    except _FILE_ERRORS as error:  # damage quick_check did not reach: no repairs
        if not _about_the_file(error):
            raise
        findings.append(Finding(INTEGRITY_CHECK, "corrupt", False, str(error), 1))
        return False
    if messages == ["ok"]:
        return True
    fixed = False
    failure = ""
    if before is not None:
        try:
            before()
            with _transaction(conn):
                conn.execute("REINDEX")
            fixed = _messages(conn, "integrity_check") == ["ok"]
        except _FILE_ERRORS as error:
            if not _about_the_file(error):
                raise
            failure = f" (fix failed: {error})"
    findings.append(
        Finding(
            INTEGRITY_CHECK, "index_mismatch", fixed, _summary(messages) + failure, len(messages)
        )
    )
    return fixed  # with indexes that disagree with their tables, every query below might lie


# --- values the readers can take -----------------------------------------------------

# Every reader trusts a column to hold what it declares: SQLite does not enforce it
# outside STRICT tables, and nothing checks that text is UTF-8, so one damaged byte in a
# value (or in a record's type header) passes quick_check and then fails every reader of
# the row: sqlite3 refuses text that is not UTF-8, and a moment or a number that is not
# one fails in Python (ValueError, TypeError), which no caller expects from a read.
_STORED_MOMENT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?")
# SQL for "certainly a valid stored moment": digits in place, a date and time that come
# back unchanged through a Julian day number (31 February would come back as 3 March),
# and up to six digits of fraction.
_PLAIN_MOMENT = (
    "{c} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]*'"
    " AND strftime('%Y-%m-%d %H:%M:%S', julianday({c})) IS substr({c}, 1, 19)"
    " AND (length({c}) = 19 OR (substr({c}, 20, 1) = '.' AND length({c}) BETWEEN 21 AND 26"
    " AND substr({c}, 21) NOT GLOB '*[^0-9]*'))"
)
_MOMENT_FALLBACKS = ("created_at", "updated_at")  # the closest moment the row itself keeps


@dataclass(frozen=True)
class _Column:
    table: str
    name: str
    kind: str  # "text", "moment" or "number"
    nullable: bool
    default: str | None  # the declared default, an SQL expression

    @property
    def subject(self) -> str:
        return f"{self.table}.{self.name}"


@dataclass(frozen=True)
class _BadValue:
    column: _Column
    rowid: int
    problem: str
    replacement: tuple[str, tuple[object, ...]] | None  # SQL expression and parameters


def _kind(declared: str) -> str | None:
    upper = declared.upper()
    if "DATE" in upper or "TIME" in upper:
        return "moment"
    if any(word in upper for word in ("CHAR", "TEXT", "CLOB")):
        return "text"
    if any(word in upper for word in ("INT", "BOOL", "REAL", "FLOA", "DOUB", "NUM", "DEC")):
        return "number"
    return None


def _app_columns(conn: sqlite3.Connection) -> list[_Column]:
    """The typed columns of ordinary tables: not SQLite's own, not a full-text index's."""
    tables = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    virtual = [name for name, sql in tables if str(sql).upper().startswith("CREATE VIRTUAL")]
    columns = []
    for table, _sql in tables:
        if table in virtual or any(table.startswith(f"{v}_") for v in virtual):
            continue
        for _cid, name, declared, notnull, default, _pk in conn.execute(
            f"PRAGMA table_info({_quote(table)})"
        ):
            kind = _kind(str(declared))
            if kind is not None:
                columns.append(_Column(table, name, kind, not notnull, default))
    return columns


def _valid_moment(raw: bytes) -> bool:
    try:
        text = raw.decode()
        datetime.fromisoformat(text)
    except ValueError:  # UnicodeDecodeError included
        return False
    return _STORED_MOMENT.fullmatch(text) is not None


def _moment_fallback(
    conn: sqlite3.Connection, column: _Column, rowid: int, present: set[str]
) -> tuple[str, tuple[object, ...]] | None:
    if column.nullable:
        return ("NULL", ())
    for other in _MOMENT_FALLBACKS:
        if other != column.name and other in present:
            row = conn.execute(
                f"SELECT CAST({_quote(other)} AS BLOB) FROM {_quote(column.table)} WHERE rowid = ?",
                (rowid,),
            ).fetchone()
            if row and isinstance(row[0], bytes) and _valid_moment(row[0]):
                return ("?", (row[0].decode(),))
    return None


def _suspect(column: _Column) -> str:
    """SQL true for every value Python might reject (and few others): one that is not of
    the declared type, text with a byte outside printable ASCII (it may not be UTF-8), a
    moment that is not plainly one."""
    name = _quote(column.name)
    if column.kind == "number":
        return f"typeof({name}) NOT IN ('integer', 'real', 'null')"
    wrong_type = f"typeof({name}) NOT IN ('text', 'null')"
    if column.kind == "text":
        return f"{wrong_type} OR {name} GLOB '*[^ -~]*'"
    return f"{wrong_type} OR (typeof({name}) = 'text' AND NOT ({_PLAIN_MOMENT.format(c=name)}))"


def _bad_values(conn: sqlite3.Connection) -> list[_BadValue]:
    """One scan per table: SQL narrows to the suspect rows, Python decides."""
    tables: dict[str, list[_Column]] = {}
    for column in _app_columns(conn):
        tables.setdefault(column.table, []).append(column)
    found = []
    for table, columns in tables.items():
        present = {c.name for c in columns}
        selected = ", ".join(
            f"typeof({_quote(c.name)}), CAST({_quote(c.name)} AS BLOB)" for c in columns
        )
        where = " OR ".join(f"({_suspect(c)})" for c in columns)
        for row in conn.execute(f"SELECT rowid, {selected} FROM {_quote(table)} WHERE {where}"):
            rowid = row[0]
            for index, column in enumerate(columns):
                kind, raw = row[1 + 2 * index], row[2 + 2 * index]
                bad = _judge(conn, column, rowid, kind, raw, present)
                if bad is not None:
                    found.append(bad)
    return found


def _judge(
    conn: sqlite3.Connection,
    column: _Column,
    rowid: int,
    kind: str,
    raw: bytes | None,
    present: set[str],
) -> _BadValue | None:
    """What is wrong with one value, and what would stand in for it (None: nothing)."""
    replacement: tuple[str, tuple[object, ...]] | None
    if kind == "null":
        return None
    if column.kind == "number":
        if kind in ("integer", "real"):
            return None
        if column.nullable:
            replacement = ("NULL", ())
        else:
            replacement = (column.default, ()) if column.default is not None else None
        return _BadValue(column, rowid, "wrong_type", replacement)
    if kind != "text":
        if column.kind == "text":
            replacement = (f"CAST({_quote(column.name)} AS TEXT)", ())
        else:
            replacement = _moment_fallback(conn, column, rowid, present)
        return _BadValue(column, rowid, "wrong_type", replacement)
    assert raw is not None
    if column.kind == "moment":
        if _valid_moment(raw):
            return None
        replacement = _moment_fallback(conn, column, rowid, present)
        return _BadValue(column, rowid, "invalid_timestamp", replacement)
    try:
        raw.decode()
    except UnicodeDecodeError:
        text = raw.decode(errors="replace")  # damaged bytes become U+FFFD
        return _BadValue(column, rowid, "invalid_text", ("?", (text,)))
    return None


def _value_issues(conn: sqlite3.Connection) -> list[_Issue]:
    counts: dict[tuple[str, str], int] = {}
    for bad in _bad_values(conn):
        key = (bad.problem, bad.column.subject)
        counts[key] = counts.get(key, 0) + 1
    return [_Issue(problem, subject, count) for (problem, subject), count in counts.items()]


def _repair_values(conn: sqlite3.Connection) -> None:
    """Damaged characters become U+FFFD; a wrong type or an unreadable moment becomes
    NULL where allowed, else the row's own created_at/updated_at or the column default.
    What has no such stand-in stays as it is, and is reported as not fixed."""
    for bad in _bad_values(conn):
        if bad.replacement is not None:
            expression, params = bad.replacement
            conn.execute(
                f"UPDATE {_quote(bad.column.table)} SET {_quote(bad.column.name)} = {expression}"
                " WHERE rowid = ?",
                (*params, bad.rowid),
            )


# --- foreign keys --------------------------------------------------------------------


@dataclass(frozen=True)
class _Link:
    table: str
    columns: tuple[str, ...]
    parent: str
    clears: bool  # ON DELETE SET NULL on nullable columns: the row stays, the link goes

    @property
    def subject(self) -> str:
        return f"{self.table}.{','.join(self.columns)} -> {self.parent}"


def _links(conn: sqlite3.Connection, table: str) -> dict[int, _Link]:
    nullable = {row[1]: not row[3] for row in conn.execute(f"PRAGMA table_info({_quote(table)})")}
    grouped: dict[int, list[tuple[str, str, str]]] = {}
    for fk_id, _seq, parent, column, _to, _on_update, on_delete, _match in conn.execute(
        f"PRAGMA foreign_key_list({_quote(table)})"
    ):
        grouped.setdefault(fk_id, []).append((column, parent, str(on_delete).upper()))
    return {
        fk_id: _Link(
            table,
            tuple(c for c, _, _ in parts),
            parts[0][1],
            all(action == "SET NULL" and nullable.get(c, False) for c, _, action in parts),
        )
        for fk_id, parts in grouped.items()
    }


def _foreign_key_violations(conn: sqlite3.Connection) -> list[tuple[_Link, int | None]]:
    links: dict[str, dict[int, _Link]] = {}
    found = []
    for table, rowid, _parent, fk_id in conn.execute("PRAGMA foreign_key_check").fetchall():
        if table not in links:
            links[table] = _links(conn, table)
        found.append((links[table][fk_id], rowid))
    return found


def _foreign_key_issues(conn: sqlite3.Connection) -> list[_Issue]:
    """Rows pointing at a parent that is gone (possible only with foreign keys off)."""
    counts: dict[_Link, int] = {}
    for link, _rowid in _foreign_key_violations(conn):
        counts[link] = counts.get(link, 0) + 1
    return [
        _Issue("dangling_links" if link.clears else "orphan_rows", link.subject, count)
        for link, count in counts.items()
    ]


def _repair_foreign_keys(conn: sqlite3.Connection) -> None:
    """Do what the foreign key's ON DELETE would have done when the parent went: clear a
    SET NULL link, delete a CASCADE (or plain) child. Deleting a child can orphan its own
    children on a connection with foreign keys off, hence the passes."""
    for _ in range(10):
        violations = _foreign_key_violations(conn)
        if not violations:
            return
        for link, rowid in violations:
            if rowid is None:  # WITHOUT ROWID tables: none in our schema
                continue
            if link.clears:
                assignments = ", ".join(f"{_quote(c)} = NULL" for c in link.columns)
                conn.execute(
                    f"UPDATE {_quote(link.table)} SET {assignments} WHERE rowid = ?", (rowid,)
                )
            else:
                conn.execute(f"DELETE FROM {_quote(link.table)} WHERE rowid = ?", (rowid,))


# --- rows whose parents disagree -----------------------------------------------------

# (problem, table, which rows, the fix's SET clause or None to delete them). Each link is
# valid on its own, so the foreign key check passes; together they file a row under two
# customers. The meeting (or the contact's customer) is the authority: it is what the
# user sees the row under.
_ORPHAN_RULES: tuple[tuple[str, str, str, str | None], ...] = (
    (
        "disclosure_other_customer",
        "disclosure",
        "EXISTS (SELECT 1 FROM meeting m WHERE m.id = disclosure.meeting_id"
        " AND m.customer_id IS NOT disclosure.customer_id)",
        "customer_id = (SELECT m.customer_id FROM meeting m WHERE m.id = disclosure.meeting_id)",
    ),
    (
        "disclosure_contact_other_customer",
        "disclosure",
        "EXISTS (SELECT 1 FROM contact c WHERE c.id = disclosure.contact_id"
        " AND c.customer_id IS NOT disclosure.customer_id)",
        "contact_id = NULL",
    ),
    (
        "attendee_other_customer",
        "meeting_attendee",
        "EXISTS (SELECT 1 FROM meeting m JOIN contact c ON c.id = meeting_attendee.contact_id"
        " WHERE m.id = meeting_attendee.meeting_id AND c.customer_id IS NOT m.customer_id)",
        None,
    ),
    (
        "follow_up_other_customer",
        "follow_up",
        "EXISTS (SELECT 1 FROM meeting m WHERE m.id = follow_up.meeting_id"
        " AND m.customer_id IS NOT follow_up.customer_id)",
        "meeting_id = NULL",
    ),
    (
        "rating_other_customer",
        "principle_rating",
        "EXISTS (SELECT 1 FROM meeting m WHERE m.id = principle_rating.meeting_id"
        " AND m.customer_id IS NOT principle_rating.customer_id)",
        "meeting_id = NULL",
    ),
    (
        "invalid_return_link",  # a return comes from the same customer and the other side
        "ledger_entry",
        "EXISTS (SELECT 1 FROM ledger_entry r WHERE r.id = ledger_entry.returned_by_id"
        " AND (r.customer_id IS NOT ledger_entry.customer_id"
        " OR r.given_by = ledger_entry.given_by))",
        "returned_by_id = NULL",
    ),
)


def _orphan_issues(conn: sqlite3.Connection) -> list[_Issue]:
    issues = []
    for problem, table, where, _set in _ORPHAN_RULES:
        count = _count(conn, f"SELECT count(*) FROM {table} WHERE {where}")
        if count:
            issues.append(_Issue(problem, table, count))
    return issues


def _repair_orphans(conn: sqlite3.Connection) -> None:
    for _problem, table, where, assignment in _ORPHAN_RULES:  # in order: customer first
        if assignment is None:
            conn.execute(f"DELETE FROM {table} WHERE {where}")
        else:
            conn.execute(f"UPDATE {table} SET {assignment} WHERE {where}")


# --- the customer search index -------------------------------------------------------

_SEARCH_QUERIES = (
    (
        "missing_rows",  # a customer that searching cannot find
        "SELECT count(*) FROM customer_search_source v WHERE NOT EXISTS"
        " (SELECT 1 FROM customer_search s WHERE s.rowid = v.customer_rowid)",
    ),
    (
        "stale_rows",  # found by words it no longer has, or not by the ones it has
        "SELECT count(*) FROM customer_search_source v"
        " JOIN customer_search s ON s.rowid = v.customer_rowid WHERE s.body IS NOT v.body",
    ),
    (
        "stray_rows",  # a search hit for a customer that is gone
        "SELECT count(*) FROM customer_search s"
        " WHERE NOT EXISTS (SELECT 1 FROM customer c WHERE c.rowid = s.rowid)",
    ),
)


def _search_index_damage(conn: sqlite3.Connection) -> str | None:
    """FTS5's own check of its inverted index against its stored text (SQLite 3.40's
    integrity_check does not look inside virtual tables). An INSERT in form, so it takes
    the write lock for a moment even when only reporting."""
    try:
        conn.execute("INSERT INTO customer_search(customer_search) VALUES('integrity-check')")
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", 0) & 0xFF == _READONLY:
            return None  # a read-only connection cannot run it; the row checks still do
        if not _damage(error):
            raise
        return str(error)
    return None


def _search_issues(conn: sqlite3.Connection) -> list[_Issue]:
    issues = []
    damage = _search_index_damage(conn)
    if damage is not None:
        issues.append(_Issue("index_corrupt", "customer_search", 1, damage))
    for problem, sql in _SEARCH_QUERIES:
        count = _count(conn, sql)
        if count:
            issues.append(_Issue(problem, "customer_search", count))
    return issues


def _repair_search(conn: sqlite3.Connection) -> None:
    """Refill the index from `customer_search_source`, the same view the triggers use.

    FTS5's 'rebuild' re-indexes the table's own stored text, which is what may be stale;
    it is only used first when the inverted index itself is damaged, because deleting
    rows has to read that index."""
    if _search_index_damage(conn) is not None:
        conn.execute("INSERT INTO customer_search(customer_search) VALUES('rebuild')")
    conn.execute("DELETE FROM customer_search")
    conn.execute(
        "INSERT INTO customer_search(rowid, body)"
        " SELECT customer_rowid, body FROM customer_search_source"
    )


# --- a customer's derived columns ----------------------------------------------------

# Kept by every meeting and follow-up save so the list can sort without scanning. The
# scores and the suggested stage are derived too, but depend on the clock: a difference
# there is not a fault, so they are not checked.
_DERIVED = (
    (
        "last_meeting_at",
        "(SELECT max(m.started_at) FROM meeting m WHERE m.customer_id = customer.id)",
    ),
    (
        "next_follow_up_at",
        # The + keeps SQLite off ix_follow_up_open_due (done_at), which would make this
        # scan every open follow-up once per customer: minutes at 20,000 customers.
        "(SELECT min(f.due_at) FROM follow_up f"
        " WHERE f.customer_id = customer.id AND +f.done_at IS NULL)",
    ),
)


def _derived_issues(conn: sqlite3.Connection) -> list[_Issue]:
    issues = []
    for column, expected in _DERIVED:
        count = _count(conn, f"SELECT count(*) FROM customer WHERE {column} IS NOT {expected}")
        if count:
            issues.append(_Issue(column, "customer", count))
    return issues


def _repair_derived(conn: sqlite3.Connection) -> None:
    for column, expected in _DERIVED:
        conn.execute(f"UPDATE customer SET {column} = {expected} WHERE {column} IS NOT {expected}")
