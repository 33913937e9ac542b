"""Applying a pull on the laptop: one SQLite transaction with the new cursor, so a pull
lands whole or not at all. The change triggers are off meanwhile (sync_state.applying):
what comes from the server is not pushed back. Then what is derived is recomputed for
every customer touched, and rows that left the laptop are purged from the file.
"""

from dataclasses import dataclass, field

from relationdesk.db import driver
from relationdesk.db.database import Database
from relationdesk.db.models import Customer
from relationdesk.db.purge import purge_deleted_content
from relationdesk.services.lifecycle import refresh_cached_stage
from relationdesk.services.meeting_log import refresh_customer_summary
from relationdesk.team import replica
from relationdesk.team.sync_pull import Pulled
from relationdesk.team.tables import SYNCED_TABLES, key_columns


@dataclass
class Applied:
    changes: int = 0
    customers: set[str] = field(default_factory=set)
    clean: bool = True  # False: deleted content is still in the file (a reader held it)


def apply_pull(db: Database, pulled: Pulled, pushed: dict[str, set[str]] | None = None) -> Applied:
    applied = Applied()
    deleted = 0
    with db.write() as session:
        raw = session.connection().connection.driver_connection
        assert isinstance(raw, driver.Connection)  # SQLCipher's connection, same API
        raw.execute("UPDATE sync_state SET applying = 1")
        raw.execute("PRAGMA defer_foreign_keys = ON")
        pending = replica.pending_columns(raw)
        fetched: dict[str, set[str]] = {}
        for table in SYNCED_TABLES:
            names, rows = pulled.rows[table]
            at = [names.index(k) for k in key_columns(table)]
            fetched[table] = {"|".join(str(row[i]) for i in at) for row in rows}
        for table in reversed(SYNCED_TABLES):  # children first
            candidates = (replica.local_keys(raw, table) if pulled.full
                          else pulled.touched.get(table, set()))
            gone = candidates - fetched[table]
            applied.customers |= replica.customers_of(raw, table, gone)
            deleted += replica.delete_rows(raw, table, gone, pending)
        # Derived data depends on the rows under a customer and a few of its own columns:
        # a customer whose name or notes alone changed needs no recomputation.
        recompute = set(applied.customers)
        before = replica.customer_inputs(raw, fetched["customer"])
        for table in SYNCED_TABLES:
            names, rows = pulled.rows[table]
            replica.upsert_rows(raw, table, names, rows, pending)
            mine = (pushed or {}).get(table, set())
            applied.changes += len(fetched[table] - mine)
            if table != "customer" and not pulled.full:  # a first pull: all of them
                recompute |= replica.customers_of(raw, table, fetched[table])
        after = replica.customer_inputs(raw, fetched["customer"])
        recompute |= {c for c, inputs in after.items() if before.get(c) != inputs}
        recompute |= replica.never_computed(raw, fetched["customer"])
        if pulled.full:
            recompute |= fetched["customer"]
        applied.customers |= recompute | fetched["customer"]
        applied.changes += deleted
        for customer_id in sorted(recompute):
            customer = session.get(Customer, customer_id)
            if customer is not None:
                refresh_customer_summary(session, customer)
                refresh_cached_stage(session, customer)
        session.flush()
        raw.execute(
            "UPDATE sync_state SET applying = 0, pull_cursor = ?, "
            "last_sync_at = strftime('%Y-%m-%d %H:%M:%f', 'now'), "
            "hlc_wall = max(hlc_wall, ?)", [pulled.horizon, pulled.server_wall_ms])
    if deleted:
        applied.clean = purge_deleted_content(db.reader, db.path)
    return applied
