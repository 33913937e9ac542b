"""The dashboard's "Needs attention" list: customers to look at now and why, filtered
by kind; Enter, a double click or the button opens the customer."""

from datetime import datetime

from PySide6.QtCore import QEvent, QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from relationdesk.services.portfolio import AttentionItem, AttentionKind
from relationdesk.ui.dashboard.attention_model import (
    CUSTOMER_COLUMN,
    KIND_ORDER,
    SINCE_COLUMN,
    AttentionProxy,
    AttentionTableModel,
    kind_label,
)
from relationdesk.ui.shared.qt_helpers import describe, named


class AttentionPanel(QWidget):
    sig_open_customer = Signal(str)  # customer id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attentionPanel")
        self.title = named(QLabel(), "attentionTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.filter_combo = named(QComboBox(), "attentionFilterCombo")
        self.filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_combo.addItem("", "")  # all kinds
        for kind in KIND_ORDER:
            self.filter_combo.addItem("", kind.value)
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)

        self.model = AttentionTableModel(self)
        self.proxy = AttentionProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._build_table()
        self.open_button = named(QPushButton(), "attentionOpenButton")
        self.open_button.clicked.connect(self.open_selected)
        self.empty_label = named(QLabel(), "attentionEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch()
        top.addWidget(self.filter_combo)
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(bottom)
        self.retranslate_ui()
        self._update_state()

    def _build_table(self) -> QTableView:
        table = named(QTableView(), "attentionTable")
        table.setTabKeyNavigation(False)  # Tab moves on, out of the table
        table.setModel(self.proxy)
        header = table.horizontalHeader()
        header.setResizeContentsPrecision(50)  # thousands of rows: size by the first ones
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # No sort until a header is clicked: the model comes in the useful order already.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        table.activated.connect(self._open_index)  # Enter or double-click
        table.selectionModel().selectionChanged.connect(self._update_state)
        return table

    def set_items(self, items: list[AttentionItem], now: datetime) -> None:
        """Show these items; the chosen filter, sorting and selected customer stay."""
        keep = self.selected_customer_id()
        self.model.set_items(items, now)
        self._fit_columns()
        self._fill_filter()
        if keep is not None:
            self.select_customer(keep)
        self._update_state()

    def selected_customer_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.model.item(self.proxy.mapToSource(rows[0]).row())
        return item.customer_id if item is not None else None

    def select_customer(self, customer_id: str) -> bool:
        """Select the customer's first row that the filter shows."""
        for row in self.model.rows_of(customer_id):
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.selectRow(index.row())
                self.table.scrollTo(index)
                return True
        return False

    def set_kind(self, kind: AttentionKind | None) -> None:
        value = kind.value if kind is not None else ""
        self.filter_combo.setCurrentIndex(max(0, self.filter_combo.findData(value)))

    def open_selected(self) -> None:
        customer_id = self.selected_customer_id()
        if customer_id is not None:
            self.sig_open_customer.emit(customer_id)

    def _open_index(self, index: QModelIndex) -> None:
        item = self.model.item(self.proxy.mapToSource(index).row())
        if item is not None:
            self.sig_open_customer.emit(item.customer_id)

    def _filter_changed(self) -> None:
        value = self.filter_combo.currentData()
        self.proxy.set_kind(AttentionKind(value) if value else None)
        self._update_state()

    def _fill_filter(self) -> None:
        """Each choice says how many it shows."""
        self.filter_combo.setItemText(
            0, self.tr("All (%1)").replace("%1", _count(self.model.count()))
        )
        for index, kind in enumerate(KIND_ORDER, start=1):
            count = _count(self.model.count(kind))
            text = self.tr("%1 (%2)").replace("%2", count).replace("%1", kind_label(kind))
            self.filter_combo.setItemText(index, text)

    def _fit_columns(self) -> None:
        for column in (CUSTOMER_COLUMN, SINCE_COLUMN):
            self.table.resizeColumnToContents(column)
        width = self.table.columnWidth(CUSTOMER_COLUMN)
        self.table.setColumnWidth(CUSTOMER_COLUMN, min(width, 170))

    def _update_state(self) -> None:
        has_rows = self.proxy.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        self.open_button.setEnabled(self.selected_customer_id() is not None)

    def retranslate_ui(self) -> None:
        describe(
            self.table, self.tr("Needs attention"), self.tr("Customers to look at now, and why")
        )
        self.title.setText(self.tr("Needs attention"))
        self.filter_combo.setToolTip(self.tr("Show only one kind of attention"))
        self.filter_combo.setAccessibleName(self.tr("Show"))
        self.open_button.setText(self.tr("Open customer"))
        self.empty_label.setText(self.tr("Nothing needs your attention here."))
        self.table.setToolTip(self.tr("Press Enter or double-click to open the customer"))
        self.model.retranslate()
        self._fill_filter()
        if self.model.rowCount():
            self._fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _count(value: int) -> str:
    return QLocale().toString(value)
