"""Tests leave screenshots only where RELATIONDESK_SHOTS asks for them."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.ui.helpers import SHOTS_ENV, save_shot

ROOT = Path(__file__).resolve().parents[2]
GRAB_SAVE = ".grab()" + ".save("


def test_no_screenshot_unless_asked(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    label = QLabel("Brașov")
    qtbot.addWidget(label)
    monkeypatch.delenv(SHOTS_ENV, raising=False)
    assert save_shot(label, "label") is None
    monkeypatch.setenv(SHOTS_ENV, str(tmp_path / "shots"))
    saved = save_shot(label, "label")
    assert saved == tmp_path / "shots" / "label.png" and saved.stat().st_size > 0


def test_tests_save_screenshots_only_through_save_shot() -> None:
    helpers = ROOT / "tests" / "ui" / "helpers.py"
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "tests").rglob("*.py")
        if path not in (helpers, Path(__file__)) and GRAB_SAVE in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
