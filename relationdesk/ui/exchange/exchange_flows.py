"""File menu flows for vCard, iCalendar and JSON: import contacts from a .vcf (read off
the GUI thread, a report to review, then one transaction with a progress that can
cancel) and the three exports (ask where, write in the background with a cancellable
progress; a cancelled or failed export leaves no file). The main window calls
`import_vcard(window)`, `export_vcard(window)`, `export_ics(window)`, `export_json(window)`."""

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox, QProgressDialog

from relationdesk.ui.shared.messages import inform_error
from relationdesk.ui.shared.qt_helpers import close_progress
from relationdesk.ui.shared.worker import run_in_background

if TYPE_CHECKING:
    from relationdesk.services.exchange.vcard_cards import Card
    from relationdesk.services.exchange.vcard_exchange import Duplicates, ImportPlan
    from relationdesk.ui.main_window import MainWindow

Work = Callable[[Callable[[int, int], bool]], Any]  # given on_progress, does the work


class _Relay(QObject):
    """Carries progress from the worker thread to the progress dialog (queued)."""

    sig_progress = Signal(int, int)


def _file_dialog(
    window: "MainWindow", title: str, name_filter: str, object_name: str, save_as: str | None
) -> QFileDialog:
    dialog = QFileDialog(window, title)
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


def _with_progress(
    window: "MainWindow",
    label: str,
    work: Work,
    done: Callable[[Any], None],
    failed: Callable[[Exception], None],
) -> None:
    """Run `work` in the background under a progress dialog whose Cancel stops it."""
    cancelled = threading.Event()
    relay = _Relay(window)
    progress = QProgressDialog(window)  # Qt's own, translated Cancel button
    progress.setObjectName("exchangeProgress")
    progress.setLabelText(label)
    progress.setRange(0, 0)
    progress.setMinimumDuration(400)  # only shown when it takes a while
    progress.canceled.connect(cancelled.set)

    def show(value: int, total: int) -> None:
        if total > 0 and not cancelled.is_set():
            progress.setRange(0, total)
            progress.setValue(min(value, total - 1))  # the end closes it, not the count

    relay.sig_progress.connect(show)

    def on_progress(value: int, total: int) -> bool:
        relay.sig_progress.emit(value, total)
        return not cancelled.is_set()

    def finish() -> None:
        close_progress(progress)
        relay.deleteLater()

    def succeeded(result: object) -> None:
        finish()
        done(result)

    def went_wrong(error: Exception) -> None:
        finish()
        failed(error)

    run_in_background(lambda: work(on_progress), succeeded, went_wrong, window)


def _export_failed(window: "MainWindow", error: Exception) -> None:
    from relationdesk.services.exchange.exchange_files import ExportCancelled

    if isinstance(error, ExportCancelled):
        window.statusBar().showMessage(
            QCoreApplication.translate("ExchangeFlows", "Export cancelled: no file was written."),
            8000,
        )
        return
    inform_error(
        window,
        QCoreApplication.translate("ExchangeFlows", "Export failed"),
        QCoreApplication.translate(
            "ExchangeFlows",
            "The file could not be written; nothing was saved. Check that the folder exists "
            "and that you may write to it, then try again.",
        ),
        str(error),
    )


def _export(window: "MainWindow", target: Path, label: str, write: Callable[..., Any],
            said: Callable[[Any], str]) -> None:  # fmt: skip
    """`write(conn, target, on_progress)` on the worker's own connection."""
    from relationdesk.db.connection import connect

    if window.db is None:
        return
    path = window.db.path

    def work(on_progress: Callable[[int, int], bool]) -> object:
        conn = connect(path, same_thread=False)
        try:
            return write(conn, target, on_progress)
        finally:
            conn.close()

    def done(result: object) -> None:
        window.statusBar().showMessage(said(result).replace("%1", str(target)), 10000)

    _with_progress(window, label, work, done, lambda error: _export_failed(window, error))


# --- the exports -------------------------------------------------------------------------
def export_vcard(window: "MainWindow") -> None:
    """File → Export → Contacts as vCard…: every customer's contacts in one .vcf."""
    from relationdesk.services.exchange.vcard_exchange import export_vcard as write

    if window.db is None:
        return
    dialog = _file_dialog(
        window,
        QCoreApplication.translate("ExchangeFlows", "Export contacts as vCard"),
        QCoreApplication.translate("ExchangeFlows", "vCard files (*.vcf)"),
        "exportVcardFileDialog",
        f"relationdesk-contacts-{date.today().isoformat()}.vcf",
    )

    def chosen(name: str) -> None:
        _export(
            window, Path(name), QCoreApplication.translate("ExchangeFlows", "Exporting contacts…"),
            lambda conn, target, progress: write(conn, target, on_progress=progress),
            lambda count: QCoreApplication.translate(
                "ExchangeFlows", "Contacts exported to %1: %2").replace("%2", str(count)),
        )  # fmt: skip

    dialog.fileSelected.connect(chosen)
    dialog.open()


