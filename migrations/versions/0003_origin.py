"""Where an account came from when it was pushed into a team database (kam team push)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 16:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # accounts is rebuilt in batch mode on SQLite: kam.store.migrate runs this with foreign keys off
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("origin", sa.String(length=100), nullable=True))
        batch_op.create_index(batch_op.f("ix_accounts_origin"), ["origin"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_accounts_origin"))
        batch_op.drop_column("origin")
