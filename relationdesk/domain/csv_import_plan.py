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

from array import array
from collections.abc import Iterator, Sequence
from collections.abc import Mapping as MappingType
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from relationdesk.domain.csv_countries import country_code
from relationdesk.domain.csv_import import CsvError, CsvProblem, CsvRow, CsvTable
from relationdesk.domain.csv_import_index import DatabasePeople, HashIndex, People
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
from relationdesk.domain.progress import Cancelled, Progress
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
    existing_id: str | None = None  # the record in the database it duplicates

    @property
    def key(self) -> str:
        return f"{self.kind.value}:{self.line}"


class CustomerGroups:
    """The file's customers as numbers: each one's position by folded name (hashed), its
    first and last rows, and the database's customer it names, if any."""

    __slots__ = ("existing", "first", "index", "last")

    def __init__(self) -> None:
        self.index = HashIndex()
        self.first = array("i")
        self.last = array("i")
        self.existing: dict[int, str] = {}  # by position: few, as many as the database has

    def __len__(self) -> int:
        return len(self.first)

    def find(self, key: str) -> int | None:
        return self.index.get(key)

    def add(self, key: str, line: int, existing_id: str | None) -> int:
        position = self.index.setdefault(key, len(self.first))
        self.first.append(line)
        self.last.append(line)
        if existing_id is not None:
            self.existing[position] = existing_id
        return position


@dataclass
class ImportPlan:
    """What planned_customers needs to read the rows again; per row only the problems
    and duplicates, so a million rows plan in a few bytes per byte of the file."""

    rows: int  # data rows read
    customers: CustomerGroups
    problems: list[RowProblem]
    duplicates: list[Duplicate]
    contacts: int = 0
    table: CsvTable | None = None
    mapping: Mapping = ()

    @property
    def rows_with_problems(self) -> int:
        return len({problem.line for problem in self.problems})


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


class PlanCancelled(Cancelled):
    """The user stopped the check of the rows."""


PROGRESS_ROWS = 2000  # rows between progress reports


def plan_import(
    table: CsvTable,
    mapping: Mapping,
    existing: MappingType[str, ExistingCustomer],
    on_progress: Progress | None = None,
) -> ImportPlan:
    """`existing`: the database's customers by folded name (see services.exchange.csv_import).
    `on_progress(rows, total)` is told every PROGRESS_ROWS rows; False stops the check
    (PlanCancelled). The plan keeps numbers per row, not the rows' values: the import
    reads them again (planned_customers)."""
    problems: list[RowProblem] = []
    groups = CustomerGroups()
    in_file, in_database = People(), DatabasePeople()
    duplicates: list[Duplicate] = []
    columns = _columns(mapping, table.header)
    width, total, contacts = len(table.header), len(table.rows), 0
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
        group = groups.find(key)
        if group is None:
            known = existing.get(key)
            groups.add(key, row.line, known.id if known else None)
            for person in known.contacts if known else ():
                in_database.add(key, person.full_name, person.email, person.id)
            if known is not None:
                found = Duplicate(row.line, DuplicateKind.CUSTOMER, customer.name, True)
                duplicates.append(replace(found, existing_id=known.id))
        else:
            groups.last[group] = row.line
        if contact is not None:
            contacts += 1
            _check_contact(row.line, key, contact, in_file, in_database, duplicates)
    return ImportPlan(len(table.rows), groups, problems, duplicates, contacts, table, mapping)


def _check_contact(
    line: int,
    customer: str,
    contact: ContactFields,
    in_file: People,
    in_database: DatabasePeople,
    duplicates: list[Duplicate],
) -> None:
    name, email = contact.full_name, contact.email
    earlier = in_file.find(customer, name, email)
    if earlier is not None:
        duplicates.append(Duplicate(line, DuplicateKind.CONTACT, name, False, earlier))
        return
    in_file.add(customer, name, email, line)
    known = in_database.find(customer, name, email)
    if known is not None:
        duplicates.append(Duplicate(line, DuplicateKind.CONTACT, name, True, existing_id=known))


def _changed(line: int | None) -> CsvError:
    """The file no longer holds the rows the plan was made from."""
    return CsvError(CsvProblem.UNREADABLE, line, "the file changed since it was checked")


def planned_customers(plan: ImportPlan) -> Iterator[PlannedCustomer]:
    """The plan's customers with their fields and contacts, read again from the file.
    Each is given once its last row is read, so only customers whose rows are still to
    come are held (one at a time when a customer's rows are together, as exports write
    them). Raises CsvError when the rows are not the ones planned."""
    if plan.table is None:
        return
    left_out = {problem.line for problem in plan.problems}
    people = {d.line: d for d in plan.duplicates if d.kind is DuplicateKind.CONTACT}
    columns = _columns(plan.mapping, plan.table.header)
    groups = plan.customers
    pending: dict[int, tuple[str, PlannedCustomer]] = {}
    for row in plan.table.rows:
        if row.line in left_out:
            continue
        customer, contact = row_fields(row, plan.mapping, columns)
        key = fold(customer.name)
        group = groups.find(key)
        held = pending.get(group) if group is not None else None
        if group is None or (held[0] != key if held else groups.first[group] != row.line):
            raise _changed(row.line)  # a different file, or two names sharing a hash
        if held is None:
            planned = PlannedCustomer(row.line, customer, groups.existing.get(group))
            pending[group] = (key, planned)
        else:
            planned = held[1]
            planned.fields = _fill(planned.fields, customer)
        if contact is not None:
            found = people.get(row.line)
            same = (found.existing_id, found.earlier_line) if found else (None, None)
            planned.contacts.append(PlannedContact(row.line, contact, *same))
        if groups.last[group] == row.line:
            del pending[group]
            yield planned
    if pending:
        raise _changed(None)
