"""Whitespace, more: a product line's 繁體 name; a cell's purchasing project; an objective remembers the one it
was carried from (plan next year, revise), so a cell's link finds the current year's copy

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-02 17:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Tables are rebuilt in batch mode on SQLite: kam.store.migrate runs this with foreign keys off.
    with op.batch_alter_table("product_lines", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name_zh_tw", sa.String(length=200), nullable=True))
    with op.batch_alter_table("quant_objectives", schema=None) as batch_op:
        batch_op.add_column(sa.Column("carried_from_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_quant_objectives_carried_from_id"), ["carried_from_id"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_quant_objectives_carried_from_id_quant_objectives"),
                                    "quant_objectives", ["carried_from_id"], ["id"], ondelete="SET NULL")
    with op.batch_alter_table("whitespace_cells", schema=None) as batch_op:
        batch_op.add_column(sa.Column("project_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_whitespace_cells_project_id_projects"), "projects",
                                    ["project_id"], ["id"], ondelete="SET NULL")


def downgrade() -> None:
    with op.batch_alter_table("whitespace_cells", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_whitespace_cells_project_id_projects"), type_="foreignkey")
        batch_op.drop_column("project_id")
    with op.batch_alter_table("quant_objectives", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_quant_objectives_carried_from_id_quant_objectives"),
                                 type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_quant_objectives_carried_from_id"))
        batch_op.drop_column("carried_from_id")
    with op.batch_alter_table("product_lines", schema=None) as batch_op:
        batch_op.drop_column("name_zh_tw")
