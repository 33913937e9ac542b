"""The shape of a relationship as the domain rules see it: disclosures and meetings in time.

Plain SQL on a sqlite3 connection, so the GUI's reader and a write transaction (its
underlying connection) share the same queries.
"""

import sqlite3
from datetime import datetime

from relationdesk.domain.meetings import Depth, DisclosureDomain, DisclosureFact, MeetingFact, Side
from relationdesk.domain.principle_signals import relationship_start as relationship_start_of

# Enum members by stored value: a dict lookup is several times cheaper than Enum(value),
# which counts when a long relationship has thousands of disclosures.
_SIDES = {side.value: side for side in Side}
_DOMAINS = {domain.value: domain for domain in DisclosureDomain}
_DEPTHS = {depth.value: depth for depth in Depth}


def _stamp(moment: datetime) -> str:
    """How SQLAlchemy stores a datetime in SQLite, so strings compare in time order."""
    return moment.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def disclosure_facts(
    conn: sqlite3.Connection, customer_id: str, since: datetime
) -> list[DisclosureFact]:
    rows = conn.execute(
        "SELECT disclosed_at, side, domain, topic, depth FROM disclosure "
        "WHERE customer_id = ? AND disclosed_at >= ?",
        [customer_id, _stamp(since)],
    ).fetchall()
    return [
        DisclosureFact(
            datetime.fromisoformat(when), Side(side), DisclosureDomain(domain), topic, Depth(depth)
        )
        for when, side, domain, topic, depth in rows
    ]


def meeting_facts(conn: sqlite3.Connection, customer_id: str, since: datetime) -> list[MeetingFact]:
    rows = conn.execute(
        "SELECT started_at, next_steps != '' FROM meeting "
        "WHERE customer_id = ? AND started_at >= ?",
        [customer_id, _stamp(since)],
    ).fetchall()
    return [MeetingFact(datetime.fromisoformat(when), bool(steps)) for when, steps in rows]


def relationship_start(conn: sqlite3.Connection, customer_id: str) -> datetime | None:
    """When the relationship began: the earliest of the "customer since" date the user set,
    the first meeting, the first order and the first lifecycle move (not the day the row
    was typed in: history is often entered after the fact). None if none is known."""
    row = conn.execute(
        "SELECT (SELECT customer_since FROM customer WHERE id = :c), "
        "(SELECT min(started_at) FROM meeting WHERE customer_id = :c), "
        "(SELECT min(starts_on) FROM economics_period "
        " WHERE customer_id = :c AND (orders > 0 OR revenue > 0)), "
        "(SELECT min(changed_on) FROM lifecycle_change WHERE customer_id = :c)",
        {"c": customer_id},
    ).fetchone()
    moments = [datetime.fromisoformat(value) for value in row if value]
    return relationship_start_of(*moments)
