"""The customer list: lazily fetched pages, searched and sorted in SQL.

Deliberately not behind a QSortFilterProxyModel: a proxy sorts and filters only the rows
already fetched, which would be wrong for a lazy list of 20,000 customers. Search and
sort go to the database, which answers from its indexes in milliseconds.
"""

from dataclasses import replace
from datetime import UTC, datetime
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from relationdesk.domain.enums import LifecycleStage
from relationdesk.domain.stay_in_touch import TouchStatus, follow_up_overdue, list_touch_status
from relationdesk.l10n.formatting import short_date
from relationdesk.l10n.labels import TOUCH_COLOURS, touch_label
from relationdesk.l10n.lifecycle_labels import lifecycle_stage_label
from relationdesk.palette import CAUTION
from relationdesk.services.customer_directory import (
    SCORE_COLUMNS,
    WEAK_BELOW,
    CustomerDirectory,
    CustomerListRow,
    CustomerQuery,
    ListColumn,
    ListFilter,
)
from relationdesk.ui.shared.translated_headers import TranslatedHeaders

COLUMNS: tuple[tuple[ListColumn, object], ...] = (
    (ListColumn.NAME, QT_TRANSLATE_NOOP("CustomerTableModel", "Customer")),
    (ListColumn.LOCATION, QT_TRANSLATE_NOOP("CustomerTableModel", "City / country")),
    (ListColumn.INDUSTRY, QT_TRANSLATE_NOOP("CustomerTableModel", "Industry")),
    (ListColumn.OWNER, QT_TRANSLATE_NOOP("CustomerTableModel", "Owner")),
    (ListColumn.LAST_MEETING, QT_TRANSLATE_NOOP("CustomerTableModel", "Last meeting")),
    (ListColumn.NEXT_FOLLOW_UP, QT_TRANSLATE_NOOP("CustomerTableModel", "Next follow-up")),
    (ListColumn.HEALTH, QT_TRANSLATE_NOOP("CustomerTableModel", "Health")),
    (ListColumn.RECIPROCITY, QT_TRANSLATE_NOOP("CustomerTableModel", "Reciprocity")),
    (ListColumn.AUTONOMY, QT_TRANSLATE_NOOP("CustomerTableModel", "Autonomy")),
    (ListColumn.INTEGRITY, QT_TRANSLATE_NOOP("CustomerTableModel", "Integrity")),
    (ListColumn.LOYALTY, QT_TRANSLATE_NOOP("CustomerTableModel", "Loyalty")),
    (ListColumn.EQUITY, QT_TRANSLATE_NOOP("CustomerTableModel", "Equity")),
    (ListColumn.LIFECYCLE, QT_TRANSLATE_NOOP("CustomerTableModel", "Lifecycle")),
)
WEAK_COLOUR = CAUTION
PAGE_SIZE = 100
ID_ROLE = Qt.ItemDataRole.UserRole
TOUCH_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_MARK = "⚑"  # before an overdue follow-up's date: a mark apart from the contact dot


