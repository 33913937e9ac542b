from datetime import datetime, timedelta

import pytest

from relationdesk.domain.drift import DriftThresholds, detect_drift
from relationdesk.domain.meetings import (
    Depth,
    DisclosureDomain,
    DisclosureFact,
    MeetingFact,
    Side,
)

NOW = datetime(2026, 6, 1)
# Defaults: recent = last 90 days, baseline = the 270 days before (90 to 360 days ago).


def meetings(*days_ago: float) -> list[MeetingFact]:
    return [MeetingFact(NOW - timedelta(days=n)) for n in days_ago]


def disclosure(days_ago: float, depth: Depth, side: Side = Side.CUSTOMER) -> DisclosureFact:
    return DisclosureFact(
        NOW - timedelta(days=days_ago), side, DisclosureDomain.BUSINESS, "strategy", depth
    )


# Six baseline meetings: 6 x 30 / 270 = 0.667 a month; half of it is 0.333 a month,
# which is exactly one meeting in the 90 recent days.
BASELINE_SIX = meetings(100, 140, 180, 220, 260, 300)


def test_not_enough_baseline_gives_no_verdict() -> None:
    report = detect_drift(meetings(100, 200), [], NOW)
    assert not report.drifting and report.reasons == ()
    assert (report.meetings_recent, report.meetings_baseline) == (0, 2)
    assert report.rate_baseline_per_30d == pytest.approx(2 * 30 / 270)
    assert report.depth_recent is None and report.depth_baseline is None


def test_no_history_at_all() -> None:
    report = detect_drift([], [], NOW)
    assert not report.drifting
    assert report.rate_recent_per_30d == 0.0 and report.rate_baseline_per_30d == 0.0


def test_stable_relationship() -> None:
    stable = BASELINE_SIX + meetings(10, 40, 70)
    depths = [disclosure(200, Depth.INTERMEDIATE), disclosure(20, Depth.INTERMEDIATE)]
    report = detect_drift(stable, depths, NOW)
    assert not report.drifting and report.reasons == ()
    assert report.rate_recent_per_30d == pytest.approx(1.0)
    assert report.depth_recent == report.depth_baseline == 2.0


def test_frequency_drop_boundary() -> None:
    at_half = detect_drift([*BASELINE_SIX, *meetings(45)], [], NOW)
    assert at_half.rate_recent_per_30d == pytest.approx(at_half.rate_baseline_per_30d / 2)
    assert not at_half.drifting  # "below" half, not "at" half
    silent = detect_drift(BASELINE_SIX, [], NOW)
    assert silent.drifting and silent.reasons == ("meeting_frequency",)
    assert silent.meetings_recent == 0


def test_window_edges() -> None:
    # 90 days ago exactly is recent; 360 days ago exactly is still baseline.
    report = detect_drift(meetings(90, 360, 300, 200), [], NOW)
    assert (report.meetings_recent, report.meetings_baseline) == (1, 3)
    too_old = detect_drift(meetings(360.001, 300, 200), [], NOW)
    assert too_old.meetings_baseline == 2 and not too_old.drifting


def test_depth_drop() -> None:
    steady_meetings = BASELINE_SIX + meetings(10, 40)
    baseline = [disclosure(150, Depth.CORE), disclosure(250, Depth.PERIPHERAL)]  # mean 2.0
    at_boundary = [disclosure(20, Depth.INTERMEDIATE), disclosure(30, Depth.PERIPHERAL)]
    report = detect_drift(steady_meetings, baseline + at_boundary, NOW)
    assert report.depth_baseline == 2.0 and report.depth_recent == 1.5  # 1.5 = 0.75 x 2.0
    assert not report.drifting
    shallow = [disclosure(20, Depth.PERIPHERAL)]
    report = detect_drift(steady_meetings, baseline + shallow, NOW)
    assert report.drifting and report.reasons == ("disclosure_depth",)


def test_our_side_does_not_count_for_depth() -> None:
    ours = [disclosure(200, Depth.CORE, Side.US), disclosure(20, Depth.PERIPHERAL, Side.US)]
    report = detect_drift(BASELINE_SIX + meetings(10, 40), ours, NOW)
    assert report.depth_recent is None and report.depth_baseline is None
    assert not report.drifting


def test_both_reasons_and_custom_thresholds() -> None:
    core = [disclosure(200, Depth.CORE), disclosure(20, Depth.PERIPHERAL)]
    report = detect_drift(BASELINE_SIX, core, NOW)
    assert report.reasons == ("meeting_frequency", "disclosure_depth")
    lenient = DriftThresholds(min_baseline_meetings=7)
    assert not detect_drift(BASELINE_SIX, core, NOW, lenient).drifting
    with pytest.raises(ValueError):
        DriftThresholds(recent_days=0)
