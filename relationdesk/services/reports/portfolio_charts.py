"""The portfolio review's summary charts, drawn for paper: the dashboard's five charts
(ui/charts/dashboard_charts.py, whose colours they share) on a white page, in the report's
language. Each returns None when it has nothing to draw; the caller says so in words.

Called inside i18n.speaking(lang): labels translate, numbers follow QLocale()."""

import math
import textwrap
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QImage

from relationdesk.chart_colours import (
    COST_COLOUR,
    PRINCIPLE_COLOURS,
    PROFIT_COLOUR,
    REVENUE_COLOUR,
)
from relationdesk.domain.enums import LADDER, LifecycleStage
from relationdesk.domain.evidence import Principle
from relationdesk.domain.relationship_stage import RelationshipStage
from relationdesk.l10n.labels import principle_label, stage_label
from relationdesk.l10n.lifecycle_labels import lifecycle_stage_label
from relationdesk.services.portfolio import StageEconomics
from relationdesk.services.reports.charts import GRID, TEXT, chart_image

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

# As the dashboard: deeper relationships darker, the ladder light to dark, former grey.
RELATIONSHIP_COLOURS = ("#9ecae1", "#4292c6", "#08519c")
LADDER_COLOURS = ("#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c")
FORMER_COLOUR = "#969696"
NPS_COLOUR = "#0072b2"
FUNNEL_ORDER = (*LADDER, LifecycleStage.FORMER)
FONT_SIZE = 7.5
LABEL_WIDTH = 16  # characters per line of a category name


# Called as translate("PortfolioReview", "literal") so that lupdate collects the text.
translate = QCoreApplication.translate


def _number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)


def _signed(value: int) -> str:
    text = _number(value)
    return f"+{text}" if value > 0 else text


def _wrapped(text: str) -> str:
    return "\n".join(textwrap.wrap(text, LABEL_WIDTH)) or text


def _axes(figure: "Figure") -> "Axes":
    axes = figure.add_subplot()
    axes.set_facecolor("white")
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("bottom", "left"):
        axes.spines[side].set_color(GRID)
    axes.tick_params(colors=TEXT, labelsize=FONT_SIZE)
    return axes


def _label_bars(axes: "Axes", rows: list[int], values: list[float], labels: list[str]) -> None:
    for row, value, label in zip(rows, values, labels, strict=True):
        axes.annotate(
            label,
            (value, row),
            xytext=(3, 0),
            textcoords="offset points",
            va="center",
            fontsize=FONT_SIZE,
            color=TEXT,
            bbox={"boxstyle": "square,pad=0.1", "facecolor": "white", "lw": 0},
        )


def _bare_x(axes: "Axes", largest: float) -> None:
    """Values are written on the bars: no x axis, only the category names."""
    axes.set_xlim(0, largest * 1.22 or 1)
    axes.set_xticks([])
    axes.spines["bottom"].set_visible(False)
    axes.tick_params(axis="y", length=0)


def relationship_chart(
    counts: Mapping[RelationshipStage, int], width_in: float, height_in: float
) -> QImage | None:
    """Customers per relationship stage (DOMAIN.md §2), the shallowest on top."""
    stages = list(RelationshipStage)
    values = [counts.get(stage, 0) for stage in stages]
    if not sum(values):
        return None

    def draw(figure: "Figure") -> None:
        axes = _axes(figure)
        rows = list(range(len(stages)))
        axes.barh(rows, values, height=0.62, color=RELATIONSHIP_COLOURS)
        _label_bars(axes, rows, [float(v) for v in values], [_number(v) for v in values])
        axes.set_yticks(rows, [_wrapped(stage_label(s)) for s in stages])
        axes.invert_yaxis()
        _bare_x(axes, max(values))

    return chart_image(width_in, height_in, draw)


def funnel_chart(
    counts: Mapping[LifecycleStage, int], width_in: float, height_in: float
) -> QImage | None:
    """Customers per lifecycle stage as a funnel, prospects on top, former apart (§4)."""
    values = [counts.get(stage, 0) for stage in FUNNEL_ORDER]
    if not sum(values):
        return None

    def draw(figure: "Figure") -> None:
        axes = _axes(figure)
        widest = max(values)
        rows = [float(i) for i in range(len(LADDER))] + [len(LADDER) + 0.4]
        bars = axes.barh(
            rows,
            values,
            left=[(widest - v) / 2 for v in values],
            height=0.78,
            color=[*LADDER_COLOURS, FORMER_COLOUR],
        )
        for bar, value in zip(bars, values, strict=True):
            axes.annotate(
                _number(value),
                (widest / 2 + value / 2, bar.get_y() + bar.get_height() / 2),
                xytext=(3, 0),
                textcoords="offset points",
                va="center",
                fontsize=FONT_SIZE,
                color=TEXT,
            )
        axes.set_yticks(rows, [lifecycle_stage_label(s) for s in FUNNEL_ORDER])
        axes.invert_yaxis()
        axes.set_xlim(-widest * 0.02, widest * 1.18)
        axes.set_xticks([])
        axes.spines["bottom"].set_visible(False)
        axes.spines["left"].set_visible(False)
        axes.tick_params(axis="y", length=0)

    return chart_image(width_in, height_in, draw)


