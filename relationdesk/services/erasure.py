"""Erasing a customer or a person for good (GDPR erasure): first the rows, then the bytes.

A DELETE only marks pages free, and FTS5 keeps deleted entries in its segments until they
merge: the text would still be readable in the database file and its WAL. So after
deleting, the search index is merged, VACUUM rewrites the file without free pages and the
WAL is truncated. Backups made earlier still hold the data: the moment of the erasure is
noted (services/backup/erasures.py) so the backups dialog flags them and can purge them.
"""

from sqlmodel import col, delete

from relationdesk.db.database import Database
from relationdesk.db.models import Contact, Customer, Disclosure, Tombstone
from relationdesk.services import customer_editing
from relationdesk.services.backup.erasures import record_erasure
from relationdesk.services.errors import NotFound
from relationdesk.services.meeting_log import refresh_customer_summary


def erase_customer(db: Database, customer_id: str) -> None:
    """The customer, its contacts, meetings, disclosures and history, then their bytes."""
    customer_editing.delete_customer(db, customer_id)
    purge_deleted_content(db)
    record_erasure(db.path)


def erase_contact(db: Database, contact_id: str) -> None:
    """The person and what they disclosed (their disclosures would otherwise stay, with
    the link to them cleared), and the customer's stage and scores without them: all in
    one transaction, so a failure leaves the person whole."""
    with db.write() as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFound(contact_id)
        customer = session.get(Customer, contact.customer_id)
        session.exec(delete(Disclosure).where(col(Disclosure.contact_id) == contact_id))
        session.add(Tombstone(table_name="contact", row_id=contact_id))
        session.delete(contact)
        session.flush()
        if customer is not None:
            refresh_customer_summary(session, customer)
    purge_deleted_content(db)
    record_erasure(db.path)


def purge_deleted_content(db: Database) -> bool:
    """Leave no trace of deleted rows in the file or the WAL. False if another connection
    kept the WAL from being emptied (its old pages are then overwritten as work goes on)."""
    conn = db.reader
    conn.execute("INSERT INTO customer_search(customer_search) VALUES ('optimize')")
    conn.execute("VACUUM")
    busy, _frames, _copied = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return not busy
