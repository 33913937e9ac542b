"""Translated words of the lifecycle, recommendations and economics (docs/domain.md §4):
stage names, the seed's playbook for each stage, why a move is suggested, why a customer
is a candidate to disengage from, and money in the user's locale."""

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from relationdesk.domain.enums import LifecycleStage

_STAGES = {
    LifecycleStage.PROSPECT: QT_TRANSLATE_NOOP("Labels", "Prospect"),
    LifecycleStage.TESTER: QT_TRANSLATE_NOOP("Labels", "Tester"),
    LifecycleStage.BUYER: QT_TRANSLATE_NOOP("Labels", "Buyer"),
    LifecycleStage.ACCOUNT: QT_TRANSLATE_NOOP("Labels", "Account"),
    LifecycleStage.PATRON_FRIEND: QT_TRANSLATE_NOOP("Labels", "Patron-friend"),
    LifecycleStage.SPONSOR_CHAMPION: QT_TRANSLATE_NOOP("Labels", "Sponsor-champion"),
    LifecycleStage.FORMER: QT_TRANSLATE_NOOP("Labels", "Former customer"),
}

# Seed 004 (CRM Village), stage by stage: who they are, then what to do.
_PLAYBOOK = {
    LifecycleStage.PROSPECT: QT_TRANSLATE_NOOP(
        "Labels",
        "Not buying from you yet, but sees you as able to meet its needs. Create trust and "
        "psychological safety: they make your offer valuable and turn a prospect into a "
        "tester.",
    ),
    LifecycleStage.TESTER: QT_TRANSLATE_NOOP(
        "Labels",
        "Bought on trial and is still deciding whether to buy again and commit. Reassure "
        "them about the choice they made; empathy and listening are essential now.",
    ),
    LifecycleStage.BUYER: QT_TRANSLATE_NOOP(
        "Labels",
        "Keeps buying, but you are not its first choice. Show the economic and service "
        "advantages of continuity; learn its business in depth; cooperate with mutual "
        "respect.",
    ),
    LifecycleStage.ACCOUNT: QT_TRANSLATE_NOOP(
        "Labels",
        "Sees you as one of its main suppliers, buys a wide range regularly and expects a "
        "personalised offer in return. Invest time and energy; extend the cooperation "
        "towards a partnership.",
    ),
    LifecycleStage.PATRON_FRIEND: QT_TRANSLATE_NOOP(
        "Labels",
        "One of your most trusted accounts. Build a partnership with some processes "
        "personalised and, where it makes sense, implement together; create interdependence "
        "for a lasting win-win relationship.",
    ),
    LifecycleStage.SPONSOR_CHAMPION: QT_TRANSLATE_NOOP(
        "Labels",
        "So satisfied that it recommends you to others and speaks well of your strengths. "
        "Invest time in the relationship, in training and education: aim to have as many "
        "sponsors as you can.",
    ),
    LifecycleStage.FORMER: QT_TRANSLATE_NOOP(
        "Labels",
        "The relationship has ended. Its history stays here; if it starts again, record "
        "the move back to prospect or tester.",
    ),
}

_REASONS = {
    "first_order": QT_TRANSLATE_NOOP("Labels", "a first order is recorded"),
    "first_order_ladder": QT_TRANSLATE_NOOP(
        "Labels", "it has been a tester or higher on the ladder, so it has bought"
    ),
    "repeat_orders": QT_TRANSLATE_NOOP("Labels", "it ordered again, in more than one period"),
    "repeat_orders_ladder": QT_TRANSLATE_NOOP(
        "Labels", "it has been a buyer or higher on the ladder, so it buys again"
    ),
    "regular_buying": QT_TRANSLATE_NOOP(
        "Labels", "it buys regularly (in 4 or more of the last 6 months)"
    ),
    "wide_range": QT_TRANSLATE_NOOP(
        "Labels", "it buys a wide range (3 or more product lines in a period)"
    ),
    "personal_partnership": QT_TRANSLATE_NOOP(
        "Labels", "the relationship is a collaborative & personal partnership"
    ),
    "collaborative_professional": QT_TRANSLATE_NOOP(
        "Labels", "the relationship is a collaborative partnership, kept professional by choice"
    ),
    "healthy": QT_TRANSLATE_NOOP("Labels", "the principles' health is 70 or more"),
    "promoter": QT_TRANSLATE_NOOP("Labels", "a contact would recommend us (9 or 10 out of 10)"),
    "referral": QT_TRANSLATE_NOOP("Labels", "it has referred us to another customer"),
}

