"""Walking a window's keyboard mnemonics (Alt+letter): which controls each letter reaches,
and which mnemonics lead nowhere. Used by tests/ui/test_keyboard.py."""

from collections import defaultdict

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QToolBar,
    QWidget,
)


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ("&&" is a literal ampersand), lower case."""
    index = 0
    while index < len(text) - 1:
        if text[index] == "&":
            if text[index + 1] != "&":
                return text[index + 1].lower()
            index += 1
        index += 1
    return None


def _focus_target(widget: QWidget) -> QWidget:
    proxy = widget.focusProxy()
    while proxy is not None:
        widget, proxy = proxy, proxy.focusProxy()
    return widget


def _takes_focus(widget: QWidget, window: QWidget) -> bool:
    target = _focus_target(widget)
    return target.isVisibleTo(window) and target.focusPolicy() != target.focusPolicy().NoFocus


def walk(window: QWidget) -> tuple[dict[str, list[str]], list[str]]:
    """(letter -> the visible controls it reaches, the mnemonics that land on nothing)."""
    reached: dict[str, list[str]] = defaultdict(list)
    dead: list[str] = []

    def add(text: str, what: str, lands: bool) -> None:
        letter = mnemonic(text)
        if letter is None:
            return
        reached[letter].append(f"{what} {text!r}")
        if not lands:
            dead.append(f"{what} {text!r}")

    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            add(action.text(), "menu", True)
    for label in window.findChildren(QLabel):
        if label.isVisibleTo(window):
            buddy = label.buddy()
            add(label.text(), "label", buddy is not None and _takes_focus(buddy, window))
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and not isinstance(button.parentWidget(), QToolBar):
            add(button.text(), type(button).__name__, True)
    for box in window.findChildren(QGroupBox):
        if box.isVisibleTo(window):
            lands = box.isCheckable() or any(
                _takes_focus(child, window) for child in box.findChildren(QWidget)
            )
            add(box.title(), "group", lands)
    for bar in window.findChildren(QTabBar):
        if bar.isVisibleTo(window):
            for index in range(bar.count()):
                add(bar.tabText(index), "tab", bar.isTabEnabled(index))
    return dict(reached), dead


def clashes(reached: dict[str, list[str]]) -> dict[str, list[str]]:
    """The letters that reach more than one control (Alt+letter then only cycles)."""
    return {letter: what for letter, what in reached.items() if len(what) > 1}
