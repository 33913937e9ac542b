"""The server decides who sees what: each member connects with their own password, as
they could with psql, and tries what the policy forbids (docs/team.md, "The policy").

Team: anna and bruno (salespeople), mara (manager). Anna owns "Acme" with a contact, a
meeting, a plain and a sensitive disclosure, and a row in every other table under a
customer (and "Acme Two", which Acme referred); bruno owns "Borealis".
"""

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import psycopg
import pytest
from psycopg import errors
from sqlmodel import SQLModel

from relationdesk.team.members import add_member
from relationdesk.team.server import init_team
from tests.team.conftest import Cluster, TeamServer, fresh_database

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)
SECRET = "Their CFO is leaving in March"


# One row under anna's Acme in every other table that hangs from a customer.
def _insert(table: str, columns: str, values: str) -> str:
    return (f"INSERT INTO {table} (created_at, updated_at, {columns}) "
            f"VALUES (%(now)s, %(now)s, {values})")


UNDER_ACME = {
    "meeting_attendee": "INSERT INTO meeting_attendee VALUES ('mt-acme', 'ct-acme')",
    "follow_up": _insert("follow_up", "id, customer_id, title, due_at",
                         "'f1', %(acme)s, 'Call back', %(now)s"),
    "stage_change": "INSERT INTO stage_change (id, customer_id, stage, suggested_stage, "
                    "changed_at) VALUES ('s1', %(acme)s, 'trust', 'trust', %(now)s)",
    "principle_rating": _insert("principle_rating", "id, customer_id, principle, rating, "
                                "rated_at", "'p1', %(acme)s, 'reciprocity', 4, %(now)s"),
    "ledger_entry": _insert("ledger_entry", "id, customer_id, given_by, kind, occurred_at",
                            "'l1', %(acme)s, 'us', 'favour', %(now)s"),
    "commitment": _insert("commitment", "id, customer_id, made_by, description, made_at",
                          "'c1', %(acme)s, 'us', 'Quote', %(now)s"),
    "lifecycle_change": _insert("lifecycle_change", "id, customer_id, stage, changed_on",
                                "'lc1', %(acme)s, 'buyer', %(now)s"),
    "recommendation": _insert("recommendation", "id, customer_id, contact_id, score, "
                              "answered_on", "'r1', %(acme)s, 'ct-acme', 9, %(now)s"),
    "referral": _insert("referral", "id, sponsor_customer_id, referred_customer_id, "
                        "referred_on", "'rf1', %(acme)s, %(other)s, %(now)s"),
    "economics_period": _insert("economics_period", "id, customer_id, kind, starts_on, "
                                "ends_on", "'e1', %(acme)s, 'month', %(now)s, %(now)s"),
}


@dataclass
class Team:
    server: TeamServer
    passwords: dict[str, str]
    acme: str
    borealis: str

    def connect(self, member: str) -> psycopg.Connection:
        return self.server.connect_as(member, self.passwords[member])


def _new_customer(conn: psycopg.Connection, name: str, owner_id: str | None = None) -> str:
    cid = str(uuid.uuid4())
    columns = "id, name, sort_key, city, created_at, updated_at"
    values = "%s, %s, %s, 'Milano', %s, %s"
    params: list[object] = [cid, name, name.lower(), NOW, NOW]
    if owner_id is not None:
        columns, values = columns + ", owner_id", values + ", %s"
        params.append(owner_id)
    conn.execute(f"INSERT INTO customer ({columns}) VALUES ({values})", params)
    return cid


def _member_id(conn: psycopg.Connection) -> str:
    # One row; psycopg types its values Any.
    return conn.execute("SELECT team_member_id()").fetchone()[0]  # type: ignore[index, no-any-return]


