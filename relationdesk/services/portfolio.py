"""The whole portfolio at a glance: what the dashboard shows (and the portfolio report
will print). Everything is aggregated in SQL over the cached customer columns, so it stays
fast on 20,000 customers; only the few high-cost customers get the full disengage check.
"""

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import NamedTuple

from relationdesk.domain.disengage import (
    DEFAULT_DISENGAGE_THRESHOLDS,
    DisengageCheck,
    DisengageFacts,
    DisengageThresholds,
    check_disengage,
)
from relationdesk.domain.economics import last_twelve_months, meeting_cost, previous_twelve_months
from relationdesk.domain.enums import LifecycleStage, is_move_down
from relationdesk.domain.evidence import Principle
from relationdesk.domain.nps import ANSWER_VALID_DAYS, Answer, nps_as_of
from relationdesk.domain.relationship_stage import RelationshipStage
from relationdesk.services.economics import MEETING_MINUTES_SQL

QUARTERS_SHOWN = 8


class AttentionKind(StrEnum):
    MASTER = "master"  # the client acts as a master (DOMAIN.md §3)
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
    quarters = _quarters(today, QUARTERS_SHOWN)
    oldest = quarters[0][0] - timedelta(days=ANSWER_VALID_DAYS)
    answers = [
        Answer(r[0], r[1], date.fromisoformat(r[2]))
        for r in conn.execute(
            "SELECT contact_id, score, answered_on FROM recommendation "
            "WHERE answered_on >= ? AND answered_on <= ?",
            [oldest.isoformat(), today.isoformat()],
        )
    ]
    return [(start, nps_as_of(answers, end)) for start, end in quarters]


@dataclass(frozen=True)
class _Money:
    """One customer's periods of the last 12 months."""

    revenue: int
    entered_cost: int  # care + assistance + other
    contiguous: bool  # its periods follow each other without a gap
    first_day: str  # first and last day of its periods (ISO)
    last_day: str


def _money_by_customer(conn: sqlite3.Connection, since: date, until: date) -> dict[str, _Money]:
    """customer -> its figures of the periods starting in since..until. `+starts_on` keeps
    SQLite off the starts_on index: walking the customer index groups without sorting,
    3x faster on 20,000 customers."""
    rows = conn.execute(
        "SELECT customer_id, sum(revenue), sum(care_cost + assistance_cost + other_cost), "
        "min(starts_on), max(ends_on), sum(julianday(ends_on) - julianday(starts_on) + 1) "
        "- (julianday(max(ends_on)) - julianday(min(starts_on)) + 1) "
        "FROM economics_period WHERE +starts_on >= ? AND +starts_on <= ? GROUP BY customer_id",
        [since.isoformat(), until.isoformat()],
    )
    return {r[0]: _Money(r[1], r[2], r[5] == 0, r[3], r[4]) for r in rows}


def _revenue_of(
    conn: sqlite3.Connection, customer_ids: list[str], since: date, until: date
) -> dict[str, int]:
    """customer -> revenue of its periods starting in since..until (for a few customers)."""
    return dict(
        conn.execute(
            "SELECT customer_id, sum(revenue) FROM economics_period "
            "WHERE customer_id IN (SELECT value FROM json_each(?)) "
            "AND starts_on >= ? AND starts_on <= ? GROUP BY customer_id",
            [json.dumps(customer_ids), since.isoformat(), until.isoformat()],
        ).fetchall()
    )


def _meeting_minutes(
    conn: sqlite3.Connection, money: dict[str, _Money], since: date, until: date
) -> dict[str, float]:
    """customer -> minutes of its meetings inside its periods starting in since..until
    (those `money` sums up).

    Periods never overlap, so where they follow each other one range of the meeting
    index covers them all; only customers with a gap need a look per period."""
    minutes_sql = MEETING_MINUTES_SQL.replace("ended_at", "m.ended_at").replace(
        "started_at", "m.started_at"
    )
    spans = [
        [customer_id, m.first_day, (date.fromisoformat(m.last_day) + timedelta(1)).isoformat()]
        for customer_id, m in money.items()
        if m.contiguous
    ]
    gaps = [customer_id for customer_id, m in money.items() if not m.contiguous]
    minutes: dict[str, float] = {}
    if spans:
        minutes.update(
            conn.execute(
                f"SELECT s.id, sum({minutes_sql}) FROM (SELECT json_extract(value, '$[0]') "
                "AS id, json_extract(value, '$[1]') AS first, json_extract(value, '$[2]') "
                "AS after FROM json_each(?)) s JOIN meeting m ON m.customer_id = s.id "
                "AND m.started_at >= s.first AND m.started_at < s.after GROUP BY s.id",
                [json.dumps(spans)],
            ).fetchall()
        )
    if gaps:
        minutes.update(
            conn.execute(
                f"SELECT p.customer_id, sum({minutes_sql}) FROM economics_period p "
                "JOIN meeting m ON m.customer_id = p.customer_id AND m.started_at >= p.starts_on "
                "AND m.started_at < date(p.ends_on, '+1 day') "
                "WHERE p.customer_id IN (SELECT value FROM json_each(?)) "
                "AND p.starts_on >= ? AND p.starts_on <= ? GROUP BY p.customer_id",
                [json.dumps(gaps), since.isoformat(), until.isoformat()],
            ).fetchall()
        )
    return minutes


