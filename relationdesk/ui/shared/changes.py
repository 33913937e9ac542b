"""One change signal. Whatever writes announces what it changed; every open view subscribes
and decides for itself whether to refresh. Flows never call another view's refresh.

The team sync announces what a pull brought the same way, so a colleague's meeting shows
up in an open timeline without the flows knowing about it (docs/architecture.md,
"The change signal")."""

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, Signal


class Topic(StrEnum):
    """What kind of data changed; a view listens to the topics it shows."""

    CUSTOMERS = "customers"  # a customer created, edited, merged, erased; owner, tags
    CONTACTS = "contacts"
    MEETINGS = "meetings"  # meetings, attendees, disclosures, drafts
    FOLLOW_UPS = "follow_ups"
    EVIDENCE = "evidence"  # evidence, commitments, give-and-take ledger; scores follow
    LIFECYCLE = "lifecycle"  # stage moves, recommendations, referrals
    ECONOMICS = "economics"
    SETTINGS = "settings"  # preferences that change what views show (weights, currency…)
    DATABASE = "database"  # another database file (restore, demo data): everything


@dataclass(frozen=True)
class Change:
    """One announcement. `customer_ids` None means any customer may be concerned."""

    topics: frozenset[Topic]
    customer_ids: frozenset[str] | None = None

    def touches(self, *topics: Topic) -> bool:
        """True when the change is about one of `topics` (a new database is about all)."""
        return Topic.DATABASE in self.topics or not self.topics.isdisjoint(topics)

    def concerns(self, customer_id: str | None) -> bool:
        """True when the change may concern `customer_id` (None: a view of no customer)."""
        if Topic.DATABASE in self.topics or self.customer_ids is None:
            return True
        return customer_id is not None and customer_id in self.customer_ids


class Changes(QObject):
    """The window owns one; writers call announce(), views connect to `changed`."""

    changed = Signal(object)  # a Change; emitted on the GUI thread

    def announce(self, *topics: Topic, customer_ids: Iterable[str] | None = None) -> None:
        ids = None if customer_ids is None else frozenset(customer_ids)
        self.changed.emit(Change(frozenset(topics), ids))
