"""The portfolio dashboard's charts: where the customers stand (relationship stage,
lifecycle funnel), what they think of us (NPS per quarter), how healthy the relationships
are (average principle scores) and what each lifecycle stage earns (DOMAIN.md §4).

Each chart is a message until it has something to draw; matplotlib is imported then.
"""

import math
import textwrap
from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from relationdesk.domain.enums import LADDER, LifecycleStage
from relationdesk.domain.evidence import Principle
from relationdesk.domain.relationship_stage import RelationshipStage
from relationdesk.l10n.labels import principle_label, stage_label
from relationdesk.l10n.lifecycle_labels import lifecycle_stage_label
from relationdesk.services.portfolio import StageEconomics
from relationdesk.ui.charts.principle_charts import PRINCIPLE_COLOURS, _Chart

if TYPE_CHECKING:
    from matplotlib.axes import Axes

# Deeper relationships in darker blue; the ladder from light to dark, "former" grey.
RELATIONSHIP_COLOURS = {
    RelationshipStage.BUSINESS_PARTNER: "#9ecae1",
    RelationshipStage.COLLABORATIVE_PARTNER: "#4292c6",
    RelationshipStage.COLLABORATIVE_PERSONAL_PARTNER: "#08519c",
}
LADDER_COLOURS = ("#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c")
FORMER_COLOUR = "#969696"
REVENUE_COLOUR, COST_COLOUR, PROFIT_COLOUR = "#0072b2", "#e69f00", "#009e73"
NPS_COLOUR = "#0072b2"
FUNNEL_ORDER = (*LADDER, LifecycleStage.FORMER)
LABEL_WIDTH = 14  # characters per line of a category name under a bar


def _wrapped(text: str) -> str:
    return "\n".join(textwrap.wrap(text, LABEL_WIDTH)) or text


def _number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)


class _DashboardChart(_Chart):
    """A _Chart with its own "nothing yet" message and the dashboard's axes style."""

    NO_DATA: object = ""  # a QT_TRANSLATE_NOOP text in each chart

    def retranslate(self) -> None:
        super().retranslate()
        self.message.setText(QCoreApplication.translate("DashboardCharts", str(self.NO_DATA)))

    def _axes(self) -> tuple["Axes", str]:
        assert self.canvas is not None
        figure = self.canvas.figure
        figure.clear()
        background, foreground, _ = self._colours()
        axes = figure.add_subplot()
        self._style(axes, background, foreground)
        axes.spines[["top", "right"]].set_visible(False)
        return axes, foreground

    def _finish(self) -> None:
        assert self.canvas is not None
        self.canvas.draw_idle()


class _CountsChart(_DashboardChart):
    """Customers counted per stage: the two stage charts differ only in how they draw."""

    NO_DATA = QT_TRANSLATE_NOOP("DashboardCharts", "No customers yet.")
    NAME = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.counts: dict[Any, int] = {}
        super().__init__(self.NAME, (3.2, 2.4), parent)
        self.setMinimumHeight(160)

    def set_counts(self, counts: Mapping[Any, int]) -> None:
        self.counts = dict(counts)
        self._show()

    def _has_data(self) -> bool:
        return sum(self.counts.values()) > 0


class RelationshipStagesChart(_CountsChart):
    """How many customers are business, collaborative, or personal partners (§2)."""

    NAME = "relationshipStagesChart"

    def _draw(self) -> None:
        axes, foreground = self._axes()
        stages = list(RelationshipStage)
        values = [self.counts.get(stage, 0) for stage in stages]
        rows = list(range(len(stages)))
        axes.barh(rows, values, height=0.62, color=[RELATIONSHIP_COLOURS[s] for s in stages])
        _label_bars(axes, rows, values, [_number(v) for v in values], foreground)
        axes.set_yticks(rows, [_wrapped(stage_label(s)) for s in stages])
        axes.invert_yaxis()  # the shallowest relationship on top, as the stages go
        _plain_horizontal(axes, max(values))
        self._finish()


