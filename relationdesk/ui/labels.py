"""Translated names of the domain's closed vocabularies."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from relationdesk.domain.enums import BuyingRole, Influence

_BUYING_ROLES = {
    BuyingRole.DECISION_MAKER: QT_TRANSLATE_NOOP("Labels", "Decision maker"),
    BuyingRole.INFLUENCER: QT_TRANSLATE_NOOP("Labels", "Influencer"),
    BuyingRole.USER: QT_TRANSLATE_NOOP("Labels", "User"),
    BuyingRole.GATEKEEPER: QT_TRANSLATE_NOOP("Labels", "Gatekeeper"),
    BuyingRole.CHAMPION: QT_TRANSLATE_NOOP("Labels", "Champion"),
    BuyingRole.BUYER: QT_TRANSLATE_NOOP("Labels", "Buyer (purchasing)"),
    BuyingRole.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

_INFLUENCE = {
    Influence.LOW: QT_TRANSLATE_NOOP("Labels", "Low"),
    Influence.MEDIUM: QT_TRANSLATE_NOOP("Labels", "Medium"),
    Influence.HIGH: QT_TRANSLATE_NOOP("Labels", "High"),
}


def buying_role_label(role: BuyingRole) -> str:
    return QCoreApplication.translate("Labels", str(_BUYING_ROLES[role]))


def influence_label(level: Influence) -> str:
    return QCoreApplication.translate("Labels", str(_INFLUENCE[level]))
