"""Language switching at run time, and what the window remembers between starts."""

from typing import cast

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from relationdesk import settings as keys
from relationdesk.db.database import Database
from relationdesk.domain.customers import CustomerFields
from relationdesk.i18n import LanguageSwitcher
from relationdesk.paths import settings_file
from relationdesk.services import customer_editing as editing
from relationdesk.settings import Settings
from relationdesk.ui.main_window import MainWindow
from relationdesk.ui.settings.settings_dialog import SettingsDialog
from tests.ui.helpers import AttachedWindow, child, find_dialog

EXPECTED = {
    "en": ("&File", "Customer", "OK"),
    "it": ("&File", "Cliente", "OK"),
    "id": ("&Berkas", "Pelanggan", "OK"),
    "ro": ("&Fișier", "Client", "OK"),
}


def test_language_switches_without_restart(
    qtbot: QtBot, window: AttachedWindow, switcher: LanguageSwitcher
) -> None:
    for language, (file_menu, customer_header, _ok) in EXPECTED.items():
        switcher.apply(language)
        QApplication.processEvents()
        assert window.menus.file.title() == file_menu, language
        assert window.workspace.model.headerData(0, Qt.Orientation.Horizontal) == customer_header


def test_settings_dialog_changes_and_remembers_the_language(
    qtbot: QtBot, window: MainWindow, switcher: LanguageSwitcher
) -> None:
    window.open_settings()
    dialog = find_dialog(window, SettingsDialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ro"))
    qtbot.mouseClick(
        child(dialog, QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    QApplication.processEvents()
    assert switcher.language == "ro"
    assert window.menus.file.title() == "&Fișier"
    assert Settings(settings_file()).get(keys.LANGUAGE) == "ro"


def test_qt_standard_buttons_are_translated(qtbot: QtBot, switcher: LanguageSwitcher) -> None:
    translations = {"it": "Annulla", "id": "Batal", "ro": "Anulează"}
    for language, cancel in translations.items():
        switcher.apply(language)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel, language


def _attached(window: MainWindow, db: Database) -> AttachedWindow:
    window.attach(db)
    return cast(AttachedWindow, window)


def _destroy(window: MainWindow) -> None:
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_window_remembers_geometry_and_selection(
    qtbot: QtBot, db: Database, switcher: LanguageSwitcher
) -> None:
    editing.create_customer(db, CustomerFields(name="Alfa"))
    second = editing.create_customer(db, CustomerFields(name="Beta"))
    first_window = _attached(MainWindow(Settings(settings_file()), switcher), db)
    first_window.show()
    first_window.resize(700, 500)  # the offscreen screen is 800 wide
    QApplication.processEvents()
    first_window.workspace.splitter.setSizes([450, 250])
    first_window.workspace.select_customer(second)
    shown_sizes = first_window.workspace.splitter.sizes()
    _destroy(first_window)

    again = _attached(MainWindow(Settings(settings_file()), switcher), db)
    again.show()
    QApplication.processEvents()
    assert again.workspace.selected_customer_id() == second
    assert (again.width(), again.height()) == (700, 500)
    assert abs(again.workspace.splitter.sizes()[0] - shown_sizes[0]) <= 10
    _destroy(again)
