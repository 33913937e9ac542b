"""A customer's five principle scores and the client-as-master warning, from its evidence.

Computed for one customer at a time (when its evidence changes, or when it is shown),
and cached on the customer row so the list can sort and filter by them.
"""

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from relationdesk.domain.evidence import Principle
from relationdesk.domain.master_client import MasterClientWarning, detect_master_client
from relationdesk.domain.principles import DEFAULT_SCORING, Scorecard, score_principles
from relationdesk.services.evidence_facts import commitment_facts, ledger_facts, rating_facts
from relationdesk.services.relationship_facts import disclosure_facts, meeting_facts

if TYPE_CHECKING:
    from sqlmodel import Session

    from relationdesk.db.models import Customer

HISTORY_DAYS = 730  # meetings and disclosures older than this weigh (almost) nothing


@dataclass(frozen=True)
class CustomerScores:
    scorecard: Scorecard
    master_client: MasterClientWarning


def customer_scores(
    conn: sqlite3.Connection, customer_id: str, now: datetime | None = None
) -> CustomerScores | None:
    moment = (now or datetime.now(UTC)).replace(tzinfo=None)
    row = conn.execute("SELECT created_at FROM customer WHERE id = ?", [customer_id]).fetchone()
    if row is None:
        return None
    since = moment - timedelta(days=HISTORY_DAYS)
    ledger = ledger_facts(conn, customer_id)
    card = score_principles(
        rating_facts(conn, customer_id),
        ledger,
        commitment_facts(conn, customer_id),
        meeting_facts(conn, customer_id, since),
        disclosure_facts(conn, customer_id, since),
        moment,
        customer_since=datetime.fromisoformat(row[0]),
        settings=DEFAULT_SCORING,
    )
    return CustomerScores(card, detect_master_client(ledger, card, moment))


def refresh_customer_scores(session: "Session", customer: "Customer") -> None:
    """Recompute and cache this customer's scores inside the caller's transaction."""
    raw = session.connection().connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    scores = customer_scores(raw, customer.id)
    if scores is None:
        return
    card = scores.scorecard
    customer.reciprocity_score = card.get(Principle.RECIPROCITY).score
    customer.autonomy_score = card.get(Principle.AUTONOMY).score
    customer.integrity_score = card.get(Principle.INTEGRITY).score
    customer.loyalty_score = card.get(Principle.LOYALTY).score
    customer.equity_score = card.get(Principle.EQUITY).score
    customer.health_score = card.health
    customer.master_warning = scores.master_client.applies
    session.add(customer)
