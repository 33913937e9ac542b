"""One customer's economics, a row per period: revenue, the cost-to-serve split, profit
and margin, in the customer's currency and the user's locale."""

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtGui import QColor

from relationdesk.domain.economics import PeriodKind
from relationdesk.l10n.formatting import qdate
from relationdesk.l10n.lifecycle_labels import money, percent
from relationdesk.palette import BAD
from relationdesk.services.economics import PeriodRow
from relationdesk.ui.shared.text_rows_model import TextRowsModel

LOSS_COLOR = QColor(BAD)
# Column: the PeriodFigures attribute it shows (None: not an amount).
_AMOUNTS = (None, "revenue", "care_cost", "assistance_cost", "other_cost", "meeting_cost",
            "cost_to_serve", "profit")  # fmt: skip
PROFIT_COLUMN, MARGIN_COLUMN = 7, 8


def period_label(row: PeriodRow) -> str:
    start = row.figures.starts_on
    if row.kind is PeriodKind.MONTH:
        return QLocale().toString(qdate(start), "MMMM yyyy")
    return f"Q{(start.month - 1) // 3 + 1} {start.year}"


class EconomicsModel(TextRowsModel[PeriodRow]):
    HEADER_CONTEXT = "EconomicsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("EconomicsModel", "Period"),
        QT_TRANSLATE_NOOP("EconomicsModel", "Revenue"),
        QT_TRANSLATE_NOOP("EconomicsModel", "Customer care"),
        QT_TRANSLATE_NOOP("EconomicsModel", "Assistance"),
        QT_TRANSLATE_NOOP("EconomicsModel", "Other"),
        QT_TRANSLATE_NOOP("EconomicsModel", "Meeting time"),
        QT_TRANSLATE_NOOP("EconomicsModel", "Cost to serve"),
        QT_TRANSLATE_NOOP("EconomicsModel", "Profit"),
        QT_TRANSLATE_NOOP("EconomicsModel", "Margin"),
        QT_TRANSLATE_NOOP("EconomicsModel", "Orders"),
        QT_TRANSLATE_NOOP("EconomicsModel", "Product lines"),
        QT_TRANSLATE_NOOP("EconomicsModel", "Note"),
    )
    NUMBER_COLUMNS = frozenset(range(1, 11))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.currency = ""

    def set_currency(self, currency: str) -> None:
        self.currency = currency

    def texts(self, row: PeriodRow) -> tuple[str, ...]:
        figures = row.figures
        amounts = tuple(money(getattr(figures, name), self.currency) for name in _AMOUNTS[1:])
        locale = QLocale()
        return (
            period_label(row),
            *amounts,
            percent(figures.margin),
            locale.toString(row.orders),
            locale.toString(row.product_lines),
            row.note,
        )

    def sort_key(self, row: PeriodRow, column: int, text: str) -> Any:
        if column == 0:
            return row.figures.starts_on.isoformat()
        if column < len(_AMOUNTS):
            return getattr(row.figures, str(_AMOUNTS[column]))
        if column == MARGIN_COLUMN:
            return -1e9 if row.figures.margin is None else row.figures.margin
        if column in (9, 10):
            return row.orders if column == 9 else row.product_lines
        return super().sort_key(row, column, text)

    def foreground(self, row: PeriodRow, column: int) -> Any:
        return LOSS_COLOR if column == PROFIT_COLUMN and row.figures.profit < 0 else None

    def tooltip(self, row: PeriodRow, column: int, text: str) -> str | None:
        if column == 5:
            minutes = round(row.meeting_minutes)
            return QCoreApplication.translate(
                "EconomicsModel", "%1 minutes of meetings logged in this period."
            ).replace("%1", QLocale().toString(minutes))
        return super().tooltip(row, column, text)
