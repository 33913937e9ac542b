"""`team init`: turn an empty PostgreSQL database into the team's server, in one
transaction (PostgreSQL's DDL is transactional: a failure leaves the server as it was).

The tables come from the laptop's own Alembic migrations (relationdesk/db/migrations),
run as the team's NOLOGIN owner role so that it owns them; then policy.py adds the
team's objects and the row-level security.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import psycopg
from psycopg import Connection, Cursor, sql

from relationdesk.db.schema import HEAD_REVISION, MIGRATIONS_DIR, SCHEMA_REVISIONS
from relationdesk.team import policy, sync_schema
from relationdesk.team.errors import TeamError, scrub

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection as SAConnection


# PostgreSQL cuts names at 63 bytes: "<database>_members" must fit.
MAX_DATABASE_NAME = 63 - len("_members")


@dataclass(frozen=True)
class TeamInfo:
    name: str
    owner_role: str
    members_role: str
    team_schema: int


@dataclass
class Admin:
    """The administrator's session: one transaction, seen both by psycopg (`conn`, for
    composed SQL) and by SQLAlchemy (`engine_conn`, for Alembic)."""

    conn: Connection
    engine_conn: "SAConnection"


@contextmanager
def admin_connection(url: str) -> Iterator[Admin]:
    """Connected as the administrator, in one transaction: committed if the block ends
    normally, rolled back if it raises. Driver errors come out as TeamError, masked."""
    from sqlalchemy import create_engine, exc
    from sqlalchemy.pool import NullPool

    if urlsplit(url).scheme not in ("postgresql", "postgres"):
        raise TeamError("the server must be a postgresql:// URL")

    def connect() -> Connection:
        return psycopg.connect(url, connect_timeout=10)

    engine = create_engine("postgresql+psycopg://", creator=connect, poolclass=NullPool)
    connected = False
    try:
        with engine.begin() as engine_conn:
            connected = True
            driver = engine_conn.connection.driver_connection
            yield Admin(driver, engine_conn)  # type: ignore[arg-type]
    except (exc.DBAPIError, psycopg.Error) as error:
        detail = scrub(str(getattr(error, "orig", error)), url)
        if not connected:
            raise TeamError(f"could not connect to the server: {detail}") from None
        raise TeamError(f"the server refused: {detail}; nothing was changed") from None
    finally:
        engine.dispose()


def role_names(database: str) -> tuple[str, str]:
    """The owner and members' group roles of the team in `database` (roles are shared by
    the whole PostgreSQL cluster, so they carry the database's name)."""
    return f"{database}_owner", f"{database}_members"


def schema_revision(cur: Cursor) -> str | None:
    cur.execute("SELECT to_regclass('public.alembic_version') IS NOT NULL")
    row = cur.fetchone()
    if not row or not row[0]:
        return None
    cur.execute("SELECT version_num FROM alembic_version")
    found = cur.fetchone()
    return found[0] if found else None


def read_team(cur: Cursor) -> TeamInfo | None:
    cur.execute("SELECT to_regclass('public.team') IS NOT NULL")
    row = cur.fetchone()
    if not row or not row[0]:
        return None
    cur.execute("SELECT name, owner_role, members_role, team_schema FROM team")
    found = cur.fetchone()
    return TeamInfo(*found) if found else None


def check_not_newer(cur: Cursor) -> tuple[str | None, TeamInfo | None]:
    """The server's schema revision and team; refuses one set up by a newer RelationDesk."""
    revision = schema_revision(cur)
    if revision is not None and revision not in SCHEMA_REVISIONS:
        raise TeamError(
            f"the server's schema ({revision}) is newer than this RelationDesk's "
            f"({HEAD_REVISION}): update RelationDesk first; nothing was changed"
        )
    team = read_team(cur)
    if team is not None and team.team_schema > policy.TEAM_SCHEMA:
        raise TeamError(
            f"the server's team objects (version {team.team_schema}) are newer than this "
            f"RelationDesk's ({policy.TEAM_SCHEMA}): update RelationDesk first; "
            "nothing was changed"
        )
    return revision, team


def init_team(url: str, name: str) -> bool:
    """Set the server up; False when it already was (and nothing was changed)."""
    name = name.strip()
    if not name:
        raise TeamError("the team needs a name (--name)")
    with admin_connection(url) as admin, admin.conn.cursor() as cur:
        revision, team = check_not_newer(cur)
        if team is not None and team.name != name:
            raise TeamError(
                f'this server already holds the team "{team.name}"; nothing was changed'
            )
        if (team is not None and revision == HEAD_REVISION
                and team.team_schema == policy.TEAM_SCHEMA):
            return False
        cur.execute("SELECT current_database()")
        database = cur.fetchone()[0]  # type: ignore[index]
        if len(database.encode()) > MAX_DATABASE_NAME:  # role names stop at 63 bytes
            raise TeamError(f"the database's name is too long for a team (at most "
                            f"{MAX_DATABASE_NAME} bytes); nothing was changed")
        owner, members = role_names(database)
        _create_roles(cur, database, owner, members)
        cur.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(owner)))
        _run_migrations(admin.engine_conn)
        _create_team_objects(cur, name, owner, members)
        cur.execute("RESET ROLE")
    return True


def _role_exists(cur: Cursor, role: str) -> bool:
    cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,))
    return cur.fetchone() is not None


def _create_roles(cur: Cursor, database: str, owner: str, members: str) -> None:
    for role in (owner, members):
        if not _role_exists(cur, role):
            cur.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
    owner_id, members_id = sql.Identifier(owner), sql.Identifier(members)
    # The administrator may act as the owner (to create and migrate the tables); no
    # member ever may: they are granted the members' group only.
    cur.execute("SELECT pg_has_role(current_user, %s, 'MEMBER')", (owner,))
    if not cur.fetchone()[0]:  # type: ignore[index]
        cur.execute(sql.SQL("GRANT {} TO CURRENT_USER").format(owner_id))
    db_id = sql.Identifier(database)
    cur.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(db_id))
    cur.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(db_id, members_id))
    cur.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC")
    cur.execute(sql.SQL("GRANT USAGE, CREATE ON SCHEMA public TO {}").format(owner_id))
    cur.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(members_id))


def _run_migrations(connection: "SAConnection") -> None:
    """The laptop's migrations, in the administrator's transaction (Alembic sees one
    already begun and leaves committing to us)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def _create_team_objects(cur: Cursor, name: str, owner: str, members: str) -> None:
    cur.execute(policy.TEAM_TABLES)
    cur.execute(policy.FUNCTIONS)
    cur.execute(policy.SERVER_COLUMNS)
    cur.execute(policy.VIEWS)
    sync_schema.install(cur)
    cur.execute(
        "INSERT INTO team (name, owner_role, members_role, team_schema) "
        "VALUES (%s, %s, %s, %s) ON CONFLICT (id) DO UPDATE SET team_schema = "
        "excluded.team_schema",
        (name, owner, members, policy.TEAM_SCHEMA),
    )
    policy.apply_policies(cur, owner, members)


def require_team(cur: Cursor) -> TeamInfo:
    """The team of this server, refusing one that is not set up or is newer than us."""
    revision, team = check_not_newer(cur)
    if team is None:
        raise TeamError("this server has no team yet: run `relationdesk team init` first")
    if revision != HEAD_REVISION or team.team_schema != policy.TEAM_SCHEMA:
        raise TeamError("the server's schema is older than this RelationDesk's: "
                        "run `relationdesk team init` to upgrade it")
    return team
