"""The "Log meeting" flow through the real dialog: keyboard only, drafts, edits."""

from datetime import datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from relationdesk import settings as keys
from relationdesk.db.database import Database
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.domain.meetings import MeetingFields
from relationdesk.i18n import LanguageSwitcher
from relationdesk.paths import settings_file
from relationdesk.services import customer_editing as editing
from relationdesk.services import meeting_draft, relationship_view
from relationdesk.settings import Settings
from relationdesk.ui.main_window import MainWindow
from relationdesk.ui.meetings.meeting_dialog import MeetingDialog
from tests.ui.helpers import AnswerMessageBox, AttachedWindow, find_dialog, type_text


def _rows(db: Database, sql: str) -> list[tuple[object, ...]]:
    return db.reader.execute(sql).fetchall()


def _draft(db: Database) -> str:
    """The drafts kept in the database, as one text."""
    return "".join(str(row[0]) for row in _rows(db, "SELECT content FROM meeting_draft"))


def _key(qtbot: QtBot, widget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, key, modifier)


def _setup(db: Database) -> tuple[str, str, str]:
    customer = editing.create_customer(db, CustomerFields(name="Carpați Industrial", city="Brașov"))
    stefan = editing.create_contact(db, customer, ContactFields(full_name="Ștefan Țurcanu"))
    madalina = editing.create_contact(db, customer, ContactFields(full_name="Mădălina Pop"))
    editing.create_customer(db, CustomerFields(name="Gruppo Rossi"))
    return customer, stefan, madalina


