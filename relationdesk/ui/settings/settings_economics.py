"""The Economics page of the settings: what an hour of meeting time costs in each
currency, seed 004's thresholds for a candidate to disengage (docs/domain.md §4), and when a
customer counts as gone quiet on the dashboard."""

from collections.abc import Iterable
from typing import TypeVar

from PySide6.QtCore import QEvent, QLocale, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from relationdesk import settings as keys
from relationdesk.domain.currencies import is_currency_code, normalise_currency
from relationdesk.domain.economics import format_hourly_rates, parse_hourly_rates
from relationdesk.palette import ERROR_TEXT_STYLE, INVALID_FIELD_STYLE
from relationdesk.settings import Setting, Settings
from relationdesk.ui.shared.qt_helpers import named

MAX_HOURLY_RATE = 99_999_999.99  # major units: room for an hour in IDR
_PROBLEM_STYLE = ERROR_TEXT_STYLE
_INVALID_STYLE = INVALID_FIELD_STYLE
T = TypeVar("T")


def _store(settings: Settings, setting: Setting[T], value: T) -> bool:
    if settings.get(setting) == value:
        return False
    settings.set(setting, value)
    return True


def _form(parent: QWidget | None) -> QFormLayout:
    """A form whose fields keep their natural width: a percentage needs no full line."""
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    return form


def _spin(name: str, low: int, high: int, value: int, step: int = 1) -> QSpinBox:
    spin = named(QSpinBox(), name)
    spin.setRange(low, high)
    spin.setSingleStep(step)
    spin.setValue(value)
    return spin


