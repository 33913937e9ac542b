"""`relationdesk export csv`, `personal-data`, `erase contact|customer` and
`merge customers|contacts`, in a subprocess without a display, on a real SQLite file."""

import csv
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from relationdesk.db.connection import open_file
from relationdesk.db.database import Database
from relationdesk.db.schema import open_database
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.domain.economics import PeriodKind
from relationdesk.domain.meetings import (
    Depth,
    DisclosureDomain,
    DisclosureFields,
    MeetingFields,
    Side,
)
from relationdesk.paths import database_url, sqlite_path
from relationdesk.services import customer_editing as editing
from relationdesk.services import meeting_log
from relationdesk.services.backup import create_backup
from relationdesk.services.economics import PeriodInput, save_period
from tests.pdf_reports import (
    PLAIN_TEXT,
    SENSITIVE_TEXT,
    assert_valid_pdf,
    customer_with_disclosures,
    pdf_text,
)
from tests.plain_database import make_plain_database
from tests.test_cli import _run

CANARY = "zqxcanary7731"
NOW = datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def _database() -> Database:
    """The user's database, plain SQLite (the canary checks read its raw bytes)."""
    path = sqlite_path(database_url())
    assert path is not None
    if not path.exists():
        make_plain_database(path)
    return open_database(database_url())


def _query(data_dir: Path, sql: str) -> list[tuple[object, ...]]:
    conn = open_file(data_dir / "relationdesk.sqlite3")
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _canaries(data_dir: Path) -> int:
    """How often the canary is in the database file and its WAL, as bytes."""
    found = 0
    for name in ("relationdesk.sqlite3", "relationdesk.sqlite3-wal"):
        file = data_dir / name
        if file.exists():
            found += file.read_bytes().count(CANARY.encode())
    return found


def _meeting(db: Database, customer: str, attendee: str, summary: str, told: str = "") -> None:
    disclosures = [
        DisclosureFields(
            Side.CUSTOMER,
            DisclosureDomain.PERSONAL,
            "family",
            Depth.CORE,
            text=told,
            sensitive=True,
            contact_id=attendee,
        )
    ]
    meeting_log.save_meeting(
        db,
        MeetingFields(
            customer_id=customer,
            started_at=NOW - timedelta(days=3),
            summary=summary,
            attendee_ids=(attendee,),
            disclosures=disclosures if told else [],
        ),
    )


def test_export_csv_writes_a_row_per_contact(data_dir: Path, tmp_path: Path) -> None:
    db = _database()
    alfa = editing.create_customer(db, CustomerFields(name="Țesătoria Alfa", city="Sibiu"))
    editing.create_contact(db, alfa, ContactFields(full_name="Ștefan Pop", email="s@alfa.ro"))
    editing.create_contact(db, alfa, ContactFields(full_name="Ana Ionescu"))
    editing.create_customer(db, CustomerFields(name="Beta", notes="=HYPERLINK(1)"))
    db.close()

    result = _run("export", "csv", "--out", str(tmp_path / "customers.csv"))
    assert result.returncode == 0, result.stderr
    assert "3 rows" in result.stdout
    with (tmp_path / "customers.csv").open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [(r["customer_name"], r["contact_full_name"]) for r in rows] == [
        ("Beta", ""),
        ("Țesătoria Alfa", "Ana Ionescu"),
        ("Țesătoria Alfa", "Ștefan Pop"),
    ]
    assert rows[2]["contact_email"] == "s@alfa.ro" and rows[2]["customer_city"] == "Sibiu"
    assert rows[0]["customer_notes"] == "'=HYPERLINK(1)"  # no formula for the spreadsheet

    nowhere = _run("export", "csv", "--out", str(tmp_path / "missing" / "customers.csv"))
    assert nowhere.returncode == 1 and "no such folder" in nowhere.stderr


