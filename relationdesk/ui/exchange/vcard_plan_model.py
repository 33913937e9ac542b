"""The vCard import's report as a table: one row per card, with where it goes and what
happens to it (new, already there as whom, or left out and why)."""

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from relationdesk.palette import BAD
from relationdesk.services.exchange.vcard_exchange import CardOutcome, ImportPlan, PlannedCard
from relationdesk.ui.exchange.vcard_texts import card_problem
from relationdesk.ui.shared.translated_headers import RowTableModel

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
CARD, LINE, NAME, CUSTOMER, RESULT = range(5)
OUTCOME_ROLE = Qt.ItemDataRole.UserRole + 1  # the CardOutcome value


class VCardPlanModel(RowTableModel):
    HEADER_CONTEXT = "VCardPlanModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("VCardPlanModel", "Card"),
        QT_TRANSLATE_NOOP("VCardPlanModel", "Line"),
        QT_TRANSLATE_NOOP("VCardPlanModel", "Name"),
        QT_TRANSLATE_NOOP("VCardPlanModel", "Customer"),
        QT_TRANSLATE_NOOP("VCardPlanModel", "What happens"),
    )

    def __init__(self, plan: ImportPlan, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PlannedCard] = list(plan.cards)

    def set_plan(self, plan: ImportPlan) -> None:
        self.beginResetModel()
        self._rows = list(plan.cards)
        self.endResetModel()

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        planned = self._rows[index.row()]
        column = index.column()
        if role == OUTCOME_ROLE:
            return planned.outcome.value
        if role == Qt.ItemDataRole.ForegroundRole and column == RESULT:
            if planned.outcome is CardOutcome.INVALID:
                return QBrush(QColor(BAD))
            if planned.outcome is CardOutcome.DUPLICATE:
                palette = QApplication.palette()
                return palette.brush(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (CARD, LINE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == RESULT:
            return self._result(planned)
        if role != _DISPLAY:
            return None
        if column == CARD:
            return planned.card.number
        if column == LINE:
            return planned.card.line
        if column == NAME:
            return planned.card.fields.full_name
        if column == CUSTOMER:
            return self._customer(planned)
        return self._result(planned)

    @staticmethod
    def _customer(planned: PlannedCard) -> str:
        if planned.new_customer:
            return QCoreApplication.translate("VCardPlanModel", "%1 (new)").replace(
                "%1", planned.customer_name
            )
        return planned.customer_name

    @staticmethod
    def _result(planned: PlannedCard) -> str:
        if planned.outcome is CardOutcome.INVALID:
            return " ".join(card_problem(error) for error in planned.errors)
        if planned.outcome is CardOutcome.DUPLICATE:
            return QCoreApplication.translate("VCardPlanModel", "Already there: %1").replace(
                "%1", planned.duplicate_of
            )
        return QCoreApplication.translate("VCardPlanModel", "New contact")
