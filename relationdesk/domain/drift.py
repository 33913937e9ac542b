"""Drifting apart: social penetration theory calls it depenetration (docs/domain.md §2).

When the costs of a relationship outweigh its rewards, the customer meets less often and
discloses less deeply. We compare a recent window with the period just before it (the
baseline) and flag the drop early, while it can still be turned around.

Windows: recent is ``now - recent_days <= when <= now``; baseline is the baseline_days
before it, ``now - recent_days - baseline_days <= when < now - recent_days``.

Reason codes in ``DriftReport.reasons``:

- ``meeting_frequency``: the recent meeting rate is below frequency_drop x the baseline
  rate.
- ``disclosure_depth``: the customer side's mean disclosure depth rank (both domains)
  in the recent window is below depth_drop x its baseline mean. Needs customer
  disclosures in both periods; silence alone shows in the meeting rate instead.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from relationdesk.domain.meetings import DisclosureFact, MeetingFact, Side


@dataclass(frozen=True)
class DriftThresholds:
    """Every threshold of the drift rule, so they can be tuned in one place."""

    recent_days: int = 90  # the recent window
    baseline_days: int = 270  # the period before the recent window, to compare with
    frequency_drop: float = 0.5  # drifting when recent rate < this x baseline rate
    depth_drop: float = 0.75  # drifting when recent mean depth < this x baseline mean
    min_baseline_meetings: int = 3  # no verdict without enough history

    def __post_init__(self) -> None:
        if self.recent_days < 1 or self.baseline_days < 1:
            raise ValueError("recent_days and baseline_days must be >= 1")


DEFAULT_DRIFT_THRESHOLDS = DriftThresholds()


@dataclass(frozen=True)
class DriftReport:
    drifting: bool
    meetings_recent: int
    meetings_baseline: int
    rate_recent_per_30d: float
    rate_baseline_per_30d: float
    depth_recent: float | None  # mean depth rank (1..3), customer side; None if none
    depth_baseline: float | None
    reasons: tuple[str, ...]


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def detect_drift(
    meetings: Iterable[MeetingFact],
    disclosures: Iterable[DisclosureFact],
    now: datetime,
    thresholds: DriftThresholds = DEFAULT_DRIFT_THRESHOLDS,
) -> DriftReport:
    """Compare recent contact with the baseline; only the customer's openness counts for
    depth, since our own openness falling is not the customer drifting away."""
    t = thresholds
    recent_start = now - timedelta(days=t.recent_days)
    baseline_start = recent_start - timedelta(days=t.baseline_days)

    def in_recent(when: datetime) -> bool:
        return recent_start <= when <= now

    def in_baseline(when: datetime) -> bool:
        return baseline_start <= when < recent_start

    whens = [m.when for m in meetings]
    recent_count = sum(1 for w in whens if in_recent(w))
    baseline_count = sum(1 for w in whens if in_baseline(w))
    rate_recent = recent_count * 30 / t.recent_days
    rate_baseline = baseline_count * 30 / t.baseline_days

    customer = [d for d in disclosures if d.side == Side.CUSTOMER]
    depth_recent = _mean([d.depth.rank for d in customer if in_recent(d.when)])
    depth_baseline = _mean([d.depth.rank for d in customer if in_baseline(d.when)])

    reasons: list[str] = []
    if baseline_count >= t.min_baseline_meetings:
        if rate_recent < t.frequency_drop * rate_baseline:
            reasons.append("meeting_frequency")
        if (
            depth_recent is not None
            and depth_baseline is not None
            and depth_recent < t.depth_drop * depth_baseline
        ):
            reasons.append("disclosure_depth")
    return DriftReport(
        drifting=bool(reasons),
        meetings_recent=recent_count,
        meetings_baseline=baseline_count,
        rate_recent_per_30d=rate_recent,
        rate_baseline_per_30d=rate_baseline,
        depth_recent=depth_recent,
        depth_baseline=depth_baseline,
        reasons=tuple(reasons),
    )
