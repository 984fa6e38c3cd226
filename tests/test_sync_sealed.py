"""The IP register in the laptop ⇄ server sync (issue 18 item 3): items travel still sealed under the team's key,
only to the people the server lets read them, and open on the laptop with the team's register passphrase."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from test_sync import first_sync, laptop, team  # noqa: F401  (the team server fixture)

from kam.model import RegisterAccess, RegisterAttachment, RegisterItem, User
from kam.security import register as crypto
from kam.security.register import TamperedContent
from kam.sync import engine as sync

TEAM_PASS = "team register passphrase"


def items_on(ctx: Any) -> list[str]:
    with ctx.sessions() as s:
        return sorted(s.scalars(select(RegisterItem.reference)))


def user_id(ctx: Any, name: str) -> int:
    with ctx.sessions() as s:
        return int(s.scalars(select(User.id).where(User.username == name)).one())


def test_register_items_travel_sealed_and_only_to_the_access_list(team, tmp_path: Path) -> None:  # noqa: F811
    li, zhang = team["login"]("li.na"), team["login"]("zhang.wei")
    li.services.accounts.add_team_member(team["huawei"], zhang.actor.user_id, "技术支持")
    team["login"]("admin").services.register.set_up(TEAM_PASS)
    li.services.register.unlock(TEAM_PASS)
    item = li.services.register.add_item(team["huawei"], "IP-1", "5G 基站散热图纸", description="公差 ±0.01",
                                         access_user_ids=[li.actor.user_id]).id
    li.services.register.attach(item, "图纸.pdf", b"%PDF-1.7 heat sink")

    zl = laptop(tmp_path, "zhang")  # on the account's team, not on the item's access list
    first_sync(zl, team, "zhang.wei")
    assert "华为技术有限公司" in [a.name for a in zl.services.accounts.rows()]
    assert items_on(zl) == []
    with zl.engine.connect() as c:  # nothing of the item in the laptop's file
        assert c.execute(text("SELECT count(*) FROM register_attachments")).scalar() == 0
        assert c.execute(text("SELECT count(*) FROM register_access")).scalar() == 0

    ll = laptop(tmp_path, "li")
    first_sync(ll, team, "li.na")
    assert items_on(ll) == ["IP-1"]
    with ll.sessions() as s, li.sessions() as srv:  # the very envelopes of the server: never opened on the way
        here = s.scalars(select(RegisterItem)).one()
        there = srv.get(RegisterItem, item)
        assert there is not None
        assert (here.gid, here.title, here.description) == (there.gid, there.title, there.description)
        assert here.title[:1] == crypto.SEALED_GID
        assert "散热".encode() not in here.title
        local_item = here.id
    assert not ll.services.register.unlocked
    ll.services.register.unlock(TEAM_PASS)  # the team's key came down wrapped: the team passphrase opens it
    assert ll.services.register.open_item(local_item)["title"] == "5G 基站散热图纸"
    [att] = ll.services.register.attachments(local_item)
    assert ll.services.register.open_attachment(att["id"]) == ("图纸.pdf", b"%PDF-1.7 heat sink")

    # offline on the laptop: a new item and a changed description go up, sealed, and open on the server
    ll.services.register.update_item(local_item, description="公差 ±0.005")
    huawei = next(a.id for a in ll.services.accounts.rows() if a.name == "华为技术有限公司")
    ll.services.register.add_item(huawei, "IP-2", "密封胶配方 F-7",
                                  access_user_ids=[user_id(ll, "li.na"), user_id(ll, "zhang.wei")])
    result = sync.sync(ll.engine, team["server"]("li.na"))
    assert not result.refused, sync.open_conflicts(ll.engine)
    assert li.services.register.open_item(item)["description"] == "公差 ±0.005"
    [ip2] = [r for r in li.services.register.items(team["huawei"]) if r["reference"] == "IP-2"]
    assert ip2["title"] == "密封胶配方 F-7"

    # zhang is on IP-2's list: it reaches his laptop and opens there; IP-1 still does not
    sync.sync(zl.engine, team["server"]("zhang.wei"))
    assert items_on(zl) == ["IP-2"]
    zl.services.register.unlock(TEAM_PASS)
    with zl.sessions() as s:
        zid = s.scalars(select(RegisterItem.id)).one()
    assert zl.services.register.open_item(zid)["title"] == "密封胶配方 F-7"

    # put on IP-1's list on the server: the (older) item comes down whole at his next sync
    li.services.register.set_access(item, [li.actor.user_id, zhang.actor.user_id])
    sync.sync(zl.engine, team["server"]("zhang.wei"))
    assert items_on(zl) == ["IP-1", "IP-2"]
    with zl.sessions() as s:
        z1 = s.scalars(select(RegisterItem.id).where(RegisterItem.reference == "IP-1")).one()
        assert s.scalar(select(func.count()).select_from(RegisterAttachment)) == 1
    assert zl.services.register.open_item(z1)["description"] == "公差 ±0.005"

    # taken off IP-1's list again: the next sync removes it from his laptop, and says so
    li.services.register.set_access(item, [li.actor.user_id])
    result = sync.sync(zl.engine, team["server"]("zhang.wei"))
    assert items_on(zl) == ["IP-2"]
    assert any("IP-1" in w for w in result.warnings)
    with zl.sessions() as s:
        assert s.scalar(select(func.count()).select_from(RegisterAttachment)) == 0
        assert s.scalar(select(func.count()).select_from(RegisterAccess)) == 2  # IP-2's list
    again = sync.sync(zl.engine, team["server"]("zhang.wei"))
    assert (again.pushed, again.pulled, again.conflicts, again.refused) == (0, 0, 0, 0)
    for ctx in (ll, zl):
        ctx.close()


def test_items_sealed_under_row_ids_wait_on_the_laptop_until_the_register_is_unlocked(team, tmp_path: Path) -> None:  # noqa: F811
    team["login"]("admin").services.register.set_up(TEAM_PASS)
    ll = laptop(tmp_path, "li")
    first_sync(ll, team, "li.na")  # takes the team's wrapped key
    ll.services.register.unlock(TEAM_PASS)
    aid = next(a.id for a in ll.services.accounts.rows() if a.name == "华为技术有限公司")
    item = ll.services.register.add_item(aid, "IP-9", "旧图纸").id
    key = ll.services.vault.key()
    with ll.sessions.begin() as s:  # as a kam from before the sync sealed it: bound to this file's row id
        row = s.get(RegisterItem, item)
        assert row is not None
        row.title = crypto.seal(key, "旧图纸".encode(), crypto.aad("register_items", item, "title"))
    result = sync.sync(ll.engine, team["server"]("li.na"))
    assert not result.refused
    assert any("unlock the register here" in w for w in result.warnings)
    li = team["login"]("li.na")
    assert li.services.register.items(team["huawei"]) == []  # held back: it would not open on the server
    assert sync.counts(ll.engine)[0] >= 1  # still waiting in the outbox
    ll.services.register.lock()
    ll.services.register.unlock(TEAM_PASS)  # sealed again, bound to its global id
    sync.sync(ll.engine, team["server"]("li.na"))
    li.services.register.unlock(TEAM_PASS)
    assert [r["title"] for r in li.services.register.items(team["huawei"])] == ["旧图纸"]
    assert sync.counts(ll.engine) == (0, 0)
    ll.close()


def test_a_laptop_register_with_its_own_key_syncs_once_sealed_again_under_the_team_key(team, tmp_path: Path) -> None:  # noqa: F811
    from kam.sync import sealed

    team["login"]("admin").services.register.set_up(TEAM_PASS)
    li = team["login"]("li.na")
    li.services.register.unlock(TEAM_PASS)
    li.services.register.add_item(team["huawei"], "IP-S", "服务器上的图纸")
    ll = laptop(tmp_path, "li")
    mine = ll.services.accounts.create(name_zh="美的集团", ka_type="economic").id
    ll.services.register.set_up("laptop passphrase")
    local_item = ll.services.register.add_item(mine, "IP-L", "本机图纸", notes="只在本机").id
    result = first_sync(ll, team, "li.na")
    assert any("own key" in w for w in result.warnings)
    assert items_on(ll) == ["IP-L"]  # neither way while the keys differ
    assert [r["reference"] for r in li.services.register.items(team["huawei"])] == ["IP-S"]
    with pytest.raises(TamperedContent):  # her laptop passphrase is not the team's: nothing changes
        sealed.adopt_team_key(ll.engine, team["server"]("li.na"), crypto.new_key(), TEAM_PASS)
    n = sealed.adopt_team_key(ll.engine, team["server"]("li.na"), ll.services.vault.key(), TEAM_PASS)
    assert n == 1
    ll.services.register.lock()
    sync.sync(ll.engine, team["server"]("li.na"))
    assert items_on(ll) == ["IP-L", "IP-S"]
    ll.services.register.unlock(TEAM_PASS)
    assert ll.services.register.open_item(local_item)["notes"] == "只在本机"
    midea = next(a.id for a in li.services.accounts.rows() if a.name == "美的集团")
    assert [r["title"] for r in li.services.register.items(midea)] == ["本机图纸"]
    ll.close()


def test_cli_team_register_and_audit_verify_on_the_server(team, tmp_path: Path) -> None:  # noqa: F811
    from tests_support import kam_cli

    team["login"]("admin").services.register.set_up(TEAM_PASS)
    path = tmp_path / "li.sqlite3"
    ll = laptop(tmp_path, "li")
    mine = ll.services.accounts.create(name_zh="美的集团", ka_type="economic").id
    ll.services.register.set_up("laptop passphrase")
    ll.services.register.add_item(mine, "IP-L", "本机图纸")
    ll.close()
    url = team["urls"]["li.na"]
    res = kam_cli("--db", str(path), "sync", "--server", url, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert "--team-register" in res.stderr
    env = {"KAM_REGISTER_PASSPHRASE": "laptop passphrase", "KAM_TEAM_REGISTER_PASSPHRASE": TEAM_PASS}
    res = kam_cli("--db", str(path), "sync", "--team-register", cwd=tmp_path,
                  env=env | {"KAM_SYNC_PASSWORD": url.split(":")[2].split("@")[0]})
    assert res.returncode == 0, res.stderr
    assert "1 IP register rows sealed again" in res.stdout
    li = team["login"]("li.na")
    li.services.register.unlock(TEAM_PASS)
    midea = next(a.id for a in li.services.accounts.rows() if a.name == "美的集团")
    assert [r["title"] for r in li.services.register.items(midea)] == ["本机图纸"]
    res = kam_cli("--db", team["urls"]["admin"], "audit", "verify", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert "entries appended from laptops" in res.stdout
