"""File menu flows for vCard, iCalendar and JSON: import contacts from a .vcf (read off
the GUI thread, a report to review, then one transaction with a progress that can
cancel) and the three exports (ask where, write in the background with a cancellable
progress; a cancelled or failed export leaves no file), and the customers' CSV export.
The exchange menu calls `import_vcard(window)`, `export_vcard(window)`,
`export_ics(window)`, `export_json(window)`, `export_customers_csv(window)`; each runs
its work through the one operation helper (ui/shared/operation.py)."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox

from relationdesk.ui.shared.changes import Topic
from relationdesk.ui.shared.messages import inform_error
from relationdesk.ui.shared.operation import Operation

if TYPE_CHECKING:
    import sqlite3

    from relationdesk.domain.progress import Progress
    from relationdesk.services.exchange.vcard_cards import Card
    from relationdesk.services.exchange.vcard_exchange import Duplicates, ImportPlan
    from relationdesk.ui.shared.window import FlowWindow


def _file_dialog(
    window: "FlowWindow", title: str, name_filter: str, object_name: str, save_as: str | None
) -> QFileDialog:
    dialog = QFileDialog(window.dialog_parent(), title)
    dialog.setObjectName(object_name)
    dialog.setNameFilters(
        [name_filter, QCoreApplication.translate("ExchangeFlows", "All files (*)")]
    )
    dialog.setDirectory(str(Path.home()))
    if save_as is None:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(save_as.rsplit(".", 1)[-1])
        dialog.selectFile(save_as)
    dialog.finished.connect(dialog.deleteLater)
    return dialog


def _export_cancelled(window: "FlowWindow") -> None:
    window.show_status(
        QCoreApplication.translate("ExchangeFlows", "Export cancelled: no file was written."),
        8000,
    )


def _export_failed(window: "FlowWindow", error: Exception) -> None:
    inform_error(
        window.dialog_parent(),
        QCoreApplication.translate("ExchangeFlows", "Export failed"),
        QCoreApplication.translate(
            "ExchangeFlows",
            "The file could not be written; nothing was saved. Check that the folder exists "
            "and that you may write to it, then try again.",
        ),
        str(error),
    )


@dataclass(frozen=True)
class _Export:
    """One export: the file dialog's texts, the progress label, the writer and what the
    status bar says when done (`said(result)`, %1 the file)."""

    title: str
    name_filter: str
    dialog_name: str
    file_name: str
    label: str
    write: "Callable[[sqlite3.Connection, Path, Progress], Any]"
    said: Callable[[Any], str]
    progress_name: str = "exchangeProgress"


def _ask_and_export(window: "FlowWindow", export: _Export) -> None:
    """Ask where, then write on the operation's own connection (cancellable)."""
    dialog = _file_dialog(
        window, export.title, export.name_filter, export.dialog_name, export.file_name
    )
    dialog.fileSelected.connect(lambda chosen: _export(window, Path(chosen), export))
    dialog.open()


def _export(window: "FlowWindow", target: Path, export: _Export) -> None:
    def done(result: object) -> None:
        window.show_status(export.said(result).replace("%1", str(target)), 10000)

    Operation[Any](
        window,
        export.label,
        name=export.progress_name,
        on_done=done,
        on_error=lambda error: _export_failed(window, error),
        on_cancelled=lambda _cancelled: _export_cancelled(window),
    ).read(lambda conn, progress: export.write(conn, target, progress))


# --- the exports -------------------------------------------------------------------------
def export_vcard(window: "FlowWindow") -> None:
    """File → Export → Contacts as vCard…: every customer's contacts in one .vcf."""
    from relationdesk.services.exchange.vcard_exchange import export_vcard as write

    if window.db is None:
        return
    _ask_and_export(window, _Export(
        QCoreApplication.translate("ExchangeFlows", "Export contacts as vCard"),
        QCoreApplication.translate("ExchangeFlows", "vCard files (*.vcf)"),
        "exportVcardFileDialog",
        f"relationdesk-contacts-{date.today().isoformat()}.vcf",
        QCoreApplication.translate("ExchangeFlows", "Exporting contacts…"),
        lambda conn, target, progress: write(conn, target, on_progress=progress),
        lambda count: QCoreApplication.translate(
            "ExchangeFlows", "Contacts exported to %1: %2").replace("%2", str(count)),
    ))  # fmt: skip


