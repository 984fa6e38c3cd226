"""Laptop replica ⇄ team server sync (issue 18) on the throwaway PostgreSQL cluster: first sync, merges, a
conflict kept with both values and resolved, deletions, rights and revocation, the issue's "Done when" scene,
and interrupted syncs (SIGKILL of ``python -m kam sync`` at random points)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DBAPIError
from tests_support import kam_cli

from kam.app import bootstrap
from kam.model import Account, Person, User
from kam.sync import engine as sync
from kam.team import setup
from kam.vocab import UserRole

PASSWORDS = {"li.na": "pw-li-na-1", "zhang.wei": "pw-zhang-2", "chen.vp": "pw-chen-3", "admin": "pw-admin-4"}
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def team(pg):  # type: ignore[no-untyped-def]
    """A team server: VP chen.vp manages li.na and zhang.wei; each KAM owns one account there."""
    admin_url = pg.new_database()
    owner = bootstrap(admin_url)
    with owner.engine.begin() as conn:
        setup.init_team(conn)
        setup.add_user(conn, "admin", UserRole.ADMIN, password=PASSWORDS["admin"])
        setup.add_user(conn, "chen.vp", UserRole.VP, "陈总", password=PASSWORDS["chen.vp"])
        setup.add_user(conn, "li.na", UserRole.KAM, "李娜", manager="chen.vp", password=PASSWORDS["li.na"])
        setup.add_user(conn, "zhang.wei", UserRole.KAM, "张伟", manager="chen.vp", password=PASSWORDS["zhang.wei"])
    owner.close()
    base = admin_url.split("@", 1)[1]
    urls = {name: f"postgresql+psycopg://{name}:{pw}@{base}" for name, pw in PASSWORDS.items()}
    contexts: dict[str, Any] = {}

    def login(name: str) -> Any:
        if name not in contexts:
            contexts[name] = bootstrap(urls[name])
        return contexts[name]

    li, zhang = login("li.na"), login("zhang.wei")
    huawei = li.services.accounts.create(name_zh="华为技术有限公司", ka_type="strategic",
                                         owner_id=li.actor.user_id).id
    li.services.people.create(huawei, name="王强", title="采购总监")
    zte = zhang.services.accounts.create(name_zh="中兴通讯", ka_type="economic", owner_id=zhang.actor.user_id).id
    zhang.services.people.create(zte, name="赵敏", title="CTO")
    engines: list[Engine] = []

    def server(name: str) -> Engine:
        e = sync.server_engine(urls[name])
        engines.append(e)
        return e

    yield {"urls": urls, "login": login, "server": server, "huawei": huawei, "zte": zte, "admin_url": admin_url}
    for c in contexts.values():
        c.close()
    for e in engines:
        e.dispose()


def laptop(tmp_path: Path, name: str) -> Any:
    return bootstrap(str(tmp_path / f"{name}.sqlite3"))


def first_sync(ctx: Any, team: dict[str, Any], user: str) -> sync.SyncResult:
    srv = team["server"](user)
    sync.bind(ctx.engine, srv, team["urls"][user].split("@", 1)[1])
    return sync.sync(ctx.engine, srv)


def names(ctx: Any) -> list[str]:
    with ctx.sessions() as s:
        return sorted(s.scalars(select(Account.name_zh)))


def person(ctx: Any, name: str) -> Person:
    with ctx.sessions() as s:
        p = s.scalars(select(Person).where(Person.name == name)).one()
        s.expunge(p)
        return p


def test_first_sync_of_a_laptop_with_local_accounts(team, tmp_path) -> None:  # type: ignore[no-untyped-def]
    lap = laptop(tmp_path, "li")
    acc = lap.services.accounts.create(name_zh="美的集团", ka_type="economic").id
    lap.services.people.create(acc, name="何芳", title="CIO")
    result = first_sync(lap, team, "li.na")
    assert not result.refused, [c["message"] for c in sync.open_conflicts(lap.engine)]
    assert result.pushed >= 2
    assert names(lap) == ["华为技术有限公司", "美的集团"]  # her server account came down, hers went up
    assert person(lap, "王强").title == "采购总监"
    server_li = team["login"]("li.na")
    assert sorted(a.name for a in server_li.services.accounts.rows()) == ["华为技术有限公司", "美的集团"]
    again = sync.sync(lap.engine, team["server"]("li.na"))
    assert (again.pushed, again.pulled, again.conflicts) == (0, 0, 0)
    with lap.sessions() as s:  # no duplicates
        assert s.scalar(select(func.count()).select_from(Person)) == 2
    later = lap.services.accounts.create(name_zh="格力电器", ka_type="economic").id  # made after binding
    with lap.sessions() as s:
        assert s.get(Account, later).owner_id is None  # a file used alone names no owner
    third = sync.sync(lap.engine, team["server"]("li.na"))
    assert (third.refused, third.conflicts) == (0, 0)
    assert "格力电器" in [a.name for a in server_li.services.accounts.rows()]
    assert (sync.sync(lap.engine, team["server"]("li.na")).pushed, sync.open_conflicts(lap.engine)) == (0, [])
    lap.close()


def test_edits_on_both_sides_merge_and_a_collision_is_kept_with_both_values(team, tmp_path) -> None:  # type: ignore[no-untyped-def]
    lap = laptop(tmp_path, "li")
    first_sync(lap, team, "li.na")
    srv = team["server"]("li.na")
    mine = person(lap, "王强")
    lap.services.people.update(mine.id, expected_version=mine.version, title="首席采购官", mobile="13911112222")
    server_li = team["login"]("li.na")
    with server_li.sessions() as s:
        theirs = s.scalars(select(Person).where(Person.name == "王强")).one()
        pid, version = theirs.id, theirs.version
    server_li.services.people.update(pid, expected_version=version, title="采购副总裁", email="wq@huawei.example")
    result = sync.sync(lap.engine, srv)
    assert result.conflicts == 1
    (conflict,) = sync.open_conflicts(lap.engine)
    assert (conflict["field"], conflict["mine"], conflict["theirs"], conflict["base"]) == \
        ("title", "首席采购官", "采购副总裁", "采购总监")
    here = person(lap, "王强")
    assert (here.title, here.mobile, here.email) == ("首席采购官", "13911112222", "wq@huawei.example")
    with server_li.sessions() as s:  # the server got the field only she changed, and kept its own title
        there = s.get(Person, pid)
        assert there is not None
        assert (there.title, there.mobile, there.email) == ("采购副总裁", "13911112222", "wq@huawei.example")
    sync.resolve(lap.engine, conflict["id"], "mine")
    sync.sync(lap.engine, srv)
    assert sync.open_conflicts(lap.engine) == []
    with server_li.sessions() as s:
        there = s.get(Person, pid)
        assert there is not None
        assert there.title == "首席采购官"
    lap.close()


def test_deletions_propagate_both_ways(team, tmp_path) -> None:  # type: ignore[no-untyped-def]
    lap = laptop(tmp_path, "li")
    first_sync(lap, team, "li.na")
    srv = team["server"]("li.na")
    server_li = team["login"]("li.na")
    extra = server_li.services.people.create(team["huawei"], name="刘洋", title="工程师").id
    sync.sync(lap.engine, srv)
    assert person(lap, "刘洋").title == "工程师"
    with server_li.engine.begin() as conn:  # erased on the server (personal-data rights): a hard delete
        conn.execute(text("DELETE FROM people WHERE id = :i"), {"i": extra})
    local_wang = person(lap, "王强")
    with lap.engine.begin() as conn:
        conn.execute(text("DELETE FROM people WHERE id = :i"), {"i": local_wang.id})
    result = sync.sync(lap.engine, srv)
    assert result.deleted == 1
    with lap.sessions() as s:
        assert list(s.scalars(select(Person.name))) == []
    with server_li.sessions() as s:
        assert list(s.scalars(select(Person.name))) == []
    lap.close()


def test_a_kams_laptop_never_receives_another_kams_account_and_revocation_removes(team, tmp_path) -> None:  # type: ignore[no-untyped-def]
    li = laptop(tmp_path, "li")
    first_sync(li, team, "li.na")
    assert names(li) == ["华为技术有限公司"]
    with li.sessions() as s:
        assert list(s.scalars(select(Person.name))) == ["王强"]
    vp = laptop(tmp_path, "vp")
    first_sync(vp, team, "chen.vp")  # a VP takes his team's accounts on the plane
    assert names(vp) == ["中兴通讯", "华为技术有限公司"]
    zhang = team["login"]("zhang.wei")
    zhang.services.accounts.add_team_member(team["zte"], team["login"]("li.na").actor.user_id, "技术支持")
    sync.sync(li.engine, team["server"]("li.na"))
    assert names(li) == ["中兴通讯", "华为技术有限公司"]
    with zhang.engine.begin() as conn:  # taken off the team: the account leaves her laptop at the next sync
        conn.execute(text("DELETE FROM account_team WHERE account_id = :a"), {"a": team["zte"]})
    result = sync.sync(li.engine, team["server"]("li.na"))
    assert result.removed_accounts == ["中兴通讯"]
    assert names(li) == ["华为技术有限公司"]
    with li.sessions() as s:
        assert sorted(s.scalars(select(Person.name))) == ["王强"]
    li.close()
    vp.close()


def test_what_the_server_refuses_is_kept_as_conflicts_and_the_rest_of_the_batch_goes(team, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A VP may read his team's dossiers but not write their people: in one batch, an edit of a person and a new
    person are refused by row-level security (the fast path gives way to the row-by-row one), his own new
    account goes through."""
    vp = laptop(tmp_path, "vp")
    first_sync(vp, team, "chen.vp")
    wang = person(vp, "王强")
    vp.services.people.update(wang.id, title="副总裁")
    huawei = vp.services.accounts.rows()
    huawei_id = next(a.id for a in huawei if a.name_zh == "华为技术有限公司")
    vp.services.people.create(huawei_id, name="刘洋", title="工程师")
    with vp.sessions() as s:
        me = s.scalar(select(User.id).where(User.username == "chen.vp"))
    vp.services.accounts.create(name_zh="比亚迪", ka_type="economic", owner_id=me)
    result = sync.sync(vp.engine, team["server"]("chen.vp"))
    assert result.refused == 2
    kinds = sorted((c["kind"], c["tbl"]) for c in sync.open_conflicts(vp.engine))
    assert kinds == [("refused", "people"), ("refused", "people")]
    with team["login"]("admin").sessions() as s:  # the server kept its own values; the allowed row arrived
        assert s.scalar(select(Person.title).where(Person.name == "王强")) == "采购总监"
        assert s.scalar(select(func.count()).select_from(Person).where(Person.name == "刘洋")) == 0
        assert s.scalar(select(func.count()).select_from(Account).where(Account.name_zh == "比亚迪")) == 1
    vp.services.people.create(huawei_id, name="周敏", title="质量经理")  # alone: the multi-row INSERT is refused
    assert sync.sync(vp.engine, team["server"]("chen.vp")).refused == 1
    with team["login"]("admin").sessions() as s:
        assert s.scalar(select(func.count()).select_from(Person).where(Person.name == "周敏")) == 0
    vp.close()


