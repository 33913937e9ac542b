"""The five principle scores of one customer, a row each."""

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from relationdesk.domain.principles import PrincipleScore, Scorecard, rated_only_thinly
from relationdesk.l10n.labels import principle_label, rate_again_text
from relationdesk.palette import CAUTION
from relationdesk.ui.shared.translated_headers import RowTableModel

HEADERS = (
    QT_TRANSLATE_NOOP("ScoreTableModel", "Principle"),
    QT_TRANSLATE_NOOP("ScoreTableModel", "Score"),
    QT_TRANSLATE_NOOP("ScoreTableModel", "Evidence"),
)
LEVELS = {
    "none": QT_TRANSLATE_NOOP("ScoreTableModel", "not enough yet"),
    "low": QT_TRANSLATE_NOOP("ScoreTableModel", "little"),
    "medium": QT_TRANSLATE_NOOP("ScoreTableModel", "some"),
    "high": QT_TRANSLATE_NOOP("ScoreTableModel", "plenty"),
}
WEAK_BELOW = 50.0
_Index = QModelIndex | QPersistentModelIndex


class ScoreTableModel(RowTableModel):
    HEADER_CONTEXT = "ScoreTableModel"
    HEADERS = HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[PrincipleScore, ...] = ()

    def set_scorecard(self, card: Scorecard | None) -> None:
        self.beginResetModel()
        self._rows = card.scores if card else ()
        self.endResetModel()

    def score(self, row: int) -> PrincipleScore | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.score(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return principle_label(item.principle)
            if column == 1:
                return "—" if item.score is None else QLocale().toString(round(item.score))
            return QCoreApplication.translate("ScoreTableModel", str(LEVELS[item.level]))
        if role == Qt.ItemDataRole.ToolTipRole and column == 2 and rated_only_thinly(item):
            return rate_again_text()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == 1
            and item.score is not None
            and item.score < WEAK_BELOW
        ):
            return QBrush(QColor(CAUTION))
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 2))
