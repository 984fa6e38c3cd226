"""A laptop's audit trail appended on the team server by the sync (issue 18 item 3): entries made offline reach
the server, both sides verify, a tampered entry is found, an interrupted sync appends nothing twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import DBAPIError
from test_sync import _Cut, _cut_at, first_sync, laptop, team  # noqa: F401  (the team server fixture)
from tests_support import kam_cli

from kam.model import AuditEntry, SyncAudit
from kam.services import audit
from kam.sync import engine as sync
from kam.sync import local
from kam.sync.audit import APPEND_ACTION, check_copy


def offline_entries(ctx: Any, n: int) -> None:
    with ctx.sessions.begin() as s:
        for i in range(n):
            audit.record(s, ctx.actor, "test.offline", "people", i, note=f"在飞机上 {i}")


def local_count(ctx: Any) -> int:
    with ctx.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def server_rows(admin: Any, origin: str) -> list[SyncAudit]:
    with admin.sessions() as s:
        rows = list(s.scalars(select(SyncAudit).where(SyncAudit.origin == origin).order_by(SyncAudit.seq)))
        s.expunge_all()
        return rows


def client_id(ctx: Any) -> str:
    with ctx.engine.connect() as c:
        st = local.state(c)
    assert st is not None
    return str(st["client_id"])


def verify(ctx: Any) -> audit.ChainReport:
    with ctx.sessions() as s:
        return audit.verify(s)


def test_offline_audit_entries_are_appended_on_the_server_once_and_verified(team, tmp_path: Path) -> None:  # noqa: F811
    lap = laptop(tmp_path, "li")
    offline_entries(lap, 3)
    first_sync(lap, team, "li.na")
    origin, admin = client_id(lap), team["login"]("admin")
    n = local_count(lap)
    rows = server_rows(admin, origin)
    assert [r.seq for r in rows] == list(range(1, n + 1))
    with lap.sessions() as s:  # exactly as the laptop wrote and hashed them, its MACs included
        mine = list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))
        assert [(r.entry_hash, r.mac, r.action) for r in rows] == [(e.entry_hash, e.mac, e.action) for e in mine]
    assert sum(r.action == "test.offline" for r in rows) == 3
    assert {r.uploaded_by for r in rows} == {"li.na"}
    assert verify(lap).ok
    report = verify(admin)
    assert report.ok, report.reason
    assert report.replicas == n

    # nothing new: nothing appended; a new offline entry: just that one
    assert sync.sync(lap.engine, team["server"]("li.na")).audit_appended == 0
    offline_entries(lap, 1)
    assert sync.sync(lap.engine, team["server"]("li.na")).audit_appended == 1

    # cut inside the server transaction: nothing appended; after its commit: the next run sends nothing again
    offline_entries(lap, 2)
    with pytest.raises(_Cut):
        sync.sync(lap.engine, team["server"]("li.na"), hook=_cut_at("audit-append"))
    assert len(server_rows(admin, origin)) == local_count(lap) - 2
    with pytest.raises(_Cut):
        sync.sync(lap.engine, team["server"]("li.na"), hook=_cut_at("audit-committed"))
    assert len(server_rows(admin, origin)) == local_count(lap)
    assert sync.sync(lap.engine, team["server"]("li.na")).audit_appended == 0
    rows = server_rows(admin, origin)
    assert [r.seq for r in rows] == list(range(1, local_count(lap) + 1))  # no gap, no duplicate
    with admin.sessions() as s:  # each append is in the server's own chain, with the head it reached
        heads = [d["upto"] for d in s.scalars(select(AuditEntry.details).where(AuditEntry.action == APPEND_ACTION))]
    assert heads[-1] == local_count(lap)
    assert verify(admin).ok
    assert verify(lap).ok

    # the laptop's entries are private: another KAM sees none of them
    with team["login"]("zhang.wei").sessions() as s:
        assert s.scalar(select(func.count()).select_from(SyncAudit)) == 0
    lap.close()


def test_a_laptop_entry_changed_or_cut_on_the_server_is_found(team, tmp_path: Path) -> None:  # noqa: F811
    lap = laptop(tmp_path, "li")
    offline_entries(lap, 4)
    first_sync(lap, team, "li.na")
    origin, admin = client_id(lap), team["login"]("admin")
    assert verify(admin).ok
    assert check_copy(lap.engine, team["server"]("li.na"), origin) == []
    owner = create_engine(team["admin_url"])
    try:
        with owner.begin() as c:  # the database's owner edits an entry (no kam role may)
            c.execute(text("UPDATE sync_audit SET details = CAST(:d AS json) WHERE origin = :o AND seq = 2"),
                      {"d": '{"note": "改过"}', "o": origin})
        report = verify(admin)
        assert not report.ok
        assert origin in (report.reason or "")
        assert "changed" in (report.reason or "")
        with owner.begin() as c:  # the changed entry taken out: a gap
            c.execute(text("DELETE FROM sync_audit WHERE origin = :o AND seq = 2"), {"o": origin})
        assert "missing" in (verify(admin).reason or "")
        last = max(r.seq for r in server_rows(admin, origin))
        with owner.begin() as c:  # the chain's end cut off: it no longer reaches the head the server recorded
            c.execute(text("DELETE FROM sync_audit WHERE origin = :o AND seq >= 2"), {"o": origin})
        report = verify(admin)
        assert not report.ok
        assert "cut or rewritten" in (report.reason or "")
        assert last > 2
        with owner.begin() as c:  # the server's copy of an entry's MAC changed: only the laptop can tell
            c.execute(text("UPDATE sync_audit SET mac = repeat('0', 64) WHERE origin = :o AND seq = 1"),
                      {"o": origin})
        assert check_copy(lap.engine, team["server"]("li.na"), origin) == [1]
    finally:
        owner.dispose()
    with pytest.raises(DBAPIError, match="permission denied"), team["server"]("li.na").begin() as c:
        c.execute(text("UPDATE sync_audit SET action = 'x' WHERE origin = :o"), {"o": origin})
    lap.close()


@pytest.mark.parametrize("where", ["audit-append", "audit-committed"])
def test_a_sync_killed_while_appending_the_audit_trail_appends_it_once(team, tmp_path: Path, where: str) -> None:  # noqa: F811
    """`python -m kam sync` SIGKILLed inside the append's server transaction, or just after its commit; the next
    sync completes it: every laptop entry once on the server, both chains verify."""
    path = tmp_path / "li.sqlite3"
    lap = laptop(tmp_path, "li")
    offline_entries(lap, 3)
    lap.close()
    url = team["urls"]["li.na"]
    proc = subprocess.Popen([sys.executable, "-m", "kam", "--db", str(path), "sync", "--server", url],
                            cwd=tmp_path, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                            env=dict(os.environ) | {"KAM_SYNC_TRACE": "0.02", "KAM_SYNC_BATCH_ROWS": "4"})
    assert proc.stderr is not None
    killed = False
    for line in proc.stderr:
        if line.strip() == f"sync-step {where}":
            os.kill(proc.pid, signal.SIGKILL)
            killed = True
            break
    proc.wait(timeout=120)
    proc.stderr.close()
    assert killed
    res = kam_cli("--db", str(path), "sync", "--server", url, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    lap = laptop(tmp_path, "li")
    admin = team["login"]("admin")
    rows = server_rows(admin, client_id(lap))
    assert [r.seq for r in rows] == list(range(1, local_count(lap) + 1))
    assert verify(admin).ok
    assert verify(lap).ok
    lap.close()
