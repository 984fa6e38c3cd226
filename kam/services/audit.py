"""The append-only, hash-chained audit trail.

Each entry's hash covers its own content and the previous entry's hash, so an
edited, deleted or reordered entry breaks the chain at that point.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from kam.model import AuditEntry
from kam.model.base import utcnow
from kam.services.base import Actor

GENESIS = "0" * 64
AUDIT_LOCK = 0x6B616D  # "kam": the advisory lock of the audit chain on PostgreSQL


def entry_digest(prev_hash: str, entry: AuditEntry) -> str:
    payload = {
        "id": entry.id,
        "at": entry.at.isoformat(),
        "user_id": entry.user_id,
        "username": entry.username,
        "action": entry.action,
        "entity": entry.entity,
        "entity_id": entry.entity_id,
        "details": entry.details,
    }
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                           default=str)
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


def record(session: Session, actor: Actor, action: str, entity: str | None = None,
           entity_id: int | None = None, **details: Any) -> AuditEntry:
    """Append one entry inside the caller's transaction (so it commits with the change).

    Concurrent writers are serialised by SQLite's write lock; on PostgreSQL by a
    transaction-level advisory lock taken before the previous hash is read.
    """
    if session.get_bind().dialect.name == "postgresql":
        # one writer at a time appends (until commit), and the chain's tail is read whoever wrote it
        # (team mode hides other people's entries; kam_audit_tail is the one window onto the last link)
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": AUDIT_LOCK})
        info = session.connection().info  # per pooled connection; a team database stays one: kept once yes
        has_tail = info.get("kam_audit_tail") or session.execute(
            text("SELECT to_regprocedure('kam_audit_tail()') IS NOT NULL")).scalar()
        info["kam_audit_tail"] = bool(has_tail)
        query = text("SELECT * FROM kam_audit_tail()") if has_tail else \
            select(AuditEntry.id, AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)
        last = session.execute(query).first()
        if last is not None and last.id is None:
            last = None
    else:
        last = session.execute(
            select(AuditEntry.id, AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)
        ).first()
    prev = (last.entry_hash if last else None) or GENESIS
    entry = AuditEntry(
        id=(last.id + 1) if last else 1,
        at=utcnow().replace(microsecond=0),
        user_id=actor.user_id,
        username=actor.username,
        action=action,
        entity=entity,
        entity_id=entity_id,
        details={k: _jsonable(v) for k, v in details.items()} or None,
        prev_hash=prev,
    )
    entry.entry_hash = entry_digest(prev, entry)
    session.add(entry)
    return entry


def _jsonable(v: Any) -> Any:
    if isinstance(v, str | int | bool | type(None)):
        return v
    if isinstance(v, list | tuple):
        return [_jsonable(x) for x in v]
    return str(v)


@dataclass(frozen=True)
class ChainReport:
    entries: int
    ok: bool
    first_bad_id: int | None = None
    reason: str | None = None


def _sees_only_own_entries(session: Session) -> bool:
    """A KAM or VP login on a team database (row-level security shows them their own entries only)."""
    if session.get_bind().dialect.name != "postgresql":
        return False
    if not session.execute(text("SELECT to_regprocedure('kam_is_admin()') IS NOT NULL")).scalar():
        return False  # not set up for a team
    return bool(session.execute(text(
        "SELECT NOT (kam_is_admin() OR pg_has_role(current_user, 'kam_admin', 'MEMBER')) "
        "AND (pg_has_role(current_user, 'kam_kam', 'MEMBER') OR pg_has_role(current_user, 'kam_vp', 'MEMBER'))"
    )).scalar())


def verify(session: Session) -> ChainReport:
    """Walk the chain; report the first entry whose link or hash does not hold."""
    if _sees_only_own_entries(session):
        from kam.errors import NotAllowed

        raise NotAllowed("in team mode each user sees only their own audit entries; an administrator verifies "
                         "the whole chain")
    prev = GENESIS
    expected_id: int | None = None
    n = 0
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        n += 1
        if expected_id is not None and entry.id != expected_id:
            return ChainReport(n, False, entry.id, f"entry {expected_id} is missing")
        if entry.prev_hash != prev:
            return ChainReport(n, False, entry.id, "does not link to the entry before it")
        if entry.entry_hash != entry_digest(prev, entry):
            return ChainReport(n, False, entry.id, "content was changed after it was written")
        prev = entry.entry_hash
        expected_id = entry.id + 1
    return ChainReport(n, True)
