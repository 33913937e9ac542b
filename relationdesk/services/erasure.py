"""Erasing a customer or a person for good (GDPR erasure): first the rows, then the bytes.

A DELETE only marks pages free, and FTS5 keeps deleted entries in its segments until they
merge: the text would still be readable in the database file and its WAL. So after
deleting, the search index is merged, VACUUM rewrites the file without free pages and the
WAL is truncated. Backups made earlier still hold the data: the moment of the erasure is
noted (services/backup/erasures.py) so the backups dialog flags them and can purge them.
"""

import sqlite3
from collections.abc import Iterable

from sqlmodel import Session, col, delete

from relationdesk.db.database import Database
from relationdesk.db.models import Contact, Customer, Disclosure, Tombstone
from relationdesk.domain.mentions import Mention, excerpt, mention_spans, name_patterns, redact
from relationdesk.services import customer_editing
from relationdesk.services.backup.erasures import record_erasure
from relationdesk.services.errors import NotFound
from relationdesk.services.meeting_log import refresh_customer_summary


def erase_customer(db: Database, customer_id: str) -> None:
    """The customer, its contacts, meetings, disclosures and history, then their bytes."""
    customer_editing.delete_customer(db, customer_id)
    purge_deleted_content(db)
    record_erasure(db.path)


# Every free-text column where a person may be named by others.
FREE_TEXT: tuple[tuple[str, str], ...] = (
    ("customer", "notes"),
    ("contact", "notes"),
    ("meeting", "summary"),
    ("meeting", "next_steps"),
    ("meeting", "place"),
    ("disclosure", "text"),
    ("follow_up", "title"),
    ("ledger_entry", "description"),
    ("commitment", "description"),
    ("stage_change", "note"),
    ("principle_rating", "note"),
    ("lifecycle_change", "reason"),
    ("recommendation", "note"),
    ("referral", "note"),
    ("economics_period", "note"),
)


def find_mentions(conn: sqlite3.Connection, contact_id: str) -> list[Mention]:
    """Where the person is named in free text, anywhere (their own rows go anyway)."""
    row = conn.execute("SELECT full_name FROM contact WHERE id = ?", [contact_id]).fetchone()
    if row is None:
        raise NotFound(contact_id)
    patterns = name_patterns(row[0])
    found = []
    for table, column in FREE_TEXT:
        own = " AND contact_id IS NOT ?" if table in ("disclosure", "recommendation") else ""
        own = " AND id <> ?" if table == "contact" else own
        params = [contact_id] if own else []
        for row_id, text in conn.execute(
            f"SELECT id, {column} FROM {table} WHERE {column} <> ''{own}", params
        ):
            if text and mention_spans(text, patterns):
                whole = bool(mention_spans(text, patterns[:1]))
                found.append(Mention(table, row_id, column, excerpt(text, patterns), whole))
    return found


def erase_contact(db: Database, contact_id: str, redact_in: Iterable[Mention] = ()) -> None:
    """The person and what they disclosed (their disclosures would otherwise stay, with
    the link to them cleared), their name in the free texts the user confirmed
    (`redact_in`, from find_mentions), and the customer's stage and scores without them:
    all in one transaction, so a failure leaves the person whole."""
    with db.write() as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFound(contact_id)
        _redact(session, name_patterns(contact.full_name), redact_in)
        customer = session.get(Customer, contact.customer_id)
        session.exec(delete(Disclosure).where(col(Disclosure.contact_id) == contact_id))
        session.add(Tombstone(table_name="contact", row_id=contact_id))
        session.delete(contact)
        session.flush()
        if customer is not None:
            refresh_customer_summary(session, customer)
    purge_deleted_content(db)
    record_erasure(db.path)


def _redact(session: Session, patterns: list[list[str]], mentions: Iterable[Mention]) -> None:
    """Replace the name in each confirmed text (read again: it may have changed)."""
    conn = session.connection()
    for mention in mentions:
        if (mention.table, mention.column) not in FREE_TEXT:
            raise ValueError(mention)  # never a table or column name from elsewhere
        text = conn.exec_driver_sql(
            f"SELECT {mention.column} FROM {mention.table} WHERE id = ?", (mention.row_id,)
        ).scalar()
        if text:
            conn.exec_driver_sql(
                f"UPDATE {mention.table} SET {mention.column} = ? WHERE id = ?",
                (redact(text, patterns), mention.row_id),
            )


def purge_deleted_content(db: Database) -> bool:
    """Leave no trace of deleted rows in the file or the WAL. False if another connection
    kept the WAL from being emptied (its old pages are then overwritten as work goes on)."""
    conn = db.reader
    conn.execute("INSERT INTO customer_search(customer_search) VALUES ('optimize')")
    conn.execute("VACUUM")
    busy, _frames, _copied = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return not busy
