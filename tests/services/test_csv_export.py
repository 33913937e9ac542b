import csv
from pathlib import Path

import pytest

from relationdesk.db.database import Database
from relationdesk.domain.csv_cells import readable
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.services import customer_editing as editing
from relationdesk.services.exchange.csv_export import HEADER, ExportCancelled, export_customers


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return [[readable(cell) for cell in row] for row in csv.reader(file)]


def test_customers_and_contacts_round_trip_with_formulas_neutralised(
    db: Database, tmp_path: Path
) -> None:
    alfa = editing.create_customer(
        db, CustomerFields(name="Ștefănescu Industrial", notes='=HYPERLINK("x")\nsecond line')
    )
    editing.create_contact(db, alfa, ContactFields(full_name="Ana Ionescu", phone="+40 21 555"))
    editing.create_customer(db, CustomerFields(name="PT Maju Jaya"))
    target = tmp_path / "customers.csv"

    assert export_customers(db.reader, target) == 2

    raw = target.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in raw and "'+40 21 555" in raw
    rows = _read(target)
    assert tuple(rows[0]) == HEADER
    assert rows[1][0] == "PT Maju Jaya" and rows[1][8] == ""
    assert rows[1][6:8] == ["", "prospect"]  # no currency yet; every customer starts here
    assert rows[2][0] == "Ștefănescu Industrial"
    assert rows[2][5] == '=HYPERLINK("x")\nsecond line'
    assert rows[2][8:12] == ["Ana Ionescu", "", "", "+40 21 555"]


def test_a_cancelled_export_leaves_nothing(db: Database, tmp_path: Path) -> None:
    for number in range(600):
        editing.create_customer(db, CustomerFields(name=f"Customer {number}"))
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(ExportCancelled):
        export_customers(
            db.reader, folder / "customers.csv", on_progress=lambda _rows, _total: False
        )
    assert list(folder.iterdir()) == []
