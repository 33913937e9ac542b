"""The Dashboard tab: reads the portfolio off the GUI thread and shows it.

Reading 20,000 customers' aggregates takes most of a second and matplotlib another half
to import, so both happen where nobody waits: `warm_up` (a few seconds after start-up)
imports matplotlib and reads the portfolio in the background. The first switch to the
tab then only draws. Every time the tab is shown it reads the portfolio again (new data,
changed settings), showing the previous one until the new one arrives.

This module is imported at start-up: it must stay light. The view and matplotlib are
imported when the tab is first shown (or warmed up).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from relationdesk import settings as keys
from relationdesk.settings import Settings

if TYPE_CHECKING:
    from relationdesk.db.database import Database
    from relationdesk.services.portfolio import PortfolioDashboard
    from relationdesk.ui.widgets.dashboard_view import DashboardView

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
    }


def import_matplotlib() -> None:
    """What the charts need from matplotlib, with its font cache in the data folder (the
    same place the charts point it to), so it is built only once."""
    from relationdesk import paths

    os.environ.setdefault("MPLCONFIGDIR", str(paths.data_dir() / "matplotlib"))
    import matplotlib.backends.backend_agg
    import matplotlib.figure
    import matplotlib.font_manager

    matplotlib.font_manager.findfont("DejaVu Sans")  # loads the font list


class DashboardTab(QWidget):
    sig_open_customer = Signal(str)  # customer id
    sig_shown = Signal()  # a portfolio is on screen (the first one, or a newer one)

    def __init__(
        self,
        db: Database,
        settings: Settings,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardTab")
        self._path = db.path
        self._settings = settings
        self._clock = clock or utc_now
        self.view: DashboardView | None = None
        self.board: PortfolioDashboard | None = None
        self._board_at = datetime.min
        self._reading = False
        self._read_again = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    # --- reading -----------------------------------------------------------------------
    def warm_up(self) -> None:
        """Import matplotlib and read the portfolio in the background, so the first
        switch to the tab has only to draw."""
        from relationdesk.ui.worker import run_in_background

        if self.view is None:
            run_in_background(import_matplotlib, _ignore, self._warm_up_failed, self)
            self.refresh()

    def refresh(self) -> None:
        """Read the portfolio again in the background (once more after a running read,
        if asked while it runs)."""
        from relationdesk.ui.worker import run_in_background

        if self.view is not None:
            self.view.set_updating(True)
        if self._reading:
            self._read_again = True
            return
        self._reading = True
        path, now, options = self._path, self._clock(), dashboard_options(self._settings)

        def work() -> tuple[datetime, PortfolioDashboard]:
            from relationdesk.db.connection import connect
            from relationdesk.services.portfolio import portfolio_dashboard

            conn = connect(path, same_thread=False)  # its own, in its own thread
            try:
                return now, portfolio_dashboard(conn, now, **options)
            finally:
                conn.close()

        run_in_background(work, self._read, self._failed, self)

    def _read(self, result: tuple[datetime, PortfolioDashboard]) -> None:
        self._reading = False
        self._board_at, self.board = result
        if self.view is not None:
            self.view.show_board(self.board, self._board_at)
            self.sig_shown.emit()
        if self._read_again:
            self._read_again = False
            self.refresh()

    def _failed(self, error: Exception) -> None:
        self._reading = False
        self._read_again = False
        log.error("Dashboard not read: %s: %s", type(error).__name__, error)
        if self.view is not None:
            self.view.show_failed()

    def _warm_up_failed(self, error: Exception) -> None:
        log.warning("matplotlib not imported ahead: %s", error)  # the charts import it later

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

    def _build_view(self) -> DashboardView:
        from relationdesk.ui.widgets.dashboard_view import DashboardView

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


def _ignore(_result: object) -> None:
    pass
