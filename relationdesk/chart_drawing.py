"""The portfolio's five charts, drawn once for both media: the dashboard on screen
(ui/dashboard/dashboard_charts.py) and the portfolio review on paper
(services/reports/portfolio_charts.py). Where the customers stand (relationship stage,
lifecycle funnel), what they think of us (NPS per quarter), how healthy the relationships
are (average principle scores) and what each lifecycle stage earns (docs/domain.md §1-§4).

Each function draws on Axes its caller made; the caller passes the texts already
translated (names as a function of the stage), the text colour and a ChartStyle: the
screen's and the paper's differ only in sizes, a few lines' weights and how numbers are
written. No Qt and no matplotlib import here: the callers import matplotlib when there
is something to draw.
"""

import math
import textwrap
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Literal, Protocol, TypeVar

from relationdesk.chart_colours import (
    COST_COLOUR,
    PRINCIPLE_COLOURS,
    PROFIT_COLOUR,
    REVENUE_COLOUR,
)
from relationdesk.domain.enums import LADDER, LifecycleStage
from relationdesk.domain.evidence import Principle
from relationdesk.domain.relationship_stage import RelationshipStage
from relationdesk.palette import BLUE, BLUES, FORMER, VERMILION

if TYPE_CHECKING:
    from matplotlib.axes import Axes

# Deeper relationships in darker blue; the ladder from light to dark, "former" grey.
RELATIONSHIP_COLOURS = {
    RelationshipStage.BUSINESS_PARTNER: BLUES[1],
    RelationshipStage.COLLABORATIVE_PARTNER: BLUES[3],
    RelationshipStage.COLLABORATIVE_PERSONAL_PARTNER: BLUES[5],
}
LADDER_COLOURS = BLUES
FORMER_COLOUR = FORMER
NPS_COLOUR = BLUE
DETRACTOR_COLOUR = VERMILION  # below an NPS of 0
FUNNEL_ORDER = (*LADDER, LifecycleStage.FORMER)
FAINT = 0.15  # the alpha of a grid drawn in the text colour

Stage = TypeVar("Stage")
Name = Callable[[Stage], str]  # a stage's or principle's translated name


@dataclass(frozen=True)
class ChartStyle:
    """What differs between the screen's charts and the printed ones."""

    number: Callable[[float], str]  # a value as the reader's locale writes it
    font_size: float  # tick labels, values, legend; values on the NPS line 0.5 smaller
    label_width: int  # characters per line of a wrapped category name
    line_width: float  # the NPS line
    marker_size: float  # its points
    rule_width: float  # the line at 0
    health_width: float  # the dashed line at the average health
    band_alpha: float  # the green and red NPS bands
    point_offset: float  # points from an NPS point up to its value (6 more below it)
    funnel_offset: float  # points from a funnel bar to its count
    bar_room: float  # the x axis reaches this times the longest bar: room for its value
    money_margin: float  # y margin of the economics bars: room for the legend above
    grid: str | None  # its own colour; None: the text colour, faint
    tick_numbers: bool  # numeric ticks written by `number` (matplotlib's minus is −)
    category_tick_marks: bool  # tick marks under the economics chart's stages


class StageFigures(Protocol):
    """A lifecycle stage's money of the last 12 months, in cents of one currency."""

    @property
    def revenue(self) -> int: ...
    @property
    def cost_to_serve(self) -> int: ...
    @property
    def profit(self) -> int: ...


@dataclass(frozen=True)
class EconomicsTexts:
    """The economics chart's words, translated; "%1" in the units is the currency."""

    revenue: str
    cost_to_serve: str
    profit: str
    thousands: str
    millions: str


def relationship_bars(
    axes: "Axes",
    counts: Mapping[RelationshipStage, int],
    name: Name[RelationshipStage],
    foreground: str,
    style: ChartStyle,
) -> None:
    """How many customers are business, collaborative, or personal partners (§2)."""
    stages = list(RelationshipStage)
    values = [counts.get(stage, 0) for stage in stages]
    rows = list(range(len(stages)))
    axes.barh(rows, values, height=0.62, color=[RELATIONSHIP_COLOURS[s] for s in stages])
    _label_bars(axes, rows, values, [style.number(v) for v in values], foreground, style)
    axes.set_yticks(rows, [_wrapped(name(s), style.label_width) for s in stages])
    axes.invert_yaxis()  # the shallowest relationship on top, as the stages go
    _bare_x(axes, max(values), style)


