"""Run slow work off the GUI thread and hear back on it (Anki's operations idea).

No QObject is ever made or destroyed off the GUI thread, and no Python object of ours
is let go there. The earlier version gave every job its own signals QObject, made on the
GUI thread but deleted with the job on the pool thread, while the GUI thread deleted the
job's receiver: the receiver's disconnect asked the sender's Python wrapper, half
deallocated on the pool thread, for a disconnectNotify override and crashed (SIGSEGV in
Sbk_GetPyOverride under QObject::~QObject; seen with gdb in 9 runs of 23 of 20,000 quick
jobs, tests/ui/test_worker.py, and in the core of a start-up that crashed under Xvfb).
Now one long-lived dispatcher on the GUI thread takes every job: the pool thread only
runs the work, leaves the outcome with the dispatcher and emits its number; the
callbacks, the work and the outcome are called and released on the GUI thread.
"""

import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot


@dataclass
class _Pending:
    work: Callable[[], Any]
    on_done: Callable[[Any], None]
    on_error: Callable[[Exception], None]
    owner: QObject


class _Dispatcher(QObject):
    """The GUI thread's end of every background job (one, made on first use)."""

    _settled = Signal(int)  # a job's number, emitted on a pool thread

    def __init__(self) -> None:
        super().__init__()
        self._ids = itertools.count()
        self._pending: dict[int, _Pending] = {}  # GUI thread: added, taken out
        self._outcomes: dict[int, tuple[bool, object]] = {}  # pool threads put in
        self._lock = threading.Lock()
        self._settled.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def submit(self, job: _Pending) -> None:
        number = next(self._ids)
        self._pending[number] = job
        QThreadPool.globalInstance().start(_Job(self, number))

    def run(self, number: int) -> None:
        """On a pool thread: only local references to the work and its outcome, dropped
        before the GUI thread hears of it, so the last ones go there."""
        work = self._pending[number].work
        try:
            outcome: tuple[bool, object] = (True, work())
        except Exception as error:  # handed to the GUI thread, which decides what to show
            outcome = (False, error)
        del work
        with self._lock:
            self._outcomes[number] = outcome
        del outcome
        self._settled.emit(number)

    @Slot(int)
    def _deliver(self, number: int) -> None:
        job = self._pending.pop(number)
        with self._lock:
            succeeded, value = self._outcomes.pop(number)
        if not shiboken6.isValid(job.owner):  # a closed window never hears back
            return
        if succeeded:
            job.on_done(value)
        else:
            job.on_error(value)  # type: ignore[arg-type]


class _Job(QRunnable):
    """No QObject: deleted on the pool thread once run."""

    def __init__(self, dispatcher: _Dispatcher, number: int) -> None:
        super().__init__()
        self._dispatcher = dispatcher  # the module keeps it: never the last reference
        self._number = number
        self.setAutoDelete(True)

    def run(self) -> None:
        self._dispatcher.run(self._number)


_dispatcher: _Dispatcher | None = None


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    owner: QObject,
) -> None:
    """`work` runs in the thread pool; the callbacks run on the GUI thread (call this on
    it), unless `owner` has been deleted by then (a closed window never hears back)."""
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
    _dispatcher.submit(_Pending(work, on_done, on_error, owner))


def wait_for_background_work() -> None:
    """At quit, before the database closes and Python shuts down: a pool thread still
    running Python code while the interpreter finalises is a crash of its own. The
    answers are not delivered (nobody is left to show them)."""
    QThreadPool.globalInstance().waitForDone()
