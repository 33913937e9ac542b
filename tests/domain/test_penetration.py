from datetime import UTC, date, datetime

import pytest

from relationdesk.domain.meetings import Depth, DisclosureDomain, DisclosureFact, Side
from relationdesk.domain.penetration import PenetrationPoint, monthly_penetration

NOW = datetime(2026, 6, 15, 12)
BUSINESS, PERSONAL = DisclosureDomain.BUSINESS, DisclosureDomain.PERSONAL


def fact(
    when: datetime,
    topic: str = "strategy",
    depth: Depth = Depth.PERIPHERAL,
    side: Side = Side.CUSTOMER,
    domain: DisclosureDomain = BUSINESS,
) -> DisclosureFact:
    return DisclosureFact(when, side, domain, topic, depth)


def at(
    points: list[PenetrationPoint],
    month: date,
    side: Side = Side.CUSTOMER,
    domain: DisclosureDomain = BUSINESS,
) -> tuple[int, float]:
    [match] = [p for p in points if (p.month, p.side, p.domain) == (month, side, domain)]
    return match.breadth, match.depth


def test_no_facts_no_points() -> None:
    assert monthly_penetration([], NOW) == []


def test_starts_at_the_first_disclosure_with_every_side_and_domain() -> None:
    points = monthly_penetration([fact(datetime(2026, 4, 10))], NOW)
    assert sorted({p.month for p in points}) == [
        date(2026, 4, 1),
        date(2026, 5, 1),
        date(2026, 6, 1),
    ]
    assert len(points) == 3 * 2 * 2
    assert [(p.side, p.domain) for p in points[:4]] == [
        (Side.CUSTOMER, PERSONAL),
        (Side.CUSTOMER, BUSINESS),
        (Side.US, PERSONAL),
        (Side.US, BUSINESS),
    ]
    for month in (date(2026, 4, 1), date(2026, 6, 1)):
        assert at(points, month) == (1, 1.0)
        assert at(points, month, Side.US) == (0, 0.0)
        assert at(points, month, domain=PERSONAL) == (0, 0.0)


def test_rolling_window_lets_a_relationship_become_shallower() -> None:
    # June's window is [Jul 1 - 180 d, Jul 1) = [Jan 2, Jul 1): the Jan 10 fact is in.
    # July's window is [Aug 1 - 180 d, Aug 1) = [Feb 2, Aug 1): it has dropped out.
    points = monthly_penetration(
        [fact(datetime(2025, 1, 10), depth=Depth.CORE)], datetime(2025, 9, 15)
    )
    assert len({p.month for p in points}) == 9  # January to September
    assert at(points, date(2025, 1, 1)) == (1, 3.0)
    assert at(points, date(2025, 6, 1)) == (1, 3.0)
    assert at(points, date(2025, 7, 1)) == (0, 0.0)
    assert at(points, date(2025, 9, 1)) == (0, 0.0)


def test_window_edges() -> None:
    # March's window is [Apr 1 - 30 d, Apr 1) = [Mar 2, Apr 1).
    facts = [
        fact(datetime(2026, 3, 2), "finances"),  # first moment of the window: in
        fact(datetime(2026, 4, 1), "people", Depth.CORE),  # end of March: April's
        fact(datetime(2026, 3, 1, 23, 59), "suppliers"),  # just before: out
    ]
    points = monthly_penetration(facts, NOW, window_days=30)
    assert at(points, date(2026, 3, 1)) == (1, 1.0)
    assert at(points, date(2026, 4, 1)) == (1, 3.0)  # [Apr 1, May 1)
    assert at(points, date(2026, 5, 1)) == (0, 0.0)  # [May 2, Jun 1)


def test_breadth_counts_folded_distinct_topics_and_depth_the_deepest() -> None:
    day = datetime(2026, 6, 1)
    facts = [
        fact(day, "Strategy"),
        fact(day, " stratégy "),
        fact(day, "finances", Depth.INTERMEDIATE),
        fact(day, "  ", Depth.CORE),  # no topic: no breadth, but it reached the core
    ]
    points = monthly_penetration(facts, NOW)
    assert at(points, date(2026, 6, 1)) == (2, 3.0)


def test_sides_and_domains_are_kept_apart() -> None:
    day = datetime(2026, 5, 20)
    facts = [
        fact(day, "family", Depth.INTERMEDIATE, Side.US, PERSONAL),
        fact(day, "hobbies", Depth.PERIPHERAL, Side.US, PERSONAL),
        fact(day, "finances", Depth.CORE, Side.CUSTOMER, BUSINESS),
    ]
    points = monthly_penetration(facts, NOW)
    assert at(points, date(2026, 6, 1), Side.US, PERSONAL) == (2, 2.0)
    assert at(points, date(2026, 6, 1), Side.CUSTOMER, BUSINESS) == (1, 3.0)
    assert at(points, date(2026, 6, 1), Side.CUSTOMER, PERSONAL) == (0, 0.0)
    assert at(points, date(2026, 6, 1), Side.US, BUSINESS) == (0, 0.0)


def test_only_the_last_months_and_nothing_after_now() -> None:
    facts = [fact(datetime(2023, 1, 5)), fact(datetime(2026, 6, 15, 13), "future_plans")]
    points = monthly_penetration(facts, NOW, months=3)
    assert sorted({p.month for p in points}) == [
        date(2026, 4, 1),
        date(2026, 5, 1),
        date(2026, 6, 1),
    ]
    # The 2023 fact is long out of every window; the one an hour after now is not yet known.
    assert all(p.breadth == 0 and p.depth == 0.0 for p in points)
    assert monthly_penetration([fact(datetime(2026, 7, 1))], NOW) == []


def test_year_boundary_and_aware_now() -> None:
    facts = [fact(datetime(2025, 12, 31, 23))]
    points = monthly_penetration(facts, datetime(2026, 1, 2, tzinfo=UTC))
    assert sorted({p.month for p in points}) == [date(2025, 12, 1), date(2026, 1, 1)]
    assert at(points, date(2026, 1, 1)) == (1, 1.0)


def test_bad_arguments() -> None:
    with pytest.raises(ValueError):
        monthly_penetration([], NOW, months=0)
    with pytest.raises(ValueError):
        monthly_penetration([], NOW, window_days=0)