def _choose(qtbot: QtBot, combo, text: str) -> None:  # type: ignore[no-untyped-def]
    """Pick a combo entry from the keyboard: focus, Home, then arrow down to it."""
    combo.setFocus()
    if combo.currentText() != text:
        _key(qtbot, combo, Qt.Key.Key_Home)
    while combo.currentText() != text:
        before = combo.currentIndex()
        _key(qtbot, combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"{text!r} not in the list"


def test_log_a_visit_from_the_keyboard(qtbot: QtBot, window: AttachedWindow, db: Database) -> None:
    customer, stefan, _madalina = _setup(db)
    window.workspace.refresh()
    _key(qtbot, window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = find_dialog(window, MeetingDialog)

    picker = dialog.customer_picker
    picker.clear()
    type_text(picker, "carp")
    _key(qtbot, picker.completer().popup(), Qt.Key.Key_Down)
    _key(qtbot, picker.completer().popup(), Qt.Key.Key_Return)
    assert picker.customer_id == customer
    assert picker.text() == "Carpați Industrial"

    dialog.attendees_view.setFocus()
    dialog.attendees_view.setCurrentIndex(dialog.attendees_model.index(1, 0))  # Ștefan
    _key(qtbot, dialog.attendees_view, Qt.Key.Key_Space)
    assert dialog.attendee_ids() == (stefan,)

    dialog.summary_edit.setFocus()
    for number, line in enumerate(
        ("Vizită la fabrică", "Linia 3 merge bine", "Vor oferta", "Cafea bună ☕")
    ):
        if number:
            _key(qtbot, dialog.summary_edit, Qt.Key.Key_Return)
        type_text(dialog.summary_edit, line)
    type_text(dialog.next_steps_edit, "Trimitem oferta")
    dialog.follow_up_check.setFocus()
    _key(qtbot, dialog.follow_up_check, Qt.Key.Key_Space)

    editor = dialog.disclosures
    _choose(qtbot, editor.who_combo, "Ștefan Țurcanu")
    _choose(qtbot, editor.domain_combo, "Personal life")
    _choose(qtbot, editor.topic_combo, "Family")
    _choose(qtbot, editor.depth_combo, "Intermediate")
    type_text(editor.text_edit, "Fiica lui începe facultatea")
    _key(qtbot, editor.text_edit, Qt.Key.Key_Return)
    assert dialog.isVisible(), "Enter in a disclosure adds it, it does not save the meeting"
    _choose(qtbot, editor.who_combo, "Ștefan Țurcanu")
    _choose(qtbot, editor.domain_combo, "Business")
    _choose(qtbot, editor.topic_combo, "Future plans")
    _choose(qtbot, editor.depth_combo, "Core")
    editor.sensitive_check.setFocus()
    _key(qtbot, editor.sensitive_check, Qt.Key.Key_Space)
    type_text(editor.text_edit, "Fabrica își dublează capacitatea")
    _key(qtbot, editor.text_edit, Qt.Key.Key_Return)
    assert editor.model.rowCount() == 2

    dialog.activateWindow()  # offscreen, the closed completer popup hands nothing back
    qtbot.waitUntil(dialog.isActiveWindow)
    _key(qtbot, dialog.summary_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible(), dialog.error_label.text()
    meeting = _rows(db, "SELECT customer_id, summary, next_steps FROM meeting")
    assert meeting == [
        (
            customer,
            "Vizită la fabrică\nLinia 3 merge bine\nVor oferta\nCafea bună ☕",
            "Trimitem oferta",
        )
    ]
    disclosures = _rows(
        db,
        "SELECT domain, topic, depth, text, sensitive, contact_id FROM disclosure ORDER BY rowid",
    )
    assert disclosures == [
        ("personal", "family", "intermediate", "Fiica lui începe facultatea", 0, stefan),
        ("business", "future_plans", "core", "Fabrica își dublează capacitatea", 1, stefan),
    ]
    assert _rows(db, "SELECT title FROM follow_up") == [("Trimitem oferta",)]
    assert _rows(db, "SELECT contact_id FROM meeting_attendee") == [(stefan,)]
    assert _rows(db, "SELECT count(*) FROM meeting_draft") == [(0,)]


def test_a_meeting_without_a_customer_is_refused(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    dialog = MeetingDialog(db, window.settings, window)
    dialog.open()
    type_text(dialog.summary_edit, "Bella riunione")
    dialog.accept()
    assert dialog.isVisible()
    assert "choose the customer you met" in dialog.error_label.text()
    assert _rows(db, "SELECT count(*) FROM meeting") == [(0,)]
    dialog.clear_draft()
    dialog.done(0)


def test_the_draft_survives_a_crash(
    qtbot: QtBot, window: AttachedWindow, db: Database, answer_message_box: AnswerMessageBox
) -> None:
    customer, _stefan, _madalina = _setup(db)
    window.workspace.refresh(customer)
    window.workspace.log_meeting()
    dialog = find_dialog(window, MeetingDialog)
    type_text(dialog.summary_edit, "Notițe importante 📝")
    qtbot.waitUntil(lambda: "Notițe importante" in _draft(db))
    # The draft holds what was confided: in the database, never in settings.ini.
    window.settings.sync()
    assert not settings_file().exists() or "Notițe" not in settings_file().read_text("utf-8")
    dialog.hide()  # the laptop died: no reject, no save
    dialog.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    shown = answer_message_box(QMessageBox.StandardButton.Yes)
    window.workspace.log_meeting()
    qtbot.waitUntil(lambda: bool(shown))
    restored = find_dialog(window, MeetingDialog)
    assert "Carpați Industrial" in shown[0]
    assert restored.summary_edit.toPlainText() == "Notițe importante 📝"
    assert restored.customer_picker.customer_id == customer
    restored.accept()
    assert _rows(db, "SELECT summary FROM meeting") == [("Notițe importante 📝",)]
    assert _draft(db) == ""


def test_a_draft_an_older_version_left_in_settings_moves_into_the_database(
    qtbot: QtBot, db: Database, switcher: LanguageSwitcher, answer_message_box: AnswerMessageBox
) -> None:
    customer, _stefan, _madalina = _setup(db)
    fields = MeetingFields(customer_id=customer, started_at=datetime(2026, 11, 20, 9, 30),
                           summary="Divorțul lui Ștefan")  # fmt: skip
    old = Settings(settings_file())
    old.set(keys.MEETING_DRAFT, meeting_draft.to_json(fields, "Carpați Industrial", datetime.now()))
    old.sync()
    assert "meetings" in settings_file().read_text(encoding="utf-8")

    main = MainWindow(Settings(settings_file()), switcher)
    main.attach(db)  # the start: the draft leaves the settings file for the database
    try:
        assert "draft" not in settings_file().read_text(encoding="utf-8")
        assert "Divorțul lui Ștefan" in _draft(db)
        shown = answer_message_box(QMessageBox.StandardButton.Yes)
        main.workspace.log_meeting()  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: bool(shown))
        restored = find_dialog(main, MeetingDialog)
        assert restored.summary_edit.toPlainText() == "Divorțul lui Ștefan"
        restored.clear_draft()
        restored.done(0)
    finally:
        main.close()
        main.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_edit_a_saved_meeting(qtbot: QtBot, window: AttachedWindow, db: Database) -> None:
    customer, _stefan, _madalina = _setup(db)
    window.workspace.refresh(customer)
    first = MeetingDialog(db, window.settings, window, customer)
    first.open()
    type_text(first.summary_edit, "Prima versiune")
    first.accept()
    meeting_id = _rows(db, "SELECT id FROM meeting")[0][0]
    editor = MeetingDialog(db, window.settings, window, meeting_id=str(meeting_id))
    editor.open()
    assert editor.summary_edit.toPlainText() == "Prima versiune"
    assert editor.windowTitle() == "Edit meeting"
    editor.summary_edit.clear()
    type_text(editor.summary_edit, "A doua versiune")
    editor.accept()
    assert _rows(db, "SELECT summary FROM meeting") == [("A doua versiune",)]


def test_keep_professional_hides_personal_prompts(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    customer, _stefan, _madalina = _setup(db)
    relationship_view.set_keep_professional(db, customer, True)
    dialog = MeetingDialog(db, window.settings, window, customer)
    dialog.open()
    domains = [
        dialog.disclosures.domain_combo.itemText(i)
        for i in range(dialog.disclosures.domain_combo.count())
    ]
    assert domains == ["Business"]
    dialog.done(0)
