"""Checking the database: a healthy file reports nothing; what is broken on purpose is
named, fixed, and gone on a second run; a damaged file is reported and left alone."""

import re
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from relationdesk.db import driver
from relationdesk.db.connection import open_file
from relationdesk.db.database import Database
from relationdesk.db.schema import open_database
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.domain.evidence import LedgerKind
from relationdesk.domain.evidence_rules import CommitmentFields, LedgerFields
from relationdesk.domain.meetings import (
    Depth,
    DisclosureDomain,
    DisclosureFields,
    MeetingFields,
    Side,
)
from relationdesk.services import customer_editing as editing
from relationdesk.services import evidence_log, meeting_log
from relationdesk.services.customer_directory import CustomerDirectory, CustomerQuery
from relationdesk.services.db_check import (
    CheckReport,
    check_database,
    keep_aside,
    quick_check,
)
from relationdesk.services.samples import sample_portfolio

NOW = datetime.now().replace(microsecond=0)


def _populate(db: Database) -> dict[str, str]:
    """Two customers with everything the checks look at: attendees, disclosures by a
    contact, a follow-up, ratings, a returned favour, a commitment."""
    first = editing.create_customer(db, CustomerFields(name="Carpați Industrial", city="Brașov"))
    second = editing.create_customer(db, CustomerFields(name="Dunărea Logistic", city="Galați"))
    contact = editing.create_contact(db, first, ContactFields(full_name="Ștefan Țurcanu"))
    other_contact = editing.create_contact(db, second, ContactFields(full_name="Ioana Dobre"))
    ids = {"first": first, "second": second, "contact": contact, "other_contact": other_contact}
    for key, customer, person in (("meeting", first, contact), ("other", second, other_contact)):
        ids[key] = meeting_log.save_meeting(
            db,
            MeetingFields(
                customer_id=customer,
                started_at=NOW - timedelta(days=2),
                next_steps="Trimitem oferta",
                attendee_ids=(person,),
                disclosures=[
                    DisclosureFields(
                        Side.CUSTOMER,
                        DisclosureDomain.PERSONAL,
                        "family",
                        Depth.INTERMEDIATE,
                        "Fiica lui începe facultatea",
                        False,
                        person,
                    ),
                    DisclosureFields(Side.US, DisclosureDomain.BUSINESS, "strategy", Depth.CORE),
                ],
                follow_up_due=NOW + timedelta(days=3),
                ratings={"reciprocity": 4},
            ),
        )
    favour = evidence_log.save_ledger_entry(
        db,
        LedgerFields(
            first, Side.CUSTOMER, LedgerKind.FAVOUR, NOW - timedelta(days=1), "Ne-a recomandat"
        ),
    )
    ids["given"] = evidence_log.save_ledger_entry(
        db,
        LedgerFields(
            first,
            Side.US,
            LedgerKind.CONCESSION,
            NOW - timedelta(days=5),
            "Reducere 5%",
            returned_by_id=favour,
        ),
    )
    evidence_log.save_commitment(db, CommitmentFields(first, Side.US, "Oferta până vineri", NOW))
    return ids


def _codes(report: CheckReport) -> set[tuple[str, str]]:
    return {(f.check, f.problem) for f in report.findings}


def _one(conn: sqlite3.Connection, sql: str, *params: object) -> object:
    return conn.execute(sql, params).fetchone()[0]


def _copy(db: Database, target: Path) -> Path:
    """A single-file copy (no -wal), as a user would mail or back it up."""
    destination = open_file(target)
    db.reader.backup(destination)
    destination.execute("PRAGMA journal_mode=DELETE")
    destination.close()
    return target


def test_a_healthy_database_reports_nothing(db: Database, tmp_path: Path) -> None:
    _populate(db)
    report = check_database(db.reader, backup=tmp_path / "before-check.sqlite3")
    assert report.findings == ()
    assert report.ok and report.problems == ()
    assert report.backup is None and not (tmp_path / "before-check.sqlite3").exists()
    assert quick_check(db.path) is None


