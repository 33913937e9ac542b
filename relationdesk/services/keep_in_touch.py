"""Who to reach out to: customers drifting apart, and those past their stay-in-touch
interval (docs/stories.md #2, the morning screen; the dashboard counts them).

The rules are the domain's own (domain/drift.py, domain/stay_in_touch.py); this module
only reads what they need. The drift rule needs a baseline of several meetings, so only
customers with that many meetings in the baseline period get their facts read: a portfolio
of thousands costs one counting query and a few fact queries.
"""

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from relationdesk.domain.drift import DEFAULT_DRIFT_THRESHOLDS, DriftThresholds, detect_drift
from relationdesk.domain.stay_in_touch import TouchStatus, touch_rule_for, touch_status
from relationdesk.services.relationship_facts import disclosure_facts, meeting_facts

PAST_INTERVAL = (TouchStatus.YELLOW, TouchStatus.RED)


@dataclass(frozen=True)
class ReachOut:
    """One customer to reach out to, and why (both reasons may hold)."""

    customer_id: str
    name: str
    touch: TouchStatus
    last_meeting_at: datetime | None
    drifting: bool
    drift_reasons: tuple[str, ...]  # drift.py's reason codes

    @property
    def past_interval(self) -> bool:
        return self.touch in PAST_INTERVAL


@dataclass(frozen=True)
class ReachOutCounts:
    drifting: int = 0
    past_interval: int = 0


def _stamp(moment: datetime) -> str:
    return moment.isoformat(sep=" ", timespec="microseconds")


def _drift_candidates(
    conn: sqlite3.Connection, now: datetime, thresholds: DriftThresholds
) -> set[str]:
    """Customers with enough baseline meetings for the drift rule to judge."""
    recent_start = now - timedelta(days=thresholds.recent_days)
    baseline_start = recent_start - timedelta(days=thresholds.baseline_days)
    rows = conn.execute(
        "SELECT customer_id FROM meeting WHERE started_at >= ? AND started_at < ? "
        "GROUP BY customer_id HAVING count(*) >= ?",
        [_stamp(baseline_start), _stamp(recent_start), thresholds.min_baseline_meetings],
    )
    return {row[0] for row in rows}


def reach_out_list(
    conn: sqlite3.Connection,
    now: datetime,
    default_touch_days: int,
    thresholds: DriftThresholds = DEFAULT_DRIFT_THRESHOLDS,
) -> list[ReachOut]:
    """Drifting customers first, then the longest silences; former customers are left out
    (the relationship ended by choice), and so are customers never met (no rhythm yet)."""
    candidates = _drift_candidates(conn, now, thresholds)
    since = now - timedelta(days=thresholds.recent_days + thresholds.baseline_days)
    found: list[ReachOut] = []
    for customer_id, name, last, planned, days in conn.execute(
        "SELECT id, name, last_meeting_at, next_follow_up_at, stay_in_touch_days "
        "FROM customer WHERE lifecycle_stage != 'former'"
    ):
        last_at = datetime.fromisoformat(last) if last else None
        planned_at = datetime.fromisoformat(planned) if planned else None
        touch = touch_status(last_at, planned_at, now, touch_rule_for(days, default_touch_days))
        drift = None
        if customer_id in candidates:
            drift = detect_drift(
                meeting_facts(conn, customer_id, since),
                disclosure_facts(conn, customer_id, since),
                now,
                thresholds,
            )
        drifting = drift is not None and drift.drifting
        if drifting or touch in PAST_INTERVAL:
            reasons = drift.reasons if drift is not None and drifting else ()
            found.append(ReachOut(customer_id, name, touch, last_at, drifting, reasons))
    found.sort(key=lambda r: (not r.drifting, r.last_meeting_at or datetime.min, r.name))
    return found


def reach_out_counts(items: list[ReachOut]) -> ReachOutCounts:
    return ReachOutCounts(
        drifting=sum(item.drifting for item in items),
        past_interval=sum(item.past_interval for item in items),
    )
