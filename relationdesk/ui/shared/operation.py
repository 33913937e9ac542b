"""One way to run long work off the GUI thread (after Anki's aqt/operations): a progress
dialog with Cancel, shown only when the work lasts; the work runs in the thread pool on
its own database connection, opened and closed here; progress of the one `Progress` type
reaches the dialog thread-safely; the result or the error comes back on the GUI thread.
A `Cancelled` is told apart from a failure, and every failure's traceback is logged.

    Operation(window, label, name="exportProgress", on_done=..., on_error=...).read(
        lambda conn, progress: export_customers(conn, target, progress)
    )

`read` gives the work a `sqlite3` connection, `write` a `Database` (one transaction per
`db.write()`, so a cancel raised inside it rolls back), `run` no database at all (reading
a file). `gui_step`, when given, runs on the GUI thread after the work, under the same
dialog and with the same progress and cancel (a PDF is painted there); its result goes to
`on_done`. Everything is built on ui/shared/worker.py (docs/architecture.md, "Background
work")."""

import logging
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager, closing
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from relationdesk.domain.progress import Cancelled, Progress
from relationdesk.ui.shared.qt_helpers import close_progress, named
from relationdesk.ui.shared.worker import run_in_background

if TYPE_CHECKING:
    import sqlite3

    from relationdesk.db.database import Database
    from relationdesk.ui.shared.window import FlowWindow

log = logging.getLogger("relationdesk")

T = TypeVar("T")
SCALE = 1000  # the bar counts per mille: totals may be bytes, rows, cards or pages
POLL_MS = 100
SHOW_AFTER_MS = 400  # quick work never shows a dialog


def _ignore(_value: object) -> None:
    return None


