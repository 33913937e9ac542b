"""Erasing a person and answering an access request, through the contacts tab."""

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from relationdesk.db.connection import open_file
from relationdesk.db.database import Database
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.services import customer_editing as editing
from relationdesk.ui.privacy.erase_person_dialog import ErasePersonDialog
from relationdesk.ui.privacy.personal_data_dialog import PersonalDataDialog
from tests.ui.helpers import AnswerMessageBox, AttachedWindow, find_dialog


def _customer_with_mentions(db: Database) -> tuple[str, str]:
    customer = editing.create_customer(
        db, CustomerFields(name="Vinuri Moldova", notes="Ask Ion Popescu about the harvest.")
    )
    editing.create_contact(
        db, customer, ContactFields(full_name="Maria Ionescu", notes="Reports to Ion Popescu.")
    )
    editing.create_contact(db, customer, ContactFields(full_name="Ion Popescu"))
    return customer, "Ion Popescu"


def _select_contact(window: AttachedWindow, name: str) -> None:
    tab = window.workspace.detail.contacts_tab
    for row in range(tab.contacts_proxy.rowCount()):
        if tab.contacts_proxy.index(row, 0).data() == name:
            tab.contacts_view.selectRow(row)
            return
    raise AssertionError(f"{name} is not listed")


def test_erasing_lists_the_texts_naming_the_person_and_keeps_the_unticked(
    qtbot: QtBot, window: AttachedWindow, db: Database
) -> None:
    customer, name = _customer_with_mentions(db)
    window.workspace.refresh(customer)
    _select_contact(window, name)
    tab = window.workspace.detail.contacts_tab
    qtbot.mouseClick(tab.delete_contact_button, Qt.MouseButton.LeftButton)
    dialog = find_dialog(window, ErasePersonDialog)
    model = dialog.model
    assert model.rowCount() == 2
    shown = [model.index(row).data() for row in range(model.rowCount())]
    assert any(text.startswith("Customer notes:") for text in shown), shown
    assert any(text.startswith("A colleague's notes:") for text in shown), shown
    keep = next(row for row, text in enumerate(shown) if text.startswith("Customer notes"))
    model.setData(model.index(keep), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Yes).click()

    notes = dict(db.reader.execute("SELECT full_name, notes FROM contact").fetchall())
    assert list(notes) == ["Maria Ionescu"]
    assert name not in notes["Maria Ionescu"]
    kept = db.reader.execute("SELECT notes FROM customer").fetchone()[0]
    assert kept == "Ask Ion Popescu about the harvest.", "unticked, left as it was"
    assert tab.contacts_model.rowCount() == 1


def test_no_erases_nothing(qtbot: QtBot, window: AttachedWindow, db: Database) -> None:
    customer, name = _customer_with_mentions(db)
    window.workspace.refresh(customer)
    _select_contact(window, name)
    tab = window.workspace.detail.contacts_tab
    qtbot.mouseClick(tab.delete_contact_button, Qt.MouseButton.LeftButton)
    find_dialog(window, ErasePersonDialog).buttons.button(
        QDialogButtonBox.StandardButton.No
    ).click()
    assert db.reader.execute("SELECT count(*) FROM contact").fetchone()[0] == 2
    assert "Ion Popescu" in db.reader.execute("SELECT notes FROM customer").fetchone()[0]