def test_done_when_plane_vp_and_colleague(team, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A KAM edits on a plane; the VP approves her plan on the server; a colleague changes the same person's
    title. After one sync all three see one dossier, the single real collision waiting for a decision."""
    li_server = team["login"]("li.na")
    plan = li_server.services.planning.create_plan(team["huawei"], 2027, summary="扩大份额").id
    li_server.services.plans.submit(plan)
    lap = laptop(tmp_path, "li")
    first_sync(lap, team, "li.na")
    srv = team["server"]("li.na")
    # on the plane
    wang = person(lap, "王强")
    lap.services.people.update(wang.id, expected_version=wang.version, title="采购总经理", notes="喜欢喝茶")
    lap.services.people.create(team_account_id(lap), name="孙悦", title="质量经理")
    # meanwhile on the server: a colleague (on the account's team) changes the title…
    zhang = team["login"]("zhang.wei")
    li_server.services.accounts.add_team_member(team["huawei"], zhang.actor.user_id, "技术支持")
    with zhang.sessions() as s:
        p = s.scalars(select(Person).where(Person.name == "王强")).one()
        pid, version = p.id, p.version
    zhang.services.people.update(pid, expected_version=version, title="采购副总裁")
    # …and the VP approves the plan
    team["login"]("chen.vp").services.plans.approve(plan, "同意")
    # landing: one sync
    result = sync.sync(lap.engine, srv)
    conflicts = sync.open_conflicts(lap.engine)
    assert [(c["field"], c["mine"], c["theirs"]) for c in conflicts] == [("title", "采购总经理", "采购副总裁")]
    assert result.conflicts == 1
    with lap.sessions() as s:
        assert sorted(s.scalars(select(Person.name))) == ["孙悦", "王强"]
        assert s.execute(text("SELECT status FROM plans")).scalar() == "approved"
        events = list(s.execute(text("SELECT action FROM plan_events ORDER BY at")).scalars())
    with li_server.sessions() as s:  # the plan's whole history, the VP's approval included
        assert events == list(s.execute(text("SELECT action FROM plan_events ORDER BY at")).scalars())
    assert "approved" in events
    for who in ("li.na", "zhang.wei", "chen.vp"):
        ctx = team["login"](who)
        with ctx.sessions() as s:
            people = {p.name: p for p in s.scalars(select(Person).where(Person.account_id == team["huawei"]))}
            assert sorted(people) == ["孙悦", "王强"], who
            assert people["王强"].notes == "喜欢喝茶"  # her other edit is there for everyone
            assert people["王强"].title == "采购副总裁"  # the collision waits: nothing overwritten
    lap.close()


def team_account_id(ctx: Any) -> int:
    with ctx.sessions() as s:
        return int(s.scalars(select(Account.id).where(Account.name_zh == "华为技术有限公司")).one())


def _kam_sync(lap: Path, url: str, *extra: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return kam_cli("--db", str(lap), "sync", "--server", url, *extra, cwd=lap.parent, env=env)


def test_cli_sync_conflicts_and_resolve(team, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "li.sqlite3"
    lap = bootstrap(str(path))
    lap.close()
    url = team["urls"]["li.na"]
    res = _kam_sync(path, url)
    assert res.returncode == 0, res.stderr
    assert "1 received" not in res.stdout
    assert "received" in res.stdout
    lap = bootstrap(str(path))
    wang = person(lap, "王强")
    lap.services.people.update(wang.id, expected_version=wang.version, title="总监A")
    lap.close()
    li = team["login"]("li.na")
    with li.sessions() as s:
        p = s.scalars(select(Person).where(Person.name == "王强")).one()
        pid, version = p.id, p.version
    li.services.people.update(pid, expected_version=version, title="总监B")
    res = _kam_sync(path, url)
    assert res.returncode == 0, res.stderr
    assert "1 conflicts to resolve" in res.stdout
    res = kam_cli("--db", str(path), "sync", "--conflicts", cwd=tmp_path)
    assert res.returncode == 0
    assert "总监A" in res.stdout
    assert "总监B" in res.stdout
    conflict_id = res.stdout.splitlines()[2].split()[0]
    res = kam_cli("--db", str(path), "sync", "--resolve", conflict_id, "--take", "theirs", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    res = kam_cli("--db", str(path), "sync", "--resolve", conflict_id, "--take", "theirs", cwd=tmp_path)
    assert res.returncode == 1
    assert "no open conflict" in res.stderr
    assert "no conflicts waiting" in kam_cli("--db", str(path), "sync", "--conflicts", cwd=tmp_path).stdout
    lap = bootstrap(str(path))
    assert person(lap, "王强").title == "总监B"
    lap.close()
    res = kam_cli("--db", str(path), "sync", "--resolve", "1", cwd=tmp_path)
    assert res.returncode == 1


def _contents(ctx: Any) -> tuple[list[tuple[str, str, str | None]], int]:
    """(every (account, person, title), number of distinct global ids of people)."""
    with ctx.sessions() as s:
        rows = s.execute(select(Account.name_zh, Person.name, Person.title).join(Person, Person.account_id == Account.id)
                         ).all()
        gids = s.scalar(select(func.count(func.distinct(Person.gid))))
    return sorted((str(a), str(p), t) for a, p, t in rows), int(gids or 0)


def test_a_sync_killed_at_random_points_loses_and_doubles_nothing(team, tmp_path) -> None:  # type: ignore[no-untyped-def]
    trials = int(os.environ.get("KAM_SYNC_TRIALS", "4"))
    rng = random.Random(int(os.environ.get("KAM_SYNC_SEED", "18")))
    path = tmp_path / "li.sqlite3"
    url = team["urls"]["li.na"]
    lap = bootstrap(str(path))
    for i in range(3):
        acc = lap.services.accounts.create(name_zh=f"客户{i}", ka_type="economic").id
        for j in range(4):
            lap.services.people.create(acc, name=f"联系人{i}-{j}", title="经理")
    lap.close()
    env = {"KAM_SYNC_TRACE": "0.02", "KAM_SYNC_BATCH_ROWS": "4"}
    server_li = team["login"]("li.na")
    for trial in range(trials):
        lap = bootstrap(str(path))  # offline edits before each sync
        accounts = [a for a in lap.services.accounts.rows()]
        target = rng.choice(accounts)
        lap.services.people.create(target.id, name=f"新人{trial}", title="工程师")
        some = rng.choice(lap.services.people.rows(target.id))
        fresh = person(lap, some.name)
        lap.services.people.update(fresh.id, expected_version=fresh.version, title=f"职位{trial}")
        lap.close()
        proc = subprocess.Popen([sys.executable, "-m", "kam", "--db", str(path), "sync", "--server", url],
                                cwd=tmp_path, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                                env=dict(os.environ) | env)
        assert proc.stderr is not None
        kill_at, seen = rng.randint(1, 12), 0
        for line in proc.stderr:
            if line.startswith("sync-step"):
                seen += 1
                if seen == kill_at:
                    os.kill(proc.pid, signal.SIGKILL)
                    break
        proc.wait(timeout=120)
        proc.stderr.close()
        res = _kam_sync(path, url)  # the next normal sync completes it
        assert res.returncode == 0, res.stderr
        lap = bootstrap(str(path))
        here, here_gids = _contents(lap)
        there, there_gids = _contents(server_li)
        assert there == here, f"trial {trial} (killed at step {kill_at})"
        assert len(here) == here_gids == there_gids  # no duplicates on either side
        assert f"新人{trial}" in {p for _a, p, _t in here}
        assert sync.counts(lap.engine) == (0, 0)
        lap.close()


class _Cut(Exception):
    pass


def _cut_at(where: str, action: Any = None) -> Any:
    """A sync hook that stops the run the first time it reaches ``where`` (after ``action``)."""
    state = {"done": False}

    def hook(step: str) -> None:
        if step == where and not state["done"]:
            state["done"] = True
            if action is not None:
                action()
            raise _Cut(step)
    return hook


@pytest.mark.parametrize("where", ["applied", "committed", "pulled", "batch"])
def test_a_sync_cut_at_each_step_is_finished_by_the_next(team, tmp_path, where) -> None:  # type: ignore[no-untyped-def]
    lap = laptop(tmp_path, "li")
    acc = lap.services.accounts.create(name_zh="美的集团", ka_type="economic").id
    for j in range(5):
        lap.services.people.create(acc, name=f"员工{j}", title="经理")
    srv = team["server"]("li.na")
    sync.bind(lap.engine, srv, "server")
    with pytest.raises(_Cut):
        sync.sync(lap.engine, srv, hook=_cut_at(where))
    sync.sync(lap.engine, srv)
    here, here_gids = _contents(lap)
    there, there_gids = _contents(team["login"]("li.na"))
    assert here == there
    assert len(here) == here_gids == there_gids == 6
    assert sync.counts(lap.engine) == (0, 0)
    lap.close()


def test_a_server_restart_mid_batch_loses_nothing(team, pg, tmp_path) -> None:  # type: ignore[no-untyped-def]
    lap = laptop(tmp_path, "li")
    acc = lap.services.accounts.create(name_zh="美的集团", ka_type="economic").id
    lap.services.people.create(acc, name="何芳", title="CIO")
    srv = team["server"]("li.na")
    sync.bind(lap.engine, srv, "server")
    cluster = pg.cluster

    def restart() -> None:
        # -l: the restarted server logs to its file, not to this call's captured output (which would never end)
        cluster._run("pg_ctl", "-D", str(cluster.data), "-l", str(cluster.root / "log"), "-w", "-m", "fast",
                     "restart")

    with pytest.raises(DBAPIError):  # the server went away under the open batch
        sync.sync(lap.engine, srv, hook=lambda step: restart() if step == "applied" else None)
    srv = team["server"]("li.na")  # a new connection after the restart
    sync.sync(lap.engine, srv)
    fresh = bootstrap(team["urls"]["li.na"])
    try:
        here, _g = _contents(lap)
        there, there_gids = _contents(fresh)
        assert here == there
        assert there_gids == len(there) == 2
    finally:
        fresh.close()
    lap.close()
