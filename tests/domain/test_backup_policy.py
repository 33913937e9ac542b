from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from relationdesk.domain.backup_policy import RetentionPolicy, backups_to_keep, is_due

NOW = datetime(2026, 6, 3, 12, 0)  # a Wednesday, ISO week 2026-W23
ONLY_DAILY = RetentionPolicy(daily=2, weekly=0, monthly=0)
ONLY_WEEKLY = RetentionPolicy(daily=0, weekly=2, monthly=0)
ONLY_MONTHLY = RetentionPolicy(daily=0, weekly=0, monthly=2)


def at(day: date, hour: int = 9, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def days(*dates: date) -> set[datetime]:
    return {at(d) for d in dates}


def test_defaults() -> None:
    assert RetentionPolicy() == RetentionPolicy(daily=12, weekly=10, monthly=9)
    with pytest.raises(ValueError):
        RetentionPolicy(weekly=-1)


def test_one_backup_a_day_for_400_days() -> None:
    schedule = [at(NOW.date() - timedelta(days=n)) for n in range(400)]
    kept = backups_to_keep(schedule, NOW)
    daily = {date(2026, 5, 23) + timedelta(days=n) for n in range(12)}  # 23 May .. 3 June
    weekly = {  # the newest of each week: this Wednesday, then Sundays
        date(2026, 6, 3),
        date(2026, 5, 31),
        date(2026, 5, 24),
        date(2026, 5, 17),
        date(2026, 5, 10),
        date(2026, 5, 3),
        date(2026, 4, 26),
        date(2026, 4, 19),
        date(2026, 4, 12),
        date(2026, 4, 5),
    }
    monthly = {  # the newest of each month: today, then last days of months
        date(2026, 6, 3),
        date(2026, 5, 31),
        date(2026, 4, 30),
        date(2026, 3, 31),
        date(2026, 2, 28),
        date(2026, 1, 31),
        date(2025, 12, 31),
        date(2025, 11, 30),
        date(2025, 10, 31),
    }
    assert kept == days(*(daily | weekly | monthly))
    assert len(kept) == 12 + 7 + 7  # weekly and monthly overlap the daily ones


def test_empty_and_single() -> None:
    assert backups_to_keep([], NOW) == set()
    assert backups_to_keep([at(date(2020, 1, 1))], NOW) == {at(date(2020, 1, 1))}


def test_newest_of_a_day_wins() -> None:
    day = date(2026, 6, 2)
    kept = backups_to_keep([at(day, 8), at(day, 18), at(day, 12)], NOW)
    assert kept == {at(day, 18)}


def test_only_days_with_backups_count() -> None:
    # Away for months: the last two days with a backup are kept, however old.
    schedule = [at(NOW.date() - timedelta(days=n)) for n in (100, 50, 20)]
    assert backups_to_keep(schedule, NOW, ONLY_DAILY) == set(schedule[1:])


def test_all_rules_off_keeps_the_newest() -> None:
    schedule = [at(NOW.date() - timedelta(days=n)) for n in range(30)]
    assert backups_to_keep(schedule, NOW, RetentionPolicy(0, 0, 0)) == {at(NOW.date())}


def test_iso_week_boundaries() -> None:
    sunday_late = at(date(2026, 5, 31), 23, 59)
    sunday_early = at(date(2026, 5, 31), 20)
    monday_midnight = at(date(2026, 6, 1), 0)
    kept = backups_to_keep([sunday_early, sunday_late, monday_midnight], NOW, ONLY_WEEKLY)
    assert kept == {monday_midnight, sunday_late}
    # 29 Dec 2025 to 4 Jan 2026 is ISO week 2026-W01: one week across the new year.
    sunday_w52 = at(date(2025, 12, 28))
    monday_w01 = at(date(2025, 12, 29))
    thursday_w01 = at(date(2026, 1, 1))
    kept = backups_to_keep([sunday_w52, monday_w01, thursday_w01], NOW, ONLY_WEEKLY)
    assert kept == {thursday_w01, sunday_w52}


def test_month_boundaries() -> None:
    schedule = [
        at(date(2026, 2, 28), 23, 59),
        at(date(2026, 3, 1), 0),
        at(date(2026, 3, 31), 23, 59),
        at(date(2026, 4, 1), 0),
    ]
    kept = backups_to_keep(schedule, NOW, ONLY_MONTHLY)
    assert kept == {at(date(2026, 4, 1), 0), at(date(2026, 3, 31), 23, 59)}


def test_future_backups_are_kept_and_do_not_count() -> None:
    future = NOW + timedelta(days=40)
    past = [at(NOW.date() - timedelta(days=n)) for n in range(5)]
    kept = backups_to_keep([future, *past], NOW, RetentionPolicy(daily=2, weekly=0, monthly=0))
    assert kept == {future, past[0], past[1]}


def test_aware_datetimes_keep_their_identity() -> None:
    tokyo = timezone(timedelta(hours=9))
    utc_moment = datetime(2026, 6, 2, 20, 0, tzinfo=UTC)
    local = [m.astimezone(tokyo) for m in (utc_moment, utc_moment - timedelta(hours=2))]
    kept = backups_to_keep(local, NOW.replace(tzinfo=UTC), ONLY_DAILY)
    # Both are on 3 June in Tokyo: one day, the newest wins; it equals its UTC self.
    assert kept == {utc_moment}


def test_is_due() -> None:
    interval = timedelta(hours=20)
    assert is_due(None, NOW, interval)
    assert is_due(NOW - interval, NOW, interval)
    assert not is_due(NOW - interval + timedelta(seconds=1), NOW, interval)
    assert not is_due(NOW, NOW, interval)
    assert is_due(NOW + timedelta(days=3), NOW, interval)  # the clock was turned back
    assert is_due(NOW, NOW, timedelta(0))
