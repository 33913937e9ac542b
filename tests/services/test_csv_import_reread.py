"""The plan keeps numbers, not the rows' values: the import reads the rows again from the
file inside its one transaction, so it still lands whole or not at all."""

from pathlib import Path

import pytest

from relationdesk.db.database import Database
from relationdesk.domain.csv_import import CsvError, CsvProblem
from relationdesk.domain.csv_import_plan import ImportPlan, PlannedContact, PlannedCustomer
from relationdesk.domain.csv_mapping import guess_mapping
from relationdesk.services.exchange.csv_import import apply_import, make_plan, read_csv_file

_TEXT = (
    "Company,Contact,Email,Notes\n"
    "Alfa SRL,Ana,ana@alfa.ro,prima\n"
    "Beta,Ion,,\n"
    "ALFA srl,Anna,ANA@alfa.ro,a doua\n"  # Alfa again, after Beta; the same e-mail as Ana
    "Gamma,,,\n"
    "Beta,Maria,,\n"
)


def _plan(db: Database, path: Path) -> ImportPlan:
    table = read_csv_file(path)
    return make_plan(db.reader, table, guess_mapping(table.header))


def _names(db: Database) -> list[tuple[str, str, int]]:
    return db.reader.execute(
        "SELECT customer.name, customer.notes, count(contact.id) FROM customer "
        "LEFT JOIN contact ON contact.customer_id = customer.id "
        "GROUP BY customer.id ORDER BY customer.sort_key"
    ).fetchall()


def test_the_plan_holds_no_row_values(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "import.csv"
    path.write_text(_TEXT, encoding="utf-8")
    plan = _plan(db, path)
    held = [value for value in vars(plan).values() if isinstance(value, list)]
    assert (len(plan.customers), plan.contacts) == (3, 4)
    assert not any(isinstance(item, PlannedCustomer | PlannedContact) for v in held for item in v)
    counts = apply_import(db, plan, skip_invalid=True)  # the duplicate Anna: skipped
    assert (counts.customers_created, counts.contacts_created, counts.skipped) == (3, 3, 1)
    assert _names(db) == [("Alfa SRL", "prima\n\na doua", 1), ("Beta", "", 2), ("Gamma", "", 0)]


def test_a_file_changed_after_the_check_writes_nothing(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "import.csv"
    path.write_text(_TEXT, encoding="utf-8")
    plan = _plan(db, path)
    path.write_text(_TEXT.replace("Gamma", "Delta"), encoding="utf-8")
    with pytest.raises(CsvError) as raised:
        apply_import(db, plan)
    assert raised.value.problem is CsvProblem.UNREADABLE
    assert _names(db) == []
    path.unlink()
    with pytest.raises(CsvError):
        apply_import(db, plan)
    assert _names(db) == []
