"""The laptop's side of the sync: its state, the batch it pushes, and applying a pull.

Everything reads and writes the laptop's SQLite file (migration 0007's sync_state and
sync_change); nothing here talks to the server.
"""

import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from relationdesk.team.tables import (
    DERIVED,
    OWNER_COLUMN,
    key_columns,
    key_sql,
    not_pushed,
)

STAMP = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy writes a DateTime into SQLite


@dataclass(frozen=True)
class State:
    replica_id: str
    enabled: bool
    server: str | None
    member: str | None
    pull_cursor: str | None
    push_batch: str | None
    push_upto: int | None
    last_sync_at: str | None


@dataclass
class RowChange:
    """What a batch says about one row: inserted (every column), updated (some), or
    deleted; each column with the clock of its latest change."""

    table: str
    row_id: str
    op: str
    clocks: dict[str, str] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)


def read_state(conn: sqlite3.Connection) -> State:
    row = conn.execute(
        "SELECT replica_id, enabled, server, member, pull_cursor, push_batch, push_upto, "
        "last_sync_at FROM sync_state").fetchone()
    return State(row[0], bool(row[1]), *row[2:])


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def pending_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM sync_change").fetchone()[0])


def prepare_batch(conn: sqlite3.Connection) -> tuple[str, int] | None:
    """The batch to push (its id and last change): the one in flight if a push was cut
    short (the same id, so the server applies it once), else every change logged."""
    state = read_state(conn)
    if state.push_batch is not None and state.push_upto is not None:
        return state.push_batch, state.push_upto
    first, last = conn.execute("SELECT min(seq), max(seq) FROM sync_change").fetchone()
    if last is None:
        return None
    batch = f"{state.replica_id}:{first}-{last}"
    conn.execute("UPDATE sync_state SET push_batch = ?, push_upto = ?", [batch, last])
    return batch, int(last)


def batch_changes(conn: sqlite3.Connection, upto: int) -> list[RowChange]:
    """The rows changed up to `upto`, with their current values (read now: the log
    holds no values)."""
    rows: dict[tuple[str, str], RowChange] = {}
    for table, row_id, column, op, hlc in conn.execute(
        "SELECT table_name, row_id, column_name, op, hlc FROM sync_change WHERE seq <= ? "
        "ORDER BY seq", [upto]):
        change = rows.get((table, row_id))
        if op == "delete" or change is None or change.op == "delete":
            change = rows[(table, row_id)] = RowChange(table, row_id, op)
        if op in ("insert", "delete"):
            change.clocks["*"] = hlc
        elif op == "update":
            change.clocks[column] = hlc
    found = []
    for change in rows.values():
        if change.op != "delete" and not _read_values(conn, change):
            continue  # deleted since: its delete goes in the next batch
        found.append(change)
    return found


def _read_values(conn: sqlite3.Connection, change: RowChange) -> bool:
    names = [c for c in columns(conn, change.table) if c not in not_pushed(change.table)]
    row = conn.execute(f"SELECT {', '.join(names)} FROM {change.table} "
                       f"WHERE {key_sql(change.table)} = ?", [change.row_id]).fetchone()
    if row is None:
        return False
    values = dict(zip(names, row, strict=True))
    whole = change.clocks.pop("*", None)
    if change.op == "insert" and whole is not None:
        if (change.table, "owner_id") == OWNER_COLUMN and values.get("owner_id") is None:
            del values["owner_id"]  # the server makes the pushing member the owner
        clocks = {name: whole for name in values}
        clocks.update(change.clocks)
        change.clocks = clocks
    else:
        change.op = "update"
        values = {name: values[name] for name in change.clocks if name in values}
        change.clocks = {name: change.clocks[name] for name in values}
    change.values = values
    return bool(values) or change.op == "insert"


def acknowledge(conn: sqlite3.Connection, upto: int) -> None:
    """The server has the batch: its changes leave the log, in one transaction."""
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("DELETE FROM sync_change WHERE seq <= ?", [upto])
    conn.execute("UPDATE sync_state SET push_batch = NULL, push_upto = NULL")
    conn.execute("COMMIT")


