"""Seed 004's rule: a customer who costs a lot, has no stable relationship and has
reached the late, declining part of its life cycle is a candidate to disengage from, so
the energy goes to more promising relationships. All three conditions must hold; the
result says which hold so the flag can explain itself.

- ``high_cost``: over the last 12 months cost-to-serve >= cost_ratio x revenue (or any
  cost with no revenue at all).
- ``unstable``: the principles' health < weak_health, or the relationship is still a
  business partnership after min_relationship_days of meetings (it does not deepen).
- ``declining``: the lifecycle stage is "former", or its last move went down, or revenue
  of the last 12 months fell by >= revenue_drop compared with the 12 before.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class DisengageThresholds:
    cost_ratio: float = 0.5
    weak_health: float = 50.0
    min_relationship_days: int = 365
    revenue_drop: float = 0.2


DEFAULT_DISENGAGE_THRESHOLDS = DisengageThresholds()


@dataclass(frozen=True)
class DisengageFacts:
    revenue_12m: int
    cost_12m: int
    revenue_previous_12m: int
    health: float | None
    business_partner_only: bool  # relationship stage still "business partner"
    relationship_days: int  # since the first meeting (0 without meetings)
    former: bool
    last_move_down: bool


@dataclass(frozen=True)
class DisengageCheck:
    high_cost: bool
    unstable: bool
    declining: bool
    details: tuple[str, ...]  # codes of what holds: cost_ratio, no_revenue, weak_health,
    #                           not_deepening, former, moved_down, revenue_drop

    @property
    def candidate(self) -> bool:
        return self.high_cost and self.unstable and self.declining


def check_disengage(
    facts: DisengageFacts, thresholds: DisengageThresholds = DEFAULT_DISENGAGE_THRESHOLDS
) -> DisengageCheck:
    details: list[str] = []
    if facts.revenue_12m <= 0:
        if facts.cost_12m > 0:
            details.append("no_revenue")
    elif facts.cost_12m >= thresholds.cost_ratio * facts.revenue_12m:
        details.append("cost_ratio")
    high_cost = bool(details)
    if facts.health is not None and facts.health < thresholds.weak_health:
        details.append("weak_health")
    if facts.business_partner_only and facts.relationship_days >= thresholds.min_relationship_days:
        details.append("not_deepening")
    unstable = any(code in details for code in ("weak_health", "not_deepening"))
    if facts.former:
        details.append("former")
    if facts.last_move_down:
        details.append("moved_down")
    previous = facts.revenue_previous_12m
    if previous > 0 and facts.revenue_12m <= (1 - thresholds.revenue_drop) * previous:
        details.append("revenue_drop")
    declining = any(code in details for code in ("former", "moved_down", "revenue_drop"))
    return DisengageCheck(high_cost, unstable, declining, tuple(details))
