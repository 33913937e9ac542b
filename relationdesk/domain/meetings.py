"""Meetings and the disclosures made in them (DOMAIN.md §2, social penetration theory).

Both sides disclose, about their personal life and about their business; disclosures
deepen from peripheral to intermediate to core layers as a relationship develops.
"""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


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