def test_personal_data_leaves_sensitive_texts_out_unless_asked(
    data_dir: Path, tmp_path: Path
) -> None:
    db = _database()
    customer_with_disclosures(db)  # Andrei Țurcanu told a sensitive and a plain thing
    other = editing.create_customer(db, CustomerFields(name="Beta Textile"))
    editing.create_contact(db, other, ContactFields(full_name="Andrei Turcanu"))
    db.close()

    shared = _run("personal-data", "andrei turcanu", "--out", str(tmp_path / "a.pdf"))
    assert shared.returncode == 2
    assert "Andrei Țurcanu  (Țesătoria Ștefănescu)" in shared.stderr
    assert "Andrei Turcanu  (Beta Textile)" in shared.stderr
    assert list(tmp_path.glob("a.*")) == []

    plain = _run("personal-data", "andrei turcanu", "--customer", "tesatoria stefanescu",
                 "--out", str(tmp_path / "andrei"))  # fmt: skip
    assert plain.returncode == 0, plain.stderr
    assert "sensitive disclosure texts left out" in plain.stdout
    assert_valid_pdf(tmp_path / "andrei.pdf")
    text = pdf_text(tmp_path / "andrei.pdf")
    assert "Personal data held about Andrei Țurcanu" in text
    assert PLAIN_TEXT in text and SENSITIVE_TEXT not in text
    data = json.loads((tmp_path / "andrei.json").read_text(encoding="utf-8"))
    assert data["format"] == "relationdesk-personal-data"
    assert data["contact"]["full_name"] == "Andrei Țurcanu"
    assert data["sensitive_included"] is False
    assert SENSITIVE_TEXT not in (tmp_path / "andrei.json").read_text(encoding="utf-8")

    everything = _run("personal-data", "Andrei Țurcanu", "--customer", "Țesătoria Ștefănescu",
                      "--out", str(tmp_path / "andrei-ro.pdf"), "--include-sensitive",
                      "--lang", "ro")  # fmt: skip
    assert everything.returncode == 0, everything.stderr
    text = pdf_text(tmp_path / "andrei-ro.pdf")
    assert "Date personale deținute despre Andrei Țurcanu" in text and SENSITIVE_TEXT in text
    assert SENSITIVE_TEXT in (tmp_path / "andrei-ro.json").read_text(encoding="utf-8")


def _plant_person(data_dir: Path) -> tuple[str, Path]:
    """Ionuț Șerban of Carpați Industrial, the canary in his own rows, his full name in
    the customer's notes and a meeting summary, his surname alone in a colleague's notes;
    another Ionut Serban elsewhere; a backup made before. Returns (customer id, backup)."""
    db = _database()
    customer = editing.create_customer(
        db, CustomerFields(name="Carpați Industrial", notes="Ask Ionuț Șerban about the plant")
    )
    person = editing.create_contact(
        db,
        customer,
        ContactFields(full_name="Ionuț Șerban", email=f"{CANARY}@carpati.ro", notes=CANARY),
    )
    editing.create_contact(
        db, customer, ContactFields(full_name="Ana Pop", notes="Reports to Serban since May")
    )
    _meeting(db, customer, person, "IONUT SERBAN showed the new line", f"divorce {CANARY}")
    beta = editing.create_customer(db, CustomerFields(name="Beta"))
    editing.create_contact(db, beta, ContactFields(full_name="Ionut Serban"))
    backup = create_backup(db.path, now=datetime.now(UTC) - timedelta(minutes=5))
    db.close()
    return customer, backup


