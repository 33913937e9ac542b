"""`relationdesk personal-data PERSON --out FILE.pdf` (GDPR access request: a PDF and a
JSON file) and `relationdesk erase contact|customer NAME_OR_ID --yes` (GDPR erasure),
without the window, through the services the contacts tab and the customer list use.

Without --yes, erase only says what it would erase. Exit codes (cli/exit_codes.ExitCode): 0
done, 1 nothing written (refused, unknown name, no --yes, cannot write), 2 a name matches
several records (they are listed), 6 erased, but another program reading the database
kept the erased data from leaving the file yet (the clean-up finishes when the database
is next opened)."""

import argparse
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from relationdesk.cli.exit_codes import ExitCode
from relationdesk.cli.messages import CommandError, fail
from relationdesk.cli.registry import Command, register

if TYPE_CHECKING:
    from relationdesk.db.database import Database
    from relationdesk.domain.mentions import Mention
    from relationdesk.services.merging import RecordCounts

LANGUAGES = ("en", "it", "id", "ro")


def add_personal_data_arguments(access: argparse.ArgumentParser) -> None:
    access.add_argument("contact", metavar="NAME_OR_ID", help="the person's full name or id")
    access.add_argument("--out", required=True, type=Path,
                        help="the PDF file to write; the JSON gets the same name")  # fmt: skip
    access.add_argument("--customer", metavar="NAME_OR_ID",
                        help="the person's customer, when two people share the name")  # fmt: skip
    access.add_argument("--include-sensitive", action="store_true",
                        help="include the texts of sensitive disclosures")  # fmt: skip
    access.add_argument("--lang", choices=LANGUAGES, default="en", help="the PDF's language")


def add_erase_arguments(erase: argparse.ArgumentParser) -> None:
    kinds = erase.add_subparsers(dest="kind", metavar="KIND", required=True)
    contact = kinds.add_parser(
        "contact", help="a person, what they disclosed, and their name in other texts"
    )
    contact.add_argument("record", metavar="NAME_OR_ID", help="the person's full name or id")
    contact.add_argument("--customer", metavar="NAME_OR_ID",
                         help="the person's customer, when two people share the name")  # fmt: skip
    customer = kinds.add_parser("customer", help="a customer with its people, meetings and history")
    customer.add_argument("record", metavar="NAME_OR_ID", help="the customer's name or id")
    for kind in (contact, customer):
        kind.add_argument("--keep-mentions", action="store_true",
                          help="leave the names in the other texts (default: replace each "
                          "full name with […]; a surname alone is always left)")  # fmt: skip
        kind.add_argument("--purge-backups", action="store_true",
                          help="also delete the backups made before the erasure")  # fmt: skip
        kind.add_argument("--yes", action="store_true",
                          help="erase (without it: only say what would be erased)")  # fmt: skip


def run_personal_data(args: argparse.Namespace) -> ExitCode:
    from relationdesk.cli.messages import offscreen_application

    app = offscreen_application()  # the PDF is drawn and translated by Qt
    try:
        return _on_the_database(_personal_data, args)
    finally:
        del app


def run_erase(args: argparse.Namespace) -> ExitCode:
    return _on_the_database(_erase_contact if args.kind == "contact" else _erase_customer, args)


def _on_the_database(
    work: "Callable[[Database, argparse.Namespace], ExitCode]", args: argparse.Namespace
) -> ExitCode:
    from relationdesk.cli.database import open_for_command
    from relationdesk.services.errors import NotFound

    db = open_for_command()
    try:
        return work(db, args)
    except NotFound:
        return fail("nothing done: it was deleted meanwhile")
    except OSError as error:
        return fail(f"nothing written: {error}")
    finally:
        db.close()


def _personal_data(db: "Database", args: argparse.Namespace) -> ExitCode:
    from relationdesk.cli.lookup import find_contact
    from relationdesk.i18n import speaking
    from relationdesk.services.personal_data import personal_data
    from relationdesk.services.reports.personal_data_report import write_personal_data_files

    out: Path = args.out.expanduser()
    if not out.parent.is_dir():
        raise CommandError(f"no such folder: {out.parent}")
    contact_id = find_contact(db.reader, args.contact, args.customer)
    now = datetime.now(UTC).replace(tzinfo=None)
    data = personal_data(db.reader, contact_id, now, args.include_sensitive)
    with speaking(args.lang):
        pdf, json = write_personal_data_files(data, out)
    sensitive = "included" if args.include_sensitive else "left out"
    print(f"Written {pdf} and {json}: everything held about {data.contact['full_name']} "
          f"(sensitive disclosure texts {sensitive})")  # fmt: skip
    return ExitCode.OK


