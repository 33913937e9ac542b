"""One customer's lifecycle moves, recommendation answers and referrals, as tables."""

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtGui import QColor

from relationdesk.domain.nps import NpsGroup, nps_group
from relationdesk.l10n.formatting import qdate
from relationdesk.l10n.lifecycle_labels import lifecycle_stage_label, nps_group_label
from relationdesk.palette import BAD, CAUTION, GOOD
from relationdesk.services.lifecycle import LifecycleChangeRow
from relationdesk.services.recommendations import RecommendationRow, ReferralRow
from relationdesk.ui.shared.text_rows_model import TextRowsModel

DOWN_COLOR = QColor(CAUTION)
GROUP_COLORS = {
    NpsGroup.PROMOTER: QColor(GOOD),
    NpsGroup.PASSIVE: None,
    NpsGroup.DETRACTOR: QColor(BAD),
}


def day_text(day: Any) -> str:
    return QLocale().toString(qdate(day), QLocale.FormatType.ShortFormat)


class LifecycleHistoryModel(TextRowsModel[LifecycleChangeRow]):
    HEADER_CONTEXT = "LifecycleHistoryModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("LifecycleHistoryModel", "Date"),
        QT_TRANSLATE_NOOP("LifecycleHistoryModel", "From"),
        QT_TRANSLATE_NOOP("LifecycleHistoryModel", "To"),
        QT_TRANSLATE_NOOP("LifecycleHistoryModel", "Reason"),
    )
    DATE_COLUMN = 0

    def texts(self, row: LifecycleChangeRow) -> tuple[str, ...]:
        before = lifecycle_stage_label(row.previous_stage) if row.previous_stage else "—"
        return (day_text(row.changed_on), before, lifecycle_stage_label(row.stage), row.reason)

    def sort_key(self, row: LifecycleChangeRow, column: int, text: str) -> Any:
        if column == self.DATE_COLUMN:
            return row.changed_on.isoformat()
        if column == 1:
            return row.previous_stage.rank if row.previous_stage else -2
        if column == 2:
            return row.stage.rank
        return super().sort_key(row, column, text)

    def foreground(self, row: LifecycleChangeRow, column: int) -> Any:
        return DOWN_COLOR if row.moved_down and column == 2 else None

    def tooltip(self, row: LifecycleChangeRow, column: int, text: str) -> str | None:
        if row.moved_down:
            return QCoreApplication.translate("LifecycleHistoryModel", "A move down the ladder.")
        return super().tooltip(row, column, text)


class RecommendationModel(TextRowsModel[RecommendationRow]):
    HEADER_CONTEXT = "RecommendationModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("RecommendationModel", "Date"),
        QT_TRANSLATE_NOOP("RecommendationModel", "Contact"),
        QT_TRANSLATE_NOOP("RecommendationModel", "Score"),
        QT_TRANSLATE_NOOP("RecommendationModel", "Group"),
        QT_TRANSLATE_NOOP("RecommendationModel", "Note"),
    )
    DATE_COLUMN, SCORE_COLUMN = 0, 2
    NUMBER_COLUMNS = frozenset({SCORE_COLUMN})

    def texts(self, row: RecommendationRow) -> tuple[str, ...]:
        return (
            day_text(row.answered_on),
            row.contact_name,
            QLocale().toString(row.score),
            nps_group_label(nps_group(row.score)),
            row.note,
        )

    def sort_key(self, row: RecommendationRow, column: int, text: str) -> Any:
        if column == self.DATE_COLUMN:
            return row.answered_on.isoformat()
        if column in (self.SCORE_COLUMN, 3):
            return row.score
        return super().sort_key(row, column, text)

    def foreground(self, row: RecommendationRow, column: int) -> Any:
        return GROUP_COLORS[nps_group(row.score)] if column in (2, 3) else None


class ReferralModel(TextRowsModel[tuple[bool, ReferralRow]]):
    """Referrals given (we were recommended to another customer) and received."""

    HEADER_CONTEXT = "ReferralModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ReferralModel", "Date"),
        QT_TRANSLATE_NOOP("ReferralModel", "Direction"),
        QT_TRANSLATE_NOOP("ReferralModel", "Customer"),
        QT_TRANSLATE_NOOP("ReferralModel", "Recommended by"),
        QT_TRANSLATE_NOOP("ReferralModel", "Note"),
    )

    def texts(self, row: tuple[bool, ReferralRow]) -> tuple[str, ...]:
        given, referral = row
        direction = (
            QCoreApplication.translate("ReferralModel", "Recommended us to")
            if given
            else QCoreApplication.translate("ReferralModel", "Came to us through")
        )
        return (
            day_text(referral.referred_on),
            direction,
            referral.other_customer_name,
            referral.contact_name,
            referral.note,
        )

    def sort_key(self, row: tuple[bool, ReferralRow], column: int, text: str) -> Any:
        if column == 0:
            return row[1].referred_on.isoformat()
        return super().sort_key(row, column, text)

    def row_id(self, row: tuple[bool, ReferralRow]) -> str | None:
        return row[1].id

    def referral(self, row: int) -> ReferralRow | None:
        found = self.row_at(row)
        return found[1] if found else None
