"""Recommendation answers and the Net Promoter Score (docs/domain.md §4).

Promoters answer 9-10, passives 7-8, detractors 0-6; NPS = % promoters - % detractors,
from -100 to 100. Each contact counts once, with their latest answer, and an answer older
than ANSWER_VALID_DAYS no longer counts: people's opinion moves on.
"""

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

ANSWER_VALID_DAYS = 365
TREND_DAYS = 90
MIN_SCORE, MAX_SCORE = 0, 10


class NpsGroup(StrEnum):
    PROMOTER = "promoter"
    PASSIVE = "passive"
    DETRACTOR = "detractor"


def nps_group(score: int) -> NpsGroup:
    if not MIN_SCORE <= score <= MAX_SCORE:
        raise ValueError(score)
    if score >= 9:
        return NpsGroup.PROMOTER
    return NpsGroup.PASSIVE if score >= 7 else NpsGroup.DETRACTOR


@dataclass(frozen=True)
class Answer:
    contact_id: str
    score: int
    answered_on: date


def net_promoter_score(scores: Iterable[int]) -> int | None:
    """Rounded NPS of these answers; None without any answer."""
    return nps_of_counts(Counter(scores))


def nps_of_counts(counts: Mapping[int, int]) -> int | None:
    """Rounded NPS of answers given as score -> how many."""
    total = sum(counts.values())
    if not total:
        return None
    groups: Counter[NpsGroup] = Counter()
    for score, count in counts.items():
        groups[nps_group(score)] += count
    return round(100 * (groups[NpsGroup.PROMOTER] - groups[NpsGroup.DETRACTOR]) / total)


def latest_answers(answers: Iterable[Answer], as_of: date) -> list[Answer]:
    """Each contact's newest answer on or before `as_of`, if still valid then."""
    oldest = as_of - timedelta(days=ANSWER_VALID_DAYS)
    latest: dict[str, Answer] = {}
    for answer in answers:
        if not oldest <= answer.answered_on <= as_of:
            continue
        known = latest.get(answer.contact_id)
        if known is None or answer.answered_on >= known.answered_on:
            latest[answer.contact_id] = answer
    return list(latest.values())


def nps_as_of(answers: Iterable[Answer], as_of: date) -> int | None:
    return net_promoter_score(a.score for a in latest_answers(answers, as_of))


@dataclass(frozen=True)
class NpsSummary:
    nps: int | None
    answers: int  # how many contacts' answers count
    promoters: int
    passives: int
    detractors: int
    change: int | None  # NPS now minus TREND_DAYS ago; None when either is unknown


def nps_summary(answers: Iterable[Answer], today: date) -> NpsSummary:
    answers = list(answers)
    current = latest_answers(answers, today)
    groups = [nps_group(a.score) for a in current]
    nps = net_promoter_score(a.score for a in current)
    before = nps_as_of(answers, today - timedelta(days=TREND_DAYS))
    return NpsSummary(
        nps=nps,
        answers=len(current),
        promoters=groups.count(NpsGroup.PROMOTER),
        passives=groups.count(NpsGroup.PASSIVE),
        detractors=groups.count(NpsGroup.DETRACTOR),
        change=None if nps is None or before is None else nps - before,
    )
