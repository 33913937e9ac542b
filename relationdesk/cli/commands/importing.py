"""`relationdesk import csv|vcard FILE`: customers and contacts from a spreadsheet
(cli/commands/import_csv.py) or an address book (cli/commands/import_vcard.py)."""

import argparse

from relationdesk.cli.commands import import_csv, import_vcard
from relationdesk.cli.exit_codes import ExitCode
from relationdesk.cli.registry import Command, register


def add_arguments(command: argparse.ArgumentParser) -> None:
    kinds = command.add_subparsers(dest="kind", metavar="KIND", required=True)
    import_csv.add_arguments(kinds.add_parser("csv", help=import_csv.HELP))
    import_vcard.add_arguments(kinds.add_parser("vcard", help=import_vcard.HELP))


def run(args: argparse.Namespace) -> ExitCode:
    return import_csv.run(args) if args.kind == "csv" else import_vcard.run(args)


register(Command("import", "import customers and contacts from a file", run, add_arguments))
