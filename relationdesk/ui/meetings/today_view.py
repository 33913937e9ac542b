"""The Today view: what the salesperson must do today, overdue first, one click to the customer.

"Today" is the user's local day: stored times are naive UTC, so the day's bounds are
computed in local time and converted back before asking the database.
"""

import html
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from relationdesk.db.database import Database
from relationdesk.l10n.formatting import local_datetime, qdate
from relationdesk.services import follow_ups
from relationdesk.services.errors import NotFound
from relationdesk.services.follow_ups import FollowUpRow
from relationdesk.ui.meetings.follow_up_model import (
    CUSTOMER_COLUMN,
    DUE_COLUMN,
    ID_ROLE,
    OVERDUE_COLOR,
    SORT_ROLE,
    FollowUpTableModel,
    local_date,
    stored_moment,
    to_date,
)
from relationdesk.ui.meetings.reach_out_list import ReachOutList
from relationdesk.ui.shared.changes import Change, Changes, Topic
from relationdesk.ui.shared.qt_helpers import describe, named

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from relationdesk.ui.shared.changes import Change, Changes

SNOOZE_TIME = QTime(9, 0)  # a snoozed follow-up comes back at the start of the working day
LIST_PAGE, EMPTY_PAGE = 0, 1
# What the list shows: follow-ups with their customer's name (a meeting may add one).
TOPICS = (Topic.FOLLOW_UPS, Topic.MEETINGS, Topic.CUSTOMERS, Topic.CONTACTS)


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _scaled(label: QLabel, factor: float, bold: bool = False) -> QLabel:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    label.setFont(font)
    return label


