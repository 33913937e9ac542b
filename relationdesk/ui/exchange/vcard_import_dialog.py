"""The vCard import's report, shown before anything is written: how many cards are new,
already there or left out (and why, by card and line), which customers will be created,
the customer for cards without a company, and what to do with people already there."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from relationdesk.services.exchange.vcard_exchange import CardOutcome, Duplicates, ImportPlan
from relationdesk.ui.exchange.vcard_plan_model import CARD, LINE, RESULT, VCardPlanModel
from relationdesk.ui.exchange.vcard_texts import duplicates_label
from relationdesk.ui.shared.qt_helpers import named, resize_within_screen

Replan = Callable[[str | None], ImportPlan]  # the default customer's id → a new plan


class VCardImportDialog(QDialog):
    def __init__(
        self,
        file_name: str,
        plan: ImportPlan,
        customers: Sequence[tuple[str, str]],  # (id, name), in list order
        replan: Replan,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("vcardImportDialog")
        self.plan = plan
        self._file_name = file_name
        self._replan = replan
        resize_within_screen(self, 860, 520)

        self._headline = named(QLabel(), "vcardHeadline")
        font = self._headline.font()
        font.setBold(True)
        self._headline.setFont(font)
        self._headline.setTextFormat(Qt.TextFormat.PlainText)
        self._summary = named(QLabel(), "vcardSummary")
        self._summary.setWordWrap(True)
        self._summary.setTextFormat(Qt.TextFormat.PlainText)
        self._model = VCardPlanModel(plan, self)
        self._table = named(QTableView(), "vcardCards")
        self._table.setTabKeyNavigation(False)  # Tab moves on, out of the table
        self._table.setModel(self._model)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setAlternatingRowColors(True)
        self._table.verticalHeader().hide()
        self._table.setWordWrap(False)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._table.setColumnWidth(CARD, 56)
        self._table.setColumnWidth(LINE, 56)
        self._table.setColumnWidth(2, 200)
        self._table.setColumnWidth(3, 220)

        self._customer = named(QComboBox(), "vcardDefaultCustomer")
        self._customer.setEditable(True)
        self._customer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._customer.addItem("", None)
        for customer_id, name in customers:
            self._customer.addItem(name, customer_id)
        completer = self._customer.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        index = self._customer.findData(plan.default_customer_id)
        self._customer.setCurrentIndex(max(index, 0))
        self._customer.currentIndexChanged.connect(self._customer_changed)

        self._duplicates = named(QComboBox(), "vcardDuplicates")
        for choice in Duplicates:
            self._duplicates.addItem(duplicates_label(choice), choice.value)

        self._form = QFormLayout()
        self._customer_label = QLabel()
        self._customer_label.setBuddy(self._customer)
        self._duplicates_label = QLabel()
        self._duplicates_label.setBuddy(self._duplicates)
        self._form.addRow(self._customer_label, self._customer)
        self._form.addRow(self._duplicates_label, self._duplicates)

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._import = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._import.setObjectName("vcardImport")
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self._headline)
        layout.addWidget(self._summary)
        layout.addWidget(self._table, 1)
        layout.addLayout(self._form)
        layout.addWidget(self._buttons)
        self.setTabOrder(self._table, self._customer)
        self.setTabOrder(self._customer, self._duplicates)
        self.retranslate_ui()

    def duplicates(self) -> Duplicates:
        return Duplicates(self._duplicates.currentData())

    def _customer_changed(self, _index: int) -> None:
        self.plan = self._replan(self._customer.currentData())
        self._model.set_plan(self.plan)
        self._update()

    def _update(self) -> None:
        plan = self.plan
        new, there = plan.count(CardOutcome.NEW), plan.count(CardOutcome.DUPLICATE)
        refused = plan.count(CardOutcome.INVALID)
        self._headline.setText(
            self.tr("%1: %n cards read.", "", len(plan.cards)).replace("%1", self._file_name)
        )
        lines = [
            self.tr("%n new contacts", "", new)
            + " · "
            + self.tr("%n already there", "", there)
            + " · "
            + self.tr("%n left out because of a problem", "", refused),
        ]
        if plan.new_customers:
            lines.append(
                self.tr("%n new customers: %1", "", len(plan.new_customers)).replace(
                    "%1",
                    ", ".join(plan.new_customers[:5])
                    + (" …" if len(plan.new_customers) > 5 else ""),
                )
            )
        lines.append(self.tr("Nothing is written until you choose Import."))
        self._summary.setText("\n".join(lines))
        without_company = plan.has_cards_without_company
        self._customer.setVisible(without_company)
        self._customer_label.setVisible(without_company)
        self._duplicates.setEnabled(there > 0)
        self._import.setEnabled(new + there > 0)
        first_problem = next(
            (row for row, p in enumerate(plan.cards) if p.outcome is CardOutcome.INVALID), None
        )
        if first_problem is not None:
            self._table.scrollTo(self._model.index(first_problem, RESULT))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import contacts from vCard"))
        self._customer_label.setText(self.tr("Cards without a &company go to:"))
        line = self._customer.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Choose a customer (optional)"))
        self._duplicates_label.setText(self.tr("People already &there:"))
        self._import.setText(self.tr("&Import"))
        current = self._duplicates.currentIndex()
        for index, choice in enumerate(Duplicates):
            self._duplicates.setItemText(index, duplicates_label(choice))
        self._duplicates.setCurrentIndex(current)
        self._model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
