"""File → Export PDF… (Ctrl+P): ask what, then where, then write it.

The document is built in the chosen language (i18n.speaking, the open windows stay in
theirs). A customer review or brief is built on the GUI thread under a busy cursor. A
portfolio review runs through the operation helper (ui/shared/operation.py): its figures
are read off the GUI thread on their own connection, its pages painted on it, under one
progress dialog that can cancel. write_pdf is atomic: a failed or cancelled export leaves
no file and never replaces an older one.
"""

import logging
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices

from relationdesk import settings as keys
from relationdesk.services.customer_directory import CustomerQuery, ListFilter
from relationdesk.ui.reports.export_pdf_dialog import ExportKind, ExportPdfDialog, ExportRequest
from relationdesk.ui.shared.messages import inform_error
from relationdesk.ui.shared.qt_helpers import named

if TYPE_CHECKING:
    from relationdesk.services.reports.pdf import ReportDocument
    from relationdesk.services.reports.portfolio_review import PortfolioData
    from relationdesk.ui.main_window import MainWindow
    from relationdesk.ui.shared.operation import Operation

log = logging.getLogger("relationdesk")
_UNSAFE = set('<>:"/\\|?*')
MAX_NAME = 120


def safe_file_name(text: str) -> str:
    """A file name every system and mail program takes: letters without accents
    ("Țesătoria" → "Tesatoria"), none of <>:"/\\|?* or control characters."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    cleaned = "".join("-" if c in _UNSAFE or ord(c) < 32 else c for c in plain)
    name = " ".join(cleaned.split()).strip(" .")[:MAX_NAME].strip(" .")
    return name or "report"




@dataclass(frozen=True)
class ExportJob:
    """What to export (the dialog's answers) and of whom."""

    request: ExportRequest
    customer_id: str | None
    customer_name: str
    query: CustomerQuery  # the customer list as filtered when the dialog opened


class PdfExport(QObject):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self._window = window
        # Replaceable in tests, so a test run never opens a PDF viewer.
        self.open_file: Callable[[QUrl], Any] = QDesktopServices.openUrl

    def start(self) -> None:
        """Open the dialog for the selected customer and the list as filtered now."""
        from PySide6.QtCore import Qt

        window = self._window
        workspace = window.workspace
        if window.db is None or workspace is None:
            return
        customer_id = workspace.selected_customer_id()
        detail = workspace.directory.detail(customer_id) if customer_id else None
        query = workspace.model.query
        dialog = ExportPdfDialog(
            window,
            detail.name if detail else None,
            workspace.directory.count(query),
            window.switcher.language,
            window.settings.get(keys.OPEN_PDF_WHEN_DONE),
            date.today(),
            window.settings.get(keys.USER_NAME),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        name = detail.name if detail else ""
        dialog.accepted.connect(lambda: self._keep_author(dialog.author()))
        dialog.accepted.connect(
            lambda: self._ask_target(
                ExportJob(dialog.request(), detail.id if detail else None, name, query)
            )
        )
        dialog.open()

    def _author(self) -> str:
        """The user's own name (Settings), never the login name ("root" on a report)."""
        return self._window.settings.get(keys.USER_NAME)

    def _keep_author(self, name: str) -> None:
        if name:
            self._window.settings.set(keys.USER_NAME, name)

    def _ask_target(self, job: ExportJob) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QFileDialog

        settings = self._window.settings
        settings.set(keys.OPEN_PDF_WHEN_DONE, job.request.open_when_done)
        folder = Path(settings.get(keys.PDF_FOLDER) or Path.home())
        dialog = named(QFileDialog(self._window, self.tr("Save PDF")), "exportPdfFileDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.setDirectory(str(folder if folder.is_dir() else Path.home()))
        dialog.selectFile(self._default_name(job))
        dialog.fileSelected.connect(lambda chosen: self.export_to(job, Path(chosen)))
        dialog.open()

    def _default_name(self, job: ExportJob) -> str:
        """ "Carpati Industrial - customer review - 2026-11-23.pdf", in the report's language."""
        from relationdesk.i18n import speaking

        with speaking(job.request.language, self._window.switcher):
            what = {
                ExportKind.CUSTOMER_REVIEW: QCoreApplication.translate(
                    "PdfExport", "customer review"
                ),
                ExportKind.MEETING_BRIEF: QCoreApplication.translate("PdfExport", "meeting brief"),
                ExportKind.PORTFOLIO_REVIEW: QCoreApplication.translate(
                    "PdfExport", "portfolio review"
                ),
            }[job.request.kind]
        if job.request.kind is ExportKind.PORTFOLIO_REVIEW:
            parts = [what[:1].upper() + what[1:]]
        else:
            parts = [job.customer_name, what]
        return safe_file_name(" - ".join([*parts, date.today().isoformat()])) + ".pdf"

    # --- writing -------------------------------------------------------------------------
    def export_to(self, job: ExportJob, target: Path) -> None:
        """Build and write the PDF the dialog asked for (the file dialog calls this)."""
        from relationdesk.services.errors import NotFound
        from relationdesk.services.reports.pdf import write_pdf
        from relationdesk.ui.shared.qt_helpers import busy_cursor

        self._window.settings.set(keys.PDF_FOLDER, str(target.parent))
        if job.request.kind is ExportKind.PORTFOLIO_REVIEW:
            self._export_portfolio(job, target)
            return
        try:
            with busy_cursor():
                document = self._customer_document(job)
                write_pdf(document, target)
        except NotFound:
            inform_error(
                self._window,
                self.tr("PDF not saved"),
                self.tr("This customer was deleted meanwhile: nothing was saved."),
            )
        except OSError as error:
            self._write_failed(target, error)
        else:
            self._written(job, target)

    def _customer_document(self, job: ExportJob) -> "ReportDocument":
        from relationdesk.i18n import speaking
        from relationdesk.services.errors import NotFound

        db = self._window.db
        if db is None or job.customer_id is None:
            raise NotFound(job.customer_id or "")
        request, now = job.request, datetime.now(UTC).replace(tzinfo=None)
        with speaking(request.language, self._window.switcher):
            if request.kind is ExportKind.MEETING_BRIEF:
                from relationdesk.services.reports.meeting_brief import meeting_brief

                return meeting_brief(db.reader, job.customer_id, now, self._author())
            from relationdesk.services.reports.customer_review import (
                ReviewOptions,
                customer_review,
            )
            from relationdesk.settings import hourly_rates

            options = ReviewOptions(
                period_from=request.period_from,
                period_to=request.period_to,
                include_texts=request.include_texts,
                include_sensitive=request.include_texts and request.include_sensitive,
                author=self._author(),
            )
            rates = hourly_rates(self._window.settings)
            return customer_review(db.reader, job.customer_id, options, now, rates)

    def _export_portfolio(self, job: ExportJob, target: Path) -> None:
        """The figures are read off the GUI thread; the pages are painted on it, under the
        same progress dialog (window-modal, so only its Cancel is let through)."""
        from relationdesk.services.reports import portfolio_review as reviews
        from relationdesk.settings import QUIET_DAYS, disengage_thresholds, hourly_rates
        from relationdesk.ui.shared.operation import Operation

        window = self._window
        if window.db is None or window.workspace is None:
            return
        now = datetime.now(UTC).replace(tzinfo=None)
        everyone = job.query.only is ListFilter.ALL and not job.query.search.strip()
        options = reviews.PortfolioOptions(
            customer_ids=None if everyone else window.workspace.directory.ids(job.query),
            sort=reviews.PortfolioSort(job.request.sort),
            author=self._author(),
            quiet_days=window.settings.get(QUIET_DAYS),
            touch_days=window.settings.get(keys.STAY_IN_TOUCH_DAYS),
        )
        rates, thresholds = hourly_rates(window.settings), disengage_thresholds(window.settings)
        operation: Operation[PortfolioData] = Operation(
            window,
            self.tr("Reading the portfolio…"),
            name="pdfExportProgress",
            title=self.tr("Export PDF"),
            modal=True,
            parent=window,
            gui_step=lambda data: self._write_portfolio(job, data, target, operation),
            on_done=lambda _pages: self._written(job, target),
            on_error=lambda error: self._failed(target, error),
            on_cancelled=lambda _cancelled: self._cancelled(),
        )
        operation.read(
            lambda conn, progress: reviews.portfolio_data(
                conn, options, now, rates, thresholds, progress
            )
        )

    def _write_portfolio(
        self, job: ExportJob, data: "PortfolioData", target: Path, operation: "Operation[Any]"
    ) -> int:
        from relationdesk.i18n import speaking
        from relationdesk.services.reports import portfolio_review as reviews
        from relationdesk.services.reports.pdf import write_pdf

        operation.set_label(self.tr("Writing the PDF…"))
        with speaking(job.request.language, self._window.switcher):
            document = reviews.portfolio_review(data)
        return write_pdf(document, target, operation.progress)

    # --- outcome -------------------------------------------------------------------------
    def _written(self, job: ExportJob, target: Path) -> None:
        self._window.show_status(self.tr("PDF saved: %1").replace("%1", str(target)), 10000)
        if job.request.open_when_done:
            self.open_file(QUrl.fromLocalFile(str(target)))

    def _cancelled(self) -> None:
        self._window.show_status(self.tr("PDF export cancelled: nothing was saved."), 10000)

    def _failed(self, target: Path, error: Exception) -> None:
        """The operation helper has logged the traceback."""
        if isinstance(error, OSError):
            self._write_failed(target, error)
        else:
            inform_error(
                self._window,
                self.tr("PDF not saved"),
                self.tr("The PDF could not be made. Nothing was saved."),
                type(error).__name__,
            )

    def _write_failed(self, target: Path, error: OSError) -> None:
        log.warning("PDF not written to %s: %s", target, error.strerror or error)
        inform_error(
            self._window,
            self.tr("PDF not saved"),
            self.tr(
                "The PDF could not be saved as %1. Check that you may write to that folder "
                "and that the disk has room, then export again. An older file of that name "
                "is unchanged."
            ).replace("%1", str(target)),
            str(error),
        )
