"""The Economics page of the settings: hourly rates per currency, the disengage
thresholds and the quiet days, saved on OK only, never with an unknown currency."""

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from relationdesk import settings as keys
from relationdesk.i18n import LanguageSwitcher
from relationdesk.paths import settings_file
from relationdesk.settings import Settings
from relationdesk.ui.main_window import MainWindow
from relationdesk.ui.settings.settings_dialog import SettingsDialog
from tests.ui.helpers import child, find_dialog


def _open(window: MainWindow) -> SettingsDialog:
    window.open_settings()
    return find_dialog(window, SettingsDialog)


def _click(qtbot: QtBot, dialog: SettingsDialog, which: QDialogButtonBox.StandardButton) -> None:
    buttons = child(dialog, QDialogButtonBox, "buttons")
    qtbot.mouseClick(buttons.button(which), Qt.MouseButton.LeftButton)


def _type_currency(qtbot: QtBot, dialog: SettingsDialog, code: str) -> None:
    line = dialog.economics.currency_combo.lineEdit()
    assert line is not None  # an editable combo box has one
    line.clear()
    qtbot.keyClicks(line, code)


def _saved() -> Settings:
    return Settings(settings_file())


def test_rates_and_thresholds_are_kept_per_currency_and_saved_on_ok(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _open(window)
    page = dialog.economics
    assert page.current_code() == "EUR" and page.rate_spin.value() == 50.0
    _type_currency(qtbot, dialog, "ron")
    assert page.rate_spin.isEnabled() and page.rate_spin.value() == 0.0
    page.rate_spin.setValue(250.0)
    page.currency_combo.setCurrentText("EUR")  # switching shows that currency's rate ...
    assert page.rate_spin.value() == 50.0
    _type_currency(qtbot, dialog, "RON")  # ... and the edit made before is still there
    assert page.rate_spin.value() == 250.0
    page.cost_spin.setValue(80)
    page.quiet_spin.setValue(120)
    with qtbot.waitSignal(dialog.sig_economics_changed):
        _click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    saved = _saved()
    assert saved.get(keys.HOURLY_RATES) == "EUR=5000;RON=25000"
    assert saved.get(keys.DISENGAGE_COST_PERCENT) == 80
    assert saved.get(keys.QUIET_DAYS) == 120
    assert saved.get(keys.DISENGAGE_WEAK_HEALTH) == 50


def test_a_rate_of_zero_removes_the_currency(qtbot: QtBot, window: MainWindow) -> None:
    window.settings.set(keys.HOURLY_RATES, "EUR=5000;RON=25000")
    dialog = _open(window)
    dialog.economics.currency_combo.setCurrentText("RON")
    dialog.economics.rate_spin.setValue(0.0)
    _click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert _saved().get(keys.HOURLY_RATES) == "EUR=5000"


def test_an_unknown_currency_is_refused_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _open(window)
    page = dialog.economics
    page.cost_spin.setValue(80)
    dialog.touch_spin.setValue(45)
    _type_currency(qtbot, dialog, "XYZ")
    assert not page.problem_label.isHidden() and "XYZ" in page.problem_label.text()
    assert not page.rate_spin.isEnabled()
    dialog.tabs.setCurrentIndex(0)
    _click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.isVisible()  # still open, on the page to correct
    assert dialog.tabs.currentWidget() is page
    saved = _saved()
    assert saved.get(keys.DISENGAGE_COST_PERCENT) == 50
    assert saved.get(keys.STAY_IN_TOUCH_DAYS) == 30
    assert saved.get(keys.HOURLY_RATES) == "EUR=5000"
    _type_currency(qtbot, dialog, "CHF")  # put right: the message goes, OK saves
    assert page.problem_label.isHidden()
    page.rate_spin.setValue(60.0)
    _click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert _saved().get(keys.HOURLY_RATES) == "CHF=6000;EUR=5000"
    assert _saved().get(keys.DISENGAGE_COST_PERCENT) == 80


def test_cancel_saves_nothing(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open(window)
    dialog.economics.rate_spin.setValue(75.0)
    dialog.economics.drop_spin.setValue(35)
    dialog.economics.health_spin.setValue(40)
    _click(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)
    saved = _saved()
    assert saved.get(keys.HOURLY_RATES) == "EUR=5000"
    assert saved.get(keys.DISENGAGE_REVENUE_DROP_PERCENT) == 20
    assert saved.get(keys.DISENGAGE_WEAK_HEALTH) == 50


def test_customers_currencies_are_offered(qtbot: QtBot, switcher: LanguageSwitcher) -> None:
    settings = _saved()
    settings.set(keys.HOURLY_RATES, "EUR=5000;RON=25000")
    dialog = SettingsDialog(settings, switcher, "/data", None, currencies=["IDR", "gbp", "", "EUO"])
    qtbot.addWidget(dialog)
    combo = dialog.economics.currency_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["EUR", "GBP", "IDR", "RON"]


def test_accelerators_do_not_clash_and_the_amount_follows_the_language(
    qtbot: QtBot, switcher: LanguageSwitcher
) -> None:
    dialog = SettingsDialog(_saved(), switcher, "/data", None)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    texts += [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    keys_used = [m.lower() for text in texts for m in re.findall(r"&(\w)", text)]
    assert len(keys_used) >= 12 and len(keys_used) == len(set(keys_used)), keys_used
    unnamed = [w for w in dialog.economics.findChildren(QLabel) if w.buddy() and not w.text()]
    assert unnamed == []
    assert "50.00" in dialog.economics.rate_spin.text()
    switcher.apply("ro")
    QApplication.processEvents()
    assert "50,00" in dialog.economics.rate_spin.text()
