"""GDPR erasure: after erasing, a canary planted everywhere is nowhere in the file or WAL."""

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from relationdesk.db.connection import open_file
from relationdesk.db.database import Database
from relationdesk.db.schema import open_database
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.domain.meetings import (
    Depth,
    DisclosureDomain,
    DisclosureFields,
    MeetingFields,
    Side,
)
from relationdesk.paths import database_url
from relationdesk.services import customer_editing as editing
from relationdesk.services import meeting_log
from relationdesk.services.erasure import erase_contact, erase_customer
from tests.plain_database import make_plain_database

CANARY = "zqxcanary7731"


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    """Plain SQLite: the canary is looked for in the file's raw bytes."""
    make_plain_database(data_dir / "relationdesk.sqlite3")
    database = open_database(database_url())
    yield database
    database.close()


def _occurrences(db: Database) -> int:
    found = 0
    for suffix in ("", "-wal"):
        file = Path(f"{db.path}{suffix}")
        if file.exists():
            found += file.read_bytes().count(CANARY.encode())
    return found


def _plant(db: Database, name: str) -> tuple[str, str, str]:
    """A customer whose every text holds the canary, a contact, and a second contact
    whose own disclosure holds it. Returns (customer, contact, other contact)."""
    customer = editing.create_customer(
        db, CustomerFields(name=f"{name} {CANARY}", notes=f"notes {CANARY}")
    )
    contact = editing.create_contact(db, customer, ContactFields(full_name=f"Ana {CANARY}"))
    other = editing.create_contact(db, customer, ContactFields(full_name="Ion Popescu"))
    meeting_log.save_meeting(
        db,
        MeetingFields(
            customer_id=customer,
            started_at=datetime.now(UTC) - timedelta(days=3),
            summary=f"talked with {CANARY}",
            attendee_ids=(contact,),
            disclosures=[
                DisclosureFields(
                    Side.CUSTOMER,
                    DisclosureDomain.PERSONAL,
                    "family",
                    Depth.CORE,
                    text=f"her divorce, {CANARY}",
                    sensitive=True,
                    contact_id=contact,
                )
            ],
        ),
    )
    return customer, contact, other


def test_an_erased_customer_leaves_no_trace_in_the_file_or_the_wal(db: Database) -> None:
    kept = editing.create_customer(db, CustomerFields(name="Beta Srl", notes="unrelated"))
    customer, _contact, _other = _plant(db, "Alfa Plast")
    for _ in range(3):  # older versions of the row sit in the WAL too
        editing.update_customer(
            db, customer, CustomerFields(name=f"Alfa Plast {CANARY}", notes=f"more {CANARY}")
        )
    assert _occurrences(db) > 0, "the canary must be in the file before erasing"

    erase_customer(db, customer)

    assert _occurrences(db) == 0
    assert db.reader.execute("SELECT count(*) FROM meeting").fetchone()[0] == 0
    assert db.reader.execute("SELECT id FROM customer").fetchall() == [(kept,)]
    assert db.reader.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_erased_person_takes_what_they_disclosed_with_them(db: Database) -> None:
    customer, contact, other = _plant(db, "Alfa Plast")
    editing.update_customer(db, customer, CustomerFields(name="Alfa Plast", notes=""))
    db.reader.execute("UPDATE meeting SET summary = 'a visit'")

    erase_contact(db, contact)

    assert _occurrences(db) == 0
    contacts = db.reader.execute("SELECT id FROM contact").fetchall()
    assert contacts == [(other,)]
    assert db.reader.execute("SELECT count(*) FROM disclosure").fetchone()[0] == 0
    assert db.reader.execute("SELECT count(*) FROM meeting").fetchone()[0] == 1


def test_backups_made_before_an_erasure_are_flagged_and_can_be_purged(db: Database) -> None:
    from relationdesk.services.backup import create_backup
    from relationdesk.services.backup.erasures import (
        backups_with_erased_data,
        last_erasure,
        purge_backups_with_erased_data,
    )

    customer = editing.create_customer(db, CustomerFields(name="Carpați Industrial"))
    person = editing.create_contact(db, customer, ContactFields(full_name="Ionuț Șerban"))
    before = create_backup(db.path, now=datetime.now(UTC) - timedelta(minutes=5))
    assert last_erasure(db.path) is None and backups_with_erased_data(db.path) == []
    erase_contact(db, person)
    assert last_erasure(db.path) is not None
    after = create_backup(db.path, now=datetime.now(UTC) + timedelta(minutes=5))
    assert backups_with_erased_data(db.path) == [before]
    # The note says when, never who.
    note = (db.path.parent / "backups" / "erasures.txt").read_text(encoding="utf-8")
    assert "Ionuț" not in note and "Carpați" not in note
    assert purge_backups_with_erased_data(db.path) == 1
    assert not before.exists() and after.exists()


