from datetime import datetime, timedelta

import pytest

from relationdesk.domain.evidence import (
    CommitmentFact,
    CommitmentOutcome,
    LedgerFact,
    LedgerKind,
    Principle,
    RatingFact,
)
from relationdesk.domain.meetings import (
    Depth,
    DisclosureDomain,
    DisclosureFact,
    MeetingFact,
    Side,
)
from relationdesk.domain.principles import (
    PrincipleScore,
    Scorecard,
    ScoringSettings,
    confidence_level,
    score_principles,
)

NOW = datetime(2026, 6, 1)
# Default half life 180 days: weight 1 today, 0.5 at 180 days, 0.25 at 360 days.
C, US = Side.CUSTOMER, Side.US
REC, AUT, INT, LOY, EQU = (
    Principle.RECIPROCITY,
    Principle.AUTONOMY,
    Principle.INTEGRITY,
    Principle.LOYALTY,
    Principle.EQUITY,
)


def ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


def rating(days_ago: float, principle: Principle, value: int, id: str = "") -> RatingFact:
    return RatingFact(ago(days_ago), principle, value, id=id)


def entry(
    days_ago: float,
    by: Side,
    kind: LedgerKind = LedgerKind.CONCESSION,
    value: float | None = None,
    returned: bool = False,
    id: str = "",
) -> LedgerFact:
    return LedgerFact(ago(days_ago), by, kind, value=value, returned=returned, id=id)


def meetings(*days_ago: float) -> list[MeetingFact]:
    return [MeetingFact(ago(n)) for n in days_ago]


def disclosure(days_ago: float, side: Side) -> DisclosureFact:
    return DisclosureFact(ago(days_ago), side, DisclosureDomain.BUSINESS, "strategy", Depth.CORE)


def score(
    ratings: list[RatingFact] | None = None,
    ledger: list[LedgerFact] | None = None,
    commitments: list[CommitmentFact] | None = None,
    meeting_facts: list[MeetingFact] | None = None,
    disclosures: list[DisclosureFact] | None = None,
    started: datetime | None = None,
    settings: ScoringSettings | None = None,
) -> Scorecard:
    return score_principles(
        ratings or [],
        ledger or [],
        commitments or [],
        meeting_facts or [],
        disclosures or [],
        NOW,
        started=started,
        settings=settings or ScoringSettings(),
    )


def labels(ps: PrincipleScore) -> list[str]:
    return [c.label_code for c in ps.contributions]


def assert_effects_add_up(ps: PrincipleScore) -> None:
    assert ps.score is not None
    assert sum(c.effect for c in ps.contributions) == pytest.approx(ps.score - 50)


def test_no_evidence_at_all() -> None:
    card = score()
    assert [s.principle for s in card.scores] == list(Principle)
    for ps in card.scores:
        assert ps.score is None and ps.confidence == 0 and ps.level == "none"
        assert ps.contributions == ()
    assert card.health is None and card.health_before is None and card.trend == "none"


def test_only_ratings_recency_weighted_mean() -> None:
    # 5 today: points 100, weight 1. 2 half a year ago: points 25, weight 0.5.
    # (1 x 100 + 0.5 x 25) / 1.5 = 112.5 / 1.5 = 75.
    card = score(ratings=[rating(180, INT, 2, id="old"), rating(0, INT, 5, id="new")])
    ps = card.get(INT)
    assert ps.score == pytest.approx(75.0)
    assert ps.confidence == pytest.approx(1.5) and ps.level == "low"
    assert [c.item_id for c in ps.contributions] == ["new", "old"]  # newest first
    new, old = ps.contributions
    assert (new.source, new.label_code, new.points, new.weight) == ("rating", "rating", 100, 1)
    assert old.points == 25 and old.weight == pytest.approx(0.5)
    assert new.effect == pytest.approx(50 / 1.5) and old.effect == pytest.approx(-12.5 / 1.5)
    assert_effects_add_up(ps)
    assert card.get(REC).score is None
    assert card.health == pytest.approx(75.0)  # the only score that exists


def test_only_our_side_of_the_ledger() -> None:
    ledger = [entry(0, US, value=1000), entry(180, US, LedgerKind.EXTRA_WORK, value=1000)]
    card = score(ledger=ledger)
    rec = card.get(REC)
    assert rec.score == 0.0 and rec.confidence == pytest.approx(1.5)
    assert labels(rec) == ["we_gave_unreturned", "we_gave_unreturned"]
    # Equity: all the value from us, none from the customer; 2 valued entries -> weight 1.
    equ = card.get(EQU)
    assert equ.score == 0.0 and equ.confidence == 1.0 and labels(equ) == ["value_share"]
    assert card.get(AUT).score is None and card.get(LOY).score is None


def test_very_old_evidence_is_not_enough() -> None:
    # Four half lives ago: weight 0.5 ** 4 = 0.0625 < min_confidence 1.
    ps = score(ratings=[rating(720, LOY, 5)]).get(LOY)
    assert ps.score is None and ps.level == "none"
    assert ps.confidence == pytest.approx(0.0625)
    assert len(ps.contributions) == 1  # still shown, so the user sees why


