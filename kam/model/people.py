"""The customer's people: org chart, stance, buying roles, factions, influence lines."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kam.model.base import Base, SoftDelete, Synced, Timestamps, Versioned, enum_column, utcnow
from kam.vocab import BuyingRole, Stance

NO_YEAR = 1604  # the year of a birthday whose year is unknown (Apple's and RFC 6350 tools' convention)

if TYPE_CHECKING:
    from kam.model.account import Account


class Person(Base, Synced, Timestamps, Versioned, SoftDelete):
    """A person at the customer, with the personal profile the KAM keeps (personal data)."""

    __tablename__ = "people"
    # the live people of every account, counted for the account list from the index alone (5 000 accounts)
    __table_args__ = (Index("ix_people_live_account", "deleted_at", "account_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200), index=True)  # in its own script
    name_latin: Mapped[str | None] = mapped_column(String(200))  # romanisation / pinyin
    search_key: Mapped[str | None] = mapped_column(String(1000))  # kam.text.search_key
    title: Mapped[str | None] = mapped_column(String(200))
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("departments.id", ondelete="SET NULL"), index=True
    )
    reports_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    stance: Mapped[Stance] = enum_column(Stance, default=Stance.UNKNOWN)
    influence: Mapped[int] = mapped_column(Integer, default=3)  # 1 (low) .. 5 (high)
    coverage_owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    phone: Mapped[str | None] = mapped_column(String(100))
    mobile: Mapped[str | None] = mapped_column(String(100))
    wechat: Mapped[str | None] = mapped_column(String(100))
    external_id: Mapped[str | None] = mapped_column(String(100), index=True)  # CRM id
    notes: Mapped[str | None] = mapped_column(Text)
    # personal profile (seed 000, seed 004 §2(4)) — personal data under PIPL/GDPR
    gender: Mapped[str | None] = mapped_column(String(20))
    birthday: Mapped[dt.date | None] = mapped_column(Date)
    # RFC 6350 "--0415": the year is unknown; ``birthday`` then carries NO_YEAR (a leap year, so 29 February fits)
    birthday_no_year: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    birth_year: Mapped[int | None] = mapped_column(Integer)
    health: Mapped[str | None] = mapped_column(Text)
    education: Mapped[str | None] = mapped_column(Text)
    school: Mapped[str | None] = mapped_column(String(200))
    background: Mapped[str | None] = mapped_column(Text)
    personality: Mapped[str | None] = mapped_column(Text)
    abilities: Mapped[str | None] = mapped_column(Text)
    family: Mapped[str | None] = mapped_column(Text)
    hometown: Mapped[str | None] = mapped_column(String(200))
    hobbies: Mapped[str | None] = mapped_column(Text)
    colleague_relations: Mapped[str | None] = mapped_column(Text)
    role_in_company: Mapped[str | None] = mapped_column(Text)
    career_plans: Mapped[str | None] = mapped_column(Text)
    personal_note: Mapped[str | None] = mapped_column(Text)
    # where the personal data came from and on what basis we keep it
    data_source: Mapped[str | None] = mapped_column(String(200))
    consent_basis: Mapped[str | None] = mapped_column(String(200))
    consent_on: Mapped[dt.date | None] = mapped_column(Date)
    anonymised_at: Mapped[dt.datetime | None] = mapped_column(default=None)

    account: Mapped[Account] = relationship(back_populates="people", lazy="raise")
    roles: Mapped[list[PersonRole]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="PersonRole.role"
    )

    @property
    def role_set(self) -> set[BuyingRole]:
        return {r.role for r in self.roles}


PERSONAL_FIELDS = (
    "gender", "birthday", "birth_year", "health", "education", "school", "background",
    "personality", "abilities", "family", "hometown", "hobbies", "colleague_relations",
    "role_in_company", "career_plans", "personal_note", "email", "phone", "mobile", "wechat",
)
"""Fields that hold personal data: erased on request (personal-data rights)."""

SENSITIVE_PERSONAL_FIELDS = (
    "birthday", "birth_year", "health", "family", "personality", "colleague_relations", "personal_note",
    "email", "phone", "mobile", "wechat",
)
"""Never printed unless confidential content is deliberately included. The talking points
(hometown, school, hobbies, career plans) are what an executive needs and print by default."""


class PersonRole(Base, Synced):
    """One buying role a person holds; a person may hold several."""

    __tablename__ = "person_roles"
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[BuyingRole] = enum_column(BuyingRole, primary_key=True)


class Faction(Base, Synced, Versioned):
    """A group of people at the customer who act together (派系), with a leader."""

    __tablename__ = "factions"
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    description: Mapped[str | None] = mapped_column(Text)
    members: Mapped[list[FactionMember]] = relationship(lazy="raise", cascade="all, delete-orphan")


class FactionMember(Base, Synced):
    __tablename__ = "faction_members"
    faction_id: Mapped[int] = mapped_column(
        ForeignKey("factions.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class InfluenceLine(Base, Synced, Versioned):
    """An informal line of influence: ``source`` sways ``target`` (drawn dashed)."""

    __tablename__ = "influence_lines"
    __table_args__ = (UniqueConstraint("source_id", "target_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    target_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    strength: Mapped[int] = mapped_column(Integer, default=2)  # 1..3
    kind: Mapped[str | None] = mapped_column(String(32))  # kam.vocab.InfluenceKind
    note: Mapped[str | None] = mapped_column(Text)


class StanceChange(Base, Synced):
    """A dated change of a person's stance toward us (manual edit, visit, import)."""

    __tablename__ = "stance_history"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    changed_on: Mapped[dt.date] = mapped_column(Date, index=True)
    old_stance: Mapped[Stance | None] = enum_column(Stance, nullable=True)
    new_stance: Mapped[Stance] = enum_column(Stance)
    source: Mapped[str] = mapped_column(String(20), default="manual")  # manual/visit/import
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    note: Mapped[str | None] = mapped_column(Text)
