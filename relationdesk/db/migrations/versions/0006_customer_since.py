"""The customer's "customer since" date: when the relationship really began, which the
user may know from before the app (docs/domain.md §1, loyalty's tenure).

Revision ID: 0006_customer_since
Revises: 0005_meeting_drafts
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_customer_since"
down_revision: str | None = "0005_meeting_drafts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (never a batch copy: see 0002); NULL = not known.
    op.add_column("customer", sa.Column("customer_since", sa.Date(), nullable=True))


def downgrade() -> None:
    op.drop_column("customer", "customer_since")
