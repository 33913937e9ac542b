"""`make bench`, growth (issue 20): the same measures on a database one tenth the size
(2,000 customers, the same long-history customer), and the ratio large/small for search
p95, opening a customer, saving a meeting and the dashboard. Goal: <= 1.5 each (what a
salesperson does must not cost more as the portfolio grows).
"""

from collections.abc import Callable
from pathlib import Path

SMALL_CUSTOMERS = 2_000
# key of the large run's figures -> the row's name
GROWTH = {
    "search_p95_ms": "search p95",
    "open_customer_timeline_ms": "open customer",
    "save_meeting_p95_ms": "save meeting p95",
    "dashboard_read_ahead_ms": "dashboard (read ahead)",
    "dashboard_cold_ms": "dashboard (cold)",
}

Measure = Callable[[Path], dict[str, float]]


def measure_growth(
    small_dir: Path, large: dict[str, float], measures: list[Measure]
) -> dict[str, float]:
    """The small database's figures (`small_*`) and the ratios large/small (`growth_*`)."""
    small: dict[str, float] = {}
    for measure in measures:
        small.update(measure(small_dir))
    figures: dict[str, float] = {}
    for key in GROWTH:
        if key in small and key in large:
            figures[f"small_{key}"] = small[key]
            figures[f"growth_{key.removesuffix('_ms')}"] = large[key] / small[key]
    return figures


def rows(figures: dict[str, float]) -> list[tuple[str, str, str, str]]:
    lines = []
    for key, name in GROWTH.items():
        ratio = figures.get(f"growth_{key.removesuffix('_ms')}")
        if ratio is not None:
            small = figures[f"small_{key}"]
            lines.append(
                (f"growth {name}", f"{small:.1f} ms", f"{ratio:.2f}x", "<= 1.5x large/small")
            )
    return lines
