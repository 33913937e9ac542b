"""File → Import customers from CSV…: choose the file, read it off the GUI thread, map
its columns and review the report (CsvImportDialog), then write it in one transaction.
Reading, checking and writing each show a progress dialog that can cancel (a cancelled
import rolls back: nothing written). The main window only calls `open_csv_import(window)`."""

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from relationdesk import settings as keys
from relationdesk.ui.shared.messages import inform_error
from relationdesk.ui.shared.qt_helpers import close_progress, named
from relationdesk.ui.shared.worker import run_in_background

if TYPE_CHECKING:
    from relationdesk.domain.csv_import import CsvTable
    from relationdesk.services.exchange.csv_import import ImportCounts
    from relationdesk.ui.exchange.csv_import_dialog import CsvImportDialog, ImportRequest
    from relationdesk.ui.main_window import MainWindow


def open_csv_import(window: "MainWindow") -> None:
    """Ask for the file; the rest follows from there."""
    if window.db is None:
        return
    dialog = QFileDialog(
        window, QCoreApplication.translate("CsvImportFlow", "Import customers from CSV")
    )
    dialog.setObjectName("importCsvFileDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilters(
        [
            QCoreApplication.translate("CsvImportFlow", "CSV files (*.csv *.txt)"),
            QCoreApplication.translate("CsvImportFlow", "All files (*)"),
        ]
    )
    dialog.setDirectory(str(Path.home()))
    dialog.fileSelected.connect(lambda chosen: read_and_map(window, Path(chosen)))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


_SCALE = 1000  # the bar counts per mille: totals may be bytes, rows or records
_POLL_MS = 100
_POLL_NAME = "progressPoll"


