"""Stay in touch: a traffic light per customer, from the last and the next meeting.

A relationship deepens only with regular contact: the light measures contact and nothing
else. A promised follow-up that is late is a separate mark (`follow_up_overdue`), with its
own words, so a customer met today is never red because an older promise is still open.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum


class TouchStatus(StrEnum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"
    NEW = "new"  # never met and nothing planned: no rhythm to judge yet


@dataclass(frozen=True)
class TouchRule:
    """How often the salesperson wants to meet this customer, ideally and at most."""

    ideal_days: int = 30
    max_days: int = 60

    def __post_init__(self) -> None:
        if self.ideal_days < 1 or self.max_days < 1 or self.ideal_days > self.max_days:
            raise ValueError("need 1 <= ideal_days <= max_days")


def touch_status(
    last_meeting: datetime | None,
    next_planned: datetime | None,
    now: datetime,
    rule: TouchRule,
) -> TouchStatus:
    """The traffic light, checked in this order (durations are exact, not calendar days):

    - RED: the last meeting is more than max_days ago and nothing is planned from now on.
    - GREEN: a meeting is planned (at or after now) no later than last meeting + max_days
      (any planned date will do when we have never met), or the last meeting is at most
      ideal_days ago.
    - YELLOW: the last meeting is more than ideal_days ago (and not red); this includes a
      plan that comes too late to keep within max_days.
    - NEW: never met and nothing planned. A planned date already past counts as nothing
      planned.
    """
    planned = next_planned if next_planned is not None and next_planned >= now else None
    if last_meeting is None:
        return TouchStatus.NEW if planned is None else TouchStatus.GREEN
    since = now - last_meeting
    if since > timedelta(days=rule.max_days) and planned is None:
        return TouchStatus.RED
    if planned is not None and planned <= last_meeting + timedelta(days=rule.max_days):
        return TouchStatus.GREEN
    if since <= timedelta(days=rule.ideal_days):
        return TouchStatus.GREEN
    return TouchStatus.YELLOW


def touch_rule_for(stay_in_touch_days: int | None, default_days: int) -> TouchRule:
    """The customer's own interval, else the default; the maximum is twice the ideal."""
    ideal = max(1, stay_in_touch_days or default_days)
    return TouchRule(ideal_days=ideal, max_days=2 * ideal)


def list_touch_status(
    last_meeting_at: datetime | None,
    next_follow_up_at: datetime | None,
    stay_in_touch_days: int | None,
    default_days: int,
    now: datetime,
) -> TouchStatus:
    """The customer list's dot, from the columns the list already has."""
    return touch_status(
        last_meeting_at,
        next_follow_up_at,
        now,
        touch_rule_for(stay_in_touch_days, default_days),
    )


def follow_up_overdue(next_follow_up_at: datetime | None, now: datetime) -> bool:
    """An open follow-up whose date has passed: its own mark, beside the contact light."""
    return next_follow_up_at is not None and next_follow_up_at < now
