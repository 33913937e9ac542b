"""`relationdesk import csv FILE`: customers and contacts from a spreadsheet, without the
window. Prints the validation report first; writes in one transaction or not at all.

Exit codes (cli/exit_codes.ExitCode): 0 imported (or, with --dry-run, importable), 1 nothing
written (the file cannot be read, or rows have problems and --skip-invalid was not
given); cli.main says when the database cannot be opened or used. English messages.
"""

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from relationdesk.cli.exit_codes import ExitCode
from relationdesk.cli.messages import fail

if TYPE_CHECKING:
    from relationdesk.db.database import Database
    from relationdesk.domain.csv_import import CsvTable
    from relationdesk.domain.csv_import_plan import ImportPlan
    from relationdesk.domain.csv_mapping import Mapping

_PROBLEMS = {
    "too_large": "the file is larger than 50 MB",
    "empty": "the file has no rows",
    "binary": "this is not a text file (control or NUL bytes)",
    "undecodable": "the text is neither UTF-8 nor Windows-1252",
    "unclosed_quote": "a quoted cell opened here is never closed",
    "bad_quotes": "quotes are used wrongly (text right after a closing quote?)",
    "field_too_long": "a cell is longer than 100,000 characters",
    "unreadable": "the file cannot be read",
}


HELP = "a CSV spreadsheet (UTF-8 or Windows-1252)"  # `import csv` (cli/commands/importing.py)


def add_arguments(csv: argparse.ArgumentParser) -> None:
    csv.add_argument("file", type=Path, help="the CSV file")
    csv.add_argument(
        "--mapping",
        default="remembered",
        help="'auto' (guess from the header), 'remembered' (the mapping last chosen for "
        "this header, else guessed; the default) or one field per column, comma-separated, "
        "e.g. customer.name,ignore,contact.email",
    )
    csv.add_argument(
        "--duplicates",
        choices=("skip", "merge", "create"),
        default="skip",
        help="what to do with customers and contacts already there (skip)",
    )
    csv.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid rows and leave out the rows with problems",
    )
    csv.add_argument("--dry-run", action="store_true", help="report only; write nothing")


