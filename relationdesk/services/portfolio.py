"""The whole portfolio at a glance: what the dashboard shows (and the portfolio report
will print). Everything is aggregated in SQL over the cached customer columns, so it stays
fast on 20,000 customers; only the few high-cost customers get the full disengage check.
"""

import sqlite3
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from itertools import groupby
from operator import itemgetter

from relationdesk.domain.disengage import (
    DEFAULT_DISENGAGE_THRESHOLDS,
    DisengageCheck,
    DisengageThresholds,
)
from relationdesk.domain.enums import LifecycleStage
from relationdesk.domain.evidence import Principle
from relationdesk.domain.nps import ANSWER_VALID_DAYS, Answer, nps_as_of, nps_of_counts
from relationdesk.domain.relationship_stage import RelationshipStage
from relationdesk.services.dashboard_figures import money_and_minutes
from relationdesk.services.keep_in_touch import ReachOutCounts, reach_out_counts, reach_out_list
from relationdesk.services.portfolio_figures import (
    CustomerMoney,
    PortfolioCustomer,
    costs_to_serve,
    disengage_checks,
    portfolio_customers,
)

QUARTERS_SHOWN = 8


class AttentionKind(StrEnum):
    MASTER = "master"  # the client acts as a master (docs/domain.md §3)
    DISENGAGE = "disengage"
    OVERDUE = "overdue"  # a follow-up is overdue
    QUIET = "quiet"  # no meeting for a long time


@dataclass(frozen=True)
class AttentionItem:
    customer_id: str
    customer_name: str
    kind: AttentionKind
    since: datetime | None  # overdue since / last meeting; None for the other kinds
    disengage: DisengageCheck | None = None


@dataclass(frozen=True)
class StageEconomics:
    revenue: int = 0
    cost_to_serve: int = 0
    customers: int = 0  # how many customers have figures in the period

    @property
    def profit(self) -> int:
        return self.revenue - self.cost_to_serve


@dataclass(frozen=True)
class PortfolioDashboard:
    customers: int
    relationship_stages: dict[RelationshipStage, int]
    lifecycle_stages: dict[LifecycleStage, int]
    nps_by_quarter: list[tuple[date, int | None]]  # quarter's first day, NPS at its end
    average_scores: dict[Principle, float | None]
    average_health: float | None
    # Last 12 months, per currency (amounts of different currencies never add up).
    economics: dict[str, dict[LifecycleStage, StageEconomics]] = field(default_factory=dict)
    attention: list[AttentionItem] = field(default_factory=list)
    reach_out: ReachOutCounts = field(default_factory=ReachOutCounts)  # drifting, past interval

    @property
    def main_currency(self) -> str:
        """The currency most customers are billed in: the one the dashboard shows first.
        (Revenue cannot decide: a sum in IDR dwarfs one in EUR.)"""
        if not self.economics:
            return ""

        def weight(code: str) -> tuple[int, int, str]:
            stages = self.economics[code].values()
            return sum(s.customers for s in stages), sum(s.revenue for s in stages), code

        return max(self.economics, key=weight)


def _quarter_start(day: date) -> date:
    return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


def _quarters(today: date, count: int) -> list[tuple[date, date]]:
    """The last `count` quarters up to today's, oldest first, as (first day, last day)."""
    starts = [_quarter_start(today)]
    while len(starts) < count:
        starts.append(_quarter_start(starts[-1] - timedelta(days=1)))
    starts.reverse()
    ends = [s - timedelta(days=1) for s in starts[1:]] + [today]
    return list(zip(starts, ends, strict=True))


def nps_by_quarter(conn: sqlite3.Connection, today: date) -> list[tuple[date, int | None]]:
    """nps_points over the answers in the database, in one pass: each contact's answers
    in date order, and for each quarter's end its latest one still valid then (ISO dates
    compare as text). Building an Answer per row and scanning them all once per quarter
    took most of a second on 20,000 customers."""
    quarters = quarters_shown(today)
    ends = [
        (end.isoformat(), (end - timedelta(days=ANSWER_VALID_DAYS)).isoformat())
        for _start, end in quarters
    ]
    counts: list[Counter[int]] = [Counter() for _ in quarters]
    rows = conn.execute(
        "SELECT contact_id, score, answered_on FROM recommendation "
        "WHERE answered_on >= ? AND answered_on <= ? ORDER BY contact_id, answered_on",
        [ends[0][1], ends[-1][0]],
    )
    for _contact, answers in groupby(rows, key=itemgetter(0)):
        scores_and_days = list(answers)
        days = [row[2] for row in scores_and_days]
        for quarter, (last, oldest) in enumerate(ends):
            index = bisect_right(days, last) - 1
            if index >= 0 and days[index] >= oldest:
                counts[quarter][scores_and_days[index][1]] += 1
    return [(start, nps_of_counts(c)) for (start, _end), c in zip(quarters, counts, strict=True)]


