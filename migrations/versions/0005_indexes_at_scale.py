"""Indexes for a portfolio of 5 000 accounts: the account list and the whole-portfolio sums read indexes only

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 12:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # people counted per account (the account list): the live rows' account ids in order, no table reads
    op.create_index("ix_people_live_account", "people", ["deleted_at", "account_id"])
    # the last visit per account (the account list)
    op.create_index("ix_contacts_account_done", "contacts", ["account_id", "done", "occurred_on"])
    # tiers, Pareto and scorecards sum a window of every account's transactions: covering, in account order;
    # it starts with the columns of the index it replaces, which serves the per-account queries as before
    op.create_index("ix_transactions_account_sums", "transactions",
                    ["account_id", "occurred_on", "gross_profit", "amount", "discount", "financial_cost"])
    op.drop_index("ix_transactions_account_date", table_name="transactions")


def downgrade() -> None:
    op.create_index("ix_transactions_account_date", "transactions", ["account_id", "occurred_on"])
    op.drop_index("ix_transactions_account_sums", table_name="transactions")
    op.drop_index("ix_contacts_account_done", table_name="contacts")
    op.drop_index("ix_people_live_account", table_name="people")
