"""Language switching at run time, and what the window remembers between starts."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from relationdesk import settings as keys
from relationdesk.db.database import Database
from relationdesk.domain.customers import CustomerFields
from relationdesk.i18n import LanguageSwitcher
from relationdesk.paths import settings_file
from relationdesk.services import customer_editing as editing
from relationdesk.settings import Settings
from relationdesk.ui.dialogs.settings_dialog import SettingsDialog
from relationdesk.ui.main_window import MainWindow
from tests.ui.helpers import find_dialog

EXPECTED = {
    "en": ("&File", "Customer", "OK"),
    "it": ("&File", "Cliente", "OK"),
    "id": ("&Berkas", "Pelanggan", "OK"),
    "ro": ("&Fișier", "Client", "OK"),
}


def test_language_switches_without_restart(
    qtbot: QtBot, window: MainWindow, switcher: LanguageSwitcher
) -> None:
    for language, (file_menu, customer_header, _ok) in EXPECTED.items():
        switcher.apply(language)
        QApplication.processEvents()
        assert window.file_menu.title() == file_menu, language
        assert window.model.headerData(0, Qt.Orientation.Horizontal) == customer_header


def test_settings_dialog_changes_and_remembers_the_language(
    qtbot: QtBot, window: MainWindow, switcher: LanguageSwitcher
) -> None:
    window.open_settings()
    dialog = find_dialog(window, SettingsDialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ro"))
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    QApplication.processEvents()
    assert switcher.language == "ro"
    assert window.file_menu.title() == "&Fișier"
    assert Settings(settings_file()).get(keys.LANGUAGE) == "ro"


def test_qt_standard_buttons_are_translated(qtbot: QtBot, switcher: LanguageSwitcher) -> None:
    translations = {"it": "Annulla", "id": "Batal", "ro": "Anulează"}
    for language, cancel in translations.items():
        switcher.apply(language)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel, language


def test_window_remembers_geometry_and_selection(
    qtbot: QtBot, db: Database, switcher: LanguageSwitcher
) -> None:
    editing.create_customer(db, CustomerFields(name="Alfa"))
    second = editing.create_customer(db, CustomerFields(name="Beta"))
    first_window = MainWindow(db, Settings(settings_file()), switcher)
    qtbot.addWidget(first_window)
    first_window.show()
    first_window.resize(900, 640)
    first_window.splitter.setSizes([600, 300])
    first_window.select_customer(second)
    first_window.close()

    again = MainWindow(db, Settings(settings_file()), switcher)
    qtbot.addWidget(again)
    again.show()
    assert again.selected_customer_id() == second
    assert (again.width(), again.height()) == (900, 640)
    assert abs(again.splitter.sizes()[0] - 600) <= 10
