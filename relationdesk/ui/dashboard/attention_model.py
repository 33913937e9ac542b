"""The dashboard's "needs attention" list: who, why in words, and since when.

On a large portfolio the list has thousands of rows, so the model hands them over already
in the default order (master warnings, disengage candidates, overdue follow-ups, gone
quiet; by name within each) and sorts itself when a header is clicked: Qt sorting
through Python's data() takes a second for 10,000 rows, a Python sort milliseconds.
"""

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from relationdesk.domain.text import fold
from relationdesk.l10n.formatting import short_date
from relationdesk.l10n.lifecycle_labels import disengage_reason, join_reasons
from relationdesk.palette import BAD, ORANGE, PURPLE, VERMILION
from relationdesk.services.portfolio import AttentionItem, AttentionKind
from relationdesk.ui.shared.translated_headers import RowTableModel

HEADERS = (
    QT_TRANSLATE_NOOP("AttentionTableModel", "Customer"),
    QT_TRANSLATE_NOOP("AttentionTableModel", "Why"),
    QT_TRANSLATE_NOOP("AttentionTableModel", "Since"),
)
CUSTOMER_COLUMN, WHY_COLUMN, SINCE_COLUMN = range(3)
CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # the AttentionKind's value, for the kind filter
# The most serious first: a master client or a loss-making relationship before a late task.
KIND_ORDER = (
    AttentionKind.MASTER,
    AttentionKind.DISENGAGE,
    AttentionKind.OVERDUE,
    AttentionKind.QUIET,
)
KIND_COLOURS = {  # Okabe-Ito, as the charts: apart with colour blindness
    AttentionKind.MASTER: QColor(VERMILION),
    AttentionKind.DISENGAGE: QColor(PURPLE),
    AttentionKind.OVERDUE: QColor(BAD),
    AttentionKind.QUIET: QColor(ORANGE),
}
_RANK = {kind: index for index, kind in enumerate(KIND_ORDER)}
_Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: AttentionKind) -> str:
    """The kind as the filter lists it."""
    names = {
        AttentionKind.MASTER: QT_TRANSLATE_NOOP("AttentionTableModel", "Client as master"),
        AttentionKind.DISENGAGE: QT_TRANSLATE_NOOP("AttentionTableModel", "Disengage candidates"),
        AttentionKind.OVERDUE: QT_TRANSLATE_NOOP("AttentionTableModel", "Overdue follow-ups"),
        AttentionKind.QUIET: QT_TRANSLATE_NOOP("AttentionTableModel", "Gone quiet"),
    }
    return QCoreApplication.translate("AttentionTableModel", str(names[kind]))


class AttentionTableModel(RowTableModel):
    HEADER_CONTEXT = "AttentionTableModel"
    HEADERS = HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AttentionItem] = []
        self._now = datetime.min
        # Texts made when a row is first shown (and again in a new language): a large
        # list costs nothing until looked at.
        self._texts: list[tuple[str, str, str] | None] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None  # the last sort asked for

    def reason(self, item: AttentionItem) -> str:
        """Why the customer is on the list, as a sentence in the user's language."""
        # self.tr, not QCoreApplication.translate: lupdate 6.11 sees a plural only here.
        days = max(0, (self._now - item.since).days) if item.since is not None else 0
        if item.kind is AttentionKind.MASTER:
            return self.tr("Client acting as master")
        if item.kind is AttentionKind.DISENGAGE:
            codes = item.disengage.details if item.disengage is not None else ()
            return self.tr("Disengage candidate: %1").replace(
                "%1", join_reasons([disengage_reason(code) for code in codes])
            )
        if item.kind is AttentionKind.OVERDUE:
            if days == 0:  # due at an earlier hour today: "overdue by 0 days" reads wrong
                return self.tr("Follow-up overdue (due today)")
            return self.tr("Follow-up overdue by %n day(s)", "", days)
        return self.tr("No meeting for %n day(s)", "", days)

    def set_items(self, items: list[AttentionItem], now: datetime) -> None:
        """Show these items (as of `now`, naive UTC): in the default order, or in the
        order of the last sort asked for."""
        self.beginResetModel()
        # The service lists customers by name, so a stable sort by kind keeps names in order.
        self._rows = sorted(items, key=lambda item: _RANK[item.kind])
        if self._sort is not None:
            column, order = self._sort
            self._rows = [self._rows[i] for i in self._order(column, order)]
        self._now = now
        self._texts = [None] * len(self._rows)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python, by keys made once: Qt's sorting through data() takes a second
        for 10,000 rows."""
        if not 0 <= column < len(HEADERS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        permutation = self._order(column, order)
        moved_to = {old: new for new, old in enumerate(permutation)}
        before = self.persistentIndexList()
        self._rows = [self._rows[i] for i in permutation]
        self._texts = [self._texts[i] for i in permutation]
        after = [self.index(moved_to[index.row()], index.column()) for index in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _order(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Row numbers in their new order (stable: equal keys keep their order)."""
        if column == CUSTOMER_COLUMN:
            keys: list[Any] = [fold(item.customer_name) for item in self._rows]
        elif column == WHY_COLUMN:
            keys = [(_RANK[item.kind], fold(item.customer_name)) for item in self._rows]
        else:
            keys = [item.since or datetime.min for item in self._rows]
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)

    def item(self, row: int) -> AttentionItem | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows_of(self, customer_id: str) -> list[int]:
        return [row for row, item in enumerate(self._rows) if item.customer_id == customer_id]

    def count(self, kind: AttentionKind | None = None) -> int:
        return sum(1 for item in self._rows if kind is None or item.kind is kind)

    def customers(self) -> int:
        """How many different customers need attention (one may be listed for two reasons)."""
        return len({item.customer_id for item in self._rows})

    def _text(self, row: int) -> tuple[str, str, str]:
        texts = self._texts[row]
        if texts is None:
            item = self._rows[row]
            texts = (item.customer_name, self.reason(item), short_date(item.since))
            self._texts[row] = texts
        return texts

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row())[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == WHY_COLUMN:
            if item.kind is AttentionKind.MASTER:  # what to do, as the Principles tab says
                return QCoreApplication.translate(
                    "AttentionTableModel",
                    "Client acting as master: turn the relationship back into a partnership "
                    "between equals (see the Principles tab).",
                )
            return self._text(index.row())[column]
        if role == CUSTOMER_ID_ROLE:
            return item.customer_id
        if role == KIND_ROLE:
            return item.kind.value
        if role == Qt.ItemDataRole.DecorationRole and column == WHY_COLUMN:
            return KIND_COLOURS[item.kind]
        return None

    def retranslate(self) -> None:
        """Headers, sentences and dates follow the language (and its locale)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        self._texts = [None] * len(self._rows)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(HEADERS) - 1)
            )


class AttentionProxy(QSortFilterProxyModel):
    """Filters by kind (in C++: the kind is compared as a fixed string); sorting is
    handed to the model, which sorts 10,000 rows in milliseconds."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFilterRole(KIND_ROLE)
        self.setFilterKeyColumn(CUSTOMER_COLUMN)
        self.kind: AttentionKind | None = None

    def set_kind(self, kind: AttentionKind | None) -> None:
        """Only this kind; None for all."""
        self.kind = kind
        pattern = "" if kind is None else f"^{QRegularExpression.escape(kind.value)}$"
        self.setFilterRegularExpression(pattern)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)  # the proxy follows the new order, still filtered
