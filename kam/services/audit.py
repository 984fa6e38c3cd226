"""The append-only, hash-chained audit trail, anchored outside the database.

Each entry's hash covers its own content and the previous entry's hash, so an
edited, deleted or reordered entry breaks the chain at that point. A hash
chain alone can be recomputed by anyone who can edit the table, so on a
database file each entry also carries a MAC (HMAC-SHA256 of its hash) under
the anchor key, which is not in the database, and the chain's head (count and
last MAC) is recorded outside the table (``kam.store.anchor``). The README's
trust section says which attacker this stops and which it cannot.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, event, func, select, text
from sqlalchemy.orm import Session

from kam.i18n import _
from kam.model import AuditEntry, SyncAudit
from kam.model.base import table_of, utcnow
from kam.services.base import Actor
from kam.store.anchor import mac

GENESIS = "0" * 64
AUDIT_LOCK = 0x6B616D  # "kam": the advisory lock of the audit chain on PostgreSQL


def entry_digest(prev_hash: str, entry: AuditEntry) -> str:
    return payload_digest(prev_hash, {
        "id": entry.id,
        "at": entry.at.isoformat(),
        "user_id": entry.user_id,
        "username": entry.username,
        "action": entry.action,
        "entity": entry.entity,
        "entity_id": entry.entity_id,
        "details": entry.details,
    })


def payload_digest(prev_hash: str, payload: dict[str, Any]) -> str:
    """The hash of an entry given as its hashed fields (``at`` as its ISO text)."""
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
    anchored = _anchor_of(session)
    if anchored is not None:
        db, key = anchored
        entry.mac = mac(key, entry.entry_hash)
        _head_after_commit(session, db, key, entry.id, entry.mac)
    session.add(entry)
    return entry


def _anchor_of(session: Session) -> tuple[Path, bytes] | None:
    """The database file and its anchor key, for a session on a local file whose key can be had."""
    from kam.store.anchor import anchor_key
    from kam.store.db import sqlite_path
    from kam.store.schema import engine_key

    bind = session.get_bind()
    path = sqlite_path(str(bind.engine.url))
    if path is None:
        return None
    key = anchor_key(path, engine_key(bind.engine))
    return (path, key) if key is not None else None


def _head_after_commit(session: Session, db: Path, key: bytes, entries: int, last_mac: str) -> None:
    """Move the recorded head once the entry is committed (never for a rolled-back one)."""
    session.info["kam_audit_head"] = (db, key, entries, last_mac)
    if session.info.get("kam_audit_hooked"):
        return
    session.info["kam_audit_hooked"] = True

    def committed(sess: Session) -> None:
        head = sess.info.pop("kam_audit_head", None)
        if head is not None:
            from kam.store.anchor import write_head

            write_head(*head)

    def rolled_back(sess: Session) -> None:
        sess.info.pop("kam_audit_head", None)

    event.listen(session, "after_commit", committed)
    event.listen(session, "after_rollback", rolled_back)


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
    anchored: bool = True  # False: no anchor key here (a plain database without a credential store)
    replicas: int = 0  # laptop entries checked besides (a team server keeps the laptops' chains: kam.sync.audit)


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
    """The chain (``verify_chain``) and, on a team server, every laptop's chain the sync appended there."""
    import dataclasses

    report = verify_chain(session)
    if not report.ok:
        return report
    replicas = verify_replicas(session.connection())
    if replicas is None or not replicas.entries:
        return report
    if not replicas.ok:
        return dataclasses.replace(replicas, entries=report.entries + replicas.entries)
    return dataclasses.replace(report, replicas=replicas.entries)


APPEND_ACTION = "sync.audit_append"  # a laptop's entries appended on the server (kam.sync.audit)
_HASHED = ("at", "user_id", "username", "action", "entity", "entity_id", "details")


def _hashed(row: Any) -> dict[str, Any]:
    return {"id": row.seq, **{f: getattr(row, f) for f in _HASHED}}


