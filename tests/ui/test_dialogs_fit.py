"""Every dialog fits the screen and its buttons are on it: a 1366×768 laptop with a
taskbar, 1280×720, and 200 % scaling (issue 18, item 2).

The outer test starts pytest again in a subprocess whose offscreen screen has the size
asked for (Qt's offscreen `configfile`), with QT_SCALE_FACTOR for 200 %; the inner test
opens every dialog there, in the four languages.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from relationdesk.db.database import Database
from relationdesk.i18n import LanguageSwitcher
from relationdesk.ui.main_window import MainWindow
from tests.ui.dialog_factories import factories, make_data
from tests.ui.helpers import save_shot

SCREEN_ENV = "RELATIONDESK_FIT_SCREEN"
REPORT_ENV = "RELATIONDESK_FIT_REPORT"  # where the subprocess writes what it found
ROOT = Path(__file__).resolve().parents[2]
SCREENS = {  # name: (physical width, height free of the taskbar, scale factor)
    "laptop-1366x768-taskbar": (1366, 728, 1),
    "small-1280x720": (1280, 680, 1),
    "scaled-200pct-2560x1440": (2560, 1400, 2),
}
LANGUAGES = ("en", "it", "id", "ro")

def _problems(dialog: QDialog, free: QRect) -> list[str]:
    """What is off-screen: the dialog's frame, or a button of its button boxes."""
    problems = []
    frame = dialog.frameGeometry()
    if not free.contains(frame):
        problems.append(f"frame {frame.getRect()} outside {free.getRect()}")
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if not button.isVisibleTo(dialog):
                continue
            top_left = button.mapTo(dialog, QPoint(0, 0))
            if not dialog.rect().contains(QRect(top_left, button.size())):
                problems.append(f"{button.text()!r} outside the dialog")
            elif button.visibleRegion().isEmpty():
                problems.append(f"{button.text()!r} hidden")
    return problems


@pytest.mark.skipif(SCREEN_ENV not in os.environ, reason="run by test_every_dialog_fits")
def test_every_dialog_fits_this_screen(
    qtbot: QtBot, window: MainWindow, db: Database, switcher: LanguageSwitcher
) -> None:
    ids = make_data(db)
    free = QApplication.primaryScreen().availableGeometry()
    window.setGeometry(free)
    problems: dict[str, list[str]] = {}
    for language in LANGUAGES:
        switcher.apply(language)
        for name, factory in factories().items():
            dialog = factory(window, db, ids)
            dialog.show()
            qtbot.waitExposed(dialog)
            save_shot(dialog, f"{os.environ[SCREEN_ENV]}/{language}_{name}")
            found = _problems(dialog, free)
            if found:
                problems[f"{language}/{name}"] = found
            if hasattr(dialog, "clear_draft"):
                dialog.clear_draft()
            dialog.hide()
            dialog.deleteLater()
            QApplication.processEvents()
    Path(os.environ[REPORT_ENV]).write_text(json.dumps(problems, ensure_ascii=False), "utf-8")
    assert not problems


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_dialog_fits(screen: str, tmp_path: Path) -> None:
    if SCREEN_ENV in os.environ:
        pytest.skip("already inside the subprocess")
    width, height, scale = SCREENS[screen]
    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": screen, "x": 0, "y": 0, "width": width, "height": height}
                    | {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
                ]
            }
        ),
        encoding="utf-8",
    )
    env = dict(os.environ)
    env |= {
        SCREEN_ENV: screen,
        REPORT_ENV: str(tmp_path / "report.json"),
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": str(scale),
    }
    test = f"{Path(__file__).relative_to(ROOT)}::test_every_dialog_fits_this_screen"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:cacheprovider", test],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = tmp_path / "report.json"
    assert report.exists(), done.stdout[-3000:] + done.stderr[-2000:]
    problems = json.loads(report.read_text(encoding="utf-8"))
    assert problems == {}
    assert done.returncode == 0, done.stdout[-3000:]
