"""Command line: `relationdesk` opens the app; --help and --version need no display."""

import argparse

from relationdesk import APP_NAME, __version__
from relationdesk.cli_database import open_for_command
from relationdesk.paths import keep_private


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="relationdesk",
        description=f"{APP_NAME}: the relationship desk for B2B salespeople.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--language", choices=("en", "it", "id", "ro"), help="UI language for this run"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("gui", help="open the application window (the default)")
    demo = commands.add_parser("demo", help="add the sample portfolio to the database")
    demo.add_argument("--customers", type=int, default=40, help="how many customers (40)")
    demo.add_argument("--seed", type=int, default=7, help="random seed (7)")
    commands.add_parser("backup", help="back up the database now (next to it, in backups/)")
    restore = commands.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("file", help="the backup file to restore")
    commands.add_parser(
        "check", help="check the database and repair what can be repaired, with a report"
    )
    from relationdesk.report_cli import add_report_parser

    add_report_parser(commands)
    from relationdesk.import_cli import add_import_parser

    add_import_parser(commands)
    from relationdesk.exchange_cli import add_exchange_parsers

    add_exchange_parsers(commands)  # import vcard (into the import group), export …
    from relationdesk.privacy_cli import add_privacy_parsers

    add_privacy_parsers(commands)  # personal-data, erase
    from relationdesk.merge_cli import add_merge_parser

    add_merge_parser(commands)
    commands.add_parser(
        "selftest",
        help="check this installation: open the window offscreen on a throw-away data "
        "folder, create the database, load a sample portfolio, quit",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    repaired = keep_private()  # before any file is made: umask 077, the data folder's modes
    if args.command == "demo":
        return _demo(args.customers, args.seed)
    if args.command in ("backup", "restore", "check"):
        from relationdesk.maintenance_cli import run_maintenance

        return run_maintenance(args.command, getattr(args, "file", None))
    if args.command == "report":
        from relationdesk.report_cli import run_report

        return run_report(args)
    if getattr(args, "exchange", None):  # import vcard, export csv|vcard|ics|json
        from relationdesk.exchange_cli import run_exchange

        return run_exchange(args)
    if args.command in ("personal-data", "erase"):
        from relationdesk.privacy_cli import run_privacy

        return run_privacy(args)
    if args.command == "merge":
        from relationdesk.merge_cli import run_merge

        return run_merge(args)
    if args.command == "import":
        from relationdesk.import_cli import run_import

        return run_import(args)
    if args.command == "selftest":
        from relationdesk.selftest import run_selftest

        return run_selftest()
    from relationdesk.app import run_gui

    return run_gui(language=args.language, repaired=repaired)


def _demo(customers: int, seed: int) -> int:
    from relationdesk.services import sample_portfolio

    db = open_for_command()
    if db is None:
        return 1
    try:
        written = sample_portfolio.load(db, customers, seed)
    finally:
        db.close()
    print(f"Added {written} sample customers to {db.path}")
    return 0
