"""A titled list of records for one customer: a title with a one-line hint and Add / Edit /
Delete buttons over a sorted table. Enter or double-click edits, Delete deletes."""

from PySide6.QtCore import QAbstractTableModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from relationdesk.ui.shared.qt_helpers import named

# Every model shown in a section keeps the row's id and its sort key in these roles.
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_COLUMN_WIDTH = 260


class RecordSection(QWidget):
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
        self.table.setTabKeyNavigation(False)  # Tab moves on, out of the table
        self.table.setModel(self.proxy)
        self.title.setBuddy(self.table)  # the title names the table for a screen reader
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