def test_erasing_a_customer_lists_its_people_named_in_other_customers_texts(
    qtbot: QtBot, window: AttachedWindow, db: Database
) -> None:
    customer, name = _customer_with_mentions(db)
    beta = editing.create_customer(db, CustomerFields(name="Beta", notes=f"Call {name} first"))
    window.workspace.refresh(customer)
    window.workspace.delete_customer()
    dialog = find_dialog(window, ErasePersonDialog)
    assert dialog.windowTitle() == "Delete customer"
    assert "Vinuri Moldova" in dialog.question.text()
    model = dialog.model
    assert [model.index(row).data() for row in range(model.rowCount())] == [
        f"Customer notes: Call {name} first"
    ]  # its own texts go anyway: not listed
    assert model.index(0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    dialog.buttons.button(QDialogButtonBox.StandardButton.Yes).click()

    assert db.reader.execute("SELECT id, notes FROM customer").fetchall() == [
        (beta, "Call […] first")
    ]


def test_an_erasure_another_reader_holds_back_is_not_shown_as_done(
    qtbot: QtBot, window: AttachedWindow, db: Database, answer_message_box: AnswerMessageBox
) -> None:

    customer, name = _customer_with_mentions(db)
    window.workspace.refresh(customer)
    _select_contact(window, name)
    tab = window.workspace.detail.contacts_tab
    qtbot.mouseClick(tab.delete_contact_button, Qt.MouseButton.LeftButton)
    dialog = find_dialog(window, ErasePersonDialog)
    reader = open_file(db.path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM contact").fetchone()
    try:
        shown = answer_message_box(QMessageBox.StandardButton.Ok)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Yes).click()
        qtbot.waitUntil(lambda: bool(shown), timeout=15000)
    finally:
        reader.execute("COMMIT")
        reader.close()
    assert name in shown[0] and "still in its file" in shown[0]
    assert tab.contacts_model.rowCount() == 1


def test_personal_data_export_writes_the_pdf_and_the_json(
    qtbot: QtBot, window: AttachedWindow, db: Database, tmp_path: Path
) -> None:
    customer, name = _customer_with_mentions(db)
    window.workspace.refresh(customer)
    _select_contact(window, name)
    tab = window.workspace.detail.contacts_tab
    assert tab.personal_data_button.isEnabled()
    qtbot.mouseClick(tab.personal_data_button, Qt.MouseButton.LeftButton)
    dialog = find_dialog(window, PersonalDataDialog)
    assert name in dialog.explanation.text()
    assert not dialog.sensitive_check.isChecked(), "sensitive texts only when asked"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    chooser = find_dialog(dialog, QFileDialog)
    assert chooser.selectedFiles()[0].endswith(".pdf")
    target = tmp_path / "access request.pdf"
    chooser.fileSelected.emit(str(target))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert target.read_bytes().startswith(b"%PDF")
    data = json.loads(target.with_suffix(".json").read_text(encoding="utf-8"))
    assert name in json.dumps(data, ensure_ascii=False)


def test_personal_data_export_to_a_folder_that_cannot_be_written_says_so(
    qtbot: QtBot,
    window: AttachedWindow,
    db: Database,
    tmp_path: Path,
    answer_message_box: AnswerMessageBox,
) -> None:
    customer, name = _customer_with_mentions(db)
    window.workspace.refresh(customer)
    _select_contact(window, name)
    window.workspace.detail.contacts_tab.export_personal_data()
    dialog = find_dialog(window, PersonalDataDialog)
    shown = answer_message_box(QMessageBox.StandardButton.Ok)
    dialog.export_to(tmp_path / "missing folder" / "x.pdf")
    assert shown and "could not be written" in shown[0]
    assert dialog.isVisible(), "the user can choose another folder"
    assert not list(tmp_path.rglob("*.pdf")) and not list(tmp_path.rglob("*.json"))


def test_a_text_with_only_the_surname_is_shown_but_not_ticked(
    qtbot: QtBot, window: AttachedWindow, db: Database
) -> None:
    customer, name = _customer_with_mentions(db)
    with db.write() as session:  # a company that shares the surname
        from relationdesk.db.models import Customer

        row = session.get(Customer, customer)
        assert row is not None
        row.notes = "Referred by Popescu Logistics."
    window.workspace.refresh(customer)
    _select_contact(window, name)
    window.workspace.detail.contacts_tab.delete_contact()
    dialog = find_dialog(window, ErasePersonDialog)
    model = dialog.model
    states = {
        model.index(row).data().split(":")[0]: model.index(row).data(Qt.ItemDataRole.CheckStateRole)
        for row in range(model.rowCount())
    }
    assert states == {
        "Customer notes": Qt.CheckState.Unchecked,
        "A colleague's notes": Qt.CheckState.Checked,
    }
    assert dialog.surname_label.isVisibleTo(dialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Yes).click()
    assert db.reader.execute("SELECT notes FROM customer").fetchone()[0] == (
        "Referred by Popescu Logistics."
    )
