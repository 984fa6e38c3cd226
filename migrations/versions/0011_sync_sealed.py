"""The laptops' audit trails on the team server: ``sync_audit``, one hash chain per laptop replica, appended by
the sync (kam.sync.audit). Nothing else changes: the IP register travels sealed in the columns it has.

Revision ID: 0011_sync_sealed
Revises: 0010
Create Date: 2026-12-03 11:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kam.model.base

revision = "0011_sync_sealed"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("sync_audit",
                    sa.Column("origin", sa.String(length=36), nullable=False),
                    sa.Column("seq", sa.Integer(), nullable=False),
                    sa.Column("uploaded_by", sa.String(length=64), nullable=False),
                    sa.Column("at", sa.String(length=40), nullable=False),
                    sa.Column("user_id", sa.Integer(), nullable=True),
                    sa.Column("username", sa.String(length=64), nullable=True),
                    sa.Column("action", sa.String(length=60), nullable=False),
                    sa.Column("entity", sa.String(length=60), nullable=True),
                    sa.Column("entity_id", sa.Integer(), nullable=True),
                    sa.Column("details", sa.JSON(), nullable=True),
                    sa.Column("prev_hash", sa.String(length=64), nullable=True),
                    sa.Column("entry_hash", sa.String(length=64), nullable=True),
                    sa.Column("mac", sa.String(length=64), nullable=True),
                    sa.Column("received_at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
                    sa.PrimaryKeyConstraint("origin", "seq", name=op.f("pk_sync_audit")))


def downgrade() -> None:
    op.drop_table("sync_audit")
