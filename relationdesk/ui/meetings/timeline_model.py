"""One customer's meetings as a tree: each meeting, and under it what was disclosed.

Sensitive disclosure texts stay masked until the user asks to see one, so a screen seen
over the shoulder (or shared in a call) does not show a divorce or an illness by accident.
"""

from typing import Any, overload

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from relationdesk.domain.meetings import Side
from relationdesk.l10n.formatting import short_datetime
from relationdesk.l10n.labels import (
    depth_label,
    domain_label,
    meeting_kind_label,
    side_label,
    topic_label,
)
from relationdesk.services.meeting_directory import DisclosureEntry, MeetingEntry
from relationdesk.ui.shared.translated_headers import TranslatedHeaders

HEADERS = (
    QT_TRANSLATE_NOOP("TimelineModel", "When / what"),
    QT_TRANSLATE_NOOP("TimelineModel", "Depth"),
    QT_TRANSLATE_NOOP("TimelineModel", "Details"),
)
ID_ROLE = Qt.ItemDataRole.UserRole  # the meeting's or the disclosure's id
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "meeting" or "disclosure"
SIDE_ROLE = Qt.ItemDataRole.UserRole + 2  # Side value (disclosures only)
DOMAIN_ROLE = Qt.ItemDataRole.UserRole + 3  # DisclosureDomain value (disclosures only)
DEPTH_ROLE = Qt.ItemDataRole.UserRole + 4  # Depth value (disclosures only)
SENSITIVE_ROLE = Qt.ItemDataRole.UserRole + 5  # bool; always False on a meeting row
MASKED_ROLE = Qt.ItemDataRole.UserRole + 6  # bool: the text is hidden until revealed
MEETING = "meeting"
DISCLOSURE = "disclosure"
_SEPARATOR = " · "
_TOP = 0  # internalId of a meeting row; a disclosure's is its meeting's row + 1
_Index = QModelIndex | QPersistentModelIndex


def _one_line(text: str) -> str:
    """Rows have a uniform height: multi-line text is joined into one line."""
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


