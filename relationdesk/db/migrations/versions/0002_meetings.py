"""Meetings, attendees, disclosures, follow-ups and relationship-stage history.

Revision ID: 0002_meetings
Revises: 0001_initial
Create Date: 2026-11-23
"""

from collections.abc import Sequence

from typing import Any

import sqlalchemy as sa
from alembic import op

# A migration is frozen once released, so it carries its own copy of the SQL it needs
# (this is 0001's refresh of one customer's search document).
REFRESH = """
DELETE FROM customer_search WHERE rowid = (SELECT rowid FROM customer WHERE id = {ref});
INSERT INTO customer_search(rowid, body)
    SELECT customer_rowid, body FROM customer_search_source
    WHERE customer_rowid = (SELECT rowid FROM customer WHERE id = {ref});
"""

revision: str = "0002_meetings"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _timestamps() -> list[sa.Column[Any]]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def _customer_fk() -> sa.Column[Any]:
    return sa.Column(
        "customer_id", sa.String(), sa.ForeignKey("customer.id", ondelete="CASCADE"),
        nullable=False,
    )


def upgrade() -> None:
    # Plain ADD COLUMN, never a batch copy: copying the table would break the search
    # view and triggers, and renumber the rowids the search index is keyed on.
    op.add_column("customer", sa.Column("keep_professional", sa.Boolean(), nullable=False,
                                        server_default=sa.false()))
    op.add_column("customer", sa.Column("stay_in_touch_days", sa.Integer(), nullable=True))
    op.add_column("customer", sa.Column("suggested_stage", sa.String(), nullable=True))
    op.add_column("customer", sa.Column("confirmed_stage", sa.String(), nullable=True))
    # Meetings update last_meeting_at and the stage on every save: only the searchable
    # columns should refresh the search index (the laptop's only: see 0001).
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER customer_search_au")
        op.execute(
            "CREATE TRIGGER customer_search_au AFTER UPDATE OF name, industry, city, country, "
            "owner, notes ON customer BEGIN" + REFRESH.format(ref="NEW.id") + "END"
        )

    op.create_table(
        "meeting",
        sa.Column("id", sa.String(), primary_key=True),
        _customer_fk(),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("kind", sa.String(), nullable=False, server_default="visit"),
        sa.Column("place", sa.String(), nullable=False, server_default=""),
        sa.Column("summary", sa.String(), nullable=False, server_default=""),
        sa.Column("next_steps", sa.String(), nullable=False, server_default=""),
        *_timestamps(),
    )
    op.create_index("ix_meeting_customer_started", "meeting", ["customer_id", "started_at"])

    op.create_table(
        "meeting_attendee",
        sa.Column("meeting_id", sa.String(), sa.ForeignKey("meeting.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("contact_id", sa.String(), sa.ForeignKey("contact.id", ondelete="CASCADE"),
                  primary_key=True),
    )
    op.create_index("ix_meeting_attendee_contact", "meeting_attendee", ["contact_id"])

    op.create_table(
        "disclosure",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("meeting_id", sa.String(), sa.ForeignKey("meeting.id", ondelete="CASCADE"),
                  nullable=False),
        _customer_fk(),
        sa.Column("contact_id", sa.String(), sa.ForeignKey("contact.id", ondelete="SET NULL"),
                  nullable=True),
        sa.Column("side", sa.String(), nullable=False),
        sa.Column("domain", sa.String(), nullable=False),
        sa.Column("topic", sa.String(), nullable=False),
        sa.Column("depth", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False, server_default=""),
        sa.Column("sensitive", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("disclosed_at", sa.DateTime(), nullable=False),
        *_timestamps(),
    )
    op.create_index("ix_disclosure_meeting", "disclosure", ["meeting_id"])
    op.create_index("ix_disclosure_customer_time", "disclosure", ["customer_id", "disclosed_at"])

    op.create_table(
        "follow_up",
        sa.Column("id", sa.String(), primary_key=True),
        _customer_fk(),
        sa.Column("meeting_id", sa.String(), sa.ForeignKey("meeting.id", ondelete="SET NULL"),
                  nullable=True),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        *_timestamps(),
    )
    op.create_index("ix_follow_up_open_due", "follow_up", ["done_at", "due_at"])
    op.create_index("ix_follow_up_customer", "follow_up", ["customer_id", "done_at"])

    op.create_table(
        "stage_change",
        sa.Column("id", sa.String(), primary_key=True),
        _customer_fk(),
        sa.Column("stage", sa.String(), nullable=False),
        sa.Column("suggested_stage", sa.String(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.String(), nullable=False, server_default=""),
    )
    op.create_index("ix_stage_change_customer", "stage_change", ["customer_id", "changed_at"])


def downgrade() -> None:
    for table in ("stage_change", "follow_up", "disclosure", "meeting_attendee", "meeting"):
        op.drop_table(table)
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER customer_search_au")
        op.execute("CREATE TRIGGER customer_search_au AFTER UPDATE ON customer BEGIN"
                   + REFRESH.format(ref="NEW.id") + "END")
    for column in ("confirmed_stage", "suggested_stage", "stay_in_touch_days",
                   "keep_professional"):
        op.drop_column("customer", column)
