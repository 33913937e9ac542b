"""The customer review's charts: the five principles as a radar and over the year, and
revenue against cost-to-serve per period. Labels are translated by the caller's language."""

import math
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
from relationdesk.domain.evidence import Principle
from relationdesk.domain.principles import Scorecard
from relationdesk.l10n.formatting import qdate
from relationdesk.l10n.labels import principle_label
from relationdesk.palette import HEADING
from relationdesk.services.economics import PeriodRow
from relationdesk.services.reports.charts import GRID, TEXT, chart_image

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def radar(card: Scorecard) -> QImage:
    def draw(figure: "Figure") -> None:
        from matplotlib.projections.polar import PolarAxes

        axes = figure.add_subplot(projection="polar")
        assert isinstance(axes, PolarAxes)
        principles = list(Principle)
        angles = [2 * math.pi * i / len(principles) for i in range(len(principles))]
        scores = [card.scores[i].score for i in range(len(principles))]
        values = [0.0 if s is None else s for s in scores]
        axes.set_theta_offset(math.pi / 2)
        axes.set_theta_direction(-1)
        axes.set_ylim(0, 100)
        axes.set_yticks([25, 50, 75, 100], ["", "50", "", "100"], fontsize=7, color=TEXT)
        axes.set_xticks(angles, [principle_label(p) for p in principles], fontsize=8)
        axes.plot([*angles, angles[0]], [*values, values[0]], color=HEADING, linewidth=1.8)
        axes.fill([*angles, angles[0]], [*values, values[0]], color=HEADING, alpha=0.15)
        for angle, score, principle in zip(angles, scores, principles, strict=True):
            if score is not None:
                axes.plot(angle, score, "o", color=PRINCIPLE_COLOURS[principle], markersize=6)
        axes.grid(color=GRID)

    return chart_image(3.0, 3.0, draw)


def trend(history: list[tuple[date, Scorecard]]) -> QImage:
    locale = QLocale()

    def draw(figure: "Figure") -> None:
        axes = figure.add_subplot()
        days = [day for day, _card in history]
        positions = list(range(len(days)))
        for index, principle in enumerate(Principle):
            points = [card.scores[index].score for _day, card in history]
            axes.plot(
                positions,
                [math.nan if p is None else p for p in points],
                marker=".",
                color=PRINCIPLE_COLOURS[principle],
                label=principle_label(principle),
            )
        axes.set_ylim(0, 100)
        axes.set_xticks(positions[::3], [locale.toString(qdate(d), "MMM yy") for d in days[::3]])
        axes.tick_params(labelsize=7, colors=TEXT)
        axes.grid(color=GRID, linewidth=0.5)
        axes.legend(fontsize=7, frameon=False, loc="lower left", ncols=3, bbox_to_anchor=(0, 1.0))

    return chart_image(4.2, 2.6, draw)


def economics(periods: list[PeriodRow], currency: str) -> QImage:
    """Oldest period on the left; amounts in major units of `currency`."""
    locale = QLocale()
    shown = list(reversed(periods[:12]))

    def draw(figure: "Figure") -> None:
        axes = figure.add_subplot()
        positions = list(range(len(shown)))
        width = 0.38
        axes.bar(
            [x - width / 2 for x in positions],
            [p.figures.revenue / 100 for p in shown],
            width,
            color=REVENUE_COLOUR,
            label=QCoreApplication.translate("CustomerReview", "Revenue"),
        )
        axes.bar(
            [x + width / 2 for x in positions],
            [p.figures.cost_to_serve / 100 for p in shown],
            width,
            color=COST_COLOUR,
            label=QCoreApplication.translate("CustomerReview", "Cost to serve"),
        )
        axes.plot(
            positions,
            [p.figures.profit / 100 for p in shown],
            color=PROFIT_COLOUR,
            marker="o",
            label=QCoreApplication.translate("CustomerReview", "Profit"),
        )
        axes.axhline(0, color=TEXT, linewidth=0.6)
        axes.set_xticks(
            positions, [locale.toString(qdate(p.figures.starts_on), "MMM yy") for p in shown]
        )
        axes.yaxis.set_major_formatter(lambda value, _pos: locale.toString(value, "f", 0))
        axes.set_ylabel(currency, fontsize=7)
        axes.tick_params(labelsize=7, colors=TEXT)
        axes.grid(axis="y", color=GRID, linewidth=0.5)
        axes.legend(fontsize=7, frameon=False, loc="lower left", ncols=3, bbox_to_anchor=(0, 1.0))

    return chart_image(6.2, 2.4, draw)