def test_future_items_are_ignored() -> None:
    card = score(ratings=[rating(-1, INT, 5)], ledger=[entry(-1, US)])
    assert all(ps.contributions == () for ps in card.scores)


def test_returned_and_customer_gave() -> None:
    # returned today 100 (w 1), customer gave 180 days ago 100 (w 0.5), ours unreturned
    # 360 days ago 0 (w 0.25): 150 / 1.75 = 85.71.
    ledger = [
        entry(360, US),
        entry(180, C, LedgerKind.FAVOUR),
        entry(0, US, LedgerKind.INVESTMENT, returned=True),
    ]
    ps = score(ledger=ledger).get(REC)
    assert ps.score == pytest.approx(150 / 1.75)
    assert labels(ps) == ["returned", "customer_gave", "we_gave_unreturned"]
    assert [c.source for c in ps.contributions] == ["ledger"] * 3
    assert_effects_add_up(ps)


def test_disclosure_balance() -> None:
    # Recent: 3 by the customer, 1 by us -> 100 x 1 / 3, weight 1. The old one is out.
    said = [disclosure(1, C), disclosure(2, C), disclosure(3, C), disclosure(4, US)]
    ps = score(disclosures=[*said, disclosure(181, US)]).get(REC)
    assert ps.score == pytest.approx(100 / 3) and ps.confidence == 1.0
    (c,) = ps.contributions
    assert (c.source, c.label_code, c.when, c.item_id) == (
        "disclosures",
        "disclosure_balance",
        None,
        "",
    )
    one_sided = score(disclosures=said[:3]).get(REC)
    assert one_sided.score == 0.0


def test_power_plays_and_calm_meetings() -> None:
    # Power plays by either side score 0 and are not reciprocity evidence.
    ledger = [
        entry(0, C, LedgerKind.RISK_SHIFTED, value=5000, id="r"),
        entry(180, US, LedgerKind.ONE_SIDED_DEMAND, id="d"),
    ]
    card = score(ledger=ledger, meeting_facts=meetings(1, 2, 3, 4))
    aut = card.get(AUT)
    assert aut.score == 0.0 and aut.confidence == pytest.approx(1.5)
    assert labels(aut) == ["power_play", "power_play"]  # no meetings item: plays in window
    assert card.get(REC).score is None and card.get(EQU).score is None
    # Four recent meetings, no recent power play: 100 with weight 1.
    calm = score(meeting_facts=meetings(1, 2, 3, 4)).get(AUT)
    assert calm.score == 100.0 and calm.confidence == 1.0 and labels(calm) == ["meetings"]
    # Two meetings weigh 2 / 4 = 0.5: not enough evidence alone.
    assert score(meeting_facts=meetings(1, 2)).get(AUT).score is None
    # A power play 200 days ago is outside the window but still counts, weight 0.5**(200/180).
    old_play = [entry(200, C, LedgerKind.ONE_SIDED_DEMAND)]
    mixed = score(ledger=old_play, meeting_facts=meetings(1, 2, 3, 4)).get(AUT)
    w = 0.5 ** (200 / 180)
    assert mixed.score == pytest.approx(100 / (1 + w))
    assert labels(mixed) == ["meetings", "power_play"]
    assert_effects_add_up(mixed)


def test_commitments() -> None:
    commitments = [
        CommitmentFact(ago(10), C, CommitmentOutcome.KEPT, due=ago(0), id="k"),
        CommitmentFact(ago(180), US, CommitmentOutcome.LATE, id="l"),
        CommitmentFact(ago(400), C, CommitmentOutcome.BROKEN, due=ago(360), id="b"),
        CommitmentFact(ago(5), C, CommitmentOutcome.OPEN, due=ago(1), id="o"),
        CommitmentFact(ago(5), US, CommitmentOutcome.KEPT, due=ago(-10), id="early"),
    ]
    # The customer's record: kept 100 x 1 + broken 0 x 0.25 = 100 / 1.25 = 80; ours: late,
    # 50. Ours is weaker and drives: 0.75 x 50 + 0.25 x 80 = 57.5; confidence 1.75.
    ps = score(commitments=commitments).get(INT)
    assert ps.score == pytest.approx(57.5)
    assert ps.confidence == pytest.approx(1.75)
    assert [c.item_id for c in ps.contributions] == ["k", "l", "b"]
    assert labels(ps) == ["customer_kept", "our_late", "customer_broken"]
    assert ps.contributions[2].when == ago(360)  # dated by due
    assert_effects_add_up(ps)


