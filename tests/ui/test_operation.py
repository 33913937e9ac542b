"""The operation helper (relationdesk/ui/shared/operation.py): progress reaches the dialog,
Cancel stops the work and leaves nothing written, a failure's traceback is logged, and
the result or the error comes back on the GUI thread; the work's connection is its own
and closed afterwards."""

import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from relationdesk.db import driver
from relationdesk.db.database import Database
from relationdesk.db.models import Customer
from relationdesk.domain.progress import Cancelled, Progress
from relationdesk.paths import settings_file
from relationdesk.settings import Settings
from relationdesk.ui.shared.changes import Changes, Topic
from relationdesk.ui.shared.operation import Operation, run_on_own_connection


class SmallWindow(QWidget):
    """Just what a flow may use of the main window (FlowWindow)."""

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db: Database | None = db
        self.settings = Settings(settings_file())
        self.changes = Changes(self)
        self.messages: list[str] = []

    def show_status(self, text: str, timeout_ms: int = 5000) -> None:
        self.messages.append(text)

    def dialog_parent(self) -> QWidget:
        return self

    def selected_customer_id(self) -> str | None:
        return None

    def open_customer(self, customer_id: str) -> None:
        """No customer list here."""

    def detach_database(self) -> None:
        self.db = None

    def attach(self, db: Database) -> None:
        self.db = db


@pytest.fixture
def small_window(qtbot: QtBot, db: Database) -> SmallWindow:
    window = SmallWindow(db)
    qtbot.addWidget(window)
    window.show()
    return window


class Heard:
    """What came back, and on which thread."""

    def __init__(self) -> None:
        self.done: list[Any] = []
        self.errors: list[Exception] = []
        self.cancelled: list[Cancelled] = []
        self.threads: list[bool] = []

    def on_done(self, value: Any) -> None:
        self.threads.append(threading.current_thread() is threading.main_thread())
        self.done.append(value)

    def on_error(self, error: Exception) -> None:
        self.threads.append(threading.current_thread() is threading.main_thread())
        self.errors.append(error)

    def on_cancelled(self, cancelled: Cancelled) -> None:
        self.threads.append(threading.current_thread() is threading.main_thread())
        self.cancelled.append(cancelled)

    @property
    def answered(self) -> bool:
        return bool(self.done or self.errors or self.cancelled)


def _operation(window: SmallWindow, heard: Heard, **extra: Any) -> Operation[Any]:
    return Operation(
        window,
        "Working…",
        name="testProgress",
        on_done=heard.on_done,
        on_error=heard.on_error,
        on_cancelled=heard.on_cancelled,
        **extra,
    )


def test_progress_reaches_the_dialog_and_the_result_the_gui_thread(
    qtbot: QtBot, small_window: SmallWindow
) -> None:
    heard, go_on = Heard(), threading.Event()

    def work(progress: Progress) -> str:
        assert threading.current_thread() is not threading.main_thread()
        progress(250, 1000)
        assert go_on.wait(10)
        return "finished"

    operation = _operation(small_window, heard)
    operation.run(work)
    dialog = operation.dialog
    assert dialog is not None and dialog.objectName() == "testProgress"
    assert dialog.labelText() == "Working…"
    qtbot.waitUntil(lambda: dialog.value() == 250 and dialog.maximum() == 1000, timeout=5000)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)  # the work lasts: the dialog shows
    go_on.set()
    qtbot.waitUntil(lambda: heard.answered, timeout=5000)
    assert heard.done == ["finished"] and heard.threads == [True]
    assert operation.dialog is None  # closed


def test_cancel_stops_the_work_and_nothing_written_remains(
    qtbot: QtBot, small_window: SmallWindow, db: Database
) -> None:
    heard, started = Heard(), threading.Event()

    class Stopped(Cancelled):
        pass

    def work(own: Database, progress: Progress) -> int:
        assert own is not db  # a Database of its own, in the work's thread
        with own.write() as session:
            for number in range(10_000):
                session.add(Customer(name=f"Customer {number}", sort_key=f"customer {number}"))
                session.flush()
                started.set()
                if not progress(number, 10_000):
                    raise Stopped  # inside the transaction: rolled back
                time.sleep(0.005)
        return 10_000

    operation = _operation(small_window, heard)
    operation.write(work)
    assert started.wait(10)
    assert operation.dialog is not None
    operation.dialog.canceled.emit()  # what its Cancel button does
    qtbot.waitUntil(lambda: heard.answered, timeout=10000)
    assert len(heard.cancelled) == 1 and isinstance(heard.cancelled[0], Stopped)
    assert heard.errors == [] and heard.done == [] and heard.threads == [True]
    assert db.reader.execute("SELECT count(*) FROM customer").fetchone()[0] == 0


def _deep_failure() -> None:
    raise ValueError("the disk said no")


