"""File → Import customers from CSV…: choose the file, read it off the GUI thread, map
its columns and review the report (CsvImportDialog), then write it in one transaction.
Reading, checking and writing each show a progress dialog that can cancel (a cancelled
import rolls back: nothing written). The main window only calls `open_csv_import(window)`."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from relationdesk import settings as keys
from relationdesk.ui.shared.changes import Topic
from relationdesk.ui.shared.messages import inform_error
from relationdesk.ui.shared.operation import Operation
from relationdesk.ui.shared.qt_helpers import named

if TYPE_CHECKING:
    from relationdesk.domain.csv_import import CsvTable
    from relationdesk.services.exchange.csv_import import ImportCounts
    from relationdesk.ui.exchange.csv_import_dialog import CsvImportDialog, ImportRequest
    from relationdesk.ui.shared.window import FlowWindow


def open_csv_import(window: "FlowWindow") -> None:
    """Ask for the file; the rest follows from there."""
    if window.db is None:
        return
    dialog = QFileDialog(
        window.dialog_parent(),
        QCoreApplication.translate("CsvImportFlow", "Import customers from CSV"),
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


def read_and_map(window: "FlowWindow", path: Path) -> None:
    """Read the file in the background, then open the mapping dialog (or say what is
    wrong with the file, with the line at fault)."""
    from relationdesk.services.exchange.csv_import import read_csv_file

    label = QCoreApplication.translate("CsvImportFlow", "Reading %1…").replace("%1", path.name)
    window.show_status(label, 0)

    def failed(error: Exception) -> None:
        from relationdesk.domain.csv_import import CsvError
        from relationdesk.ui.exchange.csv_import_texts import csv_error_message

        window.show_status("")
        title = QCoreApplication.translate("CsvImportFlow", "File not imported")
        parent = window.dialog_parent()
        if isinstance(error, CsvError):
            text = csv_error_message(error) + "\n\n" + _nothing_written()
            inform_error(parent, title, text, f"{path}: {error}")
        else:
            inform_error(parent, title, _nothing_written(), str(error))

    Operation["CsvTable"](
        window,
        label,
        name="readProgress",
        on_done=lambda table: _map(window, path, table),
        on_error=failed,
        on_cancelled=lambda _cancelled: window.show_status(""),
    ).run(lambda progress: read_csv_file(path, progress))


def _nothing_written() -> str:
    return QCoreApplication.translate("CsvImportFlow", "Nothing was imported.")


def _map(window: "FlowWindow", path: Path, table: "CsvTable") -> None:
    from relationdesk.domain.csv_mapping import guess_mapping, remembered_mapping
    from relationdesk.ui.exchange.csv_import_dialog import CsvImportDialog

    window.show_status("")
    if window.db is None:
        return
    stored = window.settings.get(keys.CSV_IMPORT_MAPPINGS)
    mapping = remembered_mapping(stored, table.header) or guess_mapping(table.header)
    dialog = CsvImportDialog(table, path.name, mapping, window)
    dialog.sig_import.connect(lambda request: _apply(window, dialog, request))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def _apply(window: "FlowWindow", dialog: "CsvImportDialog", request: "ImportRequest") -> None:
    from relationdesk.services.exchange.csv_import import apply_import

    if window.db is None:
        return
    dialog.set_importing(True)

    def done(counts: "ImportCounts") -> None:
        dialog.set_importing(False)
        dialog.accept()
        window.changes.announce(Topic.CUSTOMERS, Topic.CONTACTS)
        _summary(window, counts)

    def cancelled(_cancelled: Exception) -> None:
        dialog.set_importing(False)
        dialog.status_label.setText(
            QCoreApplication.translate("CsvImportFlow", "Import cancelled: nothing was written.")
        )

    def failed(error: Exception) -> None:
        dialog.set_importing(False)
        inform_error(
            dialog,
            QCoreApplication.translate("CsvImportFlow", "Import failed"),
            QCoreApplication.translate(
                "CsvImportFlow", "The import did not complete. Nothing was written."
            ),
            str(error),
        )

    Operation["ImportCounts"](
        window,
        QCoreApplication.translate("CsvImportFlow", "Importing customers…"),
        name="importProgress",
        parent=dialog,
        on_done=done,
        on_error=failed,
        on_cancelled=cancelled,
    ).write(
        lambda db, progress: apply_import(
            db,
            request.plan,
            request.choices,
            request.default,
            skip_invalid=request.skip_invalid,
            on_progress=progress,
        )
    )


def _summary(window: "FlowWindow", counts: "ImportCounts") -> None:
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
    box = named(QMessageBox(window.dialog_parent()), "csvImportSummary")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("CsvImportFlow", "Import finished"))
    box.setText("\n".join(f"• {line}" for line in lines))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    window.show_status(QCoreApplication.translate("CsvImportFlow", "Customers imported."), 8000)
