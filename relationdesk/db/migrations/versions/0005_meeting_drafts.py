"""Meeting drafts in the database: an unsaved "Log meeting" form holds what customers
confided (sensitive disclosures, names), so it lives with the rest of that data and is
erased with the people it names, never in settings.ini.

Revision ID: 0005_meeting_drafts
Revises: 0004_lifecycle
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (the project's migration template imports it)
from alembic import op

revision: str = "0005_meeting_drafts"
down_revision: str | None = "0004_lifecycle"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "meeting_draft",
        sa.Column("id", sa.String(), primary_key=True),
        # NULL while no customer is chosen yet; a customer's erasure takes its drafts.
        sa.Column("customer_id", sa.String(),
                  sa.ForeignKey("customer.id", ondelete="CASCADE"), nullable=True),
        sa.Column("content", sa.String(), nullable=False),  # the form as JSON
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_meeting_draft_customer_id", "meeting_draft", ["customer_id"])


def downgrade() -> None:
    op.drop_table("meeting_draft")