def test_erase_contact_says_what_then_erases_every_trace(data_dir: Path) -> None:
    _customer, backup = _plant_person(data_dir)
    assert _canaries(data_dir) > 0

    ambiguous = _run("erase", "contact", "ionut serban", "--yes")
    assert ambiguous.returncode == 2
    assert "(Carpați Industrial)" in ambiguous.stderr and "(Beta)" in ambiguous.stderr

    asked = _run("erase", "contact", "ionut serban", "--customer", "carpati industrial")
    assert asked.returncode == 1, asked.stderr
    assert "Would erase Ionuț Șerban (Carpați Industrial" in asked.stdout
    assert "1 disclosures" in asked.stdout and "1 meetings attended" in asked.stdout
    replaced, left = asked.stdout.split("The name would be left in")
    assert "customer.notes" in replaced and "meeting.summary" in replaced
    assert "contact.notes" in left and "(surname only)" in left
    assert "Nothing erased" in asked.stdout
    assert _query(data_dir, "SELECT count(*) FROM contact") == [(3,)]
    assert _canaries(data_dir) > 0 and not (data_dir / "backups" / "erasures.txt").exists()

    erased = _run("erase", "contact", "Ionuț Șerban", "--customer", "Carpați Industrial",
                  "--yes", "--purge-backups")  # fmt: skip
    assert erased.returncode == 0, erased.stderr
    assert "Erased Ionuț Șerban (Carpați Industrial)" in erased.stdout
    assert "Deleted 1 backups and copies made before the erasure" in erased.stdout
    assert _canaries(data_dir) == 0 and not backup.exists()
    assert _query(data_dir, "SELECT notes FROM customer WHERE name = 'Carpați Industrial'") == [
        ("Ask […] about the plant",)
    ]
    assert _query(data_dir, "SELECT summary FROM meeting") == [("[…] showed the new line",)]
    assert _query(data_dir, "SELECT full_name, notes FROM contact ORDER BY full_name") == [
        ("Ana Pop", "Reports to Serban since May"),  # the surname alone: left
        ("Ionut Serban", ""),
    ]
    assert _query(data_dir, "SELECT count(*) FROM disclosure") == [(0,)]


def test_erase_contact_keep_mentions_leaves_the_texts(data_dir: Path) -> None:
    _plant_person(data_dir)
    erased = _run("erase", "contact", "Ionuț Șerban", "--customer", "Carpați Industrial",
                  "--keep-mentions", "--yes")  # fmt: skip
    assert erased.returncode == 0, erased.stderr
    assert "replaced" not in erased.stdout and "customer.notes" in erased.stdout
    assert "1 older backups and copies still hold the erased data" in erased.stdout
    assert "File → Backups…" in erased.stdout
    assert _query(data_dir, "SELECT notes FROM customer WHERE name = 'Carpați Industrial'") == [
        ("Ask Ionuț Șerban about the plant",)
    ]
    assert _canaries(data_dir) == 0


def test_erase_customer(data_dir: Path) -> None:
    db = _database()
    customer = editing.create_customer(db, CustomerFields(name="Alfa Plast", notes=CANARY))
    person = editing.create_contact(db, customer, ContactFields(full_name="Ana Pop"))
    _meeting(db, customer, person, f"visit {CANARY}")
    kept = editing.create_customer(db, CustomerFields(name="Beta"))
    db.close()

    asked = _run("erase", "customer", "alfa plast")
    assert asked.returncode == 1, asked.stderr
    assert "Would erase Alfa Plast" in asked.stdout and "1 contacts, 1 meetings" in asked.stdout
    assert _query(data_dir, "SELECT count(*) FROM customer") == [(2,)]

    erased = _run("erase", "customer", "alfa plast", "--yes")
    assert erased.returncode == 0, erased.stderr
    assert "Erased Alfa Plast" in erased.stdout
    assert "No older backup holds the erased data" in erased.stdout
    assert _query(data_dir, "SELECT id FROM customer") == [(kept,)]
    assert _query(data_dir, "SELECT count(*) FROM meeting") == [(0,)]
    assert _canaries(data_dir) == 0


