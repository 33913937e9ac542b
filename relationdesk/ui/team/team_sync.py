"""Sync without thinking about it: a while after start-up (the first paint never waits
for the network), a few seconds after the last save (saves are batched) and every few
minutes, in the background through the operation helper, never under a dialog. A
status-bar button says how it stands; a click or F5 syncs now. What a pull brings is
announced on window.changes, so the open views refresh themselves."""

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolButton

from relationdesk.ui.shared.changes import Change, Topic
from relationdesk.ui.shared.operation import run_on_own_database
from relationdesk.ui.shared.qt_helpers import named
from relationdesk.ui.team import team_work
from relationdesk.ui.team.team_work import Failure, Outcome

if TYPE_CHECKING:
    from relationdesk.ui.main_window import MainWindow
    from relationdesk.ui.team.owner_filter import OwnerFilter

START_DELAY_MS = 3_000  # after start-up: the window and its lists come first
AFTER_SAVE_MS = 5_000  # a few seconds after the last save
EVERY_MS = 5 * 60_000
TICK_MS = 30_000  # "synced 2 minutes ago" moves on
# What a pull may bring: every kind of data under a customer.
PULLED = (Topic.CUSTOMERS, Topic.CONTACTS, Topic.MEETINGS, Topic.FOLLOW_UPS,
          Topic.EVIDENCE, Topic.LIFECYCLE, Topic.ECONOMICS)


class _StatusButton(QToolButton):
    """The status-bar item; says its state again in a new language."""

    sig_language_changed = Signal()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.sig_language_changed.emit()
        super().changeEvent(event)


class TeamSync(QObject):
    """One per window; idle and invisible while the laptop is in no team."""

    sig_synced = Signal(object)  # an Outcome, after each sync that worked
    sig_failed = Signal(object)  # the error, after each sync that did not

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self._window = window
        self._running = False
        self._again = False  # a sync was asked for while one ran
        self._announcing = False
        self.last_synced: datetime | None = None
        self.offline_since: datetime | None = None
        self.problem: str | None = None
        self.owners: OwnerFilter | None = None  # on the customer list, once attached
        self.button = named(_StatusButton(), "teamSyncButton")
        self.button.sig_language_changed.connect(self.show_state)
        self.button.setAutoRaise(True)
        self.button.clicked.connect(self.sync_now)
        window.statusBar().addPermanentWidget(self.button)
        self.action = named(QAction(window), "syncNowAction")
        self.action.setShortcut(QKeySequence("F5"))
        self.action.triggered.connect(self.sync_now)
        window.addAction(self.action)
        self._soon = self._timer("syncSoonTimer", self.sync_now, single=True)
        self._every = self._timer("syncEveryTimer", self.sync_now, single=False)
        self._tick = self._timer("syncTickTimer", self.show_state, single=False)

    def attach(self) -> None:
        """A database attached (start-up, restore): listen to its change signal."""
        from relationdesk.ui.team.owner_filter import OwnerFilter

        self._window.changes.changed.connect(self._changed)
        workspace = self._window.workspace
        self.owners = OwnerFilter(self._window, workspace) if workspace is not None else None
        self.refresh(start_delay_ms=START_DELAY_MS)

    def _timer(self, name: str, slot: object, *, single: bool) -> QTimer:
        timer = named(QTimer(self), name)
        timer.setSingleShot(single)
        timer.timeout.connect(slot)
        return timer

    # --- state ----------------------------------------------------------------------
    def joined(self) -> bool:
        db = self._window.db
        return db is not None and team_work.joined(db.reader)

    def refresh(self, start_delay_ms: int = 0) -> None:
        """After joining or leaving: show or hide everything, start or stop the timers."""
        on = self.joined()
        self.button.setVisible(on)
        self.action.setEnabled(on)
        if on:
            self._every.start(EVERY_MS)
            self._tick.start(TICK_MS)
            self._soon.start(start_delay_ms)
        else:
            for timer in (self._soon, self._every, self._tick):
                timer.stop()
            self.last_synced = self.offline_since = None
            self.problem = None
        if self.owners is not None:
            self.owners.refresh()
        self.show_state()

    def show_state(self) -> None:
        if not self.button.isVisible() and not self.joined():
            return
        db = self._window.db
        waiting = team_work.pending(db.reader) if db is not None else 0
        last = self.last_synced or (team_work.last_sync(db.reader) if db is not None else None)
        self.button.setToolTip(self.tr("Sync with the team now (F5)"))
        if self._running:
            text = self.tr("Syncing…")
        elif self.offline_since is not None:
            text = self.tr("Offline since %1").replace("%1", f"{self.offline_since:%H:%M}")
        elif self.problem is not None:
            text = self.tr("Cannot sync: %1").replace("%1", self.problem)
        elif waiting:
            text = self.tr("%n change(s) waiting", "", waiting)
        elif last is not None:
            minutes = int((datetime.now() - last).total_seconds() // 60)
            text = (self.tr("Synced just now") if minutes < 1
                    else self.tr("Synced %n minute(s) ago", "", minutes))
        else:
            text = self.tr("Not synced yet")
        self.button.setText(text)

    # --- syncing ----------------------------------------------------------------------
    def sync_now(self) -> None:
        db = self._window.db
        if db is None or not self.joined():
            return
        if self._running:
            self._again = True
            return
        self._soon.stop()
        self._running = True
        self.show_state()
        run_on_own_database(db.path, team_work.sync, self._done, self._failed, self)

    def _done(self, outcome: Outcome) -> None:
        self._running = False
        self.last_synced = datetime.now()
        self.offline_since = None
        self.problem = None
        if outcome.pulled or outcome.owners_changed:
            self._announcing = True
            try:
                self._window.changes.announce(*(PULLED if outcome.pulled else (Topic.CUSTOMERS,)))
            finally:
                self._announcing = False
        if outcome.conflicts:
            self._window.show_status(self.tr(
                "The sync kept %n value(s) that lost to a later edit: see Settings ▸ Team ▸ Conflicts",  # noqa: E501
                "", outcome.conflicts), 15_000)
        if self.owners is not None:
            self.owners.refresh()  # the directory was read again
        self.show_state()
        self.sig_synced.emit(outcome)
        self._next()

    def _failed(self, error: Exception) -> None:
        self._running = False
        kind = team_work.failure_of(error)
        if kind is Failure.OFFLINE:
            self.offline_since = self.offline_since or datetime.now()
            self.problem = None
        else:
            self.offline_since = None
            self.problem = (self.tr("wrong password; join again in Settings ▸ Team")
                            if kind is Failure.PASSWORD else str(error))
        self.show_state()
        self.sig_failed.emit(error)
        self._next()

    def _next(self) -> None:
        if self._again:
            self._again = False
            self.sync_now()

    def _changed(self, change: Change) -> None:
        """A save: sync a few seconds after the last one (batched); not after our own pull."""
        if self._announcing or not self.joined() or change.topics == {Topic.SETTINGS}:
            return
        self._soon.start(AFTER_SAVE_MS)
        self.show_state()
