"""The portfolio charts' shared drawing (chart_drawing.py), on a bare matplotlib figure:
no Qt widget, no translation, texts and number format handed in as the callers do."""

import ast
import math
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from matplotlib.axes import Axes

from relationdesk import chart_drawing as drawing
from relationdesk.chart_drawing import FUNNEL_ORDER, EconomicsTexts
from relationdesk.domain.enums import LifecycleStage
from relationdesk.domain.evidence import Principle
from relationdesk.domain.relationship_stage import RelationshipStage
from relationdesk.services.portfolio import StageEconomics
from relationdesk.services.reports.charts import new_figure
from relationdesk.services.reports.portfolio_charts import PRINT

MODULE = Path(drawing.__file__)
# The paper's style, with numbers as Python writes them (no locale to depend on).
STYLE = replace(PRINT, number=lambda value: f"{value:.0f}")
TEXTS = EconomicsTexts("Rev", "Cost", "Profit", "k %1", "M %1")


def _axes() -> Axes:
    return new_figure(4, 3).add_subplot()


def _texts(axes) -> list[str]:  # type: ignore[no-untyped-def]
    return [text.get_text() for text in axes.texts]


def test_it_imports_neither_qt_nor_services_nor_matplotlib() -> None:
    names = set()  # matplotlib's Axes only under TYPE_CHECKING, not at the top level
    for node in ast.parse(MODULE.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    ours = [name for name in names if name.startswith("relationdesk")]
    allowed = ("relationdesk.chart_colours", "relationdesk.palette", "relationdesk.domain.")
    assert all(name.startswith(allowed) for name in ours)
    assert not any(name.startswith(("PySide6", "matplotlib")) for name in names)
    code = (
        "import sys, relationdesk.chart_drawing;"
        "print(sorted(m for m in ('matplotlib', 'PySide6') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("day", "position", "label"),
    [
        (date(2026, 4, 1), 0, "T2\n2026"),
        (date(2026, 7, 1), 3, "T3"),
        (date(2027, 1, 1), 5, "T1\n2027"),
    ],
)
def test_a_quarter_carries_its_year_first_and_in_january(
    day: date, position: int, label: str
) -> None:
    assert drawing.quarter_label(day, position, "T%1") == label


def test_relationship_bars_write_each_count_and_wrap_the_names() -> None:
    axes = _axes()
    counts = {RelationshipStage.BUSINESS_PARTNER: 5, RelationshipStage.COLLABORATIVE_PARTNER: 2}
    drawing.relationship_bars(
        axes, counts, lambda s: f"a rather long name {s.value}", "#111111", STYLE
    )
    assert [patch.get_width() for patch in axes.patches] == [5, 2, 0]  # type: ignore[attr-defined]  # the bars: Rectangles, typed as Patch
    assert _texts(axes) == ["5", "2", "0"]
    assert all("\n" in tick.get_text() for tick in axes.get_yticklabels())
    assert axes.get_xlim() == pytest.approx(
        (0, 5 * PRINT.bar_room)
    )  # room for the longest bar's count


def test_the_funnel_is_centred_with_former_customers_last() -> None:
    axes = _axes()
    counts = {LifecycleStage.PROSPECT: 4, LifecycleStage.FORMER: 2}
    drawing.funnel_bars(axes, counts, lambda s: s.value, "#111111", STYLE)
    lefts = [patch.get_x() for patch in axes.patches]  # type: ignore[attr-defined]  # the bars: Rectangles, typed as Patch
    assert lefts[0] == 0 and lefts[-1] == 1  # the widest from 0, the others centred on it
    assert [t.get_text() for t in axes.get_yticklabels()] == [s.value for s in FUNNEL_ORDER]


def test_the_nps_line_leaves_a_gap_and_signs_its_values() -> None:
    axes = _axes()
    drawing.nps_line(axes, [None, -40, 0, 12], ["a", "b", "c", "d"], "#111111", STYLE)
    heights = list(axes.get_lines()[-1].get_ydata())  # type: ignore[arg-type]  # matplotlib types line data as any ArrayLike
    assert math.isnan(heights[0]) and heights[1:] == [-40, 0, 12]  # type: ignore[arg-type]  # matplotlib types line data as any ArrayLike
    assert _texts(axes) == ["-40", "0", "+12"]
    assert [t.get_text() for t in axes.get_xticklabels()] == ["a", "b", "c", "d"]


def test_an_unknown_principle_shows_a_question_mark_and_health_its_text() -> None:
    axes = _axes()
    scores: dict[Principle, float | None] = {p: 50.0 for p in Principle}
    scores[Principle.LOYALTY] = None
    drawing.principle_bars(axes, scores, 61.4, lambda p: p.value, "Health %1", "#111111", STYLE)
    assert _texts(axes) == ["50", "50", "50", "?", "50", "Health 61"]


def test_economics_scale_their_unit_and_name_the_series() -> None:
    axes = _axes()
    by_stage = {
        LifecycleStage.ACCOUNT: StageEconomics(revenue=5_000_000_00, cost_to_serve=1_000_000_00),
        LifecycleStage.PROSPECT: StageEconomics(revenue=20_000_00),
    }
    assert drawing.economics_stages(by_stage) == [LifecycleStage.PROSPECT, LifecycleStage.ACCOUNT]
    drawing.economics_bars(axes, by_stage, "EUR", lambda s: s.value, TEXTS, "#111111", STYLE)
    assert axes.get_ylabel() == "k EUR"
    revenue, cost, profit = ([bar.get_height() for bar in c] for c in axes.containers)
    assert (revenue, cost, profit) == ([20, 5_000], [0, 1_000], [20, 4_000])
    legend = axes.get_legend()
    assert legend is not None
    assert [t.get_text() for t in legend.get_texts()] == ["Rev", "Cost", "Profit"]
