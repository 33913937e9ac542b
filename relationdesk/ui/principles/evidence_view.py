"""The evidence behind the five principles for one customer: give and take, commitments.

What is recorded here moves the customer's scores, so every save or delete announces
Topic.EVIDENCE for the views that show them (ui/shared/changes.py).
"""

from contextlib import suppress

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from relationdesk.db.database import Database
from relationdesk.services.errors import NotFound
from relationdesk.services.evidence_facts import commitment_facts, ledger_rows
from relationdesk.ui.lifecycle import ledger_model
from relationdesk.ui.lifecycle.ledger_model import LedgerTableModel
from relationdesk.ui.meetings import commitment_model
from relationdesk.ui.meetings.commitment_model import CommitmentTableModel
from relationdesk.ui.shared.changes import Changes, Topic
from relationdesk.ui.shared.messages import confirm
from relationdesk.ui.shared.qt_helpers import named
from relationdesk.ui.shared.record_section import RecordSection


class EvidenceView(QWidget):
    """Give and take over commitments, for the customer set with `set_customer`."""

    sig_changed = Signal()  # evidence saved or deleted, announced and shown

    def __init__(
        self, db: Database, parent: QWidget | None = None, changes: Changes | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceView")
        self._db = db
        if changes is None:  # on its own (tests): it reloads itself after its writes
            changes = Changes(self)
            changes.changed.connect(lambda _change: self.refresh())
        self._changes = changes  # in the customer pane, the pane reloads it (TAB_TOPICS)
        self._customer_id: str | None = None
        self.ledger_model = LedgerTableModel(self)
        self.commitment_model = CommitmentTableModel(self)
        self.ledger = RecordSection(self.ledger_model, "Ledger", ledger_model.DATE_COLUMN)
        self.commitments = RecordSection(
            self.commitment_model,
            "Commitment",
            commitment_model.MADE_COLUMN,
            commitment_model.PROMISE_COLUMN,
        )
        self.ledger_table, self.commitment_table = self.ledger.table, self.commitments.table
        self.ledger.sig_add.connect(lambda: self.open_ledger_dialog(editing=False))
        self.ledger.sig_edit.connect(lambda: self.open_ledger_dialog(editing=True))
        self.ledger.sig_delete.connect(self.delete_ledger_entry)
        self.commitments.sig_add.connect(lambda: self.open_commitment_dialog(editing=False))
        self.commitments.sig_edit.connect(lambda: self.open_commitment_dialog(editing=True))
        self.commitments.sig_delete.connect(self.delete_commitment)
        self.splitter = named(QSplitter(Qt.Orientation.Vertical), "evidenceSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.ledger)
        self.splitter.addWidget(self.commitments)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.retranslate_ui()
        self.set_customer(None)

    # --- showing -------------------------------------------------------------------
    def set_customer(self, customer_id: str | None) -> None:
        self._customer_id = customer_id
        self.refresh()

    def refresh(self) -> None:
        """Reload both tables from the database, keeping the selected rows."""
        kept = (self.ledger.selected_id(), self.commitments.selected_id())
        customer_id = self._customer_id
        if customer_id is None:
            self.ledger_model.set_rows([])
            self.commitment_model.set_rows([])
        else:
            from relationdesk.ui.lifecycle.ledger_dialog import customer_currency

            currency = customer_currency(self._db, customer_id)
            self.ledger_model.set_rows(ledger_rows(self._db.reader, customer_id), currency)
            self.commitment_model.set_rows(commitment_facts(self._db.reader, customer_id))
        for section, row_id in zip((self.ledger, self.commitments), kept, strict=True):
            section.fit_columns()
            section.select_id(row_id)
            section.update_buttons(customer_id is not None)

    def _changed(self, section: RecordSection, row_id: str | None = None) -> None:
        if self._customer_id is not None:
            self._changes.announce(Topic.EVIDENCE, customer_ids=[self._customer_id])
        section.select_id(row_id)
        self.sig_changed.emit()

    # --- actions -------------------------------------------------------------------
    def open_ledger_dialog(self, editing: bool = False) -> None:
        """Add an entry, or edit the selected one; the dialog does not block."""
        row = self.ledger.selected_row() if editing else None
        entry = self.ledger_model.entry(row) if row is not None else None
        if self._customer_id is None or (editing and entry is None):
            return
        from relationdesk.ui.lifecycle.ledger_dialog import LedgerDialog

        LedgerDialog(self._db, self, self._customer_id, entry).open_then(
            lambda row_id: self._changed(self.ledger, row_id)
        )

    def open_commitment_dialog(self, editing: bool = False) -> None:
        """Add a commitment, or edit the selected one; the dialog does not block."""
        row = self.commitments.selected_row() if editing else None
        fact = self.commitment_model.commitment(row) if row is not None else None
        if self._customer_id is None or (editing and fact is None):
            return
        from relationdesk.ui.meetings.commitment_dialog import CommitmentDialog

        CommitmentDialog(self._db, self, self._customer_id, fact).open_then(
            lambda row_id: self._changed(self.commitments, row_id)
        )

    def delete_ledger_entry(self) -> None:
        row = self.ledger.selected_row()
        entry = self.ledger_model.entry(row) if row is not None else None
        if entry is None:
            return
        text = self.tr("Delete the entry “%1”? Edit → Undo brings it back.").replace(
            "%1", entry.description
        )
        if any(other.returned_by_id == entry.id for other in self.ledger_model.entries()):
            text += " " + self.tr("What it returned will show as not returned.")
        if confirm(self, self.tr("Delete give-and-take entry"), text, destructive=True):
            from relationdesk.services import evidence_log
            from relationdesk.ui.shared.changes import Topic
            from relationdesk.ui.shared.undo import undoable_delete

            with suppress(NotFound):  # deleted meanwhile: the refresh shows it gone
                undoable_delete(
                    self,
                    self.tr("give-and-take entry deleted"),
                    "ledger_entry",
                    entry.id,
                    lambda: evidence_log.delete_ledger_entry(self._db, entry.id),
                    (Topic.EVIDENCE,),
                )
            self._changed(self.ledger)

    def delete_commitment(self) -> None:
        row = self.commitments.selected_row()
        fact = self.commitment_model.commitment(row) if row is not None else None
        if fact is None:
            return
        text = self.tr("Delete the promise “%1”? This cannot be undone.").replace(
            "%1", fact.description
        )
        if confirm(self, self.tr("Delete commitment"), text, destructive=True):
            from relationdesk.services import evidence_log

            with suppress(NotFound):  # deleted meanwhile: the refresh shows it gone
                evidence_log.delete_commitment(self._db, fact.id)
            self._changed(self.commitments)

    # --- language ------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.ledger.title.setText(self.tr("Give and take"))
        self.ledger.hint.setText(
            self.tr(
                "Record what each side gives the other, and the power plays: one-sided "
                "demands, risks shifted onto us."
            )
        )
        self.commitments.title.setText(self.tr("Commitments"))
        self.commitments.hint.setText(
            self.tr(
                "Record the promises each side makes, when they are due, and whether they "
                "were kept."
            )
        )
        for section in (self.ledger, self.commitments):
            section.add_button.setText(self.tr("Add…"))
            section.edit_button.setText(self.tr("Edit…"))
            section.delete_button.setText(self.tr("Delete"))
        self.ledger.add_button.setToolTip(self.tr("Add a give-and-take entry"))
        self.commitments.add_button.setToolTip(self.tr("Add a commitment"))
        self.ledger_model.retranslate()
        self.commitment_model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
