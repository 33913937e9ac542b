"""Contacts exported by Google Contacts (both of its CSV layouts) and by Outlook, imported
into a real SQLite file. The files in tests/fixtures/imports follow the column sets these
tools publish: Google's numbered "E-mail 1 - Type" / "E-mail 1 - Value" pairs (the newer
export says "Label") and Outlook's 92 columns, written in Windows-1252 with every cell
quoted."""

from pathlib import Path

import pytest

from relationdesk.db.database import Database
from relationdesk.domain.csv_import_plan import RowFault
from relationdesk.domain.csv_mapping import Target, guess_mapping
from relationdesk.services.exchange.csv_import import apply_import, make_plan, read_csv_file

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"

_CUSTOMERS = "SELECT name, city, country, notes FROM customer ORDER BY sort_key"
_CONTACTS = """
SELECT customer.name, c.full_name, c.job_title, c.email, c.phone, c.mobile
FROM contact c JOIN customer ON customer.id = c.customer_id ORDER BY c.full_name
"""


def _import(db: Database, name: str, *, skip_invalid: bool = False) -> None:
    table = read_csv_file(FIXTURES / name)
    plan = make_plan(db.reader, table, guess_mapping(table.header))
    assert plan.problems == [] or skip_invalid
    apply_import(db, plan, skip_invalid=skip_invalid)


def test_google_contacts_export_maps_values_not_types(db: Database) -> None:
    table = read_csv_file(FIXTURES / "google_contacts.csv")
    mapping = dict(zip(table.header, guess_mapping(table.header), strict=True))
    assert mapping["E-mail 1 - Type"] is Target.IGNORE
    assert mapping["E-mail 1 - Value"] is Target.EMAIL
    assert mapping["Phone 1 - Type"] is Target.IGNORE
    assert mapping["Organization 1 - Name"] is Target.CUSTOMER_NAME
    assert mapping["Organization 1 - Title"] is Target.JOB_TITLE
    _import(db, "google_contacts.csv")
    assert db.reader.execute(_CUSTOMERS).fetchall() == [
        ("Caffè Rossi S.p.A.", "", "", ""),
        ("Țesătoria Brașov SRL", "Brașov", "RO",
         "Decide bugetul în martie, după ședința cu directorul."),
    ]  # fmt: skip
    # "Name" holds the whole name (not joined with Given and Family Name again); the
    # phone typed Mobile goes to the mobile field, the Work one to the phone, a fax nowhere.
    assert db.reader.execute(_CONTACTS).fetchall() == [
        ("Țesătoria Brașov SRL", "Ana Ionescu", "Contabil", "ana.ionescu@example.ro",
         "+40 268 000 333", ""),
        ("Caffè Rossi S.p.A.", "Giulia Rossi", "", "", "", "+39 333 000 222"),
        ("Țesătoria Brașov SRL", "Ștefan Popescu", "Șef achiziții",
         "stefan.popescu@tesatoria.ro", "+40 268 000 222", "+40 721 000 111"),
    ]  # fmt: skip


def test_google_contacts_newer_export_with_labels(db: Database) -> None:
    _import(db, "google_contacts_new.csv")
    assert db.reader.execute(_CUSTOMERS).fetchall() == [
        ("PT Maju Jaya", "Jakarta", "ID", "Lebih suka dihubungi lewat WhatsApp."),
    ]
    assert db.reader.execute(_CONTACTS).fetchall() == [
        ("PT Maju Jaya", "Budi Santoso", "Manajer Pembelian", "budi@majujaya.co.id",
         "+62 21 000 111", "+62 812 000 222"),
        ("PT Maju Jaya", "Siti Nur Aisyah", "", "", "", "+62 813 000 333"),
    ]  # fmt: skip


def test_outlook_export_keeps_job_title_phones_city_and_country(db: Database) -> None:
    table = read_csv_file(FIXTURES / "outlook_contacts.csv")
    assert table.encoding == "cp1252"
    mapping = dict(zip(table.header, guess_mapping(table.header), strict=True))
    assert mapping["Title"] is Target.IGNORE  # "Dott.", "Mr.": not the job
    assert mapping["Assistant's Phone"] is Target.IGNORE
    plan = make_plan(db.reader, table, guess_mapping(table.header))
    # The hand-edited last row has two cells more than the header: flagged, not shifted.
    assert [(p.line, p.fault, p.value) for p in plan.problems] == [
        (4, RowFault.EXTRA_CELLS, "Roma | IT"),
    ]
    apply_import(db, plan, skip_invalid=True)
    assert db.reader.execute(_CUSTOMERS).fetchall() == [
        ("Alfa Impex", "Bologna", "IT", ""),
        ("Caffè Rossi S.p.A.", "Forlì", "IT",
         "Vuole il listino aggiornato, con gli sconti per quantità."),
    ]  # fmt: skip
    assert db.reader.execute(_CONTACTS).fetchall() == [
        ("Caffè Rossi S.p.A.", "Giulia Rossi", "Responsabile acquisti",
         "giulia.rossi@caffe-rossi.it", "+39 0543 000 111", "+39 333 000 222"),
        ("Alfa Impex", "Marco Maria Bianchi", "Direttore", "marco.bianchi@alfa.it",
         "+39 051 000 555", ""),
    ]  # fmt: skip


@pytest.mark.parametrize("trailing", [",", ",,  "])
def test_empty_cells_beyond_the_header_are_no_problem(
    db: Database, tmp_path: Path, trailing: str
) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text(f"Company,City\nAlfa,Roma{trailing}\n", encoding="utf-8")
    table = read_csv_file(path)
    assert make_plan(db.reader, table, guess_mapping(table.header)).problems == []
