"""`relationdesk import vcard FILE`: contacts from an address book, without the window.

Prints its validation report first, then writes everything in one transaction (or, with
--dry-run, nothing). Exit codes (cli/exit_codes.ExitCode): 0 done, 1 nothing written
(the file cannot be read, no card can be imported, or a customer name is unknown), 2 a
name matches several customers; cli.main says when the database cannot be opened or
used. English messages, but a card's problems in the user's language."""

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from relationdesk.cli.exit_codes import ExitCode
from relationdesk.cli.messages import fail

if TYPE_CHECKING:
    from relationdesk.db.database import Database
    from relationdesk.domain.validation import FieldError
    from relationdesk.services.exchange.vcard_cards import Card
    from relationdesk.services.exchange.vcard_exchange import ImportPlan

HELP = "contacts from a vCard file (.vcf: 2.1, 3.0 or 4.0, UTF-8)"  # cli/commands/importing.py
NO_COMPANY = "the card names no company (ORG): give its customer with --customer."
READ_FAILURES = {
    "unreadable": "the file cannot be read",
    "too_large": "the file is larger than 50 MB: this is not an address book",
    "not_utf8": "the text is not UTF-8 (save it as UTF-8, or export the vCards again)",
    "bad_line": "this line is not a vCard property (NAME:value)",
    "unclosed_card": "this card has BEGIN:VCARD but no END:VCARD",
    "unopened_end": "END without its BEGIN:VCARD",
    "not_a_card": "this is not a vCard (BEGIN:VCARD expected)",
    "no_cards": "the file holds no vCard",
    "damaged": "a value of this card is damaged",
}


def add_arguments(vcard: argparse.ArgumentParser) -> None:
    vcard.add_argument("file", type=Path, help="the .vcf file")
    vcard.add_argument("--customer", metavar="NAME_OR_ID",
                       help="the customer for cards without a company (ORG)")  # fmt: skip
    vcard.add_argument("--duplicates", choices=("skip", "merge", "create"), default="skip",
                       help="what to do with people already there (skip)")  # fmt: skip
    vcard.add_argument("--dry-run", action="store_true", help="report only; write nothing")


def run(args: argparse.Namespace) -> ExitCode:
    from relationdesk.cli.database import open_for_command
    from relationdesk.services.exchange.vcard_cards import VCardReadError, read_vcard_file

    try:
        cards = read_vcard_file(args.file.expanduser())
    except VCardReadError as error:
        return fail(f"{args.file}{_where(error)}: {READ_FAILURES[error.failure]}")
    db = open_for_command()
    try:
        return _import(db, cards, args)
    except OSError as error:
        return fail(f"nothing written: {error}")
    finally:
        db.close()


def _where(error: object) -> str:
    line, card = getattr(error, "line", None), getattr(error, "card", None)
    parts = [f"line {line}" if line else "", f"card {card}" if card else ""]
    return f" ({', '.join(p for p in parts if p)})" if any(parts) else ""


def _import(db: "Database", cards: "list[Card]", args: argparse.Namespace) -> ExitCode:
    from relationdesk.cli.lookup import find_customer
    from relationdesk.services.exchange.vcard_exchange import (
        CardOutcome,
        Duplicates,
        apply_vcard_import,
        plan_vcard_import,
    )

    default = find_customer(db.reader, args.customer) if args.customer else None
    plan = plan_vcard_import(db.reader, cards, default)
    _print_report(plan)
    if plan.count(CardOutcome.NEW) + plan.count(CardOutcome.DUPLICATE) == 0:
        print("Nothing imported: no card can be imported.")
        return ExitCode.FAILED
    if args.dry_run:
        print("Dry run: nothing written.")
        return ExitCode.OK
    done = apply_vcard_import(db, plan, Duplicates(args.duplicates))
    print(f"Imported: {done.created} contacts created, {done.merged} merged, "
          f"{done.skipped} duplicates skipped, {done.refused} cards with problems left out, "
          f"{done.customers_created} customers created.")  # fmt: skip
    return ExitCode.OK


def _print_report(plan: "ImportPlan") -> None:
    from relationdesk.services.exchange.vcard_exchange import CardOutcome

    print(f"{len(plan.cards)} cards: {plan.count(CardOutcome.NEW)} new, "
          f"{plan.count(CardOutcome.DUPLICATE)} already there, "
          f"{plan.count(CardOutcome.INVALID)} with problems")  # fmt: skip
    for name in plan.new_customers:
        print(f"  new customer: {name}")
    for planned in plan.cards:
        card = planned.card
        where = f"  card {card.number} (line {card.line}) {card.fields.full_name!r}"
        if planned.outcome is CardOutcome.INVALID:
            print(f"{where}: {_card_problems(planned.errors)}")
        elif planned.outcome is CardOutcome.DUPLICATE:
            print(f"{where}: already there as {planned.duplicate_of!r} "
                  f"at {planned.customer_name!r}")  # fmt: skip


def _card_problems(errors: "tuple[FieldError, ...]") -> str:
    """Why a card is left out, in words (a card without a company: what to add)."""
    from relationdesk.cli.messages import field_problems
    from relationdesk.domain.validation import Problem

    others = [e for e in errors if e.problem is not Problem.NO_CUSTOMER]
    said = [NO_COMPANY] if len(others) < len(errors) else []
    return " ".join([*said, field_problems(others)] if others else said)
