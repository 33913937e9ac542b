"""The dashboard's per-customer money figures, kept ready (issue 20).

Summing 12 months of economics periods and meeting minutes for 20,000 customers took
most of the dashboard's seconds. `dashboard_money` keeps each customer's sums for the
12-month window named in `dashboard_window`; triggers on economics_period and meeting
mark a customer stale (`dashboard_stale`) in the same transaction as the write, whoever
writes (the ORM, the raw sqlite3 paths, a sync pull, an import). The dashboard's read
recomputes only the stale customers (services/dashboard_figures.py), and all of them once
a month when the window moves.

Laptop-only (relationdesk/team/policy.py): derived, never synced. The server gets the
empty tables (so its schema matches), never the triggers.

Revision ID: 0008_dashboard_figures
Revises: 0007_sync
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_dashboard_figures"
down_revision: str | None = "0007_sync"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The table -> the columns whose change moves its customer's figures.
WATCHED = {
    "economics_period": (
        "customer_id",
        "starts_on",
        "ends_on",
        "revenue",
        "care_cost",
        "assistance_cost",
        "other_cost",
    ),
    "meeting": ("customer_id", "started_at", "ended_at"),
}


def _mark(ref: str) -> str:
    # Delete, then insert: no conflict clause, which the writing statement's own (a sync
    # pull's INSERT OR ...) would override inside the trigger.
    return (
        f"DELETE FROM dashboard_stale WHERE customer_id = {ref}.customer_id; "
        f"INSERT INTO dashboard_stale (customer_id) VALUES ({ref}.customer_id);"
    )


def triggers(table: str) -> list[str]:
    """The three triggers that mark `table`'s customers stale (both, when a row moves)."""
    columns = ", ".join(WATCHED[table])
    return [
        f"CREATE TRIGGER dashboard_{table}_ai AFTER INSERT ON {table} BEGIN {_mark('NEW')} END",
        f"CREATE TRIGGER dashboard_{table}_au AFTER UPDATE OF {columns} ON {table} BEGIN "
        f"{_mark('OLD')} {_mark('NEW')} END",
        f"CREATE TRIGGER dashboard_{table}_ad AFTER DELETE ON {table} BEGIN {_mark('OLD')} END",
    ]


def upgrade() -> None:
    op.create_table(
        "dashboard_money",
        sa.Column("customer_id", sa.String(), primary_key=True),
        sa.Column("revenue", sa.BigInteger(), nullable=False),
        sa.Column("entered_cost", sa.BigInteger(), nullable=False),
        sa.Column("contiguous", sa.Boolean(), nullable=False),
        sa.Column("first_day", sa.String(), nullable=False),
        sa.Column("last_day", sa.String(), nullable=False),
        sa.Column("minutes", sa.Float(), nullable=True),
    )
    op.create_table(
        "dashboard_stale",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("customer_id", sa.String(), nullable=False, unique=True),
        sqlite_autoincrement=True,  # a seq never reused: a read forgets only what it saw
    )
    op.create_table(
        "dashboard_window",
        sa.Column("id", sa.Integer(), sa.CheckConstraint("id = 1"), primary_key=True),
        sa.Column("since", sa.String(), nullable=True),  # first day of the 12 months
        sa.Column("computed_on", sa.String(), nullable=True),  # the last day counted
    )
    op.execute("INSERT INTO dashboard_window (id) VALUES (1)")  # empty: all recomputed
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in WATCHED:
        for statement in triggers(table):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in WATCHED:
            for suffix in ("ai", "au", "ad"):
                op.execute(f"DROP TRIGGER IF EXISTS dashboard_{table}_{suffix}")
    for table in ("dashboard_window", "dashboard_stale", "dashboard_money"):
        op.drop_table(table)
