"""Applying a laptop's batch on the server, as the member, in the caller's transaction.

- The batch id goes in first: a batch applied before is a no-op (its id is taken).
- Parents before children: inserts and updates in tables.SYNCED_TABLES order, deletes in
  the reverse. Each row in a savepoint: one the member may not write (row-level
  security), or whose parent was deleted meanwhile, is refused alone, not the batch.
- Per column, last writer wins by hybrid logical clock, but only between concurrent
  edits: a column the laptop had already pulled (set by a transaction below the laptop's
  cursor) is simply overwritten. The losing value of a real conflict is kept in
  sync_conflict. A deleted row stays deleted: a late edit or insert of it is dropped.
"""

from dataclasses import dataclass
from typing import Any

from psycopg import Cursor, errors, sql

from relationdesk.team.replica import RowChange, text_of
from relationdesk.team.tables import NOT_KEPT, SYNCED_TABLES, key_sql


@dataclass
class PushResult:
    applied: bool  # False: this batch had been applied before (nothing done now)
    changes: int = 0
    conflicts: int = 0
    refused: int = 0


def column_types(cur: Cursor) -> dict[tuple[str, str], str]:
    cur.execute("SELECT c.relname, a.attname, format_type(a.atttypid, NULL) FROM "
                "pg_attribute a JOIN pg_class c ON c.oid = a.attrelid WHERE c.relname = "
                "ANY(%s) AND c.relnamespace = 'public'::regnamespace AND a.attnum > 0 "
                "AND NOT a.attisdropped", (list(SYNCED_TABLES),))
    return {(t, c): kind for t, c, kind in cur.fetchall()}


def apply_batch(cur: Cursor, batch_id: str, replica_id: str, cursor: str | None,
                changes: list[RowChange]) -> PushResult:
    cur.execute("INSERT INTO sync_batch (id, replica_id, changes) VALUES (%s, %s, %s) "
                "ON CONFLICT (id) DO NOTHING RETURNING id", (batch_id, replica_id, len(changes)))
    if cur.fetchone() is None:
        return PushResult(applied=False)
    result = PushResult(applied=True)
    types = column_types(cur)
    order = {table: i for i, table in enumerate(SYNCED_TABLES)}
    writes = sorted((c for c in changes if c.op != "delete"), key=lambda c: order[c.table])
    deletes = sorted((c for c in changes if c.op == "delete"), key=lambda c: -order[c.table])
    for change in writes:
        _in_savepoint(cur, result, lambda c=change: _write(cur, c, replica_id, cursor,
                                                           types, result))
    for change in deletes:
        _in_savepoint(cur, result, lambda c=change: _delete(cur, c))
    return result


def _in_savepoint(cur: Cursor, result: PushResult, action: Any) -> None:
    cur.execute("SAVEPOINT sync_row")
    try:
        if action():
            result.changes += 1
        cur.execute("RELEASE SAVEPOINT sync_row")
    except (errors.InsufficientPrivilege, errors.IntegrityError, errors.CheckViolation):
        cur.execute("ROLLBACK TO SAVEPOINT sync_row")
        result.refused += 1


def _where(change: RowChange) -> sql.Composable:
    return sql.SQL("{} = {}").format(sql.SQL(key_sql(change.table)), sql.Literal(change.row_id))


def _cast(change: RowChange, column: str, types: dict[tuple[str, str], str]) -> sql.Composable:
    kind = types.get((change.table, column), "text")
    return sql.SQL("{}::{}").format(sql.Literal(text_of(change.values[column])), sql.SQL(kind))


