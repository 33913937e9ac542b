"""Revenue and cost-to-serve per customer and period; profit and margin (docs/domain.md §4).

Logged meeting time counts into cost-to-serve at the hourly rate of the customer's
currency (Settings); it is computed when read, so a new rate applies to every period.
"""

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from relationdesk.db.database import Database
from relationdesk.domain.currencies import is_currency_code
from relationdesk.domain.disengage import (
    DEFAULT_DISENGAGE_THRESHOLDS,
    DisengageCheck,
    DisengageFacts,
    DisengageThresholds,
    check_disengage,
)
from relationdesk.domain.economics import (
    PeriodFigures,
    PeriodKind,
    Totals,
    last_twelve_months,
    meeting_cost,
    overlapping,
    previous_twelve_months,
    sum_figures,
    totals,
)
from relationdesk.domain.validation import FieldError, Problem
from relationdesk.services.errors import NotFound, ValidationFailed

# A meeting logged without an end counts as this long.
DEFAULT_MEETING_MINUTES = 60
MEETING_MINUTES_SQL = (
    f"CASE WHEN ended_at IS NULL THEN {DEFAULT_MEETING_MINUTES} "
    "ELSE max(0, (julianday(ended_at) - julianday(started_at)) * 1440) END"
)


@dataclass(frozen=True)
class PeriodInput:
    kind: PeriodKind
    starts_on: date
    ends_on: date
    revenue: int  # minor units
    care_cost: int = 0
    assistance_cost: int = 0
    other_cost: int = 0
    orders: int = 0
    product_lines: int = 0
    note: str = ""


@dataclass(frozen=True)
class PeriodRow:
    id: str
    kind: PeriodKind
    figures: PeriodFigures
    meeting_minutes: float
    orders: int
    product_lines: int
    note: str


@dataclass(frozen=True)
class EconomicsView:
    currency: str  # "" until the customer's currency is set
    hourly_rate: int | None  # None: no rate for this currency, meeting time counts 0
    periods: tuple[PeriodRow, ...]  # newest first
    last_12_months: Totals


def validate_period(fields: PeriodInput) -> list[FieldError]:
    errors = []
    if fields.ends_on < fields.starts_on:
        errors.append(FieldError("period", Problem.END_BEFORE_START))
    for name in ("revenue", "care_cost", "assistance_cost", "other_cost"):
        if getattr(fields, name) < 0:
            errors.append(FieldError(name, Problem.NEGATIVE_AMOUNT))
    for name in ("orders", "product_lines"):
        if getattr(fields, name) < 0:
            errors.append(FieldError(name, Problem.NEGATIVE_VALUE))
    return errors


def _meeting_minutes(
    conn: sqlite3.Connection, customer_id: str, since: date, until: date
) -> list[tuple[date, float]]:
    return [
        (date.fromisoformat(r[0][:10]), r[1])
        for r in conn.execute(
            f"SELECT started_at, {MEETING_MINUTES_SQL} FROM meeting "
            "WHERE customer_id = ? AND started_at >= ? AND started_at < ?",
            [customer_id, since.isoformat(), (until + timedelta(days=1)).isoformat()],
        )
    ]


def economics_view(
    conn: sqlite3.Connection, customer_id: str, today: date, hourly_rates: dict[str, int]
) -> EconomicsView | None:
    row = conn.execute("SELECT currency FROM customer WHERE id = ?", [customer_id]).fetchone()
    if row is None:
        return None
    currency = row[0]
    rate = hourly_rates.get(currency) if currency else None
    rows = conn.execute(
        "SELECT id, kind, starts_on, ends_on, revenue, care_cost, assistance_cost, other_cost, "
        "orders, product_lines, note FROM economics_period WHERE customer_id = ? "
        "ORDER BY starts_on DESC",
        [customer_id],
    ).fetchall()
    meetings = (
        _meeting_minutes(
            conn,
            customer_id,
            date.fromisoformat(rows[-1][2]),
            max(date.fromisoformat(r[3]) for r in rows),
        )
        if rows
        else []
    )
    periods = []
    for r in rows:
        starts_on, ends_on = date.fromisoformat(r[2]), date.fromisoformat(r[3])
        minutes = sum(m for day, m in meetings if starts_on <= day <= ends_on)
        figures = PeriodFigures(
            starts_on, ends_on, r[4], r[5], r[6], r[7], meeting_cost(minutes, rate or 0)
        )
        periods.append(PeriodRow(r[0], PeriodKind(r[1]), figures, minutes, r[8], r[9], r[10]))
    since, until = last_twelve_months(today)
    recent = [p.figures for p in periods if since <= p.figures.starts_on <= until]
    return EconomicsView(currency, rate, tuple(periods), sum_figures(recent))


