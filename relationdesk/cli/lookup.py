"""Finding the customer or person a command-line command names: by id, else by name with
case and accents ignored. An unknown name is a refusal (exit code 1); a name several
records share is listed with their ids (exit code 2), so the user can give the id."""

from typing import TYPE_CHECKING

from relationdesk.cli.exit_codes import ExitCode
from relationdesk.cli.messages import CommandError

if TYPE_CHECKING:
    import sqlite3


def find_customer(conn: "sqlite3.Connection", name_or_id: str) -> str:
    """The customer with this id, else the one named so (case and accents ignored)."""
    from relationdesk.domain.text import fold

    row = conn.execute("SELECT id FROM customer WHERE id = ?", [name_or_id]).fetchone()
    if row is not None:
        return str(row[0])
    matches = conn.execute(
        "SELECT id, name FROM customer WHERE sort_key = ? ORDER BY name", [fold(name_or_id)]
    ).fetchall()
    if not matches:
        raise CommandError(f"no customer is named {name_or_id!r}")
    if len(matches) > 1:
        listed = "\n".join(f"  {customer_id}  {name}" for customer_id, name in matches)
        raise CommandError(
            f"several customers are named {name_or_id!r}; give the id:\n{listed}",
            code=ExitCode.USAGE,
        )
    return str(matches[0][0])


def find_contact(conn: "sqlite3.Connection", name_or_id: str, customer: str | None = None) -> str:
    """The person with this id, else the one with this full name (case and accents
    ignored), among `customer`'s people when a customer's name or id is given."""
    from relationdesk.domain.text import fold

    customer_id = find_customer(conn, customer) if customer else None
    row = conn.execute(
        "SELECT id FROM contact WHERE id = ?1 AND (?2 IS NULL OR customer_id = ?2)",
        [name_or_id, customer_id],
    ).fetchone()
    if row is not None:
        return str(row[0])
    matches = conn.execute(
        "SELECT contact.id, contact.full_name, customer.name FROM contact "
        "JOIN customer ON customer.id = contact.customer_id "
        "WHERE contact.sort_key = ?1 AND (?2 IS NULL OR contact.customer_id = ?2) "
        "ORDER BY customer.sort_key, contact.id",
        [fold(name_or_id), customer_id],
    ).fetchall()
    where = f" at {customer!r}" if customer else ""
    if not matches:
        raise CommandError(f"no person is named {name_or_id!r}{where}")
    if len(matches) > 1:
        listed = "\n".join(f"  {id_}  {name}  ({firm})" for id_, name, firm in matches)
        how = "the id" if customer else "the id, or their customer with --customer"
        raise CommandError(
            f"several people are named {name_or_id!r}{where}; give {how}:\n{listed}",
            code=ExitCode.USAGE,
        )
    return str(matches[0][0])


def contact_name(conn: "sqlite3.Connection", contact_id: str) -> tuple[str, str]:
    """(the person's full name, their customer's name)."""
    row = conn.execute(
        "SELECT contact.full_name, customer.name FROM contact "
        "JOIN customer ON customer.id = contact.customer_id WHERE contact.id = ?",
        [contact_id],
    ).fetchone()
    return (str(row[0]), str(row[1])) if row else ("", "")


def customer_name(conn: "sqlite3.Connection", customer_id: str) -> str:
    row = conn.execute("SELECT name FROM customer WHERE id = ?", [customer_id]).fetchone()
    return str(row[0]) if row else ""
