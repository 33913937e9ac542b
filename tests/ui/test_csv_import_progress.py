"""Reading and checking a large CSV show progress in the window, and can be cancelled."""

from pathlib import Path

from PySide6.QtWidgets import QProgressDialog
from pytestqt.qtbot import QtBot

from relationdesk.db.database import Database
from relationdesk.ui.main_window import MainWindow
from tests.ui.test_csv_import import _choose, _file_dialog, _names


def _sheet(path: Path, rows: int) -> None:
    path.write_text(
        "Company,Contact\n" + "".join(f"Customer {n},Person {n}\n" for n in range(rows)),
        encoding="utf-8",
    )


def test_reading_shows_progress_named_for_the_file(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "portfolio.csv"
    _sheet(path, 100)
    files = _file_dialog(window)
    files.selectFile(str(path))
    files.accept()
    progress = window.findChild(QProgressDialog, "readProgress")
    assert progress is not None and progress.labelText() == "Reading portfolio.csv…"
    dialog = _choose_done(qtbot, window)
    assert dialog.mapping_page.file_label.text().startswith("portfolio.csv")
    dialog.reject()


def _choose_done(qtbot: QtBot, window: MainWindow):  # type: ignore[no-untyped-def]
    from tests.ui.test_csv_import import _dialog

    qtbot.waitUntil(lambda: _dialog(window) is not None, timeout=10000)
    return _dialog(window)


def test_checking_the_rows_shows_progress_and_can_be_cancelled(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "big.csv"
    _sheet(path, 40_000)
    dialog = _choose(qtbot, window, path)
    dialog.next_button.click()
    progress = dialog.findChild(QProgressDialog, "checkProgress")
    assert progress is not None and progress.labelText() == "Checking the rows…"
    progress.canceled.emit()  # what its Cancel button does
    qtbot.waitUntil(lambda: "cancelled" in dialog.status_label.text(), timeout=20000)
    assert dialog.pages.currentWidget() is dialog.mapping_page and dialog.next_button.isEnabled()
    assert _names(db) == []
    with qtbot.waitSignal(dialog.sig_planned, timeout=30000):  # a second try goes through
        dialog.next_button.click()
    assert dialog.plan is not None and dialog.plan.rows == 40_000
    dialog.reject()
