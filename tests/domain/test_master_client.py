from datetime import datetime, timedelta

import pytest

from relationdesk.domain.evidence import LedgerFact, LedgerKind, Principle
from relationdesk.domain.master_client import (
    MasterClientThresholds,
    detect_master_client,
)
from relationdesk.domain.meetings import Side
from relationdesk.domain.principles import PrincipleScore, Scorecard, score_principles

NOW = datetime(2026, 6, 1)
C, US = Side.CUSTOMER, Side.US
K = LedgerKind


def entry(
    days_ago: float, by: Side, kind: LedgerKind, returned: bool = False, id: str = ""
) -> LedgerFact:
    return LedgerFact(NOW - timedelta(days=days_ago), by, kind, returned=returned, id=id)


def card(autonomy: float | None = 20.0, reciprocity: float | None = 80.0) -> Scorecard:
    """A scorecard with only the two scores the rule reads."""
    given = {Principle.AUTONOMY: autonomy, Principle.RECIPROCITY: reciprocity}
    scores = tuple(PrincipleScore(p, given.get(p), 5.0, "medium", ()) for p in Principle)
    return Scorecard(scores, None, "none", None)


CONCESSIONS = [
    entry(10, US, K.CONCESSION, id="c1"),
    entry(50, US, K.EXTRA_WORK, id="c2"),
    entry(100, US, K.RISK_ACCEPTED, id="c3"),
]
RISK = entry(30, C, K.RISK_SHIFTED, id="r")


def test_pattern_present_from_real_scores() -> None:
    today = entry(0, C, K.RISK_SHIFTED, id="r")
    ledger = [*CONCESSIONS, today]
    scorecard = score_principles([], ledger, [], [], [], NOW)
    # Autonomy: only the risk shifted (0). Reciprocity: three unreturned (0).
    warning = detect_master_client(ledger, scorecard, NOW)
    assert warning.applies
    assert warning.unreturned_concessions == 3
    assert (warning.power_plays, warning.risks_shifted, warning.demands) == (2, 1, 0)
    assert warning.autonomy == 0.0 and warning.reciprocity == 0.0
    assert warning.reasons == (
        "unreturned_concessions",
        "power_plays",
        "low_autonomy",
        "low_reciprocity",
    )
    assert [f.id for f in warning.evidence] == ["r", "c1", "c2", "c3"]  # newest first
    # One power play 30 days old weighs 0.5 ** (30 / 180) < 1: autonomy has not enough
    # evidence, and the low reciprocity alone completes the pattern.
    older = [*CONCESSIONS, RISK]
    warning = detect_master_client(older, score_principles([], older, [], [], [], NOW), NOW)
    assert warning.applies and warning.autonomy is None
    assert warning.reasons[-1] == "low_reciprocity"
    assert [f.id for f in warning.evidence] == ["c1", "r", "c2", "c3"]


def test_two_demands_count_like_one_risk_shifted() -> None:
    demands = [entry(5, C, K.ONE_SIDED_DEMAND), entry(6, C, K.ONE_SIDED_DEMAND)]
    warning = detect_master_client([*CONCESSIONS, *demands], card(), NOW)
    assert warning.applies and (warning.power_plays, warning.demands) == (2, 2)
    one = detect_master_client([*CONCESSIONS, demands[0]], card(), NOW)
    assert not one.applies and one.power_plays == 1
    assert one.reasons == ("unreturned_concessions", "low_autonomy")


def test_not_enough_unreturned_concessions() -> None:
    returned = entry(10, US, K.FAVOUR, returned=True)
    by_customer = entry(10, C, K.INVESTMENT)
    ledger = [*CONCESSIONS[:2], returned, by_customer, RISK]
    warning = detect_master_client(ledger, card(), NOW)
    assert not warning.applies and warning.unreturned_concessions == 2
    assert warning.reasons == ("power_plays", "low_autonomy")
    assert returned not in warning.evidence and by_customer not in warning.evidence


def test_our_own_power_plays_do_not_count() -> None:
    ours = [entry(5, US, K.RISK_SHIFTED), entry(6, US, K.ONE_SIDED_DEMAND)]
    warning = detect_master_client([*CONCESSIONS, *ours], card(), NOW)
    assert not warning.applies and warning.power_plays == 0


def test_scores_not_low() -> None:
    ledger = [*CONCESSIONS, RISK]
    at_limit = detect_master_client(ledger, card(autonomy=50.0, reciprocity=50.0), NOW)
    assert not at_limit.applies  # "below" the limit, not "at" it
    assert at_limit.reasons == ("unreturned_concessions", "power_plays")
    low_reciprocity = detect_master_client(ledger, card(autonomy=90, reciprocity=49.9), NOW)
    assert low_reciprocity.applies and low_reciprocity.reasons[-1] == "low_reciprocity"


def test_none_scores_are_not_low() -> None:
    warning = detect_master_client([*CONCESSIONS, RISK], card(None, None), NOW)
    assert not warning.applies
    assert warning.autonomy is None and warning.reciprocity is None
    assert warning.reasons == ("unreturned_concessions", "power_plays")
    one_none = detect_master_client([*CONCESSIONS, RISK], card(None, 10.0), NOW)
    assert one_none.applies


def test_window_boundaries() -> None:
    edge = [
        entry(365, US, K.CONCESSION),  # exactly window_days ago: counts
        *CONCESSIONS[:2],
        entry(365, C, K.RISK_SHIFTED),
    ]
    assert detect_master_client(edge, card(), NOW).applies
    outside = [entry(365.001, US, K.CONCESSION), *CONCESSIONS[:2], RISK]
    warning = detect_master_client(outside, card(), NOW)
    assert not warning.applies and warning.unreturned_concessions == 2
    future = [entry(-1, US, K.CONCESSION), *CONCESSIONS[:2], entry(-1, C, K.RISK_SHIFTED)]
    warning = detect_master_client(future, card(), NOW)
    assert (warning.unreturned_concessions, warning.power_plays) == (2, 0)
    shorter = MasterClientThresholds(window_days=60)
    assert not detect_master_client([*CONCESSIONS, RISK], card(), NOW, shorter).applies


def test_thresholds_are_tunable_and_validated() -> None:
    lenient = MasterClientThresholds(min_unreturned_concessions=1, min_power_plays=1)
    ledger = [CONCESSIONS[0], entry(5, C, K.ONE_SIDED_DEMAND)]
    assert detect_master_client(ledger, card(), NOW, lenient).applies
    with pytest.raises(ValueError):
        MasterClientThresholds(window_days=0)
