"""Import customers from CSV, driven through the real dialogs."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox, QProgressDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from relationdesk.db.database import Database
from relationdesk.domain.csv_import_plan import Choice
from relationdesk.domain.csv_mapping import Target
from relationdesk.domain.customers import CustomerFields
from relationdesk.services import customer_editing as editing
from relationdesk.ui.exchange.csv_import_dialog import CsvImportDialog
from relationdesk.ui.exchange.csv_import_flow import open_csv_import
from relationdesk.ui.exchange.csv_import_models import CsvDuplicatesModel
from relationdesk.ui.main_window import MainWindow
from tests.ui.helpers import AnswerMessageBox

SHEET = (
    "Azienda;Città;Paese;Referente;Email;Scarpe\n"
    "Caffè Rossi;Forlì;IT;Anna Rossi;anna@rossi.it;42\n"
    "Caffè Rossi;;;Luca Verdi;;40\n"
    "Beta Srl;Roma;Italia;;;\n"
    "Alfa SpA;Milano;IT;;;\n"
)


def _file_dialog(window: MainWindow) -> QFileDialog:
    open_csv_import(window)
    found = [
        files
        for files in window.findChildren(QFileDialog, "importCsvFileDialog")
        if files.isVisible()
    ]
    assert len(found) == 1
    return found[0]


def _choose(qtbot: QtBot, window: MainWindow, path: Path) -> CsvImportDialog:
    files = _file_dialog(window)
    files.selectFile(str(path))
    files.accept()
    qtbot.waitUntil(lambda: _dialog(window) is not None, timeout=10000)
    dialog = _dialog(window)
    assert dialog is not None
    return dialog


def _dialog(window: MainWindow) -> CsvImportDialog | None:
    found = [d for d in window.findChildren(CsvImportDialog) if d.isVisible()]
    return found[-1] if found else None


def _names(db: Database) -> list[str]:
    return [row[0] for row in db.reader.execute("SELECT name FROM customer ORDER BY sort_key")]


def test_map_review_and_import_then_the_mapping_is_remembered(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    editing.create_customer(db, CustomerFields(name="ALFA spa"))
    path = tmp_path / "colleague.csv"
    path.write_bytes(SHEET.encode("cp1252"))
    dialog = _choose(qtbot, window, path)
    page = dialog.mapping_page
    assert "Windows-1252" in page.file_label.text() and "semicolon" in page.file_label.text()
    assert page.mapping() == (
        Target.CUSTOMER_NAME,
        Target.CITY,
        Target.COUNTRY,
        Target.CONTACT_NAME,
        Target.EMAIL,
        Target.IGNORE,
    )
    assert page.model.rowCount() == 4
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Città\n→ Customer: city"
    qtmodeltester.check(page.model)
    # The user leaves the country out; without the customer's name there is no Next.
    page.combos[2].setCurrentIndex(page.combos[2].findData(Target.IGNORE.value))
    page.combos[0].setCurrentIndex(page.combos[0].findData(Target.IGNORE.value))
    assert not dialog.next_button.isEnabled() and page.problem_label.isVisibleTo(page)
    page.combos[0].setCurrentIndex(page.combos[0].findData(Target.CUSTOMER_NAME.value))
    assert dialog.next_button.isEnabled()

    with qtbot.waitSignal(dialog.sig_planned, timeout=10000):
        dialog.next_button.click()
    report = dialog.report_page
    assert "4 rows read" in report.summary_label.text()
    assert not report.problems_view.isVisibleTo(report)  # the country was left out
    duplicates = report.duplicates_model
    qtmodeltester.check(duplicates)
    qtmodeltester.check(report.problems_model)
    assert duplicates.rowCount() == 1
    assert duplicates.index(0, 1).data() == "Alfa SpA"
    action = duplicates.index(0, CsvDuplicatesModel.ACTION_COLUMN)
    editor = report.duplicates_view.indexWidget(action)  # a combo shown on every row
    assert isinstance(editor, QComboBox) and editor.currentText() == "Skip"
    report.all_combo.setCurrentIndex(report.all_combo.findData(Choice.CREATE.value))
    report.all_combo.activated.emit(report.all_combo.currentIndex())
    assert action.data() == "Create new" and editor.currentText() == "Create new"
    editor.setCurrentIndex(editor.findData(Choice.MERGE.value))
    editor.activated.emit(editor.currentIndex())  # what choosing from the list does
    assert action.data() == "Merge" and duplicates.choices() == {"customer:5": Choice.MERGE}

    dialog.import_button.click()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "csvImportSummary") is not None,
                    timeout=10000)  # fmt: skip
    summary = window.findChild(QMessageBox, "csvImportSummary")
    assert summary is not None
    assert "Customers created: 2" in summary.text() and "Contacts created: 2" in summary.text()
    summary.close()
    assert _names(db) == ["ALFA spa", "Beta Srl", "Caffè Rossi"]
    assert db.reader.execute("SELECT city FROM customer WHERE name='ALFA spa'").fetchone() == (
        "Milano",
    )
    assert db.reader.execute("SELECT count(*) FROM customer WHERE country != ''").fetchone() == (0,)
    workspace = window.workspace
    assert workspace is not None
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 3, timeout=5000)

    again = _choose(qtbot, window, path)  # the same header: the same columns
    assert again.mapping_page.mapping()[2] is Target.IGNORE
    again.reject()


def test_rows_with_problems_block_until_left_out(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text(SHEET, encoding="utf-8-sig")
    dialog = _choose(qtbot, window, path)
    with qtbot.waitSignal(dialog.sig_planned, timeout=10000):
        dialog.next_button.click()
    report = dialog.report_page
    assert report.problems_model.rowCount() == 1
    assert report.problems_model.index(0, 0).data() == "4"
    assert report.problems_model.index(0, 1).data() == "ITALIA"
    assert report.problems_model.index(0, 2).data().startswith("Customer: country: choose")
    assert not dialog.import_button.isEnabled()
    report.skip_invalid_box.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "csvImportSummary") is not None,
                    timeout=10000)  # fmt: skip
    summary = window.findChild(QMessageBox, "csvImportSummary")
    assert summary is not None
    assert "Rows with problems left out: 1" in summary.text()
    summary.close()
    assert _names(db) == ["Alfa SpA", "Caffè Rossi"]


def test_a_cancelled_import_writes_nothing(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "big.csv"
    path.write_text(
        "Company,Contact\n" + "".join(f"Customer {n},Person {n}\n" for n in range(3000)),
        encoding="utf-8",
    )
    dialog = _choose(qtbot, window, path)
    with qtbot.waitSignal(dialog.sig_planned, timeout=10000):
        dialog.next_button.click()
    dialog.import_button.click()
    progress = dialog.findChild(QProgressDialog, "importProgress")
    assert progress is not None
    progress.canceled.emit()  # what its Cancel button does
    qtbot.waitUntil(lambda: "cancelled" in dialog.status_label.text(), timeout=20000)
    assert dialog.isVisible() and dialog.import_button.isEnabled()
    assert _names(db) == []
    dialog.reject()


def _sparse_100_mb(path: Path) -> None:
    with path.open("wb") as file:
        file.write(b"Company,City\n")
        file.truncate(100 * 1024 * 1024)  # sparse: no disk used


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'Company,Notes\nAlfa,ok\nBeta,"cut short\nhere\n', "starts on line 3 is never closed"),
        (b"Company\nAlfa\n\x81\x8d\x90\xff\n", "Line 3 is not readable text"),
        (b"Company\nAl\x00fa\n", "Line 2 holds characters no spreadsheet writes"),
        (None, "larger than 50 MB"),
    ],
)
def test_a_bad_file_says_what_and_where(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    tmp_path: Path,
    answer_message_box: AnswerMessageBox,
    content: bytes | None,
    expected: str,
) -> None:
    path = tmp_path / "bad.csv"
    if content is None:
        _sparse_100_mb(path)
    else:
        path.write_bytes(content)
    files = _file_dialog(window)
    files.selectFile(str(path))
    seen = answer_message_box(QMessageBox.StandardButton.Ok)
    files.accept()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert expected in seen[0]
    assert "Nothing was imported." in seen[0]
    assert _dialog(window) is None and _names(db) == []
