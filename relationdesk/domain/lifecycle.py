"""The customer lifecycle ladder and the moves the evidence suggests (docs/domain.md §4).

Prospect -> tester -> buyer -> account -> patron-friend -> sponsor-champion, plus "former"
for a relationship that ended. The salesperson decides; the app only suggests a move up,
with the reasons (codes the UI turns into sentences), never a move down or to "former".

Rules, each on the evidence recorded so far (thresholds in LifecycleThresholds):
- ``first_order``: at least one order (a period with revenue and no order count is one).
- ``repeat_orders``: orders >= repeat_orders, in two or more periods.
- ``regular_buying``: bought in >= regular_months of the last regular_window_months.
- ``wide_range``: the most product lines bought in one period of the last 12 months
  >= wide_range_lines.
- ``personal_partnership``: the relationship stage is collaborative & personal partner.
- ``healthy``: the principles' health >= healthy_score.
- ``promoter``: a contact's latest recommendation answer is 9 or 10.
- ``referral``: the customer has referred us to at least one other customer.

tester: first_order. buyer: repeat_orders. account: regular_buying + wide_range.
patron-friend: account's + personal_partnership + healthy.
sponsor-champion: first_order + promoter + referral.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from relationdesk.domain.enums import LifecycleStage


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
    personal_partnership: bool  # relationship stage is collaborative & personal partner
    health: float | None


@dataclass(frozen=True)
class LifecycleSuggestion:
    stage: LifecycleStage  # the highest stage the evidence supports
    reasons: tuple[str, ...]  # the codes (see module docstring) that support it
    is_move_up: bool  # above the current stage: worth proposing


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


def met_conditions(
    evidence: LifecycleEvidence,
    today: date,
    thresholds: LifecycleThresholds = DEFAULT_LIFECYCLE_THRESHOLDS,
) -> set[str]:
    buying = [p for p in evidence.purchases if p.order_count]
    orders = sum(p.order_count for p in buying)
    met = set()
    if orders >= 1:
        met.add("first_order")
    if orders >= thresholds.repeat_orders and len(buying) >= 2:
        met.add("repeat_orders")
    window_start = _months_back(today, thresholds.regular_window_months)
    if buying_months(buying, window_start, today) >= thresholds.regular_months:
        met.add("regular_buying")
    year_start = _months_back(today, 12)
    recent_lines = [p.product_lines for p in buying if p.ends_on >= year_start]
    if recent_lines and max(recent_lines) >= thresholds.wide_range_lines:
        met.add("wide_range")
    if evidence.personal_partnership:
        met.add("personal_partnership")
    if evidence.health is not None and evidence.health >= thresholds.healthy_score:
        met.add("healthy")
    if any(score >= 9 for score in evidence.latest_recommendations):
        met.add("promoter")
    if evidence.referrals_given > 0:
        met.add("referral")
    return met


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
    """The highest stage the evidence supports, and whether it is a move up from `current`.
    A customer marked "former" gets no proposal: it ended by the salesperson's decision."""
    met = met_conditions(evidence, today, thresholds)
    for stage, needed in STAGE_RULES:
        if all(code in met for code in needed):
            up = current is not LifecycleStage.FORMER and stage.rank > current.rank
            return LifecycleSuggestion(stage, needed, up)
    return LifecycleSuggestion(LifecycleStage.PROSPECT, (), False)
