"""The portfolio aggregates agree with each customer's own economics, however its periods
lie, and open on the currency most customers use."""

from datetime import date, datetime, timedelta

from relationdesk.db.database import Database
from relationdesk.domain.customers import CustomerFields
from relationdesk.domain.economics import PeriodKind, period_bounds
from relationdesk.domain.enums import LifecycleStage
from relationdesk.domain.meetings import MeetingFields
from relationdesk.services import customer_editing as editing
from relationdesk.services.economics import PeriodInput, economics_view, save_period
from relationdesk.services.meeting_log import save_meeting
from relationdesk.services.portfolio import portfolio_dashboard

NOW = datetime(2026, 11, 23, 12, 0)
RATES = {"EUR": 6_000}  # 100 cents a minute


def _customer(db: Database, name: str, currency: str = "EUR") -> str:
    return editing.create_customer(db, CustomerFields(name=name, currency=currency))


def _month(db: Database, customer_id: str, month: int, revenue: int, care: int = 0) -> None:
    start, end = period_bounds(PeriodKind.MONTH, 2026, month)
    save_period(db, customer_id, PeriodInput(PeriodKind.MONTH, start, end, revenue, care))


def _meeting(db: Database, customer_id: str, day: date, minutes: int) -> None:
    start = datetime(day.year, day.month, day.day, 10, 0)
    save_meeting(db, MeetingFields(customer_id, start, start + timedelta(minutes=minutes)))


def test_meeting_time_counts_inside_the_periods_only(db: Database) -> None:
    # Periods one after the other; a meeting before the first one is not theirs.
    steady = _customer(db, "Steady")
    _month(db, steady, 8, 100_000, care=1_000)
    _month(db, steady, 9, 100_000)
    _meeting(db, steady, date(2026, 7, 20), 45)
    _meeting(db, steady, date(2026, 8, 31), 60)
    _meeting(db, steady, date(2026, 9, 1), 30)
    # A month without figures between two periods: its meeting counts nowhere.
    gappy = _customer(db, "Gappy")
    _month(db, gappy, 6, 50_000)
    _month(db, gappy, 8, 50_000)
    _meeting(db, gappy, date(2026, 6, 30), 20)
    _meeting(db, gappy, date(2026, 7, 15), 90)
    _meeting(db, gappy, date(2026, 8, 1), 10)

    board = portfolio_dashboard(db.reader, NOW, RATES)

    prospects = board.economics["EUR"][LifecycleStage.PROSPECT]
    assert prospects.customers == 2
    assert prospects.revenue == 300_000
    assert prospects.cost_to_serve == 1_000 + (60 + 30) * 100 + (20 + 10) * 100
    # The same as the customers' own economics tabs add up to.
    own = [economics_view(db.reader, c, NOW.date(), RATES) for c in (steady, gappy)]
    assert prospects.cost_to_serve == sum(
        v.last_12_months.cost_to_serve for v in own if v is not None
    )


def test_without_an_hourly_rate_meeting_time_costs_nothing(db: Database) -> None:
    customer = _customer(db, "Carpați Industrial", "RON")
    _month(db, customer, 10, 80_000, care=2_000)
    _meeting(db, customer, date(2026, 10, 5), 120)
    board = portfolio_dashboard(db.reader, NOW, RATES)
    assert board.economics["RON"][LifecycleStage.PROSPECT].cost_to_serve == 2_000


def test_the_main_currency_is_the_one_most_customers_use(db: Database) -> None:
    for name in ("Officine Lombardi", "Gruppo Rossi"):
        _month(db, _customer(db, name), 10, 100_000)
    # Far more money in rupiah, but one customer: euro still comes first.
    _month(db, _customer(db, "PT Sinar Jaya", "IDR"), 10, 50_000_000_000)
    board = portfolio_dashboard(db.reader, NOW, {})
    assert board.main_currency == "EUR"
    assert board.economics["IDR"][LifecycleStage.PROSPECT].customers == 1
