"""Preferences: the UI language (applied at once) and where the data lives."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from relationdesk import settings as keys
from relationdesk.i18n import SUPPORTED_LANGUAGES, LanguageSwitcher, native_language_name
from relationdesk.settings import Settings
from relationdesk.ui.qt_helpers import named


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        switcher: LanguageSwitcher,
        data_folder: str,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._settings = settings
        self._switcher = switcher
        self.language_combo = named(QComboBox(), "languageCombo")
        for code in SUPPORTED_LANGUAGES:
            self.language_combo.addItem(native_language_name(code), code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(switcher.language))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language_combo)
        self.touch_spin = named(QSpinBox(), "stayInTouchSpin")
        self.touch_spin.setRange(1, 365)
        self.touch_spin.setValue(settings.get(keys.STAY_IN_TOUCH_DAYS))
        self.touch_label = QLabel()
        self.touch_label.setBuddy(self.touch_spin)
        self.data_label = QLabel()
        self.data_value = named(QLabel(data_folder), "dataFolderLabel")
        self.data_value.setTextInteractionFlags(
            self.data_value.textInteractionFlags().TextSelectableByMouse
        )
        form = QFormLayout()
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.touch_label, self.touch_spin)
        form.addRow(self.data_label, self.data_value)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language:"))
        self.data_label.setText(self.tr("Data folder:"))
        self.touch_label.setText(self.tr("&Stay in touch every:"))
        self.touch_spin.setSuffix(self.tr(" days"))
        self.touch_spin.setToolTip(
            self.tr("The ideal time between meetings; twice as long turns a customer red.")
        )

    def accept(self) -> None:
        language = str(self.language_combo.currentData())
        self._settings.set(keys.LANGUAGE, language)
        self._settings.set(keys.STAY_IN_TOUCH_DAYS, self.touch_spin.value())
        self._switcher.apply(language)
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
