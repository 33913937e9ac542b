"""Every interactive widget of every screen and dialog has a name a screen reader can say,
and the charts carry the figures they show as text (issue 18, item 12).

The screens are those packaging/screenshots.py visits (Today, each customer section, the
dashboard, the dialogs behind the actions), so a new screen is checked as soon as it is
photographed."""

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.test_screenshots import _screenshots_module

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
    QTextEdit,
    QPlainTextEdit,
)


def spoken_name(widget: QWidget) -> str:
    """The name assistive technology gets: set, or derived (a button's text, a buddy)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(top: QWidget) -> list[str]:
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), QComboBox | QAbstractSpinBox
        ):
            continue  # the editor inside a combo or spin box speaks through its owner
        if widget.focusPolicy() == widget.focusPolicy().NoFocus:
            continue
        if not spoken_name(widget):
            found.append(f"{type(widget).__name__} {widget.objectName()}")
    return found


def test_every_screen_names_its_interactive_widgets(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shots = _screenshots_module()
    problems: dict[str, list[str]] = {}
    charts: dict[str, str] = {}

    def check(widget: QWidget, path: Path, saved: list[Path]) -> None:
        shots._settle()
        saved.append(path)
        missing = unnamed(widget)
        if missing:
            problems[path.name] = missing
        for chart in widget.findChildren(QWidget):
            name = chart.objectName()
            if name.endswith("Chart") and not name.startswith("qt_") and chart.isVisibleTo(widget):
                charts[name] = chart.accessibleDescription()

    monkeypatch.setattr(shots, "_save", check)
    shots.render(tmp_path, ("en",), customers=6)
    assert problems == {}
    assert "relationshipStagesChart" in charts and "npsTrendChart" in charts
    for name, text in charts.items():  # a text alternative with the figures themselves
        assert re.search(r"\d", text), (name, text)
