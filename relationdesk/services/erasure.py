"""Erasing a customer or a person for good (GDPR erasure): first the rows, then the bytes.

A DELETE only marks pages free: db/purge.py then removes the deleted content from the
file and its WAL, and says when another reader kept it from finishing (the clean-up is
then pending until the next open; the caller must say so, never report success early).
The person's name goes from the other texts the user confirms, and from unsaved meeting
drafts. Backups made earlier still hold the data: the moment of the erasure is noted
(services/backup/erasures.py) so the backups dialog flags them and can purge them.
"""

import sqlite3
from collections.abc import Iterable

from sqlmodel import Session, col, delete, select

from relationdesk.db.database import Database
from relationdesk.db.models import Contact, Customer, Disclosure, MeetingDraft, Tombstone
from relationdesk.db.purge import purge_deleted_content as purge_file
from relationdesk.domain.mentions import Mention, excerpt, mention_spans, name_patterns, redact
from relationdesk.services import customer_editing
from relationdesk.services.backup.erasures import record_erasure
from relationdesk.services.errors import NotFound
from relationdesk.services.meeting_log import refresh_customer_summary

# A mention of one of a customer's people: (that person's contact id, the mention).
PersonMention = tuple[str, Mention]


def erase_customer(db: Database, customer_id: str, redact_in: Iterable[PersonMention] = ()) -> bool:
    """The customer, its contacts, meetings, disclosures, history and drafts, its people's
    names in the other customers' texts the user confirmed (`redact_in`, from
    customer_mentions), then their bytes. False: the clean-up of the file is pending."""
    with db.write() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise NotFound(customer_id)
        _secure_delete(session)
        people = dict(
            session.exec(
                select(Contact.id, Contact.full_name).where(Contact.customer_id == customer_id)
            ).all()
        )
        chosen = list(redact_in)
        for contact_id, full_name in people.items():
            mine = [mention for person, mention in chosen if person == contact_id]
            _redact(session, name_patterns(full_name), mine)
        _erase_drafts(session, [customer.name, *people.values()], [customer_id, *people])
    customer_editing.delete_customer(db, customer_id)
    return _purge(db)


def customer_mentions(conn: sqlite3.Connection, customer_id: str) -> list[PersonMention]:
    """Where the customer's people are named in texts that stay (other customers')."""
    found: list[PersonMention] = []
    people = conn.execute("SELECT id FROM contact WHERE customer_id = ?", [customer_id])
    for (contact_id,) in people.fetchall():
        for mention in find_mentions(conn, contact_id):
            if not _belongs_to(conn, mention, customer_id):
                found.append((contact_id, mention))
    return found


def _belongs_to(conn: sqlite3.Connection, mention: Mention, customer_id: str) -> bool:
    """The text's row goes with the customer (and so needs no redaction)."""
    owners = {
        "customer": ("id",),
        "referral": ("sponsor_customer_id", "referred_customer_id"),
    }.get(mention.table, ("customer_id",))
    where = " OR ".join(f"{owner} = ?" for owner in owners)
    row = conn.execute(
        f"SELECT 1 FROM {mention.table} WHERE id = ? AND ({where})",
        [mention.row_id, *[customer_id] * len(owners)],
    ).fetchone()
    return row is not None


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


def erase_contact(db: Database, contact_id: str, redact_in: Iterable[Mention] = ()) -> bool:
    """The person and what they disclosed (their disclosures would otherwise stay, with
    the link to them cleared), their name in the free texts the user confirmed
    (`redact_in`, from find_mentions), and the customer's stage and scores without them:
    all in one transaction, so a failure leaves the person whole. Drafts naming them go
    too. False: the clean-up of the file is pending (another reader)."""
    with db.write() as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFound(contact_id)
        _secure_delete(session)
        _redact(session, name_patterns(contact.full_name), redact_in)
        _erase_drafts(session, [contact.full_name], [contact_id])
        customer = session.get(Customer, contact.customer_id)
        session.exec(delete(Disclosure).where(col(Disclosure.contact_id) == contact_id))
        session.add(Tombstone(table_name="contact", row_id=contact_id))
        session.delete(contact)
        session.flush()
        if customer is not None:
            refresh_customer_summary(session, customer)
    return _purge(db)


def _purge(db: Database) -> bool:
    record_erasure(db.path)  # first: backups made until now hold the data, whatever follows
    return purge_deleted_content(db)


def _secure_delete(session: Session) -> None:
    """Deleted content is overwritten with zeros, not only marked free."""
    session.connection().exec_driver_sql("PRAGMA secure_delete=ON")


def _erase_drafts(session: Session, names: list[str], ids: list[str]) -> None:
    """Unsaved meeting drafts that name the people or link to them go with them."""
    patterns = [pattern for name in names for pattern in name_patterns(name)[:1]]
    for draft in session.exec(select(MeetingDraft)).all():
        if (
            draft.customer_id in ids
            or any(row_id in draft.content for row_id in ids)
            or mention_spans(draft.content, patterns)
        ):
            session.delete(draft)


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
    kept them from being cleaned: the clean-up is then finished at the next open."""
    return purge_file(db.reader, db.path)
