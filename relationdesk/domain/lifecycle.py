"""The customer lifecycle ladder and the moves the evidence suggests (docs/domain.md §4).

Prospect -> tester -> buyer -> account -> patron-friend -> sponsor-champion, plus "former"
for a relationship that ended. The salesperson decides; the app only suggests a move up,
with the reasons (codes the UI turns into sentences), never a move down or to "former".

Rules, each on the evidence recorded so far (thresholds in LifecycleThresholds):
- ``first_order``: at least one order (a period with revenue and no order count is one),
  or the ladder's history reached tester or higher: a tester has bought, whether or not
  anybody typed its revenue into the economics (reason ``first_order_ladder``).
- ``repeat_orders``: orders >= repeat_orders, in two or more periods, or the ladder's
  history reached buyer or higher (reason ``repeat_orders_ladder``).
- ``regular_buying``: bought in >= regular_months of the last regular_window_months.
- ``wide_range``: the most product lines bought in one period of the last 12 months
  >= wide_range_lines.
- ``personal_partnership``: the relationship stage is collaborative & personal partner;
  with the "keep it professional" boundary, collaborative partner is enough (reason
  ``collaborative_professional``): personal disclosure is never required (§2).
- ``healthy``: the principles' health >= healthy_score.
- ``promoter``: a contact's latest recommendation answer is 9 or 10.
- ``referral``: the customer has referred us to at least one other customer.

tester: first_order. buyer: repeat_orders. account: regular_buying + wide_range.
patron-friend: account's + personal_partnership + healthy.
sponsor-champion: first_order + promoter + referral.

Without a move up, the suggestion names the nearest stage above the current one (the
fewest conditions missing, then the lowest) and the conditions it still lacks, so the
salesperson sees what is missing instead of nothing.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from relationdesk.domain.enums import LifecycleStage
from relationdesk.domain.relationship_stage import RelationshipStage


@dataclass(frozen=True)
class LifecycleThresholds:
    repeat_orders: int = 2
    regular_months: int = 4  # months with purchases ...
    regular_window_months: int = 6  # ... out of the last this many
    wide_range_lines: int = 3
    healthy_score: float = 70.0


DEFAULT_LIFECYCLE_THRESHOLDS = LifecycleThresholds()


@dataclass(frozen=True)
class PurchaseFact:
    """What one economics period says about buying."""

    starts_on: date
    ends_on: date
    revenue: int
    orders: int
    product_lines: int

    @property
    def order_count(self) -> int:
        return self.orders if self.orders else (1 if self.revenue > 0 else 0)


@dataclass(frozen=True)
class LifecycleEvidence:
    purchases: Sequence[PurchaseFact]
    latest_recommendations: Sequence[int]  # each contact's latest answer, 0-10
    referrals_given: int
    relationship: RelationshipStage | None  # confirmed, else suggested stage (§2)
    health: float | None
    keep_professional: bool = False  # the customer's boundary: no personal disclosure
    ladder: frozenset[LifecycleStage] = frozenset()  # every stage it was ever recorded at


@dataclass(frozen=True)
class LifecycleSuggestion:
    stage: LifecycleStage  # the highest stage the evidence supports
    reasons: tuple[str, ...]  # the codes (see module docstring) that support it
    is_move_up: bool  # above the current stage: worth proposing
    next_stage: LifecycleStage | None = None  # without a move up: the nearest stage above
    missing: tuple[str, ...] = ()  # the conditions next_stage still lacks


def _months_back(today: date, months: int) -> date:
    """The first day of the month `months - 1` months before today's month."""
    index = today.year * 12 + today.month - 1 - (months - 1)
    return date(index // 12, index % 12 + 1, 1)


def _months_covered(fact: PurchaseFact) -> set[tuple[int, int]]:
    months = set()
    year, month = fact.starts_on.year, fact.starts_on.month
    while (year, month) <= (fact.ends_on.year, fact.ends_on.month):
        months.add((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def buying_months(purchases: Iterable[PurchaseFact], since: date, today: date) -> int:
    """Distinct calendar months from `since` to today in which the customer bought."""
    months: set[tuple[int, int]] = set()
    for fact in purchases:
        if fact.order_count:
            months |= {
                m
                for m in _months_covered(fact)
                if (since.year, since.month) <= m <= (today.year, today.month)
            }
    return len(months)


def met_reasons(
    evidence: LifecycleEvidence,
    today: date,
    thresholds: LifecycleThresholds = DEFAULT_LIFECYCLE_THRESHOLDS,
) -> dict[str, str]:
    """Each condition that holds, with the reason code saying how it holds."""
    buying = [p for p in evidence.purchases if p.order_count]
    orders = sum(p.order_count for p in buying)
    reached = max((stage.rank for stage in evidence.ladder), default=-1)
    met = {}
    if orders >= 1:
        met["first_order"] = "first_order"
    elif reached >= LifecycleStage.TESTER.rank:
        met["first_order"] = "first_order_ladder"
    if orders >= thresholds.repeat_orders and len(buying) >= 2:
        met["repeat_orders"] = "repeat_orders"
    elif reached >= LifecycleStage.BUYER.rank:
        met["repeat_orders"] = "repeat_orders_ladder"
    window_start = _months_back(today, thresholds.regular_window_months)
    if buying_months(buying, window_start, today) >= thresholds.regular_months:
        met["regular_buying"] = "regular_buying"
    year_start = _months_back(today, 12)
    recent_lines = [p.product_lines for p in buying if p.ends_on >= year_start]
    if recent_lines and max(recent_lines) >= thresholds.wide_range_lines:
        met["wide_range"] = "wide_range"
    if evidence.relationship is RelationshipStage.COLLABORATIVE_PERSONAL_PARTNER:
        met["personal_partnership"] = "personal_partnership"
    elif (
        evidence.keep_professional
        and evidence.relationship is RelationshipStage.COLLABORATIVE_PARTNER
    ):
        met["personal_partnership"] = "collaborative_professional"
    if evidence.health is not None and evidence.health >= thresholds.healthy_score:
        met["healthy"] = "healthy"
    if any(score >= 9 for score in evidence.latest_recommendations):
        met["promoter"] = "promoter"
    if evidence.referrals_given > 0:
        met["referral"] = "referral"
    return met


def met_conditions(
    evidence: LifecycleEvidence,
    today: date,
    thresholds: LifecycleThresholds = DEFAULT_LIFECYCLE_THRESHOLDS,
) -> set[str]:
    return set(met_reasons(evidence, today, thresholds))


# What each stage needs, highest first: the first whose conditions all hold is suggested.
STAGE_RULES: tuple[tuple[LifecycleStage, tuple[str, ...]], ...] = (
    (LifecycleStage.SPONSOR_CHAMPION, ("first_order", "promoter", "referral")),
    (
        LifecycleStage.PATRON_FRIEND,
        ("regular_buying", "wide_range", "personal_partnership", "healthy"),
    ),
    (LifecycleStage.ACCOUNT, ("regular_buying", "wide_range")),
    (LifecycleStage.BUYER, ("repeat_orders",)),
    (LifecycleStage.TESTER, ("first_order",)),
)


def suggest_lifecycle(
    current: LifecycleStage,
    evidence: LifecycleEvidence,
    today: date,
    thresholds: LifecycleThresholds = DEFAULT_LIFECYCLE_THRESHOLDS,
) -> LifecycleSuggestion:
    """The highest stage the evidence supports, and whether it is a move up from `current`;
    without a move up, the nearest stage above and what it lacks. A customer marked
    "former" gets no proposal: it ended by the salesperson's decision."""
    met = met_reasons(evidence, today, thresholds)
    best = LifecycleSuggestion(LifecycleStage.PROSPECT, (), False)
    for stage, needed in STAGE_RULES:
        if all(code in met for code in needed):
            up = current is not LifecycleStage.FORMER and stage.rank > current.rank
            best = LifecycleSuggestion(stage, tuple(met[c] for c in needed), up)
            break
    if best.is_move_up or current is LifecycleStage.FORMER:
        return best
    above = [
        (tuple(c for c in needed if c not in met), stage)
        for stage, needed in STAGE_RULES
        if stage.rank > current.rank
    ]
    if not above:
        return best
    missing, stage = min(above, key=lambda pair: (len(pair[0]), pair[1].rank))
    return LifecycleSuggestion(best.stage, best.reasons, False, stage, missing)