def test_a_generated_portfolio_is_healthy(db: Database) -> None:
    """Bulk-loaded data (its own insert path) meets the same invariants as saved data."""
    sample_portfolio.load(db, count=12)
    assert check_database(db.reader, fix=False).findings == ()


def test_broken_things_are_named_fixed_and_gone_on_a_second_run(
    db: Database, tmp_path: Path
) -> None:
    ids = _populate(db)
    conn = db.reader
    first_rowid = _one(conn, "SELECT rowid FROM customer WHERE id = ?", ids["first"])
    second_rowid = _one(conn, "SELECT rowid FROM customer WHERE id = ?", ids["second"])
    last_meeting = _one(conn, "SELECT last_meeting_at FROM customer WHERE id = ?", ids["first"])
    next_due = _one(conn, "SELECT next_follow_up_at FROM customer WHERE id = ?", ids["second"])
    # The search index: a customer missing, one stale, one ghost.
    conn.execute("DELETE FROM customer_search WHERE rowid = ?", (first_rowid,))
    conn.execute("UPDATE customer_search SET body = 'vechi' WHERE rowid = ?", (second_rowid,))
    conn.execute("INSERT INTO customer_search(rowid, body) VALUES (987654, 'fantoma')")
    # Rows pointing at a meeting that is not there (only possible with foreign keys off).
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute(
        "INSERT INTO disclosure (id, meeting_id, customer_id, side, domain, topic, depth,"
        " text, sensitive, disclosed_at, created_at, updated_at) VALUES ('lost', 'gone',"
        " ?, 'us', 'business', 'strategy', 'core', '', 0, '2026-01-01 00:00:00.000000',"
        " '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')",
        (ids["first"],),
    )
    conn.execute("UPDATE follow_up SET meeting_id = 'gone' WHERE customer_id = ?", (ids["first"],))
    conn.execute("PRAGMA foreign_keys=ON")
    # Rows whose links are each valid but file them under two customers.
    conn.execute(
        "UPDATE disclosure SET customer_id = ? WHERE meeting_id = ? AND side = 'us'",
        (ids["second"], ids["meeting"]),
    )
    conn.execute(
        "UPDATE principle_rating SET meeting_id = ? WHERE customer_id = ?",
        (ids["other"], ids["first"]),
    )
    conn.execute(
        "INSERT INTO meeting_attendee VALUES (?, ?)", (ids["meeting"], ids["other_contact"])
    )
    conn.execute("UPDATE ledger_entry SET given_by = 'customer' WHERE id = ?", (ids["given"],))
    # Derived columns out of step.
    conn.execute(
        "UPDATE customer SET last_meeting_at = '1999-01-01 00:00:00.000000' WHERE id = ?",
        (ids["first"],),
    )
    conn.execute("UPDATE customer SET next_follow_up_at = NULL WHERE id = ?", (ids["second"],))

    report = check_database(conn, backup=tmp_path / "before-check.sqlite3")

    assert _codes(report) == {
        ("foreign_keys", "orphan_rows"),
        ("foreign_keys", "dangling_links"),
        ("orphans", "disclosure_other_customer"),
        ("orphans", "rating_other_customer"),
        ("orphans", "attendee_other_customer"),
        ("orphans", "invalid_return_link"),
        ("search_index", "missing_rows"),
        ("search_index", "stale_rows"),
        ("search_index", "stray_rows"),
        ("derived_columns", "last_meeting_at"),
        ("derived_columns", "next_follow_up_at"),
    }
    assert all(f.fixed for f in report.findings) and report.ok
    by_code = {(f.check, f.problem): f for f in report.findings}
    assert by_code["foreign_keys", "orphan_rows"].detail == "disclosure.meeting_id -> meeting: 1"
    assert by_code["search_index", "missing_rows"].count == 1
    assert check_database(conn).findings == ()
    # Every fix can be undone: the copy taken before the first one still has it all.
    assert report.backup == tmp_path / "before-check.sqlite3"
    before = open_file(report.backup)
    assert _one(before, "SELECT count(*) FROM disclosure WHERE id = 'lost'") == 1
    before.close()

    # Fixed the way the app would have kept it: the orphan gone, the follow-up kept.
    assert _one(conn, "SELECT count(*) FROM disclosure WHERE id = 'lost'") == 0
    assert (
        _one(conn, "SELECT meeting_id FROM follow_up WHERE customer_id = ?", ids["first"]) is None
    )
    assert _one(conn, "SELECT count(*) FROM disclosure WHERE customer_id = ?", ids["first"]) == 2
    assert _one(conn, "SELECT count(*) FROM principle_rating WHERE meeting_id IS NULL") == 1
    assert _one(conn, "SELECT count(*) FROM meeting_attendee") == 2
    assert _one(conn, "SELECT returned_by_id FROM ledger_entry WHERE id = ?", ids["given"]) is None
    assert _one(conn, "SELECT last_meeting_at FROM customer WHERE id = ?", ids["first"]) == (
        last_meeting
    )
    assert _one(conn, "SELECT next_follow_up_at FROM customer WHERE id = ?", ids["second"]) == (
        next_due
    )
    directory = CustomerDirectory(conn)
    assert [r.id for r in directory.page(CustomerQuery(search="carpati"), 0, 10)] == [ids["first"]]
    assert [r.id for r in directory.page(CustomerQuery(search="dunarea"), 0, 10)] == [ids["second"]]
    assert directory.page(CustomerQuery(search="fantoma"), 0, 10) == []


