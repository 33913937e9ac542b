"""Breadth and depth of self-disclosure month by month: the onion over time (docs/domain.md §2).

Social penetration theory describes a relationship by how many topics each side opens up
(breadth) and how far in they go, peripheral → intermediate → core (depth). This module
turns the recorded disclosures into one point per month, side and domain, for a chart.

Why a rolling window and not a running total: a running total can only grow, yet a
relationship can also become shallower again (depenetration, see drift.py) when its
costs come to outweigh its rewards. Counting only what was disclosed in the
``window_days`` before each month-end lets the lines fall as well as rise.

Window of a month: ``end - window_days <= when < end``, where ``end`` is the first moment
of the next month; for the current month, disclosures after ``now`` are ignored.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from relationdesk.domain.meetings import DisclosureDomain, DisclosureFact, Side
from relationdesk.domain.text import fold


@dataclass(frozen=True)
class PenetrationPoint:
    """One side's openness in one domain, as of the end of one month."""

    month: date  # the first day of the month
    side: Side
    domain: DisclosureDomain
    breadth: int  # distinct topics in the window
    depth: float  # deepest rank in the window: 1 peripheral .. 3 core; 0 when none


def _naive_utc(moment: datetime) -> datetime:
    """Facts are naive UTC; accept an aware ``now`` too rather than fail comparing them."""
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _month_start(moment: datetime | date) -> date:
    return date(moment.year, moment.month, 1)


def _add_months(month: date, count: int) -> date:
    index = month.year * 12 + month.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


def monthly_penetration(
    facts: Iterable[DisclosureFact],
    now: datetime,
    months: int = 24,
    window_days: int = 180,
) -> list[PenetrationPoint]:
    """Points for the last ``months`` months up to ``now``, from the first disclosure on.

    Ordered by month, then side, then domain; every side and domain appears in every
    month (zeros included), so a chart gets continuous lines. Blank topics add no breadth
    but their depth still counts. No disclosures up to ``now`` gives an empty list.
    """
    if months < 1 or window_days < 1:
        raise ValueError("months and window_days must be >= 1")
    now = _naive_utc(now)
    past = sorted((f for f in facts if f.when <= now), key=lambda f: f.when)
    if not past:
        return []
    current = _month_start(now)
    first = max(_month_start(past[0].when), _add_months(current, 1 - months))
    window = timedelta(days=window_days)
    points: list[PenetrationPoint] = []
    month = first
    while month <= current:
        next_month = _add_months(month, 1)
        end = datetime(next_month.year, next_month.month, 1)
        start = end - window
        in_window = [f for f in past if start <= f.when < end]
        for side in Side:
            for domain in DisclosureDomain:
                group = [f for f in in_window if f.side == side and f.domain == domain]
                topics = {fold(f.topic) for f in group} - {""}
                depth = max((f.depth.rank for f in group), default=0)
                points.append(PenetrationPoint(month, side, domain, len(topics), float(depth)))
        month = next_month
    return points
