"""Recomputing every customer's scores after the scoring settings changed."""

from typing import TYPE_CHECKING

from relationdesk.ui.shared.qt_helpers import named

if TYPE_CHECKING:
    from relationdesk.ui.main_window import MainWindow


def rescore_all_customers(window: "MainWindow") -> None:
    """New scoring preferences: recompute every customer's scores off the GUI thread,
    with progress and a way to stop (what is done stays done)."""
    # Imported here: `Qt` builds Qt's whole enum namespace, kept off the first paint.
    from PySide6.QtCore import Q_ARG, QCoreApplication, QMetaObject, Qt
    from PySide6.QtWidgets import QProgressDialog

    from relationdesk.services.scores import rescore_all
    from relationdesk.ui.shared.worker import run_in_background

    if window.db is None:
        return
    progress = named(QProgressDialog(window), "rescoreProgress")
    progress.setWindowTitle(QCoreApplication.translate("Rescoring", "Updating scores"))
    progress.setLabelText(
        QCoreApplication.translate("Rescoring", "Recomputing every customer's scores…")
    )
    progress.setMinimumDuration(300)
    progress.setAutoClose(True)
    state = {"cancelled": False}
    progress.canceled.connect(lambda: state.update(cancelled=True))

    def report(done: int, total: int) -> bool:
        # Called in the worker thread: hand the numbers to the GUI thread.
        QMetaObject.invokeMethod(
            progress, "setMaximum", Qt.ConnectionType.QueuedConnection, Q_ARG(int, total)
        )
        QMetaObject.invokeMethod(
            progress, "setValue", Qt.ConnectionType.QueuedConnection, Q_ARG(int, done)
        )
        return not state["cancelled"]

    db = window.db

    def finished(_count: object) -> None:
        progress.close()
        window.refresh_dashboard()
        if window.workspace is not None:
            window.workspace.reload_keeping_selection()

    run_in_background(
        lambda: rescore_all(db, report), finished, lambda error: finished(error), window
    )
