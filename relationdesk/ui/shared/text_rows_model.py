"""A flat table of read objects whose cells are texts computed once per reset (and again
when the language changes), with the ids and sort keys a RecordSection expects."""

from collections.abc import Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from relationdesk.domain.text import fold
from relationdesk.ui.shared.record_section import ID_ROLE, SORT_ROLE
from relationdesk.ui.shared.translated_headers import RowTableModel

R = TypeVar("R")
_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class TextRowsModel(RowTableModel, Generic[R]):
    """Subclasses set HEADER_CONTEXT, HEADERS, NUMBER_COLUMNS and write `texts`."""

    NUMBER_COLUMNS: ClassVar[frozenset[int]] = frozenset()  # right-aligned

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._shown: list[tuple[str, ...]] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._shown = [self.texts(row) for row in self._rows]
        self.endResetModel()

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[R]:
        return list(self._rows)

    # --- what subclasses say -------------------------------------------------------
    def texts(self, row: R) -> tuple[str, ...]:
        raise NotImplementedError

    def sort_key(self, row: R, column: int, text: str) -> Any:
        """Folded text by default; dates and amounts override it (their texts are local)."""
        return fold(text)

    def foreground(self, row: R, column: int) -> Any:
        return None

    def tooltip(self, row: R, column: int, text: str) -> str | None:
        return text if len(text) > 40 else None  # long texts are cut in the column

    def row_id(self, row: R) -> str | None:
        return getattr(row, "id", None)

    # --- the model -----------------------------------------------------------------
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        text = self._shown[index.row()][column]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == ID_ROLE:
            return self.row_id(row)
        if role == SORT_ROLE:
            return self.sort_key(row, column, text)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMBER_COLUMNS:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column, text)
        return None

    def retranslate(self) -> None:
        """Headers, labels, dates and numbers follow the language (and its locale)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        self._shown = [self.texts(row) for row in self._rows]
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.HEADERS) - 1)
            )
