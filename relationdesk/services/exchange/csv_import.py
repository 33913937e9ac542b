"""Importing customers and contacts from a CSV file: read, plan (nothing written, every
problem and duplicate found), then apply in one transaction.

An import lands whole or not at all: apply runs in a single `db.write()`; a row with
problems blocks it unless the user chose to leave such rows out; cancelling from the
progress callback raises ImportCancelled inside the transaction, which rolls it back.
"""

import sqlite3
from collections.abc import Callable
from collections.abc import Mapping as MappingType
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import BinaryIO

from sqlmodel import Session

from relationdesk.db.database import Database
from relationdesk.db.models import Contact, Customer
from relationdesk.domain.csv_import import (
    MAX_FILE_BYTES,
    CsvError,
    CsvProblem,
    CsvTable,
    ReadProgress,
    open_table,
)
from relationdesk.domain.csv_import_plan import (
    Choice,
    DuplicateKind,
    ExistingContact,
    ExistingCustomer,
    ImportPlan,
    PlannedContact,
    PlannedCustomer,
    plan_import,
    planned_customers,
)
from relationdesk.domain.csv_mapping import Mapping
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.domain.merging import CONTACT_FILL_FIELDS, CUSTOMER_FILL_FIELDS
from relationdesk.domain.progress import Cancelled, Progress
from relationdesk.domain.text import fold
from relationdesk.services.customer_editing import apply_contact_fields, apply_customer_fields
from relationdesk.services.merging import complete_from_import

PROGRESS_EVERY = 100  # records between progress calls


class ImportCancelled(Cancelled):
    """The user stopped the import; the transaction was rolled back, nothing written."""


class ImportBlocked(Exception):
    """Rows have problems and the user did not choose to leave them out."""


@dataclass
class ImportCounts:
    customers_created: int = 0
    customers_merged: int = 0
    contacts_created: int = 0
    contacts_merged: int = 0
    skipped: int = 0  # duplicates the user chose to skip (customers and contacts)
    rows_left_out: int = 0  # rows with problems


def read_csv_file(path: Path, on_progress: ReadProgress | None = None) -> CsvTable:
    """The checked file, streamed (its rows are read again from the file when used);
    CsvError when it is too large (checked before reading a byte), cannot be read, or is
    not a CSV we accept."""

    def open_file() -> BinaryIO:
        return path.open("rb")

    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise CsvError(CsvProblem.TOO_LARGE)
        return open_table(open_file, on_progress)
    except OSError as error:
        raise CsvError(CsvProblem.UNREADABLE, None, str(error)) from error


def existing_customers(conn: sqlite3.Connection) -> dict[str, ExistingCustomer]:
    """The database's customers by folded name, with their people (for duplicates)."""
    people: dict[str, list[ExistingContact]] = {}
    for contact_id, customer_id, name, email in conn.execute(
        "SELECT id, customer_id, full_name, email FROM contact"
    ):
        people.setdefault(customer_id, []).append(ExistingContact(contact_id, name, email))
    found: dict[str, ExistingCustomer] = {}
    for customer_id, name in conn.execute("SELECT id, name FROM customer ORDER BY created_at"):
        found.setdefault(
            fold(name), ExistingCustomer(customer_id, name, tuple(people.get(customer_id, ())))
        )
    return found


def make_plan(
    conn: sqlite3.Connection,
    table: CsvTable,
    mapping: Mapping,
    on_progress: Progress | None = None,
) -> ImportPlan:
    """What the import would do; reads the database, writes nothing. `on_progress(rows,
    total)` may answer False to stop (PlanCancelled)."""
    return plan_import(table, mapping, existing_customers(conn), on_progress)


def _new_customer(fields_: CustomerFields) -> Customer:
    row = Customer(name=fields_.name, sort_key="")
    apply_customer_fields(row, fields_)
    return row


def _merge_customer(row: Customer, more: CustomerFields) -> None:
    """Fill what the customer lacks and add the notes (domain/merging's rules)."""
    complete_from_import(row, asdict(more), CUSTOMER_FILL_FIELDS)


def _new_contact(customer_id: str, fields_: ContactFields) -> Contact:
    row = Contact(customer_id=customer_id, full_name=fields_.full_name)
    apply_contact_fields(row, fields_)
    return row


