"""File → Export PDF… (Ctrl+P) through the real dialogs, checked in the PDFs written."""

import importlib.util
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt, QUrl
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from relationdesk import settings as keys
from relationdesk.db.database import Database
from relationdesk.domain.customers import CustomerFields
from relationdesk.domain.enums import LifecycleStage
from relationdesk.i18n import speaking
from relationdesk.services import customer_editing as editing
from relationdesk.services.customer_directory import ListFilter
from relationdesk.services.lifecycle import set_lifecycle_stage
from relationdesk.ui.main_window import MainWindow
from relationdesk.ui.reports.export_pdf_dialog import ExportPdfDialog
from relationdesk.ui.reports.pdf_export import ExportJob, PdfExport, safe_file_name
from tests.pdf_reports import (
    CUSTOMER_NAME,
    PLAIN_TEXT,
    SENSITIVE_BUSINESS_TEXT,
    SENSITIVE_TEXT,
    assert_valid_pdf,
    customer_with_disclosures,
    pdf_text,
)
from tests.ui.helpers import AttachedWindow

PORTFOLIO_MODULE = "relationdesk.services.reports.portfolio_review"
needs_portfolio = pytest.mark.skipif(
    importlib.util.find_spec(PORTFOLIO_MODULE) is None,
    reason="services/reports/portfolio_review.py (another developer's) has not landed yet",
)


@pytest.fixture
def opened(window: MainWindow) -> list[QUrl]:
    """What "Open the PDF when done" opened: a test never starts a PDF viewer."""
    urls: list[QUrl] = []
    window.pdf_export().open_file = urls.append
    return urls


def _select(window: MainWindow, customer_id: str) -> None:
    window.workspace.refresh(customer_id)  # type: ignore[union-attr]
    assert window.workspace.selected_customer_id() == customer_id  # type: ignore[union-attr]


def _open_dialog(qtbot: QtBot, window: MainWindow) -> ExportPdfDialog:
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(ExportPdfDialog, "exportPdfDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def _save_as(qtbot: QtBot, window: MainWindow, dialog: ExportPdfDialog, target: Path) -> None:
    """Enter in the export dialog, then the file name in the save dialog."""
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    files = [d for d in window.findChildren(QFileDialog, "exportPdfFileDialog") if d.isVisible()]
    assert len(files) == 1
    files[0].selectFile(str(target))
    files[0].accept()


def _export(qtbot: QtBot, window: MainWindow, dialog: ExportPdfDialog, target: Path) -> str:
    _save_as(qtbot, window, dialog, target)
    qtbot.waitUntil(lambda: "PDF saved" in window.statusBar().currentMessage(), timeout=20000)
    assert str(target) in window.statusBar().currentMessage()
    assert_valid_pdf(target)
    return pdf_text(target)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".report-"))


