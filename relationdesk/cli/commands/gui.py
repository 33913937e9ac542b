"""`relationdesk gui` (and `relationdesk` alone): the application window."""

import argparse

from relationdesk.cli.exit_codes import ExitCode
from relationdesk.cli.registry import Command, register


def run(args: argparse.Namespace) -> ExitCode:
    from relationdesk.app import run_gui

    code = run_gui(language=args.language, repaired=args.repaired_modes)
    return ExitCode(code) if code in set(ExitCode) else ExitCode.FAILED


register(Command("gui", "open the application window (the default)", run))