def test_values_a_reader_would_choke_on_are_repaired(db: Database) -> None:
    """Damage that SQLite's checks pass: text that is not UTF-8, a moment that is not one,
    a number that is text. Each fails every reader of its row (the moment and the number
    with a Python error, not even a database one)."""
    ids = _populate(db)
    conn = db.reader
    meeting_created = _one(conn, "SELECT created_at FROM meeting WHERE id = ?", ids["meeting"])
    conn.execute(
        "UPDATE customer SET name = CAST(X'436172706174C8' AS TEXT) || ' Industrial' WHERE id = ?",
        (ids["first"],),
    )
    conn.execute(
        "UPDATE meeting SET started_at = '2026-02-31 10:00:00.000000' WHERE id = ?",
        (ids["meeting"],),
    )
    conn.execute("UPDATE follow_up SET done_at = ':026-01-01 10:00:00.000000'")
    conn.execute(
        "UPDATE customer SET stay_in_touch_days = 'treizeci' WHERE id = ?", (ids["second"],)
    )
    with pytest.raises(driver.OperationalError, match="decode"):
        CustomerDirectory(conn).page(CustomerQuery(), 0, 10)  # the whole list, for one name

    report = check_database(conn)

    assert {(f.check, f.problem, f.detail) for f in report.findings} == {
        ("stored_values", "invalid_text", "customer.name: 1"),
        ("stored_values", "invalid_timestamp", "meeting.started_at: 1"),
        ("stored_values", "invalid_timestamp", "follow_up.done_at: 2"),
        ("stored_values", "wrong_type", "customer.stay_in_touch_days: 1"),
        ("derived_columns", "last_meeting_at", "customer: 1"),  # from the repaired meeting
    }
    assert report.ok and check_database(conn).findings == ()
    rows = CustomerDirectory(conn).page(CustomerQuery(), 0, 10)
    assert [r.name for r in rows] == ["Carpat\ufffd Industrial", "Dunărea Logistic"]
    # A moment nobody can read falls back on the row's own created_at (or NULL if allowed).
    assert _one(conn, "SELECT started_at FROM meeting WHERE id = ?", ids["meeting"]) == (
        meeting_created
    )
    assert _one(conn, "SELECT count(*) FROM follow_up WHERE done_at IS NULL") == 2
    assert _one(conn, "SELECT stay_in_touch_days FROM customer WHERE id = ?", ids["second"]) is None


