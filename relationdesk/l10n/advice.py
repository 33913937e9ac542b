"""The client-as-master warning in words (docs/domain.md §3), for the Principles tab and the
customer review: what the evidence shows, and the partner-not-master advice."""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from relationdesk.domain.master_client import MasterClientWarning


@dataclass(frozen=True)
class MasterClientWords:
    title: str
    facts: str
    examples: tuple[str, ...]  # up to three descriptions of the counted entries
    advice: str


def master_client_words(warning: MasterClientWarning) -> MasterClientWords:
    # Context "PrinciplesPanel": where these sentences were first translated.
    translate = QCoreApplication.translate
    facts = translate(
        "PrinciplesPanel",
        "%1 of our concessions were never returned, and the customer made %2 power "
        "play(s): %3 one-sided demand(s), %4 risk(s) shifted onto us.",
    )
    facts = (
        facts.replace("%1", str(warning.unreturned_concessions))
        .replace("%2", str(warning.demands + warning.risks_shifted))
        .replace("%3", str(warning.demands))
        .replace("%4", str(warning.risks_shifted))
    )
    named_once = dict.fromkeys(f.description for f in warning.evidence if f.description)
    return MasterClientWords(
        title=translate("PrinciplesPanel", "Client as master"),
        facts=facts,
        examples=tuple(list(named_once)[:3]),
        advice=translate(
            "PrinciplesPanel",
            "Our client, our partner: work together as equals, give a correct and realistic "
            "view of your services, listen to their needs and adapt only when a change is "
            "realistic and an improvement. A customer who cannot work as an equal may be "
            "lost, and that is acceptable.",
        ),
    )
