"""Tests leave screenshots only where RELATIONDESK_SHOTS asks for them."""

from pathlib import Path
from typing import Any

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


def _screenshots_module() -> Any:  # a script, loaded from its file: no static type
    import importlib.util

    script = ROOT / "packaging" / "screenshots.py"
    spec = importlib.util.spec_from_file_location("screenshots", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_screenshots_script_renders_every_screen(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """packaging/screenshots.py runs to the end: each of the customer's sections, Today,
    the dashboard and every dialog, in a language with long words (a small sample)."""
    shots = _screenshots_module()
    saved = shots.render(tmp_path / "shots", ("id",), customers=6)
    names = {path.name for path in saved}
    for section in shots.TAB_NAMES:
        assert f"customer-{section}-id.png" in names
    for screen in ("today", "dashboard", "meeting-dialog", "settings-dialog", "backups-dialog"):
        assert f"{screen}-id.png" in names
    assert all(path.stat().st_size > 0 for path in saved)
