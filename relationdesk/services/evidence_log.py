"""Recording the principles' evidence: one transaction each, scores refreshed at once.

Only the customer whose evidence changed is rescored (services/scores.py), never the
whole portfolio.
"""

from datetime import datetime

from sqlmodel import Session

from relationdesk.db.database import Database
from relationdesk.db.models import (
    Commitment,
    Customer,
    LedgerEntry,
    PrincipleRating,
    stored,
    utc_now,
)
from relationdesk.domain.evidence import CommitmentOutcome, Principle
from relationdesk.domain.evidence_rules import (
    CommitmentFields,
    LedgerFields,
    validate_commitment,
    validate_ledger,
    validate_rating,
    validate_return_link,
)
from relationdesk.domain.meetings import Side
from relationdesk.services.errors import NotFound, ValidationFailed
from relationdesk.services.row_deletion import delete_with_tombstone, existing
from relationdesk.services.scores import refresh_customer_scores


def _customer(session: Session, customer_id: str) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(customer_id)
    return customer


def add_ratings(
    session: Session,
    customer_id: str,
    ratings: dict[Principle, tuple[int, str]],
    rated_at: datetime,
    meeting_id: str | None = None,
) -> None:
    """Inside a caller's transaction (the meeting dialog saves ratings with its meeting)."""
    errors = [e for p, (value, _note) in ratings.items() for e in validate_rating(p, value)]
    if errors:
        raise ValidationFailed(errors)
    for principle, (value, note) in ratings.items():
        session.add(
            PrincipleRating(
                customer_id=customer_id,
                meeting_id=meeting_id,
                principle=principle.value,
                rating=value,
                note=note.strip(),
                rated_at=stored(rated_at),
            )
        )


def save_ratings(
    db: Database, customer_id: str, ratings: dict[Principle, tuple[int, str]], rated_at: datetime
) -> None:
    with db.write() as session:
        customer = _customer(session, customer_id)
        add_ratings(session, customer_id, ratings, rated_at)
        session.flush()
        refresh_customer_scores(session, customer)


def save_ledger_entry(db: Database, fields: LedgerFields, entry_id: str | None = None) -> str:
    errors = validate_ledger(fields)
    if errors:
        raise ValidationFailed(errors)
    with db.write() as session:
        customer = _customer(session, fields.customer_id)
        if fields.returned_by_id is not None:
            returner = session.get(LedgerEntry, fields.returned_by_id)
            link_errors = (
                validate_return_link(
                    fields.customer_id,
                    fields.given_by,
                    returner.customer_id,
                    Side(returner.given_by),
                )
                if returner is not None and returner.id != entry_id
                else validate_return_link(fields.customer_id, fields.given_by, "", fields.given_by)
            )
            if link_errors:
                raise ValidationFailed(link_errors)
        entry = (
            LedgerEntry(
                customer_id=customer.id,
                given_by=fields.given_by.value,
                kind=fields.kind.value,
                occurred_at=stored(fields.occurred_at),
            )
            if entry_id is None
            else session.get(LedgerEntry, entry_id)
        )
        if entry is None or entry.customer_id != customer.id:
            raise NotFound(entry_id or "")
        entry.given_by = fields.given_by.value
        entry.kind = fields.kind.value
        entry.description = fields.description.strip()
        entry.value = fields.value
        entry.occurred_at = stored(fields.occurred_at)
        entry.returned_by_id = fields.returned_by_id
        entry.updated_at = utc_now()
        session.add(entry)
        session.flush()
        refresh_customer_scores(session, customer)
        return entry.id


def delete_ledger_entry(db: Database, entry_id: str) -> None:
    with db.write() as session:
        entry = existing(session, LedgerEntry, entry_id)
        customer = _customer(session, entry.customer_id)
        delete_with_tombstone(
            session, entry
        )  # entries it returned lose the link: ON DELETE SET NULL
        session.flush()
        refresh_customer_scores(session, customer)


def save_commitment(
    db: Database, fields: CommitmentFields, commitment_id: str | None = None
) -> str:
    errors = validate_commitment(fields)
    if errors:
        raise ValidationFailed(errors)
    with db.write() as session:
        customer = _customer(session, fields.customer_id)
        row = (
            Commitment(
                customer_id=customer.id,
                made_by=fields.made_by.value,
                description=fields.description,
                made_at=stored(fields.made_at),
            )
            if commitment_id is None
            else session.get(Commitment, commitment_id)
        )
        if row is None or row.customer_id != customer.id:
            raise NotFound(commitment_id or "")
        if row.outcome != fields.outcome.value:
            row.resolved_at = None if fields.outcome is CommitmentOutcome.OPEN else utc_now()
        row.made_by = fields.made_by.value
        row.description = fields.description.strip()
        row.made_at = stored(fields.made_at)
        row.due_at = stored(fields.due_at) if fields.due_at else None
        row.outcome = fields.outcome.value
        row.updated_at = utc_now()
        session.add(row)
        session.flush()
        refresh_customer_scores(session, customer)
        return row.id


def delete_commitment(db: Database, commitment_id: str) -> None:
    with db.write() as session:
        row = existing(session, Commitment, commitment_id)
        customer = _customer(session, row.customer_id)
        delete_with_tombstone(session, row)
        session.flush()
        refresh_customer_scores(session, customer)
