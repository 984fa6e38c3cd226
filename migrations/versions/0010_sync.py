"""Sync between a laptop replica and the team server: a global id (``gid``, UUIDv7) and the server's revision
(``srv_rev``) on every table of the dossier; the laptop's outbox, base copies, sync state and conflicts; the
server's applied batches and tombstones (kam.model.sync). Existing rows get their gid when the file is first
bound to a server (kam.sync.local.fill_gids), so this migration stays quick on large files.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kam.model.base

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

SYNCED = ("account_team", "accounts", "business_units", "category_purchases", "competitor_rep_relations",
          "competitor_reps", "competitors", "contact_attendees", "contact_our_attendees", "contacts",
          "criterion_scores", "decision_criteria", "decision_steps", "departments", "faction_members", "factions",
          "feedback", "influence_lines", "people", "person_roles", "plan_events", "plans", "project_participants",
          "projects", "qual_objectives", "quant_objectives", "register_access", "register_attachments",
          "register_items", "resource_needs", "review_ratings", "reviews", "stance_history", "step_actors",
          "tier_snapshots", "transactions", "whitespace_cells")


def _stamp() -> sa.Column:  # type: ignore[type-arg]
    return sa.Column("created_at", kam.model.base.UTCDateTime(timezone=True), nullable=False)


def upgrade() -> None:
    op.create_table("sync_base",
                    sa.Column("gid", sa.String(length=36), nullable=False),
                    sa.Column("tbl", sa.String(length=64), nullable=False),
                    sa.Column("srv_rev", sa.BigInteger(), nullable=True),
                    sa.Column("data", sa.JSON(), nullable=False),
                    sa.PrimaryKeyConstraint("gid", name=op.f("pk_sync_base")))
    op.create_table("sync_batches",
                    sa.Column("client_id", sa.String(length=36), nullable=False),
                    sa.Column("seq", sa.Integer(), nullable=False),
                    sa.Column("username", sa.String(length=64), nullable=False),
                    sa.Column("applied_at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
                    sa.Column("result", sa.JSON(), nullable=False),
                    sa.PrimaryKeyConstraint("client_id", "seq", name=op.f("pk_sync_batches")))
    op.create_table("sync_conflicts",
                    sa.Column("id", sa.Integer(), nullable=False),
                    sa.Column("kind", sa.String(length=16), nullable=False),
                    sa.Column("tbl", sa.String(length=64), nullable=False),
                    sa.Column("gid", sa.String(length=36), nullable=False),
                    sa.Column("field", sa.String(length=64), nullable=True),
                    sa.Column("mine", sa.JSON(), nullable=False),
                    sa.Column("theirs", sa.JSON(), nullable=False),
                    sa.Column("base", sa.JSON(), nullable=False),
                    sa.Column("message", sa.Text(), nullable=True),
                    _stamp(),
                    sa.Column("resolved_at", kam.model.base.UTCDateTime(timezone=True), nullable=True),
                    sa.Column("resolution", sa.String(length=16), nullable=True),
                    sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")))
    op.create_index(op.f("ix_sync_conflicts_gid"), "sync_conflicts", ["gid"], unique=False)
    op.create_table("sync_outbox",
                    sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
                    sa.Column("tbl", sa.String(length=64), nullable=False),
                    sa.Column("gid", sa.String(length=36), nullable=False),
                    sa.Column("op", sa.String(length=1), nullable=False),
                    sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outbox")))
    op.create_index(op.f("ix_sync_outbox_gid"), "sync_outbox", ["gid"], unique=False)
    op.create_table("sync_state",
                    sa.Column("id", sa.Integer(), nullable=False),
                    sa.Column("server", sa.String(length=500), nullable=True),
                    sa.Column("client_id", sa.String(length=36), nullable=True),
                    sa.Column("username", sa.String(length=64), nullable=True),
                    sa.Column("bound", sa.Boolean(), nullable=False),
                    sa.Column("applying", sa.Boolean(), nullable=False),
                    sa.Column("pulled", sa.BigInteger(), nullable=True),
                    sa.Column("next_batch", sa.Integer(), nullable=False),
                    sa.Column("own_revs", sa.JSON(), nullable=True),
                    sa.Column("pending", sa.JSON(), nullable=True),
                    sa.Column("synced_at", kam.model.base.UTCDateTime(timezone=True), nullable=True),
                    sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")))
    op.create_table("sync_tombstones",
                    sa.Column("gid", sa.String(length=36), nullable=False),
                    sa.Column("tbl", sa.String(length=64), nullable=False),
                    sa.Column("srv_rev", sa.BigInteger(), nullable=False),
                    sa.Column("deleted_at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
                    sa.PrimaryKeyConstraint("gid", name=op.f("pk_sync_tombstones")))
    op.create_index(op.f("ix_sync_tombstones_srv_rev"), "sync_tombstones", ["srv_rev"], unique=False)
    # ADD COLUMN of a nullable column and CREATE INDEX need no table rebuild, on SQLite either
    for table in SYNCED:
        op.add_column(table, sa.Column("gid", sa.String(length=36), nullable=True))
        op.add_column(table, sa.Column("srv_rev", sa.BigInteger(), nullable=True))
        op.create_index(op.f(f"ix_{table}_gid"), table, ["gid"], unique=True)
        op.create_index(op.f(f"ix_{table}_srv_rev"), table, ["srv_rev"], unique=False)


def downgrade() -> None:
    for table in SYNCED:
        op.drop_index(op.f(f"ix_{table}_srv_rev"), table_name=table)
        op.drop_index(op.f(f"ix_{table}_gid"), table_name=table)
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("srv_rev")
            batch_op.drop_column("gid")
    op.drop_index(op.f("ix_sync_tombstones_srv_rev"), table_name="sync_tombstones")
    op.drop_table("sync_tombstones")
    op.drop_table("sync_state")
    op.drop_index(op.f("ix_sync_outbox_gid"), table_name="sync_outbox")
    op.drop_table("sync_outbox")
    op.drop_index(op.f("ix_sync_conflicts_gid"), table_name="sync_conflicts")
    op.drop_table("sync_conflicts")
    op.drop_table("sync_batches")
    op.drop_table("sync_base")