class LifecycleFunnelChart(_CountsChart):
    """Customers per lifecycle stage, prospects on top, as a funnel; "former" apart."""

    NAME = "lifecycleFunnelChart"

    def _draw(self) -> None:
        axes, foreground = self._axes()
        values = [self.counts.get(stage, 0) for stage in FUNNEL_ORDER]
        widest = max(values)
        # Rows top to bottom; a gap before "former", which has left the ladder.
        rows = [float(i) for i in range(len(LADDER))] + [len(LADDER) + 0.4]
        colours = [*LADDER_COLOURS, FORMER_COLOUR]
        bars = axes.barh(
            rows,
            values,
            left=[(widest - v) / 2 for v in values],  # centred: the funnel's shape
            height=0.78,
            color=colours,
        )
        for bar, value in zip(bars, values, strict=True):
            axes.annotate(
                _number(value),
                (widest / 2 + value / 2, bar.get_y() + bar.get_height() / 2),
                xytext=(4, 0),
                textcoords="offset points",
                va="center",
                fontsize=8,
                color=foreground,
            )
        axes.set_yticks(rows, [lifecycle_stage_label(s) for s in FUNNEL_ORDER])
        axes.invert_yaxis()
        axes.set_xlim(-widest * 0.02, widest * 1.16)
        axes.set_xticks([])
        axes.spines[["bottom", "left"]].set_visible(False)
        axes.tick_params(axis="y", length=0)
        self._finish()