def test_loyalty_tenure_regularity_repeat() -> None:
    # Two years a customer: tenure 50. Gaps 30, 30, 30: CV 0, regularity 100.
    # 4 meetings in the year: repeat 100 x 4 / 12 = 33.3. Mean of the three: 61.1.
    since = NOW - timedelta(days=2 * 365.25)
    ps = score(meeting_facts=meetings(0, 30, 60, 90), started=since).get(LOY)
    assert labels(ps) == ["tenure", "regularity", "repeat_meetings"]
    assert [c.points for c in ps.contributions] == pytest.approx([50, 100, 100 / 3])
    assert ps.score == pytest.approx((50 + 100 + 100 / 3) / 3)
    assert ps.confidence == 3.0 and ps.level == "medium"
    # Gaps 10 and 30: mean 20, population std dev 10, CV 0.5 -> regularity 50.
    # Without a start, tenure runs from the first meeting (40 days).
    irregular = score(meeting_facts=meetings(0, 10, 40)).get(LOY)
    assert [c.points for c in irregular.contributions] == pytest.approx([25 * 40 / 365.25, 50, 25])
    # Two meetings: no regularity; no meeting at all: no loyalty evidence.
    assert labels(score(meeting_facts=meetings(0, 10)).get(LOY)) == ["tenure", "repeat_meetings"]
    assert score(started=since).get(LOY).contributions == ()
    # Tenure is capped at 100 (four years).
    long = score(meeting_facts=meetings(500), started=ago(3000)).get(LOY)
    assert [c.points for c in long.contributions] == [100, 0]


def test_equity_value_share() -> None:
    # Us 1000 today (w 1), customer 1000 half a year ago (w 0.5): 500 / 1000 -> 50.
    ledger = [entry(0, US, value=1000), entry(180, C, value=1000)]
    ps = score(ledger=ledger).get(EQU)
    assert ps.score == pytest.approx(50.0) and ps.confidence == 1.0
    # Three valued entries weigh 1.5; unvalued entries and power plays do not count.
    more = [
        *ledger,
        entry(0, C, value=250),
        entry(0, C),
        entry(0, C, LedgerKind.RISK_SHIFTED, value=9999),
    ]
    ps = score(ledger=more).get(EQU)
    assert ps.score == pytest.approx(100 * 750 / 1000) and ps.confidence == 1.5
    # The weight is capped at 2.
    many = [entry(n, US if n % 2 else C, value=100) for n in range(10)]
    assert score(ledger=many).get(EQU).confidence == 2.0


def test_health_with_weights() -> None:
    ratings = [rating(0, INT, 4), rating(0, REC, 1)]  # integrity 75, reciprocity 0
    assert score(ratings=ratings).health == pytest.approx(37.5)
    weights = ((INT, 3.0), (REC, 1.0))
    card = score(ratings=ratings, settings=ScoringSettings(weights=weights))
    assert card.health == pytest.approx((3 * 75 + 0) / 4)
    zero = ScoringSettings(weights=((REC, 0.0),))  # left-out principles weigh 1
    assert score(ratings=ratings, settings=zero).health == pytest.approx(75.0)
    only_zero = ScoringSettings(weights=((INT, 0.0),))
    assert score(ratings=ratings[:1], settings=only_zero).health is None


def test_trend() -> None:
    # At now - 90 days only the rating of 3 exists (weight 1 then): health 50.
    # Now it weighs 0.5 ** 0.5 = 0.7071 next to today's rating (weight 1).
    w = 0.5**0.5
    then = rating(90, INT, 3)
    up = score(ratings=[then, rating(0, INT, 5)])
    assert up.health_before == pytest.approx(50.0)
    assert up.health == pytest.approx((w * 50 + 100) / (w + 1)) and up.trend == "up"
    down = score(ratings=[then, rating(0, INT, 1)])
    assert down.health == pytest.approx(w * 50 / (w + 1)) and down.trend == "down"
    assert score(ratings=[then, rating(0, INT, 3)]).trend == "flat"
    assert score(ratings=[rating(0, INT, 5)]).trend == "none"  # nothing back then
    # A move of about 29 points is flat with a threshold of 30.
    wide = ScoringSettings(trend_threshold=30.0)
    assert score(ratings=[then, rating(0, INT, 5)], settings=wide).trend == "flat"


def test_effects_add_up_with_mixed_sources() -> None:
    card = score(
        ratings=[rating(10, REC, 4), rating(300, REC, 2)],
        ledger=[entry(20, US), entry(40, C, value=300), entry(50, US, returned=True)],
        disclosures=[disclosure(5, C), disclosure(6, US), disclosure(7, US)],
        settings=ScoringSettings(evidence_weight=2.0),
    )
    ps = card.get(REC)
    assert {c.source for c in ps.contributions} == {"rating", "ledger", "disclosures"}
    assert sum(c.weight for c in ps.contributions) == pytest.approx(ps.confidence)
    assert_effects_add_up(ps)
    balance = next(c for c in ps.contributions if c.label_code == "disclosure_balance")
    assert balance.weight == 2.0 and balance.points == pytest.approx(50.0)


def test_confidence_levels() -> None:
    assert [confidence_level(x) for x in (0, 0.99, 1, 2.99, 3, 7.99, 8)] == [
        "none", "none", "low", "low", "medium", "medium", "high",
    ]  # fmt: skip


def test_settings_are_validated() -> None:
    for bad in (
        {"half_life_days": 0},
        {"min_confidence": 0},
        {"weights": ((INT, -1.0),)},
        {"weights": ((INT, 1.0), (INT, 2.0))},
        {"trend_days": 0},
    ):
        with pytest.raises(ValueError):
            ScoringSettings(**bad)
    assert hash(ScoringSettings()) == hash(ScoringSettings())
