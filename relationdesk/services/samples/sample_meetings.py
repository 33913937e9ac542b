"""The sample portfolio's meetings: two years of visits whose disclosures deepen with time,
and their rows for bulk insert (with the facts the derived columns are computed from)."""

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from relationdesk.db.models import new_id
from relationdesk.domain.meetings import (
    Depth,
    DisclosureDomain,
    DisclosureFact,
    MeetingFact,
    MeetingKind,
    Side,
    default_sensitive,
)
from relationdesk.domain.relationship_stage import suggest_stage
from relationdesk.services.samples.sample_markets import MEETING_WORDS, Market

if TYPE_CHECKING:
    from relationdesk.services.samples.sample_portfolio import SampleCustomer


@dataclass
class SampleDisclosure:
    side: Side
    domain: DisclosureDomain
    topic: str
    depth: Depth
    text: str
    contact_index: int  # which of the customer's contacts spoke (customer side)


@dataclass
class SampleMeeting:
    days_ago: float
    kind: MeetingKind
    summary: str
    next_steps: str
    attendee_indexes: tuple[int, ...]
    disclosures: list[SampleDisclosure]
    follow_up_in_days: int | None  # a next step with a due date, counted from the meeting


PERSONAL_SAMPLE_TOPICS = ("family", "hobbies", "home", "values")
BUSINESS_SAMPLE_TOPICS = ("competitors", "finances", "future_plans", "organisation")
HISTORY_DAYS = 730


def add_meetings(rng: random.Random, market: Market, customer: "SampleCustomer", mean: int) -> None:
    """Meetings over two years; how open a customer is decides how deep disclosures go,
    and they deepen with time (social penetration), so the portfolio shows every stage."""
    if mean <= 0:
        return
    words = MEETING_WORDS[market.language]
    openness = rng.random()
    for _ in range(rng.randint(max(0, mean // 2), mean + mean // 2)):
        days_ago = rng.uniform(0.5, HISTORY_DAYS)
        progress = 1 - days_ago / HISTORY_DAYS
        disclosures = []
        for _ in range(rng.choice((1, 2, 3, 3, 4, 5))):
            personal = rng.random() < 0.2 + 0.5 * openness
            topics, texts = (
                (PERSONAL_SAMPLE_TOPICS, words["personal"])
                if personal
                else (BUSINESS_SAMPLE_TOPICS, words["business"])
            )
            which = rng.randrange(len(topics))
            rank = 1 + min(2, int(openness * progress * 3 + rng.random() * 0.8))
            disclosures.append(
                SampleDisclosure(
                    side=Side.CUSTOMER if rng.random() < 0.6 else Side.US,
                    domain=DisclosureDomain.PERSONAL if personal else DisclosureDomain.BUSINESS,
                    topic=topics[which],
                    depth=(Depth.PERIPHERAL, Depth.INTERMEDIATE, Depth.CORE)[rank - 1],
                    text=texts[which],
                    contact_index=rng.randrange(len(customer.contacts)),
                )
            )
        has_steps = rng.random() < 0.6
        customer.meetings.append(
            SampleMeeting(
                days_ago=days_ago,
                kind=rng.choice(list(MeetingKind)),
                summary=rng.choice(words["summaries"]),
                next_steps=rng.choice(words["next_steps"]) if has_steps else "",
                attendee_indexes=tuple(
                    sorted({rng.randrange(len(customer.contacts)) for _ in range(2)})
                ),
                disclosures=disclosures,
                follow_up_in_days=rng.randint(2, 21) if has_steps and rng.random() < 0.5 else None,
            )
        )
    if customer.meetings and rng.random() < 0.3:
        # A recent visit whose follow-up falls due around today, so the Today view of a
        # sample portfolio shows what a real morning looks like (docs/stories.md #2).
        latest = min(customer.meetings, key=lambda m: m.days_ago)
        latest.days_ago = rng.uniform(2, 14)
        latest.next_steps = latest.next_steps or rng.choice(words["next_steps"])
        latest.follow_up_in_days = max(1, int(latest.days_ago) + rng.randint(-3, 1))


def meeting_rows(
    rows: dict[type, list[dict[str, object]]],
    sample: "SampleCustomer",
    customer: dict[str, object],
    contact_ids: list[str],
    now: datetime,
    tables: tuple[type, type, type, type],
) -> tuple[list[DisclosureFact], list[MeetingFact]]:
    """The meetings' rows; returns their facts, which the scores are computed from."""
    meeting_table, attendee_table, disclosure_table, follow_up_table = tables
    facts: list[DisclosureFact] = []
    meetings: list[MeetingFact] = []
    open_dues: list[datetime] = []
    for meeting in sample.meetings:
        meeting_id = new_id()
        started = now - timedelta(days=meeting.days_ago)
        stamps = {"created_at": started, "updated_at": started}
        rows[meeting_table].append(
            {
                "id": meeting_id,
                "customer_id": customer["id"],
                "started_at": started,
                "ended_at": started + timedelta(minutes=45),
                "kind": meeting.kind.value,
                "place": str(customer["city"]),
                "summary": meeting.summary,
                "next_steps": meeting.next_steps,
                **stamps,
            }
        )
        for attendee in meeting.attendee_indexes:
            rows[attendee_table].append(
                {"meeting_id": meeting_id, "contact_id": contact_ids[attendee]}
            )
        for item in meeting.disclosures:
            rows[disclosure_table].append(
                {
                    "id": new_id(),
                    "meeting_id": meeting_id,
                    "customer_id": customer["id"],
                    "contact_id": contact_ids[item.contact_index]
                    if item.side is Side.CUSTOMER
                    else None,
                    "side": item.side.value,
                    "domain": item.domain.value,
                    "topic": item.topic,
                    "depth": item.depth.value,
                    "text": item.text,
                    "sensitive": default_sensitive(item.domain, item.depth),
                    "disclosed_at": started,
                    **stamps,
                }
            )
            facts.append(
                DisclosureFact(
                    started.replace(tzinfo=None), item.side, item.domain, item.topic, item.depth
                )
            )
        meetings.append(MeetingFact(started.replace(tzinfo=None), bool(meeting.next_steps)))
        if meeting.follow_up_in_days is not None:
            due = started + timedelta(days=meeting.follow_up_in_days)
            done = started + timedelta(days=1) if due < now - timedelta(days=7) else None
            if done is None:
                open_dues.append(due)
            rows[follow_up_table].append(
                {
                    "id": new_id(),
                    "customer_id": customer["id"],
                    "meeting_id": meeting_id,
                    "title": meeting.next_steps,
                    "due_at": due,
                    "done_at": done,
                    **stamps,
                }
            )
    if meetings:
        customer["last_meeting_at"] = max(m.when for m in meetings).replace(tzinfo=UTC)
        customer["suggested_stage"] = suggest_stage(
            facts, meetings, now.replace(tzinfo=None)
        ).stage.value
    customer["next_follow_up_at"] = min(open_dues) if open_dues else None
    return facts, meetings
