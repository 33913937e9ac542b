"""Driving real widgets from tests."""

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

T = TypeVar("T")


def type_text(widget: QWidget, text: str) -> None:
    """Type any Unicode text: qtbot.keyClicks aborts on non-ASCII characters here."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def find_dialog(parent: QWidget, kind: type[T]) -> T:
    found = parent.findChildren(kind)
    assert found, f"no {kind.__name__} open"
    return found[-1]
