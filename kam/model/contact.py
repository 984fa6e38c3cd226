"""Contact log (visits, executive meetings, greetings) and customer feedback (complaints)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kam.model.base import Base, Synced, Timestamps, Versioned, enum_column
from kam.vocab import ContactKind, FeedbackKind, FeedbackStatus, RoutedTo


class Contact(Base, Synced, Timestamps, Versioned):
    """A visit, executive meeting, call or greeting; planned ones have ``done=False``."""

    __tablename__ = "contacts"
    # the last visit of every account (the account list) from the index alone
    __table_args__ = (Index("ix_contacts_account_done", "account_id", "done", "occurred_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ContactKind] = enum_column(ContactKind, default=ContactKind.VISIT)
    occurred_on: Mapped[dt.date] = mapped_column(Date, index=True)
    done: Mapped[bool] = mapped_column(default=True)
    location: Mapped[str | None] = mapped_column(String(200))
    purpose: Mapped[str | None] = mapped_column(Text)
    best_outcome: Mapped[str | None] = mapped_column(Text)
    minimum_outcome: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(Text)
    next_steps: Mapped[str | None] = mapped_column(Text)
    with_executive: Mapped[bool] = mapped_column(default=False)  # our executive took part
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class ContactAttendee(Base, Synced):
    """A customer person who attended."""

    __tablename__ = "contact_attendees"
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ContactOurAttendee(Base, Synced):
    """One of our people who attended."""

    __tablename__ = "contact_our_attendees"
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)


class Feedback(Base, Synced, Timestamps, Versioned):
    """A complaint, suggestion or product feedback under first-responder responsibility."""

    __tablename__ = "feedback"
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[FeedbackKind] = enum_column(FeedbackKind, default=FeedbackKind.COMPLAINT)
    subject: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    raised_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    received_at: Mapped[dt.datetime] = mapped_column(index=True)
    first_responder_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    routed_to: Mapped[RoutedTo | None] = enum_column(RoutedTo, nullable=True)
    severity: Mapped[int] = mapped_column(Integer, default=2)  # 1 low .. 3 high
    response_target_hours: Mapped[int] = mapped_column(Integer, default=24)
    responded_at: Mapped[dt.datetime | None] = mapped_column()
    resolved_at: Mapped[dt.datetime | None] = mapped_column()
    status: Mapped[FeedbackStatus] = enum_column(FeedbackStatus, default=FeedbackStatus.OPEN)
    resolution: Mapped[str | None] = mapped_column(Text)
    satisfaction: Mapped[int | None] = mapped_column(Integer)  # 1..5 after resolution
