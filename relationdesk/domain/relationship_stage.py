"""Suggest a relationship's stage from recent disclosures (docs/domain.md §2).

Business partner -> collaborative partner -> collaborative & personal partner. Only
evidence with ``now - window_days <= when <= now`` counts, so a relationship moves back
down as its evidence ages out of the window. Personal disclosure is never required: with
keep_professional the suggestion stops at collaborative partner (a boundary, no failing).

``StageSuggestion.met`` / ``.missing`` hold the codes of the conditions for the NEXT stage
up, which include those of the stage below; at the top stage ``missing`` is empty. Codes,
always in this order (collaborative: the first four; personal: all but the last):

- ``business_breadth``: distinct business topics >= collaborative_min_business_topics.
- ``business_depth_both_sides``: each side's deepest business disclosure reaches
  collaborative_min_business_depth.
- ``collaboration_signals``: meetings with agreed next steps >= collaborative_min_signals.
  Shared goals and commitments are collaboration evidence, so this stands in for
  ``business_depth_both_sides``: whichever holds is in ``met`` and the other in neither
  list; when both fail, both are in ``missing``.
- ``balance``: smaller side's disclosure count / larger side's >= min_balance; a
  one-sided exchange stays a business partnership however deep it goes.
- ``personal_breadth``: distinct personal topics >= personal_min_topics.
- ``personal_depth_both_sides``: each side's deepest personal disclosure reaches
  personal_min_depth.
- ``kept_professional``: in ``met`` whenever keep_professional is set; the personal codes
  are then in neither list.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from relationdesk.domain.meetings import Depth, DisclosureDomain, DisclosureFact, MeetingFact, Side
from relationdesk.domain.text import fold

# fmt: off
CODES = (
    "business_breadth", "business_depth_both_sides", "collaboration_signals", "balance",
    "personal_breadth", "personal_depth_both_sides", "kept_professional",
)
# fmt: on


class RelationshipStage(StrEnum):
    BUSINESS_PARTNER = "business_partner"
    COLLABORATIVE_PARTNER = "collaborative_partner"
    COLLABORATIVE_PERSONAL_PARTNER = "collaborative_personal_partner"

    @property
    def order(self) -> int:
        """1, 2, 3: stages only move one way as a relationship deepens."""
        return list(RelationshipStage).index(self) + 1


@dataclass(frozen=True)
class StageThresholds:
    """Every threshold of the stage rules, so they can be tuned in one place."""

    window_days: int = 180  # how far back evidence counts
    collaborative_min_business_topics: int = 3  # distinct business topics, both sides
    collaborative_min_business_depth: Depth = Depth.INTERMEDIATE  # each side's deepest
    collaborative_min_signals: int = 2  # meetings with agreed next steps, instead of depth
    personal_min_topics: int = 2  # distinct personal topics, both sides
    personal_min_depth: Depth = Depth.INTERMEDIATE  # each side's deepest personal
    min_balance: float = 0.25  # smaller side's disclosure count / larger side's

    def __post_init__(self) -> None:
        if self.window_days < 1 or not 0.0 <= self.min_balance <= 1.0:
            raise ValueError("window_days must be >= 1 and min_balance within 0..1")


DEFAULT_THRESHOLDS = StageThresholds()


@dataclass(frozen=True)
class DomainSummary:
    """Breadth and depth of one domain's disclosures in the window, per side."""

    domain: DisclosureDomain
    topics: frozenset[str]
    customer_topics: frozenset[str]
    our_topics: frozenset[str]
    deepest_customer: Depth | None
    deepest_ours: Depth | None
    count_customer: int
    count_ours: int

    @property
    def both_sides(self) -> bool:
        return self.count_customer > 0 and self.count_ours > 0

    @property
    def breadth(self) -> int:
        return len(self.topics)

    @property
    def shallowest_of_deepest(self) -> Depth | None:
        """The depth both sides have reached; None while a side has disclosed nothing."""
        if self.deepest_customer is None or self.deepest_ours is None:
            return None
        return min(self.deepest_customer, self.deepest_ours, key=lambda d: d.rank)

    def depth_reached_by_both(self, depth: Depth) -> bool:
        reached = self.shallowest_of_deepest
        return reached is not None and reached.rank >= depth.rank