class TimelineModel(TranslatedHeaders, QAbstractItemModel):
    HEADER_CONTEXT = "TimelineModel"
    HEADERS = HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._meetings: list[MeetingEntry] = []
        self._revealed: set[str] = set()

    # --- content -----------------------------------------------------------------
    def set_meetings(self, entries: list[MeetingEntry]) -> None:
        """Show these meetings (newest first, as given); every sensitive text masked again."""
        self.beginResetModel()
        self._meetings = list(entries)
        self._revealed.clear()
        self.endResetModel()

    def meeting_count(self) -> int:
        return len(self._meetings)

    def is_masked(self, disclosure: DisclosureEntry) -> bool:
        """Masked: sensitive, with text to hide, and not revealed. Empty texts hide nothing."""
        return (
            disclosure.sensitive and bool(disclosure.text) and disclosure.id not in self._revealed
        )

    def reveal(self, disclosure_id: str) -> None:
        """Show one sensitive text, on the user's explicit request."""
        index = self._disclosure_index(disclosure_id)
        if index is not None and disclosure_id not in self._revealed:
            self._revealed.add(disclosure_id)
            self._row_changed(index)

    def hide_all(self) -> None:
        """Mask every sensitive text again (e.g. when the customer changes)."""
        revealed, self._revealed = self._revealed, set()
        for disclosure_id in revealed:
            index = self._disclosure_index(disclosure_id)
            if index is not None:
                self._row_changed(index)

    def _disclosure_index(self, disclosure_id: str) -> QModelIndex | None:
        for meeting_row, meeting in enumerate(self._meetings):
            for row, disclosure in enumerate(meeting.disclosures):
                if disclosure.id == disclosure_id:
                    return self.createIndex(row, 0, meeting_row + 1)
        return None

    def _row_changed(self, index: QModelIndex) -> None:
        last = index.siblingAtColumn(len(HEADERS) - 1)
        self.dataChanged.emit(index, last)

    # --- structure -----------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Bounds checked here rather than with hasIndex(): Qt calls this tens of thousands
        # of times when a long timeline is laid out, and each hasIndex() is a round trip.
        if row < 0 or not 0 <= column < len(HEADERS):
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._meetings):
                return QModelIndex()
            return self.createIndex(row, column, _TOP)
        meeting = parent.row()
        if (
            parent.internalId() != _TOP
            or parent.column() != 0
            or not 0 <= meeting < len(self._meetings)
            or row >= len(self._meetings[meeting].disclosures)
        ):
            return QModelIndex()
        return self.createIndex(row, column, meeting + 1)

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, child: _Index) -> QModelIndex: ...
    def parent(self, child: _Index | None = None) -> QObject | QModelIndex | None:
        if child is None:
            return super().parent()
        if not child.isValid() or child.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._meetings)
        if parent.column() != 0 or parent.internalId() != _TOP:
            return 0
        return len(self._meetings[parent.row()].disclosures)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != _TOP:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    # --- data ------------------------------------------------------------------------
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            return self._meeting_data(self._meetings[index.row()], index.column(), role)
        meeting = self._meetings[index.internalId() - 1]
        return self._disclosure_data(meeting.disclosures[index.row()], index.column(), role)

    def _meeting_data(self, meeting: MeetingEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                parts = (short_datetime(meeting.started_at), meeting_kind_label(meeting.kind))
                return _SEPARATOR.join(
                    [*parts, _one_line(meeting.place)] if meeting.place else parts
                )
            if column == 2:
                details = [_first_line(meeting.summary)] if meeting.summary else []
                if meeting.next_steps:
                    details.append(
                        QCoreApplication.translate("TimelineModel", "Next steps: %1").replace(
                            "%1", _one_line(meeting.next_steps)
                        )
                    )
                return _SEPARATOR.join(details)
            return ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._meeting_tooltip(meeting)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return {
            ID_ROLE: meeting.id,
            KIND_ROLE: MEETING,
            SENSITIVE_ROLE: False,
            MASKED_ROLE: False,
        }.get(role)

    def _meeting_tooltip(self, meeting: MeetingEntry) -> str:
        """The whole meeting at a glance: what the one-line row had to cut."""
        lines = [meeting.summary] if meeting.summary else []
        if meeting.attendees:
            names = ", ".join(name for _contact_id, name in meeting.attendees)
            lines.append(
                QCoreApplication.translate("TimelineModel", "Attendees: %1").replace("%1", names)
            )
        if meeting.next_steps:
            lines.append(
                QCoreApplication.translate("TimelineModel", "Next steps: %1").replace(
                    "%1", meeting.next_steps
                )
            )
        return "\n\n".join(lines)

    def _disclosure_data(self, disclosure: DisclosureEntry, column: int, role: int) -> Any:
        masked = self.is_masked(disclosure)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                parts = [side_label(disclosure.side)]
                if disclosure.side is Side.CUSTOMER and disclosure.contact_name:
                    parts.append(disclosure.contact_name)
                parts += [domain_label(disclosure.domain), topic_label(disclosure.topic)]
                return _SEPARATOR.join(parts)
            if column == 1:
                return depth_label(disclosure.depth)
            if masked:
                return QCoreApplication.translate("TimelineModel", "Sensitive: click to show")
            if role == Qt.ItemDataRole.ToolTipRole:
                return disclosure.text
            return _one_line(disclosure.text)
        if role == Qt.ItemDataRole.FontRole and column == 2 and masked:
            font = QFont()
            font.setItalic(True)
            return font
        return {
            ID_ROLE: disclosure.id,
            KIND_ROLE: DISCLOSURE,
            SIDE_ROLE: disclosure.side.value,
            DOMAIN_ROLE: disclosure.domain.value,
            DEPTH_ROLE: disclosure.depth.value,
            SENSITIVE_ROLE: disclosure.sensitive,
            MASKED_ROLE: masked,
        }.get(role)

    def retranslate(self) -> None:
        """Labels, headers and dates follow the new language without a reload."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if not self._meetings:
            return
        last = len(HEADERS) - 1
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._meetings) - 1, last))
        for row, meeting in enumerate(self._meetings):
            if meeting.disclosures:
                parent = self.index(row, 0)
                bottom = self.index(len(meeting.disclosures) - 1, last, parent)
                self.dataChanged.emit(self.index(0, 0, parent), bottom)
