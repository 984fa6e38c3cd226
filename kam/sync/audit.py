"""A laptop's audit trail appended on the team server, and its verification there.

The server keeps one chain per laptop replica (``sync_audit``: origin = the laptop's client id, seq = the entry's
number on the laptop), each entry exactly as the laptop hashed it, with the laptop's MAC — so the server checks
the links and hashes without any key, and the laptop (which holds its anchor key) can check the MACs of the
server's copy. Entries are never re-linked or re-hashed.

Each append is one server transaction: under an advisory lock on the origin it reads how far the server's copy
goes, checks that its last entry is the laptop's entry of that number (else the laptop's chain was rewritten or
restored from an older backup: nothing is appended, the sync says so), inserts the entries after it, and records
the append in the server's own audit chain (origin, last number, last hash) — so cutting or rewriting a laptop's
chain on the server afterwards also breaks that record. A run cut off before the commit appends nothing; one cut
off after it finds the entries there and sends only the rest: nothing is appended twice.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine, insert, select, text
from sqlalchemy.orm import Session

from kam.i18n import _
from kam.model import AuditEntry, SyncAudit
from kam.model.base import table_of
from kam.services import audit
from kam.services.audit import APPEND_ACTION, verify_replicas
from kam.services.base import Actor

CHUNK = 500
audit_t = table_of(SyncAudit)


def push(local_engine: Engine, server: Engine, client_id: str,
         step: Callable[[str], None] = lambda where: None) -> tuple[int, list[str]]:
    """Append the laptop's audit entries the server lacks; (entries appended, warnings)."""
    sent = 0
    while True:
        with server.begin() as sc:
            sc.execute(text("SELECT pg_advisory_xact_lock(hashtext(:o))"), {"o": client_id})
            last = sc.execute(select(audit_t.c.seq, audit_t.c.entry_hash).where(audit_t.c.origin == client_id)
                              .order_by(audit_t.c.seq.desc()).limit(1)).first()
            upto = int(last.seq) if last is not None else 0
            with Session(local_engine) as ls:
                if last is not None:
                    mine = ls.scalar(select(AuditEntry.entry_hash).where(AuditEntry.id == upto))
                    if mine != last.entry_hash:
                        return sent, [_("this laptop's audit trail no longer continues the copy on the server "
                                        "(entry {n} differs: rewritten, or restored from an older backup); "
                                        "nothing more of it was appended").format(n=upto)]
                entries = list(ls.scalars(select(AuditEntry).where(AuditEntry.id > upto)
                                          .order_by(AuditEntry.id).limit(CHUNK)))
            if not entries:
                return sent, []
            me = sc.execute(text("SELECT session_user, kam_me()")).one()
            sc.execute(insert(audit_t), [{
                "origin": client_id, "seq": e.id, "uploaded_by": me[0], "at": e.at.isoformat(),
                "user_id": e.user_id, "username": e.username, "action": e.action, "entity": e.entity,
                "entity_id": e.entity_id, "details": e.details, "prev_hash": e.prev_hash,
                "entry_hash": e.entry_hash, "mac": e.mac} for e in entries])
            with Session(bind=sc) as ss:
                audit.record(ss, Actor(me[1], me[0]), APPEND_ACTION, "replica", None, origin=client_id,
                             first=entries[0].id, upto=entries[-1].id, head=entries[-1].entry_hash)
                ss.flush()
            step("audit-append")  # inside the server transaction, before it commits
        sent += len(entries)
        step("audit-committed")



def check_copy(local_engine: Engine, server: Engine, client_id: str) -> list[int]:
    """The numbers of this laptop's entries whose copy on the server differs from the laptop's entry, or whose
    MAC does not hold under the laptop's anchor key (which the server never has): what the server's own check,
    hashes only, cannot see. Empty: the server's copy is the laptop's chain."""
    from kam.store.anchor import mac

    with server.connect() as sc:
        there = {r.seq: (r.entry_hash, r.mac) for r in sc.execute(
            select(audit_t.c.seq, audit_t.c.entry_hash, audit_t.c.mac).where(audit_t.c.origin == client_id))}
    with Session(local_engine) as ls:
        anchored = audit._anchor_of(ls)
        here = {e.id: (e.entry_hash, e.mac) for e in ls.scalars(select(AuditEntry).where(
            AuditEntry.id.in_(list(there))))} if there else {}
    def holds(entry_hash: str | None, entry_mac: str | None) -> bool:
        return anchored is None or entry_mac is None or entry_mac == mac(anchored[1], entry_hash or "")

    return [seq for seq, copy in sorted(there.items()) if here.get(seq) != copy or not holds(*copy)]


__all__ = ["APPEND_ACTION", "check_copy", "push", "verify_replicas"]
