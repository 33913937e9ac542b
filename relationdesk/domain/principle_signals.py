"""The evidence items behind each principle's score (docs/domain.md §1).

Each function turns one kind of evidence into ``Signal`` items: a 0–100 value (points)
and a weight. ``principles.py`` averages them per principle; the formulas are documented
there and in docs/scoring.md. Items dated after ``now`` weigh 0; the caller drops every
item whose weight is not positive.

Summary items (disclosure balance, meetings, tenure, regularity, repeat meetings, value
share) describe the state at ``now``: their ``when`` is None and their weight carries no
recency factor, only ``evidence_weight`` and the multiplier of their formula.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import pairwise
from statistics import fmean, pstdev

from relationdesk.domain.evidence import (
    RATING_MAX,
    RATING_MIN,
    CommitmentFact,
    CommitmentOutcome,
    LedgerFact,
    Principle,
    RatingFact,
)
from relationdesk.domain.meetings import DisclosureFact, MeetingFact, Side

DAYS_PER_YEAR = 365.25
TENURE_POINTS_PER_YEAR = 25.0  # four years of tenure reach 100
LOYALTY_WINDOW_DAYS = 365  # regularity and repeat meetings look at the last year
MIN_MEETINGS_FOR_REGULARITY = 3  # at least two gaps to compare
MEETINGS_PER_YEAR_FOR_FULL_REPEAT = 12  # one a month
MEETINGS_FOR_FULL_AUTONOMY_ITEM = 4
MAX_VALUE_SHARE_MULTIPLIER = 2.0

_OUTCOME_POINTS = {
    CommitmentOutcome.KEPT: 100.0,
    CommitmentOutcome.LATE: 50.0,
    CommitmentOutcome.BROKEN: 0.0,
}


@dataclass(frozen=True)
class Signal:
    """One item of evidence for one principle, before its effect is known."""

    principle: Principle
    source: str  # "rating" | "ledger" | "commitment" | "meetings" | "disclosures"
    item_id: str
    when: datetime | None  # None for summary items
    weight: float
    points: float  # 0..100
    label_code: str


@dataclass(frozen=True)
class Recency:
    """How much an item dated ``when`` still counts at ``now``."""

    now: datetime
    half_life_days: float
    evidence_weight: float

    def weight(self, when: datetime) -> float:
        """0.5 ** (age_days / half_life_days); 0 for items in the future."""
        if when > self.now:
            return 0.0
        age_days = (self.now - when).total_seconds() / 86400
        return float(0.5 ** (age_days / self.half_life_days))

    def evidence(self, when: datetime) -> float:
        return self.weight(when) * self.evidence_weight

    def within(self, when: datetime, days: float) -> bool:
        """``now - days <= when <= now``."""
        return self.now - timedelta(days=days) <= when <= self.now


def _share(pair: tuple[float, float]) -> float:
    """100 x smaller / larger; 0 when one side is empty."""
    low, high = sorted(pair)
    return 100.0 * low / high if high > 0 else 0.0


def rating_signals(ratings: Sequence[RatingFact], r: Recency) -> list[Signal]:
    """Each rating, 1..5 mapped to 0..100 (out-of-range ratings are clamped)."""
    signals = []
    for fact in ratings:
        rating = min(RATING_MAX, max(RATING_MIN, fact.rating))
        points = (rating - RATING_MIN) / (RATING_MAX - RATING_MIN) * 100.0
        weight = r.weight(fact.when)
        signals.append(
            Signal(fact.principle, "rating", fact.id, fact.when, weight, points, "rating")
        )
    return signals


def reciprocity_signals(
    ledger: Sequence[LedgerFact], disclosures: Sequence[DisclosureFact], r: Recency
) -> list[Signal]:
    signals = []
    for fact in ledger:
        if fact.kind.is_power_play:
            continue
        if fact.given_by == Side.CUSTOMER:
            points, label = 100.0, "customer_gave"
        elif fact.returned:
            points, label = 100.0, "returned"
        else:
            points, label = 0.0, "we_gave_unreturned"
        signals.append(
            Signal(
                Principle.RECIPROCITY,
                "ledger",
                fact.id,
                fact.when,
                r.evidence(fact.when),
                points,
                label,
            )
        )
    recent = [d for d in disclosures if r.within(d.when, r.half_life_days)]
    if recent:
        theirs = sum(1 for d in recent if d.side == Side.CUSTOMER)
        points = _share((theirs, len(recent) - theirs))
        signals.append(
            Signal(
                Principle.RECIPROCITY,
                "disclosures",
                "",
                None,
                r.evidence_weight,
                points,
                "disclosure_balance",
            )
        )
    return signals


def autonomy_signals(
    ledger: Sequence[LedgerFact], meetings: Sequence[MeetingFact], r: Recency
) -> list[Signal]:
    plays = [f for f in ledger if f.kind.is_power_play]
    signals = [
        Signal(Principle.AUTONOMY, "ledger", f.id, f.when, r.evidence(f.when), 0.0, "power_play")
        for f in plays
    ]
    recent = sum(1 for m in meetings if r.within(m.when, r.half_life_days))
    calm = not any(r.within(f.when, r.half_life_days) for f in plays)
    if recent and calm:
        weight = min(1.0, recent / MEETINGS_FOR_FULL_AUTONOMY_ITEM) * r.evidence_weight
        signals.append(Signal(Principle.AUTONOMY, "meetings", "", None, weight, 100.0, "meetings"))
    return signals


INTEGRITY_WEAKER_SHARE = 0.75  # the weaker side's record drives integrity, 3 : 1
_SIDE_PREFIX = {Side.CUSTOMER: "customer", Side.US: "our"}


def integrity_signals(commitments: Sequence[CommitmentFact], r: Recency) -> list[Signal]:
    """Kept, late and broken commitments, dated by ``due`` (else ``when``); open ones wait.

    Integrity asks for consistency on both sides (docs/domain.md §1), so each side's
    promises make its own record (their recency-weighted mean) and the weaker record
    drives the score: its items share INTEGRITY_WEAKER_SHARE of the total weight, the
    other side's the rest. The score is then 0.75 x weaker + 0.25 x stronger, the
    confidence stays the weight of every promise, and each promise keeps its own item.
    """
    sides: dict[Side, list[tuple[CommitmentFact, datetime, float, float]]] = {}
    for fact in commitments:
        points = _OUTCOME_POINTS.get(fact.outcome)
        if points is None:
            continue
        when = fact.due if fact.due is not None else fact.when
        weight = r.evidence(when)
        if weight > 0:
            sides.setdefault(fact.made_by, []).append((fact, when, weight, points))
    weights = {side: sum(w for _, _, w, _ in items) for side, items in sides.items()}
    records = {
        side: sum(w * p for _, _, w, p in items) / weights[side] for side, items in sides.items()
    }
    total = sum(weights.values())
    shares = dict.fromkeys(sides, 1.0)
    if len(sides) == 2:
        weaker = min(records, key=lambda side: (records[side], side != Side.CUSTOMER))
        shares = {side: 1.0 - INTEGRITY_WEAKER_SHARE for side in sides}
        shares[weaker] = INTEGRITY_WEAKER_SHARE
    signals = []
    for side, items in sides.items():
        scale = shares[side] * total / weights[side]
        for fact, when, weight, points in items:
            code = f"{_SIDE_PREFIX[side]}_{fact.outcome.value}"
            signals.append(
                Signal(
                    Principle.INTEGRITY, "commitment", fact.id, when, weight * scale, points, code
                )
            )
    return signals


def _regularity(whens: list[datetime]) -> float | None:
    """100 x max(0, 1 - coefficient of variation of the gaps); None without a rhythm."""
    ordered = sorted(whens)
    gaps = [(b - a).total_seconds() / 86400 for a, b in pairwise(ordered)]
    mean = fmean(gaps)
    if mean <= 0:
        return None  # all meetings at the same moment: nothing to measure
    return 100.0 * max(0.0, 1.0 - pstdev(gaps) / mean)


def relationship_start(*moments: datetime | None) -> datetime | None:
    """The relationship's real beginning: the earliest moment known (docs/domain.md §1, §4).

    The caller passes the "customer since" date the user set, the first meeting, the first
    order and the first lifecycle move; any of them may be unknown (None). The day the
    customer was typed into the app is not one of them: history entered after the fact
    would otherwise have no tenure."""
    known = [m for m in moments if m is not None]
    return min(known) if known else None


def loyalty_signals(
    meetings: Sequence[MeetingFact], started: datetime | None, r: Recency
) -> list[Signal]:
    """Tenure, regularity and repeat meetings; nothing until there is a meeting.
    Tenure runs from ``started`` (see relationship_start) or the first meeting, if earlier."""
    past = [m.when for m in meetings if m.when <= r.now]
    if not past:
        return []
    start = relationship_start(started, min(past))
    assert start is not None
    years = max(0.0, (r.now - start).total_seconds() / 86400 / DAYS_PER_YEAR)
    ew = r.evidence_weight

    def item(points: float, label: str) -> Signal:
        return Signal(Principle.LOYALTY, "meetings", "", None, ew, points, label)

    signals = [item(min(100.0, TENURE_POINTS_PER_YEAR * years), "tenure")]
    last_year = [w for w in past if r.within(w, LOYALTY_WINDOW_DAYS)]
    if len(last_year) >= MIN_MEETINGS_FOR_REGULARITY:
        regularity = _regularity(last_year)
        if regularity is not None:
            signals.append(item(regularity, "regularity"))
    repeat = min(100.0, 100.0 * len(last_year) / MEETINGS_PER_YEAR_FOR_FULL_REPEAT)
    signals.append(item(repeat, "repeat_meetings"))
    return signals


def equity_signals(ledger: Sequence[LedgerFact], r: Recency) -> list[Signal]:
    """One value-share item from the valued (value > 0) entries that are not power plays."""
    valued = [
        f
        for f in ledger
        if not f.kind.is_power_play and f.value is not None and f.value > 0 and f.when <= r.now
    ]
    ours = sum((f.value or 0.0) * r.weight(f.when) for f in valued if f.given_by == Side.US)
    theirs = sum((f.value or 0.0) * r.weight(f.when) for f in valued if f.given_by != Side.US)
    if not valued or ours + theirs <= 0:
        return []
    weight = min(MAX_VALUE_SHARE_MULTIPLIER, len(valued) / 2) * r.evidence_weight
    points = _share((ours, theirs))
    return [Signal(Principle.EQUITY, "ledger", "", None, weight, points, "value_share")]
