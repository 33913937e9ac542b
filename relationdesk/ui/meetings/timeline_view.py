"""A customer's meeting history with what each side disclosed, filterable by kind.

Before a visit the salesperson reads back what they were told; sensitive items stay masked
until clicked, so the list can be opened in front of others.
"""

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from relationdesk.db.database import Database
from relationdesk.domain.meetings import Depth, DisclosureDomain, Side
from relationdesk.l10n.labels import depth_label, domain_label, side_label
from relationdesk.services.meeting_directory import MeetingDirectory
from relationdesk.ui.meetings.timeline_filter import TimelineFilter
from relationdesk.ui.meetings.timeline_model import (
    ID_ROLE,
    KIND_ROLE,
    MASKED_ROLE,
    MEETING,
    TimelineModel,
)
from relationdesk.ui.shared.qt_helpers import describe, named

_Index = QModelIndex | QPersistentModelIndex


EXPANDED_MEETINGS = 30  # newest meetings shown open when no filter is set


class TimelineView(QWidget):
    sig_edit_meeting = Signal(str)  # meeting id: double-click or Enter on a meeting
    sig_delete_meeting = Signal(str)  # meeting id: Delete on a selected meeting

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self._directory = MeetingDirectory(db.reader)
        self._customer_id: str | None = None

        self.model = TimelineModel(self)
        self.proxy = TimelineFilter(self)
        self.proxy.setSourceModel(self.model)

        self.domain_filter = named(QComboBox(), "timelineDomainFilter")
        self.side_filter = named(QComboBox(), "timelineSideFilter")
        self.depth_filter = named(QComboBox(), "timelineDepthFilter")
        for combo, values in (
            (self.domain_filter, list(DisclosureDomain)),
            (self.side_filter, list(Side)),
            (self.depth_filter, list(Depth)),
        ):
            combo.addItem("", None)
            for value in values:
                combo.addItem("", value.value)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._apply_filters)
        self.count_label = named(QLabel(), "timelineCount")
        filters = QHBoxLayout()
        filters.addWidget(self.domain_filter)
        filters.addWidget(self.side_filter)
        filters.addWidget(self.depth_filter)
        filters.addStretch()
        filters.addWidget(self.count_label)

        self.tree = named(QTreeView(), "timelineTree")
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setWordWrap(False)
        self.tree.setExpandsOnDoubleClick(False)  # double-click edits a meeting instead
        self.tree.setAllColumnsShowFocus(True)
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setSectionsMovable(False)
        self.tree.header().setResizeContentsPrecision(60)  # size columns by the first rows
        self.tree.clicked.connect(self.reveal_at)
        self.tree.activated.connect(self._activate)
        delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree)
        delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_shortcut.activated.connect(self._delete_selected)

        self.empty_label = named(QLabel(), "timelineEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tree)
        self.pages.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.pages, 1)
        self.retranslate_ui()
        self.set_customer(None)

    # --- loading -------------------------------------------------------------------
    def set_customer(self, customer_id: str | None) -> None:
        """Show this customer's meetings; any revealed sensitive text is masked again."""
        self._customer_id = customer_id
        entries = self._directory.timeline(customer_id) if customer_id else []
        self.model.set_meetings(entries)  # a reset masks every sensitive text
        self.pages.setCurrentIndex(1 if customer_id and not entries else 0)
        for combo in (self.domain_filter, self.side_filter, self.depth_filter):
            combo.setEnabled(bool(entries))
        self._after_rows_changed()
        self._fit_columns()

    def _fit_columns(self) -> None:
        """When/what and depth as wide as their text, but Details keeps at least half of
        the rest: it is what the salesperson reads (long headlines are elided instead)."""
        for column in (0, 1):
            self.tree.resizeColumnToContents(column)  # from the first rows: see precision
        room = self.tree.viewport().width()
        widest = max(160, (room - self.tree.columnWidth(1)) // 2) if room > 300 else None
        if widest is not None and self.tree.columnWidth(0) > widest:
            self.tree.setColumnWidth(0, widest)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def refresh(self) -> None:
        """Reload after an edit elsewhere; the selection stays, reveals do not."""
        selected = self.selected_meeting_id()
        self.set_customer(self._customer_id)
        if selected is not None:
            self.select_meeting(selected)

    def customer_id(self) -> str | None:
        return self._customer_id

    # --- selection -----------------------------------------------------------------
    def selected_meeting_id(self) -> str | None:
        """The selected meeting, or the meeting of the selected disclosure."""
        rows = self.tree.selectionModel().selectedRows()
        if not rows:
            return None
        index = rows[0] if not rows[0].parent().isValid() else rows[0].parent()
        meeting_id = index.data(ID_ROLE)
        return str(meeting_id) if meeting_id else None

    def select_meeting(self, meeting_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == meeting_id:
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)
                return True
        return False

    # --- actions -------------------------------------------------------------------
    def reveal_at(self, index: _Index) -> None:
        """Show a masked sensitive text: the user clicked it (or pressed Enter on it)."""
        if index.isValid() and index.data(MASKED_ROLE):
            self.model.reveal(str(index.data(ID_ROLE)))

    def _activate(self, index: QModelIndex) -> None:
        if index.data(KIND_ROLE) == MEETING:
            self.sig_edit_meeting.emit(str(index.data(ID_ROLE)))
        else:
            self.reveal_at(index)

    def _delete_selected(self) -> None:
        """Only a selected meeting row: Delete on a disclosure must not remove its meeting."""
        rows = self.tree.selectionModel().selectedRows()
        if rows and rows[0].data(KIND_ROLE) == MEETING:
            self.sig_delete_meeting.emit(str(rows[0].data(ID_ROLE)))

    def _apply_filters(self) -> None:
        domain, side, depth = (
            combo.currentData()
            for combo in (self.domain_filter, self.side_filter, self.depth_filter)
        )
        self.proxy.set_domain(DisclosureDomain(domain) if domain else None)
        self.proxy.set_side(Side(side) if side else None)
        self.proxy.set_depth(Depth(depth) if depth else None)
        self._after_rows_changed()

    def _after_rows_changed(self) -> None:
        # Rows a filter brings back arrive collapsed, so a filtered (short) result opens
        # fully; an unfiltered long history opens its newest meetings and leaves older
        # ones folded: expanding 700 meetings at once would cost a third of a second.
        if self.proxy.is_filtering():
            self.tree.expandAll()
        else:
            for row in range(min(EXPANDED_MEETINGS, self.proxy.rowCount())):
                self.tree.expand(self.proxy.index(row, 0))
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.meeting_count()
        if self.proxy.is_filtering():
            shown = QLocale().toString(self.proxy.rowCount())
            text = self.tr("%1 of %n meeting(s)", "", total).replace("%1", shown)
        else:
            text = self.tr("%n meeting(s)", "", total)
        self.count_label.setText(text if total else "")  # the empty state says it already

    # --- language ------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        describe(
            self.tree,
            self.tr("Timeline"),
            self.tr("Meetings, newest first; open one to see what each side disclosed"),
        )
        self.domain_filter.setItemText(0, self.tr("All domains"))
        self.side_filter.setItemText(0, self.tr("Both sides"))
        self.depth_filter.setItemText(0, self.tr("All depths"))
        for offset, domain in enumerate(DisclosureDomain, start=1):
            self.domain_filter.setItemText(offset, domain_label(domain))
        for offset, side in enumerate(Side, start=1):
            self.side_filter.setItemText(offset, side_label(side))
        for offset, depth in enumerate(Depth, start=1):
            self.depth_filter.setItemText(offset, depth_label(depth))
        self.domain_filter.setAccessibleName(self.tr("Filter by domain"))
        self.side_filter.setAccessibleName(self.tr("Filter by side"))
        self.depth_filter.setAccessibleName(self.tr("Filter by depth"))
        self.empty_label.setText(self.tr("No meetings logged yet. Press Ctrl+M to log one."))
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
