"""The principles' evidence of one customer, as the scoring rules see it.

Plain SQL on a sqlite3 connection (the GUI's reader, or a write transaction's own), like
relationship_facts. All of it, however old: the rules weigh old evidence down themselves.
"""

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from relationdesk.domain.evidence import (
    CommitmentFact,
    CommitmentOutcome,
    LedgerFact,
    LedgerKind,
    Principle,
    RatingFact,
)
from relationdesk.domain.meetings import Side


def _time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def rating_facts(conn: sqlite3.Connection, customer_id: str) -> list[RatingFact]:
    return [
        RatingFact(datetime.fromisoformat(r[0]), Principle(r[1]), int(r[2]), r[3], r[4])
        for r in conn.execute(
            "SELECT rated_at, principle, rating, note, id FROM principle_rating "
            "WHERE customer_id = ? ORDER BY rated_at",
            [customer_id],
        )
    ]


def ledger_facts(conn: sqlite3.Connection, customer_id: str) -> list[LedgerFact]:
    """Entries with `returned` set when another entry is linked as their return."""
    return [
        LedgerFact(
            datetime.fromisoformat(r[0]), Side(r[1]), LedgerKind(r[2]), r[3], bool(r[4]), r[5], r[6]
        )
        for r in conn.execute(
            "SELECT occurred_at, given_by, kind, value, returned_by_id IS NOT NULL, "
            "description, id FROM ledger_entry WHERE customer_id = ? ORDER BY occurred_at",
            [customer_id],
        )
    ]


def commitment_facts(conn: sqlite3.Connection, customer_id: str) -> list[CommitmentFact]:
    return [
        CommitmentFact(
            datetime.fromisoformat(r[0]),
            Side(r[1]),
            CommitmentOutcome(r[2]),
            _time(r[3]),
            r[4],
            r[5],
        )
        for r in conn.execute(
            "SELECT made_at, made_by, outcome, due_at, description, id FROM commitment "
            "WHERE customer_id = ? ORDER BY made_at",
            [customer_id],
        )
    ]


@dataclass(frozen=True)
class LedgerRow:
    """A ledger entry for display, with the entry that returned it."""

    id: str
    occurred_at: datetime
    given_by: Side
    kind: LedgerKind
    description: str
    value: float | None
    returned_by_id: str | None
    returned_by_description: str


def ledger_rows(conn: sqlite3.Connection, customer_id: str) -> list[LedgerRow]:
    return [
        LedgerRow(
            r[0],
            datetime.fromisoformat(r[1]),
            Side(r[2]),
            LedgerKind(r[3]),
            r[4],
            r[5],
            r[6],
            r[7] or "",
        )
        for r in conn.execute(
            "SELECT e.id, e.occurred_at, e.given_by, e.kind, e.description, e.value, "
            "e.returned_by_id, r.description FROM ledger_entry e "
            "LEFT JOIN ledger_entry r ON r.id = e.returned_by_id "
            "WHERE e.customer_id = ? ORDER BY e.occurred_at DESC",
            [customer_id],
        )
    ]