@pytest.fixture(scope="module")
def team(pg_cluster: Cluster) -> Iterator[Team]:
    with fresh_database(pg_cluster, "t_security") as server:
        init_team(server.admin_url, "Sales Italy")
        passwords = {}
        for name, manager in (("anna", False), ("bruno", False), ("mara", True)):
            joining = add_member(server.admin_url, name, manager)
            assert joining.password
            passwords[name] = joining.password
        built = Team(server, passwords, "", "")
        with built.connect("anna") as anna:
            built.acme = _new_customer(anna, "Acme")
            anna.execute("INSERT INTO contact (id, customer_id, full_name, created_at, "
                         "updated_at) VALUES ('ct-acme', %s, 'Ada Rossi', %s, %s)",
                         (built.acme, NOW, NOW))
            anna.execute("INSERT INTO meeting (id, customer_id, started_at, created_at, "
                         "updated_at) VALUES ('mt-acme', %s, %s, %s, %s)",
                         (built.acme, NOW, NOW, NOW))
            for did, sensitive, text in (("d-plain", False, "Budget approved"),
                                         ("d-secret", True, SECRET)):
                anna.execute(
                    "INSERT INTO disclosure (id, meeting_id, customer_id, side, domain, topic,"
                    " depth, text, sensitive, disclosed_at, created_at, updated_at) VALUES "
                    "(%s, 'mt-acme', %s, 'customer', 'business', 'plans', 'deep', %s, %s, "
                    "%s, %s, %s)", (did, built.acme, text, sensitive, NOW, NOW, NOW))
            second = _new_customer(anna, "Acme Two")
            for statement in UNDER_ACME.values():
                anna.execute(statement, {"acme": built.acme, "other": second, "now": NOW})
        with built.connect("bruno") as bruno:
            built.borealis = _new_customer(bruno, "Borealis")
        yield built


def test_a_salesperson_reads_and_writes_their_own_customers(team: Team) -> None:
    with team.connect("anna") as anna:
        names = [r[0] for r in anna.execute("SELECT name FROM customer ORDER BY name")]
        assert names == ["Acme", "Acme Two"]
        assert anna.execute("SELECT count(*) FROM contact").fetchone() == (1,)
        texts = {r[0] for r in anna.execute("SELECT text FROM disclosure")}
        assert texts == {"Budget approved", SECRET}
        mine = _new_customer(anna, "Own Srl")
        assert anna.execute("UPDATE customer SET city = 'Roma' WHERE id = %s",
                            (mine,)).rowcount == 1
        assert anna.execute("DELETE FROM customer WHERE id = %s", (mine,)).rowcount == 1


def test_colleagues_customers_show_only_name_city_and_owner(team: Team) -> None:
    with team.connect("bruno") as bruno:
        assert [r[0] for r in bruno.execute("SELECT name FROM customer")] == ["Borealis"]
        for table in ("contact", "meeting", "disclosure", "meeting_attendee"):
            assert bruno.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
        directory = bruno.execute("SELECT * FROM customer_directory ORDER BY name").fetchall()
        columns = [c.name for c in bruno.execute(
            "SELECT * FROM customer_directory LIMIT 0").description or []]
        assert columns == ["id", "name", "city", "owner_id", "owner_name"]
        assert [(r[1], r[2], r[4]) for r in directory] == [
            ("Acme", "Milano", "anna"), ("Acme Two", "Milano", "anna"),
            ("Borealis", "Milano", "bruno")]
        # Writes to anna's customer touch nothing or are refused.
        assert bruno.execute("UPDATE customer SET notes = 'x' WHERE id = %s",
                             (team.acme,)).rowcount == 0
        assert bruno.execute("DELETE FROM customer WHERE id = %s", (team.acme,)).rowcount == 0
        assert bruno.execute("DELETE FROM contact").rowcount == 0
        anna_id = directory[0][3]
        with pytest.raises(errors.InsufficientPrivilege):
            _new_customer(bruno, "Stolen", owner_id=anna_id)
        with pytest.raises(errors.InsufficientPrivilege):
            bruno.execute("INSERT INTO contact (id, customer_id, full_name, created_at, "
                          "updated_at) VALUES ('ct-x', %s, 'Spy', %s, %s)",
                          (team.acme, NOW, NOW))
        with pytest.raises(errors.InsufficientPrivilege):  # giving a customer away
            bruno.execute("UPDATE customer SET owner_id = %s WHERE id = %s",
                          (anna_id, team.borealis))
        with pytest.raises(errors.InsufficientPrivilege):
            bruno.execute(
                "INSERT INTO disclosure (id, meeting_id, customer_id, side, domain, topic, "
                "depth, disclosed_at, created_at, updated_at) VALUES ('d-x', 'mt-acme', %s, "
                "'customer', 'business', 'plans', 'deep', %s, %s, %s)",
                (team.acme, NOW, NOW, NOW))
        bruno_id = _member_id(bruno)
        # A setting any client may change decides nothing.
        bruno.execute("SET app.member = 'anna'")
        assert bruno.execute("SELECT count(*) FROM customer").fetchone() == (1,)
    with team.connect("anna") as anna:
        assert anna.execute("SELECT notes FROM customer WHERE id = %s",
                            (team.acme,)).fetchone() == ("",)
        with pytest.raises(errors.InsufficientPrivilege):  # a contact moved to bruno's
            anna.execute("UPDATE contact SET customer_id = %s WHERE id = 'ct-acme'",
                         (team.borealis,))
        with pytest.raises(errors.InsufficientPrivilege):  # a text signed as bruno
            anna.execute(
                "INSERT INTO disclosure (id, meeting_id, customer_id, side, domain, topic, "
                "depth, sensitive, recorded_by, disclosed_at, created_at, updated_at) VALUES "
                "('d-y', 'mt-acme', %s, 'customer', 'business', 'plans', 'deep', true, %s, "
                "%s, %s, %s)", (team.acme, bruno_id, NOW, NOW, NOW))


