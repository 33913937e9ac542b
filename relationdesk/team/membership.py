"""Who this laptop is in its team, and leaving the team: for the window's Settings → Team
(the command line has `sync --join`). Leaving forgets the server and the password; the
laptop keeps a copy of the customers its member owns, or nothing, as the member chose."""

import sqlite3
from dataclasses import dataclass

from relationdesk.db import driver
from relationdesk.db.database import Database
from relationdesk.db.purge import purge_deleted_content
from relationdesk.team import credentials, replica
from relationdesk.team.tables import SYNCED_TABLES, customer_column


@dataclass(frozen=True)
class Identity:
    team_name: str
    member_id: str
    member_name: str
    manager: bool


def identity(db: Database) -> Identity:
    """Asks the server (network: call it off the GUI thread)."""
    from relationdesk.team.server import read_team
    from relationdesk.team.sync import check_server, connect

    state = replica.read_state(db.reader)
    if not state.enabled or not state.server:
        raise ValueError("this laptop has not joined a team")
    with connect(state.server, credentials.load(state.server)) as conn, conn.cursor() as cur:
        check_server(cur)
        team = read_team(cur)
        cur.execute("SELECT m.id, m.display_name, team_is_manager() FROM member_directory m "
                    "WHERE m.id = team_member_id()")
        member_id, name, manager = cur.fetchone()  # type: ignore[misc]
    return Identity(team.name if team else "", member_id, name, bool(manager))


def _drop_customers(conn: sqlite3.Connection, which: str, args: tuple[str, ...] = ()) -> None:
    """Delete the customers `which` (an SQL query of ids) with everything under them."""
    for table in reversed(SYNCED_TABLES):  # children first
        column = customer_column(table)
        if column is None:  # meeting_attendee, through its meeting
            conn.execute("DELETE FROM meeting_attendee WHERE meeting_id IN "
                         f"(SELECT id FROM meeting WHERE customer_id IN ({which}))", args)
        else:
            conn.execute(f"DELETE FROM {table} WHERE {column} IN ({which})", args)


def leave(db: Database, keep: bool, owner_id: str | None = None) -> None:
    """Stop syncing. `keep`: keep the customers `owner_id` owns (all when it is unknown)
    and those never synced; else keep nothing of the team's data."""
    conn = db.reader
    state = replica.read_state(conn)
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("UPDATE sync_state SET enabled = 0, server = NULL, member = NULL, "
                     "pull_cursor = NULL, push_batch = NULL, push_upto = NULL, "
                     "last_sync_at = NULL")
        conn.execute("DELETE FROM sync_change")
        if not keep:
            _drop_customers(conn, "SELECT id FROM customer")
        elif owner_id:
            _drop_customers(conn, "SELECT id FROM customer WHERE owner_id IS NOT NULL "
                            "AND owner_id != ?", (owner_id,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    if state.server:
        credentials.forget(state.server)
    purge_deleted_content(conn, db.path)


@dataclass(frozen=True)
class Directory:
    """The team's members and every customer's name and owner (what the policy lets a
    member read of a colleague's): for "X is Ana Pop's customer" before saving."""

    me: str  # this member's id
    members: list[tuple[str, str]]  # id, name
    customers: list[tuple[str, str]]  # name, owner id


def directory(db: Database) -> Directory:
    """Asks the server (network: call it off the GUI thread)."""
    from relationdesk.team.sync import check_server, connect

    state = replica.read_state(db.reader)
    if not state.enabled or not state.server:
        raise ValueError("this laptop has not joined a team")
    with connect(state.server, credentials.load(state.server)) as conn, conn.cursor() as cur:
        check_server(cur)
        cur.execute("SELECT team_member_id()")
        me = str(cur.fetchone()[0])  # type: ignore[index]
        cur.execute("SELECT id, display_name FROM member_directory ORDER BY display_name")
        members = [(str(i), str(n)) for i, n in cur.fetchall()]
        cur.execute("SELECT name, owner_id FROM customer_directory WHERE owner_id IS NOT NULL")
        customers = [(str(n), str(o)) for n, o in cur.fetchall()]
    return Directory(me, members, customers)


def reassign(db: Database, customer_ids: list[str], member_id: str) -> int:
    """A manager gives customers to another member: an ordinary edit of `owner_id`,
    pushed at the next sync (the server's policy decides whether it may)."""
    with db.write() as session:
        raw = session.connection().connection.driver_connection
        assert isinstance(raw, driver.Connection)  # SQLCipher's connection, same API
        marks = ", ".join("?" * len(customer_ids))
        changed: int = raw.execute(
            f"UPDATE customer SET owner_id = ? WHERE id IN ({marks}) "
            "AND coalesce(owner_id, '') != ?",
            [member_id, *customer_ids, member_id],
        ).rowcount
        return changed


def change_password(db: Database, new_password: str) -> None:
    """The member replaces the one-time password with their own: sent to the server only
    as a SCRAM verifier (never in a statement's text), then kept in the keychain. A second
    laptop of the member joins with the new one."""
    from psycopg import sql

    from relationdesk.team.members import _scram_verifier
    from relationdesk.team.sync import check_server, connect

    state = replica.read_state(db.reader)
    if not state.enabled or not state.server or not state.member:
        raise ValueError("this laptop has not joined a team")
    with connect(state.server, credentials.load(state.server)) as conn, conn.cursor() as cur:
        check_server(cur)
        verifier = _scram_verifier(conn, state.member, new_password)
        cur.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(
            sql.Identifier(state.member), sql.Literal(verifier)))
        conn.commit()
    credentials.store(state.server, new_password)
