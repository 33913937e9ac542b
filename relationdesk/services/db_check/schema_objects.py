"""The schema itself: every table, index, trigger and view must be one the app's migrations
make. A foreign trigger runs on every write as if it were ours (one that deletes every
meeting on the next import), so this check runs before any other check writes a row.

Foreign triggers, views and indexes are dropped; the app's own that are missing or
altered are made again from the reference. Tables are only reported: they hold data,
and a backup is the way back for them.
"""

import sqlite3

from relationdesk.db.schema import SCHEMA_REVISIONS
from relationdesk.db.schema_shape import (
    FOREIGN,
    MISSING,
    Difference,
    Shape,
    differences,
    reference_shape,
    revision_of,
    shape_of,
)
from relationdesk.services.db_check.base import Issue, quote

UNKNOWN_REVISION = "unknown_revision"
_DROP = {"trigger": "TRIGGER", "view": "VIEW", "index": "INDEX"}
_MAKE_ORDER = ("view", "index", "trigger")  # triggers may name the views


def schema_issues(conn: sqlite3.Connection) -> list[Issue]:
    revision = revision_of(conn)
    if revision not in SCHEMA_REVISIONS:
        return [Issue(UNKNOWN_REVISION, "alembic_version", 1, repr(revision))]
    return [
        Issue(d.problem, f"{d.kind} {d.name}", 1)
        for d in differences(shape_of(conn), reference_shape(str(revision)))
    ]


def repair_schema(conn: sqlite3.Connection) -> None:
    """Drop what is foreign or altered, then make the missing and altered ones again."""
    revision = revision_of(conn)
    if revision not in SCHEMA_REVISIONS:
        return
    reference = reference_shape(str(revision))
    actual = shape_of(conn)
    found = [d for d in differences(actual, reference) if d.kind in _DROP]
    for difference in found:
        # An index SQLite made for a table's UNIQUE constraint (no SQL) goes only with
        # its table: dropping it would fail, and with it every fix in this transaction.
        if difference.problem != MISSING and actual[difference.key].sql is not None:
            conn.execute(f"DROP {_DROP[difference.kind]} IF EXISTS {quote(difference.name)}")
    for kind in _MAKE_ORDER:
        for difference in found:
            if difference.kind == kind and difference.problem != FOREIGN:
                _make(conn, reference, difference)


def _make(conn: sqlite3.Connection, reference: Shape, difference: Difference) -> None:
    sql = reference[difference.key].sql
    if sql is not None:  # an index SQLite makes for a UNIQUE constraint has none
        conn.execute(sql)
