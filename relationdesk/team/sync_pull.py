"""Reading what a laptop must pull, as the member (row-level security decides what).

The cursor is a transaction id: a pull serves the changes of transactions below
`pg_snapshot_xmin(pg_current_snapshot())`, the oldest one still running, and the next
pull starts there. Ordering by a sequence instead would skip a change whose transaction
took its number early and committed late.

What comes back is rows, not values from the log: the current content of every row
touched since the cursor that the member may read. A touched row that is not there any
more (deleted, or no longer the member's: reassigned) is to be deleted on the laptop.
A customer that becomes the member's (reassigned to them) comes with everything under it.
"""

from dataclasses import dataclass, field
from typing import Any

from psycopg import Cursor, sql

from relationdesk.team.tables import SYNCED_TABLES, customer_column, key_sql

Rows = dict[str, tuple[list[str], list[tuple[Any, ...]]]]  # table -> (columns, rows)


@dataclass
class Pulled:
    horizon: str  # the next cursor (an xid8, as text)
    rows: Rows
    touched: dict[str, set[str]] = field(default_factory=dict)  # table -> keys (None: all)
    full: bool = False
    server_wall_ms: int = 0


def horizon(cur: Cursor) -> str:
    cur.execute("SELECT pg_snapshot_xmin(pg_current_snapshot())::text")
    return str(cur.fetchone()[0])  # type: ignore[index]


def _select(cur: Cursor, table: str, names: list[str], where: sql.Composable,
            params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    cur.execute(sql.SQL("SELECT {} FROM {} WHERE {}").format(
        sql.SQL(", ").join(map(sql.Identifier, names)), sql.Identifier(table), where), params)
    return cur.fetchall()


def server_columns(cur: Cursor) -> dict[str, list[str]]:
    """The synced tables' columns, in one query of the catalog (not one per table)."""
    cur.execute("SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c ON "
                "c.oid = a.attrelid WHERE c.relname = ANY(%s) AND c.relnamespace = "
                "'public'::regnamespace AND a.attnum > 0 AND NOT a.attisdropped "
                "ORDER BY c.relname, a.attnum", (list(SYNCED_TABLES),))
    found: dict[str, list[str]] = {table: [] for table in SYNCED_TABLES}
    for table, column in cur.fetchall():
        found[table].append(column)
    return found


def read(cur: Cursor, cursor: str | None, pushed: dict[str, set[str]],
         local_columns: dict[str, list[str]]) -> Pulled:
    """Everything visible (first pull), or the rows touched since `cursor` and those
    this laptop just pushed (to bring back what the server made of them)."""
    pulled = Pulled(horizon(cur), {}, full=cursor is None)
    cur.execute("SELECT coalesce(max(hlc), '') FROM sync_clock")
    wall = str(cur.fetchone()[0]).split(".")[0]  # type: ignore[index]
    pulled.server_wall_ms = int(wall) if wall.isdigit() else 0
    columns = {t: [c for c in found if c in local_columns[t]]
               for t, found in server_columns(cur).items()}
    if cursor is None:
        for table in SYNCED_TABLES:
            pulled.rows[table] = (columns[table], _select(cur, table, columns[table],
                                                          sql.SQL("true"), ()))
        return pulled
    cur.execute("SELECT DISTINCT table_name, row_id FROM sync_change "
                "WHERE xid >= %s::xid8 AND xid < %s::xid8", (cursor, pulled.horizon))
    touched: dict[str, set[str]] = {t: set(ids) for t, ids in pushed.items()}
    for table, row_id in cur.fetchall():
        touched.setdefault(table, set()).add(row_id)
    pulled.touched = touched
    for table in SYNCED_TABLES:
        ids = sorted(touched.get(table, ()))
        found = _select(cur, table, columns[table], sql.SQL("{} = ANY(%s)").format(
            sql.SQL(key_sql(table))), (ids,)) if ids else []
        pulled.rows[table] = (columns[table], found)
    return pulled


def add_subtrees(cur: Cursor, pulled: Pulled, customers: set[str]) -> None:
    """Everything under customers that became the member's (a reassignment)."""
    if not customers:
        return
    ids = sorted(customers)
    for table in SYNCED_TABLES[1:]:
        names, rows = pulled.rows[table]
        column = customer_column(table)
        where: sql.Composable
        if column is None:  # the attendees, through their meetings
            where = sql.SQL("meeting_id IN (SELECT id FROM meeting WHERE customer_id = ANY(%s))")
        else:
            where = sql.SQL("{} = ANY(%s)").format(sql.Identifier(column))
        rows = rows + _select(cur, table, names, where, (ids,))
        pulled.rows[table] = (names, rows)
