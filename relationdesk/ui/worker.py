"""Run slow work off the GUI thread and hear back by signal (Anki's operations idea)."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Receiver(QObject):
    """Lives in the GUI thread as a child of the owner: if the owner goes away first, Qt
    drops the connection and the finished work simply has nobody left to tell."""

    def __init__(
        self,
        owner: QObject,
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        super().__init__(owner)
        self._on_done = on_done
        self._on_error = on_error

    @Slot(object)
    def done(self, result: object) -> None:
        self.deleteLater()
        self._on_done(result)

    @Slot(object)
    def fail(self, error: object) -> None:
        self.deleteLater()
        self._on_error(error)  # type: ignore[arg-type]


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
    """`work` runs in the thread pool; the callbacks run on the GUI thread, unless
    `owner` has been deleted by then (a closed window never hears back)."""
    job = _Job(work)
    receiver = _Receiver(owner, on_done, on_error)
    job.signals.finished.connect(receiver.done)
    job.signals.failed.connect(receiver.fail)
    job.setAutoDelete(True)
    QThreadPool.globalInstance().start(job)