def save_period(
    db: Database, customer_id: str, fields: PeriodInput, period_id: str | None = None
) -> str:
    """Add or change a period; refused when it overlaps another of the same customer."""
    errors = validate_period(fields)
    if errors:
        raise ValidationFailed(errors)
    from sqlmodel import select

    from relationdesk.db.models import Customer, EconomicsPeriod, utc_now

    with db.write() as session:
        if session.get(Customer, customer_id) is None:
            raise NotFound(customer_id)
        others = session.exec(
            select(EconomicsPeriod).where(EconomicsPeriod.customer_id == customer_id)
        ).all()
        spans = [(o.starts_on, o.ends_on) for o in others if o.id != period_id]
        if overlapping(fields.starts_on, fields.ends_on, spans):
            raise ValidationFailed([FieldError("period", Problem.PERIOD_OVERLAP)])
        if period_id is None:
            period = EconomicsPeriod(
                customer_id=customer_id,
                kind=fields.kind.value,
                starts_on=fields.starts_on,
                ends_on=fields.ends_on,
            )
        else:
            found = session.get(EconomicsPeriod, period_id)
            if found is None or found.customer_id != customer_id:
                raise NotFound(period_id)
            period = found
        period.kind = fields.kind.value
        period.starts_on, period.ends_on = fields.starts_on, fields.ends_on
        period.revenue = fields.revenue
        period.care_cost = fields.care_cost
        period.assistance_cost = fields.assistance_cost
        period.other_cost = fields.other_cost
        period.orders = fields.orders
        period.product_lines = fields.product_lines
        period.note = fields.note.strip()
        period.updated_at = utc_now()
        session.add(period)
        return period.id


def delete_period(db: Database, period_id: str) -> None:
    from relationdesk.db.models import EconomicsPeriod
    from relationdesk.services.row_deletion import delete_with_tombstone, existing

    with db.write() as session:
        delete_with_tombstone(session, existing(session, EconomicsPeriod, period_id))


def set_currency(db: Database, customer_id: str, currency: str) -> None:
    code = currency.strip().upper()
    if not is_currency_code(code):
        raise ValidationFailed([FieldError("currency", Problem.UNKNOWN_CURRENCY)])
    from relationdesk.db.models import Customer, utc_now

    with db.write() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise NotFound(customer_id)
        customer.currency = code
        customer.updated_at = utc_now()
        session.add(customer)


def currencies_in_use(conn: sqlite3.Connection) -> list[str]:
    """The currencies customers are billed in, most customers first: the Settings offer
    them for an hourly rate of meeting time."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT currency FROM customer WHERE currency <> '' GROUP BY currency "
            "ORDER BY count(*) DESC, currency"
        )
    ]


def customer_disengage(
    conn: sqlite3.Connection,
    customer_id: str,
    now: datetime,
    hourly_rates: dict[str, int],
    thresholds: DisengageThresholds = DEFAULT_DISENGAGE_THRESHOLDS,
) -> DisengageCheck | None:
    """Seed 004's disengage check for one customer, as of `now` (naive UTC)."""
    from relationdesk.services.lifecycle import lifecycle_history

    today = now.date()
    view = economics_view(conn, customer_id, today, hourly_rates)
    row = conn.execute(
        "SELECT health_score, coalesce(confirmed_stage, suggested_stage), lifecycle_stage, "
        "(SELECT min(started_at) FROM meeting WHERE customer_id = customer.id) "
        "FROM customer WHERE id = ?",
        [customer_id],
    ).fetchone()
    if view is None or row is None:
        return None
    before = previous_twelve_months(today)
    history = lifecycle_history(conn, customer_id)
    first_meeting = datetime.fromisoformat(row[3]) if row[3] else None
    return check_disengage(
        DisengageFacts(
            revenue_12m=view.last_12_months.revenue,
            cost_12m=view.last_12_months.cost_to_serve,
            revenue_previous_12m=totals([p.figures for p in view.periods], *before).revenue,
            health=row[0],
            business_partner_only=(row[1] or "business_partner") == "business_partner",
            relationship_days=(now - first_meeting).days if first_meeting else 0,
            former=row[2] == "former",
            last_move_down=bool(history) and history[0].moved_down,
        ),
        thresholds,
    )
