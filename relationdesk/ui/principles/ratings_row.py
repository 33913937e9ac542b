"""Rate the five principles after a meeting, 1 to 5 each: quick, skippable, keyboard-only.

0 shows as "—" and means "not rated", so Tab simply walks past what you do not rate.
"""

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from relationdesk.domain.evidence import RATING_MAX, Principle
from relationdesk.l10n.labels import principle_label
from relationdesk.ui.shared.qt_helpers import describe, named


class RatingsRow(QWidget):
    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingsRow")
        self.spins: dict[Principle, QSpinBox] = {}
        self.labels: dict[Principle, QLabel] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for principle in Principle:
            spin = named(QSpinBox(), f"rating_{principle.value}")
            spin.setRange(0, RATING_MAX)
            spin.setSpecialValueText("—")
            spin.valueChanged.connect(self.sig_changed)
            label = QLabel()
            label.setBuddy(spin)
            self.spins[principle], self.labels[principle] = spin, label
            layout.addWidget(label)
            layout.addWidget(spin)
            layout.addSpacing(6)
        self.note_edit = named(QLineEdit(), "ratingNote")
        self.note_edit.textEdited.connect(self.sig_changed)
        layout.addWidget(self.note_edit, 1)
        self.retranslate_ui()

    def values(self) -> dict[str, int]:
        """The ratings given, keyed by principle value (as MeetingFields.ratings)."""
        return {p.value: spin.value() for p, spin in self.spins.items() if spin.value()}

    def set_values(self, ratings: dict[str, int], note: str = "") -> None:
        for principle, spin in self.spins.items():
            spin.setValue(ratings.get(principle.value, 0))
        self.note_edit.setText(note)

    def note(self) -> str:
        return self.note_edit.text().strip()

    def retranslate_ui(self) -> None:
        self.note_edit.setPlaceholderText(self.tr("Why, in a few words (optional)"))
        describe(self.note_edit, self.tr("Why these ratings"))
        for principle, label in self.labels.items():
            label.setText(principle_label(principle))
            tip = self.tr(
                "How this meeting showed %1, from 1 (poor) to 5 (excellent); — skips it."
            ).replace("%1", principle_label(principle).lower())
            self.spins[principle].setToolTip(tip)
            describe(
                self.spins[principle],
                self.tr("Rating: %1").replace("%1", principle_label(principle)),
                tip,
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
