"""Periods, profit and margin, NPS, and seed 004's disengage rule."""

from datetime import date
from typing import Any

import pytest

from relationdesk.domain.disengage import DisengageFacts, DisengageThresholds, check_disengage
from relationdesk.domain.economics import (
    PeriodFigures,
    PeriodKind,
    format_hourly_rates,
    last_twelve_months,
    meeting_cost,
    overlapping,
    parse_hourly_rates,
    period_bounds,
    period_of,
    previous_twelve_months,
)
from relationdesk.domain.nps import Answer, NpsGroup, net_promoter_score, nps_group, nps_summary


def test_period_bounds() -> None:
    assert period_bounds(PeriodKind.MONTH, 2024, 2) == (date(2024, 2, 1), date(2024, 2, 29))
    assert period_bounds(PeriodKind.MONTH, 2026, 12) == (date(2026, 12, 1), date(2026, 12, 31))
    assert period_bounds(PeriodKind.QUARTER, 2026, 4) == (date(2026, 10, 1), date(2026, 12, 31))
    assert period_of(PeriodKind.QUARTER, date(2026, 5, 17)) == (date(2026, 4, 1), date(2026, 6, 30))
    with pytest.raises(ValueError):
        period_bounds(PeriodKind.QUARTER, 2026, 5)


def test_overlap() -> None:
    march = (date(2026, 3, 1), date(2026, 3, 31))
    assert overlapping(date(2026, 1, 1), date(2026, 3, 31), [march]) == march
    assert overlapping(date(2026, 3, 31), date(2026, 4, 30), [march]) == march
    assert overlapping(date(2026, 4, 1), date(2026, 4, 30), [march]) is None


def test_profit_margin_and_meeting_cost() -> None:
    figures = PeriodFigures(
        date(2026, 1, 1), date(2026, 1, 31), 100_000, 10_000, 5_000, 0, meeting_cost(90, 20_000)
    )
    assert figures.meeting_cost == 30_000
    assert figures.cost_to_serve == 45_000
    assert figures.profit == 55_000
    assert figures.margin == pytest.approx(0.55)
    nothing = PeriodFigures(date(2026, 1, 1), date(2026, 1, 31), 0, 10, 0, 0, 0)
    assert nothing.margin is None and nothing.profit == -10


def test_twelve_month_windows() -> None:
    assert last_twelve_months(date(2026, 11, 23)) == (date(2025, 12, 1), date(2026, 11, 23))
    assert previous_twelve_months(date(2026, 11, 23)) == (date(2024, 12, 1), date(2025, 11, 30))


def test_hourly_rates_round_trip_and_survive_bad_text() -> None:
    rates = parse_hourly_rates("eur=5000; RON=25000;bad;IDR=x;USD=-1")
    assert rates == {"EUR": 5000, "RON": 25000}
    assert parse_hourly_rates(format_hourly_rates(rates)) == rates


def test_nps_groups_and_score() -> None:
    assert [nps_group(s) for s in (0, 6, 7, 8, 9, 10)] == [
        NpsGroup.DETRACTOR,
        NpsGroup.DETRACTOR,
        NpsGroup.PASSIVE,
        NpsGroup.PASSIVE,
        NpsGroup.PROMOTER,
        NpsGroup.PROMOTER,
    ]
    assert net_promoter_score([10, 9, 8, 3]) == 25
    assert net_promoter_score([]) is None
    with pytest.raises(ValueError):
        nps_group(11)


def test_nps_counts_each_contacts_latest_valid_answer_and_trend() -> None:
    answers = [
        Answer("ana", 3, date(2026, 6, 1)),
        Answer("ana", 10, date(2026, 11, 1)),  # Ana changed her mind: only this counts now
        Answer("ion", 8, date(2026, 7, 1)),
        Answer("old", 0, date(2024, 1, 1)),  # too old to count
    ]
    summary = nps_summary(answers, date(2026, 11, 23))
    assert (summary.nps, summary.answers, summary.promoters, summary.passives) == (50, 2, 1, 1)
    # 90 days earlier Ana was a detractor and Ion a passive: NPS -50, so +100.
    assert summary.change == 100


def _facts(**changes: Any) -> DisengageFacts:
    base = dict(
        revenue_12m=100_000,
        cost_12m=60_000,
        revenue_previous_12m=150_000,
        health=40.0,
        business_partner_only=False,
        relationship_days=800,
        former=False,
        last_move_down=False,
    )
    base.update(changes)
    return DisengageFacts(**base)  # type: ignore[arg-type]


def test_disengage_needs_all_three_conditions() -> None:
    check = check_disengage(_facts())
    assert check.candidate
    assert check.details == ("cost_ratio", "weak_health", "revenue_drop")
    assert not check_disengage(_facts(cost_12m=10_000)).candidate  # cheap to serve
    assert not check_disengage(_facts(health=80.0)).candidate  # stable relationship
    assert not check_disengage(_facts(revenue_previous_12m=100_000)).candidate  # not declining


def test_disengage_alternatives_for_each_condition() -> None:
    no_revenue = check_disengage(_facts(revenue_12m=0, revenue_previous_12m=0, former=True))
    assert no_revenue.candidate and "no_revenue" in no_revenue.details
    shallow = check_disengage(_facts(health=None, business_partner_only=True))
    assert shallow.unstable and "not_deepening" in shallow.details
    young = check_disengage(_facts(health=None, business_partner_only=True, relationship_days=100))
    assert not young.unstable
    down = check_disengage(_facts(revenue_previous_12m=0, last_move_down=True))
    assert down.declining and down.details[-1] == "moved_down"


def test_disengage_thresholds_are_settings() -> None:
    strict = DisengageThresholds(cost_ratio=0.7)
    assert not check_disengage(_facts(), strict).high_cost