def test_ctrl_p_opens_the_dialog_for_the_selected_customer(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    customer_id = customer_with_disclosures(db)
    editing.create_customer(db, CustomerFields(name="Gruppo Rossi"))
    _select(window, customer_id)
    dialog = _open_dialog(qtbot, window)
    assert dialog.customer_review_radio.isChecked()
    assert CUSTOMER_NAME in dialog.customer_review_radio.text()
    assert "2 customer" in dialog.portfolio_radio.text()  # plural forms: the catalogue
    assert dialog.language_combo.currentData() == "en"
    names = [dialog.language_combo.itemText(i) for i in range(dialog.language_combo.count())]
    assert names == ["English", "Italiano", "Bahasa Indonesia", "Română"]
    assert dialog.to_edit.date() == QDate.currentDate()
    assert dialog.from_edit.date() == QDate.currentDate().addYears(-1).addDays(1)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.findChild(QFileDialog, "exportPdfFileDialog") is None


def test_sensitive_needs_the_texts_tick_first(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    _select(window, customer_with_disclosures(db))
    dialog = _open_dialog(qtbot, window)
    assert not dialog.sensitive_check.isEnabled() and not dialog.sensitive_warning.isVisible()
    dialog.texts_check.setChecked(True)
    assert dialog.sensitive_check.isEnabled()
    dialog.sensitive_check.setChecked(True)
    assert dialog.sensitive_warning.isVisible()
    assert dialog.request().include_sensitive
    dialog.texts_check.setChecked(False)
    assert not dialog.sensitive_check.isEnabled() and not dialog.sensitive_check.isChecked()
    assert not dialog.request().include_sensitive and not dialog.sensitive_warning.isVisible()
    dialog.reject()


def test_without_a_selected_customer_only_the_portfolio_is_offered(
    qtbot: QtBot, window: AttachedWindow, db: Database
) -> None:
    editing.create_customer(db, CustomerFields(name="Gruppo Rossi"))
    window.workspace.refresh()
    window.workspace.view.setCurrentIndex(window.workspace.model.index(-1, -1))
    dialog = _open_dialog(qtbot, window)
    assert not dialog.customer_review_radio.isEnabled()
    assert not dialog.meeting_brief_radio.isEnabled()
    assert dialog.portfolio_radio.isChecked() and dialog.no_customer_note.isVisible()
    assert not dialog.review_box.isEnabled() and dialog.portfolio_box.isEnabled()
    dialog.reject()


def test_a_period_that_ends_before_it_starts_is_refused(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    _select(window, customer_with_disclosures(db))
    dialog = _open_dialog(qtbot, window)
    dialog.from_edit.setDate(QDate(2026, 6, 1))
    dialog.to_edit.setDate(QDate(2026, 5, 1))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.period_error.isVisible()
    assert window.findChild(QFileDialog, "exportPdfFileDialog") is None
    dialog.reject()


def test_meeting_brief_in_italian_opens_when_done(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path, opened: list[QUrl]
) -> None:
    _select(window, customer_with_disclosures(db))
    dialog = _open_dialog(qtbot, window)
    dialog.meeting_brief_radio.setChecked(True)
    assert not dialog.review_box.isEnabled()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("it"))
    dialog.open_check.setChecked(True)
    target = tmp_path / "brief.pdf"
    text = _export(qtbot, window, dialog, target)
    with speaking("it"):
        heading = QCoreApplication.translate("MeetingBrief", "Open commitments")
    assert CUSTOMER_NAME in text and heading in text and PLAIN_TEXT in text
    assert SENSITIVE_TEXT not in text
    assert opened == [QUrl.fromLocalFile(str(target))]
    assert window.settings.get(keys.OPEN_PDF_WHEN_DONE)
    assert window.settings.get(keys.PDF_FOLDER) == str(tmp_path)
    assert window.menus.file.title() == "&File", "the window kept its language"


def test_the_default_file_name_is_safe_and_in_the_report_language(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    _select(window, customer_with_disclosures(db, "Carpați / Industrial"))
    dialog = _open_dialog(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    files = [d for d in window.findChildren(QFileDialog, "exportPdfFileDialog") if d.isVisible()]
    assert (
        files[0]
        .selectedFiles()[0]
        .endswith(f"Carpati - Industrial - customer review - {date.today().isoformat()}.pdf")
    )
    files[0].reject()
    assert safe_file_name('Ștefănescu: "A|B"?') == "Stefanescu- -A-B--"


@pytest.mark.parametrize(
    ("texts", "sensitive", "shown"),
    [
        (False, False, set()),
        (True, False, {PLAIN_TEXT}),
        (True, True, {PLAIN_TEXT, SENSITIVE_TEXT, SENSITIVE_BUSINESS_TEXT}),
    ],
)
def test_disclosure_texts_only_with_the_ticks(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    tmp_path: Path,
    texts: bool,
    sensitive: bool,
    shown: set[str],
) -> None:
    """Sensitive texts reach a customer review's PDF only with both ticks."""
    _select(window, customer_with_disclosures(db))
    dialog = _open_dialog(qtbot, window)
    dialog.texts_check.setChecked(texts)
    dialog.sensitive_check.setChecked(sensitive)
    text = _export(qtbot, window, dialog, tmp_path / "review.pdf")
    assert CUSTOMER_NAME in text
    for disclosed in (PLAIN_TEXT, SENSITIVE_TEXT, SENSITIVE_BUSINESS_TEXT):
        assert (disclosed in text) == (disclosed in shown), disclosed


def _job_of(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> ExportJob:
    """The export the dialog asked for, without its file dialog."""
    jobs: list[ExportJob] = []
    monkeypatch.setattr(PdfExport, "_ask_target", lambda _self, job: jobs.append(job))
    dialog = _open_dialog(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert len(jobs) == 1
    return jobs[0]


def test_disk_full_says_so_and_keeps_the_older_file(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer_message_box: Callable[[QMessageBox.StandardButton], list[str]],
) -> None:
    _select(window, customer_with_disclosures(db))
    job = _job_of(qtbot, window, monkeypatch)
    target = tmp_path / "review.pdf"
    target.write_bytes(b"%PDF-1.4 the good one")

    def disk_full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)  # the PDF's writer (services/atomic_file.py)
    shown = answer_message_box(QMessageBox.StandardButton.Ok)
    window.pdf_export().export_to(job, target)
    assert shown and "could not be saved" in shown[0] and str(target) in shown[0]
    assert target.read_bytes() == b"%PDF-1.4 the good one"
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write to any folder")
def test_an_unwritable_folder_says_so_and_writes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer_message_box: Callable[[QMessageBox.StandardButton], list[str]],
) -> None:
    _select(window, customer_with_disclosures(db))
    job = _job_of(qtbot, window, monkeypatch)
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        shown = answer_message_box(QMessageBox.StandardButton.Ok)
        window.pdf_export().export_to(job, folder / "review.pdf")
        assert shown and "could not be saved" in shown[0]
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def _accounts(db: Database) -> tuple[list[str], str]:
    names = ["Alfa Țesături", "Beta Plast"]
    for name in names:
        customer_id = editing.create_customer(db, CustomerFields(name=name))
        set_lifecycle_stage(db, customer_id, LifecycleStage.ACCOUNT, date.today())
    other = "Gamma Prospect"
    editing.create_customer(db, CustomerFields(name=other))
    return names, other


@needs_portfolio
def test_portfolio_review_of_the_filtered_list(
    qtbot: QtBot, window: AttachedWindow, db: Database, tmp_path: Path
) -> None:
    accounts, other = _accounts(db)
    window.workspace.refresh()
    window.workspace.set_filter(ListFilter.ACCOUNTS)
    dialog = _open_dialog(qtbot, window)
    dialog.portfolio_radio.setChecked(True)
    assert "2 customer" in dialog.portfolio_radio.text()  # plural forms: the catalogue
    assert not dialog.review_box.isEnabled() and dialog.portfolio_box.isEnabled()
    dialog.sort_combo.setCurrentIndex(dialog.sort_combo.findData("health"))
    text = _export(qtbot, window, dialog, tmp_path / "portfolio.pdf")
    for name in accounts:
        assert name in text
    assert other not in text


@needs_portfolio
def test_cancelling_the_portfolio_progress_writes_nothing(
    qtbot: QtBot,
    window: AttachedWindow,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import time

    reviews: ModuleType = importlib.import_module(PORTFOLIO_MODULE)
    from relationdesk.services.reports.pdf import ReportCancelled

    def slow_read(*args: object, **kwargs: object) -> object:  # a very large portfolio
        on_progress = kwargs.get("on_progress", args[5] if len(args) > 5 else None)
        assert callable(on_progress)
        for done in range(1000):
            if not on_progress(done, 1000):
                raise ReportCancelled()
            time.sleep(0.01)
        raise AssertionError("never cancelled")

    monkeypatch.setattr(reviews, "portfolio_data", slow_read)
    _accounts(db)
    window.workspace.refresh()
    dialog = _open_dialog(qtbot, window)
    dialog.portfolio_radio.setChecked(True)
    target = tmp_path / "portfolio.pdf"
    _save_as(qtbot, window, dialog, target)
    progress = window.findChild(QProgressDialog, "pdfExportProgress")
    assert progress is not None
    qtbot.waitUntil(lambda: progress.isVisible() and progress.maximum() == 1000, timeout=5000)
    cancel = progress.findChild(QPushButton)
    assert cancel is not None
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=5000)
    assert not target.exists() and _leftovers(tmp_path) == []


def test_the_report_is_prepared_by_the_name_asked_once_never_the_login(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path, opened: list[QUrl]
) -> None:
    """No name yet: the dialog asks for it, the report prints it and Settings keeps it;
    the next export does not ask again. The login name ("root") is never printed."""
    import getpass

    _select(window, customer_with_disclosures(db))
    dialog = _open_dialog(qtbot, window)
    assert dialog.author_edit.isVisible()
    dialog.author_edit.setText("Ana Popescu")
    text = _export(qtbot, window, dialog, tmp_path / "review.pdf")
    assert "Ana Popescu" in text
    assert window.settings.get(keys.USER_NAME) == "Ana Popescu"
    login = getpass.getuser()
    assert f": {login}" not in text
    window.pdf_export().start()
    again = [d for d in window.findChildren(ExportPdfDialog) if d.isVisible()][-1]
    assert not again.author_edit.isVisible()
    again.reject()
