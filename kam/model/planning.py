"""Annual plans with objectives, quarterly reviews with the sales VP, tier snapshots."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kam.model.base import Base, Synced, Timestamps, Versioned, enum_column, utcnow
from kam.vocab import Metric, PlanStatus, Rating, ResourceKind, TaskStatus, Tier


class AnnualPlan(Base, Synced, Timestamps, Versioned):
    """One account's plan for one year; an approved plan changed later gets a new plan_version."""

    __tablename__ = "plans"
    __table_args__ = (UniqueConstraint("account_id", "year", "plan_version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    plan_version: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[PlanStatus] = enum_column(PlanStatus, default=PlanStatus.DRAFT)
    based_on_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id", ondelete="SET NULL"))
    submit_by: Mapped[dt.date | None] = mapped_column(Date)
    summary: Mapped[str | None] = mapped_column(Text)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    quantitative: Mapped[list[QuantObjective]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="QuantObjective.position"
    )
    qualitative: Mapped[list[QualObjective]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="QualObjective.position"
    )
    resources: Mapped[list[ResourceNeed]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="ResourceNeed.position"
    )


class PlanEvent(Base, Synced):
    """The plan's review and approval history: submitted, returned (with comment), approved."""

    __tablename__ = "plan_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(30))
    from_status: Mapped[PlanStatus | None] = enum_column(PlanStatus, nullable=True)
    to_status: Mapped[PlanStatus] = enum_column(PlanStatus)
    by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    comment: Mapped[str | None] = mapped_column(Text)


class QuantObjective(Base, Synced, Versioned):
    """A quantitative objective with quarterly phasing; actuals derived or entered by hand."""

    __tablename__ = "quant_objectives"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    metric: Mapped[Metric] = enum_column(Metric)
    label: Mapped[str | None] = mapped_column(String(200))  # for custom metrics, or a product
    product: Mapped[str | None] = mapped_column(String(200))  # restricts derived actuals
    unit: Mapped[str] = mapped_column(String(30))
    annual_target: Mapped[Decimal] = mapped_column()
    q1: Mapped[Decimal] = mapped_column()
    q2: Mapped[Decimal] = mapped_column()
    q3: Mapped[Decimal] = mapped_column()
    q4: Mapped[Decimal] = mapped_column()
    manual_actuals: Mapped[dict[str, str] | None] = mapped_column(JSON)  # {"1": "120.5", ...}
    # the objective this one was copied from (plan next year, revise): a whitespace cell's link follows it
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("quant_objectives.id", ondelete="SET NULL"), index=True)


class QualObjective(Base, Synced, Versioned):
    """A service we commit to, as concrete as possible, with owner and due date."""

    __tablename__ = "qual_objectives"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[TaskStatus] = enum_column(TaskStatus, default=TaskStatus.OPEN)
    evidence: Mapped[str | None] = mapped_column(Text)


class ResourceNeed(Base, Synced, Versioned):
    """A resource the plan needs: an executive, the technical department, an outside expert."""

    __tablename__ = "resource_needs"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[ResourceKind] = enum_column(ResourceKind)
    who: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str | None] = mapped_column(Text)
    task: Mapped[str | None] = mapped_column(Text)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[TaskStatus] = enum_column(TaskStatus, default=TaskStatus.OPEN)


class QuarterlyReview(Base, Synced, Timestamps, Versioned):
    """The quarterly comparison of results with targets, signed off by the sales VP."""

    __tablename__ = "reviews"
    __table_args__ = (UniqueConstraint("plan_id", "quarter"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    quarter: Mapped[int] = mapped_column(Integer)
    kam_commentary: Mapped[str | None] = mapped_column(Text)
    vp_comments: Mapped[str | None] = mapped_column(Text)
    signed_off_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    signed_off_at: Mapped[dt.datetime | None] = mapped_column()
    reopened_count: Mapped[int] = mapped_column(Integer, default=0)


class ReviewRating(Base, Synced):
    """Red/amber/green for one objective in a review: suggested, and overridden with a reason."""

    __tablename__ = "review_ratings"
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), primary_key=True)
    objective_id: Mapped[int] = mapped_column(
        ForeignKey("quant_objectives.id", ondelete="CASCADE"), primary_key=True
    )
    actual: Mapped[Decimal | None] = mapped_column()
    target: Mapped[Decimal | None] = mapped_column()
    suggested: Mapped[Rating] = enum_column(Rating)
    rating: Mapped[Rating] = enum_column(Rating)
    override_reason: Mapped[str | None] = mapped_column(Text)


class TierSnapshot(Base, Synced):
    """The account's value scores and tier as computed at the end of a quarter."""

    __tablename__ = "tier_snapshots"
    __table_args__ = (UniqueConstraint("account_id", "year", "quarter"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    quarter: Mapped[int] = mapped_column(Integer)
    current_score: Mapped[Decimal] = mapped_column()
    potential_score: Mapped[Decimal] = mapped_column()
    tier: Mapped[Tier] = enum_column(Tier)
    components: Mapped[dict[str, str] | None] = mapped_column(JSON)
    taken_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
