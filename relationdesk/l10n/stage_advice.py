"""What to do at each relationship stage (docs/domain.md §2: deeper stages bring trust,
simpler communication and easier conflicts; personal closeness is never required), for
the brief panel and the printed meeting brief alike."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from relationdesk.domain.relationship_stage import RelationshipStage

# Context "BriefPanel": where these sentences were first translated.
STAGE_ADVICE = {
    RelationshipStage.BUSINESS_PARTNER: QT_TRANSLATE_NOOP(
        "BriefPanel",
        "Build trust through reliability. Share something of your own company's plans to "
        "invite openness, and listen for what matters to them beyond the order.",
    ),
    RelationshipStage.COLLABORATIVE_PARTNER: QT_TRANSLATE_NOOP(
        "BriefPanel",
        "Work on shared goals and agree next steps at every meeting. If both of you want "
        "it, personal conversations can follow; if not, this is a good place to be.",
    ),
    RelationshipStage.COLLABORATIVE_PERSONAL_PARTNER: QT_TRANSLATE_NOOP(
        "BriefPanel",
        "Protect what you have built: keep every promise, remember what they told you, "
        "and raise problems early and openly.",
    ),
}


def stage_advice(stage: RelationshipStage) -> str:
    return QCoreApplication.translate("BriefPanel", str(STAGE_ADVICE[stage]))
