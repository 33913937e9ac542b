"""Column headers from a table of QT_TRANSLATE_NOOP texts, shared by every item model."""

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt


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
