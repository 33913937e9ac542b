"""Start-up through relationdesk.app: first paint, then the database, or a clear refusal."""

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from relationdesk.app import application, start
from relationdesk.ui.main_window import MainWindow
from tests.ui.helpers import AnswerMessageBox


def _dispose(window: MainWindow) -> None:
    window.switcher.apply("en")  # start() installed its own translators: take them out
    if window.db is not None:
        window.db.close()
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_start_shows_the_window_then_opens_the_database(qtbot: QtBot, data_dir: Path) -> None:
    window = start(application(), "it")
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10000)
    assert window.isVisible()
    assert (data_dir / "relationdesk.sqlite3").exists()
    assert window.menus.file.title() == "&File"  # Italian menus say "File" too
    assert window.workspace is not None
    assert window.workspace.currentWidget() is window.workspace.empty_state
    _dispose(window)


def test_damaged_database_is_explained_and_left_untouched(
    qtbot: QtBot, data_dir: Path, answer_message_box: AnswerMessageBox
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "relationdesk.sqlite3"
    path.write_bytes(b"\x00garbage that is not a database" * 100)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    shown = answer_message_box(QMessageBox.StandardButton.Ok)
    window = start(application(), "ro")
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "nu este o bază de date RelationDesk" in shown[0]
    assert str(path) in shown[0]
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.workspace is None
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not Path(f"{path}-wal").exists()
    _dispose(window)


def test_second_instance_on_the_same_database_is_refused(
    qtbot: QtBot, data_dir: Path, answer_message_box: AnswerMessageBox
) -> None:
    """Another process (a first RelationDesk) holds the database's lock."""
    data_dir.mkdir(parents=True, exist_ok=True)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from PySide6.QtCore import QLockFile;"
            f"lock = QLockFile({str(data_dir / 'relationdesk.sqlite3.lock')!r});"
            "print(lock.tryLock(0), flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "True"
        shown = answer_message_box(QMessageBox.StandardButton.Ok)
        window = start(application(), "en")
        qtbot.waitUntil(lambda: bool(shown), timeout=10000)
        assert "already open in another RelationDesk window" in shown[0]
        assert window.workspace is None
        _dispose(window)
    finally:
        holder.communicate("")


def test_first_start_follows_the_system_language(tmp_path: Path) -> None:
    code = "from relationdesk.i18n import system_language; print(system_language())"
    for lang, expected in (("ro_RO.UTF-8", "ro"), ("id_ID.UTF-8", "id"), ("de_DE.UTF-8", "en")):
        env = dict(os.environ, LANG=lang, LC_ALL=lang, LANGUAGE="")
        result = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        assert result.stdout.strip() == expected, lang


def test_installed_launcher_answers_without_a_display() -> None:
    launcher = Path(sys.executable).parent / "relationdesk"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [str(launcher), "--version"], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("RelationDesk ")