def _quarter(day: date, position: int) -> str:
    name = translate("PortfolioReview", "Q%1").replace("%1", str((day.month - 1) // 3 + 1))
    return f"{name}\n{day.year}" if position == 0 or day.month == 1 else name


def nps_chart(
    points: list[tuple[date, int | None]], width_in: float, height_in: float
) -> QImage | None:
    """NPS at the end of each quarter; a gap where no answer counted, never a made-up 0."""
    if all(value is None for _, value in points):
        return None

    def draw(figure: "Figure") -> None:
        axes = _axes(figure)
        positions = list(range(len(points)))
        values = [math.nan if v is None else float(v) for _, v in points]
        axes.axhspan(0, 100, color=PROFIT_COLOUR, alpha=0.07, linewidth=0)
        axes.axhspan(-100, 0, color="#d55e00", alpha=0.07, linewidth=0)
        axes.axhline(0, color=TEXT, linewidth=0.7, alpha=0.4)
        axes.plot(positions, values, color=NPS_COLOUR, linewidth=1.8, marker="o", ms=4)
        for x, value in zip(positions, values, strict=True):
            if not math.isnan(value):
                axes.annotate(
                    _signed(int(value)),
                    (x, value),
                    xytext=(0, 6 if value >= 0 else -12),
                    textcoords="offset points",
                    ha="center",
                    fontsize=FONT_SIZE - 0.5,
                    color=TEXT,
                )
        axes.set_ylim(-108, 108)
        axes.set_yticks([-100, -50, 0, 50, 100])
        axes.yaxis.set_major_formatter(lambda value, _pos: _number(value))
        axes.set_xlim(-0.5, len(positions) - 0.5)
        axes.set_xticks(positions, [_quarter(day, i) for i, (day, _) in enumerate(points)])

    return chart_image(width_in, height_in, draw)


def principles_chart(
    scores: Mapping[Principle, float | None],
    health: float | None,
    width_in: float,
    height_in: float,
) -> QImage | None:
    """The five principles' average score (§1), the average health as a dashed line."""
    principles = list(Principle)
    values = [scores.get(p) for p in principles]
    if all(v is None for v in values):
        return None

    def draw(figure: "Figure") -> None:
        axes = _axes(figure)
        rows = list(range(len(principles)))
        widths = [0.0 if v is None else v for v in values]
        axes.barh(rows, widths, height=0.62, color=[PRINCIPLE_COLOURS[p] for p in principles])
        _label_bars(axes, rows, widths, ["?" if v is None else _number(v) for v in values])
        axes.set_yticks(rows, [principle_label(p) for p in principles])
        axes.invert_yaxis()
        if health is not None:
            axes.axvline(health, color=TEXT, linestyle="--", linewidth=1, alpha=0.7)
            axes.annotate(
                translate("PortfolioReview", "Health %1").replace("%1", _number(health)),
                (health, 1.0),
                xycoords=("data", "axes fraction"),
                xytext=(0, 2),
                textcoords="offset points",
                ha="center",
                va="bottom",
                fontsize=FONT_SIZE - 0.5,
                color=TEXT,
            )
        axes.set_xlim(0, 112)
        axes.set_xticks([0, 25, 50, 75, 100])
        axes.xaxis.set_major_formatter(lambda value, _pos: _number(value))
        axes.grid(True, axis="x", color=GRID, linewidth=0.6)
        axes.set_axisbelow(True)
        axes.tick_params(axis="y", length=0)

    return chart_image(width_in, height_in, draw)


def _money_scale(largest: float) -> tuple[float, str]:
    """Thousands or millions keep the tick labels short; the axis names the unit."""
    if largest >= 10_000_000:
        return 1_000_000, translate("PortfolioReview", "Millions of %1")
    if largest >= 10_000:
        return 1_000, translate("PortfolioReview", "Thousands of %1")
    return 1, "%1"


def economics_chart(
    by_stage: Mapping[LifecycleStage, StageEconomics],
    currency: str,
    width_in: float,
    height_in: float,
) -> QImage | None:
    """Revenue, cost-to-serve and profit of the last 12 months per lifecycle stage, in
    one currency: amounts of different currencies never add up."""
    stages = [stage for stage in FUNNEL_ORDER if stage in by_stage]
    if not stages:
        return None
    figures = [by_stage[stage] for stage in stages]

    def draw(figure: "Figure") -> None:
        axes = _axes(figure)
        largest = max(max(abs(f.revenue), abs(f.cost_to_serve), abs(f.profit)) for f in figures)
        divisor, unit = _money_scale(largest / 100)
        series = (
            (translate("PortfolioReview", "Revenue"), REVENUE_COLOUR, [f.revenue for f in figures]),
            (
                translate("PortfolioReview", "Cost to serve"),
                COST_COLOUR,
                [f.cost_to_serve for f in figures],
            ),
            (translate("PortfolioReview", "Profit"), PROFIT_COLOUR, [f.profit for f in figures]),
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
        axes.axhline(0, color=TEXT, linewidth=0.7, alpha=0.5)
        axes.set_xticks(range(len(stages)), [_wrapped(lifecycle_stage_label(s)) for s in stages])
        axes.tick_params(axis="x", length=0)
        axes.yaxis.set_major_formatter(lambda value, _pos: _number(value))
        axes.set_ylabel(unit.replace("%1", currency), color=TEXT, fontsize=FONT_SIZE)
        axes.grid(True, axis="y", color=GRID, linewidth=0.6)
        axes.set_axisbelow(True)
        axes.legend(fontsize=FONT_SIZE, frameon=False, loc="upper left", ncols=3)
        axes.margins(y=0.2)

    return chart_image(width_in, height_in, draw)
