"""Contacts to and from vCard files (story 5: the phone's contacts come in).

Export: the customers' contacts (all, or one customer's) as vCard 3.0, ORG = customer,
written atomically with progress and cancel.

Import, in two steps like every import: `plan_vcard_import` reads nothing but the
database and says what would happen to each card (new, duplicate, refused and why) so
the user sees a report first; `apply_vcard_import` then writes it all in one transaction
(duplicates skipped, merged or created as the user chose), or nothing on a cancel or an
error. A card's company (ORG) is found by its folded name and created when missing; a
card without one goes to the customer the user picked, or is refused."""

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from relationdesk.domain.customers import ContactFields
from relationdesk.domain.enums import BuyingRole, Influence
from relationdesk.domain.text import fold
from relationdesk.domain.validation import FieldError, Problem
from relationdesk.services.exchange.exchange_files import (
    Progress,
    ProgressTicker,
    written_atomically,
)
from relationdesk.services.exchange.vcard_cards import Card, ImportCancelled, card_text

if TYPE_CHECKING:
    from relationdesk.db.database import Database
    from relationdesk.db.models import Contact

__all__ = [
    "CardOutcome",
    "Duplicates",
    "ImportCancelled",
    "ImportPlan",
    "ImportResult",
    "PlannedCard",
    "apply_vcard_import",
    "export_vcard",
    "plan_vcard_import",
]


class Duplicates(StrEnum):
    """What to do with a card whose person is already there."""

    SKIP = "skip"
    MERGE = "merge"  # fill the existing contact's empty fields, add the card's notes
    CREATE = "create"  # a second contact all the same


class CardOutcome(StrEnum):
    NEW = "new"
    DUPLICATE = "duplicate"
    INVALID = "invalid"


@dataclass(frozen=True)
class PlannedCard:
    card: Card
    outcome: CardOutcome
    customer_name: str  # the customer it goes to ("" when refused for lack of one)
    new_customer: bool  # that customer is created by the import
    duplicate_of: str = ""  # the existing contact's (or an earlier card's) name
    customer_key: str = ""  # its id, or "new:<folded name>" for one to create
    duplicate_key: str = ""  # the existing contact's id, or "card:<n>" for an earlier card
    errors: tuple[FieldError, ...] = ()


@dataclass(frozen=True)
class ImportPlan:
    cards: tuple[PlannedCard, ...]
    default_customer_id: str | None

    def count(self, outcome: CardOutcome) -> int:
        return sum(1 for planned in self.cards if planned.outcome is outcome)

    @property
    def new_customers(self) -> list[str]:
        names = {p.customer_name: None for p in self.cards if p.new_customer}
        return list(names)

    @property
    def has_cards_without_company(self) -> bool:
        return any(not planned.card.organisation for planned in self.cards)


@dataclass
class ImportResult:
    created: int = 0
    merged: int = 0
    skipped: int = 0  # duplicates left alone
    refused: int = 0  # cards with problems
    customers_created: int = 0


# --- matching (shared by the plan and the write, which matches again inside its
# transaction: the database may have changed while the user read the report) ----------
@dataclass
class _Index:
    customers: dict[str, tuple[str, str]]  # folded name → (id, name); first one wins
    names: dict[str, str] = field(default_factory=dict)  # id → name
    people: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)

    def add_person(self, customer: str, row_id: str, name: str, email: str) -> None:
        """`customer` is an id, or "new:<folded name>" for one the import creates."""
        for key in (("n", fold(name)), ("e", email.strip().casefold())):
            if key[1]:
                self.people.setdefault((customer, key[0] + key[1]), (row_id, name))

    def find_person(self, customer: str, fields: ContactFields) -> tuple[str, str] | None:
        for key in ("n" + fold(fields.full_name), "e" + fields.email.casefold()):
            if key[1:] and (customer, key) in self.people:
                return self.people[(customer, key)]
        return None


def _index(
    customers: Iterable[tuple[str, str, str]], contacts: Iterable[tuple[str, str, str, str]]
) -> _Index:
    index = _Index(customers={})
    for row_id, name, sort_key in customers:
        index.customers.setdefault(sort_key, (row_id, name))
        index.names[row_id] = name
    for row_id, customer_id, name, email in contacts:
        index.add_person(customer_id, row_id, name, email or "")
    return index


def _place(card: Card, index: _Index, default_customer_id: str | None) -> PlannedCard:
    """Where a card goes and whether its person is already there; new people are added
    to the index, so a later card for the same person is found as a duplicate."""
    errors = card.errors
    customer, name, new = "", "", False
    if card.organisation:
        folded = fold(card.organisation)
        found = index.customers.get(folded)
        customer, name = found if found else ("new:" + folded, card.organisation)
        new = found is None
        if new:
            index.customers[folded] = (customer, name)
    elif default_customer_id in index.names:
        customer, name = default_customer_id, index.names[default_customer_id]
    else:
        errors = (*errors, FieldError("customer", Problem.NO_CUSTOMER))
    if errors:
        return PlannedCard(card, CardOutcome.INVALID, name, False, errors=errors)
    existing = index.find_person(customer, card.fields)
    if existing is not None:
        return PlannedCard(
            card, CardOutcome.DUPLICATE, name, new, existing[1], customer, existing[0]
        )
    index.add_person(customer, f"card:{card.number}", card.fields.full_name, card.fields.email)
    return PlannedCard(card, CardOutcome.NEW, name, new, customer_key=customer)


