"""`relationdesk selftest`: this installation opens its window and works
(relationdesk/selftest.py)."""

import argparse

from relationdesk.cli.exit_codes import ExitCode
from relationdesk.cli.registry import Command, register


def run(args: argparse.Namespace) -> ExitCode:
    from relationdesk.selftest import run_selftest

    return ExitCode.OK if run_selftest() == 0 else ExitCode.FAILED


register(
    Command(
        "selftest",
        "check this installation: open the window offscreen on a throw-away data "
        "folder, create the database, load a sample portfolio, quit",
        run,
    )
)
