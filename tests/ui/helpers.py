"""Driving real widgets from tests."""

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from relationdesk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabWidget

    from relationdesk.ui.customers.customer_workspace import CustomerWorkspace
    from relationdesk.ui.dashboard.dashboard_tab import DashboardTab
    from relationdesk.ui.meetings.today_view import TodayView

T = TypeVar("T", bound=QObject)

# The `answer_message_box` fixture (tests/conftest.py): click a button, get the texts shown.
AnswerMessageBox = Callable[[QMessageBox.StandardButton], list[str]]


class AttachedWindow(MainWindow):
    """The `window` fixture's type: a main window with its database attached.

    `MainWindow.workspace`, `today`, `dashboard` and `tabs` are None only before `attach`
    and after `detach_database`; tests that drive an attached window use this type instead
    of checking for None. (`db` stays optional: flows take the window as a `FlowWindow`.)
    A type only, never instantiated: `tr()` takes its context from the class's name.
    """

    workspace: "CustomerWorkspace"
    today: "TodayView"
    dashboard: "DashboardTab"
    tabs: "QTabWidget"


def type_text(widget: QWidget | None, text: str) -> None:
    """Type any Unicode text: qtbot.keyClicks aborts on non-ASCII characters here."""
    assert widget is not None  # e.g. a combo box's line edit, typed as optional
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


def child(parent: QObject, kind: type[T], name: str) -> T:
    """The named child, which must be there (`findChild` says None otherwise)."""
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} {name!r}"
    return found


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
