"""Preferences, on three tabs: general (the UI language, applied at once; where the data
lives; backups), scores (evidence half-life, health weights) and economics (hourly rates,
the disengage thresholds, when a customer has gone quiet)."""

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from relationdesk import settings as keys
from relationdesk.domain.evidence import Principle
from relationdesk.i18n import SUPPORTED_LANGUAGES, LanguageSwitcher, native_language_name
from relationdesk.l10n.labels import principle_label
from relationdesk.services.scores import use_preferences, weights_from_text, weights_to_text
from relationdesk.settings import Settings
from relationdesk.ui.settings.settings_economics import EconomicsSettingsPage
from relationdesk.ui.shared.qt_helpers import named


class SettingsDialog(QDialog):
    sig_scoring_changed = Signal()  # half-life or weights changed: cached scores are stale
    # Hourly rates, disengage thresholds or quiet days changed: the dashboard and the
    # economics tab show stale figures.
    sig_economics_changed = Signal()

    def __init__(
        self,
        settings: Settings,
        switcher: LanguageSwitcher,
        data_folder: str,
        parent: QWidget | None,
        currencies: Iterable[str] = (),
    ) -> None:
        """`currencies`: those the customers are billed in, offered for hourly rates."""
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
        self.general_page = named(QWidget(), "generalSettingsPage")
        form = QFormLayout(self.general_page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.language_label, self.language_combo)
        self.name_edit = named(QLineEdit(settings.get(keys.USER_NAME)), "userNameEdit")
        self.name_edit.setMinimumWidth(240)
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name_edit)
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.touch_label, self.touch_spin)
        form.addRow(self.data_label, self.data_value)
        self.backup_spin = named(QSpinBox(), "backupIntervalSpin")
        self.backup_spin.setRange(1, 24 * 30)
        self.backup_spin.setValue(settings.get(keys.BACKUP_INTERVAL_HOURS))
        self.backup_label = QLabel()
        self.backup_label.setBuddy(self.backup_spin)
        form.addRow(self.backup_label, self.backup_spin)
        # Scores: how fast evidence ages, and how much each principle counts in the health.
        self.scores_page = named(QWidget(), "scoresSettingsPage")
        form = QFormLayout(self.scores_page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.half_life_spin = named(QSpinBox(), "halfLifeSpin")
        self.half_life_spin.setRange(30, 730)
        self.half_life_spin.setSingleStep(30)
        self.half_life_spin.setValue(settings.get(keys.SCORE_HALF_LIFE_DAYS))
        self.half_life_label = QLabel()
        self.half_life_label.setBuddy(self.half_life_spin)
        form.addRow(self.half_life_label, self.half_life_spin)
        weights = weights_from_text(settings.get(keys.SCORE_WEIGHTS))
        self.weight_spins: dict[Principle, QDoubleSpinBox] = {}
        self.weight_labels: dict[Principle, QLabel] = {}
        self.weights_label = QLabel()
        weights_row = QHBoxLayout()
        for principle in Principle:
            spin = named(QDoubleSpinBox(), f"weight_{principle.value}")
            spin.setRange(0.0, 5.0)
            spin.setSingleStep(0.5)
            spin.setDecimals(1)
            spin.setValue(weights[principle])
            self.weight_spins[principle] = spin
            self.weight_labels[principle] = named(QLabel(), f"weightLabel_{principle.value}")
            self.weight_labels[principle].setBuddy(spin)
            weights_row.addWidget(self.weight_labels[principle])
            weights_row.addWidget(spin)
        form.addRow(self.weights_label, weights_row)
        self.economics = EconomicsSettingsPage(settings, currencies)
        self.tabs = named(QTabWidget(), "settingsTabs")
        for page in (self.general_page, self.scores_page, self.economics):
            self.tabs.addTab(page, "")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for page, title in (
            (self.general_page, self.tr("&General")),
            (self.scores_page, self.tr("S&cores")),
            (self.economics, self.tr("&Economics")),
        ):
            self.tabs.setTabText(self.tabs.indexOf(page), title)
        self.language_label.setText(self.tr("&Language:"))
        self.name_label.setText(self.tr("Your &name:"))
        self.name_edit.setToolTip(self.tr("Printed as “Prepared by” on the PDF reports"))
        self.data_label.setText(self.tr("Data folder:"))
        self.half_life_label.setText(self.tr("Evidence &half-life:"))
        self.half_life_spin.setSuffix(self.tr(" days"))
        self.half_life_spin.setToolTip(
            self.tr("After this many days a rating or an entry counts half as much.")
        )
        self.weights_label.setText(self.tr("Weight in the health:"))
        for principle, label in self.weight_labels.items():
            label.setText(principle_label(principle))
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
        if self.economics.problem() is not None:  # nothing is saved until it is put right
            self.tabs.setCurrentWidget(self.economics)
            self.economics.show_problem()
            return
        if self.economics.save(self._settings):
            self.sig_economics_changed.emit()
        language = str(self.language_combo.currentData())
        self._settings.set(keys.LANGUAGE, language)
        self._settings.set(keys.USER_NAME, self.name_edit.text().strip())
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
            use_preferences(self._settings)
            self.sig_scoring_changed.emit()
        self._switcher.apply(language)
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
