"""A score per principle of a relationship of trust, with its reasons (docs/domain.md §1).

Every piece of evidence becomes an item with a value from 0 to 100 (its points) and a
weight. A principle's score is the weighted mean of its items' points; its confidence is
the sum of their weights. docs/scoring.md explains the same rules with a worked example.

Recency: an item dated ``when`` weighs ``0.5 ** (age_days / half_life_days)``: today 1,
one half life ago 0.5, two half lives ago 0.25. Items in the future weigh 0 and are left
out, as is any item whose weight is not positive. "Recent" below means
``now - half_life_days <= when <= now``.

Items per principle (ratings count for every principle; every evidence item's weight is
also multiplied by ``evidence_weight``; label codes in quotes):

- every principle: each of the salesperson's ratings, 1..5 -> (r - 1) / 4 x 100,
  recency-weighted ("rating").
- Reciprocity: each ledger entry that is not a power play, recency-weighted: given by us
  and not returned 0 ("we_gave_unreturned"), given by us and returned 100 ("returned"),
  given by the customer 100 ("customer_gave"). If either side disclosed anything
  recently: one item of 100 x smaller side's disclosure count / larger side's, weight 1
  ("disclosure_balance").
- Autonomy: each power play (one-sided demand, risk shifted), by either side, 0,
  recency-weighted ("power_play"). Recent meetings with no recent power play: one item of
  100 with weight min(1, meetings / 4) ("meetings").
- Integrity: each commitment kept 100, late 50, broken 0, recency-weighted by its due
  date, else by when it was made ("customer_kept" ... "our_broken"); open ones are not
  evidence yet, nor is a commitment whose due date is still ahead. Each side's promises
  make its own record, and the weaker side drives the score: 0.75 x the weaker record +
  0.25 x the stronger (the items are re-weighted so, see integrity_signals).
- Loyalty, only once there is a meeting, each weight 1: tenure min(100, 25 x years since
  the relationship started: the earliest of ``started`` (the caller's "customer since",
  first order, first lifecycle move) and the first meeting; a year is 365.25 days) ("tenure");
  with >= 3 meetings in the last 365 days, regularity 100 x max(0, 1 - CV of the gaps
  between them, CV = population standard deviation / mean) ("regularity"); repeat
  meetings min(100, 100 x meetings in the last 365 days / 12) ("repeat_meetings").
- Equity: from ledger entries with a value > 0 that are not power plays, the
  recency-weighted value given by us and by the customer; one item of
  100 x smaller / larger, weight min(2, valued entries / 2) ("value_share").

Score = sum(weight x points) / sum(weight), or None ("not enough evidence") when the
confidence sum(weight) is below min_confidence. A contribution's ``effect`` is how many
points it moves the score away from a neutral 50: ``weight x (points - 50) / confidence``;
the effects add up to ``score - 50``.

Health = mean of the principles' scores that exist, weighted by ``settings.weights``;
None when none exists. Trend compares it with the health computed at
``now - trend_days`` from the evidence dated up to then: "up" / "down" when it moved by
at least trend_threshold points, else "flat"; "none" when either health is None.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from relationdesk.domain.evidence import CommitmentFact, LedgerFact, Principle, RatingFact
from relationdesk.domain.meetings import DisclosureFact, MeetingFact, Side
from relationdesk.domain.principle_signals import (
    Recency,
    Signal,
    autonomy_signals,
    equity_signals,
    integrity_signals,
    loyalty_signals,
    rating_signals,
    reciprocity_signals,
)


@dataclass(frozen=True)
class ScoringSettings:
    """Every setting of the scoring rules, so they can be tuned in one place."""

    half_life_days: float = 180.0  # an item's weight halves every half life
    evidence_weight: float = 1.0  # how many ratings one evidence item is worth
    min_confidence: float = 1.0  # below this total weight: not enough evidence
    # Weight of each principle in the overall health; a principle left out weighs 1.
    weights: tuple[tuple[Principle, float], ...] = tuple((p, 1.0) for p in Principle)
    trend_days: int = 90  # health now is compared with health this many days ago
    trend_threshold: float = 5.0  # points of health change that make a trend
    medium_confidence: float = 3.0  # confidence from which the level is "medium"
    high_confidence: float = 8.0  # confidence from which the level is "high"

    def __post_init__(self) -> None:
        if self.half_life_days <= 0 or self.min_confidence <= 0 or self.evidence_weight < 0:
            raise ValueError("half_life_days, min_confidence > 0 and evidence_weight >= 0")
        if any(weight < 0 for _, weight in self.weights):
            raise ValueError("principle weights must be >= 0")
        if len({p for p, _ in self.weights}) != len(self.weights):
            raise ValueError("each principle may be weighted only once")
        if self.trend_days < 1 or self.trend_threshold < 0:
            raise ValueError("trend_days must be >= 1 and trend_threshold >= 0")
        if not 0 < self.medium_confidence <= self.high_confidence:
            raise ValueError("confidence levels must satisfy 0 < medium <= high")

    def weight_of(self, principle: Principle) -> float:
        return dict(self.weights).get(principle, 1.0)


DEFAULT_SCORING = ScoringSettings()

SOURCES = ("rating", "ledger", "commitment", "meetings", "disclosures")
LEVELS = ("none", "low", "medium", "high")
TRENDS = ("up", "down", "flat", "none")


@dataclass(frozen=True)
class Contribution:
    """One item behind a score, for the "why this score?" view."""

    principle: Principle
    source: str  # one of SOURCES
    item_id: str  # the rating's, ledger entry's or commitment's id; "" for summary items
    when: datetime | None  # None for summary items, which describe the state at `now`
    weight: float  # recency-weighted (x evidence_weight for evidence items)
    points: float  # this item's own value, 0..100
    effect: float  # weight x (points - 50) / confidence: points it moves the score from 50
    label_code: str  # snake_case code the UI translates, e.g. "we_gave_unreturned"


@dataclass(frozen=True)
class PrincipleScore:
    principle: Principle
    score: float | None  # 0..100; None = not enough evidence
    confidence: float  # the sum of the contributions' weights
    level: str  # one of LEVELS
    contributions: tuple[Contribution, ...]  # summary items first, then newest first


@dataclass(frozen=True)
class Scorecard:
    scores: tuple[PrincipleScore, ...]  # one per Principle, in Principle order
    health: float | None  # weighted mean of the scores that exist
    trend: str  # one of TRENDS
    health_before: float | None  # health at now - trend_days

    def get(self, principle: Principle) -> PrincipleScore:
        for score in self.scores:
            if score.principle == principle:
                return score
        raise KeyError(principle)


def confidence_level(confidence: float, settings: ScoringSettings = DEFAULT_SCORING) -> str:
    """The level shown with a score: below min_confidence "none", then "low", from
    medium_confidence (3) "medium", from high_confidence (8) "high"."""
    if confidence < settings.min_confidence:
        return "none"
    if confidence < settings.medium_confidence:
        return "low"
    return "medium" if confidence < settings.high_confidence else "high"


def _principle_score(
    principle: Principle, signals: list[Signal], settings: ScoringSettings
) -> PrincipleScore:
    items = [s for s in signals if s.principle == principle and s.weight > 0]
    total = sum(s.weight for s in items)
    score = None
    if total >= settings.min_confidence:
        score = sum(s.weight * s.points for s in items) / total
    contributions = [
        Contribution(
            principle=principle,
            source=s.source,
            item_id=s.item_id,
            when=s.when,
            weight=s.weight,
            points=s.points,
            effect=s.weight * (s.points - 50.0) / total,
            label_code=s.label_code,
        )
        for s in items
    ]
    # Summary items (when None) sort as the newest; sorted() keeps ties in input order.
    contributions.sort(key=lambda c: c.when or datetime.max, reverse=True)
    return PrincipleScore(
        principle, score, total, confidence_level(total, settings), tuple(contributions)
    )


def _scores_at(
    ratings: tuple[RatingFact, ...],
    ledger: tuple[LedgerFact, ...],
    commitments: tuple[CommitmentFact, ...],
    meetings: tuple[MeetingFact, ...],
    disclosures: tuple[DisclosureFact, ...],
    now: datetime,
    started: datetime | None,
    settings: ScoringSettings,
) -> tuple[PrincipleScore, ...]:
    r = Recency(now, settings.half_life_days, settings.evidence_weight)
    signals = [
        *rating_signals(ratings, r),
        *reciprocity_signals(ledger, disclosures, r),
        *autonomy_signals(ledger, meetings, r),
        *integrity_signals(commitments, r),
        *loyalty_signals(meetings, started, r),
        *equity_signals(ledger, r),
    ]
    return tuple(_principle_score(p, signals, settings) for p in Principle)


def health_of(
    scores: Iterable[PrincipleScore], settings: ScoringSettings = DEFAULT_SCORING
) -> float | None:
    """Weighted mean of the scores that exist; None if none exists (or all weigh 0)."""
    pairs = [(s.score, settings.weight_of(s.principle)) for s in scores if s.score is not None]
    total = sum(weight for _, weight in pairs)
    return sum(score * weight for score, weight in pairs) / total if total > 0 else None


def trend_of(
    health: float | None, before: float | None, settings: ScoringSettings = DEFAULT_SCORING
) -> str:
    if health is None or before is None:
        return "none"
    if health - before >= settings.trend_threshold:
        return "up"
    if before - health >= settings.trend_threshold:
        return "down"
    return "flat"


def score_principles(
    ratings: Iterable[RatingFact],
    ledger: Iterable[LedgerFact],
    commitments: Iterable[CommitmentFact],
    meetings: Iterable[MeetingFact],
    disclosures: Iterable[DisclosureFact],
    now: datetime,
    started: datetime | None = None,
    settings: ScoringSettings = DEFAULT_SCORING,
) -> Scorecard:
    """Score the five principles at ``now``, with their reasons, health and trend.
    ``started``: when the relationship began, if known before its first meeting."""
    facts = (tuple(ratings), tuple(ledger), tuple(commitments), tuple(meetings))
    said = tuple(disclosures)
    scores = _scores_at(*facts, said, now, started, settings)
    then = now - timedelta(days=settings.trend_days)
    before = _scores_at(*facts, said, then, started, settings)
    health = health_of(scores, settings)
    health_before = health_of(before, settings)
    return Scorecard(scores, health, trend_of(health, health_before, settings), health_before)


@dataclass(frozen=True)
class SideRecord:
    """One side's promises behind the integrity score, for the "why" view."""

    side: Side
    record: float  # the recency-weighted mean of its kept (100), late (50), broken (0)
    kept: int
    late: int
    broken: int
    drives: bool  # the weaker side (or the only one): it drives the score

    @property
    def promises(self) -> int:
        return self.kept + self.late + self.broken


