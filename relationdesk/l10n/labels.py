"""Translated names of the domain's closed vocabularies."""

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from relationdesk.domain.enums import BuyingRole, Influence
from relationdesk.domain.evidence import CommitmentOutcome, LedgerKind, Principle
from relationdesk.domain.meetings import Depth, DisclosureDomain, MeetingKind, Side
from relationdesk.domain.principles import SideRecord
from relationdesk.domain.relationship_stage import RelationshipStage
from relationdesk.domain.stay_in_touch import TouchStatus
from relationdesk.palette import BAD, GOOD, NEW, WARNING

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
    return _tr(_BUYING_ROLES, role)


def influence_label(level: Influence) -> str:
    return _tr(_INFLUENCE, level)


_MEETING_KINDS = {
    MeetingKind.VISIT: QT_TRANSLATE_NOOP("Labels", "Visit"),
    MeetingKind.CALL: QT_TRANSLATE_NOOP("Labels", "Call"),
    MeetingKind.VIDEO_CALL: QT_TRANSLATE_NOOP("Labels", "Video call"),
    MeetingKind.MEAL: QT_TRANSLATE_NOOP("Labels", "Meal"),
    MeetingKind.EVENT: QT_TRANSLATE_NOOP("Labels", "Event"),
    MeetingKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other meeting"),
}

_SIDES = {
    Side.CUSTOMER: QT_TRANSLATE_NOOP("Labels", "Customer side"),
    Side.US: QT_TRANSLATE_NOOP("Labels", "Our side"),
}

_DOMAINS = {
    DisclosureDomain.PERSONAL: QT_TRANSLATE_NOOP("Labels", "Personal life"),
    DisclosureDomain.BUSINESS: QT_TRANSLATE_NOOP("Labels", "Business"),
}

_DEPTHS = {
    Depth.PERIPHERAL: QT_TRANSLATE_NOOP("Labels", "Peripheral"),
    Depth.INTERMEDIATE: QT_TRANSLATE_NOOP("Labels", "Intermediate"),
    Depth.CORE: QT_TRANSLATE_NOOP("Labels", "Core"),
}

_DEPTH_HINTS = {
    Depth.PERIPHERAL: QT_TRANSLATE_NOOP(
        "Labels", "Surface facts anyone may know: hobbies, holidays, the company's products."
    ),
    Depth.INTERMEDIATE: QT_TRANSLATE_NOOP(
        "Labels", "Opinions and plans shared in trust: family news, the company's problems."
    ),
    Depth.CORE: QT_TRANSLATE_NOOP(
        "Labels",
        "The innermost layer: values, divorce, illness, bankruptcy, future business plans.",
    ),
}

_TOPICS = {
    "family": QT_TRANSLATE_NOOP("Labels", "Family"),
    "hobbies": QT_TRANSLATE_NOOP("Labels", "Hobbies"),
    "health": QT_TRANSLATE_NOOP("Labels", "Health"),
    "values": QT_TRANSLATE_NOOP("Labels", "Values"),
    "life_events": QT_TRANSLATE_NOOP("Labels", "Life events"),
    "career": QT_TRANSLATE_NOOP("Labels", "Career"),
    "travel": QT_TRANSLATE_NOOP("Labels", "Travel"),
    "education": QT_TRANSLATE_NOOP("Labels", "Education"),
    "home": QT_TRANSLATE_NOOP("Labels", "Home"),
    "strategy": QT_TRANSLATE_NOOP("Labels", "Company strategy"),
    "finances": QT_TRANSLATE_NOOP("Labels", "Finances"),
    "problems": QT_TRANSLATE_NOOP("Labels", "Problems"),
    "future_plans": QT_TRANSLATE_NOOP("Labels", "Future plans"),
    "organisation": QT_TRANSLATE_NOOP("Labels", "Organisation"),
    "competitors": QT_TRANSLATE_NOOP("Labels", "Competitors"),
    "suppliers": QT_TRANSLATE_NOOP("Labels", "Suppliers"),
    "products": QT_TRANSLATE_NOOP("Labels", "Products and needs"),
    "people": QT_TRANSLATE_NOOP("Labels", "People"),
}

