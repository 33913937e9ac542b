"""The laptop's change log (migration 0007): every writer's change is logged in the same
transaction as the write, by column for an update, once the laptop has joined a team."""

from relationdesk.db.database import Database
from relationdesk.domain.customers import CustomerFields
from relationdesk.services import customer_editing


def _log(db: Database) -> list[tuple[str, str, str]]:
    return db.reader.execute(
        "SELECT table_name, column_name, op FROM sync_change ORDER BY seq").fetchall()


def _enable(db: Database) -> None:
    db.reader.execute("UPDATE sync_state SET enabled = 1")


def test_nothing_is_logged_before_joining(db: Database) -> None:
    customer_editing.create_customer(db, CustomerFields(name="Alfa"))
    assert _log(db) == []


def test_every_writer_is_logged_by_column(db: Database) -> None:
    _enable(db)
    customer_id = customer_editing.create_customer(db, CustomerFields(name="Alfa"))
    customer_editing.update_customer(db, customer_id, CustomerFields(name="Alfa", city="Roma"))
    # A raw sqlite3 write (the fast paths) is caught as well; derived columns are not.
    db.reader.execute("UPDATE customer SET notes = 'n', health_score = 3 WHERE id = ?",
                      [customer_id])
    log = _log(db)
    assert log[0] == ("customer", "*", "insert")
    assert ("customer", "city", "update") in log
    assert ("customer", "notes", "update") in log
    assert ("customer", "name", "update") not in log  # unchanged columns are not logged
    assert not any(column == "health_score" for _, column, _ in log)


def test_a_delete_replaces_what_was_pending_for_the_row(db: Database) -> None:
    _enable(db)
    customer_id = customer_editing.create_customer(db, CustomerFields(name="Alfa"))
    customer_editing.delete_customer(db, customer_id)
    assert _log(db) == [("customer", "*", "delete")]


def test_a_rolled_back_write_leaves_no_change(db: Database) -> None:
    _enable(db)
    db.reader.execute("BEGIN")
    db.reader.execute("INSERT INTO customer (id, name, sort_key, created_at, updated_at) "
                      "VALUES ('x', 'X', 'x', '2026-01-01', '2026-01-01')")
    db.reader.execute("ROLLBACK")
    assert _log(db) == []


def test_applying_a_pull_is_not_logged(db: Database) -> None:
    _enable(db)
    db.reader.execute("UPDATE sync_state SET applying = 1")
    customer_editing.create_customer(db, CustomerFields(name="Alfa"))
    assert _log(db) == []


def test_the_clock_never_goes_back(db: Database) -> None:
    _enable(db)
    ahead = 4_000_000_000_000  # a wall clock far in the future, once seen
    db.reader.execute("UPDATE sync_state SET hlc_wall = ?", [ahead])
    for name in ("A", "B", "C"):
        customer_editing.create_customer(db, CustomerFields(name=name))
    clocks = [row[0] for row in db.reader.execute("SELECT hlc FROM sync_change ORDER BY seq")]
    assert clocks == sorted(clocks) and len(set(clocks)) == 3
    assert all(clock.startswith(f"{ahead:015d}.") for clock in clocks)