_CUSTOMERS_SQL = "SELECT id, name, sort_key FROM customer ORDER BY sort_key, created_at, id"
_CONTACTS_SQL = "SELECT id, customer_id, full_name, email FROM contact ORDER BY created_at, id"


def plan_vcard_import(
    conn: sqlite3.Connection, cards: Iterable[Card], default_customer_id: str | None = None
) -> ImportPlan:
    """What importing the cards would do, read from the database; writes nothing."""
    index = _index(conn.execute(_CUSTOMERS_SQL), conn.execute(_CONTACTS_SQL))
    planned = tuple(_place(card, index, default_customer_id) for card in cards)
    return ImportPlan(planned, default_customer_id)


def apply_vcard_import(
    db: "Database",
    plan: ImportPlan,
    duplicates: Duplicates,
    on_progress: Progress | None = None,
) -> ImportResult:
    """Write the plan in one transaction; `on_progress(cards, total)` may answer False to
    cancel (ImportCancelled, nothing written)."""
    from sqlalchemy import text

    from relationdesk.db.models import Contact, Customer
    from relationdesk.services.customer_editing import apply_contact_fields

    result = ImportResult()
    ticker = ProgressTicker(on_progress, len(plan.cards), every=100, cancelled=ImportCancelled)
    with db.write() as session:
        connection = session.connection()
        index = _index(
            connection.execute(text(_CUSTOMERS_SQL)),
            connection.execute(text(_CONTACTS_SQL)),
        )
        made: dict[str, str] = {}  # "new:<folded>" → the created customer's id
        rows: dict[str, Contact] = {}  # "card:<n>" → the contact created for that card
        for old in plan.cards:
            ticker.step()
            placed = _place(old.card, index, plan.default_customer_id)
            if placed.outcome is CardOutcome.INVALID:
                result.refused += 1
                continue
            fields = placed.card.fields
            if placed.outcome is CardOutcome.DUPLICATE and duplicates is not Duplicates.CREATE:
                if duplicates is Duplicates.SKIP:
                    result.skipped += 1
                    continue
                key = placed.duplicate_key
                target = rows.get(key) or session.get(Contact, key)
                if target is not None:
                    _merge(target, fields)
                result.merged += 1
                continue
            customer_key = placed.customer_key
            if customer_key.startswith("new:") and customer_key not in made:
                customer = Customer(name=placed.customer_name, sort_key=customer_key[4:])
                session.add(customer)
                session.flush()  # no ORM relationship tells SQLAlchemy it goes first
                made[customer_key] = customer.id
                result.customers_created += 1
            row = Contact(customer_id=made.get(customer_key, customer_key), full_name="")
            apply_contact_fields(row, fields)
            session.add(row)
            rows[f"card:{placed.card.number}"] = row
            if placed.outcome is CardOutcome.DUPLICATE:  # created all the same
                index.add_person(customer_key, f"card:{placed.card.number}", row.full_name, "")
            result.created += 1
        ticker.report()
    return result


def _merge(row: "Contact", fields: ContactFields) -> None:
    """Fill what the contact lacks and add the card's notes (domain/merging's rules, the
    same as a merge of two contacts): never overwrite what the salesperson entered."""
    from relationdesk.domain.merging import CONTACT_FILL_FIELDS
    from relationdesk.services.merging import complete_from_import

    incoming = {name: str(getattr(fields, name)) for name in (*CONTACT_FILL_FIELDS, "notes")}
    complete_from_import(row, incoming, CONTACT_FILL_FIELDS)


# --- export ------------------------------------------------------------------------------
_EXPORT_SQL = """
SELECT contact.full_name, contact.job_title, contact.buying_role, contact.influence,
       contact.email, contact.phone, contact.mobile, contact.preferred_language,
       contact.notes, customer.name
FROM contact JOIN customer ON customer.id = contact.customer_id
{where}
ORDER BY customer.sort_key, customer.id, contact.sort_key, contact.id
"""


E = TypeVar("E", bound=StrEnum)


def _enum_or(kind: type[E], value: str, default: E) -> E:
    try:
        return kind(value)
    except ValueError:
        return default


def export_vcard(
    conn: sqlite3.Connection,
    target: Path,
    customer_id: str | None = None,
    on_progress: Progress | None = None,
) -> int:
    """Write the contacts (of every customer, or of one) as vCard 3.0; returns how many.
    `on_progress(cards, total)` may answer False to cancel: then no file is left."""
    where, args = ("WHERE customer.id = ?", (customer_id,)) if customer_id else ("", ())
    total_sql = "SELECT count(*) FROM contact" + (" WHERE customer_id = ?" if where else "")
    ticker = ProgressTicker(on_progress, conn.execute(total_sql, args).fetchone()[0])
    with written_atomically(target, suffix=".vcf") as file:
        for row in conn.execute(_EXPORT_SQL.format(where=where), args):
            fields = ContactFields(
                full_name=row[0],
                job_title=row[1],
                buying_role=_enum_or(BuyingRole, row[2], BuyingRole.OTHER),
                influence=_enum_or(Influence, row[3], Influence.MEDIUM),
                email=row[4],
                phone=row[5],
                mobile=row[6],
                preferred_language=row[7],
                notes=row[8],
            )
            file.write(card_text(fields, row[9]))
            ticker.step()
        ticker.report()
    return ticker.done
