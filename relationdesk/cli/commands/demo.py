"""`relationdesk demo`: the sample portfolio added to the database, scored with the
user's scoring preferences like every other write."""

import argparse

from relationdesk.cli.exit_codes import ExitCode
from relationdesk.cli.registry import Command, register

# More sample customers than this take minutes and prove nothing the default does not.
DEMO_MAX_CUSTOMERS = 100_000


def add_arguments(demo: argparse.ArgumentParser) -> None:
    demo.add_argument("--customers", type=_demo_count, default=40,
                      help=f"how many customers, 1 to {DEMO_MAX_CUSTOMERS} (40)")  # fmt: skip
    demo.add_argument("--seed", type=int, default=7, help="random seed (7)")


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


def run(args: argparse.Namespace) -> ExitCode:
    from relationdesk.cli.database import open_for_command
    from relationdesk.services.samples import sample_portfolio

    db = open_for_command()
    try:
        written = sample_portfolio.load(db, args.customers, args.seed)
    finally:
        db.close()
    print(f"Added {written} sample customers to {db.path}")
    return ExitCode.OK


register(Command("demo", "add the sample portfolio to the database", run, add_arguments))
