"""The confidential IP register (客户信息保密): drawings, specs, formulas entrusted to us.

Content fields (title, description, storage location, notes, attachment bytes)
are ``SealedText`` envelopes so they can be encrypted per field; the metadata
(classification, dates, status) stays readable so due-date reminders work while
the register is locked.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from kam.model.base import Base, SealedText, SoftDelete, Synced, Timestamps, Versioned, enum_column
from kam.vocab import Classification, IPKind, IPStatus


class RegisterItem(Base, Synced, Timestamps, Versioned, SoftDelete):
    __tablename__ = "register_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    reference: Mapped[str] = mapped_column(String(100))  # our register number, not secret
    kind: Mapped[IPKind] = enum_column(IPKind, default=IPKind.DRAWING)
    classification: Mapped[Classification] = enum_column(
        Classification, default=Classification.CONFIDENTIAL
    )
    customer_owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    received_on: Mapped[dt.date | None] = mapped_column(Date)
    agreement_ref: Mapped[str | None] = mapped_column(String(200))  # NDA / contract number
    return_due: Mapped[dt.date | None] = mapped_column(Date, index=True)
    status: Mapped[IPStatus] = enum_column(IPStatus, default=IPStatus.HELD)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)  # returned or destroyed
    # sealed content
    title: Mapped[bytes] = mapped_column(SealedText)
    description: Mapped[bytes | None] = mapped_column(SealedText)
    storage_location: Mapped[bytes | None] = mapped_column(SealedText)
    notes: Mapped[bytes | None] = mapped_column(SealedText)


class RegisterAccess(Base, Synced):
    """Who on our side may open an item's content."""

    __tablename__ = "register_access"
    item_id: Mapped[int] = mapped_column(
        ForeignKey("register_items.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)


class RegisterAttachment(Base, Synced, Timestamps):
    """A file (drawing, PDF) attached to an item, sealed, with its plaintext SHA-256."""

    __tablename__ = "register_attachments"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("register_items.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[bytes] = mapped_column(SealedText)
    media_type: Mapped[str | None] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(SealedText)