def test_every_unreadable_moment_is_found() -> None:
    """SQL narrows the values Python looks at: it must never wave through one that
    datetime.fromisoformat (or SQLAlchemy's stored format) would refuse."""
    good = b"2024-02-29 17:28:16.123456"
    damaged = {
        bytes([*good[:i], good[i] ^ (1 << bit), *good[i + 1 :]])
        for i in range(26)
        for bit in range(8)
    }
    damaged |= {b"2026-02-29 10:00:00", b"2026-04-31 10:00:00", b"2026-01-01 24:00:00", good[:19]}

    def readable(raw: bytes) -> bool:
        try:
            text = raw.decode()
            datetime.fromisoformat(text)
        except ValueError:
            return False
        return (
            re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?", text, re.ASCII) is not None
        )

    conn = driver.dbapi.connect(":memory:", isolation_level=None)
    conn.execute("CREATE TABLE visit (id INTEGER PRIMARY KEY, at DATETIME)")
    conn.executemany("INSERT INTO visit (at) VALUES (CAST(? AS TEXT))", [(raw,) for raw in damaged])
    expected = sum(not readable(raw) for raw in damaged)
    assert 150 < expected < len(damaged)  # most flips break it, some give another moment
    findings = [f for f in check_database(conn).findings if f.check == "stored_values"]
    assert [(f.problem, f.count, f.fixed) for f in findings] == [
        ("invalid_timestamp", expected, True)  # nullable: cleared
    ]


def test_report_only_changes_nothing(db: Database) -> None:
    ids = _populate(db)
    db.reader.execute("UPDATE customer SET last_meeting_at = NULL WHERE id = ?", (ids["first"],))
    db.reader.execute("DELETE FROM customer_search")
    report = check_database(db.reader, fix=False)
    assert _codes(report) == {
        ("search_index", "missing_rows"),
        ("derived_columns", "last_meeting_at"),
    }
    assert not report.ok and report.problems == report.findings
    assert check_database(db.reader, fix=False) == report


def test_a_damaged_search_index_is_rebuilt(db: Database) -> None:
    """FTS5 keeps its inverted index in blobs SQLite's own checks never open."""
    _populate(db)
    db.reader.execute(
        "UPDATE customer_search_data SET block = zeroblob(length(block)) WHERE id > 10"
    )
    report = check_database(db.reader)
    assert ("search_index", "index_corrupt") in _codes(report)
    assert report.ok
    assert check_database(db.reader).findings == ()
    hits = CustomerDirectory(db.reader).page(CustomerQuery(search="turcanu"), 0, 10)
    assert [r.name for r in hits] == ["Carpați Industrial"]


def test_an_index_that_disagrees_with_its_table_is_rebuilt(db: Database, tmp_path: Path) -> None:
    _populate(db)
    path = _copy(db, tmp_path / "copy.sqlite3")
    # Redefine an index behind SQLite's back: its entries no longer match the new definition.
    conn = open_file(path)
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = replace(sql, '(city, sort_key)', '(country, sort_key)')"
        " WHERE name = 'ix_customer_city'"
    )
    conn.commit()
    conn.close()
    assert quick_check(path) is None  # quick_check does not compare indexes with tables
    copy = open_database(f"sqlite:///{path}")
    try:
        report = check_database(copy.reader)
        # REINDEX makes the entries agree; the schema check puts back the app's definition.
        assert _codes(report) == {("integrity_check", "index_mismatch"), ("schema", "altered")}
        assert report.ok
        assert check_database(copy.reader).findings == ()
    finally:
        copy.close()


def _damage(path: Path, table: str = "customer") -> None:
    """Give the table's root page an impossible b-tree page type."""
    conn = open_file(path)
    page_size = int(str(_one(conn, "PRAGMA page_size")))  # SQLCipher answers with text
    root = _one(conn, "SELECT rootpage FROM sqlite_master WHERE name = ?", table)
    conn.close()
    assert isinstance(page_size, int) and isinstance(root, int)
    with path.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\x01")


def test_quick_check_tells_a_damaged_copy_from_a_good_one(db: Database, tmp_path: Path) -> None:
    _populate(db)
    good = _copy(db, tmp_path / "good.sqlite3")
    bad = _copy(db, tmp_path / "bad.sqlite3")
    _damage(bad)
    before = bad.read_bytes()
    assert quick_check(good) is None
    message = quick_check(bad)
    assert message is not None and message != "ok"
    assert bad.read_bytes() == before, "looking must not touch the file"
    not_sqlite = tmp_path / "notes.sqlite3"
    not_sqlite.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    assert quick_check(not_sqlite) is not None


