"""Column headers from a table of QT_TRANSLATE_NOOP texts, and the flat table model that
most lists are, shared by every item model."""

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

_Index = QModelIndex | QPersistentModelIndex


class TranslatedHeaders:
    """Mix in before QAbstractItemModel; set HEADER_CONTEXT and HEADERS on the class."""

    HEADER_CONTEXT: ClassVar[str]
    HEADERS: ClassVar[tuple[object, ...]]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate(self.HEADER_CONTEXT, str(self.HEADERS[section]))
        return None


class RowTableModel(TranslatedHeaders, QAbstractTableModel):
    """A flat table: one row per item of `self._rows`, one column per header."""

    _rows: Sequence[Any]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)
