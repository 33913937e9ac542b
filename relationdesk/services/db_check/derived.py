"""What the app derives and keeps in step: the customer search index and each customer's
last-meeting and next-follow-up dates and lifecycle stage."""

import sqlite3

from relationdesk.db import driver
from relationdesk.services.db_check.base import READONLY_CODE, Issue, count_rows, is_damage

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
    except driver.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", 0) & 0xFF == READONLY_CODE:
            return None  # a read-only connection cannot run it; the row checks still do
        if not is_damage(error):
            raise
        return str(error)
    return None


def search_issues(conn: sqlite3.Connection) -> list[Issue]:
    issues = []
    damage = _search_index_damage(conn)
    if damage is not None:
        issues.append(Issue("index_corrupt", "customer_search", 1, damage))
    for problem, sql in _SEARCH_QUERIES:
        count = count_rows(conn, sql)
        if count:
            issues.append(Issue(problem, "customer_search", count))
    return issues


def repair_search(conn: sqlite3.Connection) -> None:
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
    (
        "lifecycle_stage",  # the newest move's stage; a customer without moves is a prospect
        "coalesce((SELECT l.stage FROM lifecycle_change l WHERE l.customer_id = customer.id"
        " ORDER BY l.changed_on DESC, l.created_at DESC LIMIT 1), 'prospect')",
    ),
)


def derived_issues(conn: sqlite3.Connection) -> list[Issue]:
    issues = []
    for column, expected in _DERIVED:
        count = count_rows(conn, f"SELECT count(*) FROM customer WHERE {column} IS NOT {expected}")
        if count:
            issues.append(Issue(column, "customer", count))
    return issues


def repair_derived(conn: sqlite3.Connection) -> None:
    for column, expected in _DERIVED:
        conn.execute(f"UPDATE customer SET {column} = {expected} WHERE {column} IS NOT {expected}")
