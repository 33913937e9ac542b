"""Creating, changing and deleting customers and contacts: validated, one transaction each."""

from sqlmodel import select

from relationdesk.db.database import Database
from relationdesk.db.models import Contact, Customer, Tombstone, utc_now
from relationdesk.domain.customers import (
    ContactFields,
    CustomerFields,
    validate_contact,
    validate_customer,
)
from relationdesk.domain.text import fold
from relationdesk.services.errors import NotFound, ValidationFailed

__all__ = ["NotFound", "ValidationFailed"]  # also raised from here; defined in services.errors


def _valid_customer(fields: CustomerFields) -> CustomerFields:
    cleaned = fields.cleaned()
    errors = validate_customer(cleaned)
    if errors:
        raise ValidationFailed(errors)
    return cleaned


def _valid_contact(fields: ContactFields) -> ContactFields:
    cleaned = fields.cleaned()
    errors = validate_contact(cleaned)
    if errors:
        raise ValidationFailed(errors)
    return cleaned


def apply_customer_fields(row: Customer, fields: CustomerFields) -> None:
    """Copy validated fields onto a customer row (new or existing); importers use it too."""
    row.name = fields.name
    row.sort_key = fold(fields.name)
    row.industry = fields.industry
    row.city = fields.city
    row.country = fields.country
    row.owner = fields.owner
    row.notes = fields.notes
    row.currency = fields.currency
    row.updated_at = utc_now()


def apply_contact_fields(row: Contact, fields: ContactFields) -> None:
    """Copy validated fields onto a contact row (new or existing); importers use it too."""
    row.full_name = fields.full_name
    row.sort_key = fold(fields.full_name)
    row.job_title = fields.job_title
    row.buying_role = fields.buying_role.value
    row.influence = fields.influence.value
    row.email = fields.email
    row.phone = fields.phone
    row.mobile = fields.mobile
    row.preferred_language = fields.preferred_language
    row.notes = fields.notes
    row.updated_at = utc_now()


def create_customer(db: Database, fields: CustomerFields) -> str:
    cleaned = _valid_customer(fields)
    with db.write() as session:
        row = Customer(name=cleaned.name, sort_key="")
        apply_customer_fields(row, cleaned)
        session.add(row)
        return row.id


def update_customer(db: Database, customer_id: str, fields: CustomerFields) -> None:
    cleaned = _valid_customer(fields)
    with db.write() as session:
        row = session.get(Customer, customer_id)
        if row is None:
            raise NotFound(customer_id)
        apply_customer_fields(row, cleaned)


def delete_customer(db: Database, customer_id: str) -> None:
    """A real delete of the customer and its contacts, leaving content-free tombstones."""
    with db.write() as session:
        row = session.get(Customer, customer_id)
        if row is None:
            raise NotFound(customer_id)
        contact_ids = session.exec(
            select(Contact.id).where(Contact.customer_id == customer_id)
        ).all()
        for contact_id in contact_ids:
            session.add(Tombstone(table_name="contact", row_id=contact_id))
        session.add(Tombstone(table_name="customer", row_id=customer_id))
        session.delete(row)  # contacts go with it: ON DELETE CASCADE


def create_contact(db: Database, customer_id: str, fields: ContactFields) -> str:
    cleaned = _valid_contact(fields)
    with db.write() as session:
        if session.get(Customer, customer_id) is None:
            raise NotFound(customer_id)
        row = Contact(customer_id=customer_id, full_name=cleaned.full_name)
        apply_contact_fields(row, cleaned)
        session.add(row)
        return row.id


def update_contact(db: Database, contact_id: str, fields: ContactFields) -> None:
    cleaned = _valid_contact(fields)
    with db.write() as session:
        row = session.get(Contact, contact_id)
        if row is None:
            raise NotFound(contact_id)
        apply_contact_fields(row, cleaned)
