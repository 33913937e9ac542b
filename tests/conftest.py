"""Shared fixtures: every test gets its own data folder and a real SQLite file in it."""

import os
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from relationdesk.db.database import Database
from relationdesk.db.schema import open_database
from relationdesk.paths import DATA_DIR_ENV, DATABASE_URL_ENV, database_url


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    return folder


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    database = open_database(database_url())
    yield database
    database.close()


@pytest.fixture
def answer_message_box(qtbot: QtBot) -> Callable[[QMessageBox.StandardButton], list[str]]:
    """Click a button on the next modal message box; returns the texts it showed."""

    def arm(button: QMessageBox.StandardButton) -> list[str]:
        seen: list[str] = []

        def click() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(20, click)
                return
            seen.append(box.text())
            box.button(button).click()

        QTimer.singleShot(0, click)
        return seen

    return arm


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--slow", action="store_true", help="also run the slow install and bundle checks"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow (make package-check does)")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
