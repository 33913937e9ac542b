"""The dashboard's money figures are kept ready: every write marks its customer stale in
the same transaction (migration 0008's triggers), a read recomputes only those, and the
figures always equal a full read of the periods and meetings."""

import random
from datetime import date, datetime, timedelta

from relationdesk.db.database import Database
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.domain.economics import PeriodKind, last_twelve_months, period_bounds
from relationdesk.domain.meetings import MeetingFields
from relationdesk.domain.nps import Answer
from relationdesk.services import customer_editing as editing
from relationdesk.services.dashboard_figures import money_and_minutes
from relationdesk.services.economics import PeriodInput, save_period
from relationdesk.services.meeting_log import delete_meeting, save_meeting
from relationdesk.services.portfolio import nps_by_quarter, nps_points
from relationdesk.services.portfolio_figures import meeting_minutes, money_by_customer
from relationdesk.services.recommendations import record_recommendation

TODAY = date(2026, 11, 23)


def _customer(db: Database, name: str) -> str:
    return editing.create_customer(db, CustomerFields(name=name, currency="EUR"))


def _month(db: Database, customer_id: str, month: int, revenue: int) -> None:
    start, end = period_bounds(PeriodKind.MONTH, 2026, month)
    save_period(db, customer_id, PeriodInput(PeriodKind.MONTH, start, end, revenue, 500))


def _meeting(db: Database, customer_id: str, day: date, minutes: int) -> str:
    start = datetime(day.year, day.month, day.day, 10, 0)
    return save_meeting(db, MeetingFields(customer_id, start, start + timedelta(minutes=minutes)))


def _full_read(db: Database, today: date = TODAY) -> tuple[dict, dict]:  # type: ignore[type-arg]
    money = money_by_customer(db.reader, *last_twelve_months(today))
    return money, meeting_minutes(db.reader, money, *last_twelve_months(today))


def _stale(db: Database) -> set[str]:
    return {r[0] for r in db.reader.execute("SELECT customer_id FROM dashboard_stale")}


def test_every_write_marks_its_customer_and_a_read_catches_up(db: Database) -> None:
    anna, bogdan = _customer(db, "Anna"), _customer(db, "Bogdan")
    _month(db, anna, 9, 100_000)
    _month(db, bogdan, 10, 50_000)
    _meeting(db, anna, date(2026, 9, 3), 45)
    assert money_and_minutes(db.reader, TODAY) == _full_read(db)
    assert _stale(db) == set()

    meeting_id = _meeting(db, bogdan, date(2026, 10, 7), 30)
    assert _stale(db) == {bogdan}  # written in the save's own transaction
    assert money_and_minutes(db.reader, TODAY) == _full_read(db)
    _month(db, anna, 10, 70_000)
    delete_meeting(db, meeting_id)
    # A raw write (a sync pull, an import's fast path) is seen as well.
    db.reader.execute("UPDATE economics_period SET revenue = 1 WHERE customer_id = ?", [bogdan])
    assert _stale(db) == {anna, bogdan}
    assert money_and_minutes(db.reader, TODAY) == _full_read(db)
    assert _stale(db) == set()


def test_a_read_recomputes_the_stale_customers_only(db: Database) -> None:
    anna, bogdan = _customer(db, "Anna"), _customer(db, "Bogdan")
    _month(db, anna, 9, 100_000)
    _month(db, bogdan, 9, 50_000)
    money_and_minutes(db.reader, TODAY)
    # A figure nobody wrote since: a read that recomputed every customer would fix it.
    db.reader.execute("UPDATE dashboard_money SET revenue = -1 WHERE customer_id = ?", [anna])
    _meeting(db, bogdan, date(2026, 9, 10), 60)
    money, minutes = money_and_minutes(db.reader, TODAY)
    assert money[anna].revenue == -1
    assert round(minutes[bogdan]) == 60
    # The next month moves the window: every customer is read again.
    later = date(2026, 12, 2)
    assert money_and_minutes(db.reader, later) == _full_read(db, later)


def test_a_period_starting_after_the_last_read_is_counted(db: Database) -> None:
    anna = _customer(db, "Anna")
    _month(db, anna, 11, 100_000)  # starts on 1 November
    early = date(2026, 10, 30)
    money_and_minutes(db.reader, early)
    db.reader.execute("DELETE FROM dashboard_stale")  # as if read after the write
    money, _minutes = money_and_minutes(db.reader, TODAY)
    assert money[anna].revenue == 100_000


def test_nps_by_quarter_agrees_with_the_domain_rule(db: Database) -> None:
    # Counted in SQL now: the same figures as the domain's nps_as_of over every answer.
    rng = random.Random(20)
    customer = _customer(db, "Anna")
    contacts = [
        editing.create_contact(db, customer, ContactFields(full_name=f"Person {i}"))
        for i in range(12)
    ]
    answers: list[Answer] = []
    for _ in range(60):
        contact = rng.choice(contacts)
        day = TODAY - timedelta(days=rng.randrange(0, 1000))
        score = rng.randrange(0, 11)
        if any(a.contact_id == contact and a.answered_on == day for a in answers):
            continue  # two answers on one day: which one counts is not defined
        record_recommendation(db, customer, contact, score, day, today=TODAY)
        answers.append(Answer(contact, score, day))
    assert nps_by_quarter(db.reader, TODAY) == nps_points(answers, TODAY)
