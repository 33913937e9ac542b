"""Today's second list: customers drifting apart and those past their stay-in-touch
interval (docs/stories.md #2), with one key to open the customer."""

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from relationdesk.db.database import Database
from relationdesk.l10n.formatting import short_date
from relationdesk.l10n.labels import touch_label
from relationdesk.palette import CAUTION
from relationdesk.services.keep_in_touch import ReachOut, reach_out_list
from relationdesk.ui.shared.changes import Change, Changes, Topic
from relationdesk.ui.shared.qt_helpers import describe, fit_headers, named
from relationdesk.ui.shared.translated_headers import RowTableModel, _Index

HEADERS = (
    QT_TRANSLATE_NOOP("ReachOutModel", "Customer"),
    QT_TRANSLATE_NOOP("ReachOutModel", "Last meeting"),
    QT_TRANSLATE_NOOP("ReachOutModel", "Why"),
)
CUSTOMER_COLUMN, LAST_COLUMN, WHY_COLUMN = range(3)
ID_ROLE = Qt.ItemDataRole.UserRole


class ReachOutModel(RowTableModel):
    HEADER_CONTEXT = "ReachOutModel"
    HEADERS = HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ReachOut] = []

    def set_rows(self, rows: list[ReachOut]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def item(self, row: int) -> ReachOut | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def why(self, item: ReachOut) -> str:
        """The reasons in words: drifting apart, and the contact light's own words."""
        parts = []
        if item.drifting:
            parts.append(self.tr("Drifting apart"))
        if item.past_interval:
            parts.append(touch_label(item.touch))
        return " · ".join(parts)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == ID_ROLE:
            return item.customer_id
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole and column == WHY_COLUMN and item.drifting:
            return QBrush(QColor(CAUTION))  # amber readable as text
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == CUSTOMER_COLUMN:
            return item.name
        if column == LAST_COLUMN:
            return short_date(item.last_meeting_at)
        return self.why(item)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 2))


class ReachOutList(QWidget):
    """Refreshes itself when meetings, customers or settings change (the window's change
    signal), and when Today refreshes."""

    sig_open_customer = Signal(str)
    sig_refreshed = Signal()  # the list shows the newest reading
    TOPICS = (Topic.MEETINGS, Topic.CUSTOMERS, Topic.FOLLOW_UPS, Topic.SETTINGS)

    def __init__(
        self,
        db: Database,
        clock: Callable[[], datetime],
        touch_days: Callable[[], int],
        changes: Changes | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reachOutList")
        self._db = db
        self._clock = clock
        self._touch_days = touch_days
        self._asked = 0  # refreshes asked for; an older answer arriving late is dropped
        self.title_label = named(QLabel(), "reachOutTitle")
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.counts_label = named(QLabel(), "reachOutCounts")
        self.model = ReachOutModel(self)
        self.table = named(QTableView(), "reachOutTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._open_index)
        self.empty_label = named(QLabel(), "reachOutEmpty")
        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addSpacing(12)
        top.addWidget(self.counts_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        if changes is not None:
            changes.changed.connect(self._on_change)
        self.retranslate_ui()

    def refresh(self) -> None:
        """Read off the GUI thread: on a large portfolio the drift rule reads every
        customer's recent meetings and disclosures, seconds that must not hold up the
        start or a save. Only the newest answer is shown."""
        from relationdesk.ui.shared.operation import run_on_own_connection

        now, days = self._clock(), self._touch_days()
        self._asked += 1
        asked = self._asked
        run_on_own_connection(
            self._db.path,
            lambda conn: reach_out_list(conn, now, days),
            lambda rows: self._show(rows) if asked == self._asked else None,
            lambda _error: None,  # logged by the helper; the list keeps what it showed
            self,
        )

    def _show(self, rows: list[ReachOut]) -> None:
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        if rows:
            self.table.resizeColumnToContents(CUSTOMER_COLUMN)
            self.table.resizeColumnToContents(LAST_COLUMN)
            fit_headers(self.table)  # sized while hidden, the header is not counted
        self._fill_counts()
        self.sig_refreshed.emit()

    def _on_change(self, change: Change) -> None:
        if change.touches(*self.TOPICS):
            self.refresh()

    def _fill_counts(self) -> None:
        rows = [self.model.item(r) for r in range(self.model.rowCount())]
        drifting = sum(1 for r in rows if r is not None and r.drifting)
        past = sum(1 for r in rows if r is not None and r.past_interval)
        self.counts_label.setText(
            self.tr("%n drifting apart", "", drifting)
            + " · "
            + self.tr("%n past their stay-in-touch interval", "", past)
        )

    def _open_index(self, index: QModelIndex) -> None:
        item = self.model.item(index.row())
        if item is not None:
            self.sig_open_customer.emit(item.customer_id)

    def retranslate_ui(self) -> None:
        describe(
            self.table,
            self.tr("Reach out"),
            self.tr("Customers drifting apart or past their stay-in-touch interval"),
        )
        self.title_label.setText(self.tr("Reach out"))
        self.empty_label.setText(self.tr("Everyone is within their stay-in-touch interval."))
        self.table.setToolTip(self.tr("Press Enter or double-click to open the customer"))
        self.model.retranslate()
        self._fill_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