def quarters_shown(today: date) -> list[tuple[date, date]]:
    """The quarters the NPS trend covers, oldest first, as (first day, last day)."""
    return _quarters(today, QUARTERS_SHOWN)


def nps_points(answers: Iterable[Answer], today: date) -> list[tuple[date, int | None]]:
    """NPS at the end of each quarter shown; answers older than a year before the first
    quarter's start never count."""
    answers = list(answers)
    return [(start, nps_as_of(answers, end)) for start, end in quarters_shown(today)]


def economics_by_stage(
    customers: Sequence[PortfolioCustomer], money: dict[str, CustomerMoney], costs: dict[str, int]
) -> dict[str, dict[LifecycleStage, StageEconomics]]:
    """Revenue and cost per currency and lifecycle stage (currencies never add up)."""
    economics: dict[str, dict[LifecycleStage, StageEconomics]] = defaultdict(dict)
    for customer in customers:
        figures = money.get(customer.id)
        if figures is None:
            continue
        by_stage = economics[customer.currency]
        was = by_stage.get(customer.lifecycle, StageEconomics())
        by_stage[customer.lifecycle] = StageEconomics(
            was.revenue + figures.revenue, was.cost_to_serve + costs[customer.id], was.customers + 1
        )
    return dict(economics)


def portfolio_dashboard(
    conn: sqlite3.Connection,
    now: datetime,
    hourly_rates: dict[str, int],
    quiet_days: int = 90,
    thresholds: DisengageThresholds = DEFAULT_DISENGAGE_THRESHOLDS,
    touch_days: int = 30,
) -> PortfolioDashboard:
    """Everything the dashboard shows, as of `now` (naive UTC)."""
    today = now.date()
    customers = portfolio_customers(conn)
    money, minutes = money_and_minutes(conn, today)
    costs = costs_to_serve(conn, customers, money, today, hourly_rates, minutes)
    checks = disengage_checks(conn, customers, money, costs, now, thresholds)
    relationship_counts = dict.fromkeys(RelationshipStage, 0)
    lifecycle_counts = dict.fromkeys(LifecycleStage, 0)
    for customer in customers:
        relationship_counts[customer.relationship] += 1
        lifecycle_counts[customer.lifecycle] += 1
    scores = conn.execute(
        "SELECT avg(reciprocity_score), avg(autonomy_score), avg(integrity_score), "
        "avg(loyalty_score), avg(equity_score), avg(health_score) FROM customer"
    ).fetchone()
    return PortfolioDashboard(
        customers=len(customers),
        relationship_stages=relationship_counts,
        lifecycle_stages=lifecycle_counts,
        nps_by_quarter=nps_by_quarter(conn, today),
        average_scores=dict(zip(Principle, scores[:5], strict=True)),
        average_health=scores[5],
        economics=economics_by_stage(customers, money, costs),
        attention=attention_items(customers, checks, now, quiet_days),
        reach_out=reach_out_counts(reach_out_list(conn, now, touch_days)),
    )


def attention_items(
    customers: Sequence[PortfolioCustomer],
    checks: dict[str, DisengageCheck],
    now: datetime,
    quiet_days: int,
) -> list[AttentionItem]:
    """Customers by name; for each, its items in AttentionKind order."""
    quiet_since = now - timedelta(days=quiet_days)
    parse = datetime.fromisoformat
    attention: list[AttentionItem] = []
    for customer in sorted(customers, key=lambda c: c.sort_key):
        if customer.master:
            attention.append(AttentionItem(customer.id, customer.name, AttentionKind.MASTER, None))
        if customer.id in checks:
            attention.append(
                AttentionItem(
                    customer.id, customer.name, AttentionKind.DISENGAGE, None, checks[customer.id]
                )
            )
        due = parse(customer.next_follow_up_at) if customer.next_follow_up_at else None
        if due is not None and due < now:
            attention.append(AttentionItem(customer.id, customer.name, AttentionKind.OVERDUE, due))
        last = parse(customer.last_meeting_at) if customer.last_meeting_at else None
        if last is not None and last < quiet_since and customer.lifecycle is not _FORMER:
            attention.append(AttentionItem(customer.id, customer.name, AttentionKind.QUIET, last))
    return attention


_FORMER = LifecycleStage.FORMER
