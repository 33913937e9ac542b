"""Record a contact's answer to "How likely are you to recommend us to a friend or
partner?", on the 0-10 scale: eleven buttons, coloured by what the answer means."""

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relationdesk.db.database import Database
from relationdesk.domain.nps import MAX_SCORE, MIN_SCORE, NpsGroup, nps_group
from relationdesk.l10n.lifecycle_labels import nps_group_label
from relationdesk.palette import BAD, GOOD, NEUTRAL
from relationdesk.services.customer_directory import CustomerDirectory
from relationdesk.services.recommendations import record_recommendation
from relationdesk.ui.lifecycle.lifecycle_dialog import date_edit, python_date
from relationdesk.ui.shared.form_dialog import FormDialog
from relationdesk.ui.shared.qt_helpers import named, resize_within_screen

_BUTTON_COLORS = {NpsGroup.DETRACTOR: BAD, NpsGroup.PASSIVE: NEUTRAL, NpsGroup.PROMOTER: GOOD}
NO_SCORE = -1


class ScoreButtons(QWidget):
    """0 … 10 as checkable buttons; keys 0-9 work once a button has the focus."""

    def __init__(self) -> None:
        super().__init__()
        self.group = QButtonGroup(self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        for score in range(MIN_SCORE, MAX_SCORE + 1):
            button = named(QPushButton(str(score)), f"score{score}Button")
            button.setCheckable(True)
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("10") + 22)
            color = _BUTTON_COLORS[nps_group(score)]
            button.setStyleSheet(f"QPushButton:checked {{ background: {color}; color: white; }}")
            self.group.addButton(button, score)
            row.addWidget(button)
        row.addStretch()
        self.meaning = named(QLabel(), "scoreMeaning")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.meaning)
        self.group.idToggled.connect(lambda _id, _on: self.explain())
        self.setFocusProxy(self.group.button(MIN_SCORE))

    def score(self) -> int:
        return self.group.checkedId()  # -1 when none is chosen

    def set_score(self, score: int) -> None:
        button = self.group.button(score)
        if button is not None:
            button.setChecked(True)

    def explain(self) -> None:
        score = self.score()
        self.meaning.setText(nps_group_label(nps_group(score)) if score != NO_SCORE else "")


class RecommendationDialog(FormDialog):
    def __init__(
        self, db: Database, parent: QWidget | None, customer_id: str, contact_id: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recommendationDialog")
        self._db = db
        self._customer_id = customer_id
        self.contact_combo = named(QComboBox(), "recommendationContactCombo")
        for contact in CustomerDirectory(db.reader).contacts(customer_id):
            self.contact_combo.addItem(contact.full_name, contact.id)
        if contact_id is not None:
            self.contact_combo.setCurrentIndex(max(0, self.contact_combo.findData(contact_id)))
        self.question = named(QLabel(), "recommendationQuestion")
        self.question.setWordWrap(True)
        self.scores = named(ScoreButtons(), "scoreButtons")
        self.date_edit = date_edit("recommendationDateEdit")
        self.note_edit = named(QLineEdit(), "recommendationNoteEdit")
        self.form.addRow(self.question)
        for name, widget in (
            ("contact", self.contact_combo),
            ("score", self.scores),
            ("answered_on", self.date_edit),
            ("note", self.note_edit),
        ):
            self.add_field(name, widget)
        self.retranslate_ui()
        resize_within_screen(self, 560, self.sizeHint().height())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Record recommendation answer"))
        self.question.setText(
            self.tr("“How likely are you to recommend us to a friend or partner?”")
        )
        self.set_label("contact", self.tr("&Who answered:"))
        self.set_label("score", self.tr("&Answer (0-10):"))
        self.set_label("answered_on", self.tr("&Date:"))
        self.set_label("note", self.tr("&Note:"))
        self.note_edit.setPlaceholderText(self.tr("What they said, in their words"))
        self.scores.explain()

    def save(self) -> str | None:
        contact_id = self.contact_combo.currentData()
        return record_recommendation(
            self._db,
            self._customer_id,
            str(contact_id) if contact_id else None,
            self.scores.score(),
            python_date(self.date_edit.date()),
            self.note_edit.text(),
        )
