"""A project's budget is approved or not; an influence line has a kind (mentor, former colleagues, ...);
the customer's purchases of our category per year (share of wallet)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 12:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kam.model.base

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Both tables are rebuilt in batch mode on SQLite: kam.store.migrate runs this with foreign keys off.
    with op.batch_alter_table("projects", schema=None) as batch_op:
        batch_op.add_column(sa.Column("budget_approved", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("influence_lines", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=32), nullable=True))
    op.create_table(
        "category_purchases",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("amount", kam.model.base.Money(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"], name=op.f("fk_category_purchases_account_id_accounts"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("account_id", "year", name=op.f("pk_category_purchases")),
    )


def downgrade() -> None:
    op.drop_table("category_purchases")
    with op.batch_alter_table("influence_lines", schema=None) as batch_op:
        batch_op.drop_column("kind")
    with op.batch_alter_table("projects", schema=None) as batch_op:
        batch_op.drop_column("budget_approved")
