"""Customers, contacts, tombstones and the customer search index.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-23
"""

from collections.abc import Sequence

from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The search document of a customer: its own text plus that of all its contacts.
# The FTS row's rowid is the customer's rowid, so refreshing one customer is a lookup.
SEARCH_SOURCE = """
CREATE VIEW customer_search_source AS
SELECT c.rowid AS customer_rowid,
       c.name || ' ' || c.industry || ' ' || c.city || ' ' || c.country || ' ' ||
       c.owner || ' ' || c.notes || ' ' ||
       coalesce((SELECT group_concat(ct.full_name || ' ' || ct.job_title || ' ' ||
                                     ct.email || ' ' || ct.notes, ' ')
                 FROM contact ct WHERE ct.customer_id = c.id), '') AS body
FROM customer c
"""

REFRESH = """
DELETE FROM customer_search WHERE rowid = (SELECT rowid FROM customer WHERE id = {ref});
INSERT INTO customer_search(rowid, body)
    SELECT customer_rowid, body FROM customer_search_source
    WHERE customer_rowid = (SELECT rowid FROM customer WHERE id = {ref});
"""

TRIGGERS = [
    "CREATE TRIGGER customer_search_ai AFTER INSERT ON customer BEGIN"
    + REFRESH.format(ref="NEW.id") + "END",
    "CREATE TRIGGER customer_search_au AFTER UPDATE ON customer BEGIN"
    + REFRESH.format(ref="NEW.id") + "END",
    "CREATE TRIGGER customer_search_ad AFTER DELETE ON customer BEGIN "
    "DELETE FROM customer_search WHERE rowid = OLD.rowid; END",
    "CREATE TRIGGER contact_search_ai AFTER INSERT ON contact BEGIN"
    + REFRESH.format(ref="NEW.customer_id") + "END",
    "CREATE TRIGGER contact_search_au AFTER UPDATE ON contact BEGIN"
    + REFRESH.format(ref="OLD.customer_id")
    + REFRESH.format(ref="NEW.customer_id") + "END",
    "CREATE TRIGGER contact_search_ad AFTER DELETE ON contact BEGIN"
    + REFRESH.format(ref="OLD.customer_id") + "END",
]


def _timestamps() -> list[sa.Column[Any]]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "customer",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("sort_key", sa.String(), nullable=False),
        sa.Column("industry", sa.String(), nullable=False, server_default=""),
        sa.Column("city", sa.String(), nullable=False, server_default=""),
        sa.Column("country", sa.String(), nullable=False, server_default=""),
        sa.Column("owner", sa.String(), nullable=False, server_default=""),
        sa.Column("notes", sa.String(), nullable=False, server_default=""),
        sa.Column("last_meeting_at", sa.DateTime(), nullable=True),
        sa.Column("next_follow_up_at", sa.DateTime(), nullable=True),
        *_timestamps(),
    )
    for column in ("sort_key", "last_meeting_at", "next_follow_up_at"):
        op.create_index(f"ix_customer_{column}", "customer", [column])
    for column in ("city", "industry", "owner"):
        op.create_index(f"ix_customer_{column}", "customer", [column, "sort_key"])

    op.create_table(
        "contact",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column(
            "customer_id",
            sa.String(),
            sa.ForeignKey("customer.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("full_name", sa.String(), nullable=False),
        sa.Column("sort_key", sa.String(), nullable=False, server_default=""),
        sa.Column("job_title", sa.String(), nullable=False, server_default=""),
        sa.Column("buying_role", sa.String(), nullable=False, server_default="other"),
        sa.Column("influence", sa.String(), nullable=False, server_default="medium"),
        sa.Column("email", sa.String(), nullable=False, server_default=""),
        sa.Column("phone", sa.String(), nullable=False, server_default=""),
        sa.Column("mobile", sa.String(), nullable=False, server_default=""),
        sa.Column("preferred_language", sa.String(), nullable=False, server_default=""),
        sa.Column("notes", sa.String(), nullable=False, server_default=""),
        *_timestamps(),
    )
    op.create_index("ix_contact_customer_id", "contact", ["customer_id"])

    op.create_table(
        "tombstone",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("table_name", sa.String(), nullable=False),
        sa.Column("row_id", sa.String(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_tombstone_row_id", "tombstone", ["row_id"])

    # The search index is the laptop's (SQLite FTS5): a team server (PostgreSQL) has none.
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE customer_search USING fts5("
        "body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
    )
    op.execute(SEARCH_SOURCE)
    for trigger in TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        for table in ("tombstone", "contact", "customer"):
            op.drop_table(table)
        return
    for name in ("customer_search_ai", "customer_search_au", "customer_search_ad",
                 "contact_search_ai", "contact_search_au", "contact_search_ad"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP VIEW IF EXISTS customer_search_source")
    op.execute("DROP TABLE IF EXISTS customer_search")
    op.drop_table("tombstone")
    op.drop_table("contact")
    op.drop_table("customer")
