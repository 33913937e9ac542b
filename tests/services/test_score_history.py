"""Month-end scorecards: each point sees only the evidence that existed at its moment."""

from datetime import date, datetime

import pytest

from relationdesk.db.database import Database
from relationdesk.domain.customers import CustomerFields
from relationdesk.domain.evidence import LedgerKind, Principle
from relationdesk.domain.evidence_rules import LedgerFields
from relationdesk.domain.meetings import Side
from relationdesk.services import customer_editing as editing
from relationdesk.services import evidence_log
from relationdesk.services.score_history import month_ends, score_history

NOW = datetime(2026, 6, 15, 12)
GIVEN = datetime(2025, 9, 10, 9)  # we make two concessions
RATED_HIGH = (GIVEN, datetime(2025, 9, 20, 9), datetime(2026, 1, 10, 9))  # loyalty rated 5
RETURNED = datetime(2026, 3, 10, 9)  # the customer returns both with a favour
RATED_LOW = datetime(2026, 5, 20, 9)  # loyalty rated 1


def customer_with_a_year_of_evidence(db: Database) -> str:
    """Shared with tests/ui/test_principle_charts.py."""
    customer = editing.create_customer(db, CustomerFields(name="Gruppo Rossi"))
    for when in RATED_HIGH:
        evidence_log.save_ratings(db, customer, {Principle.LOYALTY: (5, "")}, when)
    favour = evidence_log.save_ledger_entry(
        db,
        LedgerFields(customer, Side.CUSTOMER, LedgerKind.FAVOUR, RETURNED, "Introduction", 2000.0),
    )
    for _ in range(2):
        evidence_log.save_ledger_entry(
            db,
            LedgerFields(
                customer,
                Side.US,
                LedgerKind.CONCESSION,
                GIVEN,
                "Discount",
                1000.0,
                returned_by_id=favour,
            ),
        )
    evidence_log.save_ratings(db, customer, {Principle.LOYALTY: (1, "")}, RATED_LOW)
    return customer


def test_month_ends_are_the_last_moments_of_the_previous_months() -> None:
    ends = month_ends(NOW, 3)
    assert [e.date() for e in ends] == [date(2026, 3, 31), date(2026, 4, 30), date(2026, 5, 31)]
    assert ends[-1] == datetime(2026, 5, 31, 23, 59, 59, 999999)
    assert month_ends(datetime(2026, 1, 1), 1)[0].date() == date(2025, 12, 31)


def test_thirteen_points_oldest_first_ending_now(db: Database) -> None:
    history = score_history(db.reader, customer_with_a_year_of_evidence(db), NOW, months=12)
    assert len(history) == 13
    days = [day for day, _ in history]
    assert days[0] == date(2025, 6, 30) and days[-2] == date(2026, 5, 31)
    assert days[-1] == NOW.date()
    assert days == sorted(days)
    assert score_history(db.reader, "no-such-customer", NOW) == []


def test_earlier_points_do_not_see_later_evidence(db: Database) -> None:
    history = dict(score_history(db.reader, customer_with_a_year_of_evidence(db), NOW))
    for day, card in history.items():
        for score in card.scores:
            assert all(c.when is None or c.when.date() <= day for c in score.contributions)

    before = history[date(2025, 8, 31)]  # nothing recorded yet
    assert all(s.score is None for s in before.scores) and before.health is None

    given = history[date(2025, 9, 30)]  # our concessions, not returned yet
    assert given.get(Principle.RECIPROCITY).score == 0.0
    assert given.get(Principle.EQUITY).score == 0.0
    assert given.get(Principle.LOYALTY).score == pytest.approx(100.0)
    assert given.get(Principle.INTEGRITY).score is None

    # Still unreturned the month before the favour; returned from its month on.
    assert history[date(2026, 2, 28)].get(Principle.RECIPROCITY).score == 0.0
    returned = history[date(2026, 3, 31)]
    assert returned.get(Principle.RECIPROCITY).score == 100.0
    equity = returned.get(Principle.EQUITY).score
    assert equity is not None and 0.0 < equity < 100.0  # our older values weigh less

    # The low loyalty rating counts only from May on.
    assert history[date(2026, 4, 30)].get(Principle.LOYALTY).score == pytest.approx(100.0)
    loyalty_may = history[date(2026, 5, 31)].get(Principle.LOYALTY).score
    assert loyalty_may is not None and loyalty_may < 100.0


def test_an_aware_now_is_taken_as_utc(db: Database) -> None:
    from datetime import UTC, timedelta, timezone

    customer = customer_with_a_year_of_evidence(db)
    aware = NOW.replace(tzinfo=UTC).astimezone(timezone(timedelta(hours=3)))
    assert [d for d, _ in score_history(db.reader, customer, aware)] == [
        d for d, _ in score_history(db.reader, customer, NOW)
    ]