def verify_replicas(conn: Connection) -> ChainReport | None:
    """Every laptop chain on the server: numbered from 1 without a gap, each linked to the one before and hashed
    as written, and reaching every head the server's own chain recorded for it. None: the database keeps none."""
    if conn.dialect.name != "postgresql" or not conn.execute(
            text("SELECT to_regclass('sync_audit') IS NOT NULL")).scalar():
        return None
    heads: dict[str, dict[int, str]] = {}
    for details in conn.scalars(select(table_of(AuditEntry).c.details)
                                .where(table_of(AuditEntry).c.action == APPEND_ACTION)):
        if isinstance(details, dict):
            heads.setdefault(str(details.get("origin")), {})[int(details.get("upto") or 0)] = str(details.get("head"))
    n = 0
    origin: str | None = None
    prev, expected = GENESIS, 1
    seen: dict[str, dict[int, str | None]] = {}
    for row in conn.execute(select(table_of(SyncAudit)).order_by(table_of(SyncAudit).c.origin, table_of(SyncAudit).c.seq)):
        n += 1
        if row.origin != origin:
            origin, prev, expected = row.origin, GENESIS, 1
        where = _("laptop {origin}, entry {n}: ").format(origin=row.origin, n=row.seq)
        if row.seq != expected:
            return ChainReport(n, False, None, where + _("entry {n} is missing").format(n=expected))
        if row.prev_hash != prev:
            return ChainReport(n, False, None, where + _("does not link to the entry before it"))
        if row.entry_hash != payload_digest(prev, _hashed(row)):
            return ChainReport(n, False, None, where + _("content was changed after it was written"))
        seen.setdefault(row.origin, {})[row.seq] = row.entry_hash
        prev, expected = row.entry_hash, row.seq + 1
    for who, recorded in heads.items():
        for upto, head in recorded.items():
            if seen.get(who, {}).get(upto) != head:
                return ChainReport(n, False, None, _("laptop {origin}: the chain was cut or rewritten after entry "
                                                     "{n} was appended").format(origin=who, n=upto))
    return ChainReport(n, True)


def verify_chain(session: Session) -> ChainReport:
    """Walk the chain; report the first entry whose link, hash or MAC does not hold, and a chain
    that no longer reaches its recorded head (deleted or truncated entries)."""
    if _sees_only_own_entries(session):
        from kam.errors import NotAllowed

        raise NotAllowed(_("in team mode each user sees only their own audit entries; an administrator verifies "
                         "the whole chain"))
    anchored = _anchor_of(session)
    key = anchored[1] if anchored else None
    prev = GENESIS
    expected_id: int | None = None
    n = 0
    macs: dict[int, str | None] = {}
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        n += 1
        if expected_id is not None and entry.id != expected_id:
            return ChainReport(n, False, entry.id, _("entry {n} is missing").format(n=expected_id))
        if expected_id is None and entry.id != 1:
            return ChainReport(n, False, entry.id, _("the entries before it are missing"))
        if entry.prev_hash != prev:
            return ChainReport(n, False, entry.id, _("does not link to the entry before it"))
        if entry.entry_hash != entry_digest(prev, entry):
            return ChainReport(n, False, entry.id, _("content was changed after it was written"))
        if key is not None and entry.mac is not None and entry.mac != mac(key, entry.entry_hash):
            return ChainReport(n, False, entry.id, _("its MAC does not match: written or rewritten without the "
                                                     "anchor key"))
        macs[entry.id] = entry.mac
        prev = entry.entry_hash
        expected_id = entry.id + 1
    if anchored is None:
        return ChainReport(n, True, anchored=False)
    return _against_anchors(anchored[0], anchored[1], n, macs)


def _against_anchors(db: Path, key: bytes, n: int, macs: dict[int, str | None]) -> ChainReport:
    from kam.store.anchor import read_heads

    heads, forged = read_heads(db, key)
    if forged:
        return ChainReport(n, False, None, _("the recorded head of the chain ({where}) was altered").format(
            where=", ".join(forged)))
    unkeyed = [i for i, m in macs.items() if m is None]
    if heads and unkeyed:
        return ChainReport(n, False, unkeyed[0], _("entry has no MAC: added without the anchor key"))
    if not heads and macs and not unkeyed:
        return ChainReport(n, False, None, _("the recorded head of the chain is missing (deleted, or the database was moved without "
                                            "its .audit-head file)"))
    for head in heads:
        if head.entries > n:
            return ChainReport(n, False, n + 1, _("the chain was cut: {where} records {expected} entries, the "
                                                  "database holds {n}").format(where=head.where,
                                                                               expected=head.entries, n=n))
        if macs.get(head.entries) != head.last_mac:
            return ChainReport(n, False, head.entries, _("does not match the head recorded in {where}: the chain "
                                                          "was rewritten").format(where=head.where))
    since = max((h.since for h in heads), default="")
    return _against_backups(db, key, n, macs, since) or ChainReport(n, True, anchored=not unkeyed)