def integrity_sides(item: PrincipleScore) -> tuple[SideRecord, ...]:
    """Each side's record of promises, the customer's first (see integrity_signals)."""
    records = []
    for side in (Side.CUSTOMER, Side.US):
        prefix = "customer_" if side == Side.CUSTOMER else "our_"
        mine = [
            c
            for c in item.contributions
            if c.source == "commitment" and c.label_code.startswith(prefix)
        ]
        if not mine:
            continue
        weight = sum(c.weight for c in mine)
        outcomes = [c.label_code.removeprefix(prefix) for c in mine]
        records.append(
            (
                side,
                sum(c.weight * c.points for c in mine) / weight,
                outcomes.count("kept"),
                outcomes.count("late"),
                outcomes.count("broken"),
            )
        )
    weakest = min((r[1] for r in records), default=0.0)
    first_weakest = next((r[0] for r in records if r[1] == weakest), None)
    return tuple(SideRecord(*r, drives=r[0] == first_weakest) for r in records)


def rated_only_thinly(item: PrincipleScore) -> bool:
    """Only the salesperson's ratings so far, and too few to firm the score up: one set of
    ratings from a meeting weighs under 1 after a day (the confidence floor), so the
    principle shows "not enough evidence" or a "little" one. Rating again after the next
    meeting is what firms it up (docs/scoring.md, confidence)."""
    return (
        item.level in ("none", "low")
        and bool(item.contributions)
        and all(c.source == "rating" for c in item.contributions)
    )