@cache
def _dot(colour: str) -> QIcon:
    """A small filled circle: the stay-in-touch light before each customer's name."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


_Index = QModelIndex | QPersistentModelIndex


class CustomerTableModel(TranslatedHeaders, QAbstractTableModel):
    HEADER_CONTEXT = "CustomerTableModel"
    HEADERS = tuple(label for _column, label in COLUMNS)

    def __init__(
        self, directory: CustomerDirectory, parent: Any = None, touch_days: int = 30
    ) -> None:
        super().__init__(parent)
        self._directory = directory
        self._touch_days = touch_days
        self._query = CustomerQuery()
        self.owner_names: dict[str, str] = {}  # member id -> name, in a team
        self._rows: list[CustomerListRow] = []
        self._status: list[TouchStatus] = []  # the stay-in-touch dot of each fetched row
        self._now = datetime.now(UTC).replace(tzinfo=None)
        self._exhausted = False
        self.reload()

    # --- what the list shows -------------------------------------------------------
    @property
    def query(self) -> CustomerQuery:
        return self._query

    def set_search(self, text: str) -> None:
        if text != self._query.search:
            self._query = replace(self._query, search=text)
            self.reload()

    def set_filter(self, only: ListFilter) -> None:
        if only is not self._query.only:
            self._query = replace(self._query, only=only)
            self.reload()

    def set_owner(self, owner_id: str) -> None:
        """In a team: one member's customers, or everyone's ("")."""
        if owner_id != self._query.owner_id:
            self._query = replace(self._query, owner_id=owner_id)
            self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self._query = replace(self._query, sort=COLUMNS[column][0], descending=descending)
        self.reload()

    def reload(self) -> None:
        """Start again from the first page (after a search, a sort or a change)."""
        self.beginResetModel()
        self._now = datetime.now(UTC).replace(tzinfo=None)
        self._rows = self._directory.page(self._query, 0, PAGE_SIZE)
        self._status = [self._touch(row) for row in self._rows]
        self._exhausted = len(self._rows) < PAGE_SIZE
        self.endResetModel()

    def _touch(self, row: CustomerListRow) -> TouchStatus:
        return list_touch_status(
            row.last_meeting_at,
            row.next_follow_up_at,
            row.stay_in_touch_days,
            self._touch_days,
            self._now,
        )

    def total_count(self) -> int:
        """All matching customers, fetched or not (a separate, slightly slower query)."""
        return self._directory.count(self._query)

    def customer_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, customer_id: str, fetch_limit: int = 2000) -> int | None:
        """The row of a customer, fetching further pages up to `fetch_limit` rows."""
        while True:
            for row, item in enumerate(self._rows):
                if item.id == customer_id:
                    return row
            if self._exhausted or len(self._rows) >= fetch_limit:
                return None
            self.fetchMore(QModelIndex())

    # --- lazy fetching -------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        more = self._directory.page(self._query, len(self._rows), PAGE_SIZE)
        self._exhausted = len(more) < PAGE_SIZE
        if more:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self._status.extend(self._touch(row) for row in more)
            self.endInsertRows()

    # --- QAbstractTableModel -------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == ID_ROLE:
            return item.id
        column = COLUMNS[index.column()][0]
        if column is ListColumn.NAME and role == Qt.ItemDataRole.DecorationRole:
            return _dot(TOUCH_COLOURS[self._status[index.row()]])
        if column is ListColumn.NAME and role == TOUCH_ROLE:
            return self._status[index.row()]
        if column is ListColumn.NAME and role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{item.name} — {touch_label(self._status[index.row()])}"
            if follow_up_overdue(item.next_follow_up_at, self._now):
                tip += "\n" + self._overdue_text(item)
            if item.master_warning:
                tip += "\n" + QCoreApplication.translate(
                    "CustomerTableModel", "⚠ Client as master: see the Principles tab."
                )
            return tip
        if column in SCORE_COLUMNS:
            return self._score_data(item, SCORE_COLUMNS.index(column), role)
        overdue = follow_up_overdue(item.next_follow_up_at, self._now)
        if column is ListColumn.NEXT_FOLLOW_UP and overdue:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(TOUCH_COLOURS[TouchStatus.RED]))
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._overdue_text(item)
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{OVERDUE_MARK} {short_date(item.next_follow_up_at)}"
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column is ListColumn.NAME:
            return f"{item.name}  ⚠" if item.master_warning else item.name
        if column is ListColumn.LOCATION:
            return ", ".join(part for part in (item.city, item.country) if part)
        if column is ListColumn.INDUSTRY:
            return item.industry
        if column is ListColumn.OWNER:  # in a team, the member (ui/team/owner_filter.py)
            return self.owner_names.get(item.owner_id or "", item.owner)
        if column is ListColumn.LAST_MEETING:
            return short_date(item.last_meeting_at)
        if column is ListColumn.LIFECYCLE:
            return lifecycle_stage_label(LifecycleStage(item.lifecycle_stage))
        return short_date(item.next_follow_up_at)

    @staticmethod
    def _overdue_text(item: CustomerListRow) -> str:
        """The overdue follow-up's own words (the dot speaks of contact only)."""
        return QCoreApplication.translate(
            "CustomerTableModel", "Follow-up overdue since %1"
        ).replace("%1", short_date(item.next_follow_up_at))

    def _score_data(self, item: CustomerListRow, position: int, role: int) -> Any:
        score = item.scores[position] if position < len(item.scores) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return "—" if score is None else QLocale().toString(round(score))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and score is not None and score < WEAK_BELOW:
            return QBrush(QColor(WEAK_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole and score is None:
            return QCoreApplication.translate("CustomerTableModel", "Not enough evidence yet")
        return None

    def retranslate(self) -> None:
        """Headers and locale-formatted dates follow a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            )
