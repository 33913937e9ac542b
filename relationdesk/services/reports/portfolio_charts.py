"""The portfolio review's summary charts, drawn for paper: the dashboard's five charts
(drawn by chart_drawing.py, as on screen) on a white page, in the report's language.
Each returns None when it has nothing to draw; the caller says so in words.

Called inside i18n.speaking(lang): labels translate, numbers follow QLocale()."""

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QImage

from relationdesk import chart_drawing as drawing
from relationdesk.chart_drawing import FUNNEL_ORDER, ChartStyle, EconomicsTexts
from relationdesk.domain.enums import LifecycleStage
from relationdesk.domain.evidence import Principle
from relationdesk.domain.relationship_stage import RelationshipStage
from relationdesk.l10n.labels import principle_label, stage_label
from relationdesk.l10n.lifecycle_labels import lifecycle_stage_label
from relationdesk.services.portfolio import StageEconomics
from relationdesk.services.reports.charts import GRID, TEXT, chart_image

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

FONT_SIZE = 7.5


# Called as translate("PortfolioReview", "literal") so that lupdate collects the text.
translate = QCoreApplication.translate


def _number(value: float) -> str:
    return QLocale().toString(float(value), "f", 0)


PRINT = ChartStyle(
    number=_number,
    font_size=FONT_SIZE,
    label_width=16,
    line_width=1.8,
    marker_size=4,
    rule_width=0.7,
    health_width=1,
    band_alpha=0.07,
    point_offset=6,
    funnel_offset=3,
    bar_room=1.22,
    money_margin=0.2,
    grid=GRID,
    tick_numbers=True,
    category_tick_marks=False,
)


def _axes(figure: "Figure") -> "Axes":
    axes = figure.add_subplot()
    axes.set_facecolor("white")
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("bottom", "left"):
        axes.spines[side].set_color(GRID)
    axes.tick_params(colors=TEXT, labelsize=FONT_SIZE)
    return axes


def relationship_chart(
    counts: Mapping[RelationshipStage, int], width_in: float, height_in: float
) -> QImage | None:
    """Customers per relationship stage (docs/domain.md §2), the shallowest on top."""
    if not sum(counts.get(stage, 0) for stage in RelationshipStage):
        return None

    def draw(figure: "Figure") -> None:
        drawing.relationship_bars(_axes(figure), counts, stage_label, TEXT, PRINT)

    return chart_image(width_in, height_in, draw)


def funnel_chart(
    counts: Mapping[LifecycleStage, int], width_in: float, height_in: float
) -> QImage | None:
    """Customers per lifecycle stage as a funnel, prospects on top, former apart (§4)."""
    if not sum(counts.get(stage, 0) for stage in FUNNEL_ORDER):
        return None

    def draw(figure: "Figure") -> None:
        drawing.funnel_bars(_axes(figure), counts, lifecycle_stage_label, TEXT, PRINT)

    return chart_image(width_in, height_in, draw)


def _quarter(day: date, position: int) -> str:
    return drawing.quarter_label(day, position, translate("PortfolioReview", "Q%1"))


def nps_chart(
    points: list[tuple[date, int | None]], width_in: float, height_in: float
) -> QImage | None:
    """NPS at the end of each quarter; a gap where no answer counted, never a made-up 0."""
    if all(value is None for _, value in points):
        return None

    def draw(figure: "Figure") -> None:
        values = [value for _, value in points]
        ticks = [_quarter(day, i) for i, (day, _) in enumerate(points)]
        drawing.nps_line(_axes(figure), values, ticks, TEXT, PRINT)

    return chart_image(width_in, height_in, draw)


def principles_chart(
    scores: Mapping[Principle, float | None],
    health: float | None,
    width_in: float,
    height_in: float,
) -> QImage | None:
    """The five principles' average score (§1), the average health as a dashed line."""
    if all(scores.get(p) is None for p in Principle):
        return None

    def draw(figure: "Figure") -> None:
        health_text = translate("PortfolioReview", "Health %1")
        axes = _axes(figure)
        drawing.principle_bars(axes, scores, health, principle_label, health_text, TEXT, PRINT)

    return chart_image(width_in, height_in, draw)


def economics_chart(
    by_stage: Mapping[LifecycleStage, StageEconomics],
    currency: str,
    width_in: float,
    height_in: float,
) -> QImage | None:
    """Revenue, cost-to-serve and profit of the last 12 months per lifecycle stage, in
    one currency: amounts of different currencies never add up."""
    if not drawing.economics_stages(by_stage):
        return None

    def draw(figure: "Figure") -> None:
        texts = EconomicsTexts(
            revenue=translate("PortfolioReview", "Revenue"),
            cost_to_serve=translate("PortfolioReview", "Cost to serve"),
            profit=translate("PortfolioReview", "Profit"),
            thousands=translate("PortfolioReview", "Thousands of %1"),
            millions=translate("PortfolioReview", "Millions of %1"),
        )
        axes = _axes(figure)
        drawing.economics_bars(axes, by_stage, currency, lifecycle_stage_label, texts, TEXT, PRINT)

    return chart_image(width_in, height_in, draw)
