"""Narrowing a timeline to one kind of disclosure: "what have they told us about business?"

A meeting stays visible while at least one of its disclosures matches, and then shows only
the matching ones. Qt's recursive filtering does this: with a filter set, a meeting row is
never accepted for itself, only because a child is.
"""

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from relationdesk.domain.meetings import Depth, DisclosureDomain, Side
from relationdesk.ui.meetings.timeline_model import DEPTH_ROLE, DOMAIN_ROLE, SIDE_ROLE


class TimelineFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._domain: DisclosureDomain | None = None
        self._side: Side | None = None
        self._depth: Depth | None = None

    def set_domain(self, domain: DisclosureDomain | None) -> None:
        self.beginFilterChange()
        self._domain = domain
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_side(self, side: Side | None) -> None:
        self.beginFilterChange()
        self._side = side
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_depth(self, depth: Depth | None) -> None:
        """Exactly this depth, not "at least": the filter answers "what was core?"."""
        self.beginFilterChange()
        self._depth = depth
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def is_filtering(self) -> bool:
        return any(value is not None for value in (self._domain, self._side, self._depth))

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not source_parent.isValid():  # a meeting: shown for itself only when unfiltered
            return not self.is_filtering()
        source = self.sourceModel()
        index = source.index(source_row, 0, source_parent)
        wanted = (
            (SIDE_ROLE, self._side),
            (DOMAIN_ROLE, self._domain),
            (DEPTH_ROLE, self._depth),
        )
        return all(
            value is None or source.data(index, role) == value.value for role, value in wanted
        )
