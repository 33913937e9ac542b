"""The evidence behind the five principles for one customer: give and take, commitments.

What is recorded here moves the customer's scores, so every save or delete emits
`sig_changed` for the panes that show them.
"""

from contextlib import suppress

from PySide6.QtCore import QAbstractTableModel, QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from relationdesk.db.database import Database
from relationdesk.services.errors import NotFound
from relationdesk.services.evidence_facts import commitment_facts, ledger_rows
from relationdesk.ui.messages import confirm
from relationdesk.ui.models import commitment_model, ledger_model
from relationdesk.ui.models.commitment_model import CommitmentTableModel
from relationdesk.ui.models.ledger_model import LedgerTableModel
from relationdesk.ui.qt_helpers import named

# Both models keep the row's id and their sort keys in the same roles.
ID_ROLE = ledger_model.ID_ROLE
SORT_ROLE = ledger_model.SORT_ROLE
MAX_COLUMN_WIDTH = 260


class EvidenceSection(QWidget):
    """A title with a one-line hint and Add / Edit / Delete buttons over a sorted table."""

    sig_add = Signal()
    sig_edit = Signal()
    sig_delete = Signal()

    def __init__(
        self,
        model: QAbstractTableModel,
        noun: str,
        date_column: int,
        stretch_column: int | None = None,
    ) -> None:
        super().__init__()
        self.title = named(QLabel(), f"{noun.lower()}Title")
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.hint = named(QLabel(), f"{noun.lower()}Hint")
        self.hint.setWordWrap(True)
        self.add_button = named(QPushButton(), f"add{noun}Button")
        self.edit_button = named(QPushButton(), f"edit{noun}Button")
        self.delete_button = named(QPushButton(), f"delete{noun}Button")
        self.add_button.clicked.connect(self.sig_add)
        self.edit_button.clicked.connect(self.sig_edit)
        self.delete_button.clicked.connect(self.sig_delete)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = named(QTableView(), f"{noun.lower()}Table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(date_column, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if stretch_column is None:
            header.setStretchLastSection(True)
        else:  # the free text takes the room left, not a short last column
            header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        self._stretch_column = stretch_column
        # Enter or double-click edits; Delete deletes, only while the table has the focus.
        self.table.activated.connect(lambda _index: self.sig_edit.emit())
        delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_shortcut.activated.connect(self.sig_delete)
        self.table.selectionModel().selectionChanged.connect(lambda: self.update_buttons())
        buttons = QHBoxLayout()
        buttons.addWidget(self.title)
        buttons.addStretch()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        self._has_customer = False

    def selected_row(self) -> int | None:
        """The selected row of the model (not of the sorted view), if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.mapToSource(rows[0]).row() if rows else None

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(ID_ROLE)) if rows else None

    def select_id(self, row_id: str | None) -> None:
        start = self.proxy.index(0, 0)
        matches = self.proxy.match(start, ID_ROLE, row_id, 1, Qt.MatchFlag.MatchExactly)
        if row_id is not None and matches:
            self.table.selectRow(matches[0].row())
            self.table.scrollTo(matches[0])

    def fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        stretched = header.count() - 1 if self._stretch_column is None else self._stretch_column
        for column in range(header.count()):
            if column != stretched:  # a stretched column takes what is left
                header.resizeSection(column, min(header.sectionSize(column), MAX_COLUMN_WIDTH))

    def update_buttons(self, has_customer: bool | None = None) -> None:
        if has_customer is not None:
            self._has_customer = has_customer
        selected = self._has_customer and self.selected_id() is not None
        self.add_button.setEnabled(self._has_customer)
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)


class EvidenceView(QWidget):
    """Give and take over commitments, for the customer set with `set_customer`."""

    sig_changed = Signal()  # evidence saved or deleted: the customer's scores changed

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceView")
        self._db = db
        self._customer_id: str | None = None
        self.ledger_model = LedgerTableModel(self)
        self.commitment_model = CommitmentTableModel(self)
        self.ledger = EvidenceSection(self.ledger_model, "Ledger", ledger_model.DATE_COLUMN)
        self.commitments = EvidenceSection(
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
            from relationdesk.ui.dialogs.ledger_dialog import customer_currency

            currency = customer_currency(self._db, customer_id)
            self.ledger_model.set_rows(ledger_rows(self._db.reader, customer_id), currency)
            self.commitment_model.set_rows(commitment_facts(self._db.reader, customer_id))
        for section, row_id in zip((self.ledger, self.commitments), kept, strict=True):
            section.fit_columns()
            section.select_id(row_id)
            section.update_buttons(customer_id is not None)

    def _changed(self, section: EvidenceSection, row_id: str | None = None) -> None:
        self.refresh()
        section.select_id(row_id)
        self.sig_changed.emit()

    # --- actions -------------------------------------------------------------------
    def open_ledger_dialog(self, editing: bool = False) -> None:
        """Add an entry, or edit the selected one; the dialog does not block."""
        row = self.ledger.selected_row() if editing else None
        entry = self.ledger_model.entry(row) if row is not None else None
        if self._customer_id is None or (editing and entry is None):
            return
        from relationdesk.ui.dialogs.ledger_dialog import LedgerDialog

        LedgerDialog(self._db, self, self._customer_id, entry).open_then(
            lambda row_id: self._changed(self.ledger, row_id)
        )

    def open_commitment_dialog(self, editing: bool = False) -> None:
        """Add a commitment, or edit the selected one; the dialog does not block."""
        row = self.commitments.selected_row() if editing else None
        fact = self.commitment_model.commitment(row) if row is not None else None
        if self._customer_id is None or (editing and fact is None):
            return
        from relationdesk.ui.dialogs.commitment_dialog import CommitmentDialog

        CommitmentDialog(self._db, self, self._customer_id, fact).open_then(
            lambda row_id: self._changed(self.commitments, row_id)
        )

    def delete_ledger_entry(self) -> None:
        row = self.ledger.selected_row()
        entry = self.ledger_model.entry(row) if row is not None else None
        if entry is None:
            return
        text = self.tr("Delete the entry “%1”? This cannot be undone.").replace(
            "%1", entry.description
        )
        if any(other.returned_by_id == entry.id for other in self.ledger_model.entries()):
            text += " " + self.tr("What it returned will show as not returned.")
        if confirm(self, self.tr("Delete give-and-take entry"), text, destructive=True):
            from relationdesk.services import evidence_log

            with suppress(NotFound):  # deleted meanwhile: the refresh shows it gone
                evidence_log.delete_ledger_entry(self._db, entry.id)
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
