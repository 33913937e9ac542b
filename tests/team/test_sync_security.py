"""The sync cannot be used to reach past the policy: a forged push is refused row by row
and leaves the laptop, kept values and batches are read only by who may."""

from pathlib import Path

import psycopg

from relationdesk.domain.customers import CustomerFields
from relationdesk.services import customer_editing
from tests.team.conftest import TeamServer
from tests.team.laptops import laptop_content, make_team, open_laptop, server_content


def test_a_forged_push_is_refused_and_leaves_the_laptop(
        team_server: TeamServer, tmp_path: Path) -> None:
    anna, bruno = make_team(team_server, "anna", "bruno")
    theirs = open_laptop(tmp_path / "b", bruno)
    customer_id = customer_editing.create_customer(theirs.db, CustomerFields(name="Bruno's"))
    theirs.join()
    mine = open_laptop(tmp_path / "a", anna)
    mine.join()
    # Anna knows the id (customer_directory shows it) and writes rows under it locally.
    mine.db.reader.execute(
        "INSERT INTO customer (id, name, sort_key, notes, created_at, updated_at) "
        "VALUES (?, 'Mine now', 'mine now', 'x', '2026-01-01', '2026-01-01')", [customer_id])
    mine.db.reader.execute(
        "INSERT INTO contact (id, customer_id, full_name, created_at, updated_at) "
        "VALUES ('spy', ?, 'Spy', '2026-01-01', '2026-01-01')", [customer_id])
    report = mine.sync()
    assert report.refused == 2 and report.pushed == 0
    with psycopg.connect(team_server.admin_url) as conn:
        assert conn.execute("SELECT name FROM customer").fetchall() == [("Bruno's",)]
        assert conn.execute("SELECT count(*) FROM contact").fetchone() == (0,)
    assert mine.db.reader.execute("SELECT count(*) FROM customer").fetchone() == (0,)
    assert laptop_content(mine) == server_content(team_server, anna, mine)
    mine.close()
    theirs.close()


def test_kept_values_and_batches_are_read_only_by_who_may(
        team_server: TeamServer, tmp_path: Path) -> None:
    anna, bruno = make_team(team_server, "anna", "bruno")
    laptop = open_laptop(tmp_path / "b", bruno)
    customer_id = customer_editing.create_customer(laptop.db, CustomerFields(name="B"))
    laptop.join()
    laptop.close()
    with psycopg.connect(team_server.admin_url) as conn:
        conn.execute("INSERT INTO sync_conflict (table_name, row_id, customer_id, column_name, "
                     "kept_value, kept_hlc, winning_hlc) VALUES ('customer', %s, %s, 'notes', "
                     "'secret', '1', '2')", (customer_id, customer_id))
    with team_server.connect_as("anna", anna.password) as conn:
        assert conn.execute("SELECT count(*) FROM sync_conflict").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM sync_batch").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM sync_replica").fetchone() == (0,)
        changed = conn.execute("UPDATE sync_conflict SET kept_value = 'x'").rowcount
        assert changed == 0
    with team_server.connect_as("bruno", bruno.password) as conn:
        assert conn.execute("SELECT kept_value FROM sync_conflict").fetchall() == [("secret",)]
        assert conn.execute("SELECT count(*) FROM sync_batch").fetchone() == (1,)
