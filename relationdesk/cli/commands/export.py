"""`relationdesk export csv|vcard|ics|json --out FILE`: customers, contacts, calendars and
the whole database out without the window. Exit codes (cli/exit_codes.ExitCode): 0
written, 1 nothing written (no such folder, a file that cannot be written, an unknown
customer), 2 a name matches several customers; cli.main says when the database cannot be
opened or used. English messages."""

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from relationdesk.cli.exit_codes import ExitCode
from relationdesk.cli.messages import fail
from relationdesk.cli.registry import Command, register

if TYPE_CHECKING:
    from relationdesk.db.database import Database


def add_arguments(export: argparse.ArgumentParser) -> None:
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


def run(args: argparse.Namespace) -> ExitCode:
    from relationdesk.cli.database import open_for_command

    db = open_for_command()
    try:
        return _export(db, args)
    except OSError as error:
        return fail(f"nothing written: {error}")
    finally:
        db.close()


def _export(db: "Database", args: argparse.Namespace) -> ExitCode:
    from relationdesk.cli.lookup import find_customer

    out: Path = args.out.expanduser()
    if not out.parent.is_dir():
        return fail(f"no such folder: {out.parent}")
    customer = getattr(args, "customer", None)
    customer_id = find_customer(db.reader, customer) if customer else None
    if args.kind == "csv":
        from relationdesk.services.exchange.csv_export import export_customers

        rows = export_customers(db.reader, out)
        print(f"Written {out}: {rows} rows (one per contact, one per customer without contacts)")
    elif args.kind == "vcard":
        from relationdesk.services.exchange.vcard_exchange import export_vcard

        count = export_vcard(db.reader, out, customer_id)
        print(f"Written {out}: {count} contacts")
    elif args.kind == "ics":
        from relationdesk.services.exchange.ics_export import export_ics

        meetings, follow_ups = export_ics(db.reader, out, customer_id)
        print(f"Written {out}: {meetings} meetings, {follow_ups} open follow-ups")
    else:
        from relationdesk.services.exchange.json_export import export_json

        rows = export_json(db.reader, out, include_sensitive=args.include_sensitive)
        sensitive = "included" if args.include_sensitive else "left out"
        print(f"Written {out}: {rows} rows (sensitive disclosure texts {sensitive})")
    return ExitCode.OK


register(
    Command(
        "export",
        "export customers (CSV), contacts (vCard), the calendar (iCalendar) or everything (JSON)",
        run,
        add_arguments,
    )
)
