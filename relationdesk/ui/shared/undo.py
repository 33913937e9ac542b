"""Undo for the quick actions (Ctrl+Z, Edit → Undo): a QUndoStack owned by the window,
and one command kind that calls the services both ways.

An action is done first, where it is asked for (errors are shown there); the command
pushed afterwards only records how to take it back and do it again. Each way it
announces what it changed on the change signal, so every view decides for itself
whether to refresh (ui/shared/changes.py)."""

import logging
from collections.abc import Callable, Iterable

from PySide6.QtGui import QUndoCommand

from relationdesk.services.errors import NotFound
from relationdesk.ui.shared.changes import Changes, Topic

log = logging.getLogger(__name__)


class ServiceCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        redo: Callable[[], object],
        undo: Callable[[], object],
        changes: Changes,
        topics: Iterable[Topic],
        customer_ids: Iterable[str],
    ) -> None:
        super().__init__(text)
        self._redo = redo
        self._undo = undo
        self._changes = changes
        self._topics = tuple(topics)
        self._customer_ids = tuple(customer_ids)
        self._already_done = True  # QUndoStack.push() calls redo(): the action ran before

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, act: Callable[[], object]) -> None:
        # Called from Qt: an exception would not reach the user, so it is caught here.
        try:
            act()
        except NotFound:  # deleted meanwhile: nothing left to take back
            self.setObsolete(True)
        except Exception:
            log.exception("Undo or redo failed")
            self.setObsolete(True)
        self._changes.announce(*self._topics, customer_ids=self._customer_ids)
