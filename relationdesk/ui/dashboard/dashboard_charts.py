"""The portfolio dashboard's charts: where the customers stand (relationship stage,
lifecycle funnel), what they think of us (NPS per quarter), how healthy the relationships
are (average principle scores) and what each lifecycle stage earns (docs/domain.md §4).

Each chart is a message until it has something to draw; matplotlib is imported then.
What they draw is chart_drawing.py's, shared with the portfolio review's charts; SCREEN
is the dashboard's look, the palette's text colour is passed in at each draw.
"""

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from relationdesk import chart_drawing as drawing
from relationdesk.chart_drawing import FUNNEL_ORDER as FUNNEL_ORDER  # re-exported
from relationdesk.chart_drawing import ChartStyle, EconomicsTexts
from relationdesk.domain.enums import LifecycleStage
from relationdesk.domain.evidence import Principle
from relationdesk.l10n.labels import principle_label, stage_label
from relationdesk.l10n.lifecycle_labels import lifecycle_stage_label
from relationdesk.services.portfolio import StageEconomics
from relationdesk.ui.principles.principle_charts import _Chart

if TYPE_CHECKING:
    from matplotlib.axes import Axes


def _number(value: float) -> str:
    return QLocale().toString(float(value), "f", 0)


SCREEN = ChartStyle(
    number=_number,
    font_size=8,
    label_width=14,
    line_width=2,
    marker_size=5,
    rule_width=0.8,
    health_width=1.1,
    band_alpha=0.06,
    point_offset=7,
    funnel_offset=4,
    bar_room=1.2,
    money_margin=0.18,
    grid=None,  # the palette's text colour: readable in dark mode too
    tick_numbers=False,
    category_tick_marks=True,
)


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
        drawing.relationship_bars(axes, self.counts, stage_label, foreground, SCREEN)
        self._finish()


class LifecycleFunnelChart(_CountsChart):
    """Customers per lifecycle stage, prospects on top, as a funnel; "former" apart."""

    NAME = "lifecycleFunnelChart"

    def _draw(self) -> None:
        axes, foreground = self._axes()
        drawing.funnel_bars(axes, self.counts, lifecycle_stage_label, foreground, SCREEN)
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
        values = [value for _, value in self.points]
        ticks = [self._quarter(day, i) for i, (day, _) in enumerate(self.points)]
        drawing.nps_line(axes, values, ticks, foreground, SCREEN)
        self._finish()

    @staticmethod
    def _quarter(day: date, position: int) -> str:
        quarter = QCoreApplication.translate("DashboardCharts", "Q%1")
        return drawing.quarter_label(day, position, quarter)


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
        health_text = QCoreApplication.translate("DashboardCharts", "Health %1")
        drawing.principle_bars(
            axes, self.scores, self.health, principle_label, health_text, foreground, SCREEN
        )
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
        return drawing.economics_stages(self.by_stage)

    def _draw(self) -> None:
        axes, foreground = self._axes()
        texts = EconomicsTexts(
            revenue=QCoreApplication.translate("DashboardCharts", "Revenue"),
            cost_to_serve=QCoreApplication.translate("DashboardCharts", "Cost to serve"),
            profit=QCoreApplication.translate("DashboardCharts", "Profit"),
            thousands=QCoreApplication.translate("DashboardCharts", "Thousands of %1"),
            millions=QCoreApplication.translate("DashboardCharts", "Millions of %1"),
        )
        drawing.economics_bars(
            axes, self.by_stage, self.currency, lifecycle_stage_label, texts, foreground, SCREEN
        )
        self._finish()
