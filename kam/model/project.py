"""Purchasing projects and their decision process (决策流程)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kam.model.base import Base, Synced, Timestamps, Versioned, enum_column
from kam.vocab import BuyingRole, ProjectStatus, StepStatus


class PurchasingProject(Base, Synced, Timestamps, Versioned):
    """A purchase the customer plans: the problem, the budget, the timeline and who decides."""

    __tablename__ = "projects"
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    procurement_plan: Mapped[str | None] = mapped_column(Text)
    problem_to_solve: Mapped[str | None] = mapped_column(Text)
    budget: Mapped[Decimal | None] = mapped_column()
    budget_approved: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    start_on: Mapped[dt.date | None] = mapped_column(Date)
    decision_due: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[ProjectStatus] = enum_column(ProjectStatus, default=ProjectStatus.ACTIVE)
    our_offer: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    steps: Mapped[list[DecisionStep]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="DecisionStep.position"
    )


class ProjectParticipant(Base, Synced):
    """A person's buying role in one project (may differ from their general role)."""

    __tablename__ = "project_participants"
    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[BuyingRole] = enum_column(BuyingRole, primary_key=True)


class DecisionStep(Base, Synced, Versioned):
    """One ordered step of the procurement process, with planned and actual dates."""

    __tablename__ = "decision_steps"
    __table_args__ = (UniqueConstraint("project_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    planned_on: Mapped[dt.date | None] = mapped_column(Date)
    actual_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[StepStatus] = enum_column(StepStatus, default=StepStatus.PLANNED)
    notes: Mapped[str | None] = mapped_column(Text)


class StepActor(Base, Synced):
    """A person who acts at a decision step (approves, evaluates, signs)."""

    __tablename__ = "step_actors"
    step_id: Mapped[int] = mapped_column(
        ForeignKey("decision_steps.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), primary_key=True)
    action: Mapped[str | None] = mapped_column(String(200))


class DecisionCriterion(Base, Synced, Versioned):
    """A criterion the customer decides on, its weight and how we score on it (1..5)."""

    __tablename__ = "decision_criteria"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    weight: Mapped[int] = mapped_column(Integer, default=1)
    our_score: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)


class CriterionScore(Base, Synced):
    """How a competitor stands on a decision criterion (1..5)."""

    __tablename__ = "criterion_scores"
    criterion_id: Mapped[int] = mapped_column(
        ForeignKey("decision_criteria.id", ondelete="CASCADE"), primary_key=True
    )
    competitor_id: Mapped[int] = mapped_column(
        ForeignKey("competitors.id", ondelete="CASCADE"), primary_key=True
    )
    score: Mapped[int] = mapped_column(Integer)
