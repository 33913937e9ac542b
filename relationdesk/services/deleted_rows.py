"""Taking a delete back (Undo): the rows a delete removes are read first, and put back
as they were, with the same ids, the tombstone withdrawn and the customer's derived
columns refreshed.

Only for ordinary deletes of one record: an erasure (GDPR) is never kept anywhere, and
a deleted customer comes back only from a backup."""

import sqlite3
from dataclasses import dataclass

from relationdesk.db.database import Database

# What deleting a row of a table takes with it (ON DELETE CASCADE, by this column) and
# what it only unlinks (ON DELETE SET NULL): the schema's foreign keys, written out.
_CASCADES: dict[str, tuple[tuple[str, str], ...]] = {
    "meeting": (("meeting_attendee", "meeting_id"), ("disclosure", "meeting_id")),
}
_UNLINKS: dict[str, tuple[tuple[str, str], ...]] = {
    "meeting": (("follow_up", "meeting_id"), ("principle_rating", "meeting_id")),
    "ledger_entry": (("ledger_entry", "returned_by_id"),),
}


@dataclass(frozen=True)
class DeletedRows:
    """A record and what its delete takes along, as they were before."""

    table: str
    row_id: str
    customer_id: str | None
    rows: tuple[tuple[str, tuple[str, ...], tuple[object, ...]], ...]  # table, columns, values
    links: tuple[tuple[str, str, str], ...]  # table, column, id of a row that pointed here


def _select(
    conn: sqlite3.Connection, table: str, column: str, value: str
) -> list[tuple[str, tuple[str, ...], tuple[object, ...]]]:
    # Table and column names come from the constants above, never from input.
    cursor = conn.execute(f'SELECT * FROM "{table}" WHERE "{column}" = ?', [value])
    columns = tuple(description[0] for description in cursor.description)
    return [(table, columns, tuple(row)) for row in cursor.fetchall()]


def read_before_delete(conn: sqlite3.Connection, table: str, row_id: str) -> DeletedRows:
    """Everything deleting `row_id` from `table` would remove or unlink."""
    rows = _select(conn, table, "id", row_id)
    for child, column in _CASCADES.get(table, ()):
        rows += _select(conn, child, column, row_id)
    links = tuple(
        (child, column, str(found[0]))
        for child, column in _UNLINKS.get(table, ())
        for found in conn.execute(f'SELECT id FROM "{child}" WHERE "{column}" = ?', [row_id])
    )
    customer_id = None
    if rows and "customer_id" in rows[0][1]:
        customer_id = str(rows[0][2][rows[0][1].index("customer_id")])
    return DeletedRows(table, row_id, customer_id, tuple(rows), links)


def put_back(db: Database, deleted: DeletedRows) -> None:
    """Insert the rows again as they were, relink, and withdraw the tombstone."""
    from relationdesk.db.models import Customer
    from relationdesk.services.lifecycle import refresh_cached_stage
    from relationdesk.services.meeting_log import refresh_customer_summary
    from relationdesk.services.scores import refresh_customer_scores

    with db.write() as session:
        connection = session.connection()
        for table, columns, values in deleted.rows:
            names = ", ".join(f'"{name}"' for name in columns)
            marks = ", ".join("?" for _ in columns)
            connection.exec_driver_sql(
                f'INSERT INTO "{table}" ({names}) VALUES ({marks})', tuple(values)
            )
        for table, column, linked_id in deleted.links:
            connection.exec_driver_sql(
                f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', (deleted.row_id, linked_id)
            )
        connection.exec_driver_sql(
            "DELETE FROM tombstone WHERE table_name = ? AND row_id = ?",
            (deleted.table, deleted.row_id),
        )
        customer = session.get(Customer, deleted.customer_id) if deleted.customer_id else None
        if customer is None:
            return
        session.flush()
        if deleted.table == "meeting":
            refresh_customer_summary(session, customer)
        elif deleted.table == "ledger_entry":
            refresh_customer_scores(session, customer)
        elif deleted.table == "lifecycle_change":
            refresh_cached_stage(session, customer)
