"""A customer's five principle scores and the client-as-master warning, from its evidence.

Computed for one customer at a time (when its evidence changes, or when it is shown),
and cached on the customer row so the list can sort and filter by them.
"""

import sqlite3
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from relationdesk.db import driver
from relationdesk.domain.evidence import Principle
from relationdesk.domain.master_client import MasterClientWarning, detect_master_client
from relationdesk.domain.meetings import DisclosureFact, MeetingFact
from relationdesk.domain.principles import (
    DEFAULT_SCORING,
    Scorecard,
    ScoringSettings,
    score_principles,
)
from relationdesk.domain.progress import Progress
from relationdesk.services.evidence_facts import commitment_facts, ledger_facts, rating_facts
from relationdesk.services.relationship_facts import (
    disclosure_facts,
    meeting_facts,
    relationship_start,
)

if TYPE_CHECKING:
    from sqlmodel import Session

    from relationdesk.db.database import Database
    from relationdesk.db.models import Customer
    from relationdesk.settings import Settings

HISTORY_DAYS = 730  # meetings and disclosures older than this weigh (almost) nothing
RESCORE_BATCH = 500

# The user's scoring preferences (half-life, health weights): app-wide, set from the
# settings by use_preferences when the window or a command opens the database, and
# again whenever the settings dialog changes them.
_scoring: ScoringSettings = DEFAULT_SCORING


def configure(half_life_days: float, weights: dict[Principle, float]) -> ScoringSettings:
    """Use these preferences from now on; raises ValueError for impossible values."""
    global _scoring
    _scoring = replace(
        DEFAULT_SCORING,
        half_life_days=half_life_days,
        weights=tuple((p, weights.get(p, 1.0)) for p in Principle),
    )
    return _scoring


def scoring() -> ScoringSettings:
    return _scoring


def weights_from_text(text: str) -> dict[Principle, float]:
    """ "1,2,1,1,0.5" (Principle order, as stored in the settings) → weights; 1 where unreadable."""
    parts = text.split(",")
    weights = {}
    for index, principle in enumerate(Principle):
        try:
            value = float(parts[index])
        except (IndexError, ValueError):
            value = 1.0
        weights[principle] = value if value >= 0 else 1.0
    return weights


def weights_to_text(weights: dict[Principle, float]) -> str:
    return ",".join(f"{weights.get(p, 1.0):g}" for p in Principle)


def configure_from(half_life_days: int, weights_text: str) -> ScoringSettings:
    """Apply the stored preferences, falling back to the defaults if they are impossible."""
    try:
        return configure(half_life_days, weights_from_text(weights_text))
    except ValueError:
        return configure(DEFAULT_SCORING.half_life_days, {})


def use_preferences(settings: "Settings") -> ScoringSettings:
    """The one loader: the preferences saved in `settings`, applied. The window calls it
    when it attaches the database, every command when it opens it (cli/database.py), so
    a merge or an import scores the same from either."""
    from relationdesk.settings import SCORE_HALF_LIFE_DAYS, SCORE_WEIGHTS

    return configure_from(settings.get(SCORE_HALF_LIFE_DAYS), settings.get(SCORE_WEIGHTS))


@dataclass(frozen=True)
class CustomerScores:
    scorecard: Scorecard
    master_client: MasterClientWarning


def customer_scores(
    conn: sqlite3.Connection,
    customer_id: str,
    now: datetime | None = None,
    facts: tuple[list[MeetingFact], list[DisclosureFact]] | None = None,
) -> CustomerScores | None:
    """`facts`: the customer's meetings and disclosures of the last HISTORY_DAYS, when the
    caller has loaded them already (saving a meeting needs them for the stage too)."""
    moment = (now or datetime.now(UTC)).replace(tzinfo=None)
    row = conn.execute("SELECT 1 FROM customer WHERE id = ?", [customer_id]).fetchone()
    if row is None:
        return None
    since = moment - timedelta(days=HISTORY_DAYS)
    meetings, disclosures = facts or (
        meeting_facts(conn, customer_id, since),
        disclosure_facts(conn, customer_id, since),
    )
    ledger = ledger_facts(conn, customer_id)
    card = score_principles(
        rating_facts(conn, customer_id),
        ledger,
        commitment_facts(conn, customer_id),
        meetings,
        disclosures,
        moment,
        started=relationship_start(conn, customer_id),
        settings=_scoring,
    )
    return CustomerScores(card, detect_master_client(ledger, card, moment))


def refresh_customer_scores(
    session: "Session",
    customer: "Customer",
    facts: tuple[list[MeetingFact], list[DisclosureFact]] | None = None,
) -> None:
    """Recompute and cache this customer's scores inside the caller's transaction."""
    raw = session.connection().connection.driver_connection
    assert isinstance(raw, driver.Connection)
    scores = customer_scores(raw, customer.id, facts=facts)
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


def rescore_all(db: "Database", progress: Progress | None = None) -> int:
    """Recompute every customer's cached scores (after the preferences changed).

    In batches of RESCORE_BATCH customers, one transaction each, so a cancelled run
    leaves every customer either rescored or untouched. `progress(done, total)` returns
    False to stop. Returns how many customers were rescored.
    """
    from sqlmodel import select

    from relationdesk.db.models import Customer

    # Runs in a worker thread: its own session, never the GUI thread's reader connection.
    with db.write() as session:
        ids = list(session.exec(select(Customer.id)).all())
    done = 0
    for start in range(0, len(ids), RESCORE_BATCH):
        with db.write() as session:
            for customer_id in ids[start : start + RESCORE_BATCH]:
                customer = session.get(Customer, customer_id)
                if customer is not None:
                    refresh_customer_scores(session, customer)
                done += 1
        if progress is not None and not progress(done, len(ids)):
            break
    return done
