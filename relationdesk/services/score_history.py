"""A customer's scorecard month by month, for the principle trend chart (docs/domain.md §1).

Each point is scored by the same rules as today's card, at that month's end, so a line
shows what the salesperson would have seen then. The evidence is read once and scored
per point: the rules weigh items dated after ``now`` at 0. One thing they cannot tell is
when a ledger entry was returned, so a return counts only from the returning entry's date.
Plain SQL on a sqlite3 connection; no SQLModel, so importing this stays cheap.
"""

import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from relationdesk.domain.evidence import LedgerFact
from relationdesk.domain.principles import Scorecard, score_principles
from relationdesk.services.evidence_facts import commitment_facts, ledger_facts, rating_facts
from relationdesk.services.relationship_facts import (
    disclosure_facts,
    meeting_facts,
    relationship_start,
)
from relationdesk.services.scores import scoring

HISTORY_DAYS = 730  # as services/scores.py: older meetings and disclosures weigh ~nothing


def month_ends(now: datetime, months: int) -> list[datetime]:
    """The last moment of each of the ``months`` months before ``now``'s, oldest first."""
    ends = []
    first = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    for _ in range(months):
        ends.append(first - timedelta(microseconds=1))
        first = (first - timedelta(days=1)).replace(day=1)
    return ends[::-1]


def _return_dates(conn: sqlite3.Connection, customer_id: str) -> dict[str, datetime]:
    """Entry id -> when the entry that returned it happened."""
    rows = conn.execute(
        "SELECT e.id, r.occurred_at FROM ledger_entry e "
        "JOIN ledger_entry r ON r.id = e.returned_by_id WHERE e.customer_id = ?",
        [customer_id],
    )
    return {entry_id: datetime.fromisoformat(when) for entry_id, when in rows}


def _ledger_at(
    ledger: list[LedgerFact], returns: dict[str, datetime], moment: datetime
) -> list[LedgerFact]:
    """The ledger as it stood at ``moment``: a return that came later is not one yet."""
    return [
        replace(fact, returned=False)
        if fact.returned and fact.id in returns and returns[fact.id] > moment
        else fact
        for fact in ledger
    ]


def score_history(
    conn: sqlite3.Connection, customer_id: str, now: datetime, months: int = 12
) -> list[tuple[date, Scorecard]]:
    """``months`` month-end scorecards, oldest first, then today's; [] without the customer."""
    if now.tzinfo is not None:
        now = now.astimezone(UTC)
    now = now.replace(tzinfo=None)  # stored moments are naive UTC
    row = conn.execute("SELECT 1 FROM customer WHERE id = ?", [customer_id]).fetchone()
    if row is None:
        return []
    started = relationship_start(conn, customer_id)
    since = now - timedelta(days=months * 31 + HISTORY_DAYS)
    ratings = rating_facts(conn, customer_id)
    ledger = ledger_facts(conn, customer_id)
    returns = _return_dates(conn, customer_id)
    commitments = commitment_facts(conn, customer_id)
    meetings = meeting_facts(conn, customer_id, since)
    disclosures = disclosure_facts(conn, customer_id, since)
    history = []
    for moment in [*month_ends(now, months), now]:
        card = score_principles(
            ratings,
            _ledger_at(ledger, returns, moment),
            commitments,
            meetings,
            disclosures,
            moment,
            started=started,
            settings=scoring(),
        )
        history.append((moment.date(), card))
    return history
