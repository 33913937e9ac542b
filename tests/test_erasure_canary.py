"""`relationdesk erase … --purge-backups` leaves no copy: a canary planted in every kind
of field of a customer and its person is found 0 times in any file of the data folder
(database, WAL, settings, logs, backups, copies kept aside), and an erasure another
reader holds back is never reported as done before its clean-up has finished."""

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from relationdesk import settings as keys
from relationdesk.cli.exit_codes import ExitCode
from relationdesk.db.connection import open_file
from relationdesk.db.purge import pending_marker
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.domain.meetings import (
    Depth,
    DisclosureDomain,
    DisclosureFields,
    MeetingFields,
    Side,
)
from relationdesk.paths import settings_file
from relationdesk.services import customer_editing as editing
from relationdesk.services import meeting_draft, meeting_log
from relationdesk.services.backup import create_backup
from relationdesk.settings import Settings
from tests.test_cli import _run
from tests.test_privacy_cli import _database, _query

CANARY = "zqxcanary4417"
PERSON = f"Ana {CANARY.capitalize()}"  # the canary as the person's surname
PHONE = "+40 744 441 799"
NOW = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
STAMP = "20261201-101010"


def _found(data_dir: Path) -> dict[str, int]:
    """Every file of the data folder that holds the canary (any case) or the phone."""
    found = {}
    for file in data_dir.rglob("*"):
        if file.is_file():
            data = file.read_bytes()
            count = data.lower().count(CANARY.encode()) + data.count(PHONE.encode())
            if count:
                found[str(file.relative_to(data_dir))] = count
    return found


def _plant(data_dir: Path, said: str, name: str, city: str) -> tuple[str, str]:
    """Alfa (`name`, `city`) with `said` in every kind of free text of its own, and its
    person with the canary in every field of theirs; Beta naming the person in its notes
    and in an unsaved draft; an older version's draft in settings.ini; a backup and the
    three kinds of copies kept aside. Returns (Alfa, Beta)."""
    db = _database()
    alfa = editing.create_customer(db, CustomerFields(name=name, city=city, notes=said))
    person = editing.create_contact(db, alfa, ContactFields(
        full_name=PERSON, job_title=f"Chief {CANARY}", email=f"{CANARY}@alfa.ro", phone=PHONE,
        notes=f"her notes {CANARY}"))  # fmt: skip
    beta = editing.create_customer(db, CustomerFields(name="Beta", notes=f"Ask {PERSON} first"))
    told = [
        DisclosureFields(
            Side.CUSTOMER,
            DisclosureDomain.PERSONAL,
            "family",
            Depth.CORE,
            f"divorce {CANARY}",
            True,
            person,
        ),
        DisclosureFields(
            Side.CUSTOMER,
            DisclosureDomain.BUSINESS,
            "future_plans",
            Depth.INTERMEDIATE,
            f"plans {CANARY}",
            False,
            person,
        ),
    ]
    meeting_log.save_meeting(db, MeetingFields(
        customer_id=alfa, started_at=NOW - timedelta(days=3), place=said,
        summary=said, next_steps=said, attendee_ids=(person,),
        disclosures=told, follow_up_due=NOW + timedelta(days=3),
        follow_up_title=said, ratings={"reciprocity": 4},
        ratings_note=said))  # fmt: skip
    rows = {
        "ledger_entry (id, customer_id, given_by, kind, description, occurred_at, created_at,"
        " updated_at) VALUES (?, ?, 'us', 'favour', ?, ?, ?, ?)": 4,
        "commitment (id, customer_id, made_by, description, made_at, created_at, updated_at)"
        " VALUES (?, ?, 'us', ?, ?, ?, ?)": 4,
        "stage_change (id, customer_id, stage, suggested_stage, note, changed_at)"
        " VALUES (?, ?, 'friend', 'friend', ?, ?)": 2,
        "lifecycle_change (id, customer_id, stage, changed_on, reason, created_at, updated_at)"
        " VALUES (?, ?, 'buyer', ?, ?, ?, ?)": 3,
        "economics_period (id, customer_id, kind, starts_on, ends_on, note, created_at,"
        " updated_at) VALUES (?, ?, 'month', '2026-11-01', '2026-11-30', ?, ?, ?)": 3,
    }
    with db.write() as session:
        conn = session.connection()
        for number, (sql, times) in enumerate(rows.items()):
            now = NOW.isoformat(" ")
            values = (f"r{number}", alfa, said, *[now] * (times - 1))
            if sql.startswith("lifecycle_change"):
                values = (f"r{number}", alfa, NOW.date().isoformat(), said, now, now)
            conn.exec_driver_sql(f"INSERT INTO {sql}", values)
        conn.exec_driver_sql(
            "INSERT INTO recommendation (id, customer_id, contact_id, score, answered_on, note,"
            " created_at, updated_at) VALUES ('rec', ?, ?, 9, '2026-11-02', ?, ?, ?)",
            (alfa, person, f"would {CANARY}", NOW, NOW),
        )
        conn.exec_driver_sql(
            "INSERT INTO referral (id, sponsor_customer_id, sponsor_contact_id,"
            " referred_customer_id, referred_on, note, created_at, updated_at)"
            " VALUES ('ref', ?, ?, ?, '2026-11-03', ?, ?, ?)",
            (alfa, person, beta, said, NOW, NOW),
        )
    # An unsaved meeting at Beta that names her, and an older version's draft at Alfa.
    at_beta = MeetingFields(customer_id=beta, started_at=NOW, summary=f"{PERSON} called")
    meeting_draft.save_draft(db, at_beta, "Beta", NOW)
    at_alfa = MeetingFields(customer_id=alfa, started_at=NOW, summary=said)
    old = Settings(settings_file())
    old.set(keys.MEETING_DRAFT, meeting_draft.to_json(at_alfa, name, NOW))
    old.sync()
    create_backup(db.path, now=datetime.now(UTC) - timedelta(minutes=5))
    db.reader.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # A damaged start's file kept aside, a killed backup's and a killed restore's leftovers.
    shutil.copy(db.path, data_dir / f"relationdesk.sqlite3.corrupt-{STAMP}")
    shutil.copy(db.path, data_dir / "backups" / f".relationdesk-{STAMP}-manual.sqlite3.partial")
    shutil.copy(db.path, data_dir / ".relationdesk.sqlite3.restoring")
    db.close()
    return alfa, beta


