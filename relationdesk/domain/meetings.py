"""Meetings and the disclosures made in them (docs/domain.md §2, social penetration theory).

Both sides disclose, about their personal life and about their business; disclosures
deepen from peripheral to intermediate to core layers as a relationship develops.
"""

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from relationdesk.domain.validation import FieldError, Problem


class MeetingKind(StrEnum):
    VISIT = "visit"
    CALL = "call"
    VIDEO_CALL = "video_call"
    MEAL = "meal"
    EVENT = "event"
    OTHER = "other"


class Side(StrEnum):
    """Who disclosed: someone at the customer, or we (the salesperson's side)."""

    CUSTOMER = "customer"
    US = "us"


class DisclosureDomain(StrEnum):
    PERSONAL = "personal"
    BUSINESS = "business"


class Depth(StrEnum):
    """The layer of the onion a disclosure reaches."""

    PERIPHERAL = "peripheral"
    INTERMEDIATE = "intermediate"
    CORE = "core"

    @property
    def rank(self) -> int:
        """1, 2, 3: for comparing and averaging depths."""
        return _DEPTH_RANK[self]


_DEPTH_RANK = {Depth.PERIPHERAL: 1, Depth.INTERMEDIATE: 2, Depth.CORE: 3}

# Predefined topics per domain (stored by key; the UI translates them). Free text topics
# are stored as they are typed.
PERSONAL_TOPICS = (
    "family",
    "hobbies",
    "health",
    "values",
    "life_events",
    "career",
    "travel",
    "education",
    "home",
)
BUSINESS_TOPICS = (
    "strategy",
    "finances",
    "problems",
    "future_plans",
    "organisation",
    "competitors",
    "suppliers",
    "products",
    "people",
)
TOPICS = {DisclosureDomain.PERSONAL: PERSONAL_TOPICS, DisclosureDomain.BUSINESS: BUSINESS_TOPICS}


def default_sensitive(domain: DisclosureDomain, depth: Depth) -> bool:
    """Core-depth personal disclosures (divorce, illness, values) are sensitive by default."""
    return domain is DisclosureDomain.PERSONAL and depth is Depth.CORE


@dataclass(frozen=True)
class DisclosureFact:
    """One disclosure as the rules see it: no text, only its shape and time."""

    when: datetime
    side: Side
    domain: DisclosureDomain
    topic: str
    depth: Depth


@dataclass(frozen=True)
class MeetingFact:
    """One meeting as the rules see it."""

    when: datetime
    has_next_steps: bool = False


@dataclass
class DisclosureFields:
    side: Side
    domain: DisclosureDomain
    topic: str  # a key of TOPICS, or free text
    depth: Depth
    text: str = ""
    sensitive: bool = False
    contact_id: str | None = None  # who at the customer disclosed, when known


@dataclass
class MeetingFields:
    """What the "Log meeting" dialog collects. Times are UTC."""

    customer_id: str | None
    started_at: datetime
    ended_at: datetime | None = None
    kind: MeetingKind = MeetingKind.VISIT
    place: str = ""
    summary: str = ""
    next_steps: str = ""
    attendee_ids: tuple[str, ...] = ()
    disclosures: list[DisclosureFields] = field(default_factory=list)
    follow_up_due: datetime | None = None  # a next step with a due date becomes a follow-up
    follow_up_title: str = ""
    # The optional 1-5 rating of each principle after the meeting, keyed by
    # domain.evidence.Principle values (not imported here: evidence builds on meetings).
    ratings: dict[str, int] = field(default_factory=dict)
    ratings_note: str = ""  # why the ratings are what they are

    def follow_up_text(self) -> str:
        """The follow-up's title: as given, else the first line of the next steps."""
        title = self.follow_up_title.strip()
        if title:
            return title
        lines = [line.strip() for line in self.next_steps.splitlines() if line.strip()]
        return lines[0] if lines else ""


def validate_meeting(fields: MeetingFields) -> list[FieldError]:
    """Problems with a meeting; empty when it may be saved. Text fields take any Unicode."""
    errors = []
    if not fields.customer_id:
        errors.append(FieldError("customer", Problem.NO_CUSTOMER))
    if fields.ended_at is not None and fields.ended_at < fields.started_at:
        errors.append(FieldError("duration", Problem.END_BEFORE_START))
    for index, disclosure in enumerate(fields.disclosures):
        if not disclosure.topic.strip():
            errors.append(FieldError(f"disclosure.{index}.topic", Problem.REQUIRED))
    if fields.follow_up_due is not None:
        if not fields.follow_up_text():
            errors.append(FieldError("next_steps", Problem.REQUIRED))
        if fields.follow_up_due.date() < fields.started_at.date():
            errors.append(FieldError("follow_up_due", Problem.DUE_BEFORE_MEETING))
    return errors
