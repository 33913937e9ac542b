"""The customer's sections as a list above them that wraps onto a second row, instead of
a tab bar that cannot show all eight at 1366×768 (Lifecycle and Economics hid behind
scroll arrows). Wrapping, it needs no more width than the sections themselves.

The QTabWidget stays (its pages, its current index and signal are what the pane and the
tests use); only its bar is hidden and this list drives it. The keyboard reaches every
section from anywhere in the customer workspace: Ctrl+Page Down / Ctrl+Page Up for the
next and previous, Alt+1 … Alt+8 for one directly.
"""

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QTabWidget,
    QWidget,
)

from relationdesk.ui.shared.qt_helpers import named


class SectionList(QListWidget):
    def __init__(self, tabs: QTabWidget, shortcut_owner: QWidget) -> None:
        super().__init__()
        named(self, "customerSections")
        self._tabs = tabs
        tabs.tabBar().hide()
        tabs.setDocumentMode(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setSpacing(2)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        for _ in range(tabs.count()):
            self.addItem(QListWidgetItem())
        self.currentRowChanged.connect(self._row_changed)
        tabs.currentChanged.connect(self._tab_changed)
        self.shortcuts = [
            self._shortcut(shortcut_owner, QKeySequence("Ctrl+PgDown"), lambda: self.step(1)),
            self._shortcut(shortcut_owner, QKeySequence("Ctrl+PgUp"), lambda: self.step(-1)),
        ]
        for index in range(min(tabs.count(), 9)):
            self.shortcuts.append(
                self._shortcut(
                    shortcut_owner,
                    QKeySequence(f"Alt+{index + 1}"),
                    lambda index=index: tabs.setCurrentIndex(index),
                )
            )
        self.setCurrentRow(tabs.currentIndex())

    @staticmethod
    def _shortcut(owner: QWidget, keys: QKeySequence, act: object) -> QShortcut:
        shortcut = QShortcut(keys, owner)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(act)
        return shortcut

    def step(self, by: int) -> None:
        """The next (1) or previous (-1) section, round the end."""
        count = self._tabs.count()
        self._tabs.setCurrentIndex((self._tabs.currentIndex() + by) % count)

    def sync_texts(self) -> None:
        """The tab titles (already translated) with their Alt+digit, after a language change."""
        for index in range(self._tabs.count()):
            item = self.item(index)
            text = self._tabs.tabText(index)
            item.setText(text)
            if index < 9:
                key = QKeySequence(f"Alt+{index + 1}").toString(
                    QKeySequence.SequenceFormat.NativeText
                )
                item.setToolTip(f"{text} ({key})")
                item.setSizeHint(QSize())  # measured again in the new language
                self.shortcuts[2 + index].setWhatsThis(
                    self.tr("Customer section: %1").replace("%1", text)
                )
        self.shortcuts[0].setWhatsThis(self.tr("Next customer section"))  # Help ▸ shortcuts
        self.shortcuts[1].setWhatsThis(self.tr("Previous customer section"))
        self.doItemsLayout()
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the rows the titles wrap into: none hidden, no scrolling."""
        if not self.count():
            return
        bottom = max(self.visualItemRect(self.item(row)).bottom() for row in range(self.count()))
        height = bottom + self.verticalOffset() + self.spacing() + 2 * self.frameWidth() + 2
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.doItemsLayout()
        self._fit_height()

    def minimumSizeHint(self) -> QSize:
        """The widest title: any narrower and it would be cut."""
        widest = max((self.sizeHintForColumn(0), 40)) + 2 * self.spacing()
        return QSize(widest + 2 * self.frameWidth(), 0)

    def _row_changed(self, row: int) -> None:
        if row >= 0 and row != self._tabs.currentIndex():
            self._tabs.setCurrentIndex(row)

    def _tab_changed(self, index: int) -> None:
        if index != self.currentRow():
            self.setCurrentRow(index)
