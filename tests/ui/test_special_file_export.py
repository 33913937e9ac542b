"""An export chosen in the window onto a FIFO is refused with the reason shown, and the
FIFO stays a FIFO."""

import os
import stat
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from relationdesk.ui.exchange import exchange_flows
from relationdesk.ui.main_window import MainWindow
from tests.services.exchange_data import meeting_with_disclosures
from tests.ui.test_exchange import _choose_file


def test_an_export_onto_a_fifo_says_why_and_leaves_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    assert window.db is not None
    meeting_with_disclosures(window.db)
    fifo = tmp_path / "people.vcf"
    os.mkfifo(fifo)
    shown: list[str] = []

    def answer() -> None:  # "replace it?" from the file dialog: yes; then the error box
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "errorBox":
            shown.append(box.detailedText())
            box.button(QMessageBox.StandardButton.Ok).click()
            return
        if isinstance(box, QMessageBox) and box.button(QMessageBox.StandardButton.Yes):
            box.button(QMessageBox.StandardButton.Yes).click()
        QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    exchange_flows.export_vcard(window)
    _choose_file(qtbot, window, "exportVcardFileDialog", fifo)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "not a regular file" in shown[0]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