class TodayView(QWidget):
    sig_open_customer = Signal(str)  # customer id
    sig_changed = Signal()  # a follow-up was done or moved (and announced)

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] | None = None,
        changes: Changes | None = None,
        touch_days: Callable[[], int] = lambda: 30,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("todayView")
        self._db = db
        self._changes = Changes(self) if changes is None else changes
        self._changes.changed.connect(self._on_change)
        self._clock = clock or utc_now
        self._today = to_date(local_datetime(self._clock()).date())
        self._undo_stack: QUndoStack | None = None

        self.title_label = _scaled(named(QLabel(), "todayTitle"), 1.6, bold=True)
        self.date_label = named(QLabel(), "todayDate")
        self.counts_label = named(QLabel(), "todayCounts")
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addSpacing(12)
        header.addWidget(self.date_label, 1, Qt.AlignmentFlag.AlignBottom)

        self.model = FollowUpTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = self._build_table()

        self.done_button = self._button("doneButton", self.mark_done)
        self.snooze_day_button = self._button("snoozeDayButton", lambda: self.snooze(1))
        self.snooze_week_button = self._button("snoozeWeekButton", lambda: self.snooze(7))
        self.reschedule_button = self._button("rescheduleButton", self.reschedule)
        self.open_button = self._button("openCustomerButton", self.open_customer)
        self._row_buttons = (
            self.done_button,
            self.snooze_day_button,
            self.snooze_week_button,
            self.reschedule_button,
            self.open_button,
        )
        self.done_shortcut = QShortcut(QKeySequence("Ctrl+D"), self)
        self.done_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.done_shortcut.activated.connect(self.mark_done)
        buttons = QHBoxLayout()
        for button in self._row_buttons[:-1]:
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.open_button)

        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.table, 1)
        list_layout.addLayout(buttons)
        self.empty_label = _scaled(named(QLabel(), "todayEmpty"), 1.3)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(list_page)
        self.pages.addWidget(self.empty_label)

        # Who to reach out to, under what is due (docs/stories.md #2).
        self.reach_out = ReachOutList(
            db, self._clock, touch_days, self._changes, self
        )
        self.reach_out.sig_open_customer.connect(self.sig_open_customer)
        due = QWidget()
        due_layout = QVBoxLayout(due)
        due_layout.setContentsMargins(0, 0, 0, 0)
        due_layout.addWidget(self.counts_label)
        due_layout.addSpacing(6)
        due_layout.addWidget(self.pages, 1)
        self.splitter = named(QSplitter(Qt.Orientation.Vertical), "todaySplitter")
        self.splitter.addWidget(due)
        self.splitter.addWidget(self.reach_out)
        self.splitter.setSizes([1, 1])  # half each, whatever the height
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)
        self.retranslate_ui()
        self.refresh()

    def _build_table(self) -> QTableView:
        table = named(QTableView(), "followUpTable")
        table.setTabKeyNavigation(False)  # Tab moves on, out of the table
        table.setModel(self.proxy)
        table.horizontalHeader().setResizeContentsPrecision(50)  # size by the first rows
        table.setSortingEnabled(True)
        table.sortByColumn(DUE_COLUMN, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.activated.connect(self._open_index)  # Enter or double-click
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        return table

    def _button(self, name: str, slot: Callable[[], None]) -> QPushButton:
        button = named(QPushButton(), name)
        button.clicked.connect(slot)
        return button

    # --- showing -------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.touches(*TOPICS):
            self.refresh()

    def refresh(self) -> None:
        """Reload from the database, keeping the selected follow-up selected if still due."""
        keep = self.selected_follow_up()
        self._today = to_date(local_datetime(self._clock()).date())
        end_of_today = stored_moment(self._today + timedelta(days=1), QTime(0, 0))
        rows = follow_ups.open_follow_ups(self._db.reader, end_of_today)
        self.model.set_rows(rows, self._today)
        self.pages.setCurrentIndex(LIST_PAGE if rows else EMPTY_PAGE)
        if rows:
            self._fit_columns()
        if keep is not None:
            self.select_follow_up(keep.id)
        self._fill_header()
        self._update_buttons()
        self.reach_out.refresh()

    def _fill_header(self) -> None:
        self.date_label.setText(
            QLocale().toString(qdate(self._today), QLocale.FormatType.LongFormat)
        )
        overdue = sum(self.model.is_overdue(row) for row in range(self.model.rowCount()))
        due_today = self.model.rowCount() - overdue
        overdue_text = html.escape(self.tr("%n overdue", "", overdue))
        if overdue:
            overdue_text = f'<b style="color:{OVERDUE_COLOR.name()}">{overdue_text}</b>'
        today_text = html.escape(self.tr("%n due today", "", due_today))
        self.counts_label.setText(f"{overdue_text} · {today_text}")
        self.counts_label.setVisible(self.model.rowCount() > 0)

    def selected_follow_up(self) -> FollowUpRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.follow_up(self.proxy.mapToSource(rows[0]).row())

    def select_follow_up(self, follow_up_id: str) -> bool:
        row = self._proxy_row(follow_up_id)
        if row >= 0:
            self._select_row(row)
        return row >= 0

    def _select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.scrollTo(self.proxy.index(row, 0))

    def _update_buttons(self) -> None:
        selected = self.selected_follow_up() is not None
        for button in self._row_buttons:
            button.setEnabled(selected)

    # --- undo ----------------------------------------------------------------------
    def set_undo(self, stack: "QUndoStack") -> None:
        """Done and moved follow-ups go on the window's undo stack; undoing announces
        the change, and this view follows what is announced (_on_change)."""
        self._undo_stack = stack

    def _remember(self, name: str, follow_up: FollowUpRow, redo: Callable[[], None]) -> None:
        """Put a change just made on the undo stack: undone, the follow-up is open again
        and due when it was."""
        if self._undo_stack is None:
            return
        from relationdesk.ui.shared.undo import ServiceCommand

        self._undo_stack.push(
            ServiceCommand(
                name.replace("%1", follow_up.title),
                redo,
                lambda: follow_ups.reopen(self._db, follow_up.id, follow_up.due_at),
                self._changes,
                (Topic.FOLLOW_UPS,),
                (follow_up.customer_id,),
            )
        )

    # --- actions -------------------------------------------------------------------
    def mark_done(self) -> None:
        def done(follow_up: FollowUpRow) -> None:
            def again() -> None:
                follow_ups.mark_done(self._db, follow_up.id)

            again()
            self._remember(self.tr("“%1” done"), follow_up, again)

        self._change(done)

    def snooze(self, days: int) -> None:
        """Due again `days` local days from today, at the start of the working day."""
        day = self._today + timedelta(days=days)
        self._change(lambda follow_up: self._move(follow_up, stored_moment(day, SNOOZE_TIME)))

    def _move(self, follow_up: FollowUpRow, due_at: datetime) -> None:
        follow_ups.reschedule(self._db, follow_up.id, due_at)
        self._remember(
            self.tr("“%1” moved"),
            follow_up,
            lambda: follow_ups.reschedule(self._db, follow_up.id, due_at),
        )

    def reschedule(self) -> None:
        follow_up = self.selected_follow_up()
        if follow_up is None:
            return
        from relationdesk.ui.meetings.reschedule_dialog import RescheduleDialog

        dialog = RescheduleDialog(self, follow_up.title, local_date(follow_up), self._today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self._change(
                lambda chosen: self._move(chosen, dialog.new_due(chosen.due_at)), follow_up
            )
        )
        dialog.open()

    def _change(
        self, change: Callable[[FollowUpRow], None], follow_up: FollowUpRow | None = None
    ) -> None:
        """Apply a change to a follow-up, announce it (this view refreshes on it too) and
        select the next one."""
        follow_up = follow_up or self.selected_follow_up()
        if follow_up is None:
            return
        position = self._proxy_row(follow_up.id)
        try:
            change(follow_up)
        except NotFound:  # deleted meanwhile: show what is there now
            self._changes.announce(Topic.FOLLOW_UPS, customer_ids=[follow_up.customer_id])
            return
        self._changes.announce(Topic.FOLLOW_UPS, customer_ids=[follow_up.customer_id])
        if not self.select_follow_up(follow_up.id) and self.proxy.rowCount():
            self._select_row(min(max(position, 0), self.proxy.rowCount() - 1))
        if self.proxy.rowCount():
            self.table.setFocus()
        self.sig_changed.emit()

    def _proxy_row(self, follow_up_id: str) -> int:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == follow_up_id:
                return row
        return -1

    def open_customer(self) -> None:
        follow_up = self.selected_follow_up()
        if follow_up is not None:
            self.sig_open_customer.emit(follow_up.customer_id)

    def _open_index(self, index: QModelIndex) -> None:
        follow_up = self.model.follow_up(self.proxy.mapToSource(index).row())
        if follow_up is not None:
            self.sig_open_customer.emit(follow_up.customer_id)

    # --- language ------------------------------------------------------------------
    def _fit_columns(self) -> None:
        """Date and customer as wide as their text; the follow-up takes the rest."""
        for column in (DUE_COLUMN, CUSTOMER_COLUMN):
            self.table.resizeColumnToContents(column)
        self.table.horizontalHeader().setStretchLastSection(True)

    def retranslate_ui(self) -> None:
        describe(
            self.table,
            self.tr("Follow-ups due"),
            self.tr("Overdue first; Ctrl+D marks one done, Enter opens the customer"),
        )
        self.title_label.setText(self.tr("Today"))
        self.empty_label.setText(self.tr("Nothing due today. Well done!"))
        shortcut = self.done_shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
        self.done_button.setText(self.tr("Done"))
        self.done_shortcut.setWhatsThis(self.tr("Today: mark the follow-up done"))  # Help list
        self.done_button.setToolTip(self.tr("Mark the follow-up done (%1)").replace("%1", shortcut))
        self.snooze_day_button.setText(self.tr("Tomorrow"))
        self.snooze_day_button.setToolTip(self.tr("Move the follow-up to tomorrow"))
        self.snooze_week_button.setText(self.tr("Next week"))
        self.snooze_week_button.setToolTip(self.tr("Move the follow-up one week ahead"))
        self.reschedule_button.setText(self.tr("Reschedule…"))
        self.reschedule_button.setToolTip(self.tr("Choose a new due date"))
        self.open_button.setText(self.tr("Open customer"))
        self.model.retranslate()
        self._fit_columns()  # dates change length with the locale
        self._fill_header()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