class Operation(Generic[T]):
    """One run of work under a progress dialog; make one per run."""

    def __init__(
        self,
        window: "FlowWindow",
        label: str,
        *,
        name: str,
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        on_cancelled: Callable[[Cancelled], None] = _ignore,
        gui_step: Callable[[T], Any] | None = None,
        title: str = "",
        parent: QWidget | None = None,
        modal: bool = False,
    ) -> None:
        """`name` is the dialog's objectName; `parent` (the window by default) owns the
        dialog and the answer: once it is closed nobody hears back. `modal` blocks the
        window until the end, letting only Cancel through (needed when `gui_step` reports
        progress: the dialog's setValue() then lets the click on Cancel in)."""
        self._window = window
        self._label, self._name, self._title = label, name, title
        self._parent = parent
        self._modal = modal
        self._on_done, self._on_error, self._on_cancelled = on_done, on_error, on_cancelled
        self._gui_step = gui_step
        self._cancel = threading.Event()
        self._reached = (0, 0)  # done, total: written by the work, read on the GUI thread
        self.dialog: QProgressDialog | None = None

    # --- starting ------------------------------------------------------------------------
    def read(self, work: "Callable[[sqlite3.Connection, Progress], T]") -> None:
        """`work(conn, progress)` on a connection of its own (reads, or plain SQL writes)."""
        from relationdesk.db.connection import connect

        self._start(lambda path: closing(connect(path, same_thread=False)), work)

    def write(self, work: "Callable[[Database, Progress], T]") -> None:
        """`work(db, progress)` on a Database of its own (SQLModel writes)."""
        from relationdesk.db.database import Database

        self._start(lambda path: closing(Database(path)), work)

    def run(self, work: Callable[[Progress], T]) -> None:
        """`work(progress)` without the database (reading a file)."""
        self._begin(lambda: work(self.progress))

    def _start(
        self, opener: Callable[[Path], AbstractContextManager[Any]], work: Callable[..., T]
    ) -> None:
        db = self._window.db
        if db is None:
            return
        path = db.path

        def job() -> T:
            with opener(path) as resource:  # opened and closed in the work's own thread
                return work(resource, self.progress)

        self._begin(job)

    def _begin(self, job: Callable[[], T]) -> None:
        parent = self._parent if self._parent is not None else self._window.dialog_parent()
        self.dialog = self._make_dialog(parent)
        run_in_background(job, self._succeeded, self._failed, parent)

    def _make_dialog(self, parent: QWidget) -> QProgressDialog:
        from PySide6.QtCore import Qt

        dialog = named(QProgressDialog(parent), self._name)  # Qt's translated Cancel
        if self._title:
            dialog.setWindowTitle(self._title)
        dialog.setLabelText(self._label)
        dialog.setRange(0, 0)  # busy until the work says how far it is
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        # Not modal unless asked: a modal one runs the event loop inside setValue(), where
        # the work's answer may arrive (Qt guards setValue against running twice; the
        # dialog is only deleted later, back in the main loop).
        dialog.setWindowModality(
            Qt.WindowModality.WindowModal if self._modal else Qt.WindowModality.NonModal
        )
        dialog.canceled.connect(self._cancel.set)
        # The work touches no Qt object: it writes two numbers that this timer reads. (A
        # signal emitted from the work's thread could let go of its sender there.)
        timer = named(QTimer(dialog), "progressPoll")
        timer.setInterval(POLL_MS)
        timer.timeout.connect(self._show_progress)
        timer.start()
        return dialog

    # --- while it runs -------------------------------------------------------------------
    def progress(self, done: int, total: int) -> bool:
        """The work's `Progress`, from any thread: answers False once Cancel is pressed."""
        self._reached = (done, total)
        if threading.current_thread() is threading.main_thread():  # gui_step: shown now
            self._show_progress()
        return not self._cancel.is_set()

    def set_label(self, text: str) -> None:
        """A new label for the next stage (GUI thread)."""
        if self.dialog is not None:
            self.dialog.setLabelText(text)

    def _show_progress(self) -> None:
        dialog = self.dialog
        done, total = self._reached
        if dialog is None or total <= 0 or self._cancel.is_set():
            return
        if dialog.maximum() != SCALE:
            dialog.setRange(0, SCALE)
        dialog.setValue(min(SCALE - 1, done * SCALE // total))  # the end closes it

    # --- the answer, on the GUI thread ---------------------------------------------------
    def _succeeded(self, result: T) -> None:
        value: Any = result
        if self._gui_step is not None:
            self._stop_polling()  # gui_step shows its own progress as it goes
            try:
                value = self._gui_step(result)
            except Exception as error:
                self._failed(error)
                return
        self._close()
        self._on_done(value)

    def _failed(self, error: Exception) -> None:
        self._close()
        if isinstance(error, Cancelled):
            self._on_cancelled(error)
            return
        log.error("%s failed", self._name, exc_info=error)
        self._on_error(error)

    def _close(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        self._stop_polling(dialog)  # first: it cannot show the dialog again once closed
        close_progress(dialog)

    def _stop_polling(self, dialog: QProgressDialog | None = None) -> None:
        dialog = dialog or self.dialog
        timer = dialog.findChild(QTimer, "progressPoll") if dialog is not None else None
        if timer is not None:
            timer.stop()


def run_on_own_connection(
    path: Path,
    work: "Callable[[sqlite3.Connection], T]",
    on_done: Callable[[T], None],
    on_error: Callable[[Exception], None],
    owner: QObject,
) -> None:
    """Background work without a dialog (a view reading its figures, the database check):
    `work(conn)` on a connection of its own, opened and closed in the work's thread; a
    failure's traceback is logged before `on_error` hears of it."""
    from relationdesk.db.connection import connect

    def job() -> T:
        with closing(connect(path, same_thread=False)) as conn:
            return work(conn)

    def failed(error: Exception) -> None:
        log.error("background work failed", exc_info=error)
        on_error(error)

    run_in_background(job, on_done, failed, owner)



def run_on_own_database(
    path: Path,
    work: "Callable[[Database], T]",
    on_done: Callable[[T], None],
    on_error: Callable[[Exception], None],
    owner: QObject,
) -> None:
    """As run_on_own_connection, with a `Database` (SQLModel writes: the team sync)."""
    from relationdesk.db.database import Database

    def job() -> T:
        with closing(Database(path)) as db:
            return work(db)

    def failed(error: Exception) -> None:
        log.error("background work failed", exc_info=error)
        on_error(error)

    run_in_background(job, on_done, failed, owner)