@dataclass(frozen=True)
class StageSuggestion:
    """The suggested stage and the evidence behind it; the salesperson may override it."""

    stage: RelationshipStage
    business: DomainSummary
    personal: DomainSummary
    balance: float
    window_days: int
    collaboration_signals: int
    keep_professional: bool
    met: tuple[str, ...]
    missing: tuple[str, ...]


def _deepest(facts: list[DisclosureFact]) -> Depth | None:
    return max((f.depth for f in facts), key=lambda d: d.rank, default=None)


def summarize_domain(
    disclosures: Iterable[DisclosureFact], domain: DisclosureDomain
) -> DomainSummary:
    """Summarise one domain of disclosures already in the window. Topics are compared
    folded (case- and diacritic-blind); blank topics add no breadth."""
    facts = [f for f in disclosures if f.domain == domain]
    theirs = [f for f in facts if f.side == Side.CUSTOMER]
    ours = [f for f in facts if f.side == Side.US]
    their_topics = frozenset(topic for f in theirs if (topic := fold(f.topic)))
    our_topics = frozenset(topic for f in ours if (topic := fold(f.topic)))
    return DomainSummary(
        domain=domain,
        topics=their_topics | our_topics,
        customer_topics=their_topics,
        our_topics=our_topics,
        deepest_customer=_deepest(theirs),
        deepest_ours=_deepest(ours),
        count_customer=len(theirs),
        count_ours=len(ours),
    )


def suggest_stage(
    disclosures: Iterable[DisclosureFact],
    meetings: Iterable[MeetingFact],
    now: datetime,
    keep_professional: bool = False,
    thresholds: StageThresholds = DEFAULT_THRESHOLDS,
) -> StageSuggestion:
    """Suggest the stage the recent evidence supports, and say which conditions hold."""
    t = thresholds
    start = now - timedelta(days=t.window_days)
    recent = [d for d in disclosures if start <= d.when <= now]
    business = summarize_domain(recent, DisclosureDomain.BUSINESS)
    personal = summarize_domain(recent, DisclosureDomain.PERSONAL)
    theirs = sum(1 for d in recent if d.side == Side.CUSTOMER)
    ours = len(recent) - theirs  # balance is over both domains
    balance = min(theirs, ours) / max(theirs, ours) if recent else 0.0
    signals = sum(1 for m in meetings if m.has_next_steps and start <= m.when <= now)
    depth_ok = business.depth_reached_by_both(t.collaborative_min_business_depth)
    signals_ok = signals >= t.collaborative_min_signals
    conditions: dict[str, bool] = {
        "business_breadth": business.breadth >= t.collaborative_min_business_topics,
        "balance": balance >= t.min_balance,
    }
    if depth_ok or not signals_ok:
        conditions["business_depth_both_sides"] = depth_ok
    if signals_ok or not depth_ok:
        conditions["collaboration_signals"] = signals_ok
    stage = RelationshipStage.BUSINESS_PARTNER
    if all(conditions.values()):
        stage = RelationshipStage.COLLABORATIVE_PARTNER
        if not keep_professional:
            conditions["personal_breadth"] = personal.breadth >= t.personal_min_topics
            conditions["personal_depth_both_sides"] = personal.depth_reached_by_both(
                t.personal_min_depth
            )
            if all(conditions.values()):
                stage = RelationshipStage.COLLABORATIVE_PERSONAL_PARTNER
    if keep_professional:
        conditions["kept_professional"] = True

    return StageSuggestion(
        stage=stage,
        business=business,
        personal=personal,
        balance=balance,
        window_days=t.window_days,
        collaboration_signals=signals,
        keep_professional=keep_professional,
        met=tuple(c for c in CODES if conditions.get(c) is True),
        missing=tuple(c for c in CODES if conditions.get(c) is False),
    )
