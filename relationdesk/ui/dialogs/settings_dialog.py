"""Preferences: the UI language (applied at once) and where the data lives."""

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from relationdesk import settings as keys
from relationdesk.domain.evidence import Principle
from relationdesk.i18n import SUPPORTED_LANGUAGES, LanguageSwitcher, native_language_name
from relationdesk.services.scores import configure_from, weights_from_text, weights_to_text
from relationdesk.settings import Settings
from relationdesk.ui.labels import principle_label
from relationdesk.ui.qt_helpers import named


class SettingsDialog(QDialog):
    sig_scoring_changed = Signal()  # half-life or weights changed: cached scores are stale

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
        self.backup_spin = named(QSpinBox(), "backupIntervalSpin")
        self.backup_spin.setRange(1, 24 * 30)
        self.backup_spin.setValue(settings.get(keys.BACKUP_INTERVAL_HOURS))
        self.backup_label = QLabel()
        self.backup_label.setBuddy(self.backup_spin)
        form.addRow(self.backup_label, self.backup_spin)
        # Scores: how fast evidence ages, and how much each principle counts in the health.
        self.half_life_spin = named(QSpinBox(), "halfLifeSpin")
        self.half_life_spin.setRange(30, 730)
        self.half_life_spin.setSingleStep(30)
        self.half_life_spin.setValue(settings.get(keys.SCORE_HALF_LIFE_DAYS))
        self.half_life_label = QLabel()
        self.half_life_label.setBuddy(self.half_life_spin)
        form.addRow(self.half_life_label, self.half_life_spin)
        weights = weights_from_text(settings.get(keys.SCORE_WEIGHTS))
        self.weight_spins: dict[Principle, QDoubleSpinBox] = {}
        self.weights_label = QLabel()
        weights_row = QHBoxLayout()
        for principle in Principle:
            spin = named(QDoubleSpinBox(), f"weight_{principle.value}")
            spin.setRange(0.0, 5.0)
            spin.setSingleStep(0.5)
            spin.setDecimals(1)
            spin.setValue(weights[principle])
            self.weight_spins[principle] = spin
            weights_row.addWidget(QLabel(principle_label(principle)))
            weights_row.addWidget(spin)
        form.addRow(self.weights_label, weights_row)
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
        self.half_life_label.setText(self.tr("Evidence &half-life:"))
        self.half_life_spin.setSuffix(self.tr(" days"))
        self.half_life_spin.setToolTip(
            self.tr("After this many days a rating or an entry counts half as much.")
        )
        self.weights_label.setText(self.tr("Weight in the health:"))
        self.touch_label.setText(self.tr("&Stay in touch every:"))
        self.touch_spin.setSuffix(self.tr(" days"))
        self.backup_label.setText(self.tr("Automatic &backups at most every:"))
        self.backup_spin.setSuffix(self.tr(" hours"))
        self.backup_spin.setToolTip(
            self.tr("A backup is made at start-up and on exit if this much time has passed.")
        )
        self.touch_spin.setToolTip(
            self.tr("The ideal time between meetings; twice as long turns a customer red.")
        )

    def accept(self) -> None:
        language = str(self.language_combo.currentData())
        self._settings.set(keys.LANGUAGE, language)
        self._settings.set(keys.STAY_IN_TOUCH_DAYS, self.touch_spin.value())
        self._settings.set(keys.BACKUP_INTERVAL_HOURS, self.backup_spin.value())
        half_life = self.half_life_spin.value()
        weights = weights_to_text({p: s.value() for p, s in self.weight_spins.items()})
        if (half_life, weights) != (
            self._settings.get(keys.SCORE_HALF_LIFE_DAYS),
            self._settings.get(keys.SCORE_WEIGHTS),
        ):
            self._settings.set(keys.SCORE_HALF_LIFE_DAYS, half_life)
            self._settings.set(keys.SCORE_WEIGHTS, weights)
            configure_from(half_life, weights)
            self.sig_scoring_changed.emit()
        self._switcher.apply(language)
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