class Progress:
    """How far a long import has come, on stderr (stdout keeps the report): on a terminal
    one line redrawn every 2%, otherwise a line at each quarter. A stage is shown once it
    has run for `after` seconds, so a small file prints nothing."""

    def __init__(self, stream: TextIO, after: float = 1.0) -> None:
        self._stream = stream
        self._tty = stream.isatty()
        self._step = 2 if self._tty else 25
        self._after = after
        self._shown: dict[str, int] = {}

    def stage(self, what: str) -> Callable[[int, int], bool]:
        started = time.monotonic()

        def report(done: int, total: int) -> bool:
            percent = min(100, done * 100 // total) if total else 100
            due = percent >= self._shown.get(what, 0) + self._step
            if due and time.monotonic() - started >= self._after:
                self._show(what, percent - percent % self._step)
            return True

        return report

    def done(self, what: str) -> None:
        if what in self._shown and self._shown[what] < 100:
            self._show(what, 100)

    def _show(self, what: str, percent: int) -> None:
        self._shown[what] = percent
        start = "\r" if self._tty else ""
        end = "\n" if percent == 100 or not self._tty else ""
        self._stream.write(f"{start}{what}: {percent}%{end}")
        self._stream.flush()


def run(args: argparse.Namespace) -> ExitCode:
    from relationdesk.cli.database import open_for_command
    from relationdesk.domain.csv_import import CsvError
    from relationdesk.services.exchange.csv_import import read_csv_file

    progress = Progress(sys.stderr)
    try:
        table = read_csv_file(args.file.expanduser(), progress.stage(_READING))
        progress.done(_READING)
    except CsvError as error:
        where = f" (line {error.line})" if error.line else ""
        return fail(f"{args.file}{where}: {_PROBLEMS[error.problem.value]}")
    try:
        mapping = _mapping(args.mapping, table)
    except ValueError as error:
        return fail(f"--mapping: {error}")
    db = open_for_command()
    try:
        return _import(db, table, mapping, args, progress)
    finally:
        db.close()


def _mapping(option: str, table: "CsvTable") -> "Mapping":
    from relationdesk import settings as keys
    from relationdesk.domain.csv_mapping import guess_mapping, parse_mapping, remembered_mapping
    from relationdesk.paths import settings_file
    from relationdesk.settings import Settings

    if option == "auto":
        return guess_mapping(table.header)
    if option == "remembered":
        stored = Settings(settings_file()).get(keys.CSV_IMPORT_MAPPINGS)
        return remembered_mapping(stored, table.header) or guess_mapping(table.header)
    return parse_mapping(option, len(table.header))


_READING, _CHECKING, _WRITING = "Reading the file", "Checking the rows", "Importing"


def _import(
    db: "Database",
    table: "CsvTable",
    mapping: "Mapping",
    args: argparse.Namespace,
    progress: Progress,
) -> ExitCode:
    from relationdesk.domain.csv_import import CsvError
    from relationdesk.domain.csv_import_plan import Choice, mapping_problems
    from relationdesk.services.exchange.csv_import import apply_import, make_plan

    if mapping_problems(mapping):
        return fail("no column is mapped to the customer's name (customer.name)")
    plan = make_plan(db.reader, table, mapping, progress.stage(_CHECKING))
    progress.done(_CHECKING)
    _print_report(table, mapping, plan)
    if plan.problems and not args.skip_invalid:
        print("Nothing imported: correct the rows above, or use --skip-invalid.")
        return ExitCode.FAILED
    if args.dry_run:
        print("Dry run: nothing written.")
        return ExitCode.OK
    try:  # the rows are read again from the file, which may have changed meanwhile
        counts = apply_import(db, plan, default=Choice(args.duplicates), skip_invalid=True,
                              on_progress=progress.stage(_WRITING))  # fmt: skip
    except CsvError as error:
        return fail(f"{args.file}: {_PROBLEMS[error.problem.value]}; nothing imported")
    progress.done(_WRITING)
    print(
        f"Imported: {counts.customers_created} customers and {counts.contacts_created} "
        f"contacts created, {counts.customers_merged} customers and {counts.contacts_merged} "
        f"contacts merged, {counts.skipped} duplicates skipped, "
        f"{counts.rows_left_out} rows with problems left out."
    )
    return ExitCode.OK


def _print_report(table: "CsvTable", mapping: "Mapping", plan: "ImportPlan") -> None:
    from relationdesk.cli.messages import field_problems
    from relationdesk.domain.csv_mapping import Target

    encoding = {"utf-8-sig": "UTF-8 with BOM", "utf-8": "UTF-8", "cp1252": "Windows-1252"}
    delimiter = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
    print(f"{encoding[table.encoding]}, {delimiter[table.delimiter]}-separated, "
          f"{plan.rows} rows")  # fmt: skip
    for column, target in zip(table.header, mapping, strict=True):
        if target is not Target.IGNORE:
            print(f"  {column} -> {target.value}")
    print(f"Customers: {len(plan.customers)}, contacts: {plan.contacts}, "
          f"rows with problems: {plan.rows_with_problems}")  # fmt: skip
    for problem in plan.problems:
        if problem.error is None:  # the row as a whole (RowFault.EXTRA_CELLS)
            print(f"  line {problem.line}: more cells than the header has columns "
                  f"({len(table.header)}): {problem.value!r} is beyond the last one")  # fmt: skip
        else:
            print(f"  line {problem.line}: {field_problems([problem.error])}")
    for duplicate in plan.duplicates:
        where = "in the database" if duplicate.in_database else f"line {duplicate.earlier_line}"
        print(f"  line {duplicate.line}: {duplicate.kind.value} {duplicate.name!r} "
              f"already there ({where})")  # fmt: skip