def test_after_erase_customer_with_purge_no_file_holds_the_canary(data_dir: Path) -> None:
    alfa, beta = _plant(data_dir, f"said {CANARY}", f"Alfa {CANARY}", f"City {CANARY}")
    before = _found(data_dir)
    for place in ("relationdesk.sqlite3", "settings.ini", f"relationdesk.sqlite3.corrupt-{STAMP}",
                  ".relationdesk.sqlite3.restoring",
                  f"backups/.relationdesk-{STAMP}-manual.sqlite3.partial"):  # fmt: skip
        assert place in before, before

    erased = _run("erase", "customer", alfa, "--yes", "--purge-backups")

    assert erased.returncode == 0, erased.stderr
    assert "Deleted 4 backups and copies made before the erasure" in erased.stdout
    assert "Its people's names were replaced by […] in 1 texts" in erased.stdout
    assert _found(data_dir) == {}
    assert _query(data_dir, "SELECT id, notes FROM customer") == [(beta, "Ask […] first")]
    assert _query(data_dir, "SELECT count(*) FROM meeting_draft") == [(0,)]
    assert "draft" not in settings_file().read_text(encoding="utf-8")


def test_after_erase_contact_with_purge_no_file_holds_the_canary(data_dir: Path) -> None:
    """The person's own fields go; their full name goes from every other text."""
    _plant(data_dir, f"said to {PERSON}.", "Alfa", "Cluj")

    erased = _run("erase", "contact", PERSON, "--yes", "--purge-backups")

    assert erased.returncode == 0, erased.stderr
    assert "Deleted 4 backups and copies made before the erasure" in erased.stdout
    assert _found(data_dir) == {}
    assert _query(data_dir, "SELECT notes FROM customer ORDER BY name") == [
        ("said to […].",),
        ("Ask […] first",),
    ]
    assert _query(data_dir, "SELECT summary, place FROM meeting") == [
        ("said to […].", "said to […].")
    ]
    assert _query(data_dir, "SELECT count(*) FROM meeting_draft") == [(0,)]
    assert _query(data_dir, "SELECT count(*) FROM customer") == [(2,)]


def test_erase_customer_lists_its_people_named_in_other_customers_texts(data_dir: Path) -> None:
    alfa, _beta = _plant(data_dir, f"said {CANARY}", "Alfa", "Cluj")
    asked = _run("erase", "customer", alfa)
    assert asked.returncode == 1
    assert "Its people's names would be replaced by […] in 1 texts:" in asked.stdout
    assert "customer.notes" in asked.stdout and f"Ask {PERSON} first" in asked.stdout

    kept = _run("erase", "customer", alfa, "--yes", "--keep-mentions")
    assert kept.returncode == 0, kept.stderr
    assert "Its people's names were left in 1 texts:" in kept.stdout
    assert _query(data_dir, "SELECT notes FROM customer") == [(f"Ask {PERSON} first",)]
    assert "4 older backups and copies still hold the erased data" in kept.stdout


def test_an_erasure_a_reader_holds_back_is_not_reported_done_until_the_next_open(
    data_dir: Path,
) -> None:
    db = _database()
    alfa = editing.create_customer(db, CustomerFields(name="Alfa", notes=f"Ask {PERSON}"))
    editing.create_contact(db, alfa, ContactFields(full_name=PERSON, notes=f"n {CANARY}"))
    db.close()
    path = data_dir / "relationdesk.sqlite3"
    reader = open_file(path)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM customer").fetchone() == (1,)  # a snapshot

    erased = _run("erase", "contact", PERSON, "--yes")

    assert erased.returncode == ExitCode.CLEANUP_PENDING, erased.stdout
    assert "not finished: another program is reading the database" in erased.stderr
    assert path.read_bytes().lower().count(CANARY.encode()) > 0, "the file still holds it"
    assert pending_marker(path).exists()
    reader.execute("COMMIT")
    reader.close()

    _database().close()  # the next open finishes the clean-up

    assert not pending_marker(path).exists()
    assert _found(data_dir) == {}
    assert _query(data_dir, "SELECT count(*) FROM contact") == [(0,)]
