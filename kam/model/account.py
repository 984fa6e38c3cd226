"""Users on our side, key accounts (with groups), their departments and our account team."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kam.model.base import Base, SoftDelete, Synced, Timestamps, Versioned, enum_column
from kam.text import account_name as account_name
from kam.vocab import DepartmentFunction, GroupRelation, KAType, UserRole

if TYPE_CHECKING:
    from kam.model.people import Person


class User(Base, Timestamps, Versioned):
    """Someone on our side: a KAM, a sales VP or an administrator."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[UserRole] = enum_column(UserRole, default=UserRole.KAM)
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    email: Mapped[str | None] = mapped_column(String(254))
    is_executive: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)


class Account(Base, Synced, Timestamps, Versioned, SoftDelete):
    """One key account's dossier: basic data, the customer's business and our analysis."""

    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    # basic information
    name_zh: Mapped[str | None] = mapped_column(String(300), index=True)
    name_en: Mapped[str | None] = mapped_column(String(300), index=True)
    short_name: Mapped[str | None] = mapped_column(String(100))
    search_key: Mapped[str | None] = mapped_column(String(1000))  # kam.text.search_key
    ka_type: Mapped[KAType] = enum_column(KAType, default=KAType.ECONOMIC)
    industry: Mapped[str | None] = mapped_column(String(200))
    region: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(100))
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(100))
    fax: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(254))
    website: Mapped[str | None] = mapped_column(String(300))
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    cooperation_since: Mapped[dt.date | None] = mapped_column(Date)
    contract_until: Mapped[dt.date | None] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    # group accounts (集团客户): parent with subsidiaries and sister companies
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL"), index=True
    )
    group_relation: Mapped[GroupRelation | None] = enum_column(GroupRelation, nullable=True)
    # the customer's business (客户经营意向)
    product_structure: Mapped[str | None] = mapped_column(Text)
    market_and_sales: Mapped[str | None] = mapped_column(Text)
    financial_standing: Mapped[str | None] = mapped_column(Text)
    credit_rating: Mapped[str | None] = mapped_column(String(50))
    their_competitors: Mapped[str | None] = mapped_column(Text)
    strategy: Mapped[str | None] = mapped_column(Text)
    production_of_our_category: Mapped[str | None] = mapped_column(Text)
    consumption_of_our_category: Mapped[str | None] = mapped_column(Text)
    downstream_products: Mapped[str | None] = mapped_column(Text)
    downstream_customers: Mapped[str | None] = mapped_column(Text)
    usage_habits: Mapped[str | None] = mapped_column(Text)
    annual_category_spend: Mapped[Decimal | None] = mapped_column()  # for share of wallet
    # our analysis of the customer (企业文化、工作流程、SWOT、文化提示)
    corporate_culture: Mapped[str | None] = mapped_column(Text)
    ways_of_working: Mapped[str | None] = mapped_column(Text)
    strengths: Mapped[str | None] = mapped_column(Text)
    weaknesses: Mapped[str | None] = mapped_column(Text)
    opportunities: Mapped[str | None] = mapped_column(Text)
    threats: Mapped[str | None] = mapped_column(Text)
    cultural_notes: Mapped[str | None] = mapped_column(Text)
    topics_to_avoid: Mapped[str | None] = mapped_column(Text)
    # inputs of the future-value score (1..5 scales, configurable weights)
    industry_position: Mapped[int | None] = mapped_column(Integer)
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    # "<database id>:<account id>" of the local file an older kam team push copied it from (the push, now a first
    # sync, refuses to bind that file again)
    origin: Mapped[str | None] = mapped_column(String(100), unique=True, index=True)

    people: Mapped[list[Person]] = relationship(back_populates="account", lazy="raise")
    team: Mapped[list[AccountTeamMember]] = relationship(
        lazy="raise", cascade="all, delete-orphan"
    )
    departments: Mapped[list[Department]] = relationship(
        lazy="raise", cascade="all, delete-orphan"
    )

    @property
    def display_name(self) -> str:
        return account_name(self.name_zh, self.name_en, self.id)


class AccountTeamMember(Base, Synced):
    """Our people on the account team besides the owner."""

    __tablename__ = "account_team"
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    team_role: Mapped[str | None] = mapped_column(String(100))


class CategoryPurchases(Base, Synced):
    """The customer's total purchases of our product category in one year (from all suppliers): the
    denominator of our share of wallet."""

    __tablename__ = "category_purchases"
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True
    )
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    amount: Mapped[Decimal] = mapped_column()


class Department(Base, Synced, Versioned):
    """A department of the customer with its role in buying (user / purchasing / support)."""

    __tablename__ = "departments"
    __table_args__ = (UniqueConstraint("account_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    function: Mapped[DepartmentFunction] = enum_column(
        DepartmentFunction, default=DepartmentFunction.OTHER
    )
    notes: Mapped[str | None] = mapped_column(Text)
