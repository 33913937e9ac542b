"""`relationdesk sync [--join URL | --conflicts | --restore ID]`: keep this laptop in step
with the team's server (docs/team.md). English messages, like `team`.

The password of --join comes from the terminal (never echoed) or, for scripts and tests,
from RELATIONDESK_TEAM_PASSWORD; it is kept in the system keychain, never in
settings.ini or the log. Exit codes: 0 synced, 1 refused or failed (one line says why;
nothing half-applied: the next sync goes on from where this one stopped)."""

import argparse
import getpass
import os
import sys
from datetime import UTC
from typing import TYPE_CHECKING

from relationdesk.cli.exit_codes import ExitCode
from relationdesk.cli.registry import Command, register

if TYPE_CHECKING:
    from relationdesk.db.database import Database
    from relationdesk.team.members import Laptop
    from relationdesk.team.sync import SyncReport


PASSWORD_ENV = "RELATIONDESK_TEAM_PASSWORD"


def add_arguments(sync: argparse.ArgumentParser) -> None:
    what = sync.add_mutually_exclusive_group()
    what.add_argument("--join", metavar="URL",
                      help="join the team at postgresql://USER@HOST/DB (asks for the "
                      f"password, or reads ${PASSWORD_ENV}); this laptop's data is pushed, "
                      "owned by USER")
    what.add_argument("--conflicts", action="store_true",
                      help="list the values that lost a conflict and were kept")
    what.add_argument("--restore", metavar="ID", type=int,
                      help="write a kept value back (it wins at the next sync)")


def run(args: argparse.Namespace) -> ExitCode:
    import psycopg

    from relationdesk.cli.database import open_for_command
    from relationdesk.team.errors import TeamError

    db = open_for_command()
    try:
        return _run(db, args)
    except TeamError as error:
        print(f"relationdesk sync: {error}", file=sys.stderr)
        return ExitCode.FAILED
    except psycopg.Error as error:
        detail = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        print("relationdesk sync: the connection to the team server broke off "
              f"({detail}); nothing was half-applied: sync again", file=sys.stderr)
        return ExitCode.FAILED
    finally:
        db.close()


def _run(db: "Database", args: argparse.Namespace) -> ExitCode:
    from relationdesk.team import conflicts
    from relationdesk.team.sync import join, run_sync

    if args.join:
        password = os.environ.get(PASSWORD_ENV) or getpass.getpass("Team password: ")
        _print_report(join(db, args.join, password))
    elif args.conflicts:
        kept = conflicts.list_kept(db)
        if not kept:
            print("No conflicts kept.")
        for value in kept:
            state = " (restored)" if value.restored else ""
            print(f"{value.id:>5}  {value.kept_at:%Y-%m-%d %H:%M}  {value.table}.{value.column} "
                  f"of {value.row_id}: {value.kept_member or '?'} wrote {value.value!r}, "
                  f"{value.winning_member or '?'}'s later edit won{state}")
    elif args.restore is not None:
        value = conflicts.restore(db, args.restore)
        print(f"Restored {value.table}.{value.column} of {value.row_id}; "
              "it goes to the team at the next sync.")
    else:
        _print_report(run_sync(db))
    return ExitCode.OK


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _print_report(report: "SyncReport") -> None:
    print(f"pushed {_count(report.pushed, 'change')}, pulled {_count(report.pulled, 'change')} "
          f"for {_count(report.customers, 'customer')}, "
          f"{_count(report.conflicts, 'conflict')} kept")
    if report.refused:
        print(f"{_count(report.refused, 'change')} refused by the server (not yours to write, "
              "or deleted meanwhile)", file=sys.stderr)
    if abs(report.clock_off_s) > 300:
        minutes = round(abs(report.clock_off_s) / 60)
        way = "ahead of" if report.clock_off_s > 0 else "behind"
        print(f"warning: this laptop's clock is {minutes} minutes {way} the server's: "
              "synced anyway; set the right time", file=sys.stderr)
    if report.cleanup_pending:
        print("note: rows removed by the sync are still in the database file until "
              "RelationDesk is restarted (another program was reading it)", file=sys.stderr)


def print_laptops(laptops: "list[Laptop]") -> None:
    """`team status`: each laptop's last sync and what it had still to push."""
    if not laptops:
        print("No laptop has synced yet.")
        return
    print(f"{'member':<20} {'laptop':<16} {'last sync (UTC)':<17} {'pending':>7}")
    for laptop in laptops:
        moment = laptop.last_sync_at.astimezone(UTC) if laptop.last_sync_at else None
        when = f"{moment:%Y-%m-%d %H:%M}" if moment else "never"
        print(f"{laptop.member:<20} {laptop.replica_id:<16} {when:<17} {laptop.pending:>7}")


register(
    Command(
        "sync",
        "push this laptop's changes to the team server and pull the team's",
        run,
        add_arguments,
        description="Push what changed on this laptop since the last sync, pull what "
        "changed on the team's server, and recompute scores and stages for the customers "
        "touched. Offline is normal: sync when the server can be reached.",
    )
)
