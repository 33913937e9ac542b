"""Background work (relationdesk/ui/shared/worker.py): callbacks on the GUI thread, nothing of
ours let go on a pool thread, and thousands of quick jobs with owners deleted meanwhile
without a crash (the cause of a rare segfault at start-up)."""

import gc
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from relationdesk.ui.shared.worker import run_in_background

ROOT = Path(__file__).resolve().parent.parent.parent


class Tracked:
    """Says which thread let it go."""

    def __init__(self, name: str, released: dict[str, str]) -> None:
        self.name = name
        self.released = released

    def __del__(self) -> None:
        self.released[self.name] = threading.current_thread().name


def _work_holding(held: Tracked, returned: Tracked) -> Callable[[], Tracked]:
    def work() -> Tracked:
        assert held.name == "work"
        return returned

    return work


def _settle(qtbot: QtBot, heard: list[object]) -> None:
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()
    gc.collect()


def test_the_work_and_its_result_are_let_go_on_the_gui_thread(qtbot: QtBot) -> None:
    """A job's closure may hold the last reference to a Python-owned QObject: letting it go
    on the pool thread would destroy that QObject there."""
    released: dict[str, str] = {}
    heard: list[object] = []
    owner = QObject()
    work = _work_holding(Tracked("work", released), Tracked("result", released))
    run_in_background(
        work, lambda result: heard.append(threading.current_thread()), heard.append, owner
    )
    del work
    _settle(qtbot, heard)
    assert heard == [threading.main_thread()]
    assert released == {"work": "MainThread", "result": "MainThread"}


def test_a_failure_is_handed_to_the_gui_thread(qtbot: QtBot) -> None:
    heard: list[object] = []
    owner = QObject()

    def work() -> None:
        raise OSError("disk gone")

    def failed(error: Exception) -> None:
        heard.append((threading.current_thread(), str(error)))

    run_in_background(work, heard.append, failed, owner)
    _settle(qtbot, heard)
    assert heard == [(threading.main_thread(), "disk gone")]


def test_a_deleted_owner_never_hears_back(qtbot: QtBot) -> None:
    heard: list[object] = []
    started = threading.Event()
    go_on = threading.Event()
    owner = QObject()

    def work() -> int:
        started.set()
        go_on.wait(5)
        return 1

    run_in_background(work, heard.append, heard.append, owner)
    started.wait(5)
    shiboken6.delete(owner)  # the window closed while the work ran
    go_on.set()
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(50)
    assert heard == []


HAMMER = """
import random
from PySide6.QtCore import QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication
from relationdesk.ui.shared.worker import run_in_background

app = QApplication([])
total, started, heard, owners = 20000, [0], [0], []

def batch():
    for _ in range(50):
        owner = QObject()
        owners.append(owner)
        started[0] += 1
        run_in_background(lambda: [1] * random.randint(0, 5),
                          lambda _: heard.__setitem__(0, heard[0] + 1), print, owner)
    while len(owners) > 20:  # receivers go away while their answers arrive
        owner = owners.pop(random.randrange(len(owners)))
        if random.random() < 0.5:
            owner.deleteLater()
    QTimer.singleShot(0, batch if started[0] < total else app.quit)

QTimer.singleShot(0, batch)
app.exec()
QThreadPool.globalInstance().waitForDone()
print("started", started[0], "heard", heard[0] > 0)
"""


def test_twenty_thousand_quick_jobs_with_owners_going_away_do_not_crash() -> None:
    """Before the one dispatcher, this crashed about 1 run in 4 (SIGSEGV)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONFAULTHANDLER="1")
    result = subprocess.run(
        [sys.executable, "-c", HAMMER], capture_output=True, text=True, env=env, timeout=300,
        cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    assert "started 20000 heard True" in result.stdout
