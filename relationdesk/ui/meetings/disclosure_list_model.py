"""The disclosures being entered in the "Log meeting" dialog."""

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from relationdesk.domain.meetings import DisclosureFields, Side
from relationdesk.l10n.labels import depth_label, domain_label, side_label, topic_label
from relationdesk.ui.shared.translated_headers import RowTableModel

HEADERS = (
    QT_TRANSLATE_NOOP("DisclosureListModel", "Who"),
    QT_TRANSLATE_NOOP("DisclosureListModel", "Domain"),
    QT_TRANSLATE_NOOP("DisclosureListModel", "Topic"),
    QT_TRANSLATE_NOOP("DisclosureListModel", "Depth"),
    QT_TRANSLATE_NOOP("DisclosureListModel", "Sensitive"),
    QT_TRANSLATE_NOOP("DisclosureListModel", "What was said"),
)
SENSITIVE_COLUMN, TEXT_COLUMN = 4, 5
_Index = QModelIndex | QPersistentModelIndex


class DisclosureListModel(RowTableModel):
    HEADER_CONTEXT = "DisclosureListModel"
    HEADERS = HEADERS

    def __init__(self, contact_names: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DisclosureFields] = []
        self.contact_names = contact_names  # id -> name, to show who spoke

    @property
    def items(self) -> list[DisclosureFields]:
        return list(self._rows)

    def set_items(self, items: list[DisclosureFields]) -> None:
        self.beginResetModel()
        self._rows = list(items)
        self.endResetModel()

    def append(self, item: DisclosureFields) -> None:
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(item)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.text or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 0:
            who = side_label(item.side)
            name = self.contact_names.get(item.contact_id or "", "")
            return f"{who}: {name}" if item.side is Side.CUSTOMER and name else who
        if index.column() == 1:
            return domain_label(item.domain)
        if index.column() == 2:
            return topic_label(item.topic)
        if index.column() == 3:
            return depth_label(item.depth)
        if index.column() == SENSITIVE_COLUMN:  # its own column: an emoji may not render
            yes = QCoreApplication.translate("DisclosureListModel", "yes")
            return yes if item.sensitive else ""
        return item.text