_STAGES = {
    RelationshipStage.BUSINESS_PARTNER: QT_TRANSLATE_NOOP("Labels", "Business partner"),
    RelationshipStage.COLLABORATIVE_PARTNER: QT_TRANSLATE_NOOP("Labels", "Collaborative partner"),
    RelationshipStage.COLLABORATIVE_PERSONAL_PARTNER: QT_TRANSLATE_NOOP(
        "Labels", "Collaborative & personal partner"
    ),
}

_TOUCH = {
    TouchStatus.GREEN: QT_TRANSLATE_NOOP("Labels", "In touch"),
    TouchStatus.YELLOW: QT_TRANSLATE_NOOP("Labels", "Due for contact"),
    TouchStatus.RED: QT_TRANSLATE_NOOP("Labels", "Out of touch"),
    TouchStatus.NEW: QT_TRANSLATE_NOOP("Labels", "No meetings yet"),
}

# Colours of the stay-in-touch dot (readable on light and dark palettes).
TOUCH_COLOURS = {
    TouchStatus.GREEN: GOOD,
    TouchStatus.YELLOW: WARNING,
    TouchStatus.RED: BAD,
    TouchStatus.NEW: NEW,
}


def _tr(table: Mapping[Any, object], key: object) -> str:
    return QCoreApplication.translate("Labels", str(table[key]))


def meeting_kind_label(kind: MeetingKind) -> str:
    return _tr(_MEETING_KINDS, kind)


def side_label(side: Side) -> str:
    return _tr(_SIDES, side)


def domain_label(domain: DisclosureDomain) -> str:
    return _tr(_DOMAINS, domain)


def depth_label(depth: Depth) -> str:
    return _tr(_DEPTHS, depth)


def depth_hint(depth: Depth) -> str:
    """One line explaining the layer, with examples (docs/domain.md §2)."""
    return _tr(_DEPTH_HINTS, depth)


def topic_label(topic: str) -> str:
    """A predefined topic's name; free-text topics are shown as typed."""
    return _tr(_TOPICS, topic) if topic in _TOPICS else topic


def stage_label(stage: RelationshipStage) -> str:
    return _tr(_STAGES, stage)


def touch_label(status: TouchStatus) -> str:
    return _tr(_TOUCH, status)


_PRINCIPLES = {
    Principle.RECIPROCITY: QT_TRANSLATE_NOOP("Labels", "Reciprocity"),
    Principle.AUTONOMY: QT_TRANSLATE_NOOP("Labels", "Autonomy"),
    Principle.INTEGRITY: QT_TRANSLATE_NOOP("Labels", "Integrity"),
    Principle.LOYALTY: QT_TRANSLATE_NOOP("Labels", "Loyalty"),
    Principle.EQUITY: QT_TRANSLATE_NOOP("Labels", "Equity"),
}

# The five principles as the seed articles define them (docs/domain.md §1).
_PRINCIPLE_DEFINITIONS = {
    Principle.RECIPROCITY: QT_TRANSLATE_NOOP(
        "Labels",
        "Fair, balanced exchanges: if one side takes a business risk, so does the other; if "
        "one invests time and money, the other reciprocates. Obligations, risks and rewards "
        "are shared.",
    ),
    Principle.AUTONOMY: QT_TRANSLATE_NOOP(
        "Labels",
        "Each side decides freely, outside the other's power. Without it come power "
        "struggles: one side demands one-sided concessions or shifts known risks onto the "
        "other.",
    ),
    Principle.INTEGRITY: QT_TRANSLATE_NOOP(
        "Labels",
        "Consistent decisions and actions on both sides: the same decision and action in the "
        "same circumstances, the same result from the same actions.",
    ),
    Principle.LOYALTY: QT_TRANSLATE_NOOP(
        "Labels",
        "Both are loyal to the relationship: risks, rewards, burdens and benefits are "
        "allocated for what is best for the relationship, not for one side's gain.",
    ),
    Principle.EQUITY: QT_TRANSLATE_NOOP(
        "Labels",
        "Each side keeps the relationship in balance: rewards are shared in proportion to "
        "contributions, resources invested and risks taken, and inequalities are addressed "
        "as they emerge.",
    ),
}

