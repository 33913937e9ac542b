"""Run slow work off the GUI thread and hear back by signal (Anki's operations idea)."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # handed to the GUI thread, which decides what to show
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    owner: QObject,
) -> None:
    """`work` runs in the thread pool; the callbacks run on the GUI thread.

    `owner` keeps the signal object alive and parents it, so callbacks never reach a
    deleted window.
    """
    job = _Job(work)
    job.signals.setParent(owner)
    job.signals.finished.connect(on_done)
    job.signals.failed.connect(on_error)
    job.setAutoDelete(True)
    QThreadPool.globalInstance().start(job)
