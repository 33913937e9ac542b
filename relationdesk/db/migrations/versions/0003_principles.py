"""Evidence of the five principles (ratings, give-and-take ledger, commitments) and the
cached scores the customer list sorts and filters by.

Revision ID: 0003_principles
Revises: 0002_meetings
Create Date: 2026-11-23
"""

from collections.abc import Sequence

from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0003_principles"
down_revision: str | None = "0002_meetings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCORE_COLUMNS = ("reciprocity_score", "autonomy_score", "integrity_score", "loyalty_score",
                 "equity_score", "health_score")


def _timestamps() -> list[sa.Column[Any]]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def _customer_fk() -> sa.Column[Any]:
    return sa.Column("customer_id", sa.String(),
                     sa.ForeignKey("customer.id", ondelete="CASCADE"), nullable=False)


def upgrade() -> None:
    # Plain ADD COLUMN (never a batch copy: see 0002).
    op.add_column("customer", sa.Column("currency", sa.String(), nullable=False,
                                        server_default=""))
    for column in SCORE_COLUMNS:
        op.add_column("customer", sa.Column(column, sa.Float(), nullable=True))
        op.create_index(f"ix_customer_{column}", "customer", [column])
    op.add_column("customer", sa.Column("master_warning", sa.Boolean(), nullable=False,
                                        server_default=sa.false()))

    op.create_table(
        "principle_rating",
        sa.Column("id", sa.String(), primary_key=True),
        _customer_fk(),
        sa.Column("meeting_id", sa.String(), sa.ForeignKey("meeting.id", ondelete="SET NULL"),
                  nullable=True),
        sa.Column("principle", sa.String(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(), nullable=False, server_default=""),
        sa.Column("rated_at", sa.DateTime(), nullable=False),
        *_timestamps(),
        sa.CheckConstraint("rating BETWEEN 1 AND 5", name="ck_rating_range"),
    )
    op.create_index("ix_principle_rating_customer", "principle_rating", ["customer_id", "rated_at"])

    op.create_table(
        "ledger_entry",
        sa.Column("id", sa.String(), primary_key=True),
        _customer_fk(),
        sa.Column("given_by", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False, server_default=""),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("returned_by_id", sa.String(),
                  sa.ForeignKey("ledger_entry.id", ondelete="SET NULL"), nullable=True),
        *_timestamps(),
        sa.CheckConstraint("value IS NULL OR value >= 0", name="ck_ledger_value"),
    )
    op.create_index("ix_ledger_entry_customer", "ledger_entry", ["customer_id", "occurred_at"])

    op.create_table(
        "commitment",
        sa.Column("id", sa.String(), primary_key=True),
        _customer_fk(),
        sa.Column("made_by", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=True),
        sa.Column("outcome", sa.String(), nullable=False, server_default="open"),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        *_timestamps(),
        sa.CheckConstraint("outcome IN ('open', 'kept', 'late', 'broken')",
                           name="ck_commitment_outcome"),
    )
    op.create_index("ix_commitment_customer", "commitment", ["customer_id", "made_at"])


def downgrade() -> None:
    for table in ("commitment", "ledger_entry", "principle_rating"):
        op.drop_table(table)
    for column in SCORE_COLUMNS:
        op.drop_index(f"ix_customer_{column}", "customer")
    for column in ("master_warning", *SCORE_COLUMNS, "currency"):
        op.drop_column("customer", column)
