"""What the window says when the database is full, busy or cannot be opened: what
happened, never a row's values nor a password."""

import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from relationdesk.db import connection, database, driver
from relationdesk.db.connection import open_file
from relationdesk.db.database import Database
from relationdesk.db.errors import DatabaseOpenError, OpenFailure
from relationdesk.domain.customers import CustomerFields
from relationdesk.services import customer_editing as editing
from relationdesk.ui.customers.customer_dialog import CustomerDialog
from relationdesk.ui.shared import errors, messages
from tests.ui.helpers import AttachedWindow, find_dialog

CANARY = "zqxcanary5521"


def test_a_full_disk_is_said_and_its_row_never_shown_nor_logged(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = connection.connect

    def full_disk(path: Path, *, same_thread: bool = True) -> sqlite3.Connection:
        conn = real(path, same_thread=same_thread)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(database, "connect", full_disk)
    full = Database(db.path)
    notes = f"{CANARY} told us about the takeover " + "x" * 20_000
    try:
        with pytest.raises(Exception) as raised:
            editing.create_customer(full, CustomerFields(name="Alfa", notes=notes))
    finally:
        full.close()
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(messages, "inform_error", lambda _p, *texts: shown.append(texts))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.setup_logging(tmp_path)
    try:
        errors.install_exception_hook()
        error = raised.value
        sys.excepthook(type(error), error, error.__traceback__)
    finally:
        for handler in errors.log.handlers[:]:
            errors.log.removeHandler(handler)
            handler.close()
    ((title, text, details),) = shown
    assert title == "Nothing was saved" and text.startswith("The disk is full")
    assert CANARY not in f"{title}{text}{details}"
    logged = (tmp_path / "relationdesk.log").read_text(encoding="utf-8")
    assert "database or disk is full" in logged and CANARY not in logged
    assert db.reader.execute("SELECT count(*) FROM customer").fetchone()[0] == 0


def test_the_cannot_open_dialog_never_shows_a_password() -> None:
    url = "postgresql://sam:s3cret-pw@db.example.com/crm"
    error = DatabaseOpenError(OpenFailure.OTHER, url, f"cannot use {url}")
    title, text = errors.database_error_text(error)
    assert "s3cret-pw" not in f"{title}{text}{error}{error.detail}"
    assert "postgresql://sam:***@db.example.com/crm" in text


def test_a_name_with_a_bidi_control_is_refused_in_words(
    qtbot: QtBot, window: AttachedWindow, db: Database
) -> None:
    window.workspace.new_customer()
    dialog = find_dialog(window, CustomerDialog)
    dialog.name_edit.insert("Alfa \u202eLRS")  # pasted: it would display "Alfa SRL"
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    assert "invisible control character" in dialog.error_label.text()
    assert db.reader.execute("SELECT count(*) FROM customer").fetchone()[0] == 0


@pytest.mark.qt_no_exception_capture  # the app's own hook is what is tested
def test_the_window_says_the_database_is_busy(
    qtbot: QtBot, window: AttachedWindow, db: Database, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 50)
    db.engine.dispose()  # the next write connects with the short timeout
    shown: list[tuple[str, ...]] = []
    monkeypatch.setattr(messages, "inform_error", lambda _p, *texts: shown.append(texts))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_exception_hook()
    other = open_file(db.path)
    other.execute("BEGIN IMMEDIATE")  # another program is writing
    try:
        window.workspace.new_customer()
        dialog = find_dialog(window, CustomerDialog)
        dialog.name_edit.insert(f"Alfa {CANARY}")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
            Qt.MouseButton.LeftButton,
        )
        qtbot.waitUntil(lambda: bool(shown))
    finally:
        other.rollback()
        other.close()
    ((title, text, details),) = shown
    assert title == "Nothing was saved"
    assert text.startswith("The database is busy: another program is writing to it.")
    assert CANARY not in details
    assert db.reader.execute("SELECT count(*) FROM customer").fetchone()[0] == 0


def test_an_open_failure_names_a_read_only_file() -> None:
    try:
        raise driver.OperationalError("attempt to write a readonly database")
    except driver.OperationalError as cause:
        error = DatabaseOpenError(OpenFailure.OTHER, Path("/data/relationdesk.sqlite3"))
        error.__cause__ = cause
    _title, text = errors.database_error_text(error)
    assert text.startswith("The database cannot be written") and "-shm" in text
