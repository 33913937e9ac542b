"""Which automatic backups to keep, and when the next one is due.

Grandfather-father-son thinning: many recent backups, fewer as they age, so a mistake
noticed today, next week or half a year later can still be undone, while the folder
stays small. Three independent rules each keep the newest backup of a period:

- daily: of each of the last ``daily`` calendar days that have a backup;
- weekly: of each of the last ``weekly`` ISO weeks (Monday to Sunday) that have one;
- monthly: of each of the last ``monthly`` calendar months that have one.

A backup kept by one rule may also count for another. Counting only periods that have
a backup (not calendar periods back from today) means a laptop left in a drawer for a
month does not come back to find its older backups all thinned away.

The single newest backup is always kept. Backups dated after ``now`` are kept too and
take part in no rule: a clock that was set wrong must not make us delete good backups.

Periods are those of the datetimes as given: pass local times to thin by the user's
calendar.
"""

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class RetentionPolicy:
    """How many periods of each kind keep a backup; 0 switches a rule off."""

    daily: int = 12
    weekly: int = 10
    monthly: int = 9

    def __post_init__(self) -> None:
        if min(self.daily, self.weekly, self.monthly) < 0:
            raise ValueError("daily, weekly and monthly must be >= 0")


DEFAULT_RETENTION = RetentionPolicy()


def _day(moment: datetime) -> Hashable:
    return moment.date()


def _iso_week(moment: datetime) -> Hashable:
    year, week, _ = moment.isocalendar()
    return (year, week)


def _month(moment: datetime) -> Hashable:
    return (moment.year, moment.month)


def _newest_per_period(
    newest_first: list[datetime], period: Callable[[datetime], Hashable], count: int
) -> set[datetime]:
    """The newest moment of each of the last `count` periods that have one.

    Periods only grow with time, so walking newest first meets them newest first too.
    """
    kept: dict[Hashable, datetime] = {}
    for moment in newest_first:
        key = period(moment)
        if key in kept:
            continue
        if len(kept) == count:
            break
        kept[key] = moment
    return set(kept.values())


def backups_to_keep(
    moments: Iterable[datetime], now: datetime, policy: RetentionPolicy = DEFAULT_RETENTION
) -> set[datetime]:
    """The moments (of backups) that survive thinning; delete the others."""
    unique = set(moments)
    future = {moment for moment in unique if moment > now}
    newest_first = sorted(unique - future, reverse=True)
    keep = set(future)
    if newest_first:
        keep.add(newest_first[0])
    for count, period in (
        (policy.daily, _day),
        (policy.weekly, _iso_week),
        (policy.monthly, _month),
    ):
        keep |= _newest_per_period(newest_first, period, count)
    return keep


def is_due(last_backup: datetime | None, now: datetime, min_interval: timedelta) -> bool:
    """Whether to make a new automatic backup: none yet, or min_interval has passed.

    A last backup dated after now (the clock was turned back) also makes one due: one
    backup too many is cheap, none for months is not.
    """
    if last_backup is None or last_backup > now:
        return True
    return now - last_backup >= min_interval
