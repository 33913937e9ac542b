"""Closed vocabularies of the domain. Stored by value; labels are translated in the UI."""

from enum import StrEnum


class BuyingRole(StrEnum):
    """The part a contact plays in the customer's buying decisions."""

    DECISION_MAKER = "decision_maker"
    INFLUENCER = "influencer"
    USER = "user"
    GATEKEEPER = "gatekeeper"
    CHAMPION = "champion"
    BUYER = "buyer"
    OTHER = "other"


class Influence(StrEnum):
    """How much weight a contact's word carries inside the customer."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class LifecycleStage(StrEnum):
    PROSPECT = "prospect"
    TESTER = "tester"
    BUYER = "buyer"
    ACCOUNT = "account"
    PATRON_FRIEND = "patron_friend"
    SPONSOR_CHAMPION = "sponsor_champion"
    FORMER = "former"

    @property
    def rank(self) -> int:
        """0..5 up the ladder; former is -1 (below every stage: the relationship ended)."""
        return -1 if self is LifecycleStage.FORMER else LADDER.index(self)


LADDER: tuple[LifecycleStage, ...] = tuple(s for s in LifecycleStage if s.value != "former")


def is_move_down(previous: LifecycleStage | None, stage: LifecycleStage) -> bool:
    return previous is not None and stage.rank < previous.rank
