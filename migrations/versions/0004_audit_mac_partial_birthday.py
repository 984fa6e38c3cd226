"""Audit entries carry a keyed MAC (HMAC-SHA256, key outside the database); a birthday may have no year

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Both tables are rebuilt in batch mode on SQLite: kam.store.migrate runs this with foreign keys off.
    # Existing entries get their MACs on the first start that knows the anchor key (kam.services.audit.anchor),
    # after their hash chain verified, and that re-anchoring is itself an audit entry.
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("mac", sa.String(length=64), nullable=True))
    # RFC 6350 "--0415": month and day known, year not (kept with the placeholder year 1604, a leap year)
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(sa.Column("birthday_no_year", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_column("birthday_no_year")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("mac")
