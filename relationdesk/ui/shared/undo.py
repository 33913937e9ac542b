"""Undo for the quick actions (Ctrl+Z, Edit → Undo): a QUndoStack owned by the window,
and one command kind that calls the services both ways.

An action is done first, where it is asked for (errors are shown there); the command
pushed afterwards only records how to take it back and do it again. Each way it
announces what it changed on the change signal, so every view decides for itself
whether to refresh (ui/shared/changes.py)."""

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

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


def push_undoable(
    widget: QWidget,
    text: str,
    redo: Callable[[], object],
    undo: Callable[[], object],
    topics: Iterable[Topic],
    customer_ids: Iterable[str],
) -> None:
    """Put an action just done on the undo stack of the widget's main window (a widget
    shown on its own, as in some tests, has none: nothing to do)."""
    window = widget.window()
    stack = getattr(window, "undo_stack", None)
    changes = getattr(window, "changes", None)
    if isinstance(stack, QUndoStack) and isinstance(changes, Changes):
        stack.push(ServiceCommand(text, redo, undo, changes, topics, customer_ids))


def undoable_delete(
    widget: QWidget,
    text: str,
    table: str,
    row_id: str,
    delete: Callable[[], object],
    topics: Iterable[Topic],
) -> None:
    """Delete a row through its service, keeping what Undo needs to put it back."""
    from relationdesk.services.deleted_rows import put_back, read_before_delete

    window = widget.window()
    db = getattr(window, "db", None)
    deleted = read_before_delete(db.reader, table, row_id) if db is not None else None
    delete()
    if db is not None and deleted is not None:
        ids = [deleted.customer_id] if deleted.customer_id else []
        push_undoable(widget, text, delete, lambda: put_back(db, deleted), topics, ids)


def wire_undo_actions(stack: QUndoStack, undo: QAction, redo: QAction) -> None:
    """Edit → Undo and Redo follow the window's stack: enabled when there is something
    to take back, and named after it. The slots use the texts the signals carry: the
    stack also signals while it is being deleted with the window."""
    undo.triggered.connect(stack.undo)
    redo.triggered.connect(stack.redo)
    stack.canUndoChanged.connect(undo.setEnabled)
    stack.canRedoChanged.connect(redo.setEnabled)
    stack.undoTextChanged.connect(lambda text: undo.setText(_undo_name(text)))
    stack.redoTextChanged.connect(lambda text: redo.setText(_redo_name(text)))
    undo.setEnabled(False)
    redo.setEnabled(False)


def name_undo_actions(stack: QUndoStack, undo: QAction, redo: QAction) -> None:
    """Edit → Undo says what it takes back: "Undo “Send the offer” done"."""
    undo.setText(_undo_name(stack.undoText()))
    redo.setText(_redo_name(stack.redoText()))


# Texts of the main window's Edit menu, translated in its context.
def _undo_name(text: str) -> str:
    return QCoreApplication.translate("MainWindow", "&Undo %1").replace("%1", text).strip()


def _redo_name(text: str) -> str:
    return QCoreApplication.translate("MainWindow", "&Redo %1").replace("%1", text).strip()
