"""The whitespace map: our product catalogue, the customer's business units, one cell per pair; transactions name
the unit that bought them

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 12:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kam.model.base

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # transactions is rebuilt in batch mode on SQLite: kam.store.migrate runs this with foreign keys off
    op.create_table('product_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=50), nullable=False),
    sa.Column('name_zh', sa.String(length=200), nullable=True),
    sa.Column('name_en', sa.String(length=200), nullable=True),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('created_at', kam.model.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', kam.model.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['product_lines.id'], name=op.f('fk_product_lines_parent_id_product_lines'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_product_lines')),
    sa.UniqueConstraint('code', name=op.f('uq_product_lines_code'))
    )
    with op.batch_alter_table('product_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_product_lines_parent_id'), ['parent_id'], unique=False)

    op.create_table('product_mappings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('product_key', sa.String(length=200), nullable=False),
    sa.Column('product', sa.String(length=200), nullable=False),
    sa.Column('line_id', sa.Integer(), nullable=False),
    sa.Column('created_at', kam.model.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', kam.model.base.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['line_id'], ['product_lines.id'], name=op.f('fk_product_mappings_line_id_product_lines'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_product_mappings')),
    sa.UniqueConstraint('product_key', name=op.f('uq_product_mappings_product_key'))
    )
    with op.batch_alter_table('product_mappings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_product_mappings_line_id'), ['line_id'], unique=False)

    op.create_table('business_units',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('plant', 'division', 'subsidiary', 'region', name='unitkind', native_enum=False, length=32), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('takes_unassigned', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_at', kam.model.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', kam.model.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_business_units_account_id_accounts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_business_units_department_id_departments'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_business_units')),
    sa.UniqueConstraint('account_id', 'name', name=op.f('uq_business_units_account_id_name'))
    )
    with op.batch_alter_table('business_units', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_business_units_account_id'), ['account_id'], unique=False)

    op.create_table('whitespace_cells',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('line_id', sa.Integer(), nullable=False),
    sa.Column('potential', kam.model.base.Money(precision=19, scale=4), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('holder', sa.Enum('us', 'competitor', 'in_house', 'nobody', name='holder', native_enum=False, length=32), nullable=False),
    sa.Column('competitor_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('ours', 'targeted', 'not_pursued', 'lost', name='cellstatus', native_enum=False, length=32), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('objective_id', sa.Integer(), nullable=True),
    sa.Column('created_at', kam.model.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', kam.model.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_whitespace_cells_account_id_accounts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['competitor_id'], ['competitors.id'], name=op.f('fk_whitespace_cells_competitor_id_competitors'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['line_id'], ['product_lines.id'], name=op.f('fk_whitespace_cells_line_id_product_lines'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['objective_id'], ['quant_objectives.id'], name=op.f('fk_whitespace_cells_objective_id_quant_objectives'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['unit_id'], ['business_units.id'], name=op.f('fk_whitespace_cells_unit_id_business_units'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_whitespace_cells')),
    sa.UniqueConstraint('unit_id', 'line_id', name=op.f('uq_whitespace_cells_unit_id_line_id'))
    )
    with op.batch_alter_table('whitespace_cells', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_whitespace_cells_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_whitespace_cells_line_id'), ['line_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_whitespace_cells_unit_id'), ['unit_id'], unique=False)

    with op.batch_alter_table('transactions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('business_unit_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_transactions_business_unit_id'), ['business_unit_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_transactions_business_unit_id_business_units'), 'business_units', ['business_unit_id'], ['id'], ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table("transactions", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_transactions_business_unit_id_business_units"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_transactions_business_unit_id"))
        batch_op.drop_column("business_unit_id")
    op.drop_table("whitespace_cells")
    op.drop_table("business_units")
    op.drop_table("product_mappings")
    op.drop_table("product_lines")
