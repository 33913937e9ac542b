"""The evidence behind the five principles of a relationship of trust (docs/domain.md §1, §3).

Ratings after meetings, a give-and-take ledger and commitments; the scoring rules in
domain/principles.py turn them into a score per principle with its reasons.
"""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from relationdesk.domain.meetings import Side


class Principle(StrEnum):
    RECIPROCITY = "reciprocity"
    AUTONOMY = "autonomy"
    INTEGRITY = "integrity"
    LOYALTY = "loyalty"
    EQUITY = "equity"


class LedgerKind(StrEnum):
    """What one side gave the other, or a power play (the last two)."""

    CONCESSION = "concession"  # a discount or another concession
    EXTRA_WORK = "extra_work"
    RISK_ACCEPTED = "risk_accepted"
    INVESTMENT = "investment"  # time or money invested in the relationship
    FAVOUR = "favour"
    ONE_SIDED_DEMAND = "one_sided_demand"  # demanded a concession without giving anything
    RISK_SHIFTED = "risk_shifted"  # shifted a known risk onto the other side

    @property
    def is_power_play(self) -> bool:
        """The moves the autonomy principle warns about (docs/domain.md §1)."""
        return self in (LedgerKind.ONE_SIDED_DEMAND, LedgerKind.RISK_SHIFTED)


class CommitmentOutcome(StrEnum):
    OPEN = "open"
    KEPT = "kept"
    LATE = "late"
    BROKEN = "broken"


RATING_MIN, RATING_MAX = 1, 5


@dataclass(frozen=True)
class RatingFact:
    """The salesperson's own 1–5 rating of one principle, usually after a meeting."""

    when: datetime
    principle: Principle
    rating: int
    note: str = ""
    id: str = ""


@dataclass(frozen=True)
class LedgerFact:
    """Something `given_by` gave the other side (or a power play `given_by` made)."""

    when: datetime
    given_by: Side
    kind: LedgerKind
    value: float | None = None  # estimated, in the customer's currency; None if unknown
    returned: bool = False  # the other side gave something back for it
    description: str = ""
    id: str = ""


@dataclass(frozen=True)
class CommitmentFact:
    """A promise made by `made_by`, and how it turned out."""

    when: datetime  # when it was made
    made_by: Side
    outcome: CommitmentOutcome
    due: datetime | None = None
    description: str = ""
    id: str = ""
