"""The customer lifecycle (with history), recommendation answers, referrals and the
economics of each relationship per period (docs/domain.md §4).

Revision ID: 0004_lifecycle
Revises: 0003_principles
Create Date: 2026-11-23
"""

from collections.abc import Sequence

from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0004_lifecycle"
down_revision: str | None = "0003_principles"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAGES = ("prospect", "tester", "buyer", "account", "patron_friend", "sponsor_champion",
          "former")
_STAGE_LIST = ", ".join(f"'{stage}'" for stage in STAGES)


def _timestamps() -> list[sa.Column[Any]]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def _customer_fk(name: str = "customer_id") -> sa.Column[Any]:
    return sa.Column(name, sa.String(),
                     sa.ForeignKey("customer.id", ondelete="CASCADE"), nullable=False)


def upgrade() -> None:
    # Plain ADD COLUMN (never a batch copy: see 0002). Cached from lifecycle_change so the
    # list and the dashboard can count and sort 20,000 customers by it.
    op.add_column("customer", sa.Column("lifecycle_stage", sa.String(), nullable=False,
                                        server_default="prospect"))
    op.create_index("ix_customer_lifecycle_stage", "customer", ["lifecycle_stage"])

    op.create_table(
        "lifecycle_change",
        sa.Column("id", sa.String(), primary_key=True),
        _customer_fk(),
        sa.Column("stage", sa.String(), nullable=False),
        sa.Column("previous_stage", sa.String(), nullable=True),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False, server_default=""),
        *_timestamps(),
        sa.CheckConstraint(f"stage IN ({_STAGE_LIST})", name="ck_lifecycle_stage"),
    )
    op.create_index("ix_lifecycle_change_customer", "lifecycle_change",
                    ["customer_id", "changed_on"])

    op.create_table(
        "recommendation",
        sa.Column("id", sa.String(), primary_key=True),
        _customer_fk(),
        sa.Column("contact_id", sa.String(), sa.ForeignKey("contact.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column("note", sa.String(), nullable=False, server_default=""),
        *_timestamps(),
        sa.CheckConstraint("score BETWEEN 0 AND 10", name="ck_recommendation_score"),
    )
    op.create_index("ix_recommendation_customer", "recommendation",
                    ["customer_id", "answered_on"])
    op.create_index("ix_recommendation_answered_on", "recommendation", ["answered_on"])

    op.create_table(
        "referral",
        sa.Column("id", sa.String(), primary_key=True),
        _customer_fk("sponsor_customer_id"),
        sa.Column("sponsor_contact_id", sa.String(),
                  sa.ForeignKey("contact.id", ondelete="SET NULL"), nullable=True),
        _customer_fk("referred_customer_id"),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("note", sa.String(), nullable=False, server_default=""),
        *_timestamps(),
        sa.CheckConstraint("sponsor_customer_id <> referred_customer_id",
                           name="ck_referral_not_self"),
    )
    op.create_index("ix_referral_sponsor", "referral", ["sponsor_customer_id"])
    op.create_index("ix_referral_referred", "referral", ["referred_customer_id"])

    op.create_table(
        "economics_period",
        sa.Column("id", sa.String(), primary_key=True),
        _customer_fk(),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        # Amounts in minor units (cents) of the customer's currency: exact sums.
        sa.Column("revenue", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("care_cost", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("assistance_cost", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("other_cost", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("orders", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("product_lines", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("note", sa.String(), nullable=False, server_default=""),
        *_timestamps(),
        sa.CheckConstraint("kind IN ('month', 'quarter')", name="ck_period_kind"),
        sa.CheckConstraint("ends_on >= starts_on", name="ck_period_dates"),
        sa.CheckConstraint(
            "revenue >= 0 AND care_cost >= 0 AND assistance_cost >= 0 AND other_cost >= 0 "
            "AND orders >= 0 AND product_lines >= 0",
            name="ck_period_not_negative",
        ),
    )
    op.create_index("ix_economics_period_customer", "economics_period",
                    ["customer_id", "starts_on"])
    op.create_index("ix_economics_period_starts_on", "economics_period", ["starts_on"])


def downgrade() -> None:
    for table in ("economics_period", "referral", "recommendation", "lifecycle_change"):
        op.drop_table(table)
    op.drop_index("ix_customer_lifecycle_stage", "customer")
    op.drop_column("customer", "lifecycle_stage")