def _erase_contact(db: "Database", args: argparse.Namespace) -> ExitCode:
    from relationdesk.cli.lookup import contact_name, find_contact
    from relationdesk.services.erasure import erase_contact, find_mentions
    from relationdesk.services.merging import contact_counts

    contact_id = find_contact(db.reader, args.record, args.customer)
    name, customer = contact_name(db.reader, contact_id)
    mentions = find_mentions(db.reader, contact_id)
    # As the erase dialog ticks them: the full name goes, a surname alone may be another's.
    redacted = [] if args.keep_mentions else [m for m in mentions if m.full_name]
    left = [m for m in mentions if m not in redacted]
    counts = contact_counts(db.reader, contact_id)
    if not args.yes:
        print(f"Would erase {name} ({customer}, {contact_id}): {_contact_counts(counts)}.")
        _print_mentions("The name would be replaced by […] in", redacted)
        _print_mentions("The name would be left in", left)
        print("Nothing erased: add --yes to erase.")
        return ExitCode.FAILED
    _move_old_draft(db)
    clean = erase_contact(db, contact_id, redacted)
    print(f"Erased {name} ({customer}): {_contact_counts(counts)}.")
    _print_mentions("The name was replaced by […] in", redacted)
    _print_mentions("The name was left in", left)
    return _after_erasure(db, args.purge_backups, clean)


def _erase_customer(db: "Database", args: argparse.Namespace) -> ExitCode:
    from relationdesk.cli.commands.merge import CUSTOMER_LABELS, listed_counts
    from relationdesk.cli.lookup import customer_name, find_customer
    from relationdesk.services.erasure import customer_mentions, erase_customer
    from relationdesk.services.merging import customer_counts

    customer_id = find_customer(db.reader, args.record)
    name = customer_name(db.reader, customer_id)
    counts = listed_counts(customer_counts(db.reader, customer_id), CUSTOMER_LABELS)
    mentions = customer_mentions(db.reader, customer_id)
    # As for a person: each full name goes, a surname alone may be another's.
    redacted = [] if args.keep_mentions else [pair for pair in mentions if pair[1].full_name]
    left = [mention for person, mention in mentions if (person, mention) not in redacted]
    if not args.yes:
        print(f"Would erase {name} ({customer_id}) with {counts}.")
        _print_mentions("Its people's names would be replaced by […] in",
                        [mention for _person, mention in redacted])  # fmt: skip
        _print_mentions("Its people's names would be left in", left)
        print("Nothing erased: add --yes to erase.")
        return ExitCode.FAILED
    _move_old_draft(db)
    clean = erase_customer(db, customer_id, redacted)
    print(f"Erased {name} with {counts}.")
    _print_mentions("Its people's names were replaced by […] in",
                    [mention for _person, mention in redacted])  # fmt: skip
    _print_mentions("Its people's names were left in", left)
    return _after_erasure(db, args.purge_backups, clean)


def _move_old_draft(db: "Database") -> None:
    """A meeting draft an older version left in settings.ini goes into the database
    first, so the erasure reaches it there."""
    from relationdesk.paths import settings_file
    from relationdesk.services.meeting_draft import move_old_draft
    from relationdesk.settings import Settings

    if settings_file().exists():
        move_old_draft(db, Settings(settings_file()))


def _contact_counts(counts: "RecordCounts") -> str:
    return (
        f"the contact record, {counts.get('disclosures')} disclosures and "
        f"{counts.get('history')} recommendation answers and referrals; taken off "
        f"{counts.get('meetings')} meetings attended (the meetings stay)"
    )


def _print_mentions(title: str, mentions: "list[Mention]") -> None:
    if not mentions:
        return
    print(f"{title} {len(mentions)} texts:")
    for mention in mentions:
        alone = "" if mention.full_name else " (surname only)"
        print(f"  {mention.table}.{mention.column} {mention.row_id}{alone}: {mention.excerpt}")


def _after_erasure(db: "Database", purge: bool, clean: bool) -> ExitCode:
    """The backups made before still hold the erased data: say so, or delete them. Then
    say whether the file itself is clean: never a success while it is not."""
    from relationdesk.services.backup.erasures import (
        backups_with_erased_data,
        leftover_copies,
        purge_backups_with_erased_data,
    )

    if purge:
        deleted = purge_backups_with_erased_data(db.path)
        print(f"Deleted {deleted} backups and copies made before the erasure.")
    else:
        older = len(backups_with_erased_data(db.path)) + len(leftover_copies(db.path))
        if older:
            print(f"{older} older backups and copies still hold the erased data: delete them "
                  "with File → Backups… (erase --purge-backups deletes them at once).")  # fmt: skip
        else:
            print("No older backup holds the erased data.")
    if clean:
        return ExitCode.OK
    return fail("not finished: another program is reading the database, so the erased data "
                "is still in its file. Close it (RelationDesk, a backup tool, an SQLite "
                "browser); the clean-up finishes the next time the database is opened.",
                ExitCode.CLEANUP_PENDING)  # fmt: skip


register(
    Command(
        "personal-data",
        "everything held about one person, as a PDF and a JSON file next to it "
        "(GDPR access request; needs no display)",
        run_personal_data,
        add_personal_data_arguments,
    )
)
register(
    Command(
        "erase",
        "erase a person or a customer for good (GDPR erasure)",
        run_erase,
        add_erase_arguments,
    )
)