def test_a_damaged_file_is_reported_and_not_repaired(db: Database, tmp_path: Path) -> None:
    _populate(db)
    bad = _copy(db, tmp_path / "bad.sqlite3")
    _damage(bad, "disclosure")
    conn = open_file(bad)
    try:
        before = bad.read_bytes()
        report = check_database(conn)
        assert not report.ok
        assert ("quick_check", "corrupt") in _codes(report)
        assert not any(f.fixed for f in report.findings)
        assert {f.check for f in report.findings} <= {"quick_check", "integrity_check"}
        assert bad.read_bytes() == before
    finally:
        conn.close()


def test_keep_aside_moves_the_files_and_keeps_the_bytes(tmp_path: Path) -> None:
    path = tmp_path / "relationdesk.sqlite3"
    contents = {"": b"SQLite format 3\x00broken", "-wal": b"wal bytes", "-shm": b"shm"}
    for suffix, data in contents.items():
        Path(f"{path}{suffix}").write_bytes(data)
    aside = keep_aside(path)
    assert aside.parent == tmp_path and aside.name.startswith("relationdesk.sqlite3.corrupt-")
    for suffix, data in contents.items():
        assert not Path(f"{path}{suffix}").exists()
        assert Path(f"{aside}{suffix}").read_bytes() == data
    # A second bad file in the same second never overwrites the first one kept aside.
    path.write_bytes(b"second")
    again = keep_aside(path)
    assert again != aside and again.read_bytes() == b"second"
    assert aside.read_bytes() == contents[""]


def test_a_busy_database_raises_instead_of_reporting(db: Database) -> None:
    """Locked is about the moment, not the file: the caller retries, nothing is "found"."""
    ids = _populate(db)
    db.reader.execute("UPDATE customer SET last_meeting_at = NULL WHERE id = ?", (ids["first"],))
    other = open_file(db.path, timeout=0)
    try:
        db.reader.execute("BEGIN IMMEDIATE")
        with pytest.raises(driver.OperationalError, match="locked"):
            check_database(other)
        db.reader.execute("ROLLBACK")
        assert {f.problem for f in check_database(other).findings} == {"last_meeting_at"}
    finally:
        other.close()


def test_a_stale_lifecycle_stage_is_repaired_from_the_history(db: Database) -> None:
    from datetime import date

    from relationdesk.domain.enums import LifecycleStage
    from relationdesk.services.lifecycle import set_lifecycle_stage

    ids = _populate(db)
    set_lifecycle_stage(db, ids["first"], LifecycleStage.ACCOUNT, date(2026, 1, 5))
    db.reader.execute("UPDATE customer SET lifecycle_stage = 'buyer' WHERE id = ?", [ids["first"]])
    assert _codes(check_database(db.reader, fix=False)) == {("derived_columns", "lifecycle_stage")}
    check_database(db.reader)
    stage = _one(db.reader, "SELECT lifecycle_stage FROM customer WHERE id = ?", ids["first"])
    assert stage == "account"
    assert check_database(db.reader).ok


def test_an_impossible_day_is_replaced_by_the_day_the_row_was_made(db: Database) -> None:
    from datetime import date

    from relationdesk.domain.enums import LifecycleStage
    from relationdesk.services.lifecycle import set_lifecycle_stage

    ids = _populate(db)
    set_lifecycle_stage(db, ids["first"], LifecycleStage.TESTER, date(2026, 2, 27))
    db.reader.execute("UPDATE lifecycle_change SET changed_on = '2026-02-31'")
    findings = [f for f in check_database(db.reader).findings if f.check == "stored_values"]
    assert [(f.problem, f.detail, f.fixed) for f in findings] == [
        ("invalid_timestamp", "lifecycle_change.changed_on: 1", True)
    ]
    created = _one(db.reader, "SELECT substr(created_at, 1, 10) FROM lifecycle_change")
    assert _one(db.reader, "SELECT changed_on FROM lifecycle_change") == created