class _CustomerRow(NamedTuple):
    id: str
    name: str
    sort_key: str
    currency: str
    lifecycle: LifecycleStage
    relationship: RelationshipStage
    health: float | None
    master: bool  # as stored: 0 or 1
    last_meeting_at: str | None  # ISO text, parsed when the attention list is made
    next_follow_up_at: str | None


def _customers(conn: sqlite3.Connection) -> list[_CustomerRow]:
    lifecycle = {stage.value: stage for stage in LifecycleStage}
    relationship = {stage.value: stage for stage in RelationshipStage}
    business = RelationshipStage.BUSINESS_PARTNER
    return [
        _CustomerRow(
            r[0], r[1], r[2], r[3], lifecycle[r[4]], relationship.get(r[5], business), *r[6:]
        )
        for r in conn.execute(
            "SELECT id, name, sort_key, currency, lifecycle_stage, coalesce(confirmed_stage, "
            "suggested_stage), health_score, master_warning, last_meeting_at, "
            "next_follow_up_at FROM customer"
        )
    ]


def _last_move_down(conn: sqlite3.Connection, customer_ids: list[str]) -> set[str]:
    down = set()
    for customer_id in customer_ids:
        row = conn.execute(
            "SELECT previous_stage, stage FROM lifecycle_change WHERE customer_id = ? "
            "ORDER BY changed_on DESC, created_at DESC LIMIT 1",
            [customer_id],
        ).fetchone()
        if row and row[0] and is_move_down(LifecycleStage(row[0]), LifecycleStage(row[1])):
            down.add(customer_id)
    return down


def _first_meetings(conn: sqlite3.Connection, customer_ids: list[str]) -> dict[str, datetime]:
    firsts = {}
    for customer_id in customer_ids:
        row = conn.execute(
            "SELECT min(started_at) FROM meeting WHERE customer_id = ?", [customer_id]
        ).fetchone()
        if row[0]:
            firsts[customer_id] = datetime.fromisoformat(row[0])
    return firsts


def portfolio_dashboard(
    conn: sqlite3.Connection,
    now: datetime,
    hourly_rates: dict[str, int],
    quiet_days: int = 90,
    thresholds: DisengageThresholds = DEFAULT_DISENGAGE_THRESHOLDS,
) -> PortfolioDashboard:
    """Everything the dashboard shows, as of `now` (naive UTC)."""
    today = now.date()
    customers = _customers(conn)
    recent = last_twelve_months(today)
    money = _money_by_customer(conn, *recent)
    # Meeting time only matters where it has a price.
    rated = {c.id for c in customers if hourly_rates.get(c.currency, 0)}
    minutes = _meeting_minutes(conn, {k: v for k, v in money.items() if k in rated}, *recent)

    economics: dict[str, dict[LifecycleStage, StageEconomics]] = defaultdict(dict)
    costs: dict[str, int] = {}
    for customer in customers:
        figures = money.get(customer.id)
        if figures is None:
            continue
        rate = hourly_rates.get(customer.currency, 0)
        cost = figures.entered_cost + meeting_cost(minutes.get(customer.id, 0.0), rate)
        costs[customer.id] = cost
        by_stage = economics[customer.currency]
        was = by_stage.get(customer.lifecycle, StageEconomics())
        by_stage[customer.lifecycle] = StageEconomics(
            was.revenue + figures.revenue, was.cost_to_serve + cost, was.customers + 1
        )

    # The full disengage check only where cost is high: the other two conditions need
    # per-customer queries, and without a high cost the answer is no anyway.
    def high_cost(customer: _CustomerRow) -> bool:
        cost = costs.get(customer.id, 0)
        revenue = money[customer.id].revenue if cost else 0
        return cost > 0 and (revenue <= 0 or cost >= thresholds.cost_ratio * revenue)

    costly = [c for c in customers if high_cost(c)]
    moved_down = _last_move_down(conn, [c.id for c in costly])
    previous = _revenue_of(conn, [c.id for c in costly], *previous_twelve_months(today))
    firsts = _first_meetings(conn, [c.id for c in costly])
    checks: dict[str, DisengageCheck] = {}
    for customer in costly:
        first = firsts.get(customer.id)
        check = check_disengage(
            DisengageFacts(
                revenue_12m=money[customer.id].revenue,
                cost_12m=costs[customer.id],
                revenue_previous_12m=previous.get(customer.id, 0),
                health=customer.health,
                business_partner_only=customer.relationship is RelationshipStage.BUSINESS_PARTNER,
                relationship_days=(now - first).days if first else 0,
                former=customer.lifecycle is LifecycleStage.FORMER,
                last_move_down=customer.id in moved_down,
            ),
            thresholds,
        )
        if check.candidate:
            checks[customer.id] = check

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
        economics=dict(economics),
        attention=_attention(customers, checks, now, quiet_days),
    )


def _attention(
    customers: list[_CustomerRow],
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
