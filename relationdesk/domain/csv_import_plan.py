"""What an import would do, worked out before anything is written: each row validated
with the same rules as the forms, rows naming the same customer read as one customer
with several contacts (our own export writes a row per contact), and the duplicates
found, for the user to skip, merge or create.

Decisions, so the window, the command line and the tests agree:
- A row with any problem is left out whole (customer and contact); an import with such
  rows writes nothing unless the user chose to import the valid rows only.
- Rows naming the same customer (folded: "ȘTEFAN srl" = "Stefan SRL") are one customer;
  the first non-empty value of each field wins. That is not a duplicate.
- A duplicate is a customer whose folded name is already in the database, or a contact
  whose folded name or e-mail is already among that customer's people (in the database,
  when the customer is merged into the existing one, or earlier in the file).
"""

from collections.abc import Mapping as MappingType
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from relationdesk.domain.csv_import import CsvRow, CsvTable
from relationdesk.domain.csv_mapping import Mapping, Target
from relationdesk.domain.customers import (
    ContactFields,
    CustomerFields,
    validate_contact,
    validate_customer,
)
from relationdesk.domain.text import fold
from relationdesk.domain.validation import FieldError, Problem


class Choice(StrEnum):
    """What to do with a duplicate."""

    SKIP = "skip"  # leave it out; the existing record is not touched
    MERGE = "merge"  # fill the existing record's empty fields and add to its notes
    CREATE = "create"  # a new record beside the existing one


@dataclass(frozen=True)
class RowProblem:
    line: int
    error: FieldError  # field is a Target value, e.g. "contact.email"
    value: str = ""  # what the row holds there (empty for a missing value)


@dataclass(frozen=True)
class ExistingContact:
    id: str
    full_name: str
    email: str


@dataclass(frozen=True)
class ExistingCustomer:
    id: str
    name: str
    contacts: tuple[ExistingContact, ...] = ()


@dataclass
class PlannedContact:
    line: int
    fields: ContactFields
    existing_id: str | None = None  # the same person already at the existing customer
    earlier_line: int | None = None  # the same person earlier in the file


@dataclass
class PlannedCustomer:
    line: int  # the first row naming it
    fields: CustomerFields
    existing_id: str | None = None  # a customer of this name is already in the database
    contacts: list[PlannedContact] = field(default_factory=list)


class DuplicateKind(StrEnum):
    CUSTOMER = "customer"
    CONTACT = "contact"


@dataclass(frozen=True)
class Duplicate:
    """One question for the user; `key` files their answer."""

    line: int
    kind: DuplicateKind
    name: str
    in_database: bool  # else: repeated in the file (earlier_line)
    earlier_line: int | None = None

    @property
    def key(self) -> str:
        return f"{self.kind.value}:{self.line}"


@dataclass
class ImportPlan:
    rows: int  # data rows read
    customers: list[PlannedCustomer]
    problems: list[RowProblem]
    duplicates: list[Duplicate]

    @property
    def rows_with_problems(self) -> int:
        return len({problem.line for problem in self.problems})

    @property
    def contacts(self) -> int:
        return sum(len(customer.contacts) for customer in self.customers)


def _cells(row: CsvRow, mapping: Mapping) -> dict[Target, str]:
    values: dict[Target, list[str]] = {}
    for target, cell in zip(mapping, row.cells, strict=False):  # missing cells are empty
        if target is not Target.IGNORE and cell.strip():
            values.setdefault(target, []).append(cell.strip())
    joint = {Target.NOTES: "\n"}
    return {target: joint.get(target, " ").join(parts) for target, parts in values.items()}


def row_fields(row: CsvRow, mapping: Mapping) -> tuple[CustomerFields, ContactFields | None]:
    """The row's customer and contact (None when no contact column has a value), cleaned."""
    values = _cells(row, mapping)
    customer = CustomerFields(
        **{t.field: v for t, v in values.items() if not t.is_contact}
    ).cleaned()
    contact_values: dict[str, Any] = {t.field: v for t, v in values.items() if t.is_contact}
    contact = ContactFields(**contact_values).cleaned() if contact_values else None
    return customer, contact


def row_problems(customer: CustomerFields, contact: ContactFields | None) -> list[FieldError]:
    errors = [FieldError(f"customer.{e.field}", e.problem) for e in validate_customer(customer)]
    if contact is not None:
        errors += [FieldError(f"contact.{e.field}", e.problem) for e in validate_contact(contact)]
    return errors


def _value(field_name: str, customer: CustomerFields, contact: ContactFields | None) -> str:
    table, name = field_name.split(".", 1)
    source: object = customer if table == "customer" else contact
    return str(getattr(source, name, "") or "")


def mapping_problems(mapping: Mapping) -> list[FieldError]:
    """A mapping must say where the customer's name is."""
    if Target.CUSTOMER_NAME not in mapping:
        return [FieldError(Target.CUSTOMER_NAME.value, Problem.REQUIRED)]
    return []


def _fill(current: CustomerFields, more: CustomerFields) -> CustomerFields:
    empty = {name: value for name, value in vars(more).items() if not getattr(current, name)}
    return replace(current, **empty)


def same_person(name: str, email: str, other_name: str, other_email: str) -> bool:
    """The same folded name, or the same e-mail address (case aside)."""
    if fold(name) == fold(other_name):
        return True
    mail = email.strip().casefold()
    return bool(mail) and mail == other_email.strip().casefold()


def plan_import(
    table: CsvTable,
    mapping: Mapping,
    existing: MappingType[str, ExistingCustomer],
) -> ImportPlan:
    """`existing`: the database's customers by folded name (see services.csv_import)."""
    problems: list[RowProblem] = []
    by_name: dict[str, PlannedCustomer] = {}
    duplicates: list[Duplicate] = []
    for row in table.rows:
        customer, contact = row_fields(row, mapping)
        errors = row_problems(customer, contact)
        if errors:
            problems += [
                RowProblem(row.line, error, _value(error.field, customer, contact))
                for error in errors
            ]
            continue
        key = fold(customer.name)
        planned = by_name.get(key)
        if planned is None:
            known = existing.get(key)
            planned = PlannedCustomer(row.line, customer, known.id if known else None)
            by_name[key] = planned
            if known is not None:
                duplicates.append(
                    Duplicate(row.line, DuplicateKind.CUSTOMER, customer.name, in_database=True)
                )
        else:
            planned.fields = _fill(planned.fields, customer)
        if contact is not None:
            planned.contacts.append(
                _planned_contact(row.line, contact, planned, existing.get(key), duplicates)
            )
    return ImportPlan(len(table.rows), list(by_name.values()), problems, duplicates)


def _planned_contact(
    line: int,
    contact: ContactFields,
    customer: PlannedCustomer,
    known: ExistingCustomer | None,
    duplicates: list[Duplicate],
) -> PlannedContact:
    planned = PlannedContact(line, contact)
    for earlier in customer.contacts:
        if same_person(
            contact.full_name, contact.email, earlier.fields.full_name, earlier.fields.email
        ):
            planned.earlier_line = earlier.line
            duplicates.append(
                Duplicate(line, DuplicateKind.CONTACT, contact.full_name, False, earlier.line)
            )
            return planned
    for person in known.contacts if known else ():
        if same_person(contact.full_name, contact.email, person.full_name, person.email):
            planned.existing_id = person.id
            duplicates.append(Duplicate(line, DuplicateKind.CONTACT, contact.full_name, True))
            return planned
    return planned