def test_a_failure_is_logged_with_its_traceback_and_reaches_on_error(
    qtbot: QtBot, small_window: SmallWindow, caplog: pytest.LogCaptureFixture
) -> None:
    heard = Heard()

    def work(_conn: sqlite3.Connection, _progress: Progress) -> None:
        _deep_failure()

    with caplog.at_level(logging.ERROR, logger="relationdesk"):
        _operation(small_window, heard).read(work)
        qtbot.waitUntil(lambda: heard.answered, timeout=5000)
    assert [str(error) for error in heard.errors] == ["the disk said no"]
    assert heard.threads == [True]
    logged = [record for record in caplog.records if record.exc_info]
    assert len(logged) == 1
    assert "_deep_failure" in caplog.text and "ValueError: the disk said no" in caplog.text


def test_a_cancel_is_not_logged_as_a_failure(
    qtbot: QtBot, small_window: SmallWindow, caplog: pytest.LogCaptureFixture
) -> None:
    heard = Heard()

    def work(_progress: Progress) -> None:
        raise Cancelled

    with caplog.at_level(logging.ERROR, logger="relationdesk"):
        _operation(small_window, heard).run(work)
        qtbot.waitUntil(lambda: heard.answered, timeout=5000)
    assert len(heard.cancelled) == 1 and heard.errors == []
    assert caplog.records == []


def test_the_connection_is_the_works_own_and_closed_after(
    qtbot: QtBot, small_window: SmallWindow, db: Database
) -> None:
    heard, seen = Heard(), []

    def work(conn: sqlite3.Connection, _progress: Progress) -> int:
        seen.append(conn)
        return int(conn.execute("SELECT count(*) FROM customer").fetchone()[0])

    _operation(small_window, heard).read(work)
    qtbot.waitUntil(lambda: heard.answered, timeout=5000)
    assert heard.done == [0] and seen[0] is not db.reader
    with pytest.raises(driver.ProgrammingError):  # closed by the helper
        seen[0].execute("SELECT 1")


def test_the_gui_step_shares_the_dialog_and_its_cancel(
    qtbot: QtBot, small_window: SmallWindow
) -> None:
    heard: Heard = Heard()
    operation: Operation[int]

    def paint(value: int) -> int:
        assert threading.current_thread() is threading.main_thread()
        assert operation.dialog is not None  # still open while the GUI step runs
        operation.set_label("Painting…")
        assert operation.dialog.labelText() == "Painting…"
        assert operation.progress(1, 2)
        assert operation.dialog.value() == 500  # shown at once on the GUI thread
        operation.dialog.canceled.emit()
        if not operation.progress(2, 2):
            raise Cancelled
        return value

    operation = _operation(small_window, heard, gui_step=paint)
    operation.run(lambda _progress: 7)
    qtbot.waitUntil(lambda: heard.answered, timeout=5000)
    assert len(heard.cancelled) == 1 and heard.done == [] and operation.dialog is None


def test_a_quiet_read_logs_its_failure(
    qtbot: QtBot, small_window: SmallWindow, db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    heard = Heard()
    with caplog.at_level(logging.ERROR, logger="relationdesk"):
        run_on_own_connection(
            db.path,
            lambda conn: conn.execute("SELECT id FROM nowhere").fetchall(),
            heard.on_done,
            heard.on_error,
            small_window,
        )
        qtbot.waitUntil(lambda: heard.answered, timeout=5000)
    assert isinstance(heard.errors[0], driver.OperationalError)
    assert "no such table: nowhere" in caplog.text and caplog.records[0].exc_info


def test_a_failed_rescoring_is_logged_said_and_announced(
    qtbot: QtBot,
    small_window: SmallWindow,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    answer_message_box: Callable[[QMessageBox.StandardButton], list[str]],
) -> None:
    """It was swallowed: the progress closed and nobody, not even the log, heard of it."""
    from relationdesk.services import scores
    from relationdesk.ui.principles.rescoring import rescore_all_customers

    def broken(_db: Database, _progress: Progress | None = None) -> int:
        raise RuntimeError("weights out of range")

    monkeypatch.setattr(scores, "rescore_all", broken)
    announced: list[Any] = []
    small_window.changes.changed.connect(announced.append)
    shown = answer_message_box(QMessageBox.StandardButton.Ok)
    with caplog.at_level(logging.ERROR, logger="relationdesk"):
        rescore_all_customers(small_window)
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == [
        "Some customers' scores could not be recomputed with the new settings. "
        "Change a setting again to retry."
    ]
    assert "RuntimeError: weights out of range" in caplog.text
    assert [change.topics for change in announced] == [frozenset({Topic.EVIDENCE})]


def test_no_flow_builds_its_own_progress_or_worker_connection() -> None:
    """One way: only the helper makes progress dialogs and opens worker connections."""
    package = Path(__file__).resolve().parents[2] / "relationdesk" / "ui"
    allowed = {package / "shared" / "operation.py"}
    for path in package.rglob("*.py"):
        if path in allowed:
            continue
        text = path.read_text(encoding="utf-8")
        assert "QProgressDialog(" not in text, path
        assert "same_thread=False" not in text, path
        assert "Database(path)" not in text and "Database(database)" not in text, path
