"""The economics of one relationship (docs/domain.md §4): revenue and cost-to-serve per
period, profit and margin over the last 12 months, and seed 004's disengage flag with
the conditions that hold."""

from collections.abc import Callable
from contextlib import suppress
from datetime import UTC, date, datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from relationdesk.db.database import Database
from relationdesk.domain.disengage import DisengageCheck, DisengageThresholds
from relationdesk.l10n.lifecycle_labels import disengage_reason, join_reasons, money, percent
from relationdesk.services.economics import EconomicsView, customer_disengage, economics_view
from relationdesk.services.errors import NotFound
from relationdesk.ui.lifecycle.economics_chart import EconomicsChart
from relationdesk.ui.lifecycle.economics_model import EconomicsModel, period_label
from relationdesk.ui.shared.changes import Changes, Topic
from relationdesk.ui.shared.messages import confirm
from relationdesk.ui.shared.qt_helpers import WARNING_BANNER_STYLE, banner, named
from relationdesk.ui.shared.record_section import RecordSection

# The salesperson's settings, read when the tab refreshes (they change in Settings).
RatesSource = Callable[[], dict[str, int]]
ThresholdsSource = Callable[[], DisengageThresholds]


class EconomicsTab(QWidget):
    """Announces Topic.ECONOMICS when a period is saved or deleted."""

    def __init__(
        self,
        db: Database,
        rates: RatesSource,
        thresholds: ThresholdsSource,
        parent: QWidget | None = None,
        changes: Changes | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("economicsTab")
        self._db = db
        if changes is None:  # on its own (tests): it reloads itself after its writes
            changes = Changes(self)
            changes.changed.connect(lambda _change: self.refresh())
        self._changes = changes  # in the customer pane, the pane reloads it (TAB_TOPICS)
        self._rates, self._thresholds = rates, thresholds
        self._customer_id: str | None = None
        self.view: EconomicsView | None = None
        self.check: DisengageCheck | None = None
        self.disengage_banner = banner("disengageBanner", WARNING_BANNER_STYLE)
        self.totals_label = named(QLabel(), "economicsTotals")
        bold = self.totals_label.font()
        bold.setBold(True)
        self.totals_label.setFont(bold)
        self.totals_label.setWordWrap(True)
        self.rate_label = named(QLabel(), "meetingRateLabel")
        self.rate_label.setWordWrap(True)
        self.model = EconomicsModel(self)
        self.periods = RecordSection(self.model, "Period", 0, 11)
        self.periods.sig_add.connect(lambda: self.open_period_dialog(editing=False))
        self.periods.sig_edit.connect(lambda: self.open_period_dialog(editing=True))
        self.periods.sig_delete.connect(self.delete_period)
        self.chart = EconomicsChart()
        self.splitter = named(QSplitter(Qt.Orientation.Vertical), "economicsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.periods)
        self.splitter.addWidget(self.chart)
        figures = QHBoxLayout()
        figures.addWidget(self.totals_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.disengage_banner)
        layout.addLayout(figures)
        layout.addWidget(self.rate_label)
        layout.addWidget(self.splitter, 1)
        self.retranslate_ui()
        self.set_customer(None)

    def set_customer(self, customer_id: str | None) -> None:
        self._customer_id = customer_id
        self.refresh()

    def refresh(self) -> None:
        kept = self.periods.selected_id()
        customer_id = self._customer_id
        rates = self._rates()
        now = datetime.now(UTC).replace(tzinfo=None)
        self.view = (
            economics_view(self._db.reader, customer_id, date.today(), rates)
            if customer_id
            else None
        )
        self.check = (
            customer_disengage(self._db.reader, customer_id, now, rates, self._thresholds())
            if customer_id
            else None
        )
        self.model.set_currency(self.view.currency if self.view else "")
        self.model.set_rows(self.view.periods if self.view else [])
        self.periods.fit_columns()
        self.periods.select_id(kept)
        self.periods.update_buttons(customer_id is not None)
        self.chart.set_periods(list(self.view.periods) if self.view else [], self.model.currency)
        self._fill_texts()

    def _fill_texts(self) -> None:
        view, check = self.view, self.check
        candidate = check is not None and check.candidate
        self.disengage_banner.setVisible(candidate)
        if check is not None and candidate:
            self.disengage_banner.setText(
                self.tr(
                    "Candidate to disengage from: %1. The rule: when a customer costs a lot, "
                    "has no stable relationship and is in the late phase of its life cycle, "
                    "move that energy to more promising relationships."
                ).replace("%1", join_reasons([disengage_reason(c) for c in check.details]))
            )
        if view is None:
            self.totals_label.setText("")
            self.rate_label.setText("")
            return
        totals = view.last_12_months
        self.totals_label.setText(
            self.tr("Last 12 months: revenue %1 · cost to serve %2 · profit %3 · margin %4")
            .replace("%1", money(totals.revenue, view.currency))
            .replace("%2", money(totals.cost_to_serve, view.currency))
            .replace("%3", money(totals.profit, view.currency))
            .replace("%4", percent(totals.margin))
        )
        if not view.currency:
            rate_text = self.tr(
                "This customer has no currency yet: choose one with Edit customer, so "
                "amounts and meeting time can be counted in it."
            )
        elif view.hourly_rate is None:
            rate_text = self.tr(
                "Meeting time is not counted: set an hourly rate for %1 in Settings."
            ).replace("%1", view.currency)
        else:
            rate_text = self.tr(
                "Meeting time counts into the cost to serve at %1 an hour (Settings)."
            ).replace("%1", money(view.hourly_rate, view.currency))
        self.rate_label.setText(rate_text)

    # --- actions -------------------------------------------------------------------
    def open_period_dialog(self, editing: bool = False) -> None:
        row = self.periods.selected_row() if editing else None
        period = self.model.row_at(row) if row is not None else None
        if self._customer_id is None or (editing and period is None):
            return
        from relationdesk.ui.reports.period_dialog import PeriodDialog

        dialog = PeriodDialog(self._db, self, self._customer_id, self.model.currency, period)
        dialog.open_then(self._saved)

    def _saved(self, period_id: str) -> None:
        self._announce()
        self.periods.select_id(period_id)

    def _announce(self) -> None:
        if self._customer_id is not None:
            self._changes.announce(Topic.ECONOMICS, customer_ids=[self._customer_id])

    def delete_period(self) -> None:
        row = self.periods.selected_row()
        period = self.model.row_at(row) if row is not None else None
        if period is None:
            return
        text = self.tr("Delete the figures of %1? This cannot be undone.").replace(
            "%1", period_label(period)
        )
        if confirm(self, self.tr("Delete period"), text, destructive=True):
            from relationdesk.services.economics import delete_period

            with suppress(NotFound):
                delete_period(self._db, period.id)
            self._announce()

    # --- language ------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.periods.title.setText(self.tr("Revenue and cost to serve"))
        self.periods.hint.setText(
            self.tr(
                "Profit = revenue − costs. Record each month or quarter: revenue, what "
                "customer care, assistance and the rest cost to serve this customer."
            )
        )
        self.periods.add_button.setText(self.tr("Add period…"))
        self.periods.edit_button.setText(self.tr("Edit…"))
        self.periods.delete_button.setText(self.tr("Delete"))
        self.model.retranslate()
        self._fill_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