def funnel_bars(
    axes: "Axes",
    counts: Mapping[LifecycleStage, int],
    name: Name[LifecycleStage],
    foreground: str,
    style: ChartStyle,
) -> None:
    """Customers per lifecycle stage, prospects on top, as a funnel; "former" apart."""
    values = [counts.get(stage, 0) for stage in FUNNEL_ORDER]
    widest = max(values)
    # Rows top to bottom; a gap before "former", which has left the ladder.
    rows = [float(i) for i in range(len(LADDER))] + [len(LADDER) + 0.4]
    bars = axes.barh(
        rows,
        values,
        left=[(widest - v) / 2 for v in values],  # centred: the funnel's shape
        height=0.78,
        color=[*LADDER_COLOURS, FORMER_COLOUR],
    )
    for bar, value in zip(bars, values, strict=True):
        axes.annotate(
            style.number(value),
            (widest / 2 + value / 2, bar.get_y() + bar.get_height() / 2),
            xytext=(style.funnel_offset, 0),
            textcoords="offset points",
            va="center",
            fontsize=style.font_size,
            color=foreground,
        )
    axes.set_yticks(rows, [name(s) for s in FUNNEL_ORDER])
    axes.invert_yaxis()
    axes.set_xlim(-widest * 0.02, widest * (style.bar_room - 0.04))
    axes.set_xticks([])
    axes.spines[["bottom", "left"]].set_visible(False)
    axes.tick_params(axis="y", length=0)


