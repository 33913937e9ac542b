"""The main window driven through its real widgets, against a real SQLite file."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from relationdesk.db.database import Database
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.services import customer_editing as editing
from relationdesk.ui.customers.contact_dialog import ContactDialog
from relationdesk.ui.customers.customer_dialog import CustomerDialog
from relationdesk.ui.customers.customer_workspace import SAMPLE_PORTFOLIO_SIZE
from relationdesk.ui.privacy.erase_person_dialog import ErasePersonDialog
from tests.ui.helpers import AnswerMessageBox, AttachedWindow, find_dialog, type_text


def _customer_names(window: AttachedWindow) -> list[str]:
    model = window.workspace.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _save(qtbot: QtBot, dialog: CustomerDialog | ContactDialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_empty_state_offers_the_sample_portfolio(qtbot: QtBot, window: AttachedWindow) -> None:
    assert window.workspace.currentWidget() is window.workspace.empty_state
    qtbot.mouseClick(window.workspace.empty_state.sample_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.workspace.model.rowCount() == SAMPLE_PORTFOLIO_SIZE, timeout=10000
    )
    assert window.workspace.currentWidget() is window.workspace.splitter
    assert window.workspace.selected_customer_id() is not None
    assert window.workspace.detail.customer is not None
    assert window.workspace.detail.contacts_tab.contacts_model.rowCount() > 0
    qtbot.waitUntil(lambda: window.count_label.text() == "40 customers")


def test_search_filters_as_you_type_ignoring_diacritics(
    qtbot: QtBot, window: AttachedWindow, db: Database
) -> None:
    romanian = editing.create_customer(db, CustomerFields(name="Carpați Industrial"))
    editing.create_contact(db, romanian, ContactFields(full_name="Ștefan Țurcanu"))
    editing.create_customer(db, CustomerFields(name="Gruppo Rossi"))
    window.workspace.refresh()
    assert len(_customer_names(window)) == 2
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_edit.hasFocus()
    qtbot.keyClicks(window.search_edit, "stef")
    assert _customer_names(window) == ["Carpați Industrial"]
    qtbot.waitUntil(lambda: window.workspace.detail.name_label.text() == "Carpați Industrial")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Escape)
    assert len(_customer_names(window)) == 2
    qtbot.keyClicks(window.search_edit, "zzz")
    qtbot.waitUntil(lambda: "No customer" in window.count_label.text())


def test_new_customer_from_the_keyboard(qtbot: QtBot, window: AttachedWindow, db: Database) -> None:
    window.workspace.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = find_dialog(window, CustomerDialog)
    type_text(dialog.name_edit, "Țesătoria Ștefănescu S.R.L.")
    type_text(dialog.city_edit, "Brașov")
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("RO"))
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert _customer_names(window) == ["Țesătoria Ștefănescu S.R.L."]
    assert window.workspace.detail.name_label.text() == "Țesătoria Ștefănescu S.R.L."
    row = db.reader.execute("SELECT city, country FROM customer").fetchone()
    assert row == ("Brașov", "RO")


def test_invalid_customer_is_refused_with_a_message(
    qtbot: QtBot, window: AttachedWindow, db: Database
) -> None:
    window.workspace.new_customer()
    dialog = find_dialog(window, CustomerDialog)
    type_text(dialog.city_edit, "Iași")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "Name: this field is required." in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.name_edit
    assert db.reader.execute("SELECT count(*) FROM customer").fetchone()[0] == 0


def test_duplicate_name_asks_first(
    qtbot: QtBot, window: AttachedWindow, db: Database, answer_message_box: AnswerMessageBox
) -> None:
    editing.create_customer(db, CustomerFields(name="Gruppo Cantù"))
    window.workspace.refresh()
    window.workspace.new_customer()
    dialog = find_dialog(window, CustomerDialog)
    type_text(dialog.name_edit, "gruppo cantu")
    shown = answer_message_box(QMessageBox.StandardButton.No)
    _save(qtbot, dialog)
    assert shown and "already exists" in shown[0]
    assert dialog.isVisible()
    assert db.reader.execute("SELECT count(*) FROM customer").fetchone()[0] == 1
    answer_message_box(QMessageBox.StandardButton.Yes)
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    assert db.reader.execute("SELECT count(*) FROM customer").fetchone()[0] == 2


def test_edit_and_delete_customer(
    qtbot: QtBot, window: AttachedWindow, db: Database, answer_message_box: AnswerMessageBox
) -> None:
    keep = editing.create_customer(db, CustomerFields(name="Alfa Plast"))
    gone = editing.create_customer(db, CustomerFields(name="Beta Foods"))
    editing.create_contact(db, gone, ContactFields(full_name="Grace Walker-Zqxcanary"))
    window.workspace.refresh(gone)
    window.workspace.edit_customer()
    dialog = find_dialog(window, CustomerDialog)
    assert dialog.name_edit.text() == "Beta Foods"
    dialog.name_edit.clear()
    type_text(dialog.name_edit, "Beta Foods plc")
    _save(qtbot, dialog)
    assert window.workspace.detail.name_label.text() == "Beta Foods plc"

    def press_delete_in_list() -> None:
        window.activateWindow()  # offscreen, nobody hands activation back after a dialog
        qtbot.waitUntil(window.isActiveWindow)
        window.workspace.view.setFocus()
        qtbot.keyClick(window.workspace.view, Qt.Key.Key_Delete)

    answer_message_box(QMessageBox.StandardButton.No)
    press_delete_in_list()
    assert db.reader.execute("SELECT count(*) FROM customer").fetchone()[0] == 2
    shown = answer_message_box(QMessageBox.StandardButton.Yes)
    press_delete_in_list()
    assert "Beta Foods plc" in shown[0]
    assert _customer_names(window) == ["Alfa Plast"]
    assert window.workspace.selected_customer_id() == keep
    assert db.reader.execute("SELECT count(*) FROM contact").fetchone()[0] == 0
    assert _bytes_on_disk(db).count(b"Zqxcanary") == 0, "erased, not just deleted"


def _bytes_on_disk(db: Database) -> bytes:
    wal = Path(f"{db.path}-wal")
    return db.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_contacts_new_invalid_edit_delete(
    qtbot: QtBot, window: AttachedWindow, db: Database, answer_message_box: AnswerMessageBox
) -> None:
    customer_id = editing.create_customer(db, CustomerFields(name="PT Maju Jaya"))
    window.workspace.refresh(customer_id)
    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = find_dialog(window, ContactDialog)
    type_text(dialog.name_edit, "Dewi Lestari")
    type_text(dialog.email_edit, "dewi@majujaya")
    type_text(dialog.phone_edit, "+62 21 555 1234")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert "E-mail: this is not a valid e-mail address" in dialog.error_label.text()
    assert db.reader.execute("SELECT count(*) FROM contact").fetchone()[0] == 0
    type_text(dialog.email_edit, ".co.id")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    detail = window.workspace.detail
    assert detail.contacts_tab.contacts_model.rowCount() == 1
    assert detail.contacts_tab.contacts_proxy.index(0, 4).data() == "dewi@majujaya.co.id"

    detail.contacts_tab.contacts_view.selectRow(0)
    detail.contacts_tab.edit_contact()
    editor = find_dialog(window, ContactDialog)
    assert editor.name_edit.text() == "Dewi Lestari"
    editor.job_title_edit.setText("Manajer Pengadaan")
    _save(qtbot, editor)
    assert detail.contacts_tab.contacts_proxy.index(0, 1).data() == "Manajer Pengadaan"

    detail.contacts_tab.contacts_view.selectRow(0)
    qtbot.mouseClick(detail.contacts_tab.delete_contact_button, Qt.MouseButton.LeftButton)
    eraser = find_dialog(window, ErasePersonDialog)
    assert "Dewi Lestari" in eraser.question.text()
    assert not eraser.mentions_view.isVisibleTo(eraser), "her name is in no other text"
    eraser.buttons.button(QDialogButtonBox.StandardButton.Yes).click()
    assert detail.contacts_tab.contacts_model.rowCount() == 0
    assert db.reader.execute("SELECT count(*) FROM contact").fetchone()[0] == 0
    assert _bytes_on_disk(db).count(b"Dewi Lestari") == 0, "erased, not just deleted"


def test_list_and_contact_models_pass_the_model_tester(
    qtmodeltester: ModelTester, window: AttachedWindow, db: Database
) -> None:
    from relationdesk.services.samples import sample_portfolio

    sample_portfolio.load(db, 250)
    window.workspace.refresh()
    assert window.workspace.model.rowCount() == 100  # one page; the rest is fetched on demand
    assert window.workspace.model.canFetchMore()
    window.workspace.model.fetchMore()
    assert window.workspace.model.rowCount() == 200
    qtmodeltester.check(window.workspace.model)
    qtmodeltester.check(window.workspace.detail.contacts_tab.contacts_model)


def test_sorting_by_clicking_a_header(qtbot: QtBot, window: AttachedWindow, db: Database) -> None:
    for name, city in [("Alfa", "Zalău"), ("Beta", "Arad")]:
        editing.create_customer(db, CustomerFields(name=name, city=city))
    window.workspace.refresh()
    window.workspace.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert _customer_names(window) == ["Beta", "Alfa"]
    window.workspace.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _customer_names(window) == ["Beta", "Alfa"]
