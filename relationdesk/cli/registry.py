"""The commands of the command line, each registered once by its own module under
cli/commands: its name, its help line, how it adds its arguments, and how it runs.
`relationdesk --help` lists them in the order they were registered."""

import argparse
from collections.abc import Callable
from typing import NamedTuple

from relationdesk.cli.exit_codes import ExitCode


def _no_arguments(parser: argparse.ArgumentParser) -> None:
    """A command that takes nothing but --help."""


class Command(NamedTuple):
    """A NamedTuple, not a dataclass: `dataclasses` costs ~7 ms before the first paint."""

    name: str
    help: str
    # Runs the command; heavy libraries are imported in here, never at module level, so
    # `relationdesk --help` and the window's start-up stay lean (tests/test_layers.py).
    run: Callable[[argparse.Namespace], ExitCode]
    add_arguments: Callable[[argparse.ArgumentParser], None] = _no_arguments
    description: str | None = None  # the command's own --help text, when not its help


_registered: dict[str, Command] = {}


def register(command: Command) -> Command:
    """Add a command; a second command of the same name is a programming error."""
    if command.name in _registered:
        raise ValueError(f"the command {command.name!r} is registered twice")
    _registered[command.name] = command
    return command


def registered() -> dict[str, Command]:
    """Every command, by name, in the order --help lists them."""
    import relationdesk.cli.commands  # noqa: F401  (each module registers its commands)

    return dict(_registered)