def _against_backups(db: Path, key: bytes, n: int, macs: dict[int, str | None], since: str) -> ChainReport | None:
    """Every backup made since the chain was last replaced holds a prefix of it: a chain cut back (with an
    older head file put back) or rewritten since a backup was made is found there."""
    import datetime as dt

    from kam.store.anchor import last_keyed_entry
    from kam.store.convert import backup_files
    from kam.store.dbkey import known_key

    after = dt.datetime.fromisoformat(since).timestamp() if since else None
    db_key = known_key(db)
    for path in backup_files(db):
        try:
            if after is not None and path.stat().st_mtime < after:
                continue
        except OSError:
            continue
        last = last_keyed_entry(path, db_key, key)
        if last is None:
            continue
        entries, last_mac = last
        if entries > n:
            return ChainReport(n, False, n + 1, _("the chain was cut: the backup {name} holds {expected} entries, "
                                                  "the database {n}").format(name=path.name, expected=entries, n=n))
        if macs.get(entries) != last_mac:
            return ChainReport(n, False, entries, _("differs from the backup {name}: the chain was rewritten after "
                                                    "it was made").format(name=path.name))
    return None


def anchor(session: Session, actor: Actor) -> int:
    """Give MACs to entries written before the chain was anchored (an older database, or one restored
    from such a backup), after their hash chain verified; records the re-anchoring itself.

    Returns the number of entries anchored (0: nothing to do, or no anchor key on this computer).
    Raises nothing for a broken chain: it is left for ``kam audit verify`` to report, unanchored.
    """
    # the count first: the usual start (nothing to anchor) asks no credential store for the anchor key
    missing = session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.mac.is_(None))) or 0
    if not missing:
        return 0
    anchored = _anchor_of(session)
    if anchored is None:
        return 0
    db, key = anchored
    from kam.store.anchor import read_heads

    heads, forged = read_heads(db, key)
    if heads or forged:
        return 0  # anchored before: an entry without a MAC was slipped in; verify reports it
    if session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.mac.is_not(None))):
        return 0  # some entries are keyed, the head is gone: not a chain to bless; verify reports it
    if not verify_hashes(session):
        return 0
    for entry in session.scalars(select(AuditEntry).where(AuditEntry.mac.is_(None))):
        entry.mac = mac(key, entry.entry_hash or "")
    record(session, actor, "audit.anchor", None, None, entries=int(missing))
    return int(missing)


def verify_hashes(session: Session) -> bool:
    """The plain hash chain holds (links and contents), whatever the MACs say."""
    prev = GENESIS
    expected = 1
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        if entry.id != expected or entry.prev_hash != prev or entry.entry_hash != entry_digest(prev, entry):
            return False
        prev = entry.entry_hash
        expected += 1
    return True


def reanchor(session: Session, actor: Actor, old_key: bytes, new_key: bytes, db: Path) -> None:
    """After the anchor key changed (a rekey of a database whose anchor key is derived from its key):
    check every MAC under ``old_key`` and re-MAC under ``new_key``; recorded as an audit entry."""
    from kam.errors import UserError
    from kam.store.anchor import write_head

    last = None
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        if entry.mac is not None and entry.mac != mac(old_key, entry.entry_hash or ""):
            raise UserError(_("audit entry {id} does not verify; the chain was not re-anchored").format(id=entry.id))
        entry.mac = mac(new_key, entry.entry_hash or "")
        last = entry
    if last is not None and last.mac is not None:
        write_head(db, new_key, last.id, last.mac)
