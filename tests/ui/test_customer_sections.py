"""The customer's eight sections: all in sight at 1366×768, and reachable by keyboard
from the customer list (Ctrl+Page Down / Up, Alt+1 … Alt+8)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from relationdesk.db.database import Database
from relationdesk.domain.customers import CustomerFields
from relationdesk.i18n import LanguageSwitcher
from relationdesk.services import customer_editing as editing
from relationdesk.ui.customers.customer_detail import (
    BRIEF_TAB,
    CONTACTS_TAB,
    ECONOMICS_TAB,
    LIFECYCLE_TAB,
)
from relationdesk.ui.main_window import MainWindow


def test_every_section_in_sight_and_by_keyboard(
    qtbot: QtBot, window: MainWindow, db: Database, switcher: LanguageSwitcher
) -> None:
    customer = editing.create_customer(db, CustomerFields(name="Carpați Industrial"))
    window.resize(1366, 768)
    workspace = window.workspace
    assert workspace is not None
    window.customers_action.trigger()
    workspace.refresh(customer)
    detail = workspace.detail
    sections = detail.sections
    for language in ("en", "ro", "id"):
        switcher.apply(language)
        for _ in range(2):  # the language change, then the relayout it asks for
            QApplication.processEvents()
        view = sections.viewport().rect()
        for row in range(sections.count()):
            item = sections.item(row)
            assert item.text() == detail.tabs.tabText(row)
            place = sections.visualItemRect(item)
            assert view.contains(place), (language, item.text())  # in sight, not cut
            width = sections.fontMetrics().horizontalAdvance(item.text())
            assert place.width() >= width, (language, item.text())
    workspace.view.setFocus()  # from the customer list
    qtbot.keyClick(workspace.view, Qt.Key.Key_8, Qt.KeyboardModifier.AltModifier)
    assert detail.tabs.currentIndex() == ECONOMICS_TAB
    qtbot.keyClick(workspace.view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert detail.tabs.currentIndex() == LIFECYCLE_TAB
    qtbot.keyClick(workspace.view, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert detail.tabs.currentIndex() == BRIEF_TAB
    qtbot.keyClick(workspace.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert detail.tabs.currentIndex() == CONTACTS_TAB
    assert sections.currentRow() == CONTACTS_TAB
    sections.setCurrentRow(ECONOMICS_TAB)  # a click in the list
    assert detail.tabs.currentIndex() == ECONOMICS_TAB
