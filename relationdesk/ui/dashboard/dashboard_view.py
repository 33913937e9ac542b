"""The portfolio dashboard: the key figures, five charts and the "needs attention" list
of the salesperson's whole portfolio (docs/domain.md §1-§4).

It only shows a PortfolioDashboard it is given (dashboard_tab.py reads them off the GUI
thread), so a refresh keeps the previous content on screen until the new one arrives.
"""

from datetime import datetime

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from relationdesk.palette import BAD, UP
from relationdesk.services.portfolio import PortfolioDashboard
from relationdesk.ui.dashboard.attention_panel import AttentionPanel
from relationdesk.ui.dashboard.dashboard_charts import (
    LifecycleFunnelChart,
    NpsTrendChart,
    PrincipleAveragesChart,
    RelationshipStagesChart,
    StageEconomicsChart,
)
from relationdesk.ui.shared.qt_helpers import named

MESSAGE_PAGE, CONTENT_PAGE = range(2)
UP_COLOUR, DOWN_COLOUR = UP, BAD
CARD_STYLE = (
    "QFrame#%1 { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }"
)


def _number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)


def _signed(value: int) -> str:
    return ("+" if value > 0 else "") + _number(value)


class FigureCard(QFrame):
    """One key figure: its value large, what it is and a short note beside it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(CARD_STYLE.replace("%1", name))
        self.caption = named(QLabel(), f"{name}Caption")
        font = self.caption.font()
        font.setBold(True)
        self.caption.setFont(font)
        self.value = named(QLabel(), f"{name}Value")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.value.setFont(font)
        self.note = named(QLabel(), f"{name}Note")
        self.note.setTextFormat(Qt.TextFormat.RichText)
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addWidget(self.caption)
        words.addWidget(self.note)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(10)
        layout.addWidget(self.value)
        layout.addLayout(words, 1)

    def set_figure(self, value: str, note: str) -> None:
        self.value.setText(value)
        self.note.setText(note)


class DashboardView(QWidget):
    sig_open_customer = Signal(str)  # customer id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardView")
        self.board: PortfolioDashboard | None = None
        self._now = datetime.min
        self._message = "loading"  # what the message page says: loading, empty or failed

        self.customers_card = FigureCard("customersCard")
        self.nps_card = FigureCard("npsCard")
        self.health_card = FigureCard("healthCard")
        self.attention_card = FigureCard("attentionCard")
        self.reach_out_card = FigureCard("reachOutCard")  # drifting, past the interval
        self.updating_label = named(QLabel(), "dashboardUpdating")
        self.updating_label.setStyleSheet("color: palette(mid);")
        self.updating_label.hide()
        header = QHBoxLayout()
        for card in (
            self.customers_card,
            self.nps_card,
            self.health_card,
            self.attention_card,
            self.reach_out_card,
        ):
            header.addWidget(card, 1)
        header.addWidget(self.updating_label, 0, Qt.AlignmentFlag.AlignBottom)

        self.relationship_chart = RelationshipStagesChart()
        self.funnel_chart = LifecycleFunnelChart()
        self.nps_chart = NpsTrendChart()
        self.principles_chart = PrincipleAveragesChart()
        self.economics_chart = StageEconomicsChart()
        self.currency_combo = named(QComboBox(), "dashboardCurrencyCombo")
        self.currency_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currency_combo.currentIndexChanged.connect(self._currency_changed)
        self.currency_label = named(QLabel(), "dashboardCurrencyLabel")
        self.currency_label.setBuddy(self.currency_combo)
        self.groups = {
            "relationship": self._group("relationshipGroup", self.relationship_chart),
            "funnel": self._group("funnelGroup", self.funnel_chart),
            "nps": self._group("npsGroup", self.nps_chart),
            "principles": self._group("principlesGroup", self.principles_chart),
            "economics": self._group("economicsGroup", self.economics_chart),
        }
        currency_row = QHBoxLayout()
        currency_row.addStretch()
        currency_row.addWidget(self.currency_label)
        currency_row.addWidget(self.currency_combo)
        economics_layout = self.groups["economics"].layout()
        assert isinstance(economics_layout, QVBoxLayout)
        economics_layout.insertLayout(0, currency_row)

        charts = QWidget()
        grid = QGridLayout(charts)
        grid.setContentsMargins(0, 0, 6, 0)
        grid.addWidget(self.groups["relationship"], 0, 0)
        grid.addWidget(self.groups["funnel"], 0, 1)
        grid.addWidget(self.groups["nps"], 0, 2)
        grid.addWidget(self.groups["principles"], 1, 0)
        grid.addWidget(self.groups["economics"], 1, 1, 1, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        self.chart_area = named(QScrollArea(), "dashboardCharts")
        self.chart_area.setWidgetResizable(True)
        self.chart_area.setFrameShape(QFrame.Shape.NoFrame)
        self.chart_area.setWidget(charts)

        self.attention = AttentionPanel()
        self.attention.sig_open_customer.connect(self.sig_open_customer)
        self.splitter = named(QSplitter(Qt.Orientation.Horizontal), "dashboardSplitter")
        self.splitter.addWidget(self.chart_area)
        self.splitter.addWidget(self.attention)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([660, 360])

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(header)
        content_layout.addWidget(self.splitter, 1)
        self.message_label = named(QLabel(), "dashboardMessage")
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        font = self.message_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.message_label.setFont(font)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.message_label)
        self.pages.addWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.retranslate_ui()

    @staticmethod
    def _group(name: str, chart: QWidget) -> QGroupBox:
        group = named(QGroupBox(), name)
        layout = QVBoxLayout(group)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(chart, 1)
        return group

    # --- showing -------------------------------------------------------------------
    def show_loading(self) -> None:
        """Before the first portfolio arrives."""
        self._show_message("loading")

    def show_failed(self) -> None:
        """Reading failed: say so, unless an earlier portfolio is on screen."""
        self.set_updating(False)
        if self.board is None:
            self._show_message("failed")

    def set_updating(self, busy: bool) -> None:
        """A newer portfolio is being read; what shows stays until it arrives."""
        self.updating_label.setVisible(busy)

    def show_board(self, board: PortfolioDashboard, now: datetime) -> None:
        """Show this portfolio, as of `now` (naive UTC)."""
        self.board, self._now = board, now
        self.set_updating(False)
        if board.customers == 0:
            self._show_message("empty")
            return
        self.pages.setCurrentIndex(CONTENT_PAGE)
        self.attention.set_items(board.attention, now)
        self._fill_cards()
        self.relationship_chart.set_counts(board.relationship_stages)
        self.funnel_chart.set_counts(board.lifecycle_stages)
        self.nps_chart.set_points(board.nps_by_quarter)
        self.principles_chart.set_scores(board.average_scores, board.average_health)
        self._fill_currencies()

    def _show_message(self, message: str) -> None:
        self._message = message
        self.pages.setCurrentIndex(MESSAGE_PAGE)
        self._fill_message()

    def _fill_message(self) -> None:
        texts = {
            "loading": self.tr("Reading your portfolio…"),
            "empty": self.tr(
                "Your portfolio is empty. Add a customer, or load the sample portfolio from "
                "the File menu, and the dashboard shows how your relationships are doing."
            ),
            "failed": self.tr(
                "The dashboard could not be read. Switch to another tab and back to try "
                "again; the details are in the log file in the data folder."
            ),
        }
        self.message_label.setText(texts[self._message])

    def _fill_currencies(self) -> None:
        """The currencies in use; the chosen one stays, else the main currency."""
        assert self.board is not None
        codes = sorted(self.board.economics)
        chosen = self.currency_combo.currentText() or self.board.main_currency
        self.currency_combo.blockSignals(True)
        self.currency_combo.clear()
        self.currency_combo.addItems(codes)
        index = self.currency_combo.findText(
            chosen if chosen in codes else self.board.main_currency
        )
        self.currency_combo.setCurrentIndex(max(index, 0) if codes else -1)
        self.currency_combo.blockSignals(False)
        self.currency_combo.setEnabled(len(codes) > 1)
        self._currency_changed()

    def _currency_changed(self) -> None:
        if self.board is None:
            return
        currency = self.currency_combo.currentText()
        self.economics_chart.set_economics(self.board.economics.get(currency, {}), currency)

    def _fill_cards(self) -> None:
        board = self.board
        if board is None:
            return
        self.customers_card.set_figure(_number(board.customers), "")
        self._fill_nps_card()
        if board.average_health is None:
            self.health_card.set_figure("—", self.tr("no scores yet"))
        else:
            self.health_card.set_figure(_number(board.average_health), self.tr("out of 100"))
        items = self.attention.model.rowCount()
        self.attention_card.set_figure(
            _number(self.attention.model.customers()),
            self.tr("customers, %Ln item(s) in the list", "", items),
        )
        reach = board.reach_out
        self.reach_out_card.set_figure(
            _number(reach.drifting),
            self.tr("%Ln past their stay-in-touch interval", "", reach.past_interval),
        )

    def _fill_nps_card(self) -> None:
        assert self.board is not None
        values = [value for _, value in self.board.nps_by_quarter]
        current = values[-1] if values else None
        before = values[-2] if len(values) > 1 else None
        if current is None:
            self.nps_card.set_figure("—", self.tr("no valid answers this quarter"))
            return
        if before is None:
            self.nps_card.set_figure(_signed(current), self.tr("this quarter"))
            return
        change = current - before
        arrow, colour = ("▲", UP_COLOUR) if change > 0 else ("▼", DOWN_COLOUR)
        if change == 0:
            note = self.tr("same as last quarter")
        else:
            note = f'<span style="color:{colour}">{arrow}</span> ' + self.tr(
                "%1 since last quarter"
            ).replace("%1", _signed(change))
        self.nps_card.set_figure(_signed(current), note)

    # --- language ------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.customers_card.caption.setText(self.tr("Customers"))
        self.nps_card.caption.setText(self.tr("Net Promoter Score"))
        self.nps_card.setToolTip(
            self.tr(
                "% promoters (9-10) minus % detractors (0-6) among the contacts' latest "
                "answers of the last 12 months"
            )
        )
        self.health_card.caption.setText(self.tr("Average health"))
        self.attention_card.caption.setText(self.tr("Needs attention"))
        self.reach_out_card.caption.setText(self.tr("Drifting apart"))
        self.reach_out_card.setToolTip(
            self.tr("Customers drifting apart; Today lists them with those to call")
        )
        self.updating_label.setText(self.tr("Updating…"))
        self.groups["relationship"].setTitle(self.tr("Customers per relationship stage"))
        self.groups["funnel"].setTitle(self.tr("Lifecycle funnel"))
        self.groups["nps"].setTitle(self.tr("Net Promoter Score per quarter"))
        self.groups["principles"].setTitle(self.tr("Average principle scores"))
        self.groups["economics"].setTitle(
            self.tr("Revenue, cost to serve and profit per lifecycle stage, last 12 months")
        )
        self.currency_label.setText(self.tr("&Currency:"))
        self._fill_message()
        self._fill_cards()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
