"""New or edit one commitment: a promise made by either side, and how it turned out."""

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from relationdesk.db.database import Database
from relationdesk.domain.evidence import CommitmentFact, CommitmentOutcome
from relationdesk.domain.evidence_rules import CommitmentFields
from relationdesk.domain.meetings import Side
from relationdesk.domain.validation import FieldError, Problem
from relationdesk.l10n.formatting import local_datetime
from relationdesk.l10n.labels import outcome_label, side_label
from relationdesk.services import evidence_log
from relationdesk.ui.lifecycle.ledger_dialog import INVALID_STYLE, SIDES, moment_on
from relationdesk.ui.shared.date_field import DateField
from relationdesk.ui.shared.form_dialog import FormDialog
from relationdesk.ui.shared.qt_helpers import named, resize_within_screen

DEFAULT_DUE_DAYS = 7


class CommitmentDialog(FormDialog):
    def __init__(
        self,
        db: Database,
        parent: QWidget | None,
        customer_id: str,
        fact: CommitmentFact | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("commitmentDialog")
        self._db = db
        self._customer_id = customer_id
        self._fact = fact
        self.made_by_combo = named(QComboBox(), "madeByCombo")
        for side in SIDES:
            self.made_by_combo.addItem("", side.value)
        self.promise_edit = named(QLineEdit(), "promiseEdit")
        self.made_on_edit = named(DateField(QDate.currentDate()), "promisedOnEdit")
        self.due_check = named(QCheckBox(), "dueCheck")
        self.due_edit = named(
            DateField(QDate.currentDate().addDays(DEFAULT_DUE_DAYS)), "dueDateEdit"
        )
        self.due_edit.setEnabled(False)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        due_row = QWidget()
        due_layout = QHBoxLayout(due_row)
        due_layout.setContentsMargins(0, 0, 0, 0)
        due_layout.addWidget(self.due_check)
        due_layout.addWidget(self.due_edit)
        due_layout.addStretch()
        due_row.setFocusProxy(self.due_check)
        self.outcome_combo = named(QComboBox(), "outcomeCombo")
        for outcome in CommitmentOutcome:
            self.outcome_combo.addItem("", outcome.value)
        for name, widget in (
            ("made_by", self.made_by_combo),
            ("description", self.promise_edit),
            ("made_at", self.made_on_edit),
            ("due_at", due_row),
            ("outcome", self.outcome_combo),
        ):
            self.add_field(name, widget)
        self._load(fact)
        self.retranslate_ui()
        resize_within_screen(self, 480, self.sizeHint().height())

    def _load(self, fact: CommitmentFact | None) -> None:
        if fact is None:
            return
        self.made_by_combo.setCurrentIndex(self.made_by_combo.findData(fact.made_by.value))
        self.promise_edit.setText(fact.description)
        self.made_on_edit.setDate(local_datetime(fact.when).date())
        if fact.due is not None:
            self.due_check.setChecked(True)
            self.due_edit.setDate(local_datetime(fact.due).date())
        self.outcome_combo.setCurrentIndex(self.outcome_combo.findData(fact.outcome.value))

    def retranslate_ui(self) -> None:
        editing = self._fact is not None
        self.setWindowTitle(self.tr("Edit commitment") if editing else self.tr("New commitment"))
        self.set_label("made_by", self.tr("Promised &by:"))
        self.set_label("description", self.tr("&Promise:"))
        self.set_label("made_at", self.tr("Promised &on:"))
        self.set_label("due_at", self.tr("D&ue:"))
        self.set_label("outcome", self.tr("Ou&tcome:"))
        self.due_check.setText(self.tr("Has a due date"))
        for index, side in enumerate(SIDES):
            self.made_by_combo.setItemText(index, side_label(side))
        for index in range(self.outcome_combo.count()):
            self.outcome_combo.setItemText(
                index, outcome_label(CommitmentOutcome(self.outcome_combo.itemData(index)))
            )
        self.promise_edit.setPlaceholderText(
            self.tr("What was promised, e.g. samples delivered by the trade fair")
        )

    def fields(self) -> CommitmentFields:
        fact = self._fact
        return CommitmentFields(
            customer_id=self._customer_id,
            made_by=Side(self.made_by_combo.currentData()),
            description=self.promise_edit.text(),
            made_at=moment_on(self.made_on_edit.date(), fact.when if fact else None),
            due_at=moment_on(self.due_edit.date(), fact.due if fact else None)
            if self.due_check.isChecked()
            else None,
            outcome=CommitmentOutcome(self.outcome_combo.currentData()),
        )

    def save(self) -> str | None:
        return evidence_log.save_commitment(
            self._db, self.fields(), self._fact.id if self._fact else None
        )

    def show_errors(self, errors: list[FieldError]) -> None:
        """The shared sentence for a due date speaks of meetings: say it of promises here."""
        early = [e for e in errors if e.problem is Problem.DUE_BEFORE_MEETING]
        others = [e for e in errors if e.problem is not Problem.DUE_BEFORE_MEETING]
        if others:
            super().show_errors(others)
        if not early:
            return
        label = self._labels["due_at"].text().replace("&", "").rstrip(":")
        message = f"{label}: " + self.tr("a promise cannot be due before the day it was made.")
        shown = self.error_label.text() if others else ""
        self.error_label.setText(f"{shown}\n{message}" if shown else message)
        self.error_label.show()
        self.due_edit.setStyleSheet(INVALID_STYLE)
        if not others:
            self.due_edit.setFocus()
