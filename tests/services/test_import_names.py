"""Imported names refuse line breaks and bidirectional controls like typed ones: a card
or a row carrying one is reported with its problem and left out."""

from relationdesk.db.database import Database
from relationdesk.domain.validation import Problem
from relationdesk.services.exchange.vcard_cards import read_vcards
from relationdesk.services.exchange.vcard_exchange import CardOutcome, plan_vcard_import


def test_cards_with_a_bidi_control_in_a_name_are_left_out(db: Database) -> None:
    cards = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ana \u202eucsenoI\nORG:Acme\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Dan Pop\nORG:Acme \u2067SRL\u2069\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Fine\nORG:Acme\nEND:VCARD\n"
    ).encode()
    plan = plan_vcard_import(db.reader, read_vcards(cards))
    refused = [[(e.field, e.problem) for e in p.errors] for p in plan.cards
               if p.outcome is CardOutcome.INVALID]  # fmt: skip
    assert refused == [
        [("full_name", Problem.CONTROL_CHARACTER)],
        [("organisation", Problem.CONTROL_CHARACTER)],
    ]