# A condition still needed for the next stage, when the plain reason would mislead.
_NEEDED = {
    "first_order": QT_TRANSLATE_NOOP(
        "Labels", "a first order (in the economics, or a recorded stage of tester or higher)"
    ),
    "repeat_orders": QT_TRANSLATE_NOOP(
        "Labels", "orders in more than one period (or a recorded stage of buyer or higher)"
    ),
    "personal_partnership": QT_TRANSLATE_NOOP(
        "Labels",
        "a collaborative & personal partnership (a collaborative one, if kept professional)",
    ),
}

_DISENGAGE = {
    "cost_ratio": QT_TRANSLATE_NOOP("Labels", "cost-to-serve is high relative to revenue"),
    "no_revenue": QT_TRANSLATE_NOOP("Labels", "it costs us but brought no revenue"),
    "weak_health": QT_TRANSLATE_NOOP("Labels", "the principle scores are weak"),
    "not_deepening": QT_TRANSLATE_NOOP(
        "Labels", "after a year it is still only a business partnership"
    ),
    "former": QT_TRANSLATE_NOOP("Labels", "the relationship has ended"),
    "moved_down": QT_TRANSLATE_NOOP("Labels", "its lifecycle stage last moved down"),
    "revenue_drop": QT_TRANSLATE_NOOP("Labels", "revenue fell compared with the year before"),
}

_NPS_GROUPS = {
    "promoter": QT_TRANSLATE_NOOP("Labels", "Promoter"),
    "passive": QT_TRANSLATE_NOOP("Labels", "Passive"),
    "detractor": QT_TRANSLATE_NOOP("Labels", "Detractor"),
}

_PERIOD_KINDS = {
    "month": QT_TRANSLATE_NOOP("Labels", "Month"),
    "quarter": QT_TRANSLATE_NOOP("Labels", "Quarter"),
}


def _tr(table: Mapping[object, str], key: object) -> str:
    return QCoreApplication.translate("Labels", table[key])


def lifecycle_stage_label(stage: LifecycleStage) -> str:
    return _tr(_STAGES, stage)  # type: ignore[arg-type]


def playbook_text(stage: LifecycleStage) -> str:
    return _tr(_PLAYBOOK, stage)  # type: ignore[arg-type]


def suggestion_reason(code: str) -> str:
    return _tr(_REASONS, code) if code in _REASONS else code  # type: ignore[arg-type]


def needed_condition(code: str) -> str:
    """A condition the next stage still needs (docs/scoring.md, the lifecycle)."""
    return _tr(_NEEDED, code) if code in _NEEDED else suggestion_reason(code)  # type: ignore[arg-type]


def disengage_reason(code: str) -> str:
    return _tr(_DISENGAGE, code) if code in _DISENGAGE else code  # type: ignore[arg-type]


def nps_group_label(group: str) -> str:  # a domain.nps.NpsGroup
    return _tr(_NPS_GROUPS, group)  # type: ignore[arg-type]


def period_kind_label(kind: str) -> str:  # a domain.economics.PeriodKind
    return _tr(_PERIOD_KINDS, kind)  # type: ignore[arg-type]


def join_reasons(parts: list[str]) -> str:
    """ "a; b; c": the list separator reads the same in the four languages."""
    return "; ".join(parts)


def money(minor_units: int, currency: str) -> str:
    """Cents of `currency` as "1.234,50 RON" (or "1,234.50 RON") in the user's locale."""
    amount = minor_units / 100
    decimals = 0 if minor_units % 100 == 0 else 2
    number = QLocale().toString(amount, "f", decimals)
    return f"{number} {currency}".strip()


def percent(value: float | None) -> str:
    return "—" if value is None else QLocale().toString(value * 100, "f", 0) + " %"
