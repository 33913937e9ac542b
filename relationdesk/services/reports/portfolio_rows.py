"""The portfolio review's figures: one line per customer and the dashboard's aggregates
over the same customers, read with the dashboard's own queries (services/portfolio.py,
services/portfolio_figures.py) so the report and the screen agree.

Pure data (SQL and domain rules, no translation, no Qt): the UI reads it on a worker
thread, in batches of customers, each reported to `on_progress`, which can cancel.
"""

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from statistics import fmean

from relationdesk.domain.disengage import (
    DEFAULT_DISENGAGE_THRESHOLDS,
    DisengageCheck,
    DisengageThresholds,
)
from relationdesk.domain.economics import last_twelve_months
from relationdesk.domain.enums import LifecycleStage
from relationdesk.domain.evidence import Principle
from relationdesk.domain.nps import ANSWER_VALID_DAYS, Answer, nps_as_of
from relationdesk.domain.progress import Progress
from relationdesk.domain.relationship_stage import RelationshipStage
from relationdesk.services.keep_in_touch import reach_out_counts, reach_out_list
from relationdesk.services.portfolio import (
    AttentionKind,
    PortfolioDashboard,
    attention_items,
    economics_by_stage,
    nps_points,
    quarters_shown,
)
from relationdesk.services.portfolio_figures import (
    CustomerMoney,
    PortfolioCustomer,
    costs_to_serve,
    disengage_checks,
    money_by_customer,
    portfolio_customers,
)
from relationdesk.services.reports.pdf import ReportCancelled

BATCH = 500  # customers per round of queries (and per progress report)
DEFAULT_QUIET_DAYS = 90


class PortfolioSort(StrEnum):
    NAME = "name"  # A to Z, accents and case ignored
    HEALTH = "health"  # highest first, customers without a score last
    REVENUE = "revenue"  # highest first within each currency, the main currency first
    PROFIT = "profit"  # as revenue
    NPS = "nps"  # highest first, customers without answers last
    LIFECYCLE = "lifecycle"  # sponsors first, down the ladder to prospects, former last


@dataclass(frozen=True)
class PortfolioOptions:
    customer_ids: list[str] | None = None  # None: every customer
    sort: PortfolioSort = PortfolioSort.NAME
    author: str = ""
    quiet_days: int = DEFAULT_QUIET_DAYS  # settings.QUIET_DAYS: "gone quiet" after this
    touch_days: int = 30  # settings.STAY_IN_TOUCH_DAYS, for the reach-out counts


@dataclass(frozen=True)
class CustomerLine:
    """One customer's row of the table; amounts in its own currency's minor units."""

    id: str
    name: str
    currency: str
    relationship: RelationshipStage
    lifecycle: LifecycleStage
    health: float | None
    scores: dict[Principle, float | None]
    nps: int | None  # from its contacts' latest answers of the last 12 months
    revenue: int | None  # last 12 months; None without any period recorded
    profit: int | None
    flags: tuple[AttentionKind, ...]


@dataclass(frozen=True)
class PortfolioData:
    options: PortfolioOptions
    now: datetime  # naive UTC, as of which everything was read
    customers_in_database: int
    # The selection is exactly the customers at this lifecycle stage (a filter by stage).
    selection_stage: LifecycleStage | None
    summary: PortfolioDashboard  # the dashboard's figures over the selected customers
    lines: list[CustomerLine]  # sorted as options.sort says

    @property
    def filtered(self) -> bool:
        return self.options.customer_ids is not None

    def attention_count(self, kind: AttentionKind) -> int:
        return sum(1 for item in self.summary.attention if item.kind is kind)




