from datetime import datetime, timedelta

import pytest

from relationdesk.domain.stay_in_touch import TouchRule, TouchStatus, touch_status

NOW = datetime(2026, 6, 1)
RULE = TouchRule()  # ideal 30 days, at most 60


def ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


def ahead(days: float) -> datetime:
    return NOW + timedelta(days=days)


@pytest.mark.parametrize(
    "last, planned, overdue, expected",
    [
        # GREEN: met recently, up to and including ideal_days
        (ago(0), None, 0, TouchStatus.GREEN),
        (ago(30), None, 0, TouchStatus.GREEN),
        # YELLOW: past ideal, up to and including max_days, nothing planned
        (ago(30.001), None, 0, TouchStatus.YELLOW),
        (ago(60), None, 0, TouchStatus.YELLOW),
        # RED: past max with nothing planned
        (ago(60.001), None, 0, TouchStatus.RED),
        (ago(400), None, 0, TouchStatus.RED),
        # a plan in time turns past-ideal green: planned <= last + 60 days
        (ago(45), ahead(15), 0, TouchStatus.GREEN),
        (ago(45), ahead(15.001), 0, TouchStatus.YELLOW),
        (ago(45), NOW, 0, TouchStatus.GREEN),
        # a plan too late still saves a long silence from red, but not from yellow
        (ago(90), ahead(3), 0, TouchStatus.YELLOW),
        # a plan already past is no plan
        (ago(90), ago(1), 0, TouchStatus.RED),
        (ago(45), ago(1), 0, TouchStatus.YELLOW),
        # overdue follow-ups are red whatever else is true
        (ago(1), ahead(5), 1, TouchStatus.RED),
        (None, None, 2, TouchStatus.RED),
        # never met
        (None, None, 0, TouchStatus.NEW),
        (None, ago(3), 0, TouchStatus.NEW),
        (None, ahead(200), 0, TouchStatus.GREEN),
    ],
)
def test_touch_status(
    last: datetime | None, planned: datetime | None, overdue: int, expected: TouchStatus
) -> None:
    assert touch_status(last, planned, overdue, NOW, RULE) is expected


def test_custom_rule() -> None:
    weekly = TouchRule(ideal_days=7, max_days=14)
    assert touch_status(ago(7), None, 0, NOW, weekly) is TouchStatus.GREEN
    assert touch_status(ago(8), None, 0, NOW, weekly) is TouchStatus.YELLOW
    assert touch_status(ago(15), None, 0, NOW, weekly) is TouchStatus.RED
    assert touch_status(ago(8), None, 0, NOW, TouchRule(ideal_days=8, max_days=8)) is (
        TouchStatus.GREEN
    )


@pytest.mark.parametrize("ideal, most", [(0, 10), (10, 0), (31, 30), (-1, 5)])
def test_rule_validation(ideal: int, most: int) -> None:
    with pytest.raises(ValueError):
        TouchRule(ideal_days=ideal, max_days=most)
