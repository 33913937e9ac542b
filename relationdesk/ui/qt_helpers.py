"""Tiny helpers that keep widget construction short and typed."""

from typing import TypeVar

from PySide6.QtCore import QObject

QObjectT = TypeVar("QObjectT", bound=QObject)


def named(obj: QObjectT, name: str) -> QObjectT:
    """Give a widget or action its objectName, so tests and automation can find it."""
    obj.setObjectName(name)
    return obj
