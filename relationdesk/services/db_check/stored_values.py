"""Stored values every reader can take: UTF-8 text, real moments, the declared types."""

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from relationdesk.services.db_check.base import Issue, quote

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
# A calendar day ("2026-11-23", SQLAlchemy's Date), checked the same way.
_STORED_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_PLAIN_DAY = (
    "{c} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND length({c}) = 10"
    " AND strftime('%Y-%m-%d', julianday({c})) IS {c}"
)
_MOMENT_FALLBACKS = ("created_at", "updated_at")  # the closest moment the row itself keeps


@dataclass(frozen=True)
class _Column:
    table: str
    name: str
    kind: str  # "text", "moment", "day" or "number"
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
    if upper == "DATE":
        return "day"
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
            f"PRAGMA table_info({quote(table)})"
        ):
            kind = _kind(str(declared))
            if kind is not None:
                columns.append(_Column(table, name, kind, not notnull, default))
    return columns


def _valid_moment(raw: bytes, pattern: re.Pattern[str] = _STORED_MOMENT) -> bool:
    try:
        text = raw.decode()
        datetime.fromisoformat(text)
    except ValueError:  # UnicodeDecodeError included
        return False
    return pattern.fullmatch(text) is not None


def _moment_fallback(
    conn: sqlite3.Connection, column: _Column, rowid: int, present: set[str]
) -> tuple[str, tuple[object, ...]] | None:
    if column.nullable:
        return ("NULL", ())
    for other in _MOMENT_FALLBACKS:
        if other != column.name and other in present:
            row = conn.execute(
                f"SELECT CAST({quote(other)} AS BLOB) FROM {quote(column.table)} WHERE rowid = ?",
                (rowid,),
            ).fetchone()
            if row and isinstance(row[0], bytes) and _valid_moment(row[0]):
                moment = row[0].decode()
                return ("?", (moment[:10] if column.kind == "day" else moment,))
    return None


def _suspect(column: _Column) -> str:
    """SQL true for every value Python might reject (and few others): one that is not of
    the declared type, text with a byte outside printable ASCII (it may not be UTF-8), a
    moment that is not plainly one."""
    name = quote(column.name)
    if column.kind == "number":
        return f"typeof({name}) NOT IN ('integer', 'real', 'null')"
    wrong_type = f"typeof({name}) NOT IN ('text', 'null')"
    if column.kind == "text":
        return f"{wrong_type} OR {name} GLOB '*[^ -~]*'"
    plain = _PLAIN_DAY if column.kind == "day" else _PLAIN_MOMENT
    return f"{wrong_type} OR (typeof({name}) = 'text' AND NOT ({plain.format(c=name)}))"


def _bad_values(conn: sqlite3.Connection) -> list[_BadValue]:
    """One scan per table: SQL narrows to the suspect rows, Python decides."""
    tables: dict[str, list[_Column]] = {}
    for column in _app_columns(conn):
        tables.setdefault(column.table, []).append(column)
    found = []
    for table, columns in tables.items():
        present = {c.name for c in columns}
        selected = ", ".join(
            f"typeof({quote(c.name)}), CAST({quote(c.name)} AS BLOB)" for c in columns
        )
        where = " OR ".join(f"({_suspect(c)})" for c in columns)
        for row in conn.execute(f"SELECT rowid, {selected} FROM {quote(table)} WHERE {where}"):
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
            replacement = (f"CAST({quote(column.name)} AS TEXT)", ())
        else:
            replacement = _moment_fallback(conn, column, rowid, present)
        return _BadValue(column, rowid, "wrong_type", replacement)
    assert raw is not None
    if column.kind in ("moment", "day"):
        if _valid_moment(raw, _STORED_DAY if column.kind == "day" else _STORED_MOMENT):
            return None
        replacement = _moment_fallback(conn, column, rowid, present)
        return _BadValue(column, rowid, "invalid_timestamp", replacement)
    try:
        raw.decode()
    except UnicodeDecodeError:
        text = raw.decode(errors="replace")  # damaged bytes become U+FFFD
        return _BadValue(column, rowid, "invalid_text", ("?", (text,)))
    return None


def value_issues(conn: sqlite3.Connection) -> list[Issue]:
    counts: dict[tuple[str, str], int] = {}
    for bad in _bad_values(conn):
        key = (bad.problem, bad.column.subject)
        counts[key] = counts.get(key, 0) + 1
    return [Issue(problem, subject, count) for (problem, subject), count in counts.items()]


def repair_values(conn: sqlite3.Connection) -> None:
    """Damaged characters become U+FFFD; a wrong type or an unreadable moment becomes
    NULL where allowed, else the row's own created_at/updated_at or the column default.
    What has no such stand-in stays as it is, and is reported as not fixed."""
    for bad in _bad_values(conn):
        if bad.replacement is not None:
            expression, params = bad.replacement
            conn.execute(
                f"UPDATE {quote(bad.column.table)} SET {quote(bad.column.name)} = {expression}"
                " WHERE rowid = ?",
                (*params, bad.rowid),
            )
