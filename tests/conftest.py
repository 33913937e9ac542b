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
from relationdesk.db.keys import KEY_FILE_ENV, forget_keys
from relationdesk.db.schema import open_database
from relationdesk.paths import DATA_DIR_ENV, DATABASE_URL_ENV, database_url
from tests.memory_keyring import MemoryKeyring


@pytest.fixture(autouse=True)
def keychain(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MemoryKeyring]:
    """No test touches a real keychain. The database key goes to a key file outside the
    data folder (child processes started by a test read the same one); a test that unsets
    RELATIONDESK_KEY_FILE gets this in-memory keyring instead."""
    import keyring

    memory = MemoryKeyring()
    before = keyring.get_keyring()
    keyring.set_keyring(memory)
    # not in tmp_path: tests count the files they made there
    monkeypatch.setenv(KEY_FILE_ENV, str(tmp_path_factory.mktemp("keychain") / "keys"))
    forget_keys()
    yield memory
    forget_keys()
    keyring.set_keyring(before)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keychain: MemoryKeyring) -> Path:
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