def test_a_sensitive_text_is_readable_only_by_who_recorded_it(team: Team) -> None:
    with team.connect("mara") as mara:
        rows = mara.execute("SELECT id, text FROM disclosure ORDER BY id").fetchall()
        assert rows == [("d-plain", "Budget approved")]
        assert mara.execute("SELECT id, domain, depth FROM sensitive_disclosure").fetchall() == [
            ("d-secret", "business", "deep")]
        assert mara.execute("UPDATE disclosure SET sensitive = false WHERE id = 'd-secret'"
                            ).rowcount == 0
        with pytest.raises(errors.UndefinedColumn):
            mara.execute("SELECT text FROM sensitive_disclosure")
    with team.connect("bruno") as bruno:
        assert bruno.execute("SELECT count(*) FROM sensitive_disclosure").fetchone() == (0,)
        assert bruno.execute("SELECT count(*) FROM disclosure WHERE text LIKE %s",
                             (SECRET[:5] + "%",)).fetchone() == (0,)


def test_the_catalogue_the_members_table_and_the_policies_are_out_of_reach(team: Team) -> None:
    owner = f"{team.server.dbname}_owner"
    with team.connect("bruno") as bruno:
        assert [r[0] for r in bruno.execute("SELECT role_name FROM team_member")] == ["bruno"]
        forbidden = [
            "SELECT rolpassword FROM pg_authid",
            "SELECT passwd FROM pg_shadow",
            "UPDATE team_member SET manager = true",
            "INSERT INTO team_member (id, role_name, display_name) VALUES ('x', 'x', 'x')",
            "CREATE TABLE grab (x int)",
            "CREATE TEMP TABLE grab (x int)",
            "CREATE VIEW everything AS SELECT * FROM customer",
            "ALTER TABLE customer DISABLE ROW LEVEL SECURITY",
            "ALTER TABLE customer NO FORCE ROW LEVEL SECURITY",
            "DROP POLICY member_all ON customer",
            "CREATE POLICY mine ON customer USING (true)",
            f'SET ROLE "{owner}"',
            "UPDATE alembic_version SET version_num = 'x'",
            "DELETE FROM tombstone",
            "CREATE OR REPLACE FUNCTION team_is_manager() RETURNS boolean "
            "LANGUAGE sql AS 'SELECT true'",
        ]
        for statement in forbidden:
            with pytest.raises(errors.InsufficientPrivilege):
                bruno.execute(statement)
        assert bruno.execute("SELECT team_is_manager()").fetchone() == (False,)
        # Acting as the members' group gives no one's rows at all.
        bruno.execute(f'SET ROLE "{team.server.dbname}_members"')
        assert bruno.execute("SELECT count(*) FROM customer").fetchone() == (0,)


