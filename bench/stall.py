"""The longest GUI-thread stall during a loop: a QTimer heartbeat's largest gap.

The timer fires only while the event loop runs, so the largest gap between two beats is
the longest time the window could not answer (a keystroke's handler, a save on the GUI
thread, work a view did after it), whatever runs it.
"""

import time

from PySide6.QtCore import QObject, QTimer

BEAT_MS = 5


class Heartbeat(QObject):
    """Start it before the loop, read `longest_ms` after (the loop must process events)."""

    def __init__(self) -> None:
        super().__init__()
        self.longest_ms = 0.0
        self._last = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(BEAT_MS)
        self._timer.timeout.connect(self._beat)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._beat()
        self._timer.stop()
        return self.longest_ms

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest_ms = max(self.longest_ms, (now - self._last) * 1000 - BEAT_MS)
        self._last = now
