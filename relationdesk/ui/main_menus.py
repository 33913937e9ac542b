"""The main window's menus and toolbar: which of the window's actions goes where.
The actions and their texts stay in main_window.py; this keeps the window's module short."""

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from relationdesk.ui.shared.qt_helpers import named

if TYPE_CHECKING:
    from relationdesk.ui.main_window import MainWindow


class Menus(NamedTuple):
    """The menu bar's menus (titled by the window's retranslate_ui) and the toolbar.
    A NamedTuple: `dataclasses` costs ~7 ms before the first paint."""

    file: QMenu
    edit: QMenu
    view: QMenu
    help: QMenu
    toolbar: QToolBar


def build_menus(window: "MainWindow") -> Menus:
    """Fill the menu bar and the toolbar with the window's actions."""
    file = window.menuBar().addMenu("")
    file.addActions(
        [window.log_meeting_action, window.new_customer_action, window.new_contact_action]
    )
    file.addSeparator()
    file.addAction(window.sample_action)
    file.addSeparator()
    file.addActions(window.exchange.import_actions())
    file.addMenu(window.exchange.export_menu)
    file.addAction(window.export_pdf_action)
    file.addSeparator()
    file.addActions([window.backups_action, window.check_action])
    file.addSeparator()
    file.addAction(window.settings_action)
    file.addSeparator()
    file.addAction(window.quit_action)
    edit = window.menuBar().addMenu("")
    edit.addActions([window.undo_action, window.redo_action])
    edit.addSeparator()
    edit.addActions(
        [
            window.edit_customer_action,
            window.delete_customer_action,
            window.exchange.merge_customer_action,
        ]
    )
    edit.addSeparator()
    edit.addAction(window.find_action)
    view = window.menuBar().addMenu("")
    view.addActions([window.today_action, window.customers_action, window.dashboard_action])
    help_menu = window.menuBar().addMenu("")
    help_menu.addActions([*window.help.actions(), window.about_action])

    toolbar = named(QToolBar(), "mainToolbar")
    toolbar.setMovable(False)
    toolbar.addAction(window.log_meeting_action)
    toolbar.addAction(window.new_customer_action)
    toolbar.addAction(window.new_contact_action)
    spacer = QWidget()
    spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred)
    toolbar.addWidget(spacer)
    toolbar.addWidget(window.search_edit)
    window.addToolBar(toolbar)
    return Menus(file, edit, view, help_menu, toolbar)
