"""Tiny helpers that keep widget construction short and typed."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject

from relationdesk import palette

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QProgressDialog, QTableView, QWidget

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


WARNING_BANNER_STYLE = (
    f"background: {palette.ALERT_BACKGROUND}; color: {palette.ALERT_TEXT}; "
    f"border: 1px solid {palette.ALERT_BORDER}; border-radius: 4px; padding: 8px;"
)
ADVICE_BANNER_STYLE = (
    f"background: {palette.ADVICE_BACKGROUND}; color: {palette.ADVICE_TEXT}; "
    f"border: 1px solid {palette.ADVICE_BORDER}; border-radius: 4px; padding: 8px;"
)


def banner(name: str, style: str) -> "QLabel":
    """A word-wrapped, coloured note over a tab (a warning or a piece of advice)."""
    from PySide6.QtWidgets import QLabel

    label = named(QLabel(), name)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    return label


def close_progress(progress: "QProgressDialog") -> None:
    """Close a progress dialog when its background work is over.

    Its canceled signal is deliberately not disconnected: the worker thread may at that
    moment be destroying the job's signals (taking Qt's connection lock, then waiting for
    the GIL the GUI thread holds), and disconnect() takes the same lock: a deadlock seen
    as a rare hang in the tests. A late Cancel only sets an event nobody reads any more;
    reset() does not emit canceled, and it stops the timer that would still show it."""
    progress.reset()
    progress.deleteLater()


def fit_headers(view: "QTableView") -> None:
    """Widen each column whose header text would be cut ("Penanggung jaw…")."""
    header = view.horizontalHeader()
    for column in range(header.count()):
        need = header.sectionSizeHint(column)  # the text, margins and the sort arrow
        if header.sectionSize(column) < need:
            header.resizeSection(column, need)


def keep_headers_whole(view: "QTableView") -> None:
    """fit_headers now and whenever the headers change (a language switch); never
    narrows a column."""
    view.model().headerDataChanged.connect(lambda *_args: fit_headers(view))
    fit_headers(view)


def describe(widget: "QWidget", name: str, description: str = "") -> None:
    """What a screen reader says for a widget: its name and, where it helps, what it
    holds. Called from retranslate_ui, so both follow the language."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)


# What a window frame and title bar take around a dialog, so its frame fits too.
FRAME_ALLOWANCE = (16, 40)


def resize_within_screen(window: "QWidget", width: int, height: int) -> None:
    """Resize to the wanted size, or to what the screen's free area holds (a 1366×768
    laptop with a taskbar, 1280×720, 200 % scaling): Save must never be off-screen, so
    a long form scrolls instead (FormDialog)."""
    from PySide6.QtGui import QGuiApplication

    screen = window.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry()
    window.resize(
        min(width, free.width() - FRAME_ALLOWANCE[0]),
        min(height, free.height() - FRAME_ALLOWANCE[1]),
    )
