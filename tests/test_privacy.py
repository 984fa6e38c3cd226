"""Personal-data rights: export all, erase to an anonymous placeholder; audit commands."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest
from sqlalchemy import select
from tests_support import GROUP, connect_raw, kam_cli

from kam.errors import NotAllowed
from kam.model import PERSONAL_FIELDS, AuditEntry
from kam.vocab import Stance

BOTH_BACKENDS = True  # every test here runs on SQLCipher and on PostgreSQL


@pytest.fixture
def person(ctx):  # type: ignore[no-untyped-def]
    sv = ctx.services
    acc = sv.accounts.create(name_zh="长江重工").id
    boss = sv.people.create(acc, name="赵总").id
    pid = sv.people.create(acc, name="王强", name_latin="Wang Qiang", reports_to_id=boss, stance="opposer",
                           email="wq@example.com", hometown="湖南长沙", personal_note="女儿在读高三",
                           birthday=dt.date(1975, 5, 1), roles=["decision_maker"], influence=5,
                           stance_on=dt.date(2026, 1, 1)).id
    sv.records.log_contact(acc, "2026-03-01", attendee_ids=[pid], purpose="技术交流")
    return ctx, acc, pid, boss


def test_export_holds_everything_and_is_audited(person) -> None:  # type: ignore[no-untyped-def]
    ctx, _acc, pid, _boss = person
    data = ctx.services.privacy.export_person(pid)
    assert data["person"]["personal_note"] == "女儿在读高三"
    assert data["buying_roles"] == ["decision_maker"]
    assert data["stance_history"][0]["to"] == "opposer"
    assert data["contacts"][0]["purpose"] == "技术交流"
    json.dumps(data, ensure_ascii=False)
    with ctx.sessions() as s:
        assert "person.export" in s.scalars(select(AuditEntry.action)).all()


def test_erase_leaves_no_personal_field_but_keeps_the_chart(person) -> None:  # type: ignore[no-untyped-def]
    ctx, acc, pid, boss = person
    ctx.services.privacy.erase_person(pid)
    p = ctx.services.people.get(pid)
    assert all(getattr(p, f) is None for f in PERSONAL_FIELDS)
    assert p.name_latin is None
    assert "王强" not in p.name
    assert p.stance == Stance.UNKNOWN
    assert ctx.services.people.stance_history(pid) == []
    assert p.reports_to_id == boss  # the org chart stays whole
    assert len(ctx.services.dossier.contacts(acc)[0].attendees) == 1
    with pytest.raises(NotAllowed, match="already erased"):
        ctx.services.privacy.erase_person(pid)
    db = ctx.path
    if db is None:  # PostgreSQL: old row versions go with VACUUM (autovacuum); no file of ours to scan
        return
    raw = db.read_bytes() + (db.with_name(db.name + "-wal").read_bytes() if db.with_name(db.name + "-wal").exists() else b"")
    assert "女儿在读高三".encode() not in raw  # secure_delete zeroed the old row; the WAL was checkpointed
    assert "湖南长沙".encode() not in raw
    assert "王强".encode() not in raw  # nor in the name index


def test_cli_audit_verify_list_export_erase(tmp_path, demo_db) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "d.sqlite3"
    shutil.copy(demo_db, db)
    person = json.loads(kam_cli("--db", str(db), "people", GROUP, "--json", cwd=tmp_path).stdout)[0]["id"]
    out = tmp_path / "p.json"
    assert kam_cli("--db", str(db), "person-export", str(person), "--out", str(out), cwd=tmp_path).returncode == 0
    assert json.loads(out.read_text("utf-8"))["person"]["id"] == person
    assert kam_cli("--db", str(db), "person-erase", str(person), cwd=tmp_path).returncode == 0
    ok = kam_cli("--db", str(db), "audit", "verify", cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    listed = json.loads(kam_cli("--db", str(db), "audit", "list", "--json", cwd=tmp_path).stdout)
    assert [e["action"] for e in listed][-2:] == ["person.export", "person.erase"]
    with connect_raw(db) as c:
        c.execute("UPDATE audit_log SET username = 'someone else' WHERE action = 'person.export'")
    bad = kam_cli("--db", str(db), "audit", "verify", cwd=tmp_path)
    assert bad.returncode == 1
    assert "changed after it was written" in bad.stderr
