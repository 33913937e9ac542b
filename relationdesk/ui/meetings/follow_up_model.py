"""Open follow-ups for the Today view: what is due, for whom, and whether it is late.

Due moments are stored as naive UTC but the user thinks in local days: the helpers here
convert between the two.
"""

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QColor, QFont

from relationdesk.domain.text import fold
from relationdesk.l10n.formatting import local_datetime, qdate, short_date
from relationdesk.palette import BAD
from relationdesk.services.follow_ups import FollowUpRow
from relationdesk.ui.shared.translated_headers import RowTableModel

HEADERS = (
    QT_TRANSLATE_NOOP("FollowUpTableModel", "Due"),
    QT_TRANSLATE_NOOP("FollowUpTableModel", "Customer"),
    QT_TRANSLATE_NOOP("FollowUpTableModel", "Follow-up"),
)
DUE_COLUMN, CUSTOMER_COLUMN, TITLE_COLUMN = range(3)
ID_ROLE = Qt.ItemDataRole.UserRole
CUSTOMER_ROLE = Qt.ItemDataRole.UserRole + 1
# What a proxy sorts by: the moment for "Due" (its text is locale-formatted and would sort
# wrongly), diacritic- and case-blind text for the others.
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_COLOR = QColor(BAD)
_Index = QModelIndex | QPersistentModelIndex


def to_date(day: QDate) -> date:
    """A QDate as a Python date (PySide's toPython() is typed as returning object)."""
    return date(day.year(), day.month(), day.day())


def stored_moment(day: date, at: QTime) -> datetime:
    """A local wall-clock time on `day`, as the naive UTC moment the services store."""
    moment = QDateTime(qdate(day), at)  # local time
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC).replace(tzinfo=None)


def local_date(row: FollowUpRow) -> date:
    """The day the follow-up is due on the user's own calendar (stored times are UTC)."""
    return to_date(local_datetime(row.due_at).date())


class FollowUpTableModel(RowTableModel):
    HEADER_CONTEXT = "FollowUpTableModel"
    HEADERS = HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[FollowUpRow] = []
        # Per row, computed once: displayed texts, sort keys, overdue. Sorting and sizing
        # ask data() tens of thousands of times for a few hundred rows.
        self._shown: list[tuple[tuple[str, str, str], tuple[str, str, str], bool] | None] = []
        self._today = date.today()

    def set_rows(self, rows: list[FollowUpRow], today: date) -> None:
        """Show these follow-ups; `today` is the user's local date, which decides "overdue"."""
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self._shown = [None] * len(self._rows)  # texts are made when first shown
        self.endResetModel()

    def _texts(self, row: int) -> tuple[tuple[str, str, str], tuple[str, str, str], bool]:
        """Displayed texts, sort keys and overdue of one row, computed once: sorting and
        sizing ask data() tens of thousands of times for a few hundred rows."""
        shown = self._shown[row]
        if shown is None:
            item = self._rows[row]
            shown = (
                (short_date(item.due_at), item.customer_name, item.title),
                (item.due_at.isoformat(), fold(item.customer_name), fold(item.title)),
                local_date(item) < self._today,
            )
            self._shown[row] = shown
        return shown

    def follow_up(self, row: int) -> FollowUpRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def is_overdue(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._texts(row)[2]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == ID_ROLE:
            return row.id
        if role == CUSTOMER_ROLE:
            return row.customer_id
        if role == SORT_ROLE:
            if column == DUE_COLUMN:  # sorting by date needs no text at all
                return row.due_at.isoformat()
            return self._texts(index.row())[1][column]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(index.row())[0][column]
        if column == DUE_COLUMN and self.is_overdue(index.row()):
            return self._overdue_data(row, role)
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE_COLUMN:
            return row.title
        return None

    def _overdue_data(self, row: FollowUpRow, role: int) -> Any:
        # Red alone says nothing to a colour-blind user or a screen reader: the tooltip
        # says it in words.
        if role == Qt.ItemDataRole.ForegroundRole:
            return OVERDUE_COLOR
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            days = (self._today - local_date(row)).days
            # self.tr, not QCoreApplication.translate: lupdate 6.11 sees a plural only here.
            return self.tr("Overdue by %n day(s)", "", days)
        return None

    def retranslate(self) -> None:
        """Headers, dates and tooltips follow the language (and its locale) at run time."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        self._shown = [None] * len(self._rows)  # dates are formatted again, in the new locale
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(HEADERS) - 1)
            )
