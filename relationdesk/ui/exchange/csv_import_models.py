"""The CSV import's tables: the file's first rows (preview), the rows with problems, and
the duplicates with what to do with each (editable)."""

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from relationdesk.domain.csv_import import CsvTable
from relationdesk.domain.csv_import_plan import Choice, Duplicate, DuplicateKind, RowProblem
from relationdesk.domain.csv_mapping import Mapping, Target
from relationdesk.ui.exchange.csv_import_texts import (
    choice_label,
    field_label,
    row_fault_message,
    target_label,
)
from relationdesk.ui.shared.translated_headers import RowTableModel
from relationdesk.ui.shared.validation_messages import problem_message

_Index = QModelIndex | QPersistentModelIndex
PREVIEW_ROWS = 20
CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1  # a duplicate's Choice value
_DISPLAY = Qt.ItemDataRole.DisplayRole


class CsvPreviewModel(QAbstractTableModel):
    """The file's first rows, numbered by their line in the file; each column headed by
    its name and where it goes."""

    def __init__(self, table: CsvTable, parent: Any = None) -> None:
        super().__init__(parent)
        self._header = table.header
        self._rows = [row.cells for row in table.rows[:PREVIEW_ROWS]]
        self._lines = [row.line for row in table.rows[:PREVIEW_ROWS]]
        self._mapping: Mapping = tuple(Target.IGNORE for _ in self._header)

    def set_mapping(self, mapping: Mapping) -> None:
        self._mapping = mapping
        if self._header:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._header) - 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or role not in (_DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return None
        cells = self._rows[index.row()]
        text = cells[index.column()] if index.column() < len(cells) else ""
        if role == _DISPLAY:
            return " ".join(text.split()) if "\n" in text else text  # one line per row
        return text if len(text) > 40 else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self._lines[section]) if 0 <= section < len(self._rows) else None
        if not 0 <= section < len(self._header):
            return None
        target = self._mapping[section] if section < len(self._mapping) else Target.IGNORE
        return f"{self._header[section]}\n→ {target_label(target)}"


class CsvProblemsModel(RowTableModel):
    """One row per problem: the line in the file, the value at fault, what is wrong."""

    HEADER_CONTEXT = "CsvProblemsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("CsvProblemsModel", "Line"),
        QT_TRANSLATE_NOOP("CsvProblemsModel", "Value"),
        QT_TRANSLATE_NOOP("CsvProblemsModel", "Problem"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RowProblem] = []

    def set_problems(self, problems: list[RowProblem]) -> None:
        self.beginResetModel()
        self._rows = list(problems)
        self.endResetModel()

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or role != _DISPLAY:
            return None
        problem = self._rows[index.row()]
        if index.column() == 0:
            return str(problem.line)
        if index.column() == 1:
            return problem.value
        if problem.error is None:
            return row_fault_message(problem)
        return problem_message(problem.error, field_label(problem.error.field))


class CsvDuplicatesModel(RowTableModel):
    """One row per duplicate; the last column, what to do, is edited with a combo box."""

    HEADER_CONTEXT = "CsvDuplicatesModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("CsvDuplicatesModel", "Line"),
        QT_TRANSLATE_NOOP("CsvDuplicatesModel", "Name"),
        QT_TRANSLATE_NOOP("CsvDuplicatesModel", "Already there"),
        QT_TRANSLATE_NOOP("CsvDuplicatesModel", "Action"),
    )
    ACTION_COLUMN = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Duplicate] = []
        self._choices: dict[str, Choice] = {}

    def set_duplicates(self, duplicates: list[Duplicate], default: Choice) -> None:
        self.beginResetModel()
        self._rows = list(duplicates)
        self._choices = {duplicate.key: default for duplicate in duplicates}
        self.endResetModel()

    def set_all(self, choice: Choice) -> None:
        for key in self._choices:
            self._choices[key] = choice
        if self._rows:
            column = self.ACTION_COLUMN
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def choices(self) -> dict[str, Choice]:
        return dict(self._choices)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        duplicate, column = self._rows[index.row()], index.column()
        if role == CHOICE_ROLE and column == self.ACTION_COLUMN:
            return self._choices[duplicate.key].value
        if role not in (_DISPLAY, Qt.ItemDataRole.EditRole):
            return None
        if column == 0:
            return str(duplicate.line)
        if column == 1:
            return duplicate.name
        if column == 2:
            return _where(duplicate)
        return choice_label(self._choices[duplicate.key])

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.ACTION_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.ACTION_COLUMN:
            return False
        if role not in (CHOICE_ROLE, Qt.ItemDataRole.EditRole):
            return False
        try:
            choice = Choice(value)
        except ValueError:
            return False
        self._choices[self._rows[index.row()].key] = choice
        self.dataChanged.emit(index, index)
        return True


def _where(duplicate: Duplicate) -> str:
    customer = duplicate.kind is DuplicateKind.CUSTOMER
    if duplicate.in_database:
        if customer:
            return QCoreApplication.translate("CsvDuplicatesModel", "a customer of this name")
        return QCoreApplication.translate(
            "CsvDuplicatesModel", "a contact of this customer with this name or e-mail"
        )
    if customer:
        earlier = QCoreApplication.translate("CsvDuplicatesModel", "the same customer on line %1")
    else:
        earlier = QCoreApplication.translate("CsvDuplicatesModel", "the same person on line %1")
    return earlier.replace("%1", str(duplicate.earlier_line))