def test_the_name_is_removed_from_the_free_texts_the_user_confirms(db: Database) -> None:
    from relationdesk.services.erasure import find_mentions

    customer = editing.create_customer(
        db, CustomerFields(name="Carpați Industrial", notes="Ask Ionuț Șerban about the plant")
    )
    person = editing.create_contact(db, customer, ContactFields(full_name="Ionuț Șerban"))
    other = editing.create_contact(
        db, customer, ContactFields(full_name="Ana Pop", notes="Reports to serban since May")
    )
    meeting_log.save_meeting(
        db,
        MeetingFields(
            customer_id=customer,
            started_at=datetime.now(UTC).replace(tzinfo=None),
            summary="IONUT SERBAN showed the new line; Serbanescu was away",
            attendee_ids=(other,),
        ),
    )
    mentions = find_mentions(db.reader, person)
    assert {(m.table, m.column) for m in mentions} == {
        ("customer", "notes"),
        ("contact", "notes"),
        ("meeting", "summary"),
    }
    assert all("…" not in m.excerpt or "Ș" in m.excerpt or "S" in m.excerpt for m in mentions)
    keep_meeting = [m for m in mentions if m.table != "meeting"]
    erase_contact(db, person, keep_meeting)  # the user unticked the meeting summary
    notes = db.reader.execute("SELECT notes FROM customer").fetchone()[0]
    assert notes == "Ask […] about the plant"
    other_notes = db.reader.execute("SELECT notes FROM contact").fetchone()[0]
    assert other_notes == "Reports to […] since May"
    summary = db.reader.execute("SELECT summary FROM meeting").fetchone()[0]
    assert summary.startswith("IONUT SERBAN") and "Serbanescu" in summary  # not confirmed
    # The search index followed the notes: the name no longer finds the customer.
    hits = db.reader.execute(
        "SELECT count(*) FROM customer_search WHERE customer_search MATCH 'serban'"
    ).fetchone()[0]
    assert hits == 0


def test_drafts_naming_the_person_or_at_the_customer_go_with_them(db: Database) -> None:
    from relationdesk.services import meeting_draft

    now = datetime.now(UTC).replace(tzinfo=None)
    alfa = editing.create_customer(db, CustomerFields(name="Alfa Plast"))
    ana = editing.create_contact(db, alfa, ContactFields(full_name="Ana Mureșan"))
    beta = editing.create_customer(db, CustomerFields(name="Beta Foods"))
    editing.create_contact(db, beta, ContactFields(full_name="Ion Pop"))

    def draft(customer: str, summary: str, attendees: tuple[str, ...] = ()) -> None:
        fields = MeetingFields(customer_id=customer, started_at=now, summary=summary,
                               attendee_ids=attendees)  # fmt: skip
        meeting_draft.save_draft(db, fields, "", now)

    draft(beta, "Lunch with Ion Pop")
    erase_contact(db, ana)
    assert meeting_draft.load_draft(db.reader) is not None, "names someone else: kept"
    draft(beta, "ANA MUREȘAN called about Beta")  # named in another customer's draft
    ion = db.reader.execute("SELECT id FROM contact WHERE full_name = 'Ion Pop'").fetchone()[0]
    erase_contact(db, ion)  # not named: the draft stays
    assert meeting_draft.load_draft(db.reader) is not None
    assert db.reader.execute("SELECT count(*) FROM meeting_draft").fetchone() == (1,)
    gamma = editing.create_customer(db, CustomerFields(name="Gamma"))
    dana = editing.create_contact(db, gamma, ContactFields(full_name="Dana Ilie"))
    draft(beta, "a visit", (dana,))  # an attendee, not named in the text
    erase_contact(db, dana)
    assert meeting_draft.load_draft(db.reader) is None
    draft(beta, "a visit")
    erase_customer(db, beta)  # the customer's own draft
    assert db.reader.execute("SELECT count(*) FROM meeting_draft").fetchone() == (0,)


def test_purging_takes_the_copies_kept_aside_too(db: Database) -> None:
    from relationdesk.services.backup.erasures import (
        leftover_copies,
        purge_backups_with_erased_data,
    )

    folder = db.path.parent
    (folder / "backups").mkdir(exist_ok=True)
    aside = [
        folder / "relationdesk.sqlite3.corrupt-20261201-101010",
        folder / "relationdesk.sqlite3.corrupt-20261201-101010-wal",
        folder / ".relationdesk.sqlite3.restoring",
        folder / "backups" / ".relationdesk-20261201-101010-manual.sqlite3.partial",
    ]
    for path in aside:
        path.write_bytes(CANARY.encode())
    unrelated = folder / "notes.txt"
    unrelated.write_text("mine")
    assert leftover_copies(db.path) == sorted(aside)
    customer = editing.create_customer(db, CustomerFields(name="Alfa Plast"))
    erase_customer(db, customer)
    assert purge_backups_with_erased_data(db.path) == 4
    assert [path for path in aside if path.exists()] == [] and unrelated.exists()


def test_an_erasure_another_reader_holds_back_is_pending_until_the_next_open(
    db: Database,
) -> None:

    from relationdesk.db.purge import pending_marker
    from relationdesk.db.schema import open_database

    customer, _contact, _other = _plant(db, "Alfa Plast")
    db.reader.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    reader = open_file(db.path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM contact").fetchone()
    try:
        assert erase_customer(db, customer) is False
        assert _occurrences(db) > 0 and pending_marker(db.path).exists()
    finally:
        reader.execute("COMMIT")
        reader.close()
    db.close()
    again = open_database(f"sqlite:///{db.path}")
    try:
        assert not pending_marker(db.path).exists()
        assert _occurrences(again) == 0
    finally:
        again.close()
