"""Transactions (历史交易) and competitors at the account (竞争对手资料)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kam.model.base import Base, Synced, Timestamps, Versioned


class Transaction(Base, Synced):
    """One ERP line: what was sold at what price and what it cost us to sell it.

    ``amount`` is the net revenue of the line (quantity × unit price − discount);
    the marketing cost of the line is ``discount + financial_cost``.
    """

    __tablename__ = "transactions"
    __table_args__ = (
        # covering: the portfolio's sums per account over a window (tiers, Pareto, scorecards) read the index,
        # not the table, and in account order (no sort)
        Index("ix_transactions_account_sums", "account_id", "occurred_on", "gross_profit", "amount", "discount",
              "financial_cost"),
        UniqueConstraint("account_id", "external_ref"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    product: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[Decimal] = mapped_column()
    unit: Mapped[str | None] = mapped_column(String(20))
    unit_price: Mapped[Decimal] = mapped_column()
    amount: Mapped[Decimal] = mapped_column()
    discount: Mapped[Decimal] = mapped_column(default=Decimal(0))
    financial_cost: Mapped[Decimal] = mapped_column(default=Decimal(0))
    gross_profit: Mapped[Decimal] = mapped_column()
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    external_ref: Mapped[str | None] = mapped_column(String(100))  # ERP document/line number
    # the customer's plant/division that bought it (the whitespace map's row); none: the account's default unit
    business_unit_id: Mapped[int | None] = mapped_column(ForeignKey("business_units.id", ondelete="SET NULL"),
                                                         index=True)


class Competitor(Base, Synced, Timestamps, Versioned):
    """A competitor present at this account: what the customer uses and how happy they are."""

    __tablename__ = "competitors"
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    products_used: Mapped[str | None] = mapped_column(Text)
    customer_satisfaction: Mapped[int | None] = mapped_column(Integer)  # 1..5
    estimated_share_pct: Mapped[int | None] = mapped_column(Integer)
    strengths: Mapped[str | None] = mapped_column(Text)
    weaknesses: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class CompetitorRep(Base, Synced, Versioned):
    """A competitor's sales rep at this account: name and style."""

    __tablename__ = "competitor_reps"
    id: Mapped[int] = mapped_column(primary_key=True)
    competitor_id: Mapped[int] = mapped_column(
        ForeignKey("competitors.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    style: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class CompetitorRepRelation(Base, Synced):
    """How close a competitor's rep is to one of the customer's people (1..3)."""

    __tablename__ = "competitor_rep_relations"
    rep_id: Mapped[int] = mapped_column(
        ForeignKey("competitor_reps.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), primary_key=True)
    closeness: Mapped[int] = mapped_column(Integer, default=2)
    note: Mapped[str | None] = mapped_column(Text)
