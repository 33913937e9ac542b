"""The main window shell: menus, toolbar, search box and status bar.

It deliberately does not import `Qt` from QtCore: that import builds every Qt enum
(~15 ms), which the workspace pays after the first paint instead.

It is painted before the database is opened and before the customer workspace is
built (`attach`): a window that appears at once is what a salesperson sees as a fast
app, and the workspace's imports and queries follow in the next event-loop turn.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QMessageBox, QWidget

from relationdesk import APP_NAME, __version__
from relationdesk import settings as keys
from relationdesk.i18n import LanguageSwitcher
from relationdesk.settings import Settings
from relationdesk.ui.exchange.exchange_menu import ExchangeMenu
from relationdesk.ui.help.help_menu import HelpMenu
from relationdesk.ui.main_menus import build_menus
from relationdesk.ui.shared.changes import Changes, Topic
from relationdesk.ui.shared.qt_helpers import describe, named, resize_within_screen
from relationdesk.ui.shared.undo import name_undo_actions, wire_undo_actions

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabWidget

    from relationdesk.db.database import Database
    from relationdesk.ui.customers.customer_workspace import CustomerWorkspace
    from relationdesk.ui.dashboard.dashboard_tab import DashboardTab
    from relationdesk.ui.maintenance.database_actions import DatabaseActions
    from relationdesk.ui.meetings.today_view import TodayView
    from relationdesk.ui.reports.pdf_export import PdfExport
    from relationdesk.ui.team.team_sync import TeamSync


class MainWindow(QMainWindow):
    sig_first_painted = Signal()  # emitted once, just after the window first appeared

    def __init__(self, settings: Settings, switcher: LanguageSwitcher) -> None:
        super().__init__()
        self._painted = False
        # Setting a shortcut builds Qt's whole enum namespace (~35 ms), so shortcuts are
        # installed right after the first paint, when nothing could use them yet anyway.
        self._shortcuts: list[tuple[QAction, QKeySequence.StandardKey | str]] = []
        self.sig_first_painted.connect(self._install_shortcuts)
        self.setObjectName("mainWindow")
        self.settings = settings
        self.switcher = switcher
        self.changes = Changes(self)  # what writers announce; views listen (shared/changes.py)
        self.undo_stack = QUndoStack(self)  # the quick actions, taken back by Ctrl+Z
        self.db: Database | None = None
        self.workspace: CustomerWorkspace | None = None
        self.today: TodayView | None = None
        self.dashboard: DashboardTab | None = None
        self.tabs: QTabWidget | None = None
        self._db_actions: DatabaseActions | None = None
        self._pdf_export: PdfExport | None = None
        self.team_sync: TeamSync | None = None  # built on attach; idle without a team

        self.search_edit = named(QLineEdit(), "searchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaximumWidth(360)
        self.search_edit.setEnabled(False)
        self.count_label = named(QLabel(), "countLabel")
        self.statusBar().addPermanentWidget(self.count_label)
        self.setCentralWidget(QWidget())
        self._build_actions()
        self._enable_customer_actions(None)
        self.retranslate_ui()
        geometry = settings.get(keys.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            resize_within_screen(self, 1200, 720)

    def attach(self, db: Database) -> None:
        """Show the database's customers (called once, after the first paint)."""
        from PySide6.QtGui import QIcon
        from PySide6.QtWidgets import QTabWidget

        from relationdesk.paths import package_dir
        from relationdesk.services.scores import use_preferences
        from relationdesk.ui.customers.customer_workspace import CustomerWorkspace
        from relationdesk.ui.dashboard.dashboard_tab import WARM_UP_DELAY_MS, DashboardTab
        from relationdesk.ui.meetings.today_view import TodayView

        # Set after the first paint: loading the SVG plugin is not free.
        self.setWindowIcon(QIcon(str(package_dir() / "resources" / "relationdesk.svg")))
        self.db = db
        use_preferences(self.settings)  # as every command does (cli/database.py)
        workspace = CustomerWorkspace(db, self.settings, self.search_edit, self, self.changes)
        self.workspace = workspace
        self.today = TodayView(
            db,
            self,
            changes=self.changes,
            touch_days=lambda: self.settings.get(keys.STAY_IN_TOUCH_DAYS),
        )
        self.today.set_undo(self.undo_stack)
        workspace.undo_stack = self.undo_stack
        self.tabs = named(QTabWidget(), "mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.today, "")
        self.tabs.addTab(workspace, "")
        # Built when first shown; matplotlib and the figures are read ahead in the background.
        self.dashboard = DashboardTab(db, self.settings, self, changes=self.changes)
        self.tabs.addTab(self.dashboard, "")
        self.dashboard.sig_open_customer.connect(self.open_customer)
        QTimer.singleShot(WARM_UP_DELAY_MS, self.dashboard, self.dashboard.warm_up)
        self.today.sig_open_customer.connect(self.open_customer)
        workspace.sig_count_changed.connect(self._show_count)
        workspace.sig_current_changed.connect(self._enable_customer_actions)
        workspace.sig_message.connect(self._show_message)
        workspace.sig_sample_loading.connect(self._sample_loading)
        workspace.own_delete_action(self.delete_customer_action)
        workspace.empty_state.sig_open_guide.connect(self.help.open_guide)
        self.new_customer_action.setEnabled(True)
        self.log_meeting_action.setEnabled(True)
        self.sample_action.setEnabled(True)
        self.export_pdf_action.setEnabled(True)
        self.exchange.set_database_open(True)
        self.setCentralWidget(self.tabs)
        workspace.restore_state(self.settings)
        self.database_actions().auto_backup_soon()
        self._attach_team()
        # The morning starts with what is due (docs/stories.md #2); a new desk with its welcome.
        self.tabs.setCurrentIndex(1 if workspace.is_empty() else 0)
        self.retranslate_ui()

    def _attach_team(self) -> None:
        from relationdesk.ui.team.team_sync import TeamSync

        self.team_sync = self.team_sync or TeamSync(self)
        self.team_sync.attach()  # the (new) change signal; first sync a while later

    def database_actions(self) -> DatabaseActions:
        if self._db_actions is None:
            from relationdesk.ui.maintenance.database_actions import DatabaseActions

            self._db_actions = DatabaseActions(self)
        return self._db_actions

    def pdf_export(self) -> PdfExport:
        if self._pdf_export is None:
            from relationdesk.ui.reports.pdf_export import PdfExport

            self._pdf_export = PdfExport(self)
        return self._pdf_export

    def detach_database(self) -> None:
        """Close the database and what shows it (before a restore swaps the file)."""
        self.save_state()
        self.undo_stack.clear()  # its commands belong to the database that goes
        self.setCentralWidget(QWidget())  # the old tabs and workspace go with their view
        self.changes.deleteLater()  # the old views, deleted later, must not hear the next
        self.changes = Changes(self)  # database's changes
        self.workspace = None
        self.today = None
        self.dashboard = None
        self.tabs = None
        if self.db is not None:
            self.db.close()
            self.db = None
        self._enable_customer_actions(None)
        self.exchange.set_database_open(False)

    def _on_workspace(self, act: Callable[[CustomerWorkspace], object]) -> None:
        if self.workspace is not None:
            act(self.workspace)

    def _show_tab(self, index: int) -> None:
        if self.tabs is not None:
            self.tabs.setCurrentIndex(index)

    def selected_customer_id(self) -> str | None:
        """The customer selected in the list (FlowWindow)."""
        return self.workspace.selected_customer_id() if self.workspace is not None else None

    def customer_in_view(self) -> str | None:
        """The customer the user is looking at: the selected follow-up's on Today, the
        selected one on Customers, none elsewhere (not one hidden on another tab)."""
        if self.tabs is None:
            return None
        current = self.tabs.currentWidget()
        if current is self.today and self.today is not None:
            follow_up = self.today.selected_follow_up()
            return follow_up.customer_id if follow_up is not None else None
        if current is self.workspace and self.workspace is not None:
            return self.workspace.selected_customer_id()
        return None

    def open_customer(self, customer_id: str) -> None:
        """Show a customer (from the Today view or the dashboard), with its brief."""
        if self.workspace is None:
            return
        self._show_tab(1)
        self.workspace.reveal_customer(customer_id)

    # --- construction ----------------------------------------------------------------
    def _action(self, name: str, shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
        action = named(QAction(self), name)
        if shortcut is not None:
            self._shortcuts.append((action, shortcut))
        self.addAction(action)
        return action

    def _install_shortcuts(self) -> None:
        for action, shortcut in self._shortcuts:
            action.setShortcut(QKeySequence(shortcut))

    def _build_actions(self) -> None:
        self.new_customer_action = self._action("newCustomerAction", QKeySequence.StandardKey.New)
        self.new_contact_action = self._action("newContactAction", "Ctrl+Shift+N")
        self.log_meeting_action = self._action("logMeetingAction", "Ctrl+M")
        self.edit_customer_action = self._action("editCustomerAction", "Ctrl+E")
        self.delete_customer_action = named(QAction(self), "deleteCustomerAction")
        self._shortcuts.append((self.delete_customer_action, QKeySequence.StandardKey.Delete))
        self.undo_action = self._action("undoAction", QKeySequence.StandardKey.Undo)
        self.redo_action = self._action("redoAction", QKeySequence.StandardKey.Redo)
        wire_undo_actions(self.undo_stack, self.undo_action, self.redo_action)
        self.find_action = self._action("findAction", QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.sample_action = self._action("loadSampleAction")
        self.backups_action = self._action("backupsAction")
        self.check_action = self._action("checkDatabaseAction")
        self.export_pdf_action = self._action("exportPdfAction", QKeySequence.StandardKey.Print)
        self.export_pdf_action.triggered.connect(lambda: self.pdf_export().start())
        self.export_pdf_action.setEnabled(False)
        self.settings_action = self._action("settingsAction", "Ctrl+,")
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = self._action("quitAction", "Ctrl+Q")
        self.quit_action.triggered.connect(self.close)
        self.today_action = self._action("todayAction", "Ctrl+1")
        self.customers_action = self._action("customersAction", "Ctrl+2")
        self.dashboard_action = self._action("dashboardAction", "Ctrl+3")
        self.today_action.triggered.connect(lambda: self._show_tab(0))
        self.customers_action.triggered.connect(lambda: self._show_tab(1))
        self.dashboard_action.triggered.connect(lambda: self._show_tab(2))
        self.about_action = self._action("aboutAction")
        self.about_action.triggered.connect(self.show_about)
        self.new_customer_action.setEnabled(False)
        self.log_meeting_action.setEnabled(False)
        self.sample_action.setEnabled(False)

        self.exchange = ExchangeMenu(self)
        self.export_customers_action = self.exchange.export_csv_action
        self.help = HelpMenu(self)  # Guide (F1) and Keyboard shortcuts
        self._shortcuts.extend(self.help.shortcuts())
        self.menus = build_menus(self)
        self.backups_action.triggered.connect(lambda: self.database_actions().open_backups())
        self.check_action.triggered.connect(lambda: self.database_actions().check_database())
        # Connected once, to whichever workspace is attached (a restore attaches a new one).
        for action, act in (
            (self.new_customer_action, lambda ws: ws.new_customer()),
            (self.log_meeting_action, lambda ws: ws.log_meeting_for(self.customer_in_view())),
            (self.new_contact_action, lambda ws: ws.detail.new_contact()),
            (self.edit_customer_action, lambda ws: ws.edit_customer()),
            (self.delete_customer_action, lambda ws: ws.delete_customer()),
            (self.sample_action, lambda ws: ws.load_sample_portfolio()),
        ):
            action.triggered.connect(lambda _checked=False, act=act: self._on_workspace(act))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(APP_NAME)
        self.menus.file.setTitle(self.tr("&File"))
        self.menus.edit.setTitle(self.tr("&Edit"))
        self.menus.view.setTitle(self.tr("&View"))
        self.menus.help.setTitle(self.tr("&Help"))
        self.today_action.setText(self.tr("&Today"))
        self.customers_action.setText(self.tr("&Customers"))
        self.dashboard_action.setText(self.tr("&Dashboard"))
        if self.tabs is not None:
            describe(
                self.tabs, self.tr("Views"), self.tr("Today, Customers, Dashboard: Ctrl+1 to 3")
            )
            self.tabs.setTabText(0, self.tr("Today"))
            self.tabs.setTabText(1, self.tr("Customers"))
            self.tabs.setTabText(2, self.tr("Dashboard"))
        self.new_customer_action.setText(self.tr("&New customer…"))
        self.new_contact_action.setText(self.tr("New &contact…"))
        self.log_meeting_action.setText(self.tr("&Log meeting…"))
        self.edit_customer_action.setText(self.tr("&Edit customer…"))
        self.delete_customer_action.setText(self.tr("&Delete customer…"))
        self.find_action.setText(self.tr("&Find customer"))
        name_undo_actions(self.undo_stack, self.undo_action, self.redo_action)
        self.sample_action.setText(self.tr("Load sa&mple portfolio"))
        self.backups_action.setText(self.tr("&Backups…"))
        self.check_action.setText(self.tr("Chec&k database…"))
        self.exchange.retranslate_ui()
        self.export_pdf_action.setText(self.tr("Export &PDF…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About RelationDesk"))
        self.help.retranslate()
        self.search_edit.setPlaceholderText(self.tr("Search customers, contacts, notes… (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Search customers"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # After this paint completes; the window as context cancels it if closed first.
            QTimer.singleShot(0, self, self._announce_first_paint)

    def _announce_first_paint(self) -> None:
        self.sig_first_painted.emit()

    # --- reactions to the workspace --------------------------------------------------
    def _show_count(self, count: int, searching: bool) -> None:
        if searching and count == 0:
            self.count_label.setText(self.tr("No customer matches your search"))
        else:
            self.count_label.setText(self.tr("%n customer(s)", "", count))

    def _enable_customer_actions(self, customer_id: str | None) -> None:
        for action in (
            self.edit_customer_action,
            self.delete_customer_action,
            self.new_contact_action,
            self.exchange.merge_customer_action,
        ):
            action.setEnabled(customer_id is not None)

    def _sample_loading(self, busy: bool) -> None:
        self.sample_action.setEnabled(not busy)

    def show_status(self, text: str, timeout_ms: int = 5000) -> None:
        """A short message in the status bar (FlowWindow)."""
        self._show_message(text, timeout_ms)

    def dialog_parent(self) -> QWidget:
        """Dialogs open over the main window (FlowWindow)."""
        return self

    def _show_message(self, text: str, timeout_ms: int) -> None:
        if text:
            self.statusBar().showMessage(text, timeout_ms)
        else:
            self.statusBar().clearMessage()

    # --- settings, about, state --------------------------------------------------------
    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def open_settings(self) -> None:
        from relationdesk.paths import data_dir
        from relationdesk.services.economics import currencies_in_use
        from relationdesk.ui.settings.settings_dialog import SettingsDialog

        in_use = currencies_in_use(self.db.reader) if self.db is not None else []
        dialog = SettingsDialog(self.settings, self.switcher, str(data_dir()), self, in_use)
        dialog.sig_scoring_changed.connect(self.rescore_all)
        dialog.accepted.connect(lambda: self.changes.announce(Topic.SETTINGS))  # rates, weights…
        if self.team_sync is not None:
            from relationdesk.ui.team.team_page import TeamPage

            dialog.tabs.addTab(TeamPage(self, self.team_sync), TeamPage.title())
        dialog.open()

    def rescore_all(self) -> None:
        from relationdesk.ui.principles.rescoring import rescore_all_customers

        rescore_all_customers(self)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About RelationDesk"),
            self.tr(
                "RelationDesk %1\n\nThe relationship desk for B2B salespeople: "
                "offline, private, in your language.\n\nDatabase: %2"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.db.path if self.db else "")),
        )

    def save_state(self) -> None:
        self.settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        if self.workspace is not None:
            self.workspace.save_state(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.db is not None and self._db_actions is not None:
            self._db_actions.auto_backup_now()
        super().closeEvent(event)
