"""`relationdesk team init|add-member|list-members|remove-member|status`: set up the
team's PostgreSQL server and its members (docs/team.md). No window, no local database.

The administrator's server URL comes from --server or RELATIONDESK_TEAM_SERVER; its
password from the URL, PGPASSWORD or ~/.pgpass (libpq's usual places). Passwords are
never printed except a new member's one-time password, once, on standard output.
Exit codes (cli/exit_codes.ExitCode): 0 done (or nothing to do), 1 refused (the message
says why; nothing changed). English messages."""

import argparse
import os
from typing import TYPE_CHECKING

from relationdesk.cli.exit_codes import ExitCode
from relationdesk.cli.messages import fail
from relationdesk.cli.registry import Command, register

if TYPE_CHECKING:
    from relationdesk.team.members import Member

WHO = "relationdesk team"  # how its messages begin
SERVER_ENV = "RELATIONDESK_TEAM_SERVER"
SERVER_HELP = (
    "the team's PostgreSQL as its administrator, postgresql://ADMIN@HOST:PORT/DB "
    f"(default: ${SERVER_ENV}); put the password in PGPASSWORD or ~/.pgpass rather "
    "than in the URL"
)


def add_arguments(team: argparse.ArgumentParser) -> None:
    actions = team.add_subparsers(dest="team_action", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init", help="create the schema, roles and row-level security (idempotent)")
    init.add_argument("--name", required=True, help='the team\'s name, e.g. "Sales Italy"')
    add = actions.add_parser(
        "add-member", help="create a member's login and print what they need to join")
    add.add_argument("name", help="the member's login name (lower-case letters, digits, _)")
    add.add_argument("--manager", action="store_true",
                     help="the member reads the whole team and may reassign customers")
    actions.add_parser("list-members", help="the members, their role and customers")
    remove = actions.add_parser(
        "remove-member", help="drop a member's login (their customers stay, to reassign)")
    remove.add_argument("name", help="the member's login name")
    actions.add_parser("status", help="the team, its schema and its members")
    for action in actions.choices.values():
        action.add_argument("--server", help=SERVER_HELP)


def run(args: argparse.Namespace) -> ExitCode:
    from relationdesk.team.errors import TeamError, mask_url

    url = args.server or os.environ.get(SERVER_ENV, "")
    if not url:
        return fail(f"give the server with --server or {SERVER_ENV}", who=WHO)
    try:
        return _run(args, url)
    except TeamError as error:
        return fail(f"{mask_url(url)}: {error}", who=WHO)


def _run(args: argparse.Namespace, url: str) -> ExitCode:
    from relationdesk.team import members
    from relationdesk.team.errors import mask_url
    from relationdesk.team.server import init_team

    action = args.team_action
    if action == "init":
        if init_team(url, args.name):
            print(f'The team "{args.name.strip()}" is set up on {mask_url(url)}. '
                  "Next: relationdesk team add-member NAME")
        else:
            print(f'The team "{args.name.strip()}" is already set up on {mask_url(url)}; '
                  "nothing changed.")
        return ExitCode.OK
    if action == "add-member":
        joining = members.add_member(url, args.name, args.manager)
        role = "manager" if args.manager else "salesperson"
        if joining.password is None:
            what = f"is now a {role}" if joining.changed else "is already a member; nothing changed"
            print(f"{args.name} {what}.")
            return ExitCode.OK
        print(f"Added {args.name} ({role}). Give them these to join the team; "
              "the password is shown only this once:")
        print(f"  server:   {joining.server}")
        print(f"  user:     {joining.user}")
        print(f"  password: {joining.password}")
        return ExitCode.OK
    if action == "remove-member":
        if members.remove_member(url, args.name):
            print(f"Removed {args.name}: their login is gone; their customers keep them as "
                  "owner until a manager reassigns them.")
        else:
            print(f"{args.name} is not a member; nothing changed.")
        return ExitCode.OK
    team, people = members.list_members(url)
    if action == "status":
        print(f'Team "{team.name}" on {mask_url(url)}')
    _print_members(people, with_sync=False)
    if action == "status":
        from relationdesk.cli.commands.sync import print_laptops

        print_laptops(members.list_laptops(url))
    return ExitCode.OK


def _print_members(people: "list[Member]", with_sync: bool) -> None:
    if not any(p.active for p in people):
        print("No members yet: relationdesk team add-member NAME")
    header = f"{'member':<20} {'role':<12} {'customers':>9}"
    print(header + ("  last sync" if with_sync else ""))
    for person in people:
        if not person.active:
            continue
        role = "manager" if person.manager else "salesperson"
        line = f"{person.name:<20} {role:<12} {person.customers:>9}"
        print(line + ("  never" if with_sync else ""))
    gone = [p for p in people if not p.active]
    for person in gone:
        print(f"{person.name:<20} {'removed':<12} {person.customers:>9}")


register(
    Command(
        "team",
        "set up the team's shared PostgreSQL server and its members",
        run,
        add_arguments,
        description="Set up the team's PostgreSQL server and its members (docs/team.md). "
        f"Every action takes the administrator's URL from --server or ${SERVER_ENV}.",
    )
)
