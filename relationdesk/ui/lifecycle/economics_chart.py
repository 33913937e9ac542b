"""Revenue against cost-to-serve per period, with the profit line (docs/domain.md §4:
profit = revenue - costs), for the customer's last periods, oldest on the left."""

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from relationdesk.chart_colours import COST_COLOUR, PROFIT_COLOUR, REVENUE_COLOUR
from relationdesk.l10n.formatting import qdate
from relationdesk.services.economics import PeriodRow
from relationdesk.ui.principles.principle_charts import _Chart

PERIODS_SHOWN = 12


class EconomicsChart(_Chart):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.periods: list[PeriodRow] = []
        self.currency = ""
        super().__init__("economicsChart", (6.0, 2.6), parent)
        self.setMinimumHeight(220)

    def set_periods(self, periods: list[PeriodRow], currency: str) -> None:
        """Newest first, as the view gives them; drawn oldest first."""
        self.periods = list(reversed(periods[:PERIODS_SHOWN]))
        self.currency = currency
        self._show()

    def _has_data(self) -> bool:
        return bool(self.periods)

    def retranslate(self) -> None:
        super().retranslate()
        self.message.setText(
            QCoreApplication.translate("EconomicsChart", "No periods recorded yet.")
        )

    def _draw(self) -> None:
        assert self.canvas is not None
        locale = QLocale()
        figure = self.canvas.figure
        figure.clear()
        background, foreground, _accent = self._colours()
        axes = figure.add_subplot()
        self._style(axes, background, foreground)
        labels = [
            locale.toString(qdate(p.figures.starts_on), "MMM yy")
            if p.kind.value == "month"
            else f"Q{(p.figures.starts_on.month - 1) // 3 + 1} {p.figures.starts_on:%y}"
            for p in self.periods
        ]
        positions = list(range(len(self.periods)))
        width = 0.38
        revenue = [p.figures.revenue / 100 for p in self.periods]
        cost = [p.figures.cost_to_serve / 100 for p in self.periods]
        profit = [p.figures.profit / 100 for p in self.periods]
        translate = QCoreApplication.translate
        axes.bar([x - width / 2 for x in positions], revenue, width, color=REVENUE_COLOUR,
                 label=translate("EconomicsChart", "Revenue"))  # fmt: skip
        axes.bar([x + width / 2 for x in positions], cost, width, color=COST_COLOUR,
                 label=translate("EconomicsChart", "Cost to serve"))  # fmt: skip
        axes.plot(positions, profit, color=PROFIT_COLOUR, marker="o", linewidth=2,
                  label=translate("EconomicsChart", "Profit"))  # fmt: skip
        axes.axhline(0, color=foreground, linewidth=0.8, alpha=0.5)
        axes.set_xticks(positions, labels)
        axes.yaxis.set_major_formatter(lambda value, _pos: locale.toString(value, "f", 0))
        if self.currency:
            axes.set_ylabel(self.currency, color=foreground, fontsize=8)
        # Above the plot, so it never hides a bar.
        legend = axes.legend(
            fontsize=8, frameon=False, loc="lower left", bbox_to_anchor=(0, 1.0), ncols=3
        )
        for text in legend.get_texts():
            text.set_color(foreground)
        self.canvas.draw_idle()
