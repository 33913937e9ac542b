"""The five principle scores at a glance (radar) and over the last year (trend), docs/domain.md §1.

The radar shows which principle is weak now; the trend whether it is getting better.
A principle without enough evidence is shown as unknown, never as a made-up number.
matplotlib costs ~0.4 s to import, so it is imported on the first score to draw.
"""

import math
import os
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from relationdesk import paths
from relationdesk.chart_colours import PRINCIPLE_COLOURS
from relationdesk.domain.evidence import Principle
from relationdesk.domain.principles import Scorecard
from relationdesk.l10n.labels import principle_label
from relationdesk.ui.shared.chart_text import chart_title, figure_text
from relationdesk.ui.shared.qt_helpers import describe, named

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

GRID_SCORES = (25, 50, 75, 100)
INNER_HOLE = -14.0  # the radar's 0 is a small ring, so unknown principles' markers stay apart
MARGIN_DAYS = 12


def _no_data() -> str:
    return QCoreApplication.translate("PrincipleCharts", "Not enough evidence yet.")


def _has_score(card: Scorecard) -> bool:
    return any(s.score is not None for s in card.scores)


class _Chart(QWidget):
    """A message until there is a score to draw; then a canvas, redrawn on language or
    palette changes."""

    def __init__(self, name: str, figsize: tuple[float, float], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.canvas: FigureCanvasQTAgg | None = None
        self._name, self._figsize = name, figsize
        self.message = named(QLabel(), f"{name}Message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.message)
        self.retranslate()

    def _has_data(self) -> bool:
        raise NotImplementedError

    def _draw(self) -> None:
        raise NotImplementedError

    def _show(self) -> None:
        if not self._has_data():
            self._stack.setCurrentWidget(self.message)
            return
        if self.canvas is None:
            # The font cache lives in the data dir, so it is built only once.
            os.environ.setdefault("MPLCONFIGDIR", str(paths.data_dir() / "matplotlib"))
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            figure = Figure(figsize=self._figsize, layout="constrained")
            self.canvas = named(FigureCanvasQTAgg(figure), f"{self._name}Canvas")
            self.canvas.setParent(self)
            self._stack.addWidget(self.canvas)
        self._stack.setCurrentWidget(self.canvas)
        self._draw()
        self._describe()

    def _describe(self) -> None:
        """The chart's name, and the figures it shows as its text alternative."""
        shown = self.canvas is not None and self._has_data()
        text = figure_text(self.canvas.figure) if shown and self.canvas else self.message.text()
        describe(self, chart_title(self._name), text)

    def retranslate(self) -> None:
        self.message.setText(_no_data())
        self._redraw()
        self._describe()

    def _redraw(self) -> None:
        if self.canvas is not None and self._has_data():
            self._draw()
            self._describe()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange and self.canvas is not None:
            self._redraw()  # dark mode switched on or off
        super().changeEvent(event)

    def _colours(self) -> tuple[str, str, str]:
        """Background, text and accent of the current palette."""
        palette = self.palette()
        return (
            palette.color(QPalette.ColorRole.Window).name(),
            palette.color(QPalette.ColorRole.WindowText).name(),
            palette.color(QPalette.ColorRole.Highlight).name(),
        )

    def _style(self, axes: "Axes", background: str, foreground: str) -> None:
        assert self.canvas is not None
        self.canvas.figure.set_facecolor(background)
        axes.set_facecolor(background)
        axes.tick_params(colors=foreground, labelsize=8)
        for spine in axes.spines.values():
            spine.set_color(foreground)
            spine.set_alpha(0.3)


class PrincipleRadar(_Chart):
    """The five scores on one polygon: a dent shows the weak principle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.scorecard: Scorecard | None = None
        super().__init__("principleRadar", (3.2, 3.2), parent)
        self.setMinimumSize(260, 260)

    def set_scorecard(self, scorecard: Scorecard | None) -> None:
        """Show this card; without any score (or without a card), a message instead."""
        self.scorecard = scorecard
        self._show()

    def _has_data(self) -> bool:
        return self.scorecard is not None and _has_score(self.scorecard)

    def _draw(self) -> None:
        assert self.canvas is not None and self.scorecard is not None
        from matplotlib.projections.polar import PolarAxes

        figure = self.canvas.figure
        figure.clear()
        background, foreground, accent = self._colours()
        axes = figure.add_subplot(projection="polar")
        assert isinstance(axes, PolarAxes)
        self._style(axes, background, foreground)
        axes.set_theta_offset(math.pi / 2)  # the first principle at the top, then clockwise
        axes.set_theta_direction(-1)
        axes.set_rorigin(INNER_HOLE)
        axes.set_ylim(0, 100)
        axes.set_rgrids(GRID_SCORES, [str(s) for s in GRID_SCORES], angle=36, fontsize=6.5)
        axes.grid(True, color=foreground, alpha=0.2, linewidth=0.6)
        angles = [2 * math.pi * i / len(Principle) for i in range(len(Principle))]
        scores = [self.scorecard.get(p).score for p in Principle]
        names = [principle_label(p) for p in Principle]
        names = [n + (" ?" if s is None else "") for n, s in zip(names, scores, strict=True)]
        axes.set_xticks(angles, names, fontsize=8.5)
        axes.tick_params(axis="x", pad=2)
        # Outline and fill only between neighbours that both have a score: a gap, not a 0.
        ring = [*range(len(angles)), 0]
        radii = [_nan(scores[i]) for i in ring]
        axes.plot([angles[i] for i in ring], radii, color=accent, linewidth=1.8, marker="o", ms=4)
        for run in _known_runs(scores):
            thetas = [angles[i % len(angles)] for i in run]
            values = [_nan(scores[i % len(scores)]) for i in run]
            if len(run) <= len(angles):  # not all known: a wedge down to 0 at both ends
                thetas, values = [thetas[0], *thetas, thetas[-1]], [0.0, *values, 0.0]
            axes.fill(thetas, values, color=accent, alpha=0.25, linewidth=0)
        unknown = [angles[i] for i, s in enumerate(scores) if s is None]
        if unknown:  # hollow: there, but without a value
            axes.plot(
                unknown, [0.0] * len(unknown), "o", ms=5, mfc="none", mec=foreground, clip_on=False
            )
        self.canvas.draw_idle()


def _known_runs(scores: list[float | None]) -> list[list[int]]:
    """Indices of the cyclic runs of two or more scores; all known: 0..n, closed."""
    n = len(scores)
    if None not in scores:
        return [[*range(n), n]]
    start = scores.index(None)
    runs: list[list[int]] = [[]]
    for index in range(start + 1, start + n):  # a run never wraps past the first None
        if scores[index % n] is None:
            runs.append([])
        else:
            runs[-1].append(index)
    return [run for run in runs if len(run) > 1]


class PrincipleTrend(_Chart):
    """A line per principle over the last year, and health as the thick line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.history: list[tuple[date, Scorecard]] = []
        super().__init__("principleTrend", (6.4, 3.0), parent)
        self.setMinimumHeight(220)

    def set_history(self, history: list[tuple[date, Scorecard]]) -> None:
        """Show these month-end cards (score_history); without any score, a message."""
        self.history = history
        self._show()

    def _has_data(self) -> bool:
        return any(_has_score(card) for _, card in self.history)

    def _draw(self) -> None:
        assert self.canvas is not None
        from matplotlib.dates import date2num
        from matplotlib.lines import Line2D

        figure = self.canvas.figure
        figure.clear()
        background, foreground, _ = self._colours()
        axes = figure.add_subplot()
        self._style(axes, background, foreground)
        axes.spines[["top", "right"]].set_visible(False)
        days = [date2num(datetime.combine(day, time())) for day, _ in self.history]
        cards = [card for _, card in self.history]
        series = [
            (principle_label(p), PRINCIPLE_COLOURS[p], 1.5, [c.get(p).score for c in cards])
            for p in Principle
        ]
        health = QCoreApplication.translate("PrincipleCharts", "Health")
        series.append((health, foreground, 3.0, [c.health for c in cards]))
        for _label, colour, width, scores in [series[-1], *series[:-1]]:  # health underneath
            values = [_nan(s) for s in scores]
            lonely = _lonely(values)  # a dot where no line can be drawn, so it does not vanish
            marker = "o" if lonely else ""
            axes.plot(
                days, values, color=colour, lw=width, marker=marker, ms=width + 3, markevery=lonely
            )
        axes.set_ylim(-4, 104)  # lines at 0 or 100 stay clear of the frame
        axes.set_yticks([0, *GRID_SCORES])
        axes.grid(True, axis="y", color=foreground, alpha=0.15, linewidth=0.6)
        axes.set_xlim(days[0] - MARGIN_DAYS, days[-1] + MARGIN_DAYS)
        self._month_ticks(axes)
        handles = [Line2D([], [], color=c, lw=w, label=label) for label, c, w, _ in series]
        legend = figure.legend(
            handles=handles, loc="outside right center", frameon=False, fontsize=8, handlelength=1.6
        )
        for text in legend.get_texts():
            text.set_color(foreground)
        self.canvas.draw_idle()

    def _month_ticks(self, axes: "Axes") -> None:
        from matplotlib.dates import MonthLocator, num2date
        from matplotlib.ticker import FuncFormatter

        months = len({(day.year, day.month) for day, _ in self.history})
        step = 1 if months <= 6 else 3 if months <= 18 else 6
        axes.xaxis.set_major_locator(MonthLocator(bymonth=range(1, 13, step)))
        locale = QLocale()

        def month_name(value: float, position: int | None) -> str:
            day = num2date(value).date()
            name = locale.standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)
            return f"{name}\n{day.year}" if day.month == 1 or position == 0 else name

        axes.xaxis.set_major_formatter(FuncFormatter(month_name))


def _nan(value: float | None) -> float:
    return math.nan if value is None else value


def _lonely(values: list[float]) -> list[int]:
    """Indices of the points with no neighbour to draw a line to."""
    padded = [math.nan, *values, math.nan]
    return [
        i
        for i, v in enumerate(values)
        if math.isnan(padded[i]) and math.isnan(padded[i + 2]) and not math.isnan(v)
    ]
