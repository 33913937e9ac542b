"""The customer workspace: the searchable customer list beside the selected customer.

Built after the main window's first paint (see main_window.py), so its imports and
its first query never delay the window from appearing.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from relationdesk import settings as keys
from relationdesk.db.database import Database
from relationdesk.services.customer_directory import CustomerDirectory, ListFilter
from relationdesk.settings import Settings
from relationdesk.ui.customers.customer_detail import CustomerDetailPane
from relationdesk.ui.customers.customer_table_model import ID_ROLE, CustomerTableModel
from relationdesk.ui.meetings import meeting_actions
from relationdesk.ui.shared.changes import Change, Changes, Topic
from relationdesk.ui.shared.empty_state import EmptyState
from relationdesk.ui.shared.messages import inform_error
from relationdesk.ui.shared.qt_helpers import describe, keep_headers_whole, named
from relationdesk.ui.shared.worker import run_in_background

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from relationdesk.services.erasure import PersonMention

SAMPLE_PORTFOLIO_SIZE = 40
_COUNT_DELAY_MS = 120  # the total is counted once typing pauses, not on every keystroke
# What the list shows: names, stages, scores, last meeting, next follow-up (not settings).
LIST_TOPICS = (Topic.CUSTOMERS, Topic.CONTACTS, Topic.MEETINGS, Topic.FOLLOW_UPS,
               Topic.EVIDENCE, Topic.LIFECYCLE, Topic.ECONOMICS)  # fmt: skip


class CustomerWorkspace(QStackedWidget):
    sig_count_changed = Signal(int, bool)  # how many customers match; whether a search is on
    sig_current_changed = Signal(object)  # the selected customer's id, or None
    sig_message = Signal(str, int)  # a status-bar message and its timeout in ms
    sig_sample_loading = Signal(bool)

    def __init__(
        self,
        db: Database,
        settings: Settings,
        search_edit: QLineEdit,
        parent: QWidget | None = None,
        changes: Changes | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerWorkspace")
        self.db = db
        self.settings = settings
        # Its writes are announced here; the list and the customer pane listen.
        self.changes = Changes(self) if changes is None else changes
        self._following_change = False  # the pane reloads itself on a change (_on_change)
        self.undo_stack: QUndoStack | None = None  # the window's, for deleted meetings
        from relationdesk.services.meeting_draft import move_old_draft

        move_old_draft(db, settings)  # an older version's draft leaves settings.ini at start
        touch_days = settings.get(keys.STAY_IN_TOUCH_DAYS)
        self.directory = CustomerDirectory(db.reader)
        self.search_edit = search_edit

        self.model = CustomerTableModel(self.directory, self, touch_days)
        self.view = named(QTableView(), "customerView")
        self.view.setTabKeyNavigation(False)  # Tab moves on, out of the table
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        for column, width in enumerate((250, 150, 130, 130, 110, 110, 70, 85, 85, 85, 85, 85)):
            self.view.setColumnWidth(column, width)
        keep_headers_whole(self.view)  # translated headers are longer than English ones
        self.view.activated.connect(lambda _index: self.edit_customer())
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

        self.detail = CustomerDetailPane(db, touch_days, self, settings, self.changes)
        self.detail.sig_edit_customer.connect(self.edit_customer)
        self.detail.sig_log_meeting.connect(self.log_meeting)
        self.detail.sig_edit_meeting.connect(self.log_meeting)
        self.detail.sig_delete_meeting.connect(self.delete_meeting)
        self.filter_label = QLabel()
        self.filter_combo = named(QComboBox(), "listFilterCombo")
        self.filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for choice in ListFilter:
            if choice is ListFilter.PROSPECTS:
                self.filter_combo.insertSeparator(self.filter_combo.count())
            self.filter_combo.addItem("", choice.value)
        self.filter_label.setBuddy(self.filter_combo)
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        filter_row = QHBoxLayout()
        filter_row.setContentsMargins(0, 0, 0, 0)
        filter_row.addWidget(self.filter_label)
        filter_row.addWidget(self.filter_combo)
        filter_row.addStretch()
        self.filter_row = filter_row  # the team adds its owner filter (ui/team/owner_filter.py)
        list_panel = QWidget()
        list_layout = QVBoxLayout(list_panel)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(filter_row)
        list_layout.addWidget(self.view)
        self.splitter = named(QSplitter(Qt.Orientation.Horizontal), "mainSplitter")
        self.splitter.addWidget(list_panel)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.empty_state = EmptyState(self)
        self.empty_state.sig_load_sample.connect(self.load_sample_portfolio)
        self.empty_state.sig_new_customer.connect(self.new_customer)
        self.addWidget(self.empty_state)
        self.addWidget(self.splitter)

        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(_COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self.update_count)
        # While typing, the detail pane follows the list a moment later, so each
        # keystroke only pays for filtering the list.
        self._typing = False
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.timeout.connect(self._show_selected_detail)
        search_edit.textChanged.connect(self._search_changed)
        search_edit.installEventFilter(self)
        self.changes.changed.connect(self._on_change)
        self.retranslate_ui()
        self._update_page()

    def own_delete_action(self, action: QAction) -> None:
        """Delete acts on the customer only while the list has the focus (the contacts
        table has its own Delete)."""
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.addAction(action)

    # --- list, search and selection --------------------------------------------------
    def _filter_changed(self) -> None:
        self.model.set_filter(ListFilter(self.filter_combo.currentData()))
        self._count_timer.start()
        self._select_row_or_nothing(0)

    def set_filter(self, only: ListFilter) -> None:
        self.filter_combo.setCurrentIndex(self.filter_combo.findData(only.value))

    def _search_changed(self, text: str) -> None:
        self.model.set_search(text)
        self._count_timer.start()
        self._typing = True
        try:
            self._select_row_or_nothing(0)
        finally:
            self._typing = False

    def update_count(self) -> None:
        self.sig_count_changed.emit(self.model.total_count(), bool(self.model.query.search.strip()))

    def _current_changed(self) -> None:
        if self._typing:
            self._detail_timer.start()
        else:
            self._show_selected_detail()
        self.sig_current_changed.emit(self.selected_customer_id())

    def _show_selected_detail(self) -> None:
        self._detail_timer.stop()
        customer_id = self.selected_customer_id()
        shown = self.detail.customer.id if self.detail.customer is not None else None
        if self._following_change and customer_id == shown:
            return  # the same customer after a change: the pane reloads what it is about
        self.detail.show_customer(customer_id)

    def selected_customer_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def is_empty(self) -> bool:
        return self.directory.is_empty()

    def reveal_customer(self, customer_id: str) -> None:
        """Select a customer wherever it is: if it is not among the rows fetched so far,
        search for its name, so the list narrows down to it."""
        if self.select_customer(customer_id):
            return
        detail = self.directory.detail(customer_id)
        if detail is not None:
            self.search_edit.setText(detail.name)
            self.select_customer(customer_id)

    def select_customer(self, customer_id: str) -> bool:
        row = self.model.row_of(customer_id)
        if row is None:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keyboard flow in the search box: Down goes to the list, Esc clears."""
        if watched is self.search_edit and isinstance(event, QKeyEvent):
            key = event.key() if event.type() == QEvent.Type.KeyPress else None
            if key == Qt.Key.Key_Down and self.model.rowCount() > 0:
                self.view.setFocus()
                if not self.view.currentIndex().isValid():
                    self.view.selectRow(0)
                return True
            if key == Qt.Key.Key_Escape and self.search_edit.text():
                self.search_edit.clear()
                return True
        return super().eventFilter(watched, event)

    def _on_change(self, change: Change) -> None:
        """Any customer's data may move its row: reload the list, keeping the selection."""
        if not change.touches(*LIST_TOPICS):
            return
        self._following_change = True
        try:
            self.refresh()
        finally:
            self._following_change = False

    def refresh(self, select_id: str | None = None) -> None:
        """Reload after a change, keeping (or moving) the selection."""
        keep = select_id or self.selected_customer_id()
        self.model.reload()
        self._update_page()
        self._count_timer.start()
        if keep is None or not self.select_customer(keep):
            self._select_row_or_nothing(0)

    def _select_row_or_nothing(self, row: int) -> None:
        if self.model.rowCount() > 0:
            self.view.selectRow(min(row, self.model.rowCount() - 1))
        else:
            self.view.setCurrentIndex(self.model.index(-1, -1))
            self._current_changed()

    def _update_page(self) -> None:
        empty = self.directory.is_empty()
        self.setCurrentWidget(self.empty_state if empty else self.splitter)
        self.search_edit.setEnabled(not empty)

    # --- customer actions ------------------------------------------------------------
    def new_customer(self) -> None:
        from relationdesk.ui.customers.customer_dialog import CustomerDialog

        CustomerDialog(self.db, self).open_then(self._customer_saved)

    def edit_customer(self) -> None:
        customer_id = self.selected_customer_id()
        customer = self.directory.detail(customer_id) if customer_id else None
        if customer is None:
            return
        from relationdesk.ui.customers.customer_dialog import CustomerDialog

        CustomerDialog(self.db, self, customer).open_then(self._customer_saved)

    def _customer_saved(self, customer_id: str) -> None:
        self.changes.announce(Topic.CUSTOMERS, customer_ids=[customer_id])
        self.select_customer(customer_id)

    def delete_customer(self) -> None:
        """Erase the selected customer, after asking (ui/privacy/customer_erasure.py)."""
        from relationdesk.ui.privacy.customer_erasure import ask_and_erase_customer

        customer_id = self.selected_customer_id()
        customer = self.directory.detail(customer_id) if customer_id else None
        if customer is not None:
            ask_and_erase_customer(self, customer.id, customer.name)

    def erase_customer(self, customer_id: str, name: str, redact_in: "list[PersonMention]") -> None:
        from relationdesk.services.erasure import erase_customer
        from relationdesk.ui.privacy.erase_person_dialog import tell_cleanup_pending
        from relationdesk.ui.shared.qt_helpers import busy_cursor

        row = self.view.currentIndex().row()
        with busy_cursor():  # VACUUM rewrites the whole file: seconds on a large database
            clean = erase_customer(self.db, customer_id, redact_in)
        # Other customers' texts may have lost a name: any customer may be concerned.
        self.changes.announce(Topic.CUSTOMERS, Topic.CONTACTS, Topic.MEETINGS)
        self._select_row_or_nothing(row)
        if not clean:
            tell_cleanup_pending(self, name)

    def log_meeting(self, meeting_id: str | None = None) -> None:
        """Open "Log meeting" for the selected customer (or edit a saved meeting)."""
        self.log_meeting_for(self.selected_customer_id(), meeting_id or None)

    def log_meeting_for(self, customer_id: str | None, meeting_id: str | None = None) -> None:
        """Open "Log meeting" for the customer the user is looking at, or for none."""
        meeting_actions.log_meeting(self, customer_id, meeting_id)

    def delete_meeting(self, meeting_id: str) -> None:
        meeting_actions.delete_meeting(self, meeting_id, self.undo_stack)

    def load_sample_portfolio(self) -> None:
        from relationdesk.services.samples import sample_portfolio

        self.empty_state.set_busy(True)
        self.sig_sample_loading.emit(True)
        self.sig_message.emit(self.tr("Loading the sample portfolio…"), 0)
        run_in_background(
            lambda: sample_portfolio.load(self.db, SAMPLE_PORTFOLIO_SIZE, seed=7),
            self._sample_loaded,
            self._sample_failed,
            self,
        )

    def _sample_loaded(self, count: int) -> None:
        self.empty_state.set_busy(False)
        self.sig_sample_loading.emit(False)
        self.sig_message.emit(self.tr("Added %n sample customer(s).", "", count), 5000)
        self.changes.announce(Topic.DATABASE)

    def _sample_failed(self, error: Exception) -> None:
        self.empty_state.set_busy(False)
        self.sig_sample_loading.emit(False)
        self.sig_message.emit("", 0)
        inform_error(
            self,
            self.tr("Sample portfolio not loaded"),
            self.tr("The sample portfolio could not be added. Nothing was changed."),
            str(error),
        )

    # --- state and language ------------------------------------------------------------
    def restore_state(self, settings: Settings) -> None:
        splitter = settings.get(keys.MAIN_SPLITTER)
        if splitter.isEmpty() or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([640, 700])  # the detail keeps its buttons whole at 1366
        last = settings.get(keys.LAST_CUSTOMER_ID)
        if not (last and self.select_customer(last)):
            self._select_row_or_nothing(0)
        if self.detail.customer is None and self.selected_customer_id() is not None:
            self._current_changed()  # the selection was already current: show it now
        self.update_count()

    def save_state(self, settings: Settings) -> None:
        self._count_timer.stop()
        settings.set(keys.MAIN_SPLITTER, self.splitter.saveState())
        settings.set(keys.LAST_CUSTOMER_ID, self.selected_customer_id() or "")

    def retranslate_ui(self) -> None:
        describe(self.view, self.tr("Customers"), self.tr("The dot: contact; ⚑: a late follow-up"))
        self.filter_label.setText(self.tr("Sho&w:"))
        texts = {
            ListFilter.ALL: self.tr("All customers"),
            ListFilter.ANY_WEAK: self.tr("Any weak principle (below 50)"),
            ListFilter.MASTER: self.tr("Clients acting as masters"),
            ListFilter.WEAK_RECIPROCITY: self.tr("Weak reciprocity"),
            ListFilter.WEAK_AUTONOMY: self.tr("Weak autonomy"),
            ListFilter.WEAK_INTEGRITY: self.tr("Weak integrity"),
            ListFilter.WEAK_LOYALTY: self.tr("Weak loyalty"),
            ListFilter.WEAK_EQUITY: self.tr("Weak equity"),
            ListFilter.PROSPECTS: self.tr("Prospects"),
            ListFilter.TESTERS: self.tr("Testers"),
            ListFilter.BUYERS: self.tr("Buyers"),
            ListFilter.ACCOUNTS: self.tr("Accounts"),
            ListFilter.PATRON_FRIENDS: self.tr("Patron-friends"),
            ListFilter.SPONSOR_CHAMPIONS: self.tr("Sponsor-champions"),
            ListFilter.FORMER: self.tr("Former customers"),
        }
        for index in range(self.filter_combo.count()):
            value = self.filter_combo.itemData(index)
            if value is not None:  # not the separator before the lifecycle stages
                self.filter_combo.setItemText(index, texts[ListFilter(value)])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.model.retranslate()
            self.update_count()
        super().changeEvent(event)