def _merge_contact(row: Contact, more: ContactFields) -> None:
    complete_from_import(row, _plain(more), CONTACT_FILL_FIELDS)


def _plain(fields_: ContactFields) -> dict[str, object]:
    """The contact's fields as text (buying role and influence as their stored values)."""
    return {name: getattr(value, "value", value) for name, value in asdict(fields_).items()}


def apply_import(
    db: Database,
    plan: ImportPlan,
    choices: MappingType[str, Choice] | None = None,
    default: Choice = Choice.SKIP,
    *,
    skip_invalid: bool = False,
    on_progress: Progress | None = None,
) -> ImportCounts:
    """Write the plan in one transaction, reading its rows again from the file.
    `choices` answers duplicates by Duplicate.key; unanswered ones get `default`.
    `on_progress(done, total)` returns False to cancel. The file changed or gone since
    the plan: CsvError, and nothing is written."""
    if plan.problems and not skip_invalid:
        raise ImportBlocked
    answers = dict(choices or {})
    counts = ImportCounts(rows_left_out=plan.rows_with_problems)
    total = len(plan.customers) + plan.contacts
    done = 0

    def step(records: int) -> None:
        nonlocal done
        before, done = done, done + records
        due = before // PROGRESS_EVERY != done // PROGRESS_EVERY or done == total
        if on_progress is not None and due and not on_progress(done, total):
            raise ImportCancelled

    try:
        with db.write() as session:
            _write(session, plan, answers, default, counts, step)
    except OSError as error:  # the file, read again (the transaction is rolled back)
        raise CsvError(CsvProblem.UNREADABLE, None, str(error)) from error
    return counts


def _write(
    session: Session,
    plan: ImportPlan,
    answers: dict[str, Choice],
    default: Choice,
    counts: ImportCounts,
    step: Callable[[int], None],
) -> None:
    for planned in planned_customers(plan):  # the rows read again, in this transaction
        choice = Choice.CREATE
        if planned.existing_id is not None:
            choice = answers.get(f"{DuplicateKind.CUSTOMER.value}:{planned.line}", default)
        if choice is Choice.SKIP:
            counts.skipped += 1 + len(planned.contacts)
            step(1 + len(planned.contacts))
            continue
        existing = session.get(Customer, planned.existing_id) if choice is Choice.MERGE else None
        if existing is not None:
            _merge_customer(existing, planned.fields)
            counts.customers_merged += 1
            customer = existing
        else:  # also when the existing one was deleted meanwhile
            customer = _new_customer(planned.fields)
            session.add(customer)
            if planned.contacts:  # the unit of work may not order it before them
                session.flush()
            counts.customers_created += 1
        step(1)
        _write_contacts(session, planned, customer.id, existing is not None, answers,
                        default, counts, step)  # fmt: skip


def _write_contacts(
    session: Session,
    planned: PlannedCustomer,
    customer_id: str,
    merged: bool,
    answers: dict[str, Choice],
    default: Choice,
    counts: ImportCounts,
    step: Callable[[int], None],
) -> None:
    """A merged customer's people are compared with the ones it has; a new customer's
    only with those earlier in the file."""
    written: dict[int, Contact | None] = {}  # by line: what each row became (None: skipped)
    for contact in planned.contacts:
        duplicate, target = _duplicate_of(session, contact, merged, written)
        choice = Choice.CREATE
        if duplicate:
            choice = answers.get(f"{DuplicateKind.CONTACT.value}:{contact.line}", default)
        row: Contact | None = None
        if choice is Choice.CREATE:
            row = _new_contact(customer_id, contact.fields)
            session.add(row)
            counts.contacts_created += 1
        elif choice is Choice.MERGE and target is not None:
            row = target
            _merge_contact(row, contact.fields)
            counts.contacts_merged += 1
        else:  # skipped, or merging into a row that was itself skipped
            counts.skipped += 1
        written[contact.line] = row
        step(1)


def _duplicate_of(
    session: Session, contact: PlannedContact, merged: bool, written: dict[int, Contact | None]
) -> tuple[bool, Contact | None]:
    """Whether the contact is a duplicate here, and the row it duplicates (None when that
    one was skipped)."""
    if contact.earlier_line is not None:
        return True, written.get(contact.earlier_line)
    if merged and contact.existing_id is not None:
        return True, session.get(Contact, contact.existing_id)
    return False, None