def test_merge_customers_prints_the_plan_then_merges_or_refuses(data_dir: Path) -> None:
    db = _database()
    alfa = editing.create_customer(db, CustomerFields(name="Alfa Plast", city="Sibiu"))
    srl = editing.create_customer(db, CustomerFields(name="Alfa Plast SRL", city="Brașov"))
    group = editing.create_customer(db, CustomerFields(name="Alfa Plast Group"))
    person = editing.create_contact(db, srl, ContactFields(full_name="Ana Pop"))
    _meeting(db, srl, person, "first visit")
    month = PeriodInput(PeriodKind.MONTH, date(2025, 1, 1), date(2025, 1, 31), 100_000)
    quarter = PeriodInput(PeriodKind.QUARTER, date(2025, 1, 1), date(2025, 3, 31), 300_000)
    save_period(db, alfa, month)
    save_period(db, group, quarter)
    db.close()

    plan = _run("merge", "customers", "alfa plast", "Alfa Plast SRL")
    assert plan.returncode == 1, plan.stderr
    assert f"Keep: Alfa Plast ({alfa}): 0 contacts, 0 meetings" in plan.stdout
    assert f"Merge: Alfa Plast SRL ({srl}): 1 contacts, 1 meetings" in plan.stdout
    assert "one record named 'Alfa Plast'" in plan.stdout
    assert "city: 'Sibiu' stays ('Brașov' is not kept)" in plan.stdout
    assert "Nothing merged" in plan.stdout
    assert _query(data_dir, "SELECT count(*) FROM customer") == [(3,)]

    merged = _run("merge", "customers", "alfa plast", "Alfa Plast SRL", "--yes")
    assert merged.returncode == 0, merged.stderr
    assert _query(data_dir, "SELECT name FROM customer ORDER BY name") == [
        ("Alfa Plast",),
        ("Alfa Plast Group",),
    ]
    assert _query(data_dir, "SELECT customer_id FROM contact") == [(alfa,)]
    assert _query(data_dir, "SELECT customer_id FROM meeting") == [(alfa,)]

    refused = _run("merge", "customers", "Alfa Plast", "Alfa Plast Group", "--yes")
    assert refused.returncode == 1
    assert "nothing merged" in refused.stderr and "month inside a quarter" in refused.stderr
    assert _query(data_dir, "SELECT count(*) FROM customer") == [(2,)]


def test_merge_contacts(data_dir: Path) -> None:
    db = _database()
    alfa = editing.create_customer(db, CustomerFields(name="Alfa Plast"))
    ana = editing.create_contact(db, alfa, ContactFields(full_name="Ana Pop", email="a@alfa.ro"))
    twin = editing.create_contact(
        db, alfa, ContactFields(full_name="Ana M. Pop", phone="+40 268 123 456")
    )
    _meeting(db, alfa, twin, "visit", "told us about her family")
    beta = editing.create_customer(db, CustomerFields(name="Beta"))
    elsewhere = editing.create_contact(db, beta, ContactFields(full_name="Ana Pop"))
    db.close()

    ambiguous = _run("merge", "contacts", "Ana Pop", "Ana M. Pop")
    assert ambiguous.returncode == 2
    assert "Ana Pop  (Alfa Plast)" in ambiguous.stderr and "(Beta)" in ambiguous.stderr

    plan = _run("merge", "contacts", "ana pop", "ana m. pop", "--customer", "Alfa Plast")
    assert plan.returncode == 1, plan.stderr
    assert f"Keep: Ana Pop ({ana}): 0 meetings attended, 0 disclosures" in plan.stdout
    assert f"Merge: Ana M. Pop ({twin}): 1 meetings attended, 1 disclosures" in plan.stdout
    assert _query(data_dir, "SELECT count(*) FROM contact") == [(3,)]

    other_customer = _run("merge", "contacts", elsewhere, ana, "--yes")
    assert other_customer.returncode == 1
    assert "only two people of the same customer" in other_customer.stderr

    merged = _run("merge", "contacts", "ana pop", "ana m. pop", "--customer", "Alfa Plast",
                  "--yes")  # fmt: skip
    assert merged.returncode == 0, merged.stderr
    assert "Merged 'Ana M. Pop' into 'Ana Pop'" in merged.stdout
    assert _query(
        data_dir, f"SELECT id, email, phone FROM contact WHERE customer_id = '{alfa}'"
    ) == [(ana, "a@alfa.ro", "+40 268 123 456")]
    assert _query(data_dir, "SELECT contact_id FROM disclosure") == [(ana,)]
    assert _query(data_dir, "SELECT contact_id FROM meeting_attendee") == [(ana,)]
