"""Bookkeeping of the laptop ⇄ team server sync (``kam.sync``).

Laptop side (SQLite): ``sync_state`` (one row: which server, this replica's client id, how far it has pulled, and
whether the file is bound — the outbox triggers write only then), ``sync_outbox`` (written by triggers in the same
transaction as each edit), ``sync_base`` (the last synced version of each row, for the three-way merge) and
``sync_conflicts`` (what a person must decide; nothing is overwritten meanwhile).

Server side (PostgreSQL): ``sync_batches`` (a batch pushed by a client is applied once: client id + sequence) and
``sync_tombstones`` (one per deleted row, so every replica deletes it too).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kam.model.base import Base, utcnow


class SyncState(Base):
    __tablename__ = "sync_state"
    id: Mapped[int] = mapped_column(primary_key=True)  # always 1
    server: Mapped[str | None] = mapped_column(String(500))  # the server's URL without its password
    client_id: Mapped[str | None] = mapped_column(String(36))
    username: Mapped[str | None] = mapped_column(String(64))  # who this replica syncs as
    bound: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    applying: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)  # a pull writes: no outbox
    pulled: Mapped[int | None] = mapped_column(BigInteger)  # the server snapshot's xmin of the last pull
    next_batch: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    own_revs: Mapped[Any] = mapped_column(JSON, nullable=True)  # revisions of our own pushes not yet pulled past
    pending: Mapped[Any] = mapped_column(JSON, nullable=True)  # the batch being pushed, kept until the server's answer is applied
    synced_at: Mapped[dt.datetime | None] = mapped_column()


class SyncOutbox(Base):
    __tablename__ = "sync_outbox"
    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    tbl: Mapped[str] = mapped_column(String(64))
    gid: Mapped[str] = mapped_column(String(36), index=True)
    op: Mapped[str] = mapped_column(String(1))  # i, u or d


class SyncBase(Base):
    __tablename__ = "sync_base"
    gid: Mapped[str] = mapped_column(String(36), primary_key=True)
    tbl: Mapped[str] = mapped_column(String(64))
    srv_rev: Mapped[int | None] = mapped_column(BigInteger)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class SyncConflict(Base):
    __tablename__ = "sync_conflicts"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # field, refused, removed
    tbl: Mapped[str] = mapped_column(String(64))
    gid: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str | None] = mapped_column(String(64))
    mine: Mapped[Any] = mapped_column(JSON)
    theirs: Mapped[Any] = mapped_column(JSON)
    base: Mapped[Any] = mapped_column(JSON)
    message: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[dt.datetime | None] = mapped_column()
    resolution: Mapped[str | None] = mapped_column(String(16))


class SyncBatch(Base):
    __tablename__ = "sync_batches"
    client_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64))
    applied_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    result: Mapped[Any] = mapped_column(JSON)


class SyncTombstone(Base):
    __tablename__ = "sync_tombstones"
    gid: Mapped[str] = mapped_column(String(36), primary_key=True)
    tbl: Mapped[str] = mapped_column(String(64))
    srv_rev: Mapped[int] = mapped_column(BigInteger, index=True)
    deleted_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SyncAudit(Base):
    """On the server: a laptop replica's audit trail, entry by entry as the laptop wrote it (``kam.sync.audit``).

    One chain per laptop (``origin``: its client id; ``seq``: the entry's number there), hashed exactly as on the
    laptop (``at`` is kept as the text that was hashed) with the laptop's MAC, so both the server and the laptop
    can check it; each append is also recorded in the server's own audit chain with the appended head."""

    __tablename__ = "sync_audit"
    origin: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    uploaded_by: Mapped[str] = mapped_column(String(64))  # the server login that appended it
    at: Mapped[str] = mapped_column(String(40))
    user_id: Mapped[int | None] = mapped_column(Integer)  # the laptop's user id (as hashed there)
    username: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str | None] = mapped_column(String(60))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[Any] = mapped_column(JSON, nullable=True)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    entry_hash: Mapped[str | None] = mapped_column(String(64))
    mac: Mapped[str | None] = mapped_column(String(64))
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


SYNC_TABLES = {"sync_state", "sync_outbox", "sync_base", "sync_conflicts", "sync_batches", "sync_tombstones",
               "sync_audit"}