def start_progress(
    parent: QWidget, name: str, label: str
) -> tuple[QProgressDialog, Callable[[int, int], bool]]:
    """A progress dialog for work running in the background, and the `(done, total)`
    callback the work reports to from its thread; the callback answers False once the
    user pressed Cancel. Shown only when the work lasts; close it with end_progress.

    The worker touches no Qt object: it writes two numbers that a timer of the dialog
    reads on the GUI thread. (Were it to emit a signal, the worker's job would hold the
    emitting object, and could be the last to let go of it while the GUI thread deletes
    the dialog: a rare crash seen when three of these ran in one import.)"""
    cancelled = threading.Event()
    reached = [0, 1]  # done, total: written by the worker, read by the timer
    progress = named(QProgressDialog(parent), name)  # Qt's translated Cancel
    progress.setLabelText(label)
    progress.setRange(0, _SCALE)
    progress.setMinimumDuration(500)  # only shown when the work is long
    # Not modal: a modal one runs the event loop inside setValue(), where the work's
    # result could arrive and delete its parent mid-call. The flows refuse to close
    # their dialogs meanwhile instead.
    progress.setModal(False)
    progress.canceled.connect(cancelled.set)
    timer = named(QTimer(progress), _POLL_NAME)
    timer.setInterval(_POLL_MS)
    timer.timeout.connect(
        lambda: progress.setValue(min(_SCALE - 1, reached[0] * _SCALE // max(reached[1], 1)))
    )
    timer.start()

    def step(done: int, total: int) -> bool:
        reached[0], reached[1] = done, total
        return not cancelled.is_set()

    return progress, step


def end_progress(progress: QProgressDialog) -> None:
    """Close a dialog of start_progress: its timer stops first, so that it cannot show
    the dialog again before the deletion."""
    timer = progress.findChild(QTimer, _POLL_NAME)
    if timer is not None:
        timer.stop()
    close_progress(progress)


def read_and_map(window: "MainWindow", path: Path) -> None:
    """Read the file in the background, then open the mapping dialog (or say what is
    wrong with the file, with the line at fault)."""
    from relationdesk.services.exchange.csv_import import read_csv_file

    label = QCoreApplication.translate("CsvImportFlow", "Reading %1…").replace("%1", path.name)
    window.statusBar().showMessage(label)
    progress, step = start_progress(window, "readProgress", label)

    def read() -> "CsvTable":
        return read_csv_file(path, step)

    def mapped(table: "CsvTable") -> None:
        end_progress(progress)
        _map(window, path, table)

    def failed(error: Exception) -> None:
        from relationdesk.domain.csv_import import CsvError, ReadCancelled
        from relationdesk.ui.exchange.csv_import_texts import csv_error_message

        end_progress(progress)
        window.statusBar().clearMessage()
        if isinstance(error, ReadCancelled):
            return
        title = QCoreApplication.translate("CsvImportFlow", "File not imported")
        if isinstance(error, CsvError):
            text = csv_error_message(error) + "\n\n" + _nothing_written()
            inform_error(window, title, text, f"{path}: {error}")
        else:
            inform_error(window, title, _nothing_written(), str(error))

    run_in_background(read, mapped, failed, window)


def _nothing_written() -> str:
    return QCoreApplication.translate("CsvImportFlow", "Nothing was imported.")


def _map(window: "MainWindow", path: Path, table: "CsvTable") -> None:
    from relationdesk.domain.csv_mapping import guess_mapping, remembered_mapping
    from relationdesk.ui.exchange.csv_import_dialog import CsvImportDialog

    window.statusBar().clearMessage()
    if window.db is None:
        return
    stored = window.settings.get(keys.CSV_IMPORT_MAPPINGS)
    mapping = remembered_mapping(stored, table.header) or guess_mapping(table.header)
    dialog = CsvImportDialog(table, path.name, mapping, window.db.path, window.settings, window)
    dialog.sig_import.connect(lambda request: _apply(window, dialog, request))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def _apply(window: "MainWindow", dialog: "CsvImportDialog", request: "ImportRequest") -> None:
    from relationdesk.db.database import Database
    from relationdesk.services.exchange.csv_import import ImportCancelled, apply_import

    database = window.db.path if window.db is not None else None
    if database is None:
        return
    progress, step = start_progress(
        dialog,
        "importProgress",
        QCoreApplication.translate("CsvImportFlow", "Importing customers…"),
    )
    dialog.set_importing(True)

    def work() -> "ImportCounts":
        db = Database(database)  # its own connections, in its own thread
        try:
            return apply_import(
                db,
                request.plan,
                request.choices,
                request.default,
                skip_invalid=request.skip_invalid,
                on_progress=step,
            )
        finally:
            db.close()

    def finish() -> None:
        end_progress(progress)
        dialog.set_importing(False)

    def done(counts: "ImportCounts") -> None:
        finish()
        dialog.accept()
        _refresh(window)
        _summary(window, counts)

    def failed(error: Exception) -> None:
        finish()
        if isinstance(error, ImportCancelled):
            dialog.status_label.setText(
                QCoreApplication.translate(
                    "CsvImportFlow", "Import cancelled: nothing was written."
                )
            )
            return
        inform_error(
            dialog,
            QCoreApplication.translate("CsvImportFlow", "Import failed"),
            QCoreApplication.translate(
                "CsvImportFlow", "The import did not complete. Nothing was written."
            ),
            str(error),
        )

    run_in_background(work, done, failed, dialog)


def _refresh(window: "MainWindow") -> None:
    if window.workspace is not None:
        window.workspace.refresh()
    window.refresh_dashboard()


def _summary(window: "MainWindow", counts: "ImportCounts") -> None:
    def line(text: str, *numbers: int) -> str:
        for place, number in enumerate(numbers, start=1):
            text = text.replace(f"%{place}", str(number))
        return text

    lines = [
        line(QCoreApplication.translate("CsvImportFlow", "Customers created: %1"),
             counts.customers_created),
        line(QCoreApplication.translate("CsvImportFlow", "Contacts created: %1"),
             counts.contacts_created),
    ]  # fmt: skip
    if counts.customers_merged or counts.contacts_merged:
        lines.append(line(
            QCoreApplication.translate(
                "CsvImportFlow", "Customers merged: %1; contacts merged: %2"),
            counts.customers_merged, counts.contacts_merged,
        ))  # fmt: skip
    if counts.skipped:
        lines.append(line(
            QCoreApplication.translate("CsvImportFlow", "Duplicates skipped: %1"), counts.skipped
        ))  # fmt: skip
    if counts.rows_left_out:
        lines.append(line(
            QCoreApplication.translate("CsvImportFlow", "Rows with problems left out: %1"),
            counts.rows_left_out,
        ))  # fmt: skip
    box = named(QMessageBox(window), "csvImportSummary")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("CsvImportFlow", "Import finished"))
    box.setText("\n".join(f"• {line}" for line in lines))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    window.statusBar().showMessage(
        QCoreApplication.translate("CsvImportFlow", "Customers imported."), 8000
    )
