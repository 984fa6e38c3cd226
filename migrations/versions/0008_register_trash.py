"""A register item can be moved to the trash (and restored) like accounts and people

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 17:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kam.model.base

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("register_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("deleted_at", kam.model.base.UTCDateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f("ix_register_items_deleted_at"), ["deleted_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("register_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_register_items_deleted_at"))
        batch_op.drop_column("deleted_at")
