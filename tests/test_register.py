"""The IP register: per-field AES-GCM, passphrase-wrapped key, locking, attachments, audit."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select
from tests_support import GROUP, account_id, kam_cli

from kam.errors import UserError
from kam.model import AuditEntry, RegisterAttachment, RegisterItem
from kam.security import register as crypto
from kam.security.register import RegisterLocked, RegisterVault, TamperedContent, WrongPassphrase

BOTH_BACKENDS = True  # every test here runs on SQLCipher and on PostgreSQL

PASS = "register passphrase"


@pytest.fixture
def reg(ctx):  # type: ignore[no-untyped-def]
    aid = ctx.services.accounts.create(name_zh="华东精密", ka_type="economic").id
    ctx.services.register.set_up(PASS)
    item = ctx.services.register.add_item(aid, "IP-1", "总装图 A3-123", description="公差 ±0.01",
                                          notes="只给王工看", return_due=dt.date.today() + dt.timedelta(days=5)).id
    return ctx, aid, item


def test_content_is_encrypted_per_field_and_opening_is_audited(reg) -> None:  # type: ignore[no-untyped-def]
    ctx, aid, item = reg
    with ctx.sessions() as s:
        row = s.get(RegisterItem, item)
        assert row.title[:1] == crypto.SEALED_GID
        assert "总装图".encode() not in row.title
        assert row.storage_location is None
    assert ctx.services.register.open_item(item)["description"] == "公差 ±0.01"
    with ctx.sessions() as s:
        actions = s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions[-3:] == ["register.passphrase_set", "register.create", "register.view"]


def test_locked_register_shows_metadata_only_and_nothing_crashes(reg) -> None:  # type: ignore[no-untyped-def]
    ctx, aid, item = reg
    ctx.services.register.lock()
    rows = ctx.services.register.items(aid)
    assert rows[0]["reference"] == "IP-1"
    assert rows[0]["title"] is None
    assert rows[0]["return_due"]
    with pytest.raises(RegisterLocked):
        ctx.services.register.open_item(item)
    with pytest.raises(RegisterLocked):
        ctx.services.register.add_item(aid, "IP-2", "x")
    due = [r for r in ctx.services.dossier.reminders() if r.kind == "register"]
    assert [r.account_id for r in due] == [aid]  # due-back reminders come from metadata
    pdf = ctx.services.reports.brief(aid, include_confidential=True, reason="test")
    assert pdf.startswith(b"%PDF")  # prints a lock instead of the title


def test_wrong_passphrase_and_passphrase_change(reg) -> None:  # type: ignore[no-untyped-def]
    ctx, aid, item = reg
    ctx.services.register.lock()
    with pytest.raises(WrongPassphrase):
        ctx.services.register.unlock("not it at all")
    with ctx.sessions() as s:
        before = s.get(RegisterItem, item).description
    ctx.services.register.change_passphrase(PASS, "a brand new one")
    with ctx.sessions() as s:
        assert s.get(RegisterItem, item).description == before  # re-wrapped, not re-encrypted
    ctx.services.register.lock()
    with pytest.raises(WrongPassphrase):
        ctx.services.register.unlock(PASS)
    ctx.services.register.unlock("a brand new one")
    assert ctx.services.register.open_item(item)["title"] == "总装图 A3-123"
    with pytest.raises(UserError, match="at least 8"):
        ctx.services.register.change_passphrase("a brand new one", "short")


def test_ciphertexts_cannot_be_swapped_between_fields_or_rows(reg) -> None:  # type: ignore[no-untyped-def]
    ctx, aid, item = reg
    other = ctx.services.register.add_item(aid, "IP-2", "另一份图纸").id
    with ctx.sessions.begin() as s:
        a, b = s.get(RegisterItem, item), s.get(RegisterItem, other)
        b.notes = a.notes  # someone edits the file: moves a secret to another row
        a.title = a.description  # ... or to another field
    for target in (item, other):
        with pytest.raises(TamperedContent):
            ctx.services.register.open_item(target)


def test_idle_vault_locks_itself() -> None:
    now = [0.0]
    vault = RegisterVault(idle_seconds=300, clock=lambda: now[0])
    seen: list[bool] = []
    vault.on_change(seen.append)
    vault.unlock(b"k" * 32)
    now[0] = 299
    assert vault.key() == b"k" * 32  # use resets the idle time
    now[0] = 598
    assert vault.unlocked
    now[0] = 900
    assert not vault.unlocked
    with pytest.raises(RegisterLocked):
        vault.key()
    assert seen == [True, False]


def test_content_from_before_the_passphrase_is_encrypted_when_one_is_chosen(ctx) -> None:  # type: ignore[no-untyped-def]
    aid = ctx.services.accounts.create(name_zh="旧数据", ka_type="economic").id
    with ctx.sessions.begin() as s:  # an old database: version-0 (plaintext) envelopes
        s.add(RegisterItem(account_id=aid, reference="OLD-1", title=b"\x00old title", notes=b"\x00old notes"))
    ctx.services.register.set_up(PASS)
    with ctx.sessions() as s:
        row = s.scalars(select(RegisterItem)).one()
        assert row.title[:1] == crypto.SEALED_GID
        assert b"old" not in row.title + row.notes
        item = row.id
    assert ctx.services.register.open_item(item)["notes"] == "old notes"


def test_attachments_are_encrypted_hashed_limited_and_checked(reg, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx, aid, item = reg
    drawing = b"%PDF-1.7 drawing " * 1000
    att = ctx.services.register.attach(item, "A3-123.pdf", drawing, "application/pdf").id
    with ctx.sessions() as s:
        row = s.get(RegisterAttachment, att)
        assert row.sha256 == hashlib.sha256(drawing).hexdigest()
        assert row.size == len(drawing)
        assert b"drawing" not in row.content
        assert b"A3-123" not in row.filename
    assert ctx.services.register.open_attachment(att) == ("A3-123.pdf", drawing)
    assert ctx.services.register.attachments(item)[0]["filename"] == "A3-123.pdf"
    ctx.services.register.set_max_attachment_mb(1)
    with pytest.raises(UserError, match="limited to 1 MiB"):
        ctx.services.register.attach(item, "big.bin", b"\0" * (1024 * 1024 + 1))
    with ctx.sessions.begin() as s:  # same ciphertext, but the recorded hash no longer matches
        s.get(RegisterAttachment, att).sha256 = "0" * 64
    with pytest.raises(TamperedContent, match="SHA-256"):
        ctx.services.register.open_attachment(att)
    with ctx.sessions() as s:
        assert "register.view_attachment" in s.scalars(select(AuditEntry.action)).all()


def test_cli_unlock_test(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "r.sqlite3"
    monkeypatch.setenv("KAM_REGISTER_NEW_PASSPHRASE", PASS)
    assert kam_cli("--db", str(db), "register", "set-passphrase", cwd=tmp_path).returncode == 1  # no database yet
    assert not db.exists()  # only init and demo create one
    assert kam_cli("--db", str(db), "init", cwd=tmp_path).returncode == 0
    res = kam_cli("--db", str(db), "register", "set-passphrase", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    monkeypatch.setenv("KAM_REGISTER_PASSPHRASE", PASS)
    ok = kam_cli("--db", str(db), "register", "unlock-test", cwd=tmp_path)
    assert ok.returncode == 0
    assert "ok" in ok.stdout
    monkeypatch.setenv("KAM_REGISTER_PASSPHRASE", "wrong passphrase")
    bad = kam_cli("--db", str(db), "register", "unlock-test", cwd=tmp_path)
    assert bad.returncode == 1
    assert "wrong register passphrase" in bad.stderr
    monkeypatch.delenv("KAM_REGISTER_PASSPHRASE")
    none = kam_cli("--db", str(db), "register", "unlock-test", cwd=tmp_path)
    assert none.returncode == 1
    assert "KAM_REGISTER_PASSPHRASE" in none.stderr


def test_register_section_locks_unlocks_and_clears_the_clipboard(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    from kam.demo import DEMO_REGISTER_PASSPHRASE
    from ui import register as ui_register

    section = window.register
    window.open_account(account_id(window.services, GROUP))
    window.show_section("register")
    services = window.services
    assert not services.register.unlocked
    assert section.model.rowCount() > 0
    assert section.model.data(section.model.index(0, 1)) == section.locked_text
    monkeypatch.setattr(ui_register, "ask_secret", lambda *a, **k: DEMO_REGISTER_PASSPHRASE)
    section.table.selectRow(0)
    section.open_item()  # asks for the passphrase, then shows the content (recorded, see conftest)
    assert services.register.unlocked
    assert section.model.data(section.model.index(0, 1)) != section.locked_text
    section.guard.seconds = 0
    section.guard.copy("总装图 secret")
    assert QGuiApplication.clipboard().text() == "总装图 secret"
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=2000)
    services.vault.idle_seconds = 0.001  # idle: the watcher locks and hides the titles
    qtbot.waitUntil(lambda: section.model.data(section.model.index(0, 1)) == section.locked_text, timeout=3000)
    services.vault.idle_seconds = 300


def test_session_lock_message_is_recognised() -> None:
    from ui.session_lock import WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, is_session_lock

    assert is_session_lock(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    assert not is_session_lock(WM_WTSSESSION_CHANGE, 0x8)  # unlock
    assert not is_session_lock(0x0010, WTS_SESSION_LOCK)


def test_removing_an_item_or_attachment_is_audited_and_leaves_nothing(reg) -> None:  # type: ignore[no-untyped-def]
    ctx, aid, item = reg
    reg_sv = ctx.services.register
    att = reg_sv.attach(item, "drawing.pdf", b"%PDF drawing").id
    reg_sv.remove_attachment(att)
    assert reg_sv.attachments(item) == []
    reg_sv.attach(item, "spec.pdf", b"%PDF spec")
    reg_sv.remove_item(item)
    assert reg_sv.items(aid) == []
    with ctx.sessions() as s:
        assert s.scalars(select(RegisterAttachment)).all() == []
        actions = s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions[-3:] == ["register.detach", "register.attach", "register.remove"]


def test_an_item_is_overdue_only_while_we_still_hold_it(reg) -> None:  # type: ignore[no-untyped-def]
    ctx, aid, item = reg
    with ctx.sessions() as s, s.begin():
        s.get(RegisterItem, item).return_due = dt.date.today() - dt.timedelta(days=1)
    assert [r["overdue"] for r in ctx.services.register.items(aid)] == [True]
    with ctx.sessions() as s, s.begin():
        s.get(RegisterItem, item).status = "returned"
    assert [r["overdue"] for r in ctx.services.register.items(aid)] == [False]


def _actions(ctx) -> list[str]:  # type: ignore[no-untyped-def]
    with ctx.sessions() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all())


def test_edit_an_item_reseals_content_and_undoes_with_the_previous_values(reg) -> None:  # type: ignore[no-untyped-def]
    ctx, aid, item = reg
    r = ctx.services.register
    before = r.open_item(item)
    previous = r.update_item(item, title="总装图 A3-124", storage_location="保险柜 2", kind="specification",
                             agreement_ref="NDA-7", description="公差 ±0.01")
    assert previous == {"title": "总装图 A3-123",
                        "storage_location": None, "kind": "drawing", "agreement_ref": None}
    assert _actions(ctx)[-1] == "register.update"
    with ctx.sessions() as s:
        row = s.get(RegisterItem, item)
        assert "保险柜".encode() not in row.storage_location
        assert row.kind == "specification"
    assert r.open_item(item)["storage_location"] == "保险柜 2"
    r.update_item(item, **previous)
    assert r.open_item(item) == before
    assert r.items(aid)[0]["kind"] == "drawing"
    # a refusal names the field and changes nothing
    for bad in ({"title": ""}, {"kind": "poem"}, {"return_due": dt.date(2000, 1, 1), "received_on": dt.date(2001, 1, 1)},
                {"customer_owner_id": 999999}, {"colour": "red"}):
        with pytest.raises(UserError):
            r.update_item(item, **bad)
    assert r.open_item(item) == before
    owner = ctx.services.people.create(aid, name="王强").id
    elsewhere = ctx.services.people.create(ctx.services.accounts.create(name_en="Other").id, name="赵六").id
    assert r.update_item(item, customer_owner_id=owner) == {"customer_owner_id": None}
    with pytest.raises(UserError):
        r.update_item(item, customer_owner_id=elsewhere)  # only a person of the item's own account
    assert r.items(aid)[0]["customer_owner_id"] == owner
    audited = len(_actions(ctx))
    assert r.update_item(item, customer_owner_id=owner) == {}  # nothing changed: nothing audited
    assert len(_actions(ctx)) == audited
    r.lock()
    with pytest.raises(RegisterLocked):
        r.update_item(item, notes="x")
    r.update_item(item, agreement_ref="NDA-8")  # metadata stays editable while locked
    assert r.items(aid)[0]["agreement_ref"] == "NDA-8"


def test_mark_returned_or_destroyed_with_the_date_and_reopen(reg) -> None:  # type: ignore[no-untyped-def]
    ctx, aid, item = reg
    r = ctx.services.register
    today = dt.date.today()
    with pytest.raises(UserError):
        r.close_item(item, "returned", today + dt.timedelta(days=1))
    with pytest.raises(UserError):
        r.close_item(item, "held", today)
    r.close_item(item, "returned", today)
    row = r.items(aid)[0]
    assert (row["status"], row["closed_on"], row["overdue"]) == ("returned", today, False)
    with ctx.sessions() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert last.action == "register.returned"
        assert last.username == ctx.services.register.actor.username
    assert not [x for x in ctx.services.dossier.reminders() if x.kind == "register"]
    with pytest.raises(UserError):
        r.close_item(item, "destroyed", today)  # already closed
    r.reopen_item(item, "held")
    row = r.items(aid)[0]
    assert (row["status"], row["closed_on"]) == ("held", None)
    with pytest.raises(UserError):
        r.reopen_item(item)  # not closed
    r.close_item(item, "destroyed", today)
    assert r.items(aid)[0]["status"] == "destroyed"
    assert _actions(ctx)[-3:] == ["register.returned", "register.reopen", "register.destroyed"]


def test_access_list_is_set_audited_and_restored(reg) -> None:  # type: ignore[no-untyped-def]
    ctx, aid, item = reg
    r = ctx.services.register
    a = ctx.services.users.create("li.na", "李娜").id
    b = ctx.services.users.create("chen.wei", "陈伟").id
    start = r.access(item)
    previous = r.set_access(item, [b, a, a])
    assert previous == start
    assert r.access(item) == sorted([a, b])
    assert _actions(ctx)[-1] == "register.access"
    with pytest.raises(UserError):
        r.set_access(item, [a, 999999])
    assert r.access(item) == sorted([a, b])
    r.set_access(item, previous)
    assert r.access(item) == start


def test_an_item_moved_to_the_trash_leaves_register_prints_exports_and_comes_back(reg) -> None:  # type: ignore[no-untyped-def]
    from kam.errors import NotFound

    ctx, aid, item = reg
    sv = ctx.services
    other = sv.register.add_item(aid, "IP-2", "工艺卡").id
    sv.register.delete_item(item)
    assert [r["reference"] for r in sv.register.items(aid)] == ["IP-2"]
    assert [(i, ref) for i, ref, _t in sv.dossier.trash()["register_items"]] == [(item, "IP-1")]
    assert not [r for r in sv.dossier.reminders() if r.kind == "register"]  # IP-1 was due back in 5 days
    with ctx.sessions() as s:
        assert s.get(RegisterItem, item).title  # kept, sealed, in the trash
    data = sv.transfer.export_data(aid, include_confidential=True, reason="test")
    assert [r["reference"] for r in data["tables"]["register_items"]] == ["IP-2"]
    facts = sv.reports.account_facts(aid, lang="en", confidential=True)
    assert [line.reference for line in facts.register] == ["IP-2"]
    for edit in (lambda: sv.register.update_item(item, title="x"), lambda: sv.register.open_item(item),
                 lambda: sv.register.close_item(item, "returned", dt.date.today()),
                 lambda: sv.register.set_access(item, []), lambda: sv.register.delete_item(item)):
        with pytest.raises(NotFound, match="IP-1 is in the trash"):
            edit()
    sv.register.restore_item(item)
    assert [r["reference"] for r in sv.register.items(aid)] == ["IP-1", "IP-2"]
    assert sv.register.open_item(item)["title"] == "总装图 A3-123"
    assert sv.dossier.trash()["register_items"] == []
    with pytest.raises(NotFound):
        sv.register.restore_item(other)  # not in the trash
    with ctx.sessions() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == item)
                            .order_by(AuditEntry.id)).all()
    assert {"register.delete", "register.restore"} <= set(actions)


def test_content_sealed_under_row_ids_is_sealed_again_under_global_ids_at_unlock(reg) -> None:  # type: ignore[no-untyped-def]
    """Envelopes from before the sync (version 1, bound to the row id) still open, and the next unlock seals them
    again bound to the row's global id (never in clear); the version byte cannot be turned back."""
    ctx, aid, item = reg
    key = ctx.services.vault.key()
    att = ctx.services.register.attach(item, "a.pdf", b"%PDF old drawing").id
    with ctx.sessions.begin() as s:  # as an older kam wrote them
        row = s.get(RegisterItem, item)
        row.title = crypto.seal(key, "总装图 A3-123".encode(), crypto.aad("register_items", item, "title"))
        a = s.get(RegisterAttachment, att)
        a.content = crypto.seal(key, b"%PDF old drawing", crypto.aad("register_attachments", att, "content"))
        version = row.version
    assert ctx.services.register.open_item(item)["title"] == "总装图 A3-123"  # version 1 opens where written
    ctx.services.register.lock()
    ctx.services.register.unlock(PASS)
    with ctx.sessions() as s:
        row = s.get(RegisterItem, item)
        assert row.title[:1] == crypto.SEALED_GID
        assert row.version == version
        assert s.get(RegisterAttachment, att).content[:1] == crypto.SEALED_GID
        assert "register.reseal" in s.scalars(select(AuditEntry.action)).all()
        gid, title = row.gid, row.title
    assert ctx.services.register.open_item(item)["title"] == "总装图 A3-123"
    assert ctx.services.register.open_attachment(att)[1] == b"%PDF old drawing"
    assert crypto.unseal_row(key, title, "register_items", 999, gid, "title") == "总装图 A3-123".encode()
    with pytest.raises(TamperedContent):  # bound to the global id: another row's id does not open it
        crypto.unseal_row(key, title, "register_items", item, "another-gid", "title")
    with pytest.raises(TamperedContent):  # nor does turning it back into a version-1 envelope
        crypto.unseal_row(key, crypto.SEALED_AESGCM + title[1:], "register_items", item, gid, "title")
