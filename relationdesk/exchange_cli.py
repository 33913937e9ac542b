"""`relationdesk import vcard FILE` and `relationdesk export csv|vcard|ics|json --out FILE`:
customers, contacts, calendars and the whole database in and out without the window.

The import prints its validation report first, then writes everything in one
transaction (or, with --dry-run, nothing). Exit codes (cli_exit.ExitCode): 0 done, 1
nothing written (the file cannot be read, no card can be imported, or a customer name is
unknown), 2 a name matches several customers; cli.main says when the database cannot be
opened or used. English messages, but a card's problems in the user's language."""

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from relationdesk.cli_database import open_for_command
from relationdesk.cli_exit import ExitCode

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]

    from relationdesk.db.database import Database
    from relationdesk.domain.validation import FieldError
    from relationdesk.services.exchange.vcard_cards import Card
    from relationdesk.services.exchange.vcard_exchange import ImportPlan

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


def _kinds(parser: argparse.ArgumentParser) -> "Commands":
    """The KIND subcommands of `import` (the CSV import may have made them already)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return parser.add_subparsers(dest="kind", metavar="KIND", required=True)


def add_exchange_parsers(commands: "Commands") -> None:
    importing = commands.choices.get("import") or commands.add_parser(
        "import", help="import customers and contacts from a file"
    )
    vcard = _kinds(importing).add_parser(
        "vcard", help="contacts from a vCard file (.vcf: 2.1, 3.0 or 4.0, UTF-8)"
    )
    vcard.add_argument("file", type=Path, help="the .vcf file")
    vcard.add_argument("--customer", metavar="NAME_OR_ID",
                       help="the customer for cards without a company (ORG)")  # fmt: skip
    vcard.add_argument("--duplicates", choices=("skip", "merge", "create"), default="skip",
                       help="what to do with people already there (skip)")  # fmt: skip
    vcard.add_argument("--dry-run", action="store_true", help="report only; write nothing")
    vcard.set_defaults(exchange="import-vcard")

    export = commands.add_parser(
        "export",
        help="export customers (CSV), contacts (vCard), the calendar (iCalendar) or "
        "everything (JSON)",
    )
    kinds = export.add_subparsers(dest="kind", metavar="KIND", required=True)
    for kind, text in (
        ("csv", "customers and their contacts, a row per contact (.csv, UTF-8)"),
        ("vcard", "the customers' contacts as vCard 3.0 (.vcf)"),
        ("ics", "meetings and open follow-ups as iCalendar (.ics)"),
        ("json", "the whole database as JSON (docs/export-format.md)"),
    ):
        parser = kinds.add_parser(kind, help=text)
        parser.add_argument("--out", required=True, type=Path, help="the file to write")
        if kind == "json":
            parser.add_argument("--include-sensitive", action="store_true",
                                help="include the texts of sensitive disclosures")  # fmt: skip
        elif kind != "csv":
            parser.add_argument("--customer", metavar="NAME_OR_ID",
                                help="only this customer's (default: every one's)")  # fmt: skip
        parser.set_defaults(exchange=f"export-{kind}")


def run_exchange(args: argparse.Namespace) -> int:
    from relationdesk.cli_lookup import CommandError

    if args.exchange == "import-vcard":
        from relationdesk.services.exchange.vcard_cards import VCardReadError, read_vcard_file

        try:
            cards = read_vcard_file(args.file.expanduser())
        except VCardReadError as error:
            print(f"relationdesk: {args.file}{_where(error)}: {READ_FAILURES[error.failure]}",
                  file=sys.stderr)  # fmt: skip
            return ExitCode.FAILED
    db = open_for_command()
    try:
        if args.exchange == "import-vcard":
            return _import(db, cards, args)
        return _export(db, args)
    except CommandError as error:
        print(f"relationdesk: {error}", file=sys.stderr)
        return error.code
    except OSError as error:
        print(f"relationdesk: nothing written: {error}", file=sys.stderr)
        return ExitCode.FAILED
    finally:
        db.close()


def _where(error: object) -> str:
    line, card = getattr(error, "line", None), getattr(error, "card", None)
    parts = [f"line {line}" if line else "", f"card {card}" if card else ""]
    return f" ({', '.join(p for p in parts if p)})" if any(parts) else ""


def _import(db: "Database", cards: "list[Card]", args: argparse.Namespace) -> int:
    from relationdesk.cli_lookup import find_customer
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
    from relationdesk.cli_messages import field_problems
    from relationdesk.domain.validation import Problem

    others = [e for e in errors if e.problem is not Problem.NO_CUSTOMER]
    said = [NO_COMPANY] if len(others) < len(errors) else []
    return " ".join([*said, field_problems(others)] if others else said)


def _export(db: "Database", args: argparse.Namespace) -> int:
    from relationdesk.cli_lookup import find_customer

    out: Path = args.out.expanduser()
    if not out.parent.is_dir():
        print(f"relationdesk: no such folder: {out.parent}", file=sys.stderr)
        return ExitCode.FAILED
    customer = getattr(args, "customer", None)
    customer_id = find_customer(db.reader, customer) if customer else None
    if args.exchange == "export-csv":
        from relationdesk.services.exchange.csv_export import export_customers

        rows = export_customers(db.reader, out)
        print(f"Written {out}: {rows} rows (one per contact, one per customer without contacts)")
    elif args.exchange == "export-vcard":
        from relationdesk.services.exchange.vcard_exchange import export_vcard

        count = export_vcard(db.reader, out, customer_id)
        print(f"Written {out}: {count} contacts")
    elif args.exchange == "export-ics":
        from relationdesk.services.exchange.ics_export import export_ics

        meetings, follow_ups = export_ics(db.reader, out, customer_id)
        print(f"Written {out}: {meetings} meetings, {follow_ups} open follow-ups")
    else:
        from relationdesk.services.exchange.json_export import export_json

        rows = export_json(db.reader, out, include_sensitive=args.include_sensitive)
        sensitive = "included" if args.include_sensitive else "left out"
        print(f"Written {out}: {rows} rows (sensitive disclosure texts {sensitive})")
    return ExitCode.OK
