"""The sync's promises one by one: erasure reaches everywhere, an older laptop is refused,
a clock a day off converges, a resent batch lands once, a late commit is not skipped,
a reassigned customer moves laptops."""

from datetime import datetime
from pathlib import Path

import psycopg
import pytest

from relationdesk.db import schema
from relationdesk.domain.customers import ContactFields, CustomerFields
from relationdesk.domain.meetings import (
    Depth,
    DisclosureDomain,
    DisclosureFields,
    MeetingFields,
    Side,
)
from relationdesk.services import customer_editing, erasure, meeting_log
from relationdesk.team import replica
from relationdesk.team.errors import TeamError
from tests.team.conftest import TeamServer
from tests.team.laptops import Laptop, laptop_content, make_team, open_laptop, server_content

CANARY = "Zoltan Canarybird"


def _meeting(laptop: Laptop, customer_id: str, contact_id: str, text: str) -> str:
    disclosure = DisclosureFields(Side.CUSTOMER, DisclosureDomain.PERSONAL, "family",
                                  Depth.CORE, text=text, sensitive=True, contact_id=contact_id)
    return meeting_log.save_meeting(laptop.db, MeetingFields(
        customer_id, datetime(2026, 11, 2, 10), summary="coffee", attendee_ids=(contact_id,),
        disclosures=[disclosure]))


def _server_text(server: TeamServer) -> str:
    with psycopg.connect(server.admin_url) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        return "\n".join(str(conn.execute(f"SELECT t::text FROM {t} t").fetchall())
                         for t in tables)


def test_an_erasure_reaches_both_laptops_and_the_server(
        team_server: TeamServer, tmp_path: Path) -> None:
    (anna,) = make_team(team_server, "anna")
    first, second = open_laptop(tmp_path / "a", anna), open_laptop(tmp_path / "b", anna)
    customer_id = customer_editing.create_customer(first.db, CustomerFields(name="Alfa"))
    contact_id = customer_editing.create_contact(first.db, customer_id,
                                                 ContactFields(full_name=CANARY))
    _meeting(first, customer_id, contact_id, f"{CANARY} has a sick mother")
    first.join()
    second.join()
    # A conflict over the contact's notes: the loser, naming the canary, is kept.
    for laptop, notes in ((first, f"{CANARY} likes jazz"), (second, f"{CANARY} likes opera")):
        customer_editing.update_contact(laptop.db, contact_id,
                                        ContactFields(full_name=CANARY, notes=notes))
    first.sync()
    assert second.sync().conflicts == 1
    assert CANARY in _server_text(team_server)

    assert erasure.erase_contact(first.db, contact_id)
    first.sync()
    assert second.sync().cleanup_pending is False
    first.sync()
    for laptop, folder in ((first, "a"), (second, "b")):
        assert laptop.db.reader.execute("SELECT count(*) FROM contact").fetchone()[0] == 0
        laptop.close()
        for file in (tmp_path / folder).rglob("relationdesk.sqlite3*"):
            data = file.read_bytes()
            assert CANARY.encode() not in data and b"Canarybird" not in data, file
    assert "Canarybird" not in _server_text(team_server)