def export_ics(window: "MainWindow") -> None:
    """File → Export → Calendar (.ics)…: meetings and open follow-ups, never disclosures."""
    from relationdesk.domain.meetings import MeetingKind
    from relationdesk.l10n.labels import meeting_kind_label
    from relationdesk.services.exchange.ics_export import english_kind
    from relationdesk.services.exchange.ics_export import export_ics as write

    if window.db is None:
        return
    kinds = {kind.value: meeting_kind_label(kind) for kind in MeetingKind}  # on this thread
    steps = QCoreApplication.translate("ExchangeFlows", "Next steps")
    dialog = _file_dialog(
        window,
        QCoreApplication.translate("ExchangeFlows", "Export meetings and follow-ups"),
        QCoreApplication.translate("ExchangeFlows", "Calendar files (*.ics)"),
        "exportIcsFileDialog",
        f"relationdesk-calendar-{date.today().isoformat()}.ics",
    )

    def chosen(name: str) -> None:
        _export(
            window, Path(name), QCoreApplication.translate("ExchangeFlows", "Exporting meetings…"),
            lambda conn, target, progress: write(
                conn, target, on_progress=progress, next_steps_label=steps,
                kind_label=lambda kind: kinds.get(kind) or english_kind(kind),
            ),
            lambda counts: QCoreApplication.translate(
                "ExchangeFlows", "Exported to %1 — meetings: %2, open follow-ups: %3"
            ).replace("%2", str(counts[0])).replace("%3", str(counts[1])),
        )  # fmt: skip

    dialog.fileSelected.connect(chosen)
    dialog.open()


def export_json(window: "MainWindow") -> None:
    """File → Export → Everything as JSON…: asks first whether sensitive disclosure texts
    go in (default no), then where."""
    from relationdesk.services.exchange.json_export import export_json as write

    if window.db is None:
        return
    ask = QMessageBox(window)
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
    dialog = _file_dialog(
        window,
        QCoreApplication.translate("ExchangeFlows", "Export everything as JSON"),
        QCoreApplication.translate("ExchangeFlows", "JSON files (*.json)"),
        "exportJsonFileDialog",
        f"relationdesk-{date.today().isoformat()}.json",
    )

    def chosen(name: str) -> None:
        _export(
            window, Path(name), QCoreApplication.translate("ExchangeFlows", "Exporting all data…"),
            lambda conn, target, progress: write(
                conn, target, include_sensitive=sensitive, on_progress=progress),
            lambda _rows: QCoreApplication.translate("ExchangeFlows", "Everything exported to %1"),
        )  # fmt: skip

    dialog.fileSelected.connect(chosen)
    dialog.open()


# --- the import ----------------------------------------------------------------------------
def import_vcard(window: "MainWindow") -> None:
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


def read_vcard(window: "MainWindow", path: Path) -> None:
    """Read the file in the background, then show the report (or what is wrong with the
    file, at which card and line)."""
    from relationdesk.services.exchange.vcard_cards import (
        ImportCancelled,
        VCardReadError,
        read_vcard_file,
    )
    from relationdesk.ui.exchange.vcard_texts import read_error_message

    def failed(error: Exception) -> None:
        if isinstance(error, ImportCancelled):
            return
        text = read_error_message(error) if isinstance(error, VCardReadError) else str(error)
        inform_error(
            window,
            QCoreApplication.translate("ExchangeFlows", "Contacts not imported"),
            QCoreApplication.translate("ExchangeFlows", "%1 cannot be imported; nothing was "
                                       "changed.").replace("%1", path.name) + "\n\n" + text,
            str(error),
        )  # fmt: skip

    _with_progress(
        window,
        QCoreApplication.translate("ExchangeFlows", "Reading %1…").replace("%1", path.name),
        lambda on_progress: read_vcard_file(path, on_progress),
        lambda cards: review(window, path.name, cards),
        failed,
    )


def review(window: "MainWindow", file_name: str, cards: "list[Card]") -> None:
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
        window,
    )
    dialog.accepted.connect(lambda: write_import(window, dialog.plan, dialog.duplicates()))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def write_import(window: "MainWindow", plan: "ImportPlan", duplicates: "Duplicates") -> None:
    from relationdesk.db.database import Database
    from relationdesk.services.exchange.vcard_cards import ImportCancelled
    from relationdesk.services.exchange.vcard_exchange import apply_vcard_import

    if window.db is None:
        return
    path = window.db.path

    def work(on_progress: Callable[[int, int], bool]) -> object:
        db = Database(path)  # its own connections, in its own thread
        try:
            return apply_vcard_import(db, plan, duplicates, on_progress)
        finally:
            db.close()

    def done(result: Any) -> None:
        if window.workspace is not None:
            window.workspace.refresh()
        window.refresh_dashboard()
        text = " · ".join((
            QCoreApplication.translate("ExchangeFlows", "Contacts imported: %1 new"),
            QCoreApplication.translate("ExchangeFlows", "merged: %2"),
            QCoreApplication.translate("ExchangeFlows", "skipped: %3"),
        )).replace("%1", str(result.created)).replace("%2", str(result.merged)).replace(
            "%3", str(result.skipped + result.refused))  # fmt: skip
        window.statusBar().showMessage(text, 15000)

    def failed(error: Exception) -> None:
        if isinstance(error, ImportCancelled):
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "ExchangeFlows", "Import cancelled: nothing was changed."
                ),
                8000,
            )
            return
        inform_error(
            window,
            QCoreApplication.translate("ExchangeFlows", "Contacts not imported"),
            QCoreApplication.translate(
                "ExchangeFlows", "The import did not complete. Nothing was changed."
            ),
            str(error),
        )

    label = QCoreApplication.translate("ExchangeFlows", "Importing contacts…")
    _with_progress(window, label, work, done, failed)
