"""Breadth and depth of self-disclosure over time, per domain and side (docs/domain.md §2).

Shows the salesperson whether the relationship is opening up (more topics, deeper layers)
and whether both sides disclose in step. matplotlib costs ~0.4 s to import, so it is
imported on the first set_facts with something to draw, never at start-up.
"""

import math
import os
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from relationdesk import paths
from relationdesk.domain.meetings import Depth, DisclosureDomain, DisclosureFact, Side
from relationdesk.domain.penetration import PenetrationPoint, monthly_penetration
from relationdesk.l10n.formatting import qdate
from relationdesk.l10n.labels import depth_label, domain_label, side_label
from relationdesk.palette import CUSTOMER_SIDE, OUR_SIDE
from relationdesk.ui.shared.chart_text import chart_title
from relationdesk.ui.shared.qt_helpers import describe, named

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

# Readable on light and dark palettes, and told apart with red-green colour blindness.
SIDE_COLOURS = {Side.CUSTOMER: CUSTOMER_SIDE, Side.US: OUR_SIDE}
# Where both sides' lines coincide, both stay visible: our solid line runs inside the
# customer's wider one, and the dashes of the two sides interleave.
BREADTH_WIDTHS = {Side.CUSTOMER: 2.8, Side.US: 1.3}
DEPTH_DASHES = {Side.CUSTOMER: (0.0, (4.0, 4.0)), Side.US: (4.0, (4.0, 4.0))}
# Lines at the top or at zero stay clear of the frame, and so do the first and last month.
# Both y axes get the same proportions, so the shared gridlines stay on the depth layers.
HEADROOM, FOOTROOM = 1.08, -0.04
MARGIN_DAYS = 12
DOMAIN_ORDER = (DisclosureDomain.BUSINESS, DisclosureDomain.PERSONAL)


def _new_canvas(parent: QWidget) -> "FigureCanvasQTAgg":
    """Import matplotlib now; its font cache lives in the data dir so it is built once."""
    os.environ.setdefault("MPLCONFIGDIR", str(paths.data_dir() / "matplotlib"))
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    canvas = FigureCanvasQTAgg(Figure(figsize=(7.0, 2.8), layout="constrained"))
    canvas.setParent(parent)
    return canvas