class NpsTrendChart(_DashboardChart):
    """Net Promoter Score at the end of each of the last quarters (§4); a gap where no
    answer was valid, never a made-up 0."""

    NO_DATA = QT_TRANSLATE_NOOP(
        "DashboardCharts",
        "No recommendation answers yet: ask your contacts how likely they are to "
        "recommend you (0-10).",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        self.points: list[tuple[date, int | None]] = []
        super().__init__("npsTrendChart", (3.2, 2.4), parent)
        self.setMinimumHeight(160)

    def set_points(self, points: list[tuple[date, int | None]]) -> None:
        self.points = list(points)
        self._show()

    def _has_data(self) -> bool:
        return any(value is not None for _, value in self.points)

    def _draw(self) -> None:
        axes, foreground = self._axes()
        positions = list(range(len(self.points)))
        values = [math.nan if v is None else float(v) for _, v in self.points]
        axes.axhspan(0, 100, color=PROFIT_COLOUR, alpha=0.06, linewidth=0)
        axes.axhspan(-100, 0, color="#d55e00", alpha=0.06, linewidth=0)
        axes.axhline(0, color=foreground, linewidth=0.8, alpha=0.4)
        axes.plot(positions, values, color=NPS_COLOUR, linewidth=2, marker="o", ms=5)
        for x, value in zip(positions, values, strict=True):
            if not math.isnan(value):
                axes.annotate(
                    _signed(int(value)),
                    (x, value),
                    xytext=(0, 7 if value >= 0 else -13),
                    textcoords="offset points",
                    ha="center",
                    fontsize=7.5,
                    color=foreground,
                )
        axes.set_ylim(-108, 108)
        axes.set_yticks([-100, -50, 0, 50, 100])
        axes.set_xlim(-0.5, len(positions) - 0.5)
        axes.set_xticks(
            positions, [self._quarter(day, i) for i, (day, _) in enumerate(self.points)]
        )
        self._finish()

    @staticmethod
    def _quarter(day: date, position: int) -> str:
        name = QCoreApplication.translate("DashboardCharts", "Q%1").replace(
            "%1", str((day.month - 1) // 3 + 1)
        )
        return f"{name}\n{day.year}" if position == 0 or day.month == 1 else name


def _label_bars(
    axes: "Axes", rows: list[int], values: Sequence[float], labels: list[str], colour: str
) -> None:
    """Each horizontal bar's value just past its end."""
    for row, value, label in zip(rows, values, labels, strict=True):
        axes.annotate(
            label,
            (value, row),
            xytext=(3, 0),
            textcoords="offset points",
            va="center",
            fontsize=8,
            color=colour,
            # Readable where a line (the health) crosses it.
            bbox={"boxstyle": "square,pad=0.1", "facecolor": axes.get_facecolor(), "lw": 0},
        )


def _plain_horizontal(axes: "Axes", largest: float) -> None:
    """Counts written on the bars need no x axis: only the category names stay."""
    axes.set_xlim(0, largest * 1.2 or 1)
    axes.set_xticks([])
    axes.spines[["bottom", "top", "right"]].set_visible(False)
    axes.tick_params(axis="y", length=0)


def _signed(value: int) -> str:
    text = _number(value)
    return f"+{text}" if value > 0 else text


class PrincipleAveragesChart(_DashboardChart):
    """The five principles' average score over the customers that have one (§1), with
    the average health as a dashed line."""

    NO_DATA = QT_TRANSLATE_NOOP(
        "DashboardCharts",
        "No principle scores yet: they come from the evidence logged with meetings.",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        self.scores: dict[Principle, float | None] = {}
        self.health: float | None = None
        super().__init__("principleAveragesChart", (3.2, 2.4), parent)
        self.setMinimumHeight(160)

    def set_scores(self, scores: dict[Principle, float | None], health: float | None) -> None:
        self.scores, self.health = dict(scores), health
        self._show()

    def _has_data(self) -> bool:
        return any(score is not None for score in self.scores.values())

    def _draw(self) -> None:
        axes, foreground = self._axes()
        principles = list(Principle)
        values = [self.scores.get(p) for p in principles]
        rows = list(range(len(principles)))
        widths = [0.0 if v is None else v for v in values]
        axes.barh(rows, widths, height=0.62, color=[PRINCIPLE_COLOURS[p] for p in principles])
        labels = ["?" if v is None else _number(v) for v in values]
        _label_bars(axes, rows, widths, labels, foreground)
        axes.set_yticks(rows, [principle_label(p) for p in principles])
        axes.invert_yaxis()
        if self.health is not None:
            axes.axvline(self.health, color=foreground, linestyle="--", linewidth=1.1, alpha=0.7)
            axes.annotate(
                QCoreApplication.translate("DashboardCharts", "Health %1").replace(
                    "%1", _number(self.health)
                ),
                (self.health, 1.0),
                xycoords=("data", "axes fraction"),
                xytext=(0, 2),
                textcoords="offset points",
                ha="center",
                va="bottom",
                fontsize=7.5,
                color=foreground,
            )
        axes.set_xlim(0, 112)
        axes.set_xticks([0, 25, 50, 75, 100])
        axes.grid(True, axis="x", color=foreground, alpha=0.15, linewidth=0.6)
        axes.set_axisbelow(True)
        axes.tick_params(axis="y", length=0)
        self._finish()


class StageEconomicsChart(_DashboardChart):
    """Revenue, cost-to-serve and profit of the last 12 months per lifecycle stage, in
    one currency (amounts of different currencies never add up)."""

    NO_DATA = QT_TRANSLATE_NOOP(
        "DashboardCharts", "No revenue or costs recorded in the last 12 months."
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        self.by_stage: dict[LifecycleStage, StageEconomics] = {}
        self.currency = ""
        super().__init__("stageEconomicsChart", (6.4, 2.4), parent)
        self.setMinimumHeight(160)

    def set_economics(self, by_stage: dict[LifecycleStage, StageEconomics], currency: str) -> None:
        self.by_stage, self.currency = dict(by_stage), currency
        self._show()

    def _has_data(self) -> bool:
        return bool(self.by_stage)

    def stages(self) -> list[LifecycleStage]:
        """The stages drawn, in ladder order: those with figures."""
        return [stage for stage in FUNNEL_ORDER if stage in self.by_stage]

    def _draw(self) -> None:
        axes, foreground = self._axes()
        stages = self.stages()
        figures = [self.by_stage[stage] for stage in stages]
        largest = max(max(abs(f.revenue), abs(f.cost_to_serve), abs(f.profit)) for f in figures)
        divisor, unit = _money_scale(largest / 100)
        series = (
            (
                QCoreApplication.translate("DashboardCharts", "Revenue"),
                REVENUE_COLOUR,
                [f.revenue for f in figures],
            ),
            (
                QCoreApplication.translate("DashboardCharts", "Cost to serve"),
                COST_COLOUR,
                [f.cost_to_serve for f in figures],
            ),
            (
                QCoreApplication.translate("DashboardCharts", "Profit"),
                PROFIT_COLOUR,
                [f.profit for f in figures],
            ),
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
        axes.axhline(0, color=foreground, linewidth=0.8, alpha=0.5)
        axes.set_xticks(range(len(stages)), [_wrapped(lifecycle_stage_label(s)) for s in stages])
        axes.yaxis.set_major_formatter(lambda value, _pos: _number(value))
        axes.set_ylabel(unit.replace("%1", self.currency), color=foreground, fontsize=8)
        axes.grid(True, axis="y", color=foreground, alpha=0.15, linewidth=0.6)
        axes.set_axisbelow(True)
        legend = axes.legend(fontsize=8, frameon=False, loc="upper left", ncols=3)
        for text in legend.get_texts():
            text.set_color(foreground)
        axes.margins(y=0.18)  # room for the legend above the tallest bar
        self._finish()


def _money_scale(largest: float) -> tuple[float, str]:
    """Divide amounts by thousands or millions so tick labels stay short; the axis
    label names the unit ("%1" is the currency)."""
    if largest >= 10_000_000:
        return 1_000_000, QCoreApplication.translate("DashboardCharts", "Millions of %1")
    if largest >= 10_000:
        return 1_000, QCoreApplication.translate("DashboardCharts", "Thousands of %1")
    return 1, "%1"
