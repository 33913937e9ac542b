from datetime import datetime, timedelta

import pytest

from relationdesk.domain.stay_in_touch import (
    TouchRule,
    TouchStatus,
    follow_up_overdue,
    list_touch_status,
    touch_status,
)

NOW = datetime(2026, 6, 1)
RULE = TouchRule()  # ideal 30 days, at most 60


def ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


def ahead(days: float) -> datetime:
    return NOW + timedelta(days=days)


@pytest.mark.parametrize(
    "last, planned, expected",
    [
        # GREEN: met recently, up to and including ideal_days
        (ago(0), None, TouchStatus.GREEN),
        (ago(30), None, TouchStatus.GREEN),
        # YELLOW: past ideal, up to and including max_days, nothing planned
        (ago(30.001), None, TouchStatus.YELLOW),
        (ago(60), None, TouchStatus.YELLOW),
        # RED: past max with nothing planned
        (ago(60.001), None, TouchStatus.RED),
        (ago(400), None, TouchStatus.RED),
        # a plan in time turns past-ideal green: planned <= last + 60 days
        (ago(45), ahead(15), TouchStatus.GREEN),
        (ago(45), ahead(15.001), TouchStatus.YELLOW),
        (ago(45), NOW, TouchStatus.GREEN),
        # a plan too late still saves a long silence from red, but not from yellow
        (ago(90), ahead(3), TouchStatus.YELLOW),
        # a plan already past is no plan
        (ago(90), ago(1), TouchStatus.RED),
        (ago(45), ago(1), TouchStatus.YELLOW),
        # never met
        (None, None, TouchStatus.NEW),
        (None, ago(3), TouchStatus.NEW),
        (None, ahead(200), TouchStatus.GREEN),
    ],
)
def test_touch_status(
    last: datetime | None, planned: datetime | None, expected: TouchStatus
) -> None:
    assert touch_status(last, planned, NOW, RULE) is expected


def test_custom_rule() -> None:
    weekly = TouchRule(ideal_days=7, max_days=14)
    assert touch_status(ago(7), None, NOW, weekly) is TouchStatus.GREEN
    assert touch_status(ago(8), None, NOW, weekly) is TouchStatus.YELLOW
    assert touch_status(ago(15), None, NOW, weekly) is TouchStatus.RED
    assert touch_status(ago(8), None, NOW, TouchRule(ideal_days=8, max_days=8)) is (
        TouchStatus.GREEN
    )


@pytest.mark.parametrize("ideal, most", [(0, 10), (10, 0), (31, 30), (-1, 5)])
def test_rule_validation(ideal: int, most: int) -> None:
    with pytest.raises(ValueError):
        TouchRule(ideal_days=ideal, max_days=most)


def test_an_overdue_follow_up_is_its_own_mark_not_the_contact_light() -> None:
    """Met today with an older follow-up still open: in touch, and the follow-up overdue."""
    assert list_touch_status(ago(0), ago(3), None, 30, NOW) is TouchStatus.GREEN
    assert follow_up_overdue(ago(3), NOW)
    assert not follow_up_overdue(ahead(1), NOW) and not follow_up_overdue(None, NOW)
