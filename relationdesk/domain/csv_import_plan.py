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
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from relationdesk.domain.csv_countries import country_code
from relationdesk.domain.csv_import import CsvRow, CsvTable
from relationdesk.domain.csv_mapping import (
    Mapping,
    Target,
    country_name_columns,
    typed_columns,
)
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


class RowFault(StrEnum):
    """A problem of the row as a whole rather than of one field."""

    EXTRA_CELLS = "extra_cells"  # more filled cells than the header has columns


@dataclass(frozen=True)
class RowProblem:
    line: int
    error: FieldError | None  # field is a Target value, e.g. "contact.email"; None: a fault
    value: str = ""  # what the row holds there (empty for a missing value)
    fault: RowFault | None = None


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


_FIRST_WINS = frozenset({Target.EMAIL, Target.PHONE, Target.MOBILE})  # never joined
_MOBILE_TYPES = frozenset({"mobile", "cell", "cellulare", "ponsel", "mobil", "handphone"})
_NOT_A_PHONE = frozenset({"fax", "pager"})


@dataclass(frozen=True)
class _Column:
    index: int
    target: Target
    type_index: int | None  # Google: the column saying "Mobile", "Work"… for this one
    country_names: bool = False  # Outlook, Google: "Romania" rather than "RO"


def _columns(mapping: Mapping, header: Sequence[str] = ()) -> list[_Column]:
    """Every mapped column with the column holding its type, worked out once."""
    typed = typed_columns(header)
    named = country_name_columns(header)
    return [
        _Column(column, target, typed.get(column), column in named)
        for column, target in enumerate(mapping)
        if target is not Target.IGNORE
    ]


def _phone_target(kind: str) -> Target | None:
    """Where a number of this type goes: "Mobile" → mobile, "Work Fax" → nowhere."""
    words = set(fold(kind).replace("*", " ").replace(":", " ").split())
    if words & _MOBILE_TYPES:
        return Target.MOBILE
    return None if words & _NOT_A_PHONE else Target.PHONE


def row_fields(
    row: CsvRow, mapping: Mapping, columns: list[_Column] | None = None
) -> tuple[CustomerFields, ContactFields | None]:
    """The row's customer and contact (None when no contact column has a value), cleaned.
    Several columns mapped to one field are joined (notes by lines, others by a space),
    except e-mails and phones, where the first one the row fills is taken."""
    cells = row.cells
    found: dict[Target, list[str]] = {}
    for column in columns if columns is not None else _columns(mapping):
        index, target = column.index, column.target
        cell = cells[index].strip() if index < len(cells) else ""  # missing cells: empty
        if not cell:
            continue
        if column.type_index is not None and target is Target.PHONE:
            kind = cells[column.type_index] if column.type_index < len(cells) else ""
            routed = _phone_target(kind)
            if routed is None:
                continue
            target = routed
        if target is Target.COUNTRY and column.country_names:
            cell = country_code(cell)
        if target in _FIRST_WINS and target in found:
            continue
        found.setdefault(target, []).append(cell)
    customer_values: dict[str, Any] = {}
    contact_values: dict[str, Any] = {}
    for target, parts in found.items():
        text = ("\n" if target.field == "notes" else " ").join(parts)
        (contact_values if target.is_contact else customer_values)[target.field] = text
    customer = CustomerFields(**customer_values).cleaned()
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
    """The first value of each field wins; notes of later rows are added, not dropped
    (Google's and Outlook's exports write a note per person, on each person's row)."""
    empty = {name: value for name, value in vars(more).items() if not getattr(current, name)}
    if current.notes and more.notes and more.notes not in current.notes:
        empty["notes"] = f"{current.notes}\n\n{more.notes}"
    return replace(current, **empty)


class _People:
    """Who is already among a customer's people, by folded name and by e-mail: a lookup,
    so a customer with 100,000 rows is checked in linear time."""

    def __init__(self) -> None:
        self.by_name: dict[str, tuple[int | None, str | None]] = {}
        self.by_email: dict[str, tuple[int | None, str | None]] = {}

    def add(self, name: str, email: str, line: int | None, row_id: str | None) -> None:
        self.by_name.setdefault(fold(name), (line, row_id))
        mail = email.strip().casefold()
        if mail:
            self.by_email.setdefault(mail, (line, row_id))

    def find(self, name: str, email: str) -> tuple[int | None, str | None] | None:
        """(earlier line, None) for a person earlier in the file, (None, id) for one in
        the database; None when new. Same folded name, or same e-mail (case aside)."""
        found = self.by_name.get(fold(name))
        mail = email.strip().casefold()
        return found if found is not None or not mail else self.by_email.get(mail)


def plan_import(
    table: CsvTable,
    mapping: Mapping,
    existing: MappingType[str, ExistingCustomer],
) -> ImportPlan:
    """`existing`: the database's customers by folded name (see services.csv_import)."""
    problems: list[RowProblem] = []
    by_name: dict[str, PlannedCustomer] = {}
    in_file: dict[str, _People] = {}  # per customer key: people earlier in the file
    in_database: dict[str, _People] = {}
    duplicates: list[Duplicate] = []
    columns = _columns(mapping, table.header)
    width = len(table.header)
    for row in table.rows:
        extra = [cell.strip() for cell in row.cells[width:] if cell.strip()]
        if extra:  # a separator in an unquoted cell: every cell after it is shifted
            problems.append(RowProblem(row.line, None, " | ".join(extra), RowFault.EXTRA_CELLS))
            continue
        customer, contact = row_fields(row, mapping, columns)
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
            in_file[key] = _People()
            in_database[key] = _People()
            for person in known.contacts if known else ():
                in_database[key].add(person.full_name, person.email, None, person.id)
            if known is not None:
                duplicates.append(
                    Duplicate(row.line, DuplicateKind.CUSTOMER, customer.name, in_database=True)
                )
        else:
            planned.fields = _fill(planned.fields, customer)
        if contact is not None:
            planned.contacts.append(
                _planned_contact(row.line, contact, in_file[key], in_database[key], duplicates)
            )
    return ImportPlan(len(table.rows), list(by_name.values()), problems, duplicates)


def _planned_contact(
    line: int,
    contact: ContactFields,
    in_file: _People,
    in_database: _People,
    duplicates: list[Duplicate],
) -> PlannedContact:
    planned = PlannedContact(line, contact)
    name, email = contact.full_name, contact.email
    earlier = in_file.find(name, email)
    if earlier is not None:
        planned.earlier_line = earlier[0]
        duplicates.append(Duplicate(line, DuplicateKind.CONTACT, name, False, earlier[0]))
        return planned
    in_file.add(name, email, line, None)
    known = in_database.find(name, email)
    if known is not None:
        planned.existing_id = known[1]
        duplicates.append(Duplicate(line, DuplicateKind.CONTACT, name, True))
    return planned
