"""One customer's give-and-take ledger: who gave what, and whether it came back.

Power plays (one-sided demands, risks shifted onto the other side) are shown in a warning
colour, with a tooltip saying why, because they are what the autonomy principle warns about.
"""

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from relationdesk.domain.text import fold
from relationdesk.l10n.formatting import short_date
from relationdesk.l10n.labels import ledger_kind_label, side_label
from relationdesk.palette import CAUTION
from relationdesk.services.evidence_facts import LedgerRow
from relationdesk.ui.shared.translated_headers import RowTableModel

HEADERS = (
    QT_TRANSLATE_NOOP("LedgerTableModel", "Date"),
    QT_TRANSLATE_NOOP("LedgerTableModel", "Given by"),
    QT_TRANSLATE_NOOP("LedgerTableModel", "What"),
    QT_TRANSLATE_NOOP("LedgerTableModel", "Description"),
    QT_TRANSLATE_NOOP("LedgerTableModel", "Value"),
    QT_TRANSLATE_NOOP("LedgerTableModel", "Returned"),
)
DATE_COLUMN, SIDE_COLUMN, KIND_COLUMN, DESCRIPTION_COLUMN, VALUE_COLUMN, RETURNED_COLUMN = range(
    len(HEADERS)
)
ID_ROLE = Qt.ItemDataRole.UserRole
# What a proxy sorts by: the moment for the date, the number for the value (their texts are
# locale-formatted and would sort wrongly), diacritic- and case-blind text for the others.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
POWER_PLAY_COLOR = QColor(CAUTION)
NOT_RETURNED = "—"
_Index = QModelIndex | QPersistentModelIndex


def format_value(value: float | None, currency: str) -> str:
    """An estimated value in the user's locale, with the customer's currency when known."""
    if value is None:
        return ""
    decimals = 0 if float(value).is_integer() else 2
    number = QLocale().toString(float(value), "f", decimals)
    return f"{number} {currency}" if currency else number


class LedgerTableModel(RowTableModel):
    HEADER_CONTEXT = "LedgerTableModel"
    HEADERS = HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[LedgerRow] = []
        self._currency = ""
        self._shown: list[tuple[str, ...]] = []  # texts per row, computed once per reset

    def set_rows(self, rows: list[LedgerRow], currency: str = "") -> None:
        """Show these entries; values carry `currency` ("" when the customer's is unknown)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._currency = currency
        self._shown = [self._texts(row) for row in self._rows]
        self.endResetModel()

    def entry(self, row: int) -> LedgerRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def entries(self) -> list[LedgerRow]:
        return list(self._rows)

    def _texts(self, row: LedgerRow) -> tuple[str, ...]:
        # A power play is not something given, so "not returned" would mislead.
        returned = "" if row.kind.is_power_play else row.returned_by_description or NOT_RETURNED
        return (
            short_date(row.occurred_at),
            side_label(row.given_by),
            ledger_kind_label(row.kind),
            row.description,
            format_value(row.value, self._currency),
            returned,
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown[index.row()][column]
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self._sort_key(row, column, self._shown[index.row()][column])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VALUE_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.kind.is_power_play:
            return POWER_PLAY_COLOR
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    @staticmethod
    def _sort_key(row: LedgerRow, column: int, text: str) -> Any:
        if column == DATE_COLUMN:
            return row.occurred_at.isoformat()
        if column == VALUE_COLUMN:
            return -1.0 if row.value is None else float(row.value)
        return fold(text)

    @staticmethod
    def _tooltip(row: LedgerRow, column: int) -> str | None:
        # The colour alone says nothing to a colour-blind user or a screen reader.
        if row.kind.is_power_play:
            return QCoreApplication.translate(
                "LedgerTableModel",
                "A power play: it weighs on the autonomy of the relationship.",
            )
        if column == DESCRIPTION_COLUMN and row.description:
            return row.description
        if column == RETURNED_COLUMN and row.returned_by_description:
            return row.returned_by_description
        return None

    def retranslate(self) -> None:
        """Headers, labels, dates and numbers follow the language (and its locale)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        self._shown = [self._texts(row) for row in self._rows]
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(HEADERS) - 1)
            )
