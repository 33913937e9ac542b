"""The File menu's imports and Export submenu and Edit ▸ Merge customer into… open their
flows; they are off without a database or without a selected customer."""

from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from relationdesk.db.database import Database
from relationdesk.domain.customers import CustomerFields
from relationdesk.services import customer_editing as editing
from relationdesk.ui.customers.merge_dialog import CustomerMergeDialog
from relationdesk.ui.main_window import MainWindow
from tests.ui.helpers import AnswerMessageBox, find_dialog


def _menu_texts(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menus.file.actions()]


def _open_file_dialog(qtbot: QtBot, window: MainWindow, name: str) -> None:
    qtbot.waitUntil(lambda: window.findChild(QFileDialog, name) is not None)
    dialog = window.findChild(QFileDialog, name)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_file_menu_imports_and_exports_open_their_dialogs(
    qtbot: QtBot, window: MainWindow, answer_message_box: AnswerMessageBox
) -> None:
    exchange = window.exchange
    assert "&Import customers from CSV…" in _menu_texts(window)
    assert exchange.export_menu.menuAction() in window.menus.file.actions()
    assert [a.text() for a in exchange.export_menu.actions()] == [
        "&Customers as CSV…",
        "Contacts as &vCard…",
        "C&alendar (.ics)…",
        "&Everything as JSON…",
    ]
    for action, dialog_name in (
        (exchange.import_csv_action, "importCsvFileDialog"),
        (exchange.import_vcard_action, "importVcardFileDialog"),
        (exchange.export_csv_action, "exportCustomersDialog"),
        (exchange.export_vcard_action, "exportVcardFileDialog"),
        (exchange.export_ics_action, "exportIcsFileDialog"),
    ):
        assert action.isEnabled()
        action.trigger()
        _open_file_dialog(qtbot, window, dialog_name)
    answer_message_box(QMessageBox.StandardButton.Ok)  # the sensitive-texts question
    exchange.export_json_action.trigger()
    _open_file_dialog(qtbot, window, "exportJsonFileDialog")


def test_exchange_actions_are_off_without_a_database(window: MainWindow) -> None:
    window.detach_database()
    exchange = window.exchange
    assert not any(a.isEnabled() for a in exchange.import_actions())
    assert not any(a.isEnabled() for a in exchange.export_menu.actions())
    assert not exchange.merge_customer_action.isEnabled()


def test_edit_menu_merges_the_selected_customer(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    merge = window.exchange.merge_customer_action
    assert merge in window.menus.edit.actions()
    assert window.workspace is not None
    window.workspace.refresh()
    if window.workspace.selected_customer_id() is None:
        assert not merge.isEnabled(), "nothing selected, nothing to merge"
    keep = editing.create_customer(db, CustomerFields(name="Alfa Plast"))
    editing.create_customer(db, CustomerFields(name="Alfa Plast SRL"))
    window.workspace.refresh(keep)
    assert merge.isEnabled()
    merge.trigger()
    dialog = find_dialog(window, CustomerMergeDialog)
    assert dialog.isVisible()
    assert dialog.selected.id == keep
    dialog.reject()