def local_value(value: Any) -> Any:
    """A server value as the app stores it in SQLite (so every replica holds the same)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat(" ", "microseconds")  # STAMP, three times faster
    if isinstance(value, date):
        return value.isoformat()
    return value


def text_of(value: Any) -> str | None:
    """One text for a value on either side, to compare them and to keep a losing one."""
    value = local_value(value)
    return None if value is None else str(value)


def pending_columns(conn: sqlite3.Connection) -> dict[tuple[str, str], set[str]]:
    """Changes written after the push began (kept over what the pull brings)."""
    found: dict[tuple[str, str], set[str]] = {}
    for table, row_id, column in conn.execute(
            "SELECT table_name, row_id, column_name FROM sync_change"):
        found.setdefault((table, row_id), set()).add(column)
    return found


def upsert_rows(conn: sqlite3.Connection, table: str, names: list[str],
                rows: list[tuple[Any, ...]],
                pending: dict[tuple[str, str], set[str]]) -> int:
    """Write the server's rows (derived columns left to the recomputation), in one
    executemany for the rows this laptop did not touch since the push began."""
    local = set(columns(conn, table))
    keys = key_columns(table)
    derived = DERIVED.get(table, frozenset())
    wanted = [i for i, name in enumerate(names) if name in local and name not in derived]
    names_in = [names[i] for i in wanted]
    at_keys = [names_in.index(k) for k in keys]
    plain: list[list[Any]] = []
    for row in rows:
        values = [local_value(row[i]) for i in wanted]
        row_id = "|".join(str(values[i]) for i in at_keys)
        mine = pending.get((table, row_id)) if pending else None
        if not mine:
            plain.append(values)
        elif "*" not in mine:  # written here after the push began: those columns stay
            kept = {n: v for n, v in zip(names_in, values, strict=True)
                    if n not in mine and n not in keys}
            conn.execute(f"UPDATE {table} SET {', '.join(f'{n} = ?' for n in kept)} "
                         f"WHERE {key_sql(table)} = ?", [*kept.values(), row_id])
        # "*": a row this laptop deleted or made meanwhile: its change wins next time
    updates = [n for n in names_in if n not in keys]
    sql = (f"INSERT INTO {table} ({', '.join(names_in)}) VALUES "
           f"({', '.join('?' * len(names_in))}) ON CONFLICT ({', '.join(keys)}) ")
    sql += (f"DO UPDATE SET {', '.join(f'{n} = excluded.{n}' for n in updates)}"
            if updates else "DO NOTHING")
    conn.executemany(sql, plain)
    return len(rows)


# What a customer's derived columns depend on besides the rows under it.
CUSTOMER_INPUTS = ("keep_professional", "customer_since")


def customer_inputs(conn: sqlite3.Connection, ids: set[str]) -> dict[str, tuple[Any, ...]]:
    """The customers' own inputs to their derived columns (None: not on this laptop)."""
    found: dict[str, tuple[Any, ...]] = {}
    listed = sorted(ids)
    for start in range(0, len(listed), 500):
        chunk = listed[start:start + 500]
        for row in conn.execute(
                f"SELECT id, {', '.join(CUSTOMER_INPUTS)} FROM customer "
                f"WHERE id IN ({', '.join('?' * len(chunk))})", chunk):
            found[row[0]] = tuple(row[1:])
    return found


def never_computed(conn: sqlite3.Connection, ids: set[str]) -> set[str]:
    """Customers whose derived columns were never computed (a customer just created)."""
    listed = sorted(ids)
    found: set[str] = set()
    for start in range(0, len(listed), 500):
        chunk = listed[start:start + 500]
        found |= {row[0] for row in conn.execute(
            f"SELECT id FROM customer WHERE suggested_stage IS NULL "
            f"AND id IN ({', '.join('?' * len(chunk))})", chunk)}
    return found


def local_keys(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[0] for row in conn.execute(f"SELECT {key_sql(table)} FROM {table}")}


def delete_rows(conn: sqlite3.Connection, table: str, row_ids: set[str],
                pending: dict[tuple[str, str], set[str]]) -> int:
    deleted = 0
    for row_id in row_ids:
        if "*" in pending.get((table, row_id), set()):
            continue
        cursor = conn.execute(f"DELETE FROM {table} WHERE {key_sql(table)} = ?", [row_id])
        deleted += cursor.rowcount
    return deleted


def customers_of(conn: sqlite3.Connection, table: str, row_ids: set[str]) -> set[str]:
    """The customers the rows belong to (for the recomputation)."""
    listed = sorted(row_ids)
    if len(listed) > 500:
        return set().union(*(customers_of(conn, table, set(listed[i:i + 500]))
                             for i in range(0, len(listed), 500)))
    if not row_ids:
        return set()
    marks = ", ".join("?" * len(row_ids))
    if table == "customer":
        query = f"SELECT id FROM customer WHERE id IN ({marks})"
    elif table == "meeting_attendee":
        query = (f"SELECT m.customer_id FROM meeting_attendee a JOIN meeting m ON "
                 f"m.id = a.meeting_id WHERE {key_sql(table, 'a.')} IN ({marks})")
    elif table == "referral":
        query = f"SELECT sponsor_customer_id FROM referral WHERE id IN ({marks})"
    else:
        query = f"SELECT customer_id FROM {table} WHERE id IN ({marks})"
    return {row[0] for row in conn.execute(query, list(row_ids)) if row[0]}

