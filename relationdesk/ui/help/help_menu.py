"""Help ▸ Guide (F1) and Help ▸ Keyboard shortcuts.

Kept out of main_window.py; the dialogs are imported when first opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from relationdesk.ui.shared.qt_helpers import named

if TYPE_CHECKING:
    from relationdesk.ui.help.guide_dialog import GuideDialog
    from relationdesk.ui.main_window import MainWindow


class HelpMenu(QObject):
    """Builds the two actions; the window adds them to its Help menu and its shortcuts."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._guide: GuideDialog | None = None
        self._shortcuts: GuideDialog | None = None
        self.guide_action = named(QAction(window), "guideAction")
        self.guide_action.triggered.connect(self.open_guide)
        self.shortcuts_action = named(QAction(window), "shortcutsAction")
        self.shortcuts_action.triggered.connect(self.open_shortcuts)
        window.addAction(self.guide_action)

    def shortcuts(self) -> list[tuple[QAction, QKeySequence.StandardKey | str]]:
        """Installed by the window after its first paint, as every other shortcut."""
        return [(self.guide_action, QKeySequence.StandardKey.HelpContents)]

    def actions(self) -> list[QAction]:
        return [self.guide_action, self.shortcuts_action]

    def open_guide(self) -> None:
        from relationdesk.ui.help.guide_dialog import GuideDialog, guide_html

        if self._guide is None:
            self._guide = GuideDialog(self._window, "guideDialog", lambda: guide_html(self._window))
            self._guide.destroyed.connect(lambda: setattr(self, "_guide", None))
        self._guide.show_again()

    def open_shortcuts(self) -> None:
        from relationdesk.ui.help.guide_dialog import GuideDialog, shortcuts_html

        if self._shortcuts is None:
            self._shortcuts = GuideDialog(
                self._window, "shortcutsDialog", lambda: shortcuts_html(self._window)
            )
            self._shortcuts.destroyed.connect(lambda: setattr(self, "_shortcuts", None))
        self._shortcuts.show_again()

    def retranslate(self) -> None:
        self.guide_action.setText(self.tr("&Guide: how do I…"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
