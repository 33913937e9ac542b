"""What a laptop needs to sync with a team server (docs/team.md, "The sync").

On SQLite (the laptop): a change log written by triggers in the same transaction as
every write to a synced table, whoever writes (the ORM or the raw sqlite3 fast paths);
a one-row sync state holding the replica id, the hybrid logical clock, the member, the
pull cursor and the last sync; `customer.owner_id` and `disclosure.recorded_by`, which
the server assigns and the laptop receives.

The log names what changed (table, row, column, operation, clock), never the value: the
push reads the row's current value, so no second copy of personal text lies in the log
and a GDPR erasure has nothing more to clean. The triggers log nothing until the laptop
joins a team (sync_state.enabled) and nothing while a pull is being applied (applying).

On PostgreSQL (the server) only the money columns widened to 64 bits (as SQLite's are):
the server's sync objects are the team's own, made by `team init` with their row-level
security (relationdesk/team/sync_schema.py).

Revision ID: 0007_sync
Revises: 0006_customer_since
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_sync"
down_revision: str | None = "0006_customer_since"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The synced tables as of this revision (a later migration that adds a table or a
# column makes their triggers again). The key of each row as one text.
TABLES = (
    "customer", "contact", "meeting", "meeting_attendee", "disclosure", "follow_up",
    "stage_change", "principle_rating", "ledger_entry", "commitment", "lifecycle_change",
    "recommendation", "referral", "economics_period",
)
KEYS = {"meeting_attendee": "{r}.meeting_id || '|' || {r}.contact_id"}
# Recomputed by each replica, never logged (services/meeting_log.py, scores.py,
# lifecycle.py); `recorded_by` is the server's to set.
NOT_LOGGED = {
    "customer": {
        "last_meeting_at", "next_follow_up_at", "suggested_stage", "lifecycle_stage",
        "reciprocity_score", "autonomy_score", "integrity_score", "loyalty_score",
        "equity_score", "health_score", "master_warning",
    },
    "disclosure": {"recorded_by"},
}

_NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
# One tick of the hybrid logical clock per written row: wall time in ms, a counter when
# the wall time has not moved on (or went back), the replica id to break ties.
_TICK = (
    f"UPDATE sync_state SET hlc_count = CASE WHEN {_NOW_MS} > hlc_wall THEN 0 "
    f"ELSE hlc_count + 1 END, hlc_wall = max(hlc_wall, {_NOW_MS});"
)
_HLC = ("(SELECT printf('%015d.%06d.', hlc_wall, hlc_count) || replica_id "
        "FROM sync_state)")
_WHEN = "WHEN (SELECT enabled AND NOT applying FROM sync_state)"


def _key(table: str, ref: str) -> str:
    return KEYS.get(table, "{r}.id").format(r=ref)


def _log(table: str, ref: str, column: str, operation: str) -> str:
    return (f"INSERT INTO sync_change (table_name, row_id, column_name, op, hlc) "
            f"VALUES ('{table}', {_key(table, ref)}, '{column}', '{operation}', {_HLC});")


def triggers(table: str, columns: list[str]) -> list[str]:
    """The three triggers that log `table`'s writes (by column for an update)."""
    logged = [c for c in columns if c not in NOT_LOGGED.get(table, set())]
    updates = " ".join(
        f"INSERT INTO sync_change (table_name, row_id, column_name, op, hlc) "
        f"SELECT '{table}', {_key(table, 'NEW')}, '{c}', 'update', {_HLC} "
        f"WHERE OLD.{c} IS NOT NEW.{c};"
        for c in logged
    )
    forget = (f"DELETE FROM sync_change WHERE table_name = '{table}' "
              f"AND row_id = {_key(table, 'OLD')};")
    return [
        f"CREATE TRIGGER sync_{table}_ai AFTER INSERT ON {table} {_WHEN} BEGIN "
        f"{_TICK} {_log(table, 'NEW', '*', 'insert')} END",
        f"CREATE TRIGGER sync_{table}_au AFTER UPDATE ON {table} {_WHEN} BEGIN "
        f"{_TICK} {updates} END",
        f"CREATE TRIGGER sync_{table}_ad AFTER DELETE ON {table} {_WHEN} BEGIN "
        f"{forget} {_TICK} {_log(table, 'OLD', '*', 'delete')} END",
    ]


# Amounts in minor units (cents; rupiah have many): SQLite's INTEGER holds 64 bits,
# PostgreSQL's integer 32, too few for a year's revenue in IDR. The server's are widened.
MONEY = ("revenue", "care_cost", "assistance_cost", "other_cost")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        for column in MONEY:
            op.alter_column("economics_period", column, type_=sa.BigInteger(),
                            existing_type=sa.Integer(), existing_nullable=False)
        return
    # Plain ADD COLUMN (never a batch copy: see 0002); NULL until the server says.
    op.add_column("customer", sa.Column("owner_id", sa.String(), nullable=True))
    op.add_column("disclosure", sa.Column("recorded_by", sa.String(), nullable=True))
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), sa.CheckConstraint("id = 1"), primary_key=True),
        sa.Column("replica_id", sa.String(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("applying", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("hlc_wall", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("hlc_count", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("server", sa.String(), nullable=True),  # the URL, without password
        sa.Column("member", sa.String(), nullable=True),
        sa.Column("member_id", sa.String(), nullable=True),
        sa.Column("pull_cursor", sa.String(), nullable=True),  # an xid8, as text
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        # The batch being pushed (its id and last change) until the server acknowledged
        # it: a push cut short is resent with the same id, which the server applies once.
        sa.Column("push_batch", sa.String(), nullable=True),
        sa.Column("push_upto", sa.Integer(), nullable=True),
    )
    op.execute("INSERT INTO sync_state (id, replica_id) VALUES (1, lower(hex(randomblob(8))))")
    op.create_table(
        "sync_change",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("table_name", sa.String(), nullable=False),
        sa.Column("row_id", sa.String(), nullable=False),
        sa.Column("column_name", sa.String(), nullable=False),  # '*': the whole row
        sa.Column("op", sa.String(), nullable=False),  # insert, update, delete
        sa.Column("hlc", sa.String(), nullable=False),
        sqlite_autoincrement=True,  # a seq is never reused: batch ids stay unique
    )
    op.create_index("ix_sync_change_row", "sync_change", ["table_name", "row_id"])
    conn = op.get_bind()
    for table in TABLES:
        columns = [row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info({table})")]
        for trigger in triggers(table, columns):
            op.execute(trigger)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TABLES:
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS sync_{table}_{suffix}")
    op.drop_table("sync_change")
    op.drop_table("sync_state")
    op.drop_column("disclosure", "recorded_by")
    op.drop_column("customer", "owner_id")
