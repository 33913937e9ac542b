"""Lifecycle moves, recommendations, referrals and economics through the services, on a
real SQLite file: validated, one transaction each, nothing half-written."""

from datetime import date, datetime, timedelta
from typing import Any

import pytest

from relationdesk.db.database import Database
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.domain.economics import PeriodKind, period_bounds
from relationdesk.domain.enums import LifecycleStage
from relationdesk.domain.validation import Problem
from relationdesk.services import customer_editing as editing
from relationdesk.services.economics import (
    PeriodInput,
    delete_period,
    economics_view,
    save_period,
)
from relationdesk.services.errors import ValidationFailed
from relationdesk.services.lifecycle import (
    delete_lifecycle_change,
    lifecycle_view,
    set_lifecycle_stage,
)
from relationdesk.services.portfolio import AttentionKind, portfolio_dashboard
from relationdesk.services.recommendations import (
    recommendations_view,
    record_recommendation,
    record_referral,
)

TODAY = date(2026, 11, 23)


def _count(db: Database, table: str) -> int:
    return int(db.reader.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _customer(db: Database, name: str = "Carpați Industrial", currency: str = "RON") -> str:
    return editing.create_customer(db, CustomerFields(name=name, currency=currency))


def _month(db: Database, customer_id: str, month: int, revenue: int, **costs: Any) -> str:
    start, end = period_bounds(PeriodKind.MONTH, 2026, month)
    return save_period(db, customer_id, PeriodInput(PeriodKind.MONTH, start, end, revenue, **costs))


def test_new_customer_is_a_prospect_and_moves_keep_history(db: Database) -> None:
    customer_id = _customer(db)
    view = lifecycle_view(db.reader, customer_id, TODAY)
    assert view is not None and view.stage is LifecycleStage.PROSPECT and view.history == ()
    set_lifecycle_stage(db, customer_id, LifecycleStage.TESTER, date(2026, 3, 1), "first order")
    set_lifecycle_stage(db, customer_id, LifecycleStage.BUYER, date(2026, 6, 1), "repeat")
    # A back-dated move joins the history in its place; the current stage stays the newest.
    set_lifecycle_stage(db, customer_id, LifecycleStage.PROSPECT, date(2026, 1, 1), "met")
    view = lifecycle_view(db.reader, customer_id, TODAY)
    assert view is not None and view.stage is LifecycleStage.BUYER
    assert [h.stage for h in view.history] == [
        LifecycleStage.BUYER,
        LifecycleStage.TESTER,
        LifecycleStage.PROSPECT,
    ]
    assert view.history[0].previous_stage is LifecycleStage.TESTER
    delete_lifecycle_change(db, view.history[0].id)
    view = lifecycle_view(db.reader, customer_id, TODAY)
    assert view is not None and view.stage is LifecycleStage.TESTER


def test_future_move_is_refused_and_nothing_written(db: Database) -> None:
    customer_id = _customer(db)
    with pytest.raises(ValidationFailed) as caught:
        set_lifecycle_stage(
            db, customer_id, LifecycleStage.BUYER, TODAY + timedelta(days=1), today=TODAY
        )
    assert caught.value.errors[0].problem is Problem.IN_THE_FUTURE
    assert _count(db, "lifecycle_change") == 0


def test_orders_suggest_tester_then_buyer(db: Database) -> None:
    customer_id = _customer(db)
    _month(db, customer_id, 3, 100_000)
    view = lifecycle_view(db.reader, customer_id, TODAY)
    assert view is not None
    assert view.suggestion.stage is LifecycleStage.TESTER and view.suggestion.is_move_up
    _month(db, customer_id, 4, 120_000)
    view = lifecycle_view(db.reader, customer_id, TODAY)
    assert view is not None and view.suggestion.stage is LifecycleStage.BUYER


def test_promoter_with_referral_suggests_sponsor_and_creates_prospect(db: Database) -> None:
    customer_id = _customer(db)
    contact_id = editing.create_contact(db, customer_id, ContactFields(full_name="Ana Pop"))
    _month(db, customer_id, 10, 50_000)
    record_recommendation(db, customer_id, contact_id, 10, date(2026, 11, 2), today=TODAY)
    record_referral(
        db,
        customer_id,
        None,
        "Brașov Metal",
        date(2026, 11, 3),
        contact_id,
        today=TODAY,
        prospect_reason="Referred by Carpați Industrial",
    )
    view = lifecycle_view(db.reader, customer_id, TODAY)
    assert view is not None and view.suggestion.stage is LifecycleStage.SPONSOR_CHAMPION
    assert set(view.suggestion.reasons) == {"first_order", "promoter", "referral"}
    given = recommendations_view(db.reader, customer_id, TODAY)
    assert given.nps.nps == 100 and given.nps.promoters == 1
    assert [r.other_customer_name for r in given.referrals_given] == ["Brașov Metal"]
    assert given.referrals_given[0].contact_name == "Ana Pop"
    prospect_id = given.referrals_given[0].other_customer_id
    received = recommendations_view(db.reader, prospect_id, TODAY)
    assert [r.other_customer_name for r in received.referrals_received] == ["Carpați Industrial"]
    prospect = lifecycle_view(db.reader, prospect_id, TODAY)
    assert prospect is not None and prospect.stage is LifecycleStage.PROSPECT
    assert prospect.history[0].reason == "Referred by Carpați Industrial"


@pytest.mark.parametrize("score", [-1, 11])
def test_score_outside_0_10_is_refused(db: Database, score: int) -> None:
    customer_id = _customer(db)
    contact_id = editing.create_contact(db, customer_id, ContactFields(full_name="Ana Pop"))
    with pytest.raises(ValidationFailed) as caught:
        record_recommendation(db, customer_id, contact_id, score, TODAY, today=TODAY)
    assert caught.value.errors[0].problem is Problem.SCORE_OUT_OF_RANGE
    assert _count(db, "recommendation") == 0


def test_answer_from_another_customers_contact_is_refused(db: Database) -> None:
    first, second = _customer(db), _customer(db, "Other")
    stranger = editing.create_contact(db, second, ContactFields(full_name="Ion Stan"))
    with pytest.raises(ValidationFailed) as caught:
        record_recommendation(db, first, stranger, 8, TODAY, today=TODAY)
    assert caught.value.errors[0].problem is Problem.NOT_THIS_CUSTOMERS


def test_self_referral_and_bad_new_prospect_write_nothing(db: Database) -> None:
    customer_id = _customer(db)
    with pytest.raises(ValidationFailed):
        record_referral(db, customer_id, customer_id, "", TODAY, today=TODAY)
    with pytest.raises(ValidationFailed):
        record_referral(db, customer_id, None, "   ", TODAY, today=TODAY)
    assert _count(db, "referral") == 0 and _count(db, "customer") == 1


def test_overlapping_or_negative_periods_are_refused(db: Database) -> None:
    customer_id = _customer(db)
    march = _month(db, customer_id, 3, 100_000)
    start, end = period_bounds(PeriodKind.QUARTER, 2026, 1)
    with pytest.raises(ValidationFailed) as caught:
        save_period(db, customer_id, PeriodInput(PeriodKind.QUARTER, start, end, 1))
    assert caught.value.errors[0].problem is Problem.PERIOD_OVERLAP
    with pytest.raises(ValidationFailed) as caught:
        _month(db, customer_id, 4, -5)
    assert caught.value.errors[0].problem is Problem.NEGATIVE_AMOUNT
    assert _count(db, "economics_period") == 1
    # Editing a period may keep its own dates: it does not overlap itself.
    start, end = period_bounds(PeriodKind.MONTH, 2026, 3)
    save_period(db, customer_id, PeriodInput(PeriodKind.MONTH, start, end, 90_000), march)
    view = economics_view(db.reader, customer_id, TODAY, {})
    assert view is not None and [p.figures.revenue for p in view.periods] == [90_000]
    delete_period(db, march)
    assert _count(db, "economics_period") == 0


def test_meeting_time_counts_into_cost_to_serve(db: Database) -> None:
    from relationdesk.domain.meetings import MeetingFields
    from relationdesk.services.meeting_log import save_meeting

    customer_id = _customer(db)
    _month(db, customer_id, 10, 200_000, care_cost=10_000, assistance_cost=5_000)
    save_meeting(
        db,
        MeetingFields(
            customer_id=customer_id,
            started_at=datetime(2026, 10, 5, 9, 0),
            ended_at=datetime(2026, 10, 5, 10, 30),
        ),
    )
    view = economics_view(db.reader, customer_id, TODAY, {"RON": 20_000})
    assert view is not None
    period = view.periods[0]
    assert period.meeting_minutes == pytest.approx(90)
    assert period.figures.meeting_cost == 30_000
    assert period.figures.cost_to_serve == 45_000
    assert period.figures.profit == 155_000
    assert view.last_12_months.revenue == 200_000
    without_rate = economics_view(db.reader, customer_id, TODAY, {"EUR": 5_000})
    assert without_rate is not None and without_rate.hourly_rate is None
    assert without_rate.periods[0].figures.meeting_cost == 0


def test_dashboard_counts_and_flags(db: Database) -> None:
    costly = _customer(db, "Costly")
    set_lifecycle_stage(db, costly, LifecycleStage.ACCOUNT, date(2025, 1, 1))
    set_lifecycle_stage(db, costly, LifecycleStage.BUYER, date(2026, 9, 1), "orders fell")
    _month(db, costly, 10, 100_000, care_cost=80_000)
    db.reader.execute("SELECT 1")
    from relationdesk.db.models import Customer

    with db.write() as session:
        row = session.get(Customer, costly)
        assert row is not None
        row.health_score = 30.0
        row.master_warning = True
        session.add(row)
    healthy = _customer(db, "Healthy")
    _month(db, healthy, 10, 100_000, care_cost=1_000)
    now = datetime(2026, 11, 23, 12, 0)
    board = portfolio_dashboard(db.reader, now, {})
    assert board.customers == 2
    assert board.lifecycle_stages[LifecycleStage.BUYER] == 1
    assert board.lifecycle_stages[LifecycleStage.PROSPECT] == 1
    kinds = {(item.customer_name, item.kind) for item in board.attention}
    assert ("Costly", AttentionKind.DISENGAGE) in kinds
    assert ("Costly", AttentionKind.MASTER) in kinds
    assert not any(name == "Healthy" for name, _ in kinds)
    disengage = next(i for i in board.attention if i.kind is AttentionKind.DISENGAGE)
    assert disengage.disengage is not None
    assert {"cost_ratio", "weak_health", "moved_down"} <= set(disengage.disengage.details)
    assert board.economics["RON"][LifecycleStage.BUYER].profit == 20_000
    assert board.main_currency == "RON"


def test_customer_list_sorts_and_filters_by_lifecycle(db: Database) -> None:
    from relationdesk.services.customer_directory import (
        CustomerDirectory,
        CustomerQuery,
        ListColumn,
        ListFilter,
    )

    account, former, _prospect = _customer(db, "Account"), _customer(db, "Gone"), _customer(db)
    set_lifecycle_stage(db, account, LifecycleStage.ACCOUNT, date(2026, 1, 1))
    set_lifecycle_stage(db, former, LifecycleStage.FORMER, date(2026, 1, 1))
    directory = CustomerDirectory(db.reader)
    ladder = directory.page(CustomerQuery(sort=ListColumn.LIFECYCLE, descending=True), 0, 10)
    assert [r.lifecycle_stage for r in ladder] == ["account", "prospect", "former"]
    accounts = directory.page(CustomerQuery(only=ListFilter.ACCOUNTS), 0, 10)
    assert [r.name for r in accounts] == ["Account"]
    assert directory.count(CustomerQuery(only=ListFilter.FORMER)) == 1
