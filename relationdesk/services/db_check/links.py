"""Links between rows: SQLite's foreign-key check, and rows whose parents disagree about
which customer they belong to."""

import sqlite3
from dataclasses import dataclass

from relationdesk.services.db_check.base import Issue, count_rows, quote

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
    nullable = {row[1]: not row[3] for row in conn.execute(f"PRAGMA table_info({quote(table)})")}
    grouped: dict[int, list[tuple[str, str, str]]] = {}
    for fk_id, _seq, parent, column, _to, _on_update, on_delete, _match in conn.execute(
        f"PRAGMA foreign_key_list({quote(table)})"
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


def foreign_key_issues(conn: sqlite3.Connection) -> list[Issue]:
    """Rows pointing at a parent that is gone (possible only with foreign keys off)."""
    counts: dict[_Link, int] = {}
    for link, _rowid in _foreign_key_violations(conn):
        counts[link] = counts.get(link, 0) + 1
    return [
        Issue("dangling_links" if link.clears else "orphan_rows", link.subject, count)
        for link, count in counts.items()
    ]


def repair_foreign_keys(conn: sqlite3.Connection) -> None:
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
                assignments = ", ".join(f"{quote(c)} = NULL" for c in link.columns)
                conn.execute(
                    f"UPDATE {quote(link.table)} SET {assignments} WHERE rowid = ?", (rowid,)
                )
            else:
                conn.execute(f"DELETE FROM {quote(link.table)} WHERE rowid = ?", (rowid,))


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


def orphan_issues(conn: sqlite3.Connection) -> list[Issue]:
    issues = []
    for problem, table, where, _set in _ORPHAN_RULES:
        count = count_rows(conn, f"SELECT count(*) FROM {table} WHERE {where}")
        if count:
            issues.append(Issue(problem, table, count))
    return issues


def repair_orphans(conn: sqlite3.Connection) -> None:
    for _problem, table, where, assignment in _ORPHAN_RULES:  # in order: customer first
        if assignment is None:
            conn.execute(f"DELETE FROM {table} WHERE {where}")
        else:
            conn.execute(f"UPDATE {table} SET {assignment} WHERE {where}")