def export_ics(window: "FlowWindow") -> None:
    """File → Export → Calendar (.ics)…: meetings and open follow-ups, never disclosures."""
    from relationdesk.domain.meetings import MeetingKind
    from relationdesk.l10n.labels import meeting_kind_label
    from relationdesk.services.exchange.ics_export import english_kind
    from relationdesk.services.exchange.ics_export import export_ics as write

    if window.db is None:
        return
    kinds = {kind.value: meeting_kind_label(kind) for kind in MeetingKind}  # on this thread
    steps = QCoreApplication.translate("ExchangeFlows", "Next steps")
    _ask_and_export(window, _Export(
        QCoreApplication.translate("ExchangeFlows", "Export meetings and follow-ups"),
        QCoreApplication.translate("ExchangeFlows", "Calendar files (*.ics)"),
        "exportIcsFileDialog",
        f"relationdesk-calendar-{date.today().isoformat()}.ics",
        QCoreApplication.translate("ExchangeFlows", "Exporting meetings…"),
        lambda conn, target, progress: write(
            conn, target, on_progress=progress, next_steps_label=steps,
            kind_label=lambda kind: kinds.get(kind) or english_kind(kind),
        ),
        lambda counts: QCoreApplication.translate(
            "ExchangeFlows", "Exported to %1 — meetings: %2, open follow-ups: %3"
        ).replace("%2", str(counts[0])).replace("%3", str(counts[1])),
    ))  # fmt: skip


def export_json(window: "FlowWindow") -> None:
    """File → Export → Everything as JSON…: asks first whether sensitive disclosure texts
    go in (default no), then where."""
    from relationdesk.services.exchange.json_export import export_json as write

    if window.db is None:
        return
    ask = QMessageBox(window.dialog_parent())
    ask.setObjectName("exportJsonQuestion")
    ask.setIcon(QMessageBox.Icon.Question)
    ask.setWindowTitle(QCoreApplication.translate("ExchangeFlows", "Export everything as JSON"))
    ask.setText(QCoreApplication.translate(
        "ExchangeFlows",
        "The whole database goes into one JSON file (described in the documentation). "
        "The texts of sensitive disclosures are left out unless you include them here.",
    ))  # fmt: skip
    include = QCheckBox(
        QCoreApplication.translate("ExchangeFlows", "Include the texts of &sensitive disclosures")
    )
    include.setObjectName("includeSensitive")
    ask.setCheckBox(include)
    ask.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    ask.setDefaultButton(QMessageBox.StandardButton.Ok)
    if ask.exec() != QMessageBox.StandardButton.Ok:
        return
    sensitive = include.isChecked()
    _ask_and_export(window, _Export(
        QCoreApplication.translate("ExchangeFlows", "Export everything as JSON"),
        QCoreApplication.translate("ExchangeFlows", "JSON files (*.json)"),
        "exportJsonFileDialog",
        f"relationdesk-{date.today().isoformat()}.json",
        QCoreApplication.translate("ExchangeFlows", "Exporting all data…"),
        lambda conn, target, progress: write(
            conn, target, include_sensitive=sensitive, on_progress=progress),
        lambda _rows: QCoreApplication.translate("ExchangeFlows", "Everything exported to %1"),
    ))  # fmt: skip


# --- the import ----------------------------------------------------------------------------
def import_vcard(window: "FlowWindow") -> None:
    """File → Import contacts from vCard…: the file, then the report, then the write."""
    if window.db is None:
        return
    dialog = _file_dialog(
        window,
        QCoreApplication.translate("ExchangeFlows", "Import contacts from vCard"),
        QCoreApplication.translate("ExchangeFlows", "vCard files (*.vcf *.vcard)"),
        "importVcardFileDialog",
        None,
    )
    dialog.fileSelected.connect(lambda name: read_vcard(window, Path(name)))
    dialog.open()


