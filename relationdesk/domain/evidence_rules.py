"""When evidence may be recorded: refused values say why, in the user's language (UI)."""

from dataclasses import dataclass
from datetime import datetime

from relationdesk.domain.evidence import (
    RATING_MAX,
    RATING_MIN,
    CommitmentOutcome,
    LedgerKind,
    Principle,
)
from relationdesk.domain.meetings import Side
from relationdesk.domain.validation import FieldError, Problem

KNOWN_CURRENCY_LENGTH = 3


@dataclass
class LedgerFields:
    customer_id: str
    given_by: Side
    kind: LedgerKind
    occurred_at: datetime
    description: str = ""
    value: float | None = None
    returned_by_id: str | None = None  # the other side's entry that returned this one


@dataclass
class CommitmentFields:
    customer_id: str
    made_by: Side
    description: str
    made_at: datetime
    due_at: datetime | None = None
    outcome: CommitmentOutcome = CommitmentOutcome.OPEN


def validate_rating(principle: Principle, rating: int) -> list[FieldError]:
    if not RATING_MIN <= rating <= RATING_MAX:
        return [FieldError(f"rating.{principle.value}", Problem.RATING_OUT_OF_RANGE)]
    return []


def validate_ledger(fields: LedgerFields) -> list[FieldError]:
    errors = []
    if fields.value is not None and fields.value < 0:
        errors.append(FieldError("value", Problem.NEGATIVE_VALUE))
    if not fields.description.strip():
        errors.append(FieldError("description", Problem.REQUIRED))
    return errors


def validate_commitment(fields: CommitmentFields) -> list[FieldError]:
    errors = []
    if not fields.description.strip():
        errors.append(FieldError("description", Problem.REQUIRED))
    if fields.due_at is not None and fields.due_at.date() < fields.made_at.date():
        errors.append(FieldError("due_at", Problem.DUE_BEFORE_MEETING))
    return errors


def validate_return_link(
    entry_customer: str, entry_side: Side, returner_customer: str, returner_side: Side
) -> list[FieldError]:
    """A return comes from the same customer's relationship, and from the other side."""
    if returner_customer != entry_customer or returner_side == entry_side:
        return [FieldError("returned_by", Problem.FOREIGN_RETURN)]
    return []
