"""Kept values as the window's conflicts dialog shows them: each with its customer's name
and the value this laptop holds now; and settling one (the value in use stays: it is
marked so, and no longer listed). Restoring is conflicts.restore."""

from dataclasses import dataclass

from relationdesk.db.database import Database
from relationdesk.team import conflicts, credentials, replica
from relationdesk.team.conflicts import KeptValue
from relationdesk.team.tables import key_sql


@dataclass(frozen=True)
class Conflict:
    kept: KeptValue
    customer: str  # the customer's name ("" when the row is not on this laptop)
    current: str | None  # the value in use on this laptop (the one that won)


def _customer_name(db: Database, kept: KeptValue) -> str:
    ids = replica.customers_of(db.reader, kept.table, {kept.row_id})
    if not ids:
        return ""
    row = db.reader.execute("SELECT name FROM customer WHERE id = ?", [min(ids)]).fetchone()
    return str(row[0]) if row else ""


def _current(db: Database, kept: KeptValue) -> str | None:
    if kept.column not in replica.columns(db.reader, kept.table):
        return None
    row = db.reader.execute(f"SELECT {kept.column} FROM {kept.table} "
                            f"WHERE {key_sql(kept.table)} = ?", [kept.row_id]).fetchone()
    return replica.text_of(row[0]) if row else None


def open_conflicts(db: Database) -> list[Conflict]:
    """The kept values not restored or settled yet (network: off the GUI thread)."""
    return [Conflict(k, _customer_name(db, k), _current(db, k))
            for k in conflicts.list_kept(db) if not k.restored]


def settle(db: Database, conflict_id: int) -> None:
    """The value in use stays; the kept one is marked settled (as a restore marks it)."""
    from relationdesk.team.sync import check_server, connect

    server = conflicts._server(db)
    with connect(server, credentials.load(server)) as conn, conn.cursor() as cur:
        check_server(cur)
        cur.execute("UPDATE sync_conflict SET restored_at = now() WHERE id = %s", (conflict_id,))
        conn.commit()
