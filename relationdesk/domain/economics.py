"""The economics of a relationship: profit = revenue - costs (docs/domain.md §4).

Amounts are integers in minor units (cents) of the customer's currency, so sums are
exact. Cost-to-serve is customer care + assistance + other + the logged meeting time
valued at the salesperson's hourly rate for that currency.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"


def period_bounds(kind: PeriodKind, year: int, number: int) -> tuple[date, date]:
    """First and last day of month `number` (1-12) or quarter `number` (1-4) of `year`."""
    months = 1 if kind is PeriodKind.MONTH else 3
    if not 1 <= number <= 12 // months:
        raise ValueError(number)
    first_month = (number - 1) * months + 1
    start = date(year, first_month, 1)
    after = first_month + months
    end = (date(year + 1, 1, 1) if after > 12 else date(year, after, 1)) - timedelta(days=1)
    return start, end


def period_of(kind: PeriodKind, day: date) -> tuple[date, date]:
    """The month or quarter that contains `day`."""
    number = day.month if kind is PeriodKind.MONTH else (day.month - 1) // 3 + 1
    return period_bounds(kind, day.year, number)


@dataclass(frozen=True)
class PeriodFigures:
    starts_on: date
    ends_on: date
    revenue: int
    care_cost: int
    assistance_cost: int
    other_cost: int
    meeting_cost: int  # logged meeting time x hourly rate, computed, never entered

    @property
    def cost_to_serve(self) -> int:
        return self.care_cost + self.assistance_cost + self.other_cost + self.meeting_cost

    @property
    def profit(self) -> int:
        return self.revenue - self.cost_to_serve

    @property
    def margin(self) -> float | None:
        """Profit / revenue; None without revenue (a margin of nothing means nothing)."""
        return self.profit / self.revenue if self.revenue else None


def overlapping(
    starts_on: date, ends_on: date, others: Iterable[tuple[date, date]]
) -> tuple[date, date] | None:
    """The first of `others` that shares a day with starts_on..ends_on, or None."""
    for other_start, other_end in others:
        if starts_on <= other_end and other_start <= ends_on:
            return other_start, other_end
    return None


def meeting_cost(minutes: float, hourly_rate: int) -> int:
    """Meeting time valued at `hourly_rate` (minor units per hour), rounded to a cent."""
    return round(minutes * hourly_rate / 60)


@dataclass(frozen=True)
class Totals:
    revenue: int = 0
    cost_to_serve: int = 0

    @property
    def profit(self) -> int:
        return self.revenue - self.cost_to_serve

    @property
    def margin(self) -> float | None:
        return self.profit / self.revenue if self.revenue else None


def totals(periods: Iterable[PeriodFigures], since: date, until: date) -> Totals:
    """Periods that start within since..until, added up."""
    chosen = [p for p in periods if since <= p.starts_on <= until]
    return Totals(sum(p.revenue for p in chosen), sum(p.cost_to_serve for p in chosen))


def last_twelve_months(today: date) -> tuple[date, date]:
    """From the first day of the month eleven months back to today: 12 calendar months."""
    index = today.year * 12 + today.month - 1 - 11
    return date(index // 12, index % 12 + 1, 1), today


def previous_twelve_months(today: date) -> tuple[date, date]:
    start, _ = last_twelve_months(today)
    before = date(start.year - 1, start.month, 1)
    return before, start - timedelta(days=1)


def parse_hourly_rates(text: str) -> dict[str, int]:
    """'EUR=5000;RON=25000' -> {'EUR': 5000, 'RON': 25000} (minor units per hour);
    malformed parts are skipped, so a hand-edited settings file cannot stop the app."""
    rates: dict[str, int] = {}
    for part in text.split(";"):
        code, _, value = part.partition("=")
        try:
            amount = int(value)
        except ValueError:
            continue
        if code.strip() and amount >= 0:
            rates[code.strip().upper()] = amount
    return rates


def format_hourly_rates(rates: dict[str, int]) -> str:
    return ";".join(f"{code}={amount}" for code, amount in sorted(rates.items()))


def sum_figures(periods: Sequence[PeriodFigures]) -> Totals:
    return Totals(sum(p.revenue for p in periods), sum(p.cost_to_serve for p in periods))
