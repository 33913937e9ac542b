"""Started as a desktop program, a data folder RelationDesk cannot use is said in a dialog,
in the user's language: there is no terminal to read the command line's sentence."""

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from relationdesk.cli import main
from relationdesk.cli import messages as cli_messages
from relationdesk.cli.exit_codes import ExitCode
from relationdesk.paths import DATA_DIR_ENV


def test_a_data_folder_that_is_a_file_is_said_in_a_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_folder = tmp_path / "data.txt"
    not_a_folder.write_text("mine\n", encoding="utf-8")
    monkeypatch.setenv(DATA_DIR_ENV, str(not_a_folder))
    seen: list[tuple[str, str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append((box.windowTitle(), box.text()))
        box.accept()

    QTimer.singleShot(0, answer)
    try:
        assert main(["--language", "ro", "gui"]) == ExitCode.DATABASE_UNAVAILABLE
    finally:
        cli_messages.say_in_a_window(False)
        cli_messages.use_language(None)
    assert seen and seen[0][0] == "RelationDesk nu poate porni"
    assert seen[0][1].startswith("Dosarul de date este un fișier")  # said in Romanian
    assert not_a_folder.read_text(encoding="utf-8") == "mine\n"


def test_a_command_never_opens_a_dialog(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_folder = tmp_path / "data.txt"
    not_a_folder.write_text("mine\n", encoding="utf-8")
    monkeypatch.setenv(DATA_DIR_ENV, str(not_a_folder))
    assert main(["check"]) == ExitCode.DATABASE_UNAVAILABLE  # would hang on a modal dialog
    assert "The data folder is a file" in capsys.readouterr().err