class EconomicsSettingsPage(QWidget):
    """Edits the rates of any number of currencies through one currency combo and one
    amount: switching the currency shows its rate, every edit is kept until OK."""

    def __init__(
        self, settings: Settings, currencies: Iterable[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("economicsSettingsPage")
        self._saved_rates = parse_hourly_rates(settings.get(keys.HOURLY_RATES))
        self.rates: dict[str, int] = dict(self._saved_rates)  # minor units an hour
        codes = {normalise_currency(c) for c in (*self.rates, *currencies)}
        self.currency_combo = named(QComboBox(), "rateCurrencyCombo")
        self.currency_combo.setEditable(True)  # any ISO 4217 code can be typed
        self.currency_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency_combo.setMinimumContentsLength(6)
        self.currency_combo.addItems(sorted(c for c in codes if is_currency_code(c)))
        self.currency_combo.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self.currency_combo)
        )
        self.rate_spin = named(QDoubleSpinBox(), "hourlyRateSpin")
        self.rate_spin.setDecimals(2)
        self.rate_spin.setRange(0.0, MAX_HOURLY_RATE)
        self.rate_spin.setGroupSeparatorShown(True)
        self.rate_spin.setSingleStep(5.0)
        self.currency_label = named(QLabel(), "rateCurrencyLabel")
        self.rate_label = named(QLabel(), "hourlyRateLabel")
        self.currency_label.setBuddy(self.currency_combo)
        self.rate_label.setBuddy(self.rate_spin)
        self.rates_summary = named(QLabel(), "ratesSummaryLabel")
        self.rates_summary.setWordWrap(True)
        self.problem_label = named(QLabel(), "currencyProblemLabel")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(_PROBLEM_STYLE)
        self.problem_label.hide()
        self.rates_box = named(QGroupBox(), "hourlyRatesGroup")
        rates_form = _form(self.rates_box)
        rates_form.addRow(self.currency_label, self.currency_combo)
        rates_form.addRow(self.rate_label, self.rate_spin)
        rates_form.addRow(self.problem_label)
        rates_form.addRow(self.rates_summary)

        get = settings.get
        self.cost_spin = _spin("disengageCostSpin", 5, 500, get(keys.DISENGAGE_COST_PERCENT), 5)
        self.health_spin = _spin("disengageHealthSpin", 0, 100, get(keys.DISENGAGE_WEAK_HEALTH))
        self.health_spin.setSuffix(" / 100")  # the principles' health, a 0-100 score
        self.drop_spin = _spin(
            "disengageRevenueDropSpin", 1, 100, get(keys.DISENGAGE_REVENUE_DROP_PERCENT)
        )
        self.quiet_spin = _spin("quietDaysSpin", 7, 730, get(keys.QUIET_DAYS), 7)
        self.rule_label = named(QLabel(), "disengageRuleLabel")
        self.rule_label.setWordWrap(True)
        self.cost_label = named(QLabel(), "disengageCostLabel")
        self.health_label = named(QLabel(), "disengageHealthLabel")
        self.drop_label = named(QLabel(), "disengageRevenueDropLabel")
        self.quiet_label = named(QLabel(), "quietDaysLabel")
        self.disengage_box = named(QGroupBox(), "disengageGroup")
        disengage_form = _form(self.disengage_box)
        disengage_form.addRow(self.rule_label)
        for label, spin in (
            (self.cost_label, self.cost_spin),
            (self.health_label, self.health_spin),
            (self.drop_label, self.drop_spin),
        ):
            label.setBuddy(spin)
            disengage_form.addRow(label, spin)
        self.quiet_label.setBuddy(self.quiet_spin)
        self.quiet_box = named(QGroupBox(), "quietGroup")
        _form(self.quiet_box).addRow(self.quiet_label, self.quiet_spin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rates_box)
        layout.addWidget(self.disengage_box)
        layout.addWidget(self.quiet_box)
        layout.addStretch(1)

        self.currency_combo.editTextChanged.connect(self._show_currency)
        self.rate_spin.valueChanged.connect(self._keep_rate)
        start = "EUR" if "EUR" in self.rates else next(iter(sorted(self.rates)), "")
        self.currency_combo.setCurrentText(start or self.currency_combo.itemText(0))
        self._show_currency(self.currency_combo.currentText())
        self.retranslate_ui()

    # --- rates ---------------------------------------------------------------------------

    def current_code(self) -> str:
        return normalise_currency(self.currency_combo.currentText())

    def _show_currency(self, text: str) -> None:
        """The rate of the currency now in the combo; a complete but unknown code says so."""
        code = normalise_currency(text)
        known = is_currency_code(code)
        self.rate_spin.setEnabled(known)
        self.rate_spin.blockSignals(True)
        self.rate_spin.setValue(self.rates.get(code, 0) / 100 if known else 0.0)
        self.rate_spin.blockSignals(False)
        self.rate_spin.setSuffix(f" {code}" if known else "")
        self._show_problem(show=len(code) == 3 and not known)

    def _keep_rate(self, value: float) -> None:
        code = self.current_code()
        if is_currency_code(code):
            self.rates[code] = round(value * 100)
            self._show_summary()

    def problem(self) -> str | None:
        """Why the page cannot be saved (an unknown currency typed), or None."""
        code = self.current_code()
        if not code or is_currency_code(code):
            return None
        return self._problem_text(code)

    def show_problem(self) -> None:
        """After a refused OK: the message, and the focus on the code to correct."""
        self._show_problem(show=True)
        self.currency_combo.setFocus()

    def _problem_text(self, code: str) -> str:
        return self.tr(
            "“%1” is not a currency code. Type a three-letter ISO 4217 code, such as EUR "
            "or RON, or choose one from the list; nothing is saved until then."
        ).replace("%1", code)

    def _show_problem(self, show: bool) -> None:
        if show:
            self.problem_label.setText(self._problem_text(self.current_code()))
        self.problem_label.setVisible(show)
        self.currency_combo.setStyleSheet(_INVALID_STYLE if show else "")

    def _money(self, minor_units: int) -> str:
        return QLocale().toString(minor_units / 100, "f", 2)

    def _show_summary(self) -> None:
        rates = {code: value for code, value in sorted(self.rates.items()) if value > 0}
        if not rates:
            self.rates_summary.setText(
                self.tr("No rate set: meeting time counts as nothing in cost-to-serve.")
            )
            return
        shown = ", ".join(f"{code} {self._money(value)}" for code, value in rates.items())
        self.rates_summary.setText(self.tr("Rates per hour: %1").replace("%1", shown))

    # --- saving --------------------------------------------------------------------------

    def save(self, settings: Settings) -> bool:
        """Write the page's values (a rate of 0 removes it); True when any changed."""
        rates = format_hourly_rates({c: v for c, v in self.rates.items() if v > 0})
        changed = _store(settings, keys.HOURLY_RATES, rates)
        for setting, spin in (
            (keys.DISENGAGE_COST_PERCENT, self.cost_spin),
            (keys.DISENGAGE_WEAK_HEALTH, self.health_spin),
            (keys.DISENGAGE_REVENUE_DROP_PERCENT, self.drop_spin),
            (keys.QUIET_DAYS, self.quiet_spin),
        ):
            changed = _store(settings, setting, spin.value()) or changed
        return changed

    # --- language ------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.rates_box.setTitle(self.tr("Hourly cost of meeting time"))
        self.currency_label.setText(self.tr("C&urrency:"))
        self.rate_label.setText(self.tr("&Rate per hour:"))
        self.currency_combo.setToolTip(
            self.tr("The currency whose rate you are editing; type any ISO code, such as CHF.")
        )
        self.rate_spin.setToolTip(
            self.tr(
                "What an hour of meeting time costs you in this currency; it counts into the "
                "cost-to-serve of customers billed in it. 0 removes the rate."
            )
        )
        self.disengage_box.setTitle(self.tr("Candidates to disengage"))
        self.rule_label.setText(
            self.tr(
                "A customer who costs a lot, has no stable relationship and is in the late, "
                "declining part of its life cycle is a candidate to disengage from: all three "
                "must hold, so your energy goes to more promising relationships."
            )
        )
        self.cost_label.setText(self.tr("High c&ost-to-serve from:"))
        self.cost_spin.setSuffix(self.tr(" % of revenue"))
        self.cost_spin.setToolTip(
            self.tr(
                "Costs a lot: over the last 12 months, serving the customer (care, assistance, "
                "other costs and meeting time) costs at least this share of its revenue."
            )
        )
        self.health_label.setText(self.tr("&Weak health below:"))
        self.health_spin.setToolTip(
            self.tr(
                "No stable relationship: the principles' health is below this score, or the "
                "relationship is still a business partnership after a year of meetings."
            )
        )
        self.drop_label.setText(self.tr("Re&venue drop from:"))
        self.drop_spin.setSuffix(self.tr(" %"))
        self.drop_spin.setToolTip(
            self.tr(
                "Declining: revenue of the last 12 months fell by at least this much against "
                "the 12 months before, or the customer moved down the lifecycle ladder."
            )
        )
        self.quiet_box.setTitle(self.tr("Dashboard"))
        self.quiet_label.setText(self.tr("Gone &quiet after:"))
        self.quiet_spin.setSuffix(self.tr(" days without a meeting"))
        self.quiet_spin.setToolTip(
            self.tr("A customer with no meeting for this long shows on the dashboard as quiet.")
        )
        self.rate_spin.setLocale(QLocale())  # the amount in the language's own format
        self._show_summary()
        if not self.problem_label.isHidden():
            self._show_problem(show=True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