def portfolio_data(
    conn: sqlite3.Connection,
    options: PortfolioOptions,
    now: datetime,
    hourly_rates: dict[str, int],
    thresholds: DisengageThresholds = DEFAULT_DISENGAGE_THRESHOLDS,
    on_progress: Progress | None = None,
) -> PortfolioData:
    """Read the customers of `options` batch by batch; `on_progress(done, total)` after
    each batch (and once before the first) may return False to cancel: ReportCancelled."""
    today = now.date()
    if options.customer_ids is None:
        ids = [r[0] for r in conn.execute("SELECT id FROM customer")]
    else:
        ids = list(dict.fromkeys(options.customer_ids))
    in_database = conn.execute("SELECT count(*) FROM customer").fetchone()[0]
    _report(on_progress, 0, len(ids))
    customers: list[PortfolioCustomer] = []
    money: dict[str, CustomerMoney] = {}
    costs: dict[str, int] = {}
    checks: dict[str, DisengageCheck] = {}
    scores: dict[str, tuple[float | None, ...]] = {}
    answers: dict[str, list[Answer]] = defaultdict(list)
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        found = portfolio_customers(conn, batch)
        batch_money = money_by_customer(conn, *last_twelve_months(today), batch)
        batch_costs = costs_to_serve(conn, found, batch_money, today, hourly_rates)
        checks.update(disengage_checks(conn, found, batch_money, batch_costs, now, thresholds))
        customers += found
        money.update(batch_money)
        costs.update(batch_costs)
        scores.update(_scores(conn, batch))
        for customer_id, answer in _answers(conn, batch, today):
            answers[customer_id].append(answer)
        _report(on_progress, start + len(batch), len(ids))

    attention = attention_items(customers, checks, now, options.quiet_days)
    chosen = {customer.id for customer in customers}
    flags: dict[str, list[AttentionKind]] = defaultdict(list)
    for item in attention:
        flags[item.customer_id].append(item.kind)
    relationship_counts = dict.fromkeys(RelationshipStage, 0)
    lifecycle_counts = dict.fromkeys(LifecycleStage, 0)
    for customer in customers:
        relationship_counts[customer.relationship] += 1
        lifecycle_counts[customer.lifecycle] += 1
    summary = PortfolioDashboard(
        customers=len(customers),
        relationship_stages=relationship_counts,
        lifecycle_stages=lifecycle_counts,
        nps_by_quarter=nps_points((a for group in answers.values() for a in group), today),
        average_scores={p: _mean(s[i] for s in scores.values()) for i, p in enumerate(Principle)},
        average_health=_mean(c.health for c in customers),
        economics=economics_by_stage(customers, money, costs),
        attention=attention,
        reach_out=reach_out_counts(
            [r for r in reach_out_list(conn, now, options.touch_days) if r.customer_id in chosen]
        ),
    )
    lines = [
        CustomerLine(
            id=c.id,
            name=c.name,
            currency=c.currency,
            relationship=c.relationship,
            lifecycle=c.lifecycle,
            health=c.health,
            scores=dict(zip(Principle, scores.get(c.id, (None,) * 5), strict=True)),
            nps=nps_as_of(answers.get(c.id, ()), today),
            revenue=money[c.id].revenue if c.id in money else None,
            profit=money[c.id].revenue - costs[c.id] if c.id in money else None,
            flags=tuple(flags.get(c.id, ())),
        )
        for c in customers
    ]
    sort_keys = {c.id: c.sort_key for c in customers}
    return PortfolioData(
        options=options,
        now=now,
        customers_in_database=in_database,
        selection_stage=_selection_stage(conn, options, customers),
        summary=summary,
        lines=sorted_lines(lines, options.sort, sort_keys, summary),
    )


def _report(on_progress: Progress | None, done: int, total: int) -> None:
    if on_progress is not None and on_progress(done, total) is False:
        raise ReportCancelled()


def _scores(conn: sqlite3.Connection, batch: list[str]) -> dict[str, tuple[float | None, ...]]:
    return {
        r[0]: tuple(r[1:])
        for r in conn.execute(
            "SELECT id, reciprocity_score, autonomy_score, integrity_score, loyalty_score, "
            "equity_score FROM customer WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(batch)],
        )
    }


def _answers(conn: sqlite3.Connection, batch: list[str], today: date) -> list[tuple[str, Answer]]:
    """The answers that can count for today's NPS or for a quarter of the trend."""
    oldest = quarters_shown(today)[0][0] - timedelta(days=ANSWER_VALID_DAYS)
    return [
        (r[0], Answer(r[1], r[2], date.fromisoformat(r[3])))
        for r in conn.execute(
            "SELECT customer_id, contact_id, score, answered_on FROM recommendation "
            "WHERE customer_id IN (SELECT value FROM json_each(?)) "
            "AND answered_on >= ? AND answered_on <= ?",
            [json.dumps(batch), oldest.isoformat(), today.isoformat()],
        )
    ]


def _mean(values: Iterable[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return fmean(known) if known else None


def _selection_stage(
    conn: sqlite3.Connection, options: PortfolioOptions, customers: list[PortfolioCustomer]
) -> LifecycleStage | None:
    stages = {c.lifecycle for c in customers}
    if options.customer_ids is None or len(stages) != 1:
        return None
    stage = stages.pop()
    at_stage = conn.execute(
        "SELECT count(*) FROM customer WHERE lifecycle_stage = ?", [stage.value]
    ).fetchone()[0]
    return stage if at_stage == len(customers) else None


def sorted_lines(
    lines: Sequence[CustomerLine],
    sort: PortfolioSort,
    sort_keys: dict[str, str],
    summary: PortfolioDashboard,
) -> list[CustomerLine]:
    """The rows in the order chosen; ties (and missing figures, always last) by name.
    Amounts of different currencies do not compare: the main currency's customers come
    first, then each other currency's, most customers first."""

    def name(line: CustomerLine) -> str:
        return sort_keys.get(line.id, line.name)

    def highest(value: float | None) -> tuple[bool, float]:
        return value is None, -(value or 0)

    if sort is PortfolioSort.HEALTH:
        return sorted(lines, key=lambda x: (*highest(x.health), name(x)))
    if sort is PortfolioSort.NPS:
        return sorted(lines, key=lambda x: (*highest(x.nps), name(x)))
    if sort is PortfolioSort.LIFECYCLE:
        return sorted(lines, key=lambda x: (-x.lifecycle.rank if x.lifecycle.rank >= 0 else 99,
                                            name(x)))  # fmt: skip
    if sort in (PortfolioSort.REVENUE, PortfolioSort.PROFIT):
        weight = defaultdict(int, {code: sum(s.customers for s in stages.values())
                                   for code, stages in summary.economics.items()})  # fmt: skip
        main = summary.main_currency

        def money_key(x: CustomerLine) -> tuple[object, ...]:
            amount = x.revenue if sort is PortfolioSort.REVENUE else x.profit
            return (x.currency != main, -weight[x.currency], x.currency == "", x.currency,
                    *highest(amount), name(x))  # fmt: skip

        return sorted(lines, key=money_key)
    return sorted(lines, key=name)