def test_a_manager_reads_everything_and_reassigns_owners(team: Team) -> None:
    with team.connect("anna") as anna:
        moving = _new_customer(anna, "Moving Spa")
        anna_id = _member_id(anna)
    with team.connect("bruno") as bruno:
        bruno_id = _member_id(bruno)
    with team.connect("mara") as mara:
        names = {r[0] for r in mara.execute("SELECT name FROM customer")}
        assert {"Acme", "Borealis", "Moving Spa"} <= names
        assert mara.execute("SELECT count(*) FROM contact").fetchone() == (1,)
        assert mara.execute("UPDATE customer SET owner_id = %s WHERE id = %s",
                            (bruno_id, moving)).rowcount == 1
    with team.connect("anna") as anna:
        assert anna.execute("SELECT count(*) FROM customer WHERE id = %s",
                            (moving,)).fetchone() == (0,)
    with team.connect("bruno") as bruno:
        assert bruno.execute("SELECT owner_id FROM customer WHERE id = %s",
                             (moving,)).fetchone() == (bruno_id,)
        assert bruno_id != anna_id


def test_every_table_has_row_level_security_enabled_and_forced(team: Team) -> None:
    with psycopg.connect(team.server.admin_url) as admin:
        rows = admin.execute(
            "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, "
            "(SELECT count(*) FROM pg_policies p WHERE p.tablename = c.relname) "
            "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind = 'r'").fetchall()
    from relationdesk.team.policy import LAPTOP_ONLY

    tables = {r[0] for r in rows}
    assert set(SQLModel.metadata.tables) | {"team", "team_member", "alembic_version"} <= tables
    assert [r[0] for r in rows if not (r[1] and r[2])] == []
    # Two policies at least (the owner's and the members'), but the laptop-only tables,
    # which keep the owner's alone: no member reads or writes them.
    assert [r[0] for r in rows if r[3] < (1 if r[0] in LAPTOP_ONLY else 2)] == []


def test_every_table_under_a_customer_is_covered_here() -> None:
    from relationdesk.team.policy import LAPTOP_ONLY, REACHED_OTHERWISE

    hanging = {name for name, table in SQLModel.metadata.tables.items()
               if "customer_id" in table.columns} | set(REACHED_OTHERWISE)
    assert hanging - {"customer", "contact", "meeting", "disclosure", *LAPTOP_ONLY} == set(
        UNDER_ACME
    )


def test_a_meeting_draft_is_nobodys_on_the_server(team: Team) -> None:
    """Drafts stay on the laptop: no member, not even a manager, reads or writes one."""
    for member in ("anna", "bruno", "mara"):
        with team.connect(member) as conn, pytest.raises(
            psycopg.errors.InsufficientPrivilege
        ):
            conn.execute("SELECT count(*) FROM meeting_draft")
    with team.connect("anna") as anna, pytest.raises(psycopg.errors.InsufficientPrivilege):
        anna.execute(
            "INSERT INTO meeting_draft (id, customer_id, content, created_at, updated_at) "
            "VALUES ('d1', %s, '{}', now(), now())",
            (team.acme,),
        )


@pytest.mark.parametrize("table", sorted(UNDER_ACME))
def test_what_hangs_from_a_colleagues_customer_is_out_of_sight(team: Team, table: str) -> None:
    with team.connect("bruno") as bruno:
        assert bruno.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)
        assert bruno.execute(f"DELETE FROM {table}").rowcount == 0
    for member in ("anna", "mara"):
        with team.connect(member) as conn:
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (1,), member


def test_another_teams_member_cannot_even_connect(team: Team, pg_cluster: Cluster) -> None:
    with fresh_database(pg_cluster, "t_other_team") as other:
        init_team(other.admin_url, "Sales France")
        olga = add_member(other.admin_url, "olga", manager=True).password
        assert olga
        with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
            team.server.connect_as("olga", olga)
        with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
            other.connect_as("anna", team.passwords["anna"])
