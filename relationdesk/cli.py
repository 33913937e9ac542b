"""Command line: `relationdesk` opens the app; --help and --version need no display."""

import argparse

from relationdesk import APP_NAME, __version__
from relationdesk.cli_database import open_for_command
from relationdesk.cli_exit import ExitCode
from relationdesk.paths import keep_private

# More sample customers than this take minutes and prove nothing the default does not.
DEMO_MAX_CUSTOMERS = 100_000


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
    demo.add_argument("--customers", type=_demo_count, default=40,
                      help=f"how many customers, 1 to {DEMO_MAX_CUSTOMERS} (40)")  # fmt: skip
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
    from relationdesk.team_cli import add_team_parser

    add_team_parser(commands)  # team init, add-member, ...
    from relationdesk import sync_cli

    sync_cli.add_parser(commands)
    commands.add_parser(
        "selftest",
        help="check this installation: open the window offscreen on a throw-away data "
        "folder, create the database, load a sample portfolio, quit",
    )
    return parser


def _demo_count(text: str) -> int:
    """A sample of 1 to DEMO_MAX_CUSTOMERS customers: a negative count is a typo, and 0
    would add nothing while saying it did (refused too, so a script learns of its mistake)."""
    try:
        count = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= count <= DEMO_MAX_CUSTOMERS:
        raise argparse.ArgumentTypeError(
            f"{count} customers: give a number from 1 to {DEMO_MAX_CUSTOMERS}"
        )
    return count


def main(argv: list[str] | None = None) -> int:
    """Run one command; a database that cannot be opened or used (busy, full, read-only,
    a data folder that is a file) ends it with one sentence and its exit code, never a
    traceback. Every command writes in one transaction, so nothing is half-written."""
    from relationdesk.cli_messages import (
        cannot_open,
        say_in_a_window,
        storage_refusal,
        use_language,
    )
    from relationdesk.db.errors import DatabaseOpenError

    args = build_parser().parse_args(argv)
    repaired = keep_private()  # before any file is made: umask 077, the data folder's modes
    use_language(args.language)
    say_in_a_window(args.command in (None, "gui"))
    try:
        return _run(args, repaired)
    except DatabaseOpenError as error:
        return cannot_open(error)
    except Exception as error:
        code = storage_refusal(error)
        if code is None:
            raise
        return code


def _run(args: argparse.Namespace, repaired: int) -> int:
    """The command itself; `repaired` counts the data folder's modes keep_private fixed."""
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
    if args.command == "team":
        from relationdesk.team_cli import run_team

        return run_team(args)
    if args.command == "sync":
        from relationdesk import sync_cli

        return sync_cli.run(args)
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
    try:
        written = sample_portfolio.load(db, customers, seed)
    finally:
        db.close()
    print(f"Added {written} sample customers to {db.path}")
    return ExitCode.OK
