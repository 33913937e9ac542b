"""One customer's commitments: promises made by either side, and how they turned out.

Integrity is doing what was promised, so the outcome is coloured (broken red, kept green,
late amber) and an open promise past its due date shows its due date in red.
"""

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from relationdesk.domain.evidence import CommitmentFact, CommitmentOutcome
from relationdesk.domain.text import fold
from relationdesk.l10n.formatting import local_datetime, short_date
from relationdesk.l10n.labels import outcome_label, side_label
from relationdesk.palette import BAD, GOOD, WARNING
from relationdesk.ui.meetings.follow_up_model import to_date
from relationdesk.ui.shared.translated_headers import RowTableModel

HEADERS = (
    QT_TRANSLATE_NOOP("CommitmentTableModel", "Promised on"),
    QT_TRANSLATE_NOOP("CommitmentTableModel", "By"),
    QT_TRANSLATE_NOOP("CommitmentTableModel", "Promise"),
    QT_TRANSLATE_NOOP("CommitmentTableModel", "Due"),
    QT_TRANSLATE_NOOP("CommitmentTableModel", "Outcome"),
)
MADE_COLUMN, SIDE_COLUMN, PROMISE_COLUMN, DUE_COLUMN, OUTCOME_COLUMN = range(len(HEADERS))
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # moments for dates, folded text for the rest
OUTCOME_COLORS = {
    CommitmentOutcome.BROKEN: QColor(BAD),
    CommitmentOutcome.KEPT: QColor(GOOD),
    CommitmentOutcome.LATE: QColor(WARNING),
}
OVERDUE_COLOR = QColor(BAD)
_Index = QModelIndex | QPersistentModelIndex


def is_overdue(fact: CommitmentFact, today: date) -> bool:
    """Still open on the user's calendar day after the one it was due."""
    return (
        fact.outcome is CommitmentOutcome.OPEN
        and fact.due is not None
        and to_date(local_datetime(fact.due).date()) < today
    )


class CommitmentTableModel(RowTableModel):
    HEADER_CONTEXT = "CommitmentTableModel"
    HEADERS = HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CommitmentFact] = []
        self._shown: list[tuple[str, ...]] = []
        self._today = date.today()

    def set_rows(self, rows: list[CommitmentFact], today: date | None = None) -> None:
        """Show these commitments; `today` (the user's local date) decides "overdue"."""
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today or date.today()
        self._shown = [self._texts(fact) for fact in self._rows]
        self.endResetModel()

    def commitment(self, row: int) -> CommitmentFact | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def is_overdue(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and is_overdue(self._rows[row], self._today)

    @staticmethod
    def _texts(fact: CommitmentFact) -> tuple[str, ...]:
        return (
            short_date(fact.when),
            side_label(fact.made_by),
            fact.description,
            short_date(fact.due),
            outcome_label(fact.outcome),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        fact, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown[index.row()][column]
        if role == ID_ROLE:
            return fact.id
        if role == SORT_ROLE:
            return self._sort_key(fact, column, self._shown[index.row()][column])
        if column == OUTCOME_COLUMN and role == Qt.ItemDataRole.ForegroundRole:
            return OUTCOME_COLORS.get(fact.outcome)
        if column == DUE_COLUMN and self.is_overdue(index.row()):
            return self._overdue_data(fact, role)
        if column == PROMISE_COLUMN and role == Qt.ItemDataRole.ToolTipRole:
            return fact.description or None
        return None

    @staticmethod
    def _sort_key(fact: CommitmentFact, column: int, text: str) -> str:
        if column == MADE_COLUMN:
            return fact.when.isoformat()
        if column == DUE_COLUMN:
            return fact.due.isoformat() if fact.due else ""
        return fold(text)

    def _overdue_data(self, fact: CommitmentFact, role: int) -> Any:
        # Red alone says nothing to a colour-blind user or a screen reader: the tooltip
        # says it in words.
        if role == Qt.ItemDataRole.ForegroundRole:
            return OVERDUE_COLOR
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and fact.due is not None:
            days = (self._today - to_date(local_datetime(fact.due).date())).days
            # self.tr, not QCoreApplication.translate: lupdate 6.11 sees a plural only here.
            return self.tr("Still open, overdue by %n day(s)", "", days)
        return None

    def retranslate(self) -> None:
        """Headers, labels and dates follow the language (and its locale) at run time."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        self._shown = [self._texts(fact) for fact in self._rows]
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(HEADERS) - 1)
            )
