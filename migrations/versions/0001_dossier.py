"""The dossier: accounts, people, org chart, projects, transactions, register, contacts

Revision ID: 0001
Revises:
Create Date: 2026-11-23 12:30:58.339318
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kam.model.base

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum("kam", "vp", "admin", name="userrole", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("manager_id", sa.Integer(), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("is_executive", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["manager_id"],
            ["users.id"],
            name=op.f("fk_users_manager_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )

    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_zh", sa.String(length=300), nullable=True),
        sa.Column("name_en", sa.String(length=300), nullable=True),
        sa.Column("short_name", sa.String(length=100), nullable=True),
        sa.Column("search_key", sa.String(length=1000), nullable=True),
        sa.Column(
            "ka_type",
            sa.Enum(
                "economic",
                "important",
                "group",
                "strategic",
                name="katype",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("industry", sa.String(length=200), nullable=True),
        sa.Column("region", sa.String(length=200), nullable=True),
        sa.Column("country", sa.String(length=100), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("phone", sa.String(length=100), nullable=True),
        sa.Column("fax", sa.String(length=100), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("website", sa.String(length=300), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("cooperation_since", sa.Date(), nullable=True),
        sa.Column("contract_until", sa.Date(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column(
            "group_relation",
            sa.Enum(
                "subsidiary", "sister", "branch", name="grouprelation", native_enum=False, length=32
            ),
            nullable=True,
        ),
        sa.Column("product_structure", sa.Text(), nullable=True),
        sa.Column("market_and_sales", sa.Text(), nullable=True),
        sa.Column("financial_standing", sa.Text(), nullable=True),
        sa.Column("credit_rating", sa.String(length=50), nullable=True),
        sa.Column("their_competitors", sa.Text(), nullable=True),
        sa.Column("strategy", sa.Text(), nullable=True),
        sa.Column("production_of_our_category", sa.Text(), nullable=True),
        sa.Column("consumption_of_our_category", sa.Text(), nullable=True),
        sa.Column("downstream_products", sa.Text(), nullable=True),
        sa.Column("downstream_customers", sa.Text(), nullable=True),
        sa.Column("usage_habits", sa.Text(), nullable=True),
        sa.Column("corporate_culture", sa.Text(), nullable=True),
        sa.Column("ways_of_working", sa.Text(), nullable=True),
        sa.Column("strengths", sa.Text(), nullable=True),
        sa.Column("weaknesses", sa.Text(), nullable=True),
        sa.Column("opportunities", sa.Text(), nullable=True),
        sa.Column("threats", sa.Text(), nullable=True),
        sa.Column("cultural_notes", sa.Text(), nullable=True),
        sa.Column("topics_to_avoid", sa.Text(), nullable=True),
        sa.Column("industry_position", sa.Integer(), nullable=True),
        sa.Column("satisfaction", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", kam.model.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_accounts_owner_id_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["accounts.id"],
            name=op.f("fk_accounts_parent_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
    )
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_accounts_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_accounts_name_en"), ["name_en"], unique=False)
        batch_op.create_index(batch_op.f("ix_accounts_name_zh"), ["name_zh"], unique=False)
        batch_op.create_index(batch_op.f("ix_accounts_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_accounts_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "account_team",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("team_role", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_account_team_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_account_team_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("account_id", "user_id", name=op.f("pk_account_team")),
    )

    op.create_table(
        "competitors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("products_used", sa.Text(), nullable=True),
        sa.Column("customer_satisfaction", sa.Integer(), nullable=True),
        sa.Column("estimated_share_pct", sa.Integer(), nullable=True),
        sa.Column("strengths", sa.Text(), nullable=True),
        sa.Column("weaknesses", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_competitors_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_competitors")),
    )
    with op.batch_alter_table("competitors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_competitors_account_id"), ["account_id"], unique=False)

    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "visit",
                "executive_meeting",
                "call",
                "greeting",
                "event",
                name="contactkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=True),
        sa.Column("purpose", sa.Text(), nullable=True),
        sa.Column("best_outcome", sa.Text(), nullable=True),
        sa.Column("minimum_outcome", sa.Text(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("next_steps", sa.Text(), nullable=True),
        sa.Column("with_executive", sa.Boolean(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_contacts_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["users.id"],
            name=op.f("fk_contacts_recorded_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contacts_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contacts_occurred_on"), ["occurred_on"], unique=False)

    op.create_table(
        "departments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "function",
            sa.Enum(
                "user",
                "purchasing",
                "support",
                "management",
                "other",
                name="departmentfunction",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_departments_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_departments")),
        sa.UniqueConstraint("account_id", "name", name=op.f("uq_departments_account_id_name")),
    )
    with op.batch_alter_table("departments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_departments_account_id"), ["account_id"], unique=False)

    op.create_table(
        "projects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("procurement_plan", sa.Text(), nullable=True),
        sa.Column("problem_to_solve", sa.Text(), nullable=True),
        sa.Column("budget", kam.model.base.Money(precision=19, scale=4), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=True),
        sa.Column("decision_due", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "active",
                "won",
                "lost",
                "on_hold",
                name="projectstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("our_offer", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_projects_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_projects")),
    )
    with op.batch_alter_table("projects", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_projects_account_id"), ["account_id"], unique=False)

    op.create_table(
        "transactions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("product", sa.String(length=200), nullable=False),
        sa.Column("quantity", kam.model.base.Money(precision=19, scale=4), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=True),
        sa.Column("unit_price", kam.model.base.Money(precision=19, scale=4), nullable=False),
        sa.Column("amount", kam.model.base.Money(precision=19, scale=4), nullable=False),
        sa.Column("discount", kam.model.base.Money(precision=19, scale=4), nullable=False),
        sa.Column("financial_cost", kam.model.base.Money(precision=19, scale=4), nullable=False),
        sa.Column("gross_profit", kam.model.base.Money(precision=19, scale=4), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("external_ref", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_transactions_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transactions")),
        sa.UniqueConstraint(
            "account_id", "external_ref", name=op.f("uq_transactions_account_id_external_ref")
        ),
    )
    with op.batch_alter_table("transactions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_transactions_account_date", ["account_id", "occurred_on"], unique=False
        )

    op.create_table(
        "competitor_reps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("competitor_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("style", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["competitor_id"],
            ["competitors.id"],
            name=op.f("fk_competitor_reps_competitor_id_competitors"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_competitor_reps")),
    )
    with op.batch_alter_table("competitor_reps", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_competitor_reps_competitor_id"), ["competitor_id"], unique=False
        )

    op.create_table(
        "contact_our_attendees",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_our_attendees_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_contact_our_attendees_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("contact_id", "user_id", name=op.f("pk_contact_our_attendees")),
    )

    op.create_table(
        "decision_criteria",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.Column("our_score", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_decision_criteria_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision_criteria")),
    )
    with op.batch_alter_table("decision_criteria", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_decision_criteria_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "decision_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.Column("actual_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "in_progress",
                "done",
                "skipped",
                "blocked",
                name="stepstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_decision_steps_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision_steps")),
        sa.UniqueConstraint(
            "project_id", "position", name=op.f("uq_decision_steps_project_id_position")
        ),
    )
    with op.batch_alter_table("decision_steps", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_decision_steps_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_latin", sa.String(length=200), nullable=True),
        sa.Column("search_key", sa.String(length=1000), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("reports_to_id", sa.Integer(), nullable=True),
        sa.Column(
            "stance",
            sa.Enum(
                "supporter",
                "neutral",
                "opposer",
                "unknown",
                name="stance",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("influence", sa.Integer(), nullable=False),
        sa.Column("coverage_owner_id", sa.Integer(), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=100), nullable=True),
        sa.Column("mobile", sa.String(length=100), nullable=True),
        sa.Column("wechat", sa.String(length=100), nullable=True),
        sa.Column("external_id", sa.String(length=100), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("gender", sa.String(length=20), nullable=True),
        sa.Column("birthday", sa.Date(), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("health", sa.Text(), nullable=True),
        sa.Column("education", sa.Text(), nullable=True),
        sa.Column("school", sa.String(length=200), nullable=True),
        sa.Column("background", sa.Text(), nullable=True),
        sa.Column("personality", sa.Text(), nullable=True),
        sa.Column("abilities", sa.Text(), nullable=True),
        sa.Column("family", sa.Text(), nullable=True),
        sa.Column("hometown", sa.String(length=200), nullable=True),
        sa.Column("hobbies", sa.Text(), nullable=True),
        sa.Column("colleague_relations", sa.Text(), nullable=True),
        sa.Column("role_in_company", sa.Text(), nullable=True),
        sa.Column("career_plans", sa.Text(), nullable=True),
        sa.Column("personal_note", sa.Text(), nullable=True),
        sa.Column("data_source", sa.String(length=200), nullable=True),
        sa.Column("consent_basis", sa.String(length=200), nullable=True),
        sa.Column("consent_on", sa.Date(), nullable=True),
        sa.Column("anonymised_at", kam.model.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", kam.model.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_people_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["coverage_owner_id"],
            ["users.id"],
            name=op.f("fk_people_coverage_owner_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_people_department_id_departments"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["reports_to_id"],
            ["people.id"],
            name=op.f("fk_people_reports_to_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_people_account_id"), ["account_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_people_coverage_owner_id"), ["coverage_owner_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_people_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_people_department_id"), ["department_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_people_email"), ["email"], unique=False)
        batch_op.create_index(batch_op.f("ix_people_external_id"), ["external_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_people_name"), ["name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_people_reports_to_id"), ["reports_to_id"], unique=False
        )

    op.create_table(
        "competitor_rep_relations",
        sa.Column("rep_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("closeness", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_competitor_rep_relations_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["rep_id"],
            ["competitor_reps.id"],
            name=op.f("fk_competitor_rep_relations_rep_id_competitor_reps"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("rep_id", "person_id", name=op.f("pk_competitor_rep_relations")),
    )

    op.create_table(
        "contact_attendees",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_attendees_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_contact_attendees_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("contact_id", "person_id", name=op.f("pk_contact_attendees")),
    )
    with op.batch_alter_table("contact_attendees", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_attendees_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "criterion_scores",
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("competitor_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["competitor_id"],
            ["competitors.id"],
            name=op.f("fk_criterion_scores_competitor_id_competitors"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["decision_criteria.id"],
            name=op.f("fk_criterion_scores_criterion_id_decision_criteria"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("criterion_id", "competitor_id", name=op.f("pk_criterion_scores")),
    )

    op.create_table(
        "factions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("leader_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_factions_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["leader_id"],
            ["people.id"],
            name=op.f("fk_factions_leader_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_factions")),
    )
    with op.batch_alter_table("factions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_factions_account_id"), ["account_id"], unique=False)

    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "complaint",
                "suggestion",
                "product_feedback",
                name="feedbackkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("raised_by_id", sa.Integer(), nullable=True),
        sa.Column("received_at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("first_responder_id", sa.Integer(), nullable=True),
        sa.Column(
            "routed_to",
            sa.Enum(
                "quality",
                "rd",
                "manufacturing",
                "logistics",
                "sales",
                "finance",
                "other",
                name="routedto",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("severity", sa.Integer(), nullable=False),
        sa.Column("response_target_hours", sa.Integer(), nullable=False),
        sa.Column("responded_at", kam.model.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("resolved_at", kam.model.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "responded",
                "resolved",
                "closed",
                name="feedbackstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column("satisfaction", sa.Integer(), nullable=True),
        sa.Column("created_at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_feedback_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["first_responder_id"],
            ["users.id"],
            name=op.f("fk_feedback_first_responder_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["raised_by_id"],
            ["people.id"],
            name=op.f("fk_feedback_raised_by_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback")),
    )
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_feedback_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_feedback_received_at"), ["received_at"], unique=False)

    op.create_table(
        "influence_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("strength", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_influence_lines_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["people.id"],
            name=op.f("fk_influence_lines_source_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["people.id"],
            name=op.f("fk_influence_lines_target_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_influence_lines")),
        sa.UniqueConstraint(
            "source_id", "target_id", name=op.f("uq_influence_lines_source_id_target_id")
        ),
    )
    with op.batch_alter_table("influence_lines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_influence_lines_account_id"), ["account_id"], unique=False
        )

    op.create_table(
        "person_roles",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "decision_maker",
                "influencer",
                "executor",
                "negotiator",
                name="buyingrole",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_person_roles_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", "role", name=op.f("pk_person_roles")),
    )

    op.create_table(
        "project_participants",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "decision_maker",
                "influencer",
                "executor",
                "negotiator",
                name="buyingrole",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_project_participants_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_project_participants_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "project_id", "person_id", "role", name=op.f("pk_project_participants")
        ),
    )

    op.create_table(
        "register_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "drawing",
                "specification",
                "formula",
                "process",
                "sample",
                "other",
                name="ipkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "classification",
            sa.Enum(
                "internal",
                "confidential",
                "secret",
                "strictly_secret",
                name="classification",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("customer_owner_id", sa.Integer(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("agreement_ref", sa.String(length=200), nullable=True),
        sa.Column("return_due", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "held",
                "return_due",
                "returned",
                "destroyed",
                name="ipstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("title", kam.model.base.SealedText(), nullable=False),
        sa.Column("description", kam.model.base.SealedText(), nullable=True),
        sa.Column("storage_location", kam.model.base.SealedText(), nullable=True),
        sa.Column("notes", kam.model.base.SealedText(), nullable=True),
        sa.Column("created_at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_register_items_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["customer_owner_id"],
            ["people.id"],
            name=op.f("fk_register_items_customer_owner_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_items")),
    )
    with op.batch_alter_table("register_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_register_items_account_id"), ["account_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_register_items_return_due"), ["return_due"], unique=False
        )

    op.create_table(
        "stance_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column(
            "old_stance",
            sa.Enum(
                "supporter",
                "neutral",
                "opposer",
                "unknown",
                name="stance",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "new_stance",
            sa.Enum(
                "supporter",
                "neutral",
                "opposer",
                "unknown",
                name="stance",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_stance_history_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["users.id"],
            name=op.f("fk_stance_history_recorded_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["contacts.id"],
            name=op.f("fk_stance_history_visit_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stance_history")),
    )
    with op.batch_alter_table("stance_history", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stance_history_changed_on"), ["changed_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_stance_history_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "step_actors",
        sa.Column("step_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_step_actors_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["step_id"],
            ["decision_steps.id"],
            name=op.f("fk_step_actors_step_id_decision_steps"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("step_id", "person_id", name=op.f("pk_step_actors")),
    )

    op.create_table(
        "faction_members",
        sa.Column("faction_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["faction_id"],
            ["factions.id"],
            name=op.f("fk_faction_members_faction_id_factions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_faction_members_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("faction_id", "person_id", name=op.f("pk_faction_members")),
    )
    with op.batch_alter_table("faction_members", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_faction_members_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "register_access",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["register_items.id"],
            name=op.f("fk_register_access_item_id_register_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_register_access_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("item_id", "user_id", name=op.f("pk_register_access")),
    )

    op.create_table(
        "register_attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("filename", kam.model.base.SealedText(), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", kam.model.base.SealedText(), nullable=False),
        sa.Column("created_at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", kam.model.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["register_items.id"],
            name=op.f("fk_register_attachments_item_id_register_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_attachments")),
    )
    with op.batch_alter_table("register_attachments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_register_attachments_item_id"), ["item_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("register_attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_register_attachments_item_id"))

    op.drop_table("register_attachments")

    op.drop_table("register_access")

    with op.batch_alter_table("faction_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_faction_members_person_id"))

    op.drop_table("faction_members")

    op.drop_table("step_actors")

    with op.batch_alter_table("stance_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stance_history_person_id"))
        batch_op.drop_index(batch_op.f("ix_stance_history_changed_on"))

    op.drop_table("stance_history")

    with op.batch_alter_table("register_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_register_items_return_due"))
        batch_op.drop_index(batch_op.f("ix_register_items_account_id"))

    op.drop_table("register_items")

    op.drop_table("project_participants")

    op.drop_table("person_roles")

    with op.batch_alter_table("influence_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_influence_lines_account_id"))

    op.drop_table("influence_lines")

    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feedback_received_at"))
        batch_op.drop_index(batch_op.f("ix_feedback_account_id"))

    op.drop_table("feedback")

    with op.batch_alter_table("factions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_factions_account_id"))

    op.drop_table("factions")

    op.drop_table("criterion_scores")

    with op.batch_alter_table("contact_attendees", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_attendees_person_id"))

    op.drop_table("contact_attendees")

    op.drop_table("competitor_rep_relations")

    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_reports_to_id"))
        batch_op.drop_index(batch_op.f("ix_people_name"))
        batch_op.drop_index(batch_op.f("ix_people_external_id"))
        batch_op.drop_index(batch_op.f("ix_people_email"))
        batch_op.drop_index(batch_op.f("ix_people_department_id"))
        batch_op.drop_index(batch_op.f("ix_people_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_people_coverage_owner_id"))
        batch_op.drop_index(batch_op.f("ix_people_account_id"))

    op.drop_table("people")

    with op.batch_alter_table("decision_steps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_steps_project_id"))

    op.drop_table("decision_steps")

    with op.batch_alter_table("decision_criteria", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_criteria_project_id"))

    op.drop_table("decision_criteria")

    op.drop_table("contact_our_attendees")

    with op.batch_alter_table("competitor_reps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_competitor_reps_competitor_id"))

    op.drop_table("competitor_reps")

    with op.batch_alter_table("transactions", schema=None) as batch_op:
        batch_op.drop_index("ix_transactions_account_date")

    op.drop_table("transactions")

    with op.batch_alter_table("projects", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_projects_account_id"))

    op.drop_table("projects")

    with op.batch_alter_table("departments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_departments_account_id"))

    op.drop_table("departments")

    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contacts_occurred_on"))
        batch_op.drop_index(batch_op.f("ix_contacts_account_id"))

    op.drop_table("contacts")

    with op.batch_alter_table("competitors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_competitors_account_id"))

    op.drop_table("competitors")

    op.drop_table("account_team")

    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_accounts_parent_id"))
        batch_op.drop_index(batch_op.f("ix_accounts_owner_id"))
        batch_op.drop_index(batch_op.f("ix_accounts_name_zh"))
        batch_op.drop_index(batch_op.f("ix_accounts_name_en"))
        batch_op.drop_index(batch_op.f("ix_accounts_deleted_at"))

    op.drop_table("accounts")

    op.drop_table("users")
