"""The command line: `relationdesk` opens the app; --help and --version need no display.

Each command lives in its own module under cli/commands and registers itself
(cli/registry.py); every command ends with a code of cli/exit_codes.ExitCode, and says
why it failed through cli/messages.fail. See docs/architecture.md."""

import argparse

from relationdesk import APP_NAME, __version__


def build_parser() -> argparse.ArgumentParser:
    from relationdesk.cli.registry import registered

    parser = argparse.ArgumentParser(
        prog="relationdesk",
        description=f"{APP_NAME}: the relationship desk for B2B salespeople.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--language", choices=("en", "it", "id", "ro"), help="UI language for this run"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in registered().values():
        command.add_arguments(
            commands.add_parser(command.name, help=command.help, description=command.description)
        )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command (the window when none is given). A database that cannot be opened
    or used (busy, full, read-only, a data folder that is a file) ends it with one
    sentence and its exit code, never a traceback; so does a CommandError. Every command
    writes in one transaction, so nothing is half-written."""
    from relationdesk.cli.messages import (
        CommandError,
        cannot_open,
        fail,
        say_in_a_window,
        storage_refusal,
        use_language,
    )
    from relationdesk.cli.registry import registered
    from relationdesk.db.errors import DatabaseOpenError
    from relationdesk.paths import keep_private

    args = build_parser().parse_args(argv)
    # Before any file is made: umask 077, the data folder's modes (the window logs the count).
    args.repaired_modes = keep_private()
    use_language(args.language)
    say_in_a_window(args.command in (None, "gui"))
    try:
        return registered()[args.command or "gui"].run(args)
    except CommandError as error:
        return fail(str(error), error.code)
    except DatabaseOpenError as error:
        return cannot_open(error)
    except Exception as error:
        code = storage_refusal(error)
        if code is None:
            raise
        return code
