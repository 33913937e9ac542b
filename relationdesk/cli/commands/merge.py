"""`relationdesk merge customers KEEP OTHER` and `relationdesk merge contacts KEEP OTHER`:
two records that are the same company or person become one, through the services the
merge dialogs use. KEEP stays (its name and filled fields win); everything of OTHER moves
to it, then OTHER is deleted.

Without --yes only the plan is printed. Exit codes (cli/exit_codes.ExitCode): 0 merged, 1
nothing merged (no --yes, a refusal such as periods that overlap in part, an unknown
name), 2 a name matches several records (they are listed); a database that cannot be
opened or used is said by cli.main."""

import argparse
from typing import TYPE_CHECKING

from relationdesk.cli.exit_codes import ExitCode
from relationdesk.cli.messages import fail
from relationdesk.cli.registry import Command, register

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Callable

    from relationdesk.db.database import Database
    from relationdesk.domain.validation import FieldError
    from relationdesk.services.merging import RecordCounts

# Why the services refuse a merge, in the command line's words (nothing was changed).
REFUSALS = {
    "same_record": "a record cannot be merged into itself",
    "not_this_customers": "only two people of the same customer can be merged",
    "merge_currency_conflict": "both customers have revenue and costs recorded, in "
    "different currencies; amounts in two currencies cannot be added up: re-enter one "
    "customer's periods in the other currency first",
    "merge_periods_clash": "a period of one customer overlaps a period of the other "
    "without being the same period (such as a month inside a quarter): change or delete "
    "one of the two first",
}
# What each side holds, as the merge dialogs count it (services.merging).
CUSTOMER_LABELS = {
    "contacts": "contacts",
    "meetings": "meetings",
    "disclosures": "disclosures",
    "follow_ups": "follow-ups",
    "periods": "economics periods",
    "history": "other history entries",
}
CONTACT_LABELS = {
    "meetings": "meetings attended",
    "disclosures": "disclosures",
    "history": "answers and referrals",
}


def add_arguments(merge: argparse.ArgumentParser) -> None:
    kinds = merge.add_subparsers(dest="kind", metavar="KIND", required=True)
    customers = kinds.add_parser("customers", help="two entries of one company")
    contacts = kinds.add_parser("contacts", help="two entries of one person (one customer's)")
    for kind, what in ((customers, "customer"), (contacts, "person")):
        kind.add_argument("keep", metavar="KEEP", help=f"the {what} that stays: name or id")
        kind.add_argument("other", metavar="OTHER",
                          help=f"the {what} merged into KEEP, then gone: name or id")  # fmt: skip
        kind.add_argument("--yes", action="store_true",
                          help="merge (without it: only print the plan)")  # fmt: skip
    contacts.add_argument("--customer", metavar="NAME_OR_ID",
                          help="their customer, when other people share the names")  # fmt: skip


def run(args: argparse.Namespace) -> ExitCode:
    from relationdesk.cli.database import open_for_command
    from relationdesk.services.errors import NotFound, ValidationFailed

    db = open_for_command()
    try:
        return _merge(db, args)
    except ValidationFailed as refusal:
        return fail(f"nothing merged: {_reasons(refusal.errors)}")
    except NotFound:
        return fail("nothing merged: one of the two was deleted meanwhile")
    finally:
        db.close()


def listed_counts(counts: "RecordCounts", labels: dict[str, str]) -> str:
    """What a record holds, in words: "1 contacts, 2 meetings, …" (labels in order)."""
    return ", ".join(f"{counts.get(key)} {label}" for key, label in labels.items())


def _reasons(errors: "list[FieldError]") -> str:
    """Why the services refused, in words (any other problem as the forms say it)."""
    from relationdesk.cli.messages import field_problems

    return "; ".join(
        REFUSALS[e.problem.value] if e.problem.value in REFUSALS else field_problems([e])
        for e in errors
    )


def _merge(db: "Database", args: argparse.Namespace) -> ExitCode:
    from relationdesk.cli.lookup import find_contact, find_customer
    from relationdesk.domain.merging import (
        CONTACT_FILL_FIELDS,
        CUSTOMER_FILL_FIELDS,
        conflicting_fields,
        same_record_errors,
    )
    from relationdesk.services import merging
    from relationdesk.services.errors import ValidationFailed

    conn = db.reader
    counts: Callable[[sqlite3.Connection, str], RecordCounts]
    merge: Callable[[Database, str, str], None]
    if args.kind == "customers":
        keep, other = find_customer(conn, args.keep), find_customer(conn, args.other)
        table, name, fields = "customer", "name", CUSTOMER_FILL_FIELDS
        counts, labels, merge = merging.customer_counts, CUSTOMER_LABELS, merging.merge_customers
    else:
        keep = find_contact(conn, args.keep, args.customer)
        other = find_contact(conn, args.other, args.customer)
        table, name, fields = "contact", "full_name", CONTACT_FILL_FIELDS
        counts, labels, merge = merging.contact_counts, CONTACT_LABELS, merging.merge_contacts
    errors = same_record_errors(keep, other)
    if errors:
        raise ValidationFailed(errors)
    kept, merged = (_values(conn, table, record, (name, *fields)) for record in (keep, other))
    for role, record, values in (("Keep", keep, kept), ("Merge", other, merged)):
        print(f"{role}: {values[name]} ({record}): {listed_counts(counts(conn, record), labels)}")
    print(f"After merging, there is one record named {kept[name]!r} with everything of both; "
          f"{merged[name]!r} is deleted.")  # fmt: skip
    for field in conflicting_fields(kept, merged, fields):
        print(f"  {field}: {kept[field]!r} stays ({merged[field]!r} is not kept)")
    if not args.yes:
        print("Nothing merged: add --yes to merge.")
        return ExitCode.FAILED
    merge(db, keep, other)
    print(f"Merged {merged[name]!r} into {kept[name]!r}.")
    return ExitCode.OK


def _values(
    conn: "sqlite3.Connection", table: str, record: str, columns: tuple[str, ...]
) -> dict[str, object]:
    """The record's name and the fields a merge fills (column names are constants)."""
    row = conn.execute(
        f"SELECT {', '.join(columns)} FROM {table} WHERE id = ?", [record]
    ).fetchone()
    return dict(zip(columns, row, strict=True))


register(
    Command(
        "merge",
        "make two customers, or two people of one customer, one record",
        run,
        add_arguments,
    )
)
