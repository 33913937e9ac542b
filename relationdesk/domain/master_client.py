"""Warn about the "our client, our master" pattern (docs/domain.md §3).

A master client exploits the fear of losing it: it takes concessions without giving
anything back, demands one-sided concessions and shifts known risks onto us, so the
relationship is a tug of war instead of a partnership between equals. The warning comes
with the advice to turn "our client, our master" into "our client, our partner".

The rule, over the ledger entries with ``now - window_days <= when <= now``:

- ``unreturned_concessions``: entries given by us (concession, extra work, risk
  accepted, favour, investment) that were not returned >= min_unreturned_concessions;
- ``power_plays``: the customer's power plays >= min_power_plays, where a one-sided
  demand counts 1 and a risk shifted onto us counts 2 (the seed calls shifting known
  risks out specifically);
- ``low_autonomy`` / ``low_reciprocity``: the scorecard's autonomy score is below
  max_autonomy, or its reciprocity score below max_reciprocity. A None score (not enough
  evidence) is never low.

The warning applies when the first two hold and at least one of the last two: the
concessions and power plays are the pattern itself, the low score confirms that the
relationship as a whole (ratings included) is out of balance, not just a few entries.
``reasons`` lists every condition that holds, in the order above, whether or not the
warning applies. Loud complaints and a high cost-to-serve (docs/domain.md §3) are not
recorded as evidence yet and do not count.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from relationdesk.domain.evidence import LedgerFact, LedgerKind, Principle
from relationdesk.domain.meetings import Side
from relationdesk.domain.principles import Scorecard

GIVING_KINDS = frozenset(kind for kind in LedgerKind if not kind.is_power_play)
POWER_PLAY_WEIGHT = {LedgerKind.ONE_SIDED_DEMAND: 1, LedgerKind.RISK_SHIFTED: 2}
REASON_CODES = ("unreturned_concessions", "power_plays", "low_autonomy", "low_reciprocity")


@dataclass(frozen=True)
class MasterClientThresholds:
    """Every threshold of the master-client rule, so they can be tuned in one place."""

    window_days: int = 365  # how far back ledger entries count
    min_unreturned_concessions: int = 3  # given by us, not returned
    min_power_plays: int = 2  # by the customer; a risk shifted counts 2, a demand 1
    max_autonomy: float = 50.0  # an autonomy score below this is low
    max_reciprocity: float = 50.0  # a reciprocity score below this is low

    def __post_init__(self) -> None:
        if self.window_days < 1:
            raise ValueError("window_days must be >= 1")


DEFAULT_MASTER_CLIENT_THRESHOLDS = MasterClientThresholds()


@dataclass(frozen=True)
class MasterClientWarning:
    applies: bool
    unreturned_concessions: int
    power_plays: int  # weighted: demands + 2 x risks_shifted
    risks_shifted: int
    demands: int
    autonomy: float | None
    reciprocity: float | None
    evidence: tuple[LedgerFact, ...]  # the counted entries, newest first
    reasons: tuple[str, ...]  # the conditions that hold, in REASON_CODES order


def _is_low(score: float | None, limit: float) -> bool:
    return score is not None and score < limit


def detect_master_client(
    ledger: Iterable[LedgerFact],
    scorecard: Scorecard,
    now: datetime,
    thresholds: MasterClientThresholds = DEFAULT_MASTER_CLIENT_THRESHOLDS,
) -> MasterClientWarning:
    """Look for the master-client pattern in the window's ledger and the scorecard."""
    t = thresholds
    start = now - timedelta(days=t.window_days)
    recent = [f for f in ledger if start <= f.when <= now]
    given = [
        f for f in recent if f.given_by == Side.US and f.kind in GIVING_KINDS and not f.returned
    ]
    plays = [f for f in recent if f.given_by == Side.CUSTOMER and f.kind.is_power_play]
    risks = sum(1 for f in plays if f.kind == LedgerKind.RISK_SHIFTED)
    demands = len(plays) - risks
    weighted = sum(POWER_PLAY_WEIGHT[f.kind] for f in plays)
    autonomy = scorecard.get(Principle.AUTONOMY).score
    reciprocity = scorecard.get(Principle.RECIPROCITY).score

    holds = {
        "unreturned_concessions": len(given) >= t.min_unreturned_concessions,
        "power_plays": weighted >= t.min_power_plays,
        "low_autonomy": _is_low(autonomy, t.max_autonomy),
        "low_reciprocity": _is_low(reciprocity, t.max_reciprocity),
    }
    applies = (
        holds["unreturned_concessions"]
        and holds["power_plays"]
        and (holds["low_autonomy"] or holds["low_reciprocity"])
    )
    evidence = sorted([*given, *plays], key=lambda f: f.when, reverse=True)
    return MasterClientWarning(
        applies=applies,
        unreturned_concessions=len(given),
        power_plays=weighted,
        risks_shifted=risks,
        demands=demands,
        autonomy=autonomy,
        reciprocity=reciprocity,
        evidence=tuple(evidence),
        reasons=tuple(code for code in REASON_CODES if holds[code]),
    )