_LEDGER_KINDS = {
    LedgerKind.CONCESSION: QT_TRANSLATE_NOOP("Labels", "Concession or discount"),
    LedgerKind.EXTRA_WORK: QT_TRANSLATE_NOOP("Labels", "Extra work"),
    LedgerKind.RISK_ACCEPTED: QT_TRANSLATE_NOOP("Labels", "Risk accepted"),
    LedgerKind.INVESTMENT: QT_TRANSLATE_NOOP("Labels", "Time or money invested"),
    LedgerKind.FAVOUR: QT_TRANSLATE_NOOP("Labels", "Favour"),
    LedgerKind.ONE_SIDED_DEMAND: QT_TRANSLATE_NOOP("Labels", "One-sided demand"),
    LedgerKind.RISK_SHIFTED: QT_TRANSLATE_NOOP("Labels", "Risk shifted onto the other side"),
}

_OUTCOMES = {
    CommitmentOutcome.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
    CommitmentOutcome.KEPT: QT_TRANSLATE_NOOP("Labels", "Kept"),
    CommitmentOutcome.LATE: QT_TRANSLATE_NOOP("Labels", "Kept late"),
    CommitmentOutcome.BROKEN: QT_TRANSLATE_NOOP("Labels", "Broken"),
}

# What each piece of evidence is, in the "why" panel of a score.
_CONTRIBUTIONS = {
    "rating": QT_TRANSLATE_NOOP("Labels", "Your rating"),
    "we_gave_unreturned": QT_TRANSLATE_NOOP("Labels", "We gave, nothing returned"),
    "returned": QT_TRANSLATE_NOOP("Labels", "We gave, and it was returned"),
    "customer_gave": QT_TRANSLATE_NOOP("Labels", "The customer gave"),
    "disclosure_balance": QT_TRANSLATE_NOOP("Labels", "Balance of what both sides disclose"),
    "power_play": QT_TRANSLATE_NOOP("Labels", "Power play"),
    "meetings": QT_TRANSLATE_NOOP("Labels", "Meetings without power plays"),
    "customer_kept": QT_TRANSLATE_NOOP("Labels", "The customer kept a promise"),
    "customer_late": QT_TRANSLATE_NOOP("Labels", "The customer kept a promise late"),
    "customer_broken": QT_TRANSLATE_NOOP("Labels", "The customer broke a promise"),
    "our_kept": QT_TRANSLATE_NOOP("Labels", "We kept a promise"),
    "our_late": QT_TRANSLATE_NOOP("Labels", "We kept a promise late"),
    "our_broken": QT_TRANSLATE_NOOP("Labels", "We broke a promise"),
    "tenure": QT_TRANSLATE_NOOP("Labels", "Years together"),
    "regularity": QT_TRANSLATE_NOOP("Labels", "Regular meetings"),
    "repeat_meetings": QT_TRANSLATE_NOOP("Labels", "Meetings in the last year"),
    "value_share": QT_TRANSLATE_NOOP("Labels", "Share of value given by each side"),
}


def principle_label(principle: Principle) -> str:
    return _tr(_PRINCIPLES, principle)


def principle_definition(principle: Principle) -> str:
    return _tr(_PRINCIPLE_DEFINITIONS, principle)


def ledger_kind_label(kind: LedgerKind) -> str:
    return _tr(_LEDGER_KINDS, kind)


def outcome_label(outcome: CommitmentOutcome) -> str:
    return _tr(_OUTCOMES, outcome)


def contribution_label(code: str) -> str:
    return _tr(_CONTRIBUTIONS, code) if code in _CONTRIBUTIONS else code


def side_record_text(record: SideRecord) -> str:
    """One side's promises behind integrity, e.g. "The customer's promises: kept 1, late 0,
    broken 5 (record 17): the weaker side, it drives the score." (docs/scoring.md)."""
    if record.side == Side.CUSTOMER:
        text = QCoreApplication.translate(
            "Labels", "The customer's promises: kept %1, late %2, broken %3 (record %4)"
        )
    else:
        text = QCoreApplication.translate(
            "Labels", "Our promises: kept %1, late %2, broken %3 (record %4)"
        )
    text = (
        text.replace("%1", str(record.kept))
        .replace("%2", str(record.late))
        .replace("%3", str(record.broken))
        .replace("%4", str(round(record.record)))
    )
    if record.drives:
        text += QCoreApplication.translate(
            "Labels", ": the weaker side, it drives the score (three times the other's weight)."
        )
    return text + ("" if record.drives else ".")


def rate_again_text() -> str:
    """Said next to a principle scored only by one set of ratings (docs/scoring.md)."""
    return QCoreApplication.translate(
        "Labels", "rate again after your next meeting to firm this up"
    )
