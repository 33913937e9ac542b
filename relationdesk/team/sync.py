"""`relationdesk sync`: push what the laptop changed, pull what the server has, recompute.

Nothing is half-applied: the push is one server transaction (acknowledged on the laptop
only after it committed; a push cut short is resent with the same batch id, a no-op if
it had landed); the pull is read in one server transaction and applied in one SQLite
transaction with its cursor. Any failure in between leaves both sides as they were or
with a whole step done, and the next sync goes on from there.
"""

import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import psycopg
from psycopg import Cursor
from psycopg.conninfo import make_conninfo

from relationdesk.db import schema
from relationdesk.db.database import Database
from relationdesk.team import credentials, replica, sync_pull, sync_push
from relationdesk.team.apply import apply_pull
from relationdesk.team.errors import TeamError, mask_url, scrub, without_password
from relationdesk.team.policy import TEAM_SCHEMA
from relationdesk.team.server import read_team, schema_revision
from relationdesk.team.tables import SYNCED_TABLES, key_sql

CLOCK_TOLERANCE_S = 300  # beyond this, the laptop is told its clock is off (still syncs)


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    customers: int = 0
    conflicts: int = 0
    refused: int = 0
    clock_off_s: float = 0.0
    cleanup_pending: bool = False


def _user(server: str) -> str:
    return urlsplit(server).username or ""


def connect(server: str, password: str) -> psycopg.Connection:
    """As the member; a failure says in one line whether the password or the way is wrong."""
    try:
        return psycopg.connect(make_conninfo(server, password=password, connect_timeout=10))
    except psycopg.OperationalError as error:
        text = scrub(str(error).strip().splitlines()[-1] if str(error).strip() else "", server)
        if "password authentication failed" in str(error) or "no password" in str(error):
            raise TeamError(f"wrong password for {_user(server)} on {mask_url(server)}; "
                            "nothing was synced") from None
        raise TeamError(f"cannot reach the team server {mask_url(server)} ({text}); "
                        "nothing was synced: the laptop keeps working offline") from None


def check_server(cur: Cursor) -> float:
    """Refuses a server whose schema is not this RelationDesk's, or a login that is not
    a member; the clock difference with the server (seconds, + when the laptop is ahead)."""
    revision = schema_revision(cur)
    team = read_team(cur)
    if team is None or revision is None:
        raise TeamError("this server holds no team: ask the administrator to run "
                        "`relationdesk team init`; nothing was synced")
    if revision != schema.HEAD_REVISION or team.team_schema != TEAM_SCHEMA:
        known = revision in schema.SCHEMA_REVISIONS
        if known and team.team_schema <= TEAM_SCHEMA:
            raise TeamError(f"the team server's schema ({revision}) is older than this "
                            f"RelationDesk's ({schema.HEAD_REVISION}): ask the administrator "
                            "to run `relationdesk team init`; nothing was synced")
        raise TeamError(f"the team server's schema ({revision}) is newer than this laptop's "
                        f"({schema.HEAD_REVISION}): update RelationDesk to sync with your "
                        "team; nothing was synced")
    cur.execute("SELECT team_member_id(), extract(epoch FROM clock_timestamp())")
    member, server_time = cur.fetchone()  # type: ignore[misc]
    if member is None:
        raise TeamError("this login is not a member of the team (any more): ask the "
                        "administrator; nothing was synced")
    return time.time() - float(server_time)


def join(db: Database, url: str, password: str) -> SyncReport:
    """Join the team at `url` as its user: keep the password in the keychain, log every
    row the laptop holds for the first push, and sync."""
    server = without_password(url)
    if not _user(server):
        raise TeamError("the server URL must name your user: postgresql://USER@HOST/DB")
    state = replica.read_state(db.reader)
    if state.enabled and state.server != server:
        raise TeamError(f"this laptop already syncs with {state.server}; nothing was changed")
    with connect(server, password) as conn, conn.cursor() as cur:
        check_server(cur)
    credentials.store(server, password)
    if not state.enabled:
        _log_everything(db, server)
    return run_sync(db, password)


def _log_everything(db: Database, server: str) -> None:
    """In one transaction: a fresh replica id (a copied file must not share one), the
    team, and every row as an insert to push (owned by the member who joins)."""
    conn = db.reader
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("UPDATE sync_state SET enabled = 1, server = ?, member = ?, "
                     "replica_id = lower(hex(randomblob(8))), pull_cursor = NULL, "
                     "hlc_wall = max(hlc_wall, ?)",
                     [server, _user(server), int(time.time() * 1000)])
        for table in SYNCED_TABLES:
            conn.execute(
                "INSERT INTO sync_change (table_name, row_id, column_name, op, hlc) "
                f"SELECT '{table}', {key_sql(table)}, '*', 'insert', "
                "(SELECT printf('%015d.%06d.', hlc_wall, hlc_count) || replica_id "
                f"FROM sync_state) FROM {table}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def run_sync(db: Database, password: str | None = None) -> SyncReport:
    state = replica.read_state(db.reader)
    if not state.enabled or not state.server:
        raise TeamError("this laptop has not joined a team: "
                        "relationdesk sync --join postgresql://USER@HOST/DB")
    password = password if password is not None else credentials.load(state.server)
    with connect(state.server, password) as conn:
        with conn.cursor() as cur:
            report = SyncReport(clock_off_s=check_server(cur))
        conn.commit()
        pushed = _push(db, conn, state, report)
        _pull(db, conn, pushed, report)
        with conn.transaction(), conn.cursor() as cur:
            cur.execute(
                "INSERT INTO sync_replica (replica_id, last_sync_at, pending) "
                "VALUES (%s, now(), %s) ON CONFLICT (replica_id) DO UPDATE SET "
                "last_sync_at = now(), pending = excluded.pending",
                (replica.read_state(db.reader).replica_id, replica.pending_count(db.reader)))
    return report


def _push(db: Database, conn: psycopg.Connection, state: replica.State,
          report: SyncReport) -> dict[str, set[str]]:
    batch = replica.prepare_batch(db.reader)
    if batch is None:
        return {}
    batch_id, upto = batch
    changes = replica.batch_changes(db.reader, upto)
    with conn.transaction(), conn.cursor() as cur:
        result = sync_push.apply_batch(cur, batch_id, state.replica_id, state.pull_cursor,
                                       changes)
    replica.acknowledge(db.reader, upto)
    report.pushed = result.changes
    report.conflicts += result.conflicts
    report.refused += result.refused
    pushed: dict[str, set[str]] = {}
    for change in changes:
        pushed.setdefault(change.table, set()).add(change.row_id)
    return pushed


def _pull(db: Database, conn: psycopg.Connection, pushed: dict[str, set[str]],
          report: SyncReport) -> None:
    cursor = replica.read_state(db.reader).pull_cursor
    local = {t: replica.columns(db.reader, t) for t in SYNCED_TABLES}
    with conn.transaction(), conn.cursor() as cur:
        cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        pulled = sync_pull.read(cur, cursor, pushed, local)
        names, rows = pulled.rows["customer"]
        at = names.index("id")
        arrived = {row[at] for row in rows} - replica.local_keys(db.reader, "customer")
        if cursor is not None:
            sync_pull.add_subtrees(cur, pulled, arrived)
    applied = apply_pull(db, pulled, pushed)
    report.pulled = applied.changes
    report.customers = len(applied.customers)
    report.cleanup_pending = not applied.clean