class DisclosureChart(QWidget):
    """Solid lines: distinct topics (breadth); dashed: the deepest layer reached (depth),
    both over a rolling window, so a relationship cooling down shows as falling lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disclosureChart")
        self.setMinimumHeight(260)
        self.points: list[PenetrationPoint] = []
        self.canvas: FigureCanvasQTAgg | None = None
        self.message = named(QLabel(), "disclosureChartMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.message)
        self.retranslate()

    def set_facts(self, facts: list[DisclosureFact], now: datetime) -> None:
        """Show the last two years up to ``now``; with nothing to draw, a message instead."""
        self.points = monthly_penetration(facts, now)
        if not self.points:
            self._stack.setCurrentWidget(self.message)
            return
        if self.canvas is None:
            self.canvas = named(_new_canvas(self), "disclosureChartCanvas")
            self._stack.addWidget(self.canvas)
        self._stack.setCurrentWidget(self.canvas)
        self._draw()
        self._describe()

    def _describe(self) -> None:
        """The text alternative: each side's openness per domain in the latest month."""
        if not self.points:
            describe(self, chart_title("disclosureChart"), self.message.text())
            return
        last = max(point.month for point in self.points)
        figures = [
            self.tr("%1, %2: %3 topics, depth %4")
            .replace("%1", side_label(point.side))
            .replace("%2", domain_label(point.domain))
            .replace("%3", QLocale().toString(point.breadth))
            .replace("%4", QLocale().toString(point.depth, "f", 1))
            for point in self.points
            if point.month == last
        ]
        month = QLocale().toString(qdate(last), "MMMM yyyy")
        describe(self, chart_title("disclosureChart"), f"{month}: " + "; ".join(figures))

    def retranslate(self) -> None:
        self.message.setText(self.tr("No disclosures recorded yet."))
        if self.canvas is not None and self.points:
            self._draw()
        self._describe()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange and self.canvas is not None:
            self._draw()  # dark mode switched on or off
        super().changeEvent(event)

    def _draw(self) -> None:
        assert self.canvas is not None
        from matplotlib.lines import Line2D

        figure = self.canvas.figure
        figure.clear()
        background = self.palette().color(QPalette.ColorRole.Window).name()
        foreground = self.palette().color(QPalette.ColorRole.WindowText).name()
        figure.set_facecolor(background)
        # A multiple of 3, so breadth's gridlines fall on the three depth layers: one grid
        # for both axes, and no gridline that reads as a depth it is not.
        breadth_top = 3 * max(1, -(-max(p.breadth for p in self.points) // 3))
        first_axes: Axes | None = None
        for index, domain in enumerate(DOMAIN_ORDER):
            axes = figure.add_subplot(1, 2, index + 1, sharey=first_axes)
            depth_axes = axes.twinx()
            first_axes = first_axes or axes
            self._plot_domain(axes, depth_axes, domain, breadth_top)
            self._style(axes, depth_axes, background, foreground)
            is_left = index == 0
            axes.tick_params(axis="y", left=is_left, labelleft=is_left)
            depth_axes.tick_params(axis="y", right=not is_left, labelright=not is_left)
            if is_left:
                axes.set_ylabel(self.tr("Topics (breadth)"), color=foreground)
        handles = [
            *(
                Line2D([], [], color=SIDE_COLOURS[side], linewidth=2.5, label=side_label(side))
                for side in Side
            ),
            Line2D([], [], color=foreground, linestyle="-", label=self.tr("Breadth")),
            Line2D([], [], color=foreground, linestyle="--", label=self.tr("Depth")),
        ]
        legend = figure.legend(
            handles=handles, loc="outside upper center", ncols=4, frameon=False, fontsize=8.5
        )
        for text in legend.get_texts():
            text.set_color(foreground)
        self.canvas.draw_idle()

    def _plot_domain(
        self, axes: "Axes", depth_axes: "Axes", domain: DisclosureDomain, breadth_top: int
    ) -> None:
        from matplotlib.dates import date2num
        from matplotlib.ticker import MultipleLocator

        for side in Side:
            series = [p for p in self.points if p.side == side and p.domain == domain]
            months = date2num([p.month for p in series])
            colour = SIDE_COLOURS[side]
            marker = "o" if len(series) == 1 else ""  # one month: a dot, not an empty line
            axes.plot(
                months,
                [p.breadth for p in series],
                color=colour,
                linewidth=BREADTH_WIDTHS[side],
                marker=marker,
            )
            # No disclosure, no layer: a gap, not a plunge to the axis (breadth shows the 0).
            depth_axes.plot(
                months,
                [p.depth or math.nan for p in series],
                color=colour,
                linewidth=1.5,
                linestyle=DEPTH_DASHES[side],
                marker=marker,
                markerfacecolor="none",
            )
        axes.set_title(domain_label(domain), fontsize=10)
        axes.set_ylim(breadth_top * FOOTROOM, breadth_top * HEADROOM)
        axes.yaxis.set_major_locator(MultipleLocator(breadth_top // 3))
        depth_axes.set_ylim(3 * FOOTROOM, 3 * HEADROOM)
        depth_axes.set_yticks([d.rank for d in Depth], [depth_label(d) for d in Depth])

    def _style(self, axes: "Axes", depth_axes: "Axes", background: str, foreground: str) -> None:
        from matplotlib.dates import MonthLocator, date2num, num2date
        from matplotlib.ticker import FuncFormatter

        months = sorted({p.month for p in self.points})
        first, last = date2num(months[0]), date2num(months[-1])
        axes.set_facecolor(background)
        axes.grid(True, axis="y", color=foreground, alpha=0.15, linewidth=0.6)
        step = 1 if len(months) <= 6 else 3 if len(months) <= 18 else 6
        axes.xaxis.set_major_locator(MonthLocator(bymonth=range(1, 13, step)))
        locale = QLocale()

        def month_name(value: float, position: int | None) -> str:
            day = num2date(value).date()
            name = locale.standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)
            return f"{name}\n{day.year}" if day.month == 1 or position == 0 else name

        axes.xaxis.set_major_formatter(FuncFormatter(month_name))
        axes.set_xlim(first - MARGIN_DAYS, last + MARGIN_DAYS)
        for each in (axes, depth_axes):
            each.tick_params(colors=foreground, labelsize=8)
            for spine in each.spines.values():
                spine.set_color(foreground)
                spine.set_alpha(0.4)
        axes.title.set_color(foreground)