def test_an_older_laptop_is_refused_and_nothing_moves(
        team_server: TeamServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (anna,) = make_team(team_server, "anna")
    laptop = open_laptop(tmp_path / "a", anna)
    laptop.join()
    customer_editing.create_customer(laptop.db, CustomerFields(name="Alfa"))
    before = laptop.db.reader.execute("SELECT * FROM sync_change").fetchall()
    monkeypatch.setattr(schema, "SCHEMA_REVISIONS", schema.SCHEMA_REVISIONS[:-1])
    monkeypatch.setattr(schema, "HEAD_REVISION", schema.SCHEMA_REVISIONS[-1])
    with pytest.raises(TeamError, match="update RelationDesk to sync with your team"):
        laptop.sync()
    assert laptop.db.reader.execute("SELECT * FROM sync_change").fetchall() == before
    with psycopg.connect(team_server.admin_url) as conn:
        assert conn.execute("SELECT count(*) FROM customer").fetchone() == (0,)
    laptop.close()


def test_a_clock_a_day_off_still_converges(
        team_server: TeamServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (anna,) = make_team(team_server, "anna")
    first, second = open_laptop(tmp_path / "a", anna), open_laptop(tmp_path / "b", anna)
    first.join()
    customer_id = customer_editing.create_customer(first.db, CustomerFields(name="Alfa"))
    first.sync()
    second.join()
    day_ms = 86_400_000
    first.db.reader.execute("UPDATE sync_state SET hlc_wall = hlc_wall + ?", [day_ms])
    customer_editing.update_customer(second.db, customer_id, CustomerFields(name="B", city="X"))
    customer_editing.update_customer(first.db, customer_id, CustomerFields(name="A", city="Y"))
    import time  # the clock relationdesk/team/sync.py reads

    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 86_400)
    assert first.sync().clock_off_s > 86_000  # told (the command line warns)
    monkeypatch.setattr(time, "time", real)
    second.sync()
    first.sync()
    assert laptop_content(first) == laptop_content(second) == server_content(
        team_server, anna, first)
    # the day-ahead clock is carried over: the second laptop's next edit is later still
    wall = second.db.reader.execute("SELECT hlc_wall FROM sync_state").fetchone()[0]
    assert wall > real() * 1000 + day_ms / 2
    first.close()
    second.close()


def test_a_resent_batch_is_applied_once(
        team_server: TeamServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (anna,) = make_team(team_server, "anna")
    laptop = open_laptop(tmp_path / "a", anna)
    laptop.join()
    customer_id = customer_editing.create_customer(laptop.db, CustomerFields(name="Alfa"))
    customer_editing.update_customer(laptop.db, customer_id, CustomerFields(name="Alfa", city="R"))

    def lost(*_: object) -> None:
        raise OSError("the laptop died before hearing back")

    monkeypatch.setattr(replica, "acknowledge", lost)
    with pytest.raises(OSError):
        laptop.sync()
    monkeypatch.undo()
    customer_editing.update_customer(laptop.db, customer_id, CustomerFields(name="Alfa", city="S"))
    with psycopg.connect(team_server.admin_url) as conn:
        logged = conn.execute("SELECT count(*) FROM sync_change").fetchone()
    first = laptop.sync()
    assert first.pushed == 0  # the batch in flight had landed: a no-op now
    with psycopg.connect(team_server.admin_url) as conn:
        assert conn.execute("SELECT count(*) FROM sync_change").fetchone() == logged
        assert conn.execute("SELECT count(*) FROM sync_batch").fetchone() == (1,)
    assert laptop.sync().pushed == 1  # the later edit, in its own batch
    with psycopg.connect(team_server.admin_url) as conn:
        assert conn.execute("SELECT city FROM customer").fetchone() == ("S",)
    laptop.close()


def test_a_change_committed_late_is_not_skipped(team_server: TeamServer, tmp_path: Path) -> None:
    (anna,) = make_team(team_server, "anna")
    laptop = open_laptop(tmp_path / "a", anna)
    laptop.join()
    late = psycopg.connect(team_server.cluster.url("anna", anna.password, team_server.dbname))
    late.execute("INSERT INTO customer (id, name, sort_key, created_at, updated_at) VALUES "
                 "('late', 'Late', 'late', now(), now())")  # open: not committed yet
    early = open_laptop(tmp_path / "b", anna)
    early.join()
    customer_editing.create_customer(early.db, CustomerFields(name="Early"))
    early.sync()  # commits after the late transaction began
    laptop.sync()
    # Served only below the oldest transaction still running: nothing past it yet, so
    # the cursor cannot move beyond the late one.
    names = {r[0] for r in laptop.db.reader.execute("SELECT name FROM customer")}
    assert names == set()
    late.commit()
    late.close()
    laptop.sync()
    names = {r[0] for r in laptop.db.reader.execute("SELECT name FROM customer")}
    assert names == {"Early", "Late"}
    laptop.close()
    early.close()


def test_a_reassigned_customer_moves_laptops(team_server: TeamServer, tmp_path: Path) -> None:
    anna, bruno, mara = make_team(team_server, "anna", "bruno", "mara", managers=("mara",))
    old, new = open_laptop(tmp_path / "a", anna), open_laptop(tmp_path / "b", bruno)
    customer_id = customer_editing.create_customer(old.db, CustomerFields(name="Alfa"))
    customer_editing.create_contact(old.db, customer_id, ContactFields(full_name="Ana Pop"))
    old.join()
    new.join()
    assert new.db.reader.execute("SELECT count(*) FROM customer").fetchone() == (0,)
    with psycopg.connect(team_server.cluster.url("mara", mara.password, team_server.dbname)) as c:
        c.execute("UPDATE customer SET owner_id = (SELECT id FROM member_directory "
                  "WHERE display_name = 'bruno')")
    old.sync()
    new.sync()
    assert old.db.reader.execute("SELECT count(*) FROM customer").fetchone() == (0,)
    assert old.db.reader.execute("SELECT count(*) FROM contact").fetchone() == (0,)
    assert new.db.reader.execute("SELECT count(*) FROM contact").fetchone() == (1,)
    assert laptop_content(new) == server_content(team_server, bruno, new)
    old.close()
    new.close()
