"""Planning, quarterly reviews, tier snapshots, audit log, settings; share-of-wallet input

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 12:30:58.339318
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kam.model.base

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Rebuilds accounts (batch mode on SQLite): kam.store.migrate runs this with foreign keys off,
    # so people, contacts and transactions are not cascade-deleted by the rebuild.
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("annual_category_spend", kam.model.base.Money(), nullable=True)
        )

    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("username", sa.String(length=64), nullable=True),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=True),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=True),
        sa.Column("entry_hash", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_audit_log_user_id_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_action"), ["action"], unique=False)

    op.create_table(
        "plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("plan_version", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "submitted",
                "approved",
                "returned",
                name="planstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("based_on_id", sa.Integer(), nullable=True),
        sa.Column("submit_by", sa.Date(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("created_at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_plans_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_plans_author_id_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["based_on_id"],
            ["plans.id"],
            name=op.f("fk_plans_based_on_id_plans"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plans")),
        sa.UniqueConstraint(
            "account_id", "year", "plan_version", name=op.f("uq_plans_account_id_year_plan_version")
        ),
    )
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plans_account_id"), ["account_id"], unique=False)

    op.create_table(
        "tier_snapshots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("current_score", kam.model.base.Money(precision=19, scale=4), nullable=False),
        sa.Column("potential_score", kam.model.base.Money(precision=19, scale=4), nullable=False),
        sa.Column(
            "tier",
            sa.Enum("platinum", "gold", "iron", "lead", name="tier", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("components", sa.JSON(), nullable=True),
        sa.Column("taken_at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_tier_snapshots_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tier_snapshots")),
        sa.UniqueConstraint(
            "account_id", "year", "quarter", name=op.f("uq_tier_snapshots_account_id_year_quarter")
        ),
    )
    with op.batch_alter_table("tier_snapshots", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_tier_snapshots_account_id"), ["account_id"], unique=False
        )

    op.create_table(
        "plan_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column(
            "from_status",
            sa.Enum(
                "draft",
                "submitted",
                "approved",
                "returned",
                name="planstatus",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "to_status",
            sa.Enum(
                "draft",
                "submitted",
                "approved",
                "returned",
                name="planstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("by_id", sa.Integer(), nullable=True),
        sa.Column("at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["by_id"], ["users.id"], name=op.f("fk_plan_events_by_id_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], name=op.f("fk_plan_events_plan_id_plans"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_events")),
    )
    with op.batch_alter_table("plan_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_events_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "qual_objectives",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "in_progress",
                "done",
                "dropped",
                name="taskstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["users.id"],
            name=op.f("fk_qual_objectives_owner_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plans.id"],
            name=op.f("fk_qual_objectives_plan_id_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_qual_objectives")),
    )
    with op.batch_alter_table("qual_objectives", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_qual_objectives_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "quant_objectives",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "metric",
            sa.Enum(
                "revenue",
                "volume",
                "gross_profit",
                "price",
                "share_of_wallet",
                "rep_visits",
                "exec_visits",
                "trainings",
                "custom",
                name="metric",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("label", sa.String(length=200), nullable=True),
        sa.Column("product", sa.String(length=200), nullable=True),
        sa.Column("unit", sa.String(length=30), nullable=False),
        sa.Column("annual_target", kam.model.base.Money(precision=19, scale=4), nullable=False),
        sa.Column("q1", kam.model.base.Money(precision=19, scale=4), nullable=False),
        sa.Column("q2", kam.model.base.Money(precision=19, scale=4), nullable=False),
        sa.Column("q3", kam.model.base.Money(precision=19, scale=4), nullable=False),
        sa.Column("q4", kam.model.base.Money(precision=19, scale=4), nullable=False),
        sa.Column("manual_actuals", sa.JSON(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plans.id"],
            name=op.f("fk_quant_objectives_plan_id_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quant_objectives")),
    )
    with op.batch_alter_table("quant_objectives", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quant_objectives_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "resource_needs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "executive",
                "technical",
                "expert",
                "other",
                name="resourcekind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("who", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=True),
        sa.Column("task", sa.Text(), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "in_progress",
                "done",
                "dropped",
                name="taskstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plans.id"],
            name=op.f("fk_resource_needs_plan_id_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resource_needs")),
    )
    with op.batch_alter_table("resource_needs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_resource_needs_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("kam_commentary", sa.Text(), nullable=True),
        sa.Column("vp_comments", sa.Text(), nullable=True),
        sa.Column("signed_off_by_id", sa.Integer(), nullable=True),
        sa.Column("signed_off_at", kam.model.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("reopened_count", sa.Integer(), nullable=False),
        sa.Column("created_at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], name=op.f("fk_reviews_plan_id_plans"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["signed_off_by_id"],
            ["users.id"],
            name=op.f("fk_reviews_signed_off_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviews")),
        sa.UniqueConstraint("plan_id", "quarter", name=op.f("uq_reviews_plan_id_quarter")),
    )
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reviews_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "review_ratings",
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("objective_id", sa.Integer(), nullable=False),
        sa.Column("actual", kam.model.base.Money(precision=19, scale=4), nullable=True),
        sa.Column("target", kam.model.base.Money(precision=19, scale=4), nullable=True),
        sa.Column(
            "suggested",
            sa.Enum("green", "amber", "red", name="rating", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column(
            "rating",
            sa.Enum("green", "amber", "red", name="rating", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("override_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["objective_id"],
            ["quant_objectives.id"],
            name=op.f("fk_review_ratings_objective_id_quant_objectives"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_review_ratings_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("review_id", "objective_id", name=op.f("pk_review_ratings")),
    )


def downgrade() -> None:
    op.drop_table("review_ratings")

    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reviews_plan_id"))

    op.drop_table("reviews")

    with op.batch_alter_table("resource_needs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_resource_needs_plan_id"))

    op.drop_table("resource_needs")

    with op.batch_alter_table("quant_objectives", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quant_objectives_plan_id"))

    op.drop_table("quant_objectives")

    with op.batch_alter_table("qual_objectives", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_qual_objectives_plan_id"))

    op.drop_table("qual_objectives")

    with op.batch_alter_table("plan_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_events_plan_id"))

    op.drop_table("plan_events")

    with op.batch_alter_table("tier_snapshots", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tier_snapshots_account_id"))

    op.drop_table("tier_snapshots")

    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plans_account_id"))

    op.drop_table("plans")

    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_action"))

    op.drop_table("audit_log")

    op.drop_table("settings")

    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_column("annual_category_spend")
