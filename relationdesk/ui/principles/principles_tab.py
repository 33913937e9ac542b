"""The customer's Principles tab: scores and their evidence, the radar and the trend."""

from datetime import UTC, datetime

from PySide6.QtWidgets import QVBoxLayout, QWidget

from relationdesk.db.database import Database
from relationdesk.services.score_history import score_history
from relationdesk.ui.principles.principle_charts import PrincipleRadar, PrincipleTrend
from relationdesk.ui.principles.principles_panel import PrinciplesPanel

TREND_MONTHS = 12


class PrinciplesTab(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("principlesTab")
        self._db = db
        self.panel = PrinciplesPanel(db)
        self.radar = PrincipleRadar()
        self.trend = PrincipleTrend()
        # Smaller than the charts' own minimum: the tab must not make the window taller
        # than a small laptop screen allows.
        for chart in (self.radar, self.trend):
            chart.setMinimumHeight(180)
        self.radar.setMinimumWidth(200)
        self.panel.charts.addWidget(self.radar, 2)
        self.panel.charts.addWidget(self.trend, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)

    def show_customer(self, customer_id: str | None) -> None:
        self.panel.show_customer(customer_id)
        scores = self.panel.scores
        self.radar.set_scorecard(scores.scorecard if scores else None)
        now = datetime.now(UTC).replace(tzinfo=None)
        history = (
            score_history(self._db.reader, customer_id, now, TREND_MONTHS) if customer_id else []
        )
        self.trend.set_history(history)
