"""The team's members: one PostgreSQL login role each, mapped to a member id by the
team_member table that every policy reads (policy.py).

Passwords: generated here, sent to the server only as a SCRAM-SHA-256 verifier computed
by libpq on this side (so no server log or statement view ever holds the password), and
handed back to the caller once, to give to the salesperson.
"""

import re
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime

from psycopg import Connection, Cursor, sql

from relationdesk.team.errors import TeamError, without_password
from relationdesk.team.server import TeamInfo, admin_connection, require_team

# Lower-case so that the role needs no quoting in psql or a connection URL.
NAME_PATTERN = re.compile(r"[a-z_][a-z0-9_]{0,62}")


@dataclass(frozen=True)
class Member:
    name: str
    manager: bool
    active: bool
    customers: int


@dataclass(frozen=True)
class Joining:
    """What a new member needs to join; `password` is None when nothing was created."""

    server: str
    user: str
    password: str | None
    changed: bool


def _check_name(name: str) -> None:
    if not NAME_PATTERN.fullmatch(name):
        raise TeamError(
            f'"{name}" cannot be a member name: use lower-case letters, digits and _ '
            "(starting with a letter), at most 63 characters"
        )


def member_server_url(admin_url: str, user: str) -> str:
    """The admin URL with the member as user and no password: what the member types."""
    return without_password(admin_url, user)


def _as_owner(cur: Cursor, team: TeamInfo) -> None:
    cur.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(team.owner_role)))


def add_member(url: str, name: str, manager: bool) -> Joining:
    _check_name(name)
    with admin_connection(url) as admin, admin.conn.cursor() as cur:
        team = require_team(cur)
        cur.execute("SELECT manager, active FROM team_member WHERE role_name = %s", (name,))
        row = cur.fetchone()
        server = member_server_url(url, name)
        if row is not None and row[1]:
            if row[0] == manager:
                return Joining(server, name, None, changed=False)
            _as_owner(cur, team)
            cur.execute("UPDATE team_member SET manager = %s WHERE role_name = %s",
                        (manager, name))
            return Joining(server, name, None, changed=True)
        cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,))
        if cur.fetchone() is not None:
            raise TeamError(f'a PostgreSQL role "{name}" already exists and is not a member '
                            "of this team: choose another name; nothing was changed")
        password = secrets.token_urlsafe(18)
        verifier = _scram_verifier(admin.conn, name, password)
        cur.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
            sql.Identifier(name), sql.Literal(verifier), sql.Identifier(team.members_role)))
        _as_owner(cur, team)
        if row is None:
            cur.execute("INSERT INTO team_member (id, role_name, display_name, manager) "
                        "VALUES (%s, %s, %s, %s)", (str(uuid.uuid4()), name, name, manager))
        else:  # a former member comes back: same member id, their customers are theirs
            cur.execute("UPDATE team_member SET active = true, removed_at = NULL, "
                        "manager = %s WHERE role_name = %s", (manager, name))
        cur.execute("RESET ROLE")
        return Joining(server, name, password, changed=True)


def _scram_verifier(conn: Connection, user: str, password: str) -> str:
    encrypted = conn.pgconn.encrypt_password(password.encode(), user.encode(), b"scram-sha-256")
    return encrypted.decode()


def remove_member(url: str, name: str) -> bool:
    """Drop the member's login; their customers keep them as owner until a manager
    reassigns them. False when there was no such member (nothing changed)."""
    _check_name(name)
    with admin_connection(url) as admin, admin.conn.cursor() as cur:
        team = require_team(cur)
        cur.execute("SELECT 1 FROM team_member WHERE role_name = %s AND active", (name,))
        if cur.fetchone() is None:
            return False
        cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,))
        if cur.fetchone() is not None:
            # A session still open loses the members' group with the role: it can read
            # nothing from now on (tests/team/test_team_cli.py).
            cur.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(name)))
        _as_owner(cur, team)
        cur.execute("UPDATE team_member SET active = false, removed_at = now() "
                    "WHERE role_name = %s", (name,))
        cur.execute("RESET ROLE")
        return True


def list_members(url: str) -> tuple[TeamInfo, list[Member]]:
    with admin_connection(url) as admin, admin.conn.cursor() as cur:
        team = require_team(cur)
        _as_owner(cur, team)
        cur.execute(
            "SELECT m.role_name, m.manager, m.active, count(c.id) FROM team_member m "
            "LEFT JOIN customer c ON c.owner_id = m.id "
            "GROUP BY m.role_name, m.manager, m.active ORDER BY m.role_name"
        )
        members = [Member(*row) for row in cur.fetchall()]
        cur.execute("RESET ROLE")
        return team, members


@dataclass(frozen=True)
class Laptop:
    member: str
    replica_id: str
    last_sync_at: datetime | None
    pending: int  # changes it had not pushed yet, as of its last sync


def list_laptops(url: str) -> list[Laptop]:
    """Every laptop that ever synced, with its last sync (for `team status`)."""
    with admin_connection(url) as admin, admin.conn.cursor() as cur:
        team = require_team(cur)
        _as_owner(cur, team)
        cur.execute("SELECT m.role_name, r.replica_id, r.last_sync_at, r.pending "
                    "FROM sync_replica r JOIN team_member m ON m.id = r.member_id "
                    "ORDER BY m.role_name, r.last_sync_at DESC")
        laptops = [Laptop(*row) for row in cur.fetchall()]
        cur.execute("RESET ROLE")
        return laptops
