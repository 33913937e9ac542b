"""Before the next visit: what to remember about a customer, on one screen or one page.

Never includes sensitive disclosures: a brief is read in the car, printed, or shown.
"""

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from relationdesk.domain.meetings import DisclosureDomain, MeetingKind, Side
from relationdesk.domain.relationship_stage import RelationshipStage
from relationdesk.services.follow_ups import FollowUpRow, customer_follow_ups

RECENT_MEETINGS = 3
PERSONAL_FACTS = 6
BUSINESS_FACTS = 4


@dataclass(frozen=True)
class BriefMeeting:
    started_at: datetime
    kind: MeetingKind
    summary: str
    next_steps: str


@dataclass(frozen=True)
class BriefFact:
    when: datetime
    domain: DisclosureDomain
    topic: str
    text: str
    person: str


@dataclass(frozen=True)
class Brief:
    stage: RelationshipStage | None  # confirmed, else suggested
    stage_confirmed: bool
    meetings: tuple[BriefMeeting, ...]
    follow_ups: tuple[FollowUpRow, ...]
    personal_facts: tuple[BriefFact, ...]  # newest first, one per topic
    business_facts: tuple[BriefFact, ...]


def brief(conn: sqlite3.Connection, customer_id: str) -> Brief | None:
    row = conn.execute(
        "SELECT confirmed_stage, suggested_stage FROM customer WHERE id = ?", [customer_id]
    ).fetchone()
    if row is None:
        return None
    meetings = tuple(
        BriefMeeting(datetime.fromisoformat(r[0]), _kind(r[1]), r[2], r[3])
        for r in conn.execute(
            "SELECT started_at, kind, summary, next_steps FROM meeting WHERE customer_id = ? "
            "ORDER BY started_at DESC LIMIT ?",
            [customer_id, RECENT_MEETINGS],
        )
    )
    stage_value = row[0] or row[1]
    return Brief(
        stage=RelationshipStage(stage_value) if stage_value else None,
        stage_confirmed=row[0] is not None,
        meetings=meetings,
        follow_ups=tuple(customer_follow_ups(conn, customer_id)),
        personal_facts=_facts(conn, customer_id, DisclosureDomain.PERSONAL, PERSONAL_FACTS),
        business_facts=_facts(conn, customer_id, DisclosureDomain.BUSINESS, BUSINESS_FACTS),
    )


def _facts(
    conn: sqlite3.Connection, customer_id: str, domain: DisclosureDomain, limit: int
) -> tuple[BriefFact, ...]:
    """The customer side's latest non-sensitive disclosure per topic, newest first."""
    facts: dict[str, BriefFact] = {}
    for when, topic, text, person in conn.execute(
        "SELECT d.disclosed_at, d.topic, d.text, coalesce(c.full_name, '') FROM disclosure d "
        "LEFT JOIN contact c ON c.id = d.contact_id "
        "WHERE d.customer_id = ? AND d.domain = ? AND d.side = ? AND NOT d.sensitive "
        "AND d.text != '' ORDER BY d.disclosed_at DESC LIMIT 200",
        [customer_id, domain.value, Side.CUSTOMER.value],
    ):
        if topic not in facts:
            facts[topic] = BriefFact(datetime.fromisoformat(when), domain, topic, text, person)
        if len(facts) >= limit:
            break
    return tuple(facts.values())


def _kind(value: str) -> MeetingKind:
    try:
        return MeetingKind(value)
    except ValueError:
        return MeetingKind.OTHER
