"""The Dashboard tab: reads the portfolio off the GUI thread and shows it.

Reading 20,000 customers' aggregates takes most of a second and matplotlib another half
to import, so both happen where nobody waits: `warm_up` (a few seconds after start-up)
reads the portfolio in the background and imports matplotlib on the GUI thread, a
module per turn of the event loop (see WARM_UP_MODULES). The first switch to the tab
then only draws. Every time the tab is shown it reads the portfolio again (new data,
changed settings), showing the previous one until the new one arrives.

This module is imported at start-up: it must stay light. The view and matplotlib are
imported when the tab is first shown (or warmed up).
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from relationdesk import settings as keys
from relationdesk.settings import Settings
from relationdesk.ui.shared.changes import Change, Changes

if TYPE_CHECKING:
    import sqlite3

    from relationdesk.db.database import Database
    from relationdesk.services.portfolio import PortfolioDashboard
    from relationdesk.ui.dashboard.dashboard_view import DashboardView

log = logging.getLogger("relationdesk")
# Long enough after start-up that the first screen, the search index and the start-up
# backup (3 s) have had their turn.
WARM_UP_DELAY_MS = 6000


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def dashboard_options(settings: Settings) -> dict[str, Any]:
    """portfolio_dashboard's keyword arguments from the user's settings."""
    return {
        "hourly_rates": keys.hourly_rates(settings),
        "quiet_days": max(1, settings.get(keys.QUIET_DAYS)),
        "thresholds": keys.disengage_thresholds(settings),
        "touch_days": settings.get(keys.STAY_IN_TOUCH_DAYS),
    }


# What the charts need from matplotlib, imported on the GUI thread and never on a worker
# thread. The first starts on a fresh machine under a real X server crashed (SIGSEGV) with
# the GUI thread in app.exec() and a worker thread importing numpy for this warm-up:
# importing numpy and matplotlib initialises C extension modules, their global state and
# the font cache while Qt paints on the GUI thread, which none of them promises to be
# safe. Under Xvfb that warm-up crashed 19 of 20 fresh starts (tests/test_first_start.py);
# the GUI thread is the one thread every chart uses matplotlib from anyway. One module
# per event-loop turn (the biggest, matplotlib itself, takes about 0.2 s), so the window
# keeps answering in between.
WARM_UP_MODULES = (
    "numpy",
    "matplotlib",
    "matplotlib.figure",
    "matplotlib.backends.backend_agg",
    "matplotlib.font_manager",
)


def matplotlib_steps() -> list[Callable[[], object]]:
    """Importing matplotlib in small steps, with its font cache in the data folder (the
    same place the charts point it to), so it is built only once."""
    from relationdesk import paths

    def configure() -> None:
        os.environ.setdefault("MPLCONFIGDIR", str(paths.data_dir() / "matplotlib"))

    def load_fonts() -> None:
        import matplotlib.font_manager

        matplotlib.font_manager.findfont("DejaVu Sans")  # loads (or builds) the font list

    imports = [partial(importlib.import_module, name) for name in WARM_UP_MODULES]
    return [configure, *imports, load_fonts]


def import_matplotlib() -> None:
    """All of matplotlib_steps at once, on the calling thread (the GUI thread)."""
    for step in matplotlib_steps():
        step()


class DashboardTab(QWidget):
    sig_open_customer = Signal(str)  # customer id
    sig_shown = Signal()  # a portfolio is on screen (the first one, or a newer one)

    def __init__(
        self,
        db: Database,
        settings: Settings,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] | None = None,
        changes: Changes | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardTab")
        if changes is not None:  # the portfolio sums every topic, settings included
            changes.changed.connect(self._on_change)
        self._path = db.path
        self._settings = settings
        self._clock = clock or utc_now
        self.view: DashboardView | None = None
        self.board: PortfolioDashboard | None = None
        self._board_at = datetime.min
        self._reading = False
        self._read_again = False
        self._warm_up_steps: list[Callable[[], object]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    # --- reading -----------------------------------------------------------------------
    def warm_up(self) -> None:
        """Read the portfolio in the background and import matplotlib on this (the GUI)
        thread in small steps, so the first switch to the tab has only to draw."""
        if self.view is None:
            self._warm_up_steps = matplotlib_steps()
            self._next_warm_up_step()
            self.refresh()

    def warmed_up(self) -> bool:
        """True once matplotlib is imported (or its warm-up has given up)."""
        return not self._warm_up_steps

    def _next_warm_up_step(self) -> None:
        if not self._warm_up_steps:
            return
        step = self._warm_up_steps.pop(0)
        try:
            step()
        except Exception as error:  # the charts import it later, and say so if they fail
            self._warm_up_steps = []
            log.warning("matplotlib not imported ahead: %s", error)
            return
        if self._warm_up_steps:
            QTimer.singleShot(0, self, self._next_warm_up_step)

    def _on_change(self, _change: Change) -> None:
        """A visible dashboard reads the portfolio again; a hidden one does when shown."""
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the portfolio again in the background (once more after a running read,
        if asked while it runs)."""
        from relationdesk.ui.shared.operation import run_on_own_connection

        if self.view is not None:
            self.view.set_updating(True)
        if self._reading:
            self._read_again = True
            return
        self._reading = True
        path, now, options = self._path, self._clock(), dashboard_options(self._settings)

        def work(conn: sqlite3.Connection) -> tuple[datetime, PortfolioDashboard]:
            from relationdesk.services.portfolio import portfolio_dashboard

            return now, portfolio_dashboard(conn, now, **options)

        run_on_own_connection(path, work, self._read, self._failed, self)

    def _read(self, result: tuple[datetime, PortfolioDashboard]) -> None:
        self._reading = False
        self._board_at, self.board = result
        if self.view is not None:
            self.view.show_board(self.board, self._board_at)
            self.sig_shown.emit()
        if self._read_again:
            self._read_again = False
            self.refresh()

    def _failed(self, _error: Exception) -> None:
        """The traceback is in the log already (run_on_own_connection)."""
        self._reading = False
        self._read_again = False
        if self.view is not None:
            self.view.show_failed()

    # --- showing -----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if event.spontaneous():  # the window restored, not the tab chosen
            return
        if self.view is None and self.board is not None:
            self._build_view().set_updating(True)
            # Read again once the read-ahead figures are drawn: a read running meanwhile
            # would take turns with the drawing and slow it down.
            QTimer.singleShot(0, self, self.refresh)
            return
        self.refresh()  # first: the read runs while the view is built
        if self.view is None:
            self._build_view()
            self._import_while_reading()

    def _import_while_reading(self) -> None:
        """A first click before the warm-up: matplotlib's import steps run on this thread
        while the read runs on its own, instead of after it (one step per event-loop turn,
        so the window keeps answering)."""
        if self._warm_up_steps or "matplotlib.backends.backend_agg" in sys.modules:
            return
        self._warm_up_steps = matplotlib_steps()
        QTimer.singleShot(0, self, self._next_warm_up_step)

    def _build_view(self) -> DashboardView:
        from relationdesk.ui.dashboard.dashboard_view import DashboardView

        view = DashboardView(self)
        self.view = view
        view.sig_open_customer.connect(self.sig_open_customer)
        self._layout.addWidget(view)
        if self.board is not None:  # read ahead: shown at once, read again right after
            view.show_board(self.board, self._board_at)
            self.sig_shown.emit()
        else:
            view.show_loading()
        return view
