"""Driving real widgets from tests."""

import os
from pathlib import Path
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


SHOTS_ENV = "RELATIONDESK_SHOTS"


def save_shot(widget: QWidget, name: str) -> Path | None:
    """Save a screenshot of `widget` as NAME.png in the folder RELATIONDESK_SHOTS names;
    nothing when it is not set, so a test run leaves no files behind unless asked."""
    folder = os.environ.get(SHOTS_ENV)
    if not folder:
        return None
    path = Path(folder) / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))
    return path