def read_vcard(window: "FlowWindow", path: Path) -> None:
    """Read the file in the background, then show the report (or what is wrong with the
    file, at which card and line)."""
    from relationdesk.services.exchange.vcard_cards import VCardReadError, read_vcard_file
    from relationdesk.ui.exchange.vcard_texts import read_error_message

    def failed(error: Exception) -> None:
        text = read_error_message(error) if isinstance(error, VCardReadError) else str(error)
        inform_error(
            window.dialog_parent(),
            QCoreApplication.translate("ExchangeFlows", "Contacts not imported"),
            QCoreApplication.translate("ExchangeFlows", "%1 cannot be imported; nothing was "
                                       "changed.").replace("%1", path.name) + "\n\n" + text,
            str(error),
        )  # fmt: skip

    Operation["list[Card]"](
        window,
        QCoreApplication.translate("ExchangeFlows", "Reading %1…").replace("%1", path.name),
        name="exchangeProgress",
        on_done=lambda cards: review(window, path.name, cards),
        on_error=failed,
    ).run(lambda progress: read_vcard_file(path, progress))


def review(window: "FlowWindow", file_name: str, cards: "list[Card]") -> None:
    from relationdesk.services.exchange.vcard_exchange import plan_vcard_import
    from relationdesk.ui.exchange.vcard_import_dialog import VCardImportDialog

    db = window.db
    if db is None:
        return
    customers = db.reader.execute("SELECT id, name FROM customer ORDER BY sort_key").fetchall()
    dialog = VCardImportDialog(
        file_name,
        plan_vcard_import(db.reader, cards),
        customers,
        lambda customer_id: plan_vcard_import(db.reader, cards, customer_id),
        window.dialog_parent(),
    )
    dialog.accepted.connect(lambda: write_import(window, dialog.plan, dialog.duplicates()))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def write_import(window: "FlowWindow", plan: "ImportPlan", duplicates: "Duplicates") -> None:
    from relationdesk.services.exchange.vcard_exchange import apply_vcard_import

    def done(result: Any) -> None:
        window.changes.announce(Topic.CUSTOMERS, Topic.CONTACTS)
        text = " · ".join((
            QCoreApplication.translate("ExchangeFlows", "Contacts imported: %1 new"),
            QCoreApplication.translate("ExchangeFlows", "merged: %2"),
            QCoreApplication.translate("ExchangeFlows", "skipped: %3"),
        )).replace("%1", str(result.created)).replace("%2", str(result.merged)).replace(
            "%3", str(result.skipped + result.refused))  # fmt: skip
        window.show_status(text, 15000)

    def cancelled(_cancelled: Exception) -> None:
        window.show_status(
            QCoreApplication.translate("ExchangeFlows", "Import cancelled: nothing was changed."),
            8000,
        )

    def failed(error: Exception) -> None:
        inform_error(
            window.dialog_parent(),
            QCoreApplication.translate("ExchangeFlows", "Contacts not imported"),
            QCoreApplication.translate(
                "ExchangeFlows", "The import did not complete. Nothing was changed."
            ),
            str(error),
        )

    Operation[Any](
        window,
        QCoreApplication.translate("ExchangeFlows", "Importing contacts…"),
        name="exchangeProgress",
        on_done=done,
        on_error=failed,
        on_cancelled=cancelled,
    ).write(lambda db, progress: apply_vcard_import(db, plan, duplicates, progress))


# --- the customers' CSV --------------------------------------------------------------------
def export_customers_csv(window: "FlowWindow") -> None:
    """File → Export → Customers as CSV…: ask where, then write every customer with their
    contacts (cells neutralised for spreadsheets)."""
    from relationdesk.services.exchange.csv_export import export_customers

    if window.db is None:
        return
    _ask_and_export(window, _Export(
        QCoreApplication.translate("ExchangeFlows", "Export customers"),
        QCoreApplication.translate("ExchangeFlows", "CSV files (*.csv)"),
        "exportCustomersDialog",
        f"relationdesk-customers-{date.today().isoformat()}.csv",
        QCoreApplication.translate("ExchangeFlows", "Exporting customers…"),
        lambda conn, target, progress: export_customers(conn, target, progress),
        lambda _rows: QCoreApplication.translate("ExchangeFlows", "Customers exported to %1"),
        progress_name="exportProgress",
    ))  # fmt: skip
