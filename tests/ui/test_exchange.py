"""vCard import and the exports from the window: file dialogs answered, report reviewed,
written in the background."""

import json
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from relationdesk.db.database import Database
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.services import customer_editing as editing
from relationdesk.services.exchange.vcard_exchange import CardOutcome, Duplicates
from relationdesk.ui.exchange import exchange_flows
from relationdesk.ui.exchange.vcard_import_dialog import VCardImportDialog
from relationdesk.ui.exchange.vcard_plan_model import OUTCOME_ROLE, RESULT
from relationdesk.ui.main_window import MainWindow
from tests.services.exchange_data import SENSITIVE, meeting_with_disclosures
from tests.ui.helpers import save_shot

CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ștefan Țurcanu\r\nORG:Carpați Industrial\r\n"
    "TITLE:Director tehnic\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ioana Mărginean\r\nORG:Țesătoria Brașov SRL\r\n"
    "EMAIL:ioana@tesatoria.ro\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Pop\r\nTEL;TYPE=CELL:+40 721 000 111\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Radu Ene\r\nORG:Carpați Industrial\r\n"
    "EMAIL:radu(at)carpati\r\nEND:VCARD\r\n"
)


def _choose_file(qtbot: QtBot, window: MainWindow, name: str, path: Path) -> None:
    qtbot.waitUntil(lambda: window.findChild(QFileDialog, name) is not None)
    dialog = window.findChild(QFileDialog, name)
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(path))
    dialog.accept()


def test_import_vcard_reviews_then_writes(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    assert window.db is not None
    customer = editing.create_customer(window.db, CustomerFields(name="Carpați Industrial"))
    editing.create_contact(window.db, customer, ContactFields(full_name="Stefan Turcanu"))
    source = tmp_path / "phone.vcf"
    source.write_text(CARDS, encoding="utf-8")

    exchange_flows.import_vcard(window)
    _choose_file(qtbot, window, "importVcardFileDialog", source)
    qtbot.waitUntil(lambda: window.findChild(VCardImportDialog) is not None, timeout=10000)
    dialog = window.findChild(VCardImportDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    model = dialog.findChild(type(dialog._model))
    assert model is not None
    outcomes = [model.index(row, 0).data(OUTCOME_ROLE) for row in range(model.rowCount())]
    assert outcomes == ["duplicate", "new", "invalid", "invalid"]
    summary = dialog.findChild(type(dialog._summary), "vcardSummary")
    headline = dialog.findChild(type(dialog._summary), "vcardHeadline")
    assert summary is not None and headline is not None
    assert headline.text() == "phone.vcf: 4 cards read."
    assert "1 new customer: Țesătoria Brașov SRL" in summary.text()
    assert "E-mail" in model.index(3, RESULT).data()
    assert "No company" in model.index(2, RESULT).data()

    # Cards without a company go to the customer chosen; the report follows.
    chooser = dialog._customer
    assert chooser.isVisible()
    chooser.setCurrentIndex(chooser.findData(customer))
    assert dialog.plan.cards[2].outcome is CardOutcome.NEW
    assert "2 new contacts" in summary.text()
    dialog._duplicates.setCurrentIndex(dialog._duplicates.findData(Duplicates.MERGE.value))
    save_shot(dialog, "vcard-import")

    import_button = dialog._import
    assert import_button.objectName() == "vcardImport" and import_button.isEnabled()
    qtbot.mouseClick(import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "imported" in window.statusBar().currentMessage(), timeout=10000)
    assert "2 new" in window.statusBar().currentMessage()
    rows = window.db.reader.execute(
        "SELECT contact.full_name, contact.job_title, customer.name FROM contact "
        "JOIN customer ON customer.id = customer_id ORDER BY contact.sort_key"
    ).fetchall()
    assert rows == [
        ("Ana Pop", "", "Carpați Industrial"),
        ("Ioana Mărginean", "", "Țesătoria Brașov SRL"),
        ("Stefan Turcanu", "Director tehnic", "Carpați Industrial"),  # merged
    ]


def test_plan_model_passes_the_model_tester(qtmodeltester: ModelTester, db: Database) -> None:
    from relationdesk.services.exchange.vcard_cards import read_vcards
    from relationdesk.services.exchange.vcard_exchange import plan_vcard_import
    from relationdesk.ui.exchange.vcard_plan_model import VCardPlanModel

    model = VCardPlanModel(plan_vcard_import(db.reader, read_vcards(CARDS.encode())))
    qtmodeltester.check(model)


def test_a_broken_vcard_says_which_card_and_line(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, answer_message_box
) -> None:
    source = tmp_path / "cut.vcf"
    source.write_text(CARDS + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut off\r\n", encoding="utf-8")
    exchange_flows.import_vcard(window)
    _choose_file(qtbot, window, "importVcardFileDialog", source)
    seen = answer_message_box(QMessageBox.StandardButton.Ok)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert "Card 5, which begins on line 24, has no END:VCARD" in seen[0]
    assert "nothing was changed" in seen[0]
    assert window.findChild(VCardImportDialog) is None
    assert window.db is not None
    assert window.db.reader.execute("SELECT count(*) FROM contact").fetchone() == (0,)


def test_export_json_leaves_sensitive_texts_out_by_default(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    assert window.db is not None
    meeting_with_disclosures(window.db)
    asked: list[bool] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "exportJsonQuestion":
            QTimer.singleShot(20, answer)
            return
        checkbox = box.checkBox()
        assert checkbox is not None
        asked.append(checkbox.isChecked())
        box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)
    exchange_flows.export_json(window)
    assert asked == [False]
    target = tmp_path / "all.json"
    _choose_file(qtbot, window, "exportJsonFileDialog", target)
    qtbot.waitUntil(lambda: "exported" in window.statusBar().currentMessage(), timeout=10000)
    text = target.read_text(encoding="utf-8")
    assert SENSITIVE not in text
    assert json.loads(text)["row_counts"]["disclosure"] == 2


def test_export_vcard_and_calendar(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    assert window.db is not None
    meeting_with_disclosures(window.db)
    exchange_flows.export_vcard(window)
    _choose_file(qtbot, window, "exportVcardFileDialog", tmp_path / "people.vcf")
    qtbot.waitUntil(lambda: "exported to" in window.statusBar().currentMessage())
    assert "FN:Ștefan Țurcanu" in (tmp_path / "people.vcf").read_text(encoding="utf-8")
    exchange_flows.export_ics(window)
    _choose_file(qtbot, window, "exportIcsFileDialog", tmp_path / "calendar.ics")
    qtbot.waitUntil(lambda: "meetings: 1, open follow-ups:" in window.statusBar().currentMessage())
    calendar = (tmp_path / "calendar.ics").read_text(encoding="utf-8")
    assert "SUMMARY:Carpați Industrial — Visit" in calendar and SENSITIVE not in calendar