def _write(cur: Cursor, change: RowChange, replica: str, cursor: str | None,
           types: dict[tuple[str, str], str], result: PushResult) -> bool:
    cur.execute("SELECT 1 FROM sync_deleted WHERE table_name = %s AND row_id = %s",
                (change.table, change.row_id))
    if cur.fetchone() is not None:
        return False  # a delete beats a concurrent edit
    names = list(change.values)
    table = sql.Identifier(change.table)
    cur.execute(sql.SQL("SELECT {} FROM {} WHERE {}").format(
        sql.SQL(", ").join(map(sql.Identifier, names)), table, _where(change)))
    current = cur.fetchone()
    if current is None:
        if change.op != "insert":
            return False  # gone (deleted with its parent) or not the member's to see
        cur.execute(sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
            table, sql.SQL(", ").join(map(sql.Identifier, names)),
            sql.SQL(", ").join(_cast(change, n, types) for n in names)))
        _set_clocks(cur, change, names, replica)
        return True
    server = dict(zip(names, current, strict=True))
    clocks = _clocks(cur, change, cursor)
    applied = []
    for name in names:
        ours, theirs = text_of(change.values[name]), text_of(server[name])
        clock = clocks.get(name)
        concurrent = clock is not None and clock[1] != replica and clock[3]
        if name in NOT_KEPT:
            ours = theirs  # no losing value worth keeping
        if not concurrent or change.clocks[name] > clock[0]:  # type: ignore[index]
            applied.append(name)
            if concurrent and ours != theirs:
                _keep(cur, change, name, theirs, clock[0], clock[2], change.clocks[name], None)  # type: ignore[index]
                result.conflicts += 1
        elif ours != theirs:
            _keep(cur, change, name, ours, change.clocks[name], None, clock[0], clock[2])  # type: ignore[index]
            result.conflicts += 1
    if applied:
        cur.execute(sql.SQL("UPDATE {} SET {} WHERE {}").format(
            table, sql.SQL(", ").join(
                sql.SQL("{} = {}").format(sql.Identifier(n), _cast(change, n, types))
                for n in applied),
            _where(change)))
        if cur.rowcount == 0:
            return False  # row-level security: not the member's to write
        _set_clocks(cur, change, applied, replica)
    return bool(applied)


def _clocks(cur: Cursor, change: RowChange,
            cursor: str | None) -> dict[str, tuple[str, str, str | None, bool]]:
    """column -> (clock, replica, member, unseen by this laptop)."""
    cur.execute(
        "SELECT column_name, hlc, replica_id, member_id, "
        "(%s::xid8 IS NULL OR xid >= %s::xid8) FROM sync_clock "
        "WHERE table_name = %s AND row_id = %s",
        (cursor, cursor, change.table, change.row_id))
    return {row[0]: (row[1], row[2], row[3], bool(row[4])) for row in cur.fetchall()}


def _set_clocks(cur: Cursor, change: RowChange, names: list[str], replica: str) -> None:
    for name in names:
        cur.execute(
            "INSERT INTO sync_clock (table_name, row_id, column_name, hlc, replica_id) "
            "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (table_name, row_id, column_name) "
            "DO UPDATE SET hlc = excluded.hlc, replica_id = excluded.replica_id, "
            "member_id = DEFAULT, xid = DEFAULT",
            (change.table, change.row_id, name, change.clocks[name], replica))


def _keep(cur: Cursor, change: RowChange, column: str, value: str | None, kept_hlc: str,
          kept_member: str | None, winning_hlc: str, winning_member: str | None) -> None:
    """The losing value of a conflict, kept to be listed and restored (None: the member
    pushing now)."""
    cur.execute(
        "INSERT INTO sync_conflict (table_name, row_id, customer_id, column_name, "
        "kept_value, kept_hlc, kept_member, winning_hlc, winning_member) VALUES "
        "(%s, %s, (SELECT customer_id FROM sync_change WHERE table_name = %s AND "
        "row_id = %s ORDER BY seq DESC LIMIT 1), %s, %s, %s, "
        "coalesce(%s, team_member_id()), %s, coalesce(%s, team_member_id()))",
        (change.table, change.row_id, change.table, change.row_id, column, value,
         kept_hlc, kept_member, winning_hlc, winning_member))


def _delete(cur: Cursor, change: RowChange) -> bool:
    cur.execute(sql.SQL("DELETE FROM {} WHERE {}").format(
        sql.Identifier(change.table), _where(change)))
    if cur.rowcount == 0:
        return False  # never on the server, gone already, or not the member's
    cur.execute("INSERT INTO sync_deleted (table_name, row_id, hlc) VALUES (%s, %s, %s) "
                "ON CONFLICT DO NOTHING", (change.table, change.row_id,
                                           max(change.clocks.values(), default="")))
    cur.execute("DELETE FROM sync_clock WHERE table_name = %s AND row_id = %s",
                (change.table, change.row_id))
    return True
