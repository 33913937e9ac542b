"""The sync between laptops and the team server, against a real PostgreSQL."""

from pathlib import Path

import psycopg
import pytest

from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.services import customer_editing
from relationdesk.team.errors import TeamError
from tests.team.conftest import TeamServer
from tests.team.laptops import laptop_content, make_team, open_laptop, server_content


def _names(laptop) -> list[str]:  # type: ignore[no-untyped-def]
    return [r[0] for r in laptop.db.reader.execute("SELECT name FROM customer ORDER BY name")]


def _city(laptop, customer_id: str, city: str) -> None:  # type: ignore[no-untyped-def]
    customer_editing.update_customer(laptop.db, customer_id, CustomerFields(name="Alfa", city=city))


def test_a_laptop_with_data_pushes_it_on_joining_and_another_pulls_it(
        team_server: TeamServer, tmp_path: Path) -> None:
    (anna,) = make_team(team_server, "anna")
    first = open_laptop(tmp_path / "a", anna)
    customer_id = customer_editing.create_customer(first.db, CustomerFields(name="Alfa"))
    customer_editing.create_contact(first.db, customer_id, ContactFields(full_name="Ana Pop"))
    report = first.join()
    assert report.pushed == 2 and report.conflicts == 0
    second = open_laptop(tmp_path / "b", anna)
    second.join()
    assert _names(second) == ["Alfa"]
    owner = second.db.reader.execute("SELECT owner_id FROM customer").fetchone()[0]
    assert owner is not None  # the server made anna the owner
    assert laptop_content(first) == laptop_content(second) == server_content(
        team_server, anna, first)
    _city(first, customer_id, "Roma")
    assert first.sync().pushed == 1
    report = second.sync()
    assert report.pulled == 1 and report.customers == 1
    assert second.db.reader.execute("SELECT city FROM customer").fetchone()[0] == "Roma"
    # the search index follows the pulled rows
    hits = second.db.reader.execute(
        "SELECT count(*) FROM customer_search WHERE customer_search MATCH 'roma'").fetchone()[0]
    assert hits == 1
    first.close()
    second.close()


def test_concurrent_edits_keep_the_loser(team_server: TeamServer, tmp_path: Path) -> None:
    (anna,) = make_team(team_server, "anna")
    first, second = open_laptop(tmp_path / "a", anna), open_laptop(tmp_path / "b", anna)
    first.join()
    customer_id = customer_editing.create_customer(first.db, CustomerFields(name="Alfa"))
    first.sync()
    second.join()
    _city(first, customer_id, "Roma")
    _city(second, customer_id, "Milano")
    first.sync()
    assert second.sync().conflicts == 1  # the later edit (second's) wins
    first.sync()
    for laptop in (first, second):
        assert laptop.db.reader.execute("SELECT city FROM customer").fetchone()[0] == "Milano"
    with psycopg.connect(team_server.admin_url) as conn:
        kept = conn.execute("SELECT column_name, kept_value FROM sync_conflict").fetchall()
    assert kept == [("city", "Roma")]
    first.close()
    second.close()


def test_a_delete_beats_a_concurrent_edit(team_server: TeamServer, tmp_path: Path) -> None:
    (anna,) = make_team(team_server, "anna")
    first, second = open_laptop(tmp_path / "a", anna), open_laptop(tmp_path / "b", anna)
    first.join()
    customer_id = customer_editing.create_customer(first.db, CustomerFields(name="Alfa"))
    first.sync()
    second.join()
    customer_editing.update_customer(second.db, customer_id, CustomerFields(name="Beta"))
    customer_editing.delete_customer(first.db, customer_id)
    first.sync()
    second.sync()
    first.sync()
    assert _names(first) == _names(second) == []
    first.close()
    second.close()


def test_wrong_password_and_unreachable_say_so(team_server: TeamServer, tmp_path: Path) -> None:
    (anna,) = make_team(team_server, "anna")
    laptop = open_laptop(tmp_path / "a", anna)
    with pytest.raises(TeamError, match="wrong password"):
        from relationdesk.team.sync import join
        join(laptop.db, anna.url, "not-it")
    with pytest.raises(TeamError, match="cannot reach"):
        join(laptop.db, "postgresql://anna@127.0.0.1:1/nothing", "x")
    assert laptop.db.reader.execute("SELECT enabled FROM sync_state").fetchone()[0] == 0
    laptop.close()
