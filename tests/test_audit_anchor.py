"""The audit chain anchored outside the database (issue #20 item 3).

The attacker here edits the database file with sqlite3 — with the database key,
since the file is encrypted — but has not got the anchor key, which lives in
the credential store beside it. Every class of edit is tried: edit, delete,
truncate (last one, last three, all), renumber, append and re-chain with the
app's own digest function.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from tests_support import kam_cli

from kam.app import AppContext, bootstrap
from kam.model import AuditEntry
from kam.services import audit
from kam.store import anchor, dbkey
from kam.store.backups import auto_backup, restore
from kam.store.db import connect_file


class MemoryKeyring(KeyringBackend):
    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def chained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    ring = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(ring)
    monkeypatch.delenv("KAM_DB_KEY")
    dbkey._session.clear()
    anchor._keys.clear()
    ctx = bootstrap(str(tmp_path / "kam.sqlite3"))
    acc = ctx.services.accounts.create(name_en="A").id
    for _ in range(3):
        ctx.services.accounts.delete(acc)
        ctx.services.accounts.restore(acc)
    yield ctx
    ctx.close()
    keyring.set_keyring(previous)


def _verify(ctx: AppContext) -> audit.ChainReport:
    with ctx.sessions() as s:
        return audit.verify(s)


def _tamper(ctx: AppContext, edit: Callable[[Any], None]) -> None:
    """Edit the file directly (foreign keys off, no kam code), as someone with sqlite3 would."""
    ctx.engine.dispose()
    assert ctx.path is not None
    conn = connect_file(ctx.path, ctx.db_key)
    edit(conn)
    conn.commit()
    conn.close()


def _rechained(edit: Callable[[Any], None]) -> Callable[[Any], None]:
    """Make an edit, then recompute every hash with the app's own digest function, as someone with the
    source code and sqlite3 would (what a hash chain alone cannot stop); the MACs stay as they were."""

    def attack(conn: Any) -> None:
        import datetime as dt
        import json

        edit(conn)
        rows = conn.execute("SELECT id, at, user_id, username, action, entity, entity_id, details FROM audit_log "
                            "ORDER BY id").fetchall()
        prev = audit.GENESIS
        for r in rows:
            e = AuditEntry(id=r[0], at=dt.datetime.fromisoformat(str(r[1])).replace(tzinfo=dt.UTC), user_id=r[2], username=r[3],
                           action=r[4], entity=r[5], entity_id=r[6], details=json.loads(r[7]) if r[7] else None)
            digest = audit.entry_digest(prev, e)
            conn.execute("UPDATE audit_log SET prev_hash = ?, entry_hash = ? WHERE id = ?", (prev, digest, r[0]))
            prev = digest

    return attack


ATTACKS: dict[str, Callable[[Any], None]] = {
    "delete the last entry": lambda c: c.execute("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)"),
    "delete the last three": lambda c: c.execute("DELETE FROM audit_log WHERE id > (SELECT max(id) - 3 FROM "
                                                 "audit_log)"),
    "delete every entry": lambda c: c.execute("DELETE FROM audit_log"),
    "edit and re-chain": _rechained(lambda c: c.execute("UPDATE audit_log SET username = 'mallory' WHERE id = 3")),
    "delete one and renumber": _rechained(lambda c: (c.execute("DELETE FROM audit_log WHERE id = 2"),
                                                     c.execute("UPDATE audit_log SET id = id - 1 WHERE id > 2"))),
    "append a forged entry": _rechained(lambda c: c.execute(
        "INSERT INTO audit_log (id, at, username, action, mac) SELECT max(id) + 1, max(at), 'mallory', "
        "'account.delete', max(mac) FROM audit_log")),
    "append an entry without a MAC": _rechained(lambda c: c.execute(
        "INSERT INTO audit_log (id, at, username, action) SELECT max(id) + 1, max(at), 'mallory', "
        "'account.delete' FROM audit_log")),
}


def test_the_rechaining_attack_reproduces_the_apps_digests(chained: AppContext) -> None:
    """(else the attacks below would prove nothing about the MAC)"""
    with chained.sessions() as s:
        before = [e.entry_hash for e in s.query(AuditEntry).order_by(AuditEntry.id)]
    _tamper(chained, _rechained(lambda c: None))
    with chained.sessions() as s:
        assert [e.entry_hash for e in s.query(AuditEntry).order_by(AuditEntry.id)] == before
    assert _verify(chained).ok


def test_an_intact_chain_is_anchored_and_verifies(chained: AppContext) -> None:
    report = _verify(chained)
    assert report.ok
    assert report.anchored
    assert report.entries == 6
    with chained.sessions() as s:
        assert all(e.mac for e in s.query(AuditEntry))


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_every_edit_made_without_the_anchor_key_is_detected(chained: AppContext, attack: str) -> None:
    _tamper(chained, ATTACKS[attack])
    report = _verify(chained)
    assert not report.ok, attack
    assert report.reason


def test_deleting_the_head_file_too_does_not_hide_a_truncation(chained: AppContext) -> None:
    assert chained.path is not None
    anchor.head_path(chained.path).unlink()
    _tamper(chained, ATTACKS["delete the last three"])
    report = _verify(chained)
    assert not report.ok
    assert "credential store" in (report.reason or "")


def test_a_forged_head_file_is_reported(chained: AppContext) -> None:
    assert chained.path is not None
    anchor.head_path(chained.path).write_text('{"entries": 3, "last_mac": "00", "seal": "00"}')
    report = _verify(chained)
    assert not report.ok
    assert "altered" in (report.reason or "")


def test_a_restore_moves_the_head_to_the_restored_chain(chained: AppContext) -> None:
    assert chained.path is not None
    saved = auto_backup(chained.path, key=chained.db_key)
    assert saved is not None
    chained.services.accounts.create(name_en="B")  # one more entry after the backup
    chained.close()
    restore(chained.path, saved, chained.db_key)
    ctx = bootstrap(str(chained.path))
    assert _verify(ctx).ok
    ctx.close()


def test_an_older_chain_is_anchored_once_and_that_is_audited(chained: AppContext) -> None:
    assert chained.path is not None
    _tamper(chained, lambda c: c.execute("UPDATE audit_log SET mac = NULL"))  # as before this version
    anchor.clear_head(chained.path)
    res = kam_cli("--db", str(chained.path), "audit", "verify", cwd=chained.path.parent,
                  env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
                       "KAM_DB_KEY": chained.db_key.secret})  # type: ignore[union-attr]
    # (another process has another credential store here: its anchor key is derived from KAM_DB_KEY)
    assert res.returncode == 0, res.stderr
    assert "anchored" in res.stderr
    assert "7 entries" in res.stdout
    res = kam_cli("--db", str(chained.path), "audit", "list", "--json", cwd=chained.path.parent,
                  env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
                       "KAM_DB_KEY": chained.db_key.secret})  # type: ignore[union-attr]
    assert '"audit.anchor"' in res.stdout


def test_with_kam_db_key_the_anchor_key_is_derived_and_follows_a_rekey(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "kam.sqlite3"
    assert kam_cli("--db", str(db), "init", cwd=tmp_path).returncode == 0
    assert kam_cli("--db", str(db), "demo", cwd=tmp_path).returncode == 0
    assert kam_cli("--db", str(db), "audit", "verify", cwd=tmp_path).returncode == 0
    new = "cd" * 32
    res = kam_cli("--db", str(db), "rekey", cwd=tmp_path, env={"KAM_DB_NEW_KEY": new})
    assert res.returncode == 0, res.stderr
    res = kam_cli("--db", str(db), "audit", "verify", cwd=tmp_path, env={"KAM_DB_KEY": new})
    assert res.returncode == 0, res.stderr
    _ = monkeypatch


def test_an_older_head_put_back_with_a_cut_chain_is_found_by_a_newer_backup(ctx: AppContext) -> None:
    """Without a credential store (KAM_DB_KEY automation) the head file is the only head: an attacker who
    kept an old copy of it, cuts the chain back to match and puts the old head back is caught by any
    backup made since (each backup carries the anchored chain as it was)."""
    assert ctx.path is not None
    acc = ctx.services.accounts.create(name_en="A").id
    ctx.services.accounts.delete(acc)
    ctx.services.accounts.restore(acc)
    old_head = anchor.head_path(ctx.path).read_bytes()  # 2 entries
    for _ in range(2):
        ctx.services.accounts.delete(acc)
        ctx.services.accounts.restore(acc)
    assert auto_backup(ctx.path, key=ctx.db_key) is not None  # a backup holding all 6 entries
    assert _verify(ctx).ok
    _tamper(ctx, lambda c: c.execute("DELETE FROM audit_log WHERE id > 2"))
    anchor.head_path(ctx.path).write_bytes(old_head)
    report = _verify(ctx)
    assert not report.ok
    assert "backup" in (report.reason or "")
    assert "cut" in (report.reason or "")
