"""`team init`: the laptop's migrations on PostgreSQL, the team's objects, idempotence."""

import psycopg
import pytest
from sqlmodel import SQLModel

from relationdesk.db.schema import HEAD_REVISION
from relationdesk.team.errors import TeamError
from relationdesk.team.server import init_team
from tests.team.conftest import TeamServer


def test_init_creates_the_schema_owned_by_the_owner_role(team_server: TeamServer) -> None:
    assert init_team(team_server.admin_url, "Sales Italy") is True
    with psycopg.connect(team_server.admin_url) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            HEAD_REVISION,)
        assert conn.execute("SELECT name FROM team").fetchone() == ("Sales Italy",)
        owners: dict[str, str] = dict(conn.execute(
            "SELECT tablename, tableowner FROM pg_tables WHERE schemaname = 'public'"))
        for name, table in SQLModel.metadata.tables.items():
            assert owners[name] == f"{team_server.dbname}_owner"
            columns = {r[0] for r in conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s",
                (name,))}
            assert {c.name for c in table.columns} <= columns, name
        # The laptop's search index is SQLite's own: not on the server.
        assert "customer_search" not in owners
        login = conn.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s",
                             (f"{team_server.dbname}_owner",)).fetchone()
        assert login == (False,)


def test_init_twice_changes_nothing_and_says_so(team_server: TeamServer) -> None:
    init_team(team_server.admin_url, "Sales Italy")
    with psycopg.connect(team_server.admin_url) as conn:
        before = conn.execute("SELECT xmin::text FROM team").fetchone()
    assert init_team(team_server.admin_url, "Sales Italy") is False
    with psycopg.connect(team_server.admin_url) as conn:
        assert conn.execute("SELECT xmin::text FROM team").fetchone() == before
    with pytest.raises(TeamError, match='already holds the team "Sales Italy"'):
        init_team(team_server.admin_url, "Sales France")


def test_a_server_of_a_newer_schema_is_refused_untouched(team_server: TeamServer) -> None:
    init_team(team_server.admin_url, "Sales Italy")
    with psycopg.connect(team_server.admin_url) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(TeamError, match=r"newer than this RelationDesk's.*nothing was changed"):
        init_team(team_server.admin_url, "Sales Italy")
    from relationdesk.team.members import add_member

    with pytest.raises(TeamError, match="newer"):
        add_member(team_server.admin_url, "carla", manager=False)
    with psycopg.connect(team_server.admin_url) as conn:
        assert conn.execute("SELECT count(*) FROM team_member").fetchone() == (0,)


def test_init_upgrades_an_older_server_and_protects_its_new_tables(
    team_server: TeamServer,
) -> None:
    from alembic import command
    from alembic.config import Config

    from relationdesk.db.schema import MIGRATIONS_DIR
    from relationdesk.team.members import add_member
    from relationdesk.team.server import admin_connection

    init_team(team_server.admin_url, "Sales Italy")
    with admin_connection(team_server.admin_url) as admin:  # back to 0003, as the owner
        admin.conn.execute(f'SET ROLE "{team_server.dbname}_owner"')
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.attributes["connection"] = admin.engine_conn
        command.downgrade(config, "0003_principles")
    with pytest.raises(TeamError, match="older than this RelationDesk's"):
        add_member(team_server.admin_url, "carla", manager=False)

    assert init_team(team_server.admin_url, "Sales Italy") is True
    with psycopg.connect(team_server.admin_url) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            HEAD_REVISION,)
        row = conn.execute("SELECT relrowsecurity, relforcerowsecurity FROM pg_class "
                           "WHERE relname = 'economics_period'").fetchone()
        assert row == (True, True)
    assert add_member(team_server.admin_url, "carla", manager=False).password


def test_a_table_without_a_rule_stops_init_and_leaves_the_server_as_it_was(
    team_server: TeamServer,
) -> None:
    with psycopg.connect(team_server.admin_url) as conn:
        conn.execute("CREATE TABLE stray (id text PRIMARY KEY)")
    with pytest.raises(TeamError, match=r"no row-level-security rule for the table\(s\) stray"):
        init_team(team_server.admin_url, "Sales Italy")
    with psycopg.connect(team_server.admin_url) as conn:
        assert conn.execute("SELECT to_regclass('public.customer')").fetchone() == (None,)
        assert conn.execute("SELECT count(*) FROM pg_roles WHERE rolname = %s",
                            (f"{team_server.dbname}_owner",)).fetchone() == (0,)
