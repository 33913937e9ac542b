"""Add or edit one period (a month or a quarter) of a customer's economics: revenue,
the cost-to-serve split into customer care, assistance and other, and what was bought."""

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from relationdesk.db.database import Database
from relationdesk.domain.economics import PeriodKind, period_bounds
from relationdesk.domain.validation import FieldError, Problem
from relationdesk.l10n.lifecycle_labels import period_kind_label
from relationdesk.services.economics import PeriodInput, PeriodRow, save_period
from relationdesk.services.errors import ValidationFailed
from relationdesk.ui.lifecycle.ledger_dialog import parse_value
from relationdesk.ui.shared.form_dialog import FormDialog
from relationdesk.ui.shared.qt_helpers import named, resize_within_screen

AMOUNT_FIELDS = ("revenue", "care_cost", "assistance_cost", "other_cost")
MAX_COUNT = 1_000_000


def parse_amount(text: str) -> int | None:
    """Cents from the user's number ("1.250,50" in Romanian, or with a plain dot); empty
    means zero; None when it is not a number."""
    value, ok = parse_value(text.replace("\u00a0", " ").replace(" ", ""))
    if not ok:
        return None
    return 0 if value is None else round(value * 100)


def amount_text(cents: int) -> str:
    decimals = 0 if cents % 100 == 0 else 2
    return QLocale().toString(cents / 100, "f", decimals)


class PeriodDialog(FormDialog):
    def __init__(
        self,
        db: Database,
        parent: QWidget | None,
        customer_id: str,
        currency: str,
        period: PeriodRow | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("periodDialog")
        self._db = db
        self._customer_id = customer_id
        self._period = period
        self._currency = currency
        self.kind_combo = named(QComboBox(), "periodKindCombo")
        for kind in PeriodKind:
            self.kind_combo.addItem("", kind.value)
        self.number_combo = named(QComboBox(), "periodNumberCombo")
        self.year_spin = named(QSpinBox(), "periodYearSpin")
        self.year_spin.setRange(1990, 2100)
        self.year_spin.setGroupSeparatorShown(False)
        when = QWidget()
        when_layout = QHBoxLayout(when)
        when_layout.setContentsMargins(0, 0, 0, 0)
        for part in (self.kind_combo, self.number_combo, self.year_spin):
            when_layout.addWidget(part)
        when_layout.addStretch()
        when.setFocusProxy(self.kind_combo)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._fill_numbers())
        self.amount_edits = {name: named(QLineEdit(), f"{name}Edit") for name in AMOUNT_FIELDS}
        self.orders_spin = named(QSpinBox(), "ordersSpin")
        self.lines_spin = named(QSpinBox(), "productLinesSpin")
        for spin in (self.orders_spin, self.lines_spin):
            spin.setRange(0, MAX_COUNT)
        self.note_edit = named(QLineEdit(), "periodNoteEdit")
        self.meeting_hint = named(QLabel(), "meetingCostHint")
        self.meeting_hint.setWordWrap(True)
        self.add_field("period", when)
        for name in AMOUNT_FIELDS:
            self.add_field(name, self.amount_edits[name])
        self.add_field("meeting_cost", self.meeting_hint)
        for name, widget in (
            ("orders", self.orders_spin),
            ("product_lines", self.lines_spin),
            ("note", self.note_edit),
        ):
            self.add_field(name, widget)
        self._load(period)
        self.retranslate_ui()
        resize_within_screen(self, 520, self.sizeHint().height())

    def _load(self, period: PeriodRow | None) -> None:
        today = QDate.currentDate()
        if period is None:
            # A new period is usually last month's figures.
            last_month = today.addMonths(-1)
            self.year_spin.setValue(last_month.year())
            self._fill_numbers()
            self.number_combo.setCurrentIndex(last_month.month() - 1)
            return
        figures = period.figures
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(period.kind.value))
        self.year_spin.setValue(figures.starts_on.year)
        self._fill_numbers()
        months = 1 if period.kind is PeriodKind.MONTH else 3
        self.number_combo.setCurrentIndex((figures.starts_on.month - 1) // months)
        for name in AMOUNT_FIELDS:
            self.amount_edits[name].setText(amount_text(getattr(figures, name)))
        self.orders_spin.setValue(period.orders)
        self.lines_spin.setValue(period.product_lines)
        self.note_edit.setText(period.note)

    def _kind(self) -> PeriodKind:
        return PeriodKind(self.kind_combo.currentData() or PeriodKind.MONTH.value)

    def _fill_numbers(self) -> None:
        """Month names, or Q1-Q4, in the user's language."""
        kept = max(0, self.number_combo.currentIndex())
        self.number_combo.clear()
        if self._kind() is PeriodKind.MONTH:
            locale = QLocale()
            for month in range(1, 13):
                self.number_combo.addItem(locale.standaloneMonthName(month), month)
        else:
            for quarter in range(1, 5):
                self.number_combo.addItem(f"Q{quarter}", quarter)
                kept = min(kept, 3)
        self.number_combo.setCurrentIndex(kept)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Edit period") if self._period is not None else self.tr("New period")
        )

        def in_currency(label: str) -> str:  # "Revenue (RON):"
            return f"{label.rstrip(':')} ({self._currency}):" if self._currency else label

        self.set_label("period", self.tr("&Period:"))
        self.set_label("revenue", in_currency(self.tr("&Revenue:")))
        self.set_label("care_cost", in_currency(self.tr("&Customer care cost:")))
        self.set_label("assistance_cost", in_currency(self.tr("&Assistance cost:")))
        self.set_label("other_cost", in_currency(self.tr("O&ther cost to serve:")))
        self.set_label("meeting_cost", "")
        self.set_label("orders", self.tr("&Orders:"))
        self.set_label("product_lines", self.tr("Product &lines bought:"))
        self.set_label("note", self.tr("&Note:"))
        for index in range(self.kind_combo.count()):
            kind = PeriodKind(self.kind_combo.itemData(index))
            self.kind_combo.setItemText(index, period_kind_label(kind))
        self.meeting_hint.setText(
            self.tr(
                "The time of the meetings logged in this period is added to the cost to "
                "serve, at the hourly rate set in Settings."
            )
        )
        self.lines_spin.setToolTip(
            self.tr("How many different product lines they bought: a wide range marks an account.")
        )

    def bounds(self) -> tuple[date, date]:
        number = int(self.number_combo.currentData() or 1)
        return period_bounds(self._kind(), self.year_spin.value(), number)

    def fields(self) -> PeriodInput:
        amounts: dict[str, int] = {}
        errors = []
        for name in AMOUNT_FIELDS:
            cents = parse_amount(self.amount_edits[name].text())
            if cents is None:
                errors.append(FieldError(name, Problem.NOT_A_NUMBER))
            else:
                amounts[name] = cents
        if errors:
            raise ValidationFailed(errors)
        starts_on, ends_on = self.bounds()
        return PeriodInput(
            kind=self._kind(),
            starts_on=starts_on,
            ends_on=ends_on,
            orders=self.orders_spin.value(),
            product_lines=self.lines_spin.value(),
            note=self.note_edit.text(),
            **amounts,
        )

    def save(self) -> str | None:
        return save_period(
            self._db,
            self._customer_id,
            self.fields(),
            self._period.id if self._period is not None else None,
        )
