"""The main window: the customer list with search, and the selected customer's details.

Dialog modules are imported when first opened: they pull in SQLModel for writing, whose
import (~0.35 s) must not delay the first paint.
"""

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QWidget,
)

from relationdesk import APP_NAME, __version__
from relationdesk import settings as keys
from relationdesk.db.database import Database
from relationdesk.i18n import LanguageSwitcher
from relationdesk.services.customer_directory import CustomerDirectory
from relationdesk.settings import Settings
from relationdesk.ui.messages import confirm, inform_error
from relationdesk.ui.models.customer_table_model import ID_ROLE, CustomerTableModel
from relationdesk.ui.qt_helpers import named
from relationdesk.ui.widgets.customer_detail import CustomerDetailPane
from relationdesk.ui.widgets.empty_state import EmptyState
from relationdesk.ui.worker import run_in_background

SAMPLE_PORTFOLIO_SIZE = 40
_COUNT_DELAY_MS = 120  # the total is counted once typing pauses, not on every keystroke


class MainWindow(QMainWindow):
    def __init__(self, db: Database, settings: Settings, switcher: LanguageSwitcher) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.db = db
        self.settings = settings
        self.switcher = switcher
        self.directory = CustomerDirectory(db.reader)

        self.model = CustomerTableModel(self.directory, self)
        self.view = named(QTableView(), "customerView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setColumnWidth(0, 260)
        self.view.setColumnWidth(1, 150)
        self.view.activated.connect(lambda _index: self.edit_customer())
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

        self.search_edit = named(QLineEdit(), "searchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaximumWidth(360)
        self.search_edit.textChanged.connect(self._search_changed)
        self.search_edit.installEventFilter(self)

        self.detail = CustomerDetailPane(db, self)
        self.detail.sig_edit_customer.connect(self.edit_customer)
        self.splitter = named(QSplitter(Qt.Orientation.Horizontal), "mainSplitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.empty_state = EmptyState(self)
        self.empty_state.sig_load_sample.connect(self.load_sample_portfolio)
        self.empty_state.sig_new_customer.connect(self.new_customer)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_state)
        self.pages.addWidget(self.splitter)
        self.setCentralWidget(self.pages)

        self.count_label = named(QLabel(), "countLabel")
        self.statusBar().addPermanentWidget(self.count_label)
        self._count_timer = QTimer(self, singleShot=True, interval=_COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._update_count)

        self._build_actions()
        self.retranslate_ui()
        self._restore_state()
        self._update_page()
        self._update_count()

    # --- construction ----------------------------------------------------------------
    def _action(
        self,
        name: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_customer_action = self._action(
            "newCustomerAction", self.new_customer, QKeySequence.StandardKey.New
        )
        self.new_contact_action = self._action(
            "newContactAction", self.detail.new_contact, "Ctrl+Shift+N"
        )
        self.edit_customer_action = self._action("editCustomerAction", self.edit_customer, "Ctrl+E")
        self.delete_customer_action = self._action(
            "deleteCustomerAction", self.delete_customer, QKeySequence.StandardKey.Delete
        )
        # Delete acts on the customer only while the list has the focus; the contacts
        # table has its own Delete.
        self.removeAction(self.delete_customer_action)
        self.delete_customer_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.addAction(self.delete_customer_action)
        self.find_action = self._action(
            "findAction", self.focus_search, QKeySequence.StandardKey.Find
        )
        self.sample_action = self._action("loadSampleAction", self.load_sample_portfolio)
        self.settings_action = self._action("settingsAction", self.open_settings, "Ctrl+,")
        self.quit_action = self._action("quitAction", self.close, "Ctrl+Q")
        self.about_action = self._action("aboutAction", self.show_about)

        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addActions([self.new_customer_action, self.new_contact_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.sample_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu("")
        self.edit_menu.addActions([self.edit_customer_action, self.delete_customer_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)

        self.toolbar = named(QToolBar(), "mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.new_customer_action)
        self.toolbar.addAction(self.new_contact_action)
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
        )
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.search_edit)
        self.addToolBar(self.toolbar)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(APP_NAME)
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_customer_action.setText(self.tr("&New customer…"))
        self.new_contact_action.setText(self.tr("New &contact…"))
        self.edit_customer_action.setText(self.tr("&Edit customer…"))
        self.delete_customer_action.setText(self.tr("&Delete customer…"))
        self.find_action.setText(self.tr("&Find customer"))
        self.sample_action.setText(self.tr("Load &sample portfolio"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About RelationDesk"))
        self.search_edit.setPlaceholderText(self.tr("Search customers, contacts, notes… (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Search customers"))
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- list, search and selection --------------------------------------------------
    def _search_changed(self, text: str) -> None:
        self.model.set_search(text)
        self._count_timer.start()
        if self.model.rowCount() > 0:
            self.view.selectRow(0)
        else:
            self.detail.show_customer(None)

    def _update_count(self) -> None:
        count = self.model.total_count()
        if self.model.query.search.strip() and count == 0:
            self.count_label.setText(self.tr("No customer matches your search"))
        else:
            self.count_label.setText(self.tr("%n customer(s)", "", count))

    def _current_changed(self) -> None:
        customer_id = self.selected_customer_id()
        self.detail.show_customer(customer_id)
        has_customer = customer_id is not None
        for action in (
            self.edit_customer_action,
            self.delete_customer_action,
            self.new_contact_action,
        ):
            action.setEnabled(has_customer)

    def selected_customer_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_customer(self, customer_id: str) -> bool:
        row = self.model.row_of(customer_id)
        if row is None:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

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

    def refresh(self, select_id: str | None = None) -> None:
        """Reload after a change, keeping (or moving) the selection."""
        keep = select_id or self.selected_customer_id()
        self.model.reload()
        self._update_page()
        self._count_timer.start()
        if keep is None or not self.select_customer(keep):
            if self.model.rowCount() > 0:
                self.view.selectRow(0)
            else:
                self.detail.show_customer(None)

    def _update_page(self) -> None:
        empty = self.directory.is_empty()
        self.pages.setCurrentWidget(self.empty_state if empty else self.splitter)
        self.search_edit.setEnabled(not empty)

    # --- customer actions ------------------------------------------------------------
    def new_customer(self) -> None:
        from relationdesk.ui.dialogs.customer_dialog import CustomerDialog

        self._open_dialog(CustomerDialog(self.db, self))

    def edit_customer(self) -> None:
        customer_id = self.selected_customer_id()
        customer = self.directory.detail(customer_id) if customer_id else None
        if customer is None:
            return
        from relationdesk.ui.dialogs.customer_dialog import CustomerDialog

        self._open_dialog(CustomerDialog(self.db, self, customer))

    def _open_dialog(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_saved.connect(lambda saved_id: self.refresh(saved_id))  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def delete_customer(self) -> None:
        customer_id = self.selected_customer_id()
        customer = self.directory.detail(customer_id) if customer_id else None
        if customer is None:
            return
        if not confirm(
            self,
            self.tr("Delete customer"),
            self.tr(
                "Delete %1 with all its contacts? Everything recorded about this customer "
                "will be erased. This cannot be undone."
            ).replace("%1", customer.name),
            destructive=True,
        ):
            return
        from relationdesk.services import customer_editing

        row = self.view.currentIndex().row()
        customer_editing.delete_customer(self.db, customer.id)
        self.model.reload()
        self._update_page()
        self._count_timer.start()
        if self.model.rowCount() > 0:
            self.view.selectRow(min(row, self.model.rowCount() - 1))
        else:
            self.detail.show_customer(None)

    def load_sample_portfolio(self) -> None:
        from relationdesk.services import sample_portfolio

        self.empty_state.set_busy(True)
        self.sample_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Loading the sample portfolio…"))
        run_in_background(
            lambda: sample_portfolio.load(self.db, SAMPLE_PORTFOLIO_SIZE, seed=7),
            self._sample_loaded,
            self._sample_failed,
            self,
        )

    def _sample_loaded(self, count: int) -> None:
        self.empty_state.set_busy(False)
        self.sample_action.setEnabled(True)
        self.statusBar().showMessage(self.tr("Added %n sample customer(s).", "", count), 5000)
        self.refresh()

    def _sample_failed(self, error: Exception) -> None:
        self.empty_state.set_busy(False)
        self.sample_action.setEnabled(True)
        self.statusBar().clearMessage()
        inform_error(
            self,
            self.tr("Sample portfolio not loaded"),
            self.tr("The sample portfolio could not be added. Nothing was changed."),
            str(error),
        )

    # --- settings, about, state --------------------------------------------------------
    def open_settings(self) -> None:
        from relationdesk.paths import data_dir
        from relationdesk.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.switcher, str(data_dir()), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About RelationDesk"),
            self.tr(
                "RelationDesk %1\n\nThe relationship desk for B2B salespeople: "
                "offline, private, in your language.\n\nDatabase: %2"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.db.path)),
        )

    def _restore_state(self) -> None:
        geometry = self.settings.get(keys.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1200, 720)
        state = self.settings.get(keys.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.get(keys.MAIN_SPLITTER)
        if splitter.isEmpty() or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([700, 500])
        last = self.settings.get(keys.LAST_CUSTOMER_ID)
        if not (last and self.select_customer(last)) and self.model.rowCount() > 0:
            self.view.selectRow(0)
        self._current_changed()

    def save_state(self) -> None:
        self.settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(keys.WINDOW_STATE, self.saveState())
        self.settings.set(keys.MAIN_SPLITTER, self.splitter.saveState())
        self.settings.set(keys.LAST_CUSTOMER_ID, self.selected_customer_id() or "")
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._count_timer.stop()
        self.save_state()
        super().closeEvent(event)
