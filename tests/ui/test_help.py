"""F1 opens a short guide in the user's language; Help ▸ Keyboard shortcuts lists every
shortcut, read from the actions themselves; the welcome screen links to the guide."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from relationdesk.i18n import LanguageSwitcher, speaking
from relationdesk.ui.help.guide_dialog import GuideDialog
from relationdesk.ui.main_window import MainWindow


def _visible(window: MainWindow, name: str) -> GuideDialog:
    found = [d for d in window.findChildren(GuideDialog, name) if d.isVisible()]
    assert found, f"{name} not open"
    return found[0]


def test_f1_opens_the_guide_in_the_users_language(
    qtbot: QtBot, window: MainWindow, switcher: LanguageSwitcher
) -> None:
    switcher.apply("it")
    QApplication.processEvents()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = _visible(window, "guideDialog")
    text = guide.browser.toPlainText()
    with speaking("it"):
        question = QCoreApplication.translate("Guide", "How do I log a meeting after a visit?")
    assert question != "How do I log a meeting after a visit?"
    assert question in text
    assert "Ctrl+M" in text and "Ctrl+P" in text  # the keys as the actions have them


def test_keyboard_shortcuts_come_from_the_actions(qtbot: QtBot, window: MainWindow) -> None:
    extra = QAction("Jump somewhere", window)  # a shortcut nobody wrote into a list
    extra.setShortcut(QKeySequence("Ctrl+Alt+J"))
    window.addAction(extra)
    window.help.shortcuts_action.trigger()
    text = _visible(window, "shortcutsDialog").browser.toPlainText()
    for action in window.findChildren(QAction):
        if not action.shortcut().isEmpty() and action.text():
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            assert key in text, action.objectName()
    assert "Jump somewhere" in text and "Ctrl+Alt+J" in text
    assert "Ctrl+D" in text and "Alt+8" in text and "Ctrl+PgDown" in text
    assert "F1" in text


def test_the_welcome_screen_links_to_the_guide(qtbot: QtBot, window: MainWindow) -> None:
    workspace = window.workspace
    assert workspace is not None and workspace.is_empty()
    link = workspace.empty_state.guide_link
    assert "F1" in link.text()
    link.linkActivated.emit("guide")
    assert _visible(window, "guideDialog").browser.toPlainText()
