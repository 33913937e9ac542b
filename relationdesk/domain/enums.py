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
