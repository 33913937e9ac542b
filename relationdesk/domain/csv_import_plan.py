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

from collections.abc import Callable, Sequence
from collections.abc import Mapping as MappingType
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


@dataclass(frozen=True, slots=True)
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


@dataclass(slots=True)
class PlannedContact:
    line: int
    fields: ContactFields
    existing_id: str | None = None  # the same person already at the existing customer
    earlier_line: int | None = None  # the same person earlier in the file


@dataclass(slots=True)
class PlannedCustomer:
    line: int  # the first row naming it
    fields: CustomerFields
    existing_id: str | None = None  # a customer of this name is already in the database
    contacts: list[PlannedContact] = field(default_factory=list)


class DuplicateKind(StrEnum):
    CUSTOMER = "customer"
    CONTACT = "contact"


@dataclass(frozen=True, slots=True)
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
    """Who is among each customer's people, by folded name and by e-mail: one lookup for
    the whole file (keyed "customer, person"), so a customer with 100,000 rows is checked
    in linear time and a file of a million customers holds no lookup per customer."""

    __slots__ = ("by_email", "by_name")

    def __init__(self) -> None:
        self.by_name: dict[str, int | str] = {}  # an earlier line, or a database id
        self.by_email: dict[str, int | str] = {}

    def add(self, customer: str, name: str, email: str, found: int | str) -> None:
        self.by_name.setdefault(f"{customer}\x1f{fold(name)}", found)
        mail = email.strip().casefold()
        if mail:
            self.by_email.setdefault(f"{customer}\x1f{mail}", found)

    def find(self, customer: str, name: str, email: str) -> int | str | None:
        """What was added for the same folded name, or the same e-mail (case aside), at
        this customer; None when the person is new."""
        found = self.by_name.get(f"{customer}\x1f{fold(name)}")
        mail = email.strip().casefold()
        if found is not None or not mail:
            return found
        return self.by_email.get(f"{customer}\x1f{mail}")


class PlanCancelled(Exception):
    """The user stopped the check of the rows."""


PROGRESS_ROWS = 2000  # rows between progress reports


def plan_import(
    table: CsvTable,
    mapping: Mapping,
    existing: MappingType[str, ExistingCustomer],
    on_progress: Callable[[int, int], bool] | None = None,
) -> ImportPlan:
    """`existing`: the database's customers by folded name (see services.csv_import).
    `on_progress(rows, total)` is told every PROGRESS_ROWS rows; False stops the check
    (PlanCancelled)."""
    problems: list[RowProblem] = []
    by_name: dict[str, PlannedCustomer] = {}
    in_file, in_database = _People(), _People()  # people earlier in the file; in the database
    duplicates: list[Duplicate] = []
    columns = _columns(mapping, table.header)
    width, total = len(table.header), len(table.rows)
    for done, row in enumerate(table.rows, start=1):
        due = on_progress is not None and done % PROGRESS_ROWS == 0
        if due and on_progress is not None and not on_progress(done, total):
            raise PlanCancelled
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
            for person in known.contacts if known else ():
                in_database.add(key, person.full_name, person.email, person.id)
            if known is not None:
                duplicates.append(
                    Duplicate(row.line, DuplicateKind.CUSTOMER, customer.name, in_database=True)
                )
        else:
            planned.fields = _fill(planned.fields, customer)
        if contact is not None:
            planned.contacts.append(
                _planned_contact(row.line, key, contact, in_file, in_database, duplicates)
            )
    return ImportPlan(len(table.rows), list(by_name.values()), problems, duplicates)


def _planned_contact(
    line: int,
    customer: str,
    contact: ContactFields,
    in_file: _People,
    in_database: _People,
    duplicates: list[Duplicate],
) -> PlannedContact:
    planned = PlannedContact(line, contact)
    name, email = contact.full_name, contact.email
    earlier = in_file.find(customer, name, email)
    if isinstance(earlier, int):
        planned.earlier_line = earlier
        duplicates.append(Duplicate(line, DuplicateKind.CONTACT, name, False, earlier))
        return planned
    in_file.add(customer, name, email, line)
    known = in_database.find(customer, name, email)
    if isinstance(known, str):
        planned.existing_id = known
        duplicates.append(Duplicate(line, DuplicateKind.CONTACT, name, True))
    return planned
