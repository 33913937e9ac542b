"""Keyboard dead ends (issue 18, item 4): Tab leaves tables, every mnemonic is unique in
its window and lands on a control, and the customer picker ranks by match."""

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView, QWidget
from pytestqt.qtbot import QtBot

from relationdesk.db.database import Database
from relationdesk.domain.customers import CustomerFields
from relationdesk.i18n import LanguageSwitcher
from relationdesk.services import customer_editing as editing
from relationdesk.ui.main_window import MainWindow
from relationdesk.ui.meetings.meeting_dialog import MeetingDialog
from tests.ui.dialog_factories import factories, make_data
from tests.ui.helpers import type_text
from tests.ui.keyboard_walk import clashes, walk

LANGUAGES = ("en", "it", "id", "ro")


def _window_problems(window: QWidget) -> dict[str, object]:
    reached, dead = walk(window)
    found: dict[str, object] = {}
    if clashes(reached):
        found["clashes"] = clashes(reached)
    if dead:
        found["dead"] = dead
    traps = [
        view.objectName()
        for view in window.findChildren(QAbstractItemView)
        if view.tabKeyNavigation() and view.isVisibleTo(window)
    ]
    if traps:
        found["Tab stays inside"] = traps
    return found


def test_every_mnemonic_is_unique_and_lands_on_a_control(
    qtbot: QtBot, window: MainWindow, db: Database, switcher: LanguageSwitcher
) -> None:
    ids = make_data(db)
    assert window.workspace is not None and window.tabs is not None
    window.workspace.refresh(select_id=ids["customer"])
    problems: dict[str, object] = {}
    for language in LANGUAGES:
        switcher.apply(language)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            pages = window.workspace.detail.tabs if index == 1 else None
            for page in range(pages.count() if pages is not None else 1):
                if pages is not None:
                    pages.setCurrentIndex(page)
                QApplication.processEvents()
                found = _window_problems(window)
                if found:
                    problems[f"{language}/main tab {index}/page {page}"] = found
        for name, factory in factories().items():
            dialog = factory(window, db, ids)
            dialog.show()
            found = _window_problems(dialog)
            if found:
                problems[f"{language}/{name}"] = found
            if hasattr(dialog, "clear_draft"):
                dialog.clear_draft()
            dialog.hide()
            dialog.deleteLater()
            QApplication.processEvents()
    assert not problems, json.dumps(problems, indent=1, ensure_ascii=False)


def test_tab_leaves_the_customer_table(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    make_data(db)
    editing.create_customer(db, CustomerFields(name="Gruppo Rossi"))
    assert window.workspace is not None and window.tabs is not None
    window.tabs.setCurrentWidget(window.workspace)
    window.workspace.refresh()
    view: QTableView = window.workspace.view
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert not view.hasFocus()
    assert view.currentIndex().row() == 0  # Tab did not walk the cells either


def test_the_picker_puts_exact_and_prefix_matches_first(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    for name in (
        "Agro Ion Prod",
        "Alimentara Cionca",
        "Ionescu",
        "Fabrica Ionel",
        "Champion Foods",
        "Ionescu Logistică",
    ):
        editing.create_customer(db, CustomerFields(name=name))
    dialog = MeetingDialog(db, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.customer_picker, "ion")
    suggestions = dialog.customer_picker.completer().model()
    names = [suggestions.index(row, 0).data() for row in range(suggestions.rowCount())]
    # By name, Ionescu would come third; the search finds words that start with "ion".
    assert names == ["Ionescu", "Ionescu Logistică", "Agro Ion Prod", "Fabrica Ionel"]
    dialog.customer_picker.clear()
    dialog.clear_draft()