def quarter_label(day: date, position: int, quarter: str) -> str:
    """The quarter `day` starts ("Q%1" translated as `quarter`), with its year under the
    first one drawn and under each first quarter."""
    name = quarter.replace("%1", str((day.month - 1) // 3 + 1))
    return f"{name}\n{day.year}" if position == 0 or day.month == 1 else name


def nps_line(
    axes: "Axes",
    values: Sequence[int | None],
    ticks: Sequence[str],
    foreground: str,
    style: ChartStyle,
) -> None:
    """Net Promoter Score at the end of each quarter (§4), under `ticks`; a gap where no
    answer was valid, never a made-up 0."""
    positions = list(range(len(values)))
    heights = [math.nan if v is None else float(v) for v in values]
    axes.axhspan(0, 100, color=PROFIT_COLOUR, alpha=style.band_alpha, linewidth=0)
    axes.axhspan(-100, 0, color=DETRACTOR_COLOUR, alpha=style.band_alpha, linewidth=0)
    axes.axhline(0, color=foreground, linewidth=style.rule_width, alpha=0.4)
    axes.plot(
        positions,
        heights,
        color=NPS_COLOUR,
        linewidth=style.line_width,
        marker="o",
        ms=style.marker_size,
    )
    for x, value in zip(positions, heights, strict=True):
        if not math.isnan(value):
            axes.annotate(
                _signed(int(value), style.number),
                (x, value),
                xytext=(0, style.point_offset if value >= 0 else -style.point_offset - 6),
                textcoords="offset points",
                ha="center",
                fontsize=style.font_size - 0.5,
                color=foreground,
            )
    axes.set_ylim(-108, 108)
    axes.set_yticks([-100, -50, 0, 50, 100])
    if style.tick_numbers:
        axes.yaxis.set_major_formatter(lambda value, _pos: style.number(value))
    axes.set_xlim(-0.5, len(positions) - 0.5)
    axes.set_xticks(positions, ticks)


def principle_bars(
    axes: "Axes",
    scores: Mapping[Principle, float | None],
    health: float | None,
    name: Name[Principle],
    health_text: str,
    foreground: str,
    style: ChartStyle,
) -> None:
    """The five principles' average score (§1), "?" where none is known, and the average
    health as a dashed line labelled `health_text` ("Health %1" translated)."""
    principles = list(Principle)
    values = [scores.get(p) for p in principles]
    rows = list(range(len(principles)))
    widths = [0.0 if v is None else v for v in values]
    axes.barh(rows, widths, height=0.62, color=[PRINCIPLE_COLOURS[p] for p in principles])
    labels = ["?" if v is None else style.number(v) for v in values]
    _label_bars(axes, rows, widths, labels, foreground, style)
    axes.set_yticks(rows, [name(p) for p in principles])
    axes.invert_yaxis()
    if health is not None:
        axes.axvline(
            health, color=foreground, linestyle="--", linewidth=style.health_width, alpha=0.7
        )
        axes.annotate(
            health_text.replace("%1", style.number(health)),
            (health, 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(0, 2),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=style.font_size - 0.5,
            color=foreground,
        )
    axes.set_xlim(0, 112)
    axes.set_xticks([0, 25, 50, 75, 100])
    if style.tick_numbers:
        axes.xaxis.set_major_formatter(lambda value, _pos: style.number(value))
    _grid(axes, "x", foreground, style)
    axes.set_axisbelow(True)
    axes.tick_params(axis="y", length=0)


def economics_stages(by_stage: Mapping[LifecycleStage, StageFigures]) -> list[LifecycleStage]:
    """The stages the economics chart draws, in ladder order: those with figures."""
    return [stage for stage in FUNNEL_ORDER if stage in by_stage]


def economics_bars(
    axes: "Axes",
    by_stage: Mapping[LifecycleStage, StageFigures],
    currency: str,
    name: Name[LifecycleStage],
    texts: EconomicsTexts,
    foreground: str,
    style: ChartStyle,
) -> None:
    """Revenue, cost-to-serve and profit per lifecycle stage, in one currency (amounts
    of different currencies never add up)."""
    stages = economics_stages(by_stage)
    figures = [by_stage[stage] for stage in stages]
    largest = max(max(abs(f.revenue), abs(f.cost_to_serve), abs(f.profit)) for f in figures)
    divisor, unit = _money_scale(largest / 100, texts)
    series = (
        (texts.revenue, REVENUE_COLOUR, [f.revenue for f in figures]),
        (texts.cost_to_serve, COST_COLOUR, [f.cost_to_serve for f in figures]),
        (texts.profit, PROFIT_COLOUR, [f.profit for f in figures]),
    )
    width = 0.26
    for offset, (label, colour, amounts) in zip((-1, 0, 1), series, strict=True):
        axes.bar(
            [x + offset * width for x in range(len(stages))],
            [a / 100 / divisor for a in amounts],
            width,
            color=colour,
            label=label,
        )
    axes.axhline(0, color=foreground, linewidth=style.rule_width, alpha=0.5)
    axes.set_xticks(range(len(stages)), [_wrapped(name(s), style.label_width) for s in stages])
    if not style.category_tick_marks:
        axes.tick_params(axis="x", length=0)
    axes.yaxis.set_major_formatter(lambda value, _pos: style.number(value))
    axes.set_ylabel(unit.replace("%1", currency), color=foreground, fontsize=style.font_size)
    _grid(axes, "y", foreground, style)
    axes.set_axisbelow(True)
    legend = axes.legend(fontsize=style.font_size, frameon=False, loc="upper left", ncols=3)
    for text in legend.get_texts():
        text.set_color(foreground)
    axes.margins(y=style.money_margin)  # room for the legend above the tallest bar


def _label_bars(
    axes: "Axes",
    rows: list[int],
    values: Sequence[float],
    labels: list[str],
    foreground: str,
    style: ChartStyle,
) -> None:
    """Each horizontal bar's value just past its end."""
    for row, value, label in zip(rows, values, labels, strict=True):
        axes.annotate(
            label,
            (value, row),
            xytext=(3, 0),
            textcoords="offset points",
            va="center",
            fontsize=style.font_size,
            color=foreground,
            # Readable where a line (the health) crosses it.
            bbox={"boxstyle": "square,pad=0.1", "facecolor": axes.get_facecolor(), "lw": 0},
        )


def _bare_x(axes: "Axes", largest: float, style: ChartStyle) -> None:
    """Values written on the bars need no x axis: only the category names stay."""
    axes.set_xlim(0, largest * style.bar_room or 1)
    axes.set_xticks([])
    axes.spines["bottom"].set_visible(False)
    axes.tick_params(axis="y", length=0)


def _grid(axes: "Axes", axis: Literal["x", "y"], foreground: str, style: ChartStyle) -> None:
    if style.grid is None:
        axes.grid(True, axis=axis, color=foreground, alpha=FAINT, linewidth=0.6)
    else:
        axes.grid(True, axis=axis, color=style.grid, linewidth=0.6)


def _wrapped(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


def _signed(value: int, number: Callable[[float], str]) -> str:
    text = number(value)
    return f"+{text}" if value > 0 else text


def _money_scale(largest: float, texts: EconomicsTexts) -> tuple[float, str]:
    """Divide amounts by thousands or millions so tick labels stay short; the axis
    label names the unit."""
    if largest >= 10_000_000:
        return 1_000_000, texts.millions
    if largest >= 10_000:
        return 1_000, texts.thousands
    return 1, "%1"
