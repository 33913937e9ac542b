"""Tiny helpers that keep widget construction short and typed."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtCore import QObject

QObjectT = TypeVar("QObjectT", bound=QObject)


def named(obj: QObjectT, name: str) -> QObjectT:
    """Give a widget or action its objectName, so tests and automation can find it."""
    obj.setObjectName(name)
    return obj


@contextmanager
def busy_cursor() -> Iterator[None]:
    """The wait cursor while short blocking work runs on the GUI thread."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
