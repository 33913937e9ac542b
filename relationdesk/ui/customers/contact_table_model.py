"""The contacts of one customer: a small list, sorted and filtered by a proxy."""

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from relationdesk.l10n.labels import buying_role_label, influence_label
from relationdesk.services.customer_directory import ContactRow
from relationdesk.ui.shared.translated_headers import RowTableModel

HEADERS = (
    QT_TRANSLATE_NOOP("ContactTableModel", "Name"),
    QT_TRANSLATE_NOOP("ContactTableModel", "Job title"),
    QT_TRANSLATE_NOOP("ContactTableModel", "Buying role"),
    QT_TRANSLATE_NOOP("ContactTableModel", "Influence"),
    QT_TRANSLATE_NOOP("ContactTableModel", "E-mail"),
    QT_TRANSLATE_NOOP("ContactTableModel", "Phone"),
)
ID_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex


class ContactTableModel(RowTableModel):
    HEADER_CONTEXT = "ContactTableModel"
    HEADERS = HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ContactRow] = []

    def set_contacts(self, contacts: list[ContactRow]) -> None:
        self.beginResetModel()
        self._rows = list(contacts)
        self.endResetModel()

    def contact_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        contact = self._rows[index.row()]
        if role == ID_ROLE:
            return contact.id
        if role == Qt.ItemDataRole.ToolTipRole and contact.notes:
            return contact.notes
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            contact.full_name,
            contact.job_title,
            buying_role_label(contact.buying_role),
            influence_label(contact.influence),
            contact.email,
            contact.phone or contact.mobile,
        )
        return values[index.column()]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(HEADERS) - 1)
            )
