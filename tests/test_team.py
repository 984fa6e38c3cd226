"""Team mode on a real PostgreSQL server: rights enforced by the server (also for psql), live updates,
concurrent edits, clear failures, and a laptop's dossiers pushed in (its first sync)."""

from __future__ import annotations

import datetime as dt
import threading
import time
from typing import Any

import psycopg
import pytest
from sqlalchemy import func, select, text
from tests_support import kam_cli

from kam.app import bootstrap
from kam.errors import ConflictError, DatabaseRefused, NotAllowed, UserError
from kam.model import Account, Person, Setting, User
from kam.team import setup
from kam.team.notify import ChangeListener, conninfo
from kam.vocab import UserRole

PASSWORDS = {"li.na": "pw-li-na-1", "zhang.wei": "pw-zhang-2", "chen.vp": "pw-chen-3", "admin": "pw-admin-4",
             "sun.li": "pw-sun-5"}


@pytest.fixture
def team(pg):  # type: ignore[no-untyped-def]
    """A team database: VP chen.vp manages li.na and zhang.wei; sun.li reports to nobody; an admin."""
    admin_url = pg.new_database()
    owner = bootstrap(admin_url)
    with owner.engine.begin() as conn:
        setup.init_team(conn)
        setup.init_team(conn)  # idempotent
        setup.add_user(conn, "admin", UserRole.ADMIN, password=PASSWORDS["admin"])
        setup.add_user(conn, "chen.vp", UserRole.VP, "陈总", password=PASSWORDS["chen.vp"])
        setup.add_user(conn, "li.na", UserRole.KAM, "李娜", manager="chen.vp", password=PASSWORDS["li.na"])
        setup.add_user(conn, "zhang.wei", UserRole.KAM, "张伟", manager="chen.vp", password=PASSWORDS["zhang.wei"])
        setup.add_user(conn, "sun.li", UserRole.KAM, "孙丽", password=PASSWORDS["sun.li"])
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
    li.services.people.create(huawei, name="王强", title="采购总监", mobile="13800000000")
    zte = zhang.services.accounts.create(name_zh="中兴通讯", ka_type="economic", owner_id=zhang.actor.user_id).id
    zhang.services.people.create(zte, name="赵敏", title="CTO")
    yield {"urls": urls, "login": login, "huawei": huawei, "zte": zte, "admin_url": admin_url}
    for c in contexts.values():
        c.close()


def _psql(url: str) -> psycopg.Connection:
    """A plain client connection, as psql would make with these credentials."""
    return psycopg.connect(**conninfo(url), autocommit=True)


def test_each_user_sees_exactly_their_accounts_even_with_psql(team) -> None:  # type: ignore[no-untyped-def]
    urls = team["urls"]
    with _psql(urls["li.na"]) as li:
        assert [r[0] for r in li.execute("SELECT name_zh FROM accounts")] == ["华为技术有限公司"]
        assert [r[0] for r in li.execute("SELECT name FROM people")] == ["王强"]
        assert li.execute("UPDATE accounts SET notes = 'x' WHERE id = %s", [team["zte"]]).rowcount == 0
        assert li.execute("DELETE FROM people WHERE account_id = %s", [team["zte"]]).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            li.execute("INSERT INTO people (account_id, name, stance, influence, version, created_at, updated_at) "
                       "VALUES (%s, '间谍', 'unknown', 3, 1, now(), now())", [team["zte"]])
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            li.execute("UPDATE users SET role = 'admin' WHERE username = 'li.na'")
    with _psql(urls["chen.vp"]) as vp:  # the VP reads the accounts of both KAMs who report to him…
        assert sorted(r[0] for r in vp.execute("SELECT name_zh FROM accounts")) == ["中兴通讯", "华为技术有限公司"]
        assert vp.execute("UPDATE accounts SET notes = 'x'").rowcount == 0  # …but does not edit their dossiers
    with _psql(urls["sun.li"]) as sun:
        assert sun.execute("SELECT count(*) FROM accounts").fetchone() == (0,)
        assert sun.execute("SELECT count(*) FROM transactions").fetchone() == (0,)
    with _psql(urls["admin"]) as admin:
        assert admin.execute("SELECT count(*) FROM accounts").fetchone() == (2,)
    sun_ctx = team["login"]("sun.li")
    assert sun_ctx.services.accounts.rows() == []
    with pytest.raises(UserError):
        sun_ctx.services.people.create(team["huawei"], name="间谍")


def test_who_reads_every_account_skips_the_per_row_test_and_nobody_else_does(team) -> None:  # type: ignore[no-untyped-def]
    """kam_reads_all(): an administrator, or a VP over the owners of every account; the read policies then pass
    each row without looking it up in kam_readable_accounts() (never executed), and still hide what they hid."""
    urls = team["urls"]

    def reads_all(name: str) -> bool:
        with _psql(urls[name]) as c:
            return bool(c.execute("SELECT kam_reads_all()").fetchone()[0])

    assert [reads_all(n) for n in ("admin", "chen.vp", "li.na", "zhang.wei", "sun.li")] == \
        [True, True, False, False, False]
    with _psql(urls["li.na"]) as li:  # a KAM's rows are found through the index, by their account ids
        plan = "\n".join(r[0] for r in li.execute("EXPLAIN (COSTS OFF) SELECT * FROM people"))
        assert "ANY" in plan
        assert "hashed SubPlan" not in plan
    with _psql(urls["chen.vp"]) as vp:
        plan = "\n".join(r[0] for r in vp.execute(
            "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT account_id, count(*) FROM people "
            "GROUP BY account_id"))
        assert "SubPlan" in plan
        assert "never executed" in plan
        assert sorted(r[0] for r in vp.execute("SELECT name FROM people")) == ["王强", "赵敏"]
        assert vp.execute("UPDATE people SET title = 'x'").rowcount == 0  # writing is checked as before
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            vp.execute("INSERT INTO people (account_id, name, stance, influence, version, created_at, updated_at) "
                       "VALUES (%s, '间谍', 'unknown', 3, 1, now(), now())", [team["zte"]])
    sun = team["login"]("sun.li")  # an account whose owner does not report to the VP…
    theirs = sun.services.accounts.create(name_zh="小米", ka_type="economic", owner_id=sun.actor.user_id).id
    sun.services.people.create(theirs, name="雷军")
    assert not reads_all("chen.vp")
    with _psql(urls["chen.vp"]) as vp:  # …is not his to read
        assert sorted(r[0] for r in vp.execute("SELECT name FROM people")) == ["王强", "赵敏"]
        assert vp.execute("SELECT count(*) FROM accounts WHERE id = %s", [theirs]).fetchone() == (0,)
    with _psql(urls["admin"]) as admin:
        admin.execute("UPDATE accounts SET owner_id = NULL WHERE id = %s", [theirs])  # nobody's account
        assert admin.execute("SELECT count(*) FROM people").fetchone() == (3,)
    assert not reads_all("chen.vp")
    assert reads_all("admin")
    with _psql(urls["chen.vp"]) as vp:
        assert vp.execute("SELECT count(*) FROM people").fetchone() == (2,)


def test_team_members_and_the_register_access_list(team) -> None:  # type: ignore[no-untyped-def]
    li = team["login"]("li.na")
    zhang = team["login"]("zhang.wei")
    li.services.accounts.add_team_member(team["huawei"], zhang.actor.user_id, "技术支持")
    assert sorted(a.name for a in zhang.services.accounts.rows()) == ["中兴通讯", "华为技术有限公司"]
    with pytest.raises(NotAllowed):  # the register's key is the team's: its administrator sets it up
        li.services.register.set_up("team register passphrase")
    team["login"]("admin").services.register.set_up("team register passphrase")
    li.services.register.unlock("team register passphrase")
    li.services.register.add_item(team["huawei"], "IP-1", "5G 基站散热图纸", kind="drawing",
                                  access_user_ids=[li.actor.user_id])
    assert len(li.services.register.items(team["huawei"])) == 1
    with _psql(team["urls"]["zhang.wei"]) as z:  # on the account team, but not on the item's access list
        assert z.execute("SELECT count(*) FROM register_items").fetchone() == (0,)
        assert z.execute("SELECT count(*) FROM people WHERE account_id = %s", [team["huawei"]]).fetchone() == (1,)


def test_audit_trail_is_insert_only_and_private(team) -> None:  # type: ignore[no-untyped-def]
    li = team["login"]("li.na")
    li.services.accounts.delete(team["huawei"])  # audited
    li.services.accounts.restore(team["huawei"])
    with _psql(team["urls"]["li.na"]) as conn:
        own = conn.execute("SELECT count(*), min(username), max(username) FROM audit_log").fetchone()
        assert own[0] >= 2
        assert own[1] == own[2] == "li.na"
        for statement in ("UPDATE audit_log SET action = 'nothing'", "DELETE FROM audit_log",
                          "TRUNCATE audit_log"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nobody writes in someone else's name
            conn.execute("INSERT INTO audit_log (id, at, username, action, prev_hash, entry_hash) "
                         "VALUES (9999, now(), 'chen.vp', 'forged', '', '')")
    with _psql(team["urls"]["zhang.wei"]) as conn:
        assert conn.execute("SELECT count(*) FROM audit_log").fetchone() == (0,)
    admin = team["login"]("admin")
    with admin.sessions() as s:
        from kam.services import audit

        assert audit.verify(s).ok  # the chain holds across users (its tail is read through kam_audit_tail)


def test_a_vp_sees_a_submission_arrive_live(team) -> None:  # type: ignore[no-untyped-def]
    li = team["login"]("li.na")
    vp = team["login"]("chen.vp")
    year = dt.date.today().year + 1
    pid = li.services.planning.create_plan(team["huawei"], year, quantitative=[
        {"metric": "revenue", "unit": "CNY", "annual_target": "1000", "phasing": ["100", "200", "300", "400"]}]).id
    arrived: list[tuple[str, str, int | None]] = []
    got = threading.Event()

    def on_change(table: str, op: str, account_id: int | None) -> None:
        arrived.append((table, op, account_id))
        if table == "plans":
            got.set()

    listener = ChangeListener(team["urls"]["chen.vp"], on_change).start()
    try:
        li.services.plans.submit(pid)
        assert got.wait(5), "no notification within 5 s"
    finally:
        listener.stop()
    assert ("plans", "update", team["huawei"]) in arrived
    assert vp.services.plans.plan(pid).status.value == "submitted"
    vp.services.plans.approve(pid, "同意")  # a VP writes plans of his team's accounts
    assert li.services.plans.plan(pid).status.value == "approved"


def test_concurrent_edits_from_two_clients(team) -> None:  # type: ignore[no-untyped-def]
    a = team["login"]("li.na")
    b = bootstrap(team["urls"]["li.na"])  # the same KAM on a second laptop
    try:
        with a.sessions() as s:
            pid, version = s.execute(select(Person.id, Person.version).where(Person.name == "王强")).one()
        a.services.people.update(pid, expected_version=version, title="副总裁")
        with pytest.raises(ConflictError):
            b.services.people.update(pid, expected_version=version, title="经理")
        assert b.services.people.get(pid).title == "副总裁"
    finally:
        b.close()


def test_clear_failures(team, pg) -> None:  # type: ignore[no-untyped-def]
    url = team["urls"]["li.na"]
    with pytest.raises(DatabaseRefused, match="refused the user name or password"):
        bootstrap(url.replace(PASSWORDS["li.na"], "wrong"))
    from pg_cluster import free_port

    dead = url.replace(f":{pg.cluster.port}/", f":{free_port()}/")
    started = time.monotonic()
    with pytest.raises(DatabaseRefused, match="cannot reach the team database"):
        bootstrap(dead)
    assert time.monotonic() - started < 10
    with pytest.raises(NotAllowed, match="does not allow"):
        team["login"]("li.na").services.users.create("mallory", "Mallory", "admin")


def test_push_binds_the_laptop_and_is_its_first_sync(team, demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from kam.sync import engine as sync
    from kam.team.push import push

    local_path = tmp_path / "laptop.sqlite3"
    shutil.copy(demo_db, local_path)
    local = bootstrap(str(local_path))
    li_url = team["urls"]["li.na"]
    remembered = li_url.replace(":" + PASSWORDS["li.na"], "")
    server = sync.server_engine(li_url)
    try:
        with local.sessions() as s:
            local_accounts = s.scalar(select(func.count()).select_from(Account).where(Account.deleted_at.is_(None)))
            local_people = s.scalar(select(func.count()).select_from(Person))
        dry = push(local.engine, server, remembered, dry_run=True)  # counts only: nothing bound, nothing sent
        assert (dry.accounts, dry.sync) == (local_accounts, None)
        assert dry.register_items
        assert dry.warnings == []
        admin = team["login"]("admin")
        with admin.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Account)) == 2
        first = push(local.engine, server, remembered)
        assert first.sync is not None
        assert not first.sync.refused
        assert not first.was_bound
        with local.engine.connect() as lc:  # the register waits: the team server has no register key yet
            register_rows = sum(lc.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                                for t in ("register_items", "register_access", "register_attachments"))
        assert register_rows
        assert first.sync.pushed == first.rows - register_rows
        assert any("register items stay here" in w for w in first.sync.warnings)
        with admin.sessions() as s:  # every local dossier is on the server once, the server's own kept
            assert s.scalar(select(func.count()).select_from(Account)) == local_accounts + 2
            assert s.scalar(select(func.count()).select_from(Person)) == local_people + 2
        assert len(team["login"]("li.na").services.accounts.rows()) == local_accounts + 1  # she owns them there
        with local.sessions() as s:  # …and the laptop now holds her server account too (the first sync's pull)
            assert s.scalar(select(func.count()).select_from(Account).where(Account.deleted_at.is_(None))) \
                == local_accounts + 1
        again = push(local.engine, server, remembered)  # the file stays bound: pushing again is a sync
        assert again.was_bound
        assert again.sync is not None
        assert (again.sync.pushed, again.sync.pulled) == (0, 0)
        with admin.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Account)) == local_accounts + 2
        with pytest.raises(UserError, match="bound to another server"):
            push(local.engine, server, remembered.replace("127.0.0.1", "localhost"))
    finally:
        server.dispose()
        local.close()


def test_push_refuses_a_file_the_old_copy_already_pushed(team, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Older versions copied a file's dossiers once (origin "<database id>:<account id>"); binding that file
    would put a second copy next to the first."""
    from kam.sync import engine as sync
    from kam.team.push import DATABASE_ID, push

    local = bootstrap(str(tmp_path / "old.sqlite3"))
    server = sync.server_engine(team["urls"]["li.na"])
    try:
        acc = local.services.accounts.create(name_zh="美的集团", ka_type="economic").id
        with local.engine.begin() as conn:
            conn.execute(Setting.__table__.insert().values(key=DATABASE_ID, value="db-1"))
        li = team["login"]("li.na")
        copy = li.services.accounts.create(name_zh="美的集团", ka_type="economic", owner_id=li.actor.user_id).id
        with team["login"]("admin").engine.begin() as conn:
            conn.execute(Account.__table__.update().where(Account.id == copy).values(origin=f"db-1:{acc}"))
        with pytest.raises(UserError, match="already copied to the team database"):
            push(local.engine, server, "li.na@server")
    finally:
        server.dispose()
        local.close()


def test_cli_team_init_add_user_and_push(pg, tmp_path) -> None:  # type: ignore[no-untyped-def]
    admin_url = pg.new_database()
    env = {"KAM_ADMIN_URL": admin_url, "KAM_NEW_USER_PASSWORD": "pw-wang-9"}
    res = kam_cli("team", "init", cwd=tmp_path, env=env)
    assert res.returncode == 0, res.stderr
    res = kam_cli("team", "add-user", "wang.fang", "--role", "kam", cwd=tmp_path, env=env)
    assert res.returncode == 0, res.stderr
    local = tmp_path / "local.sqlite3"
    assert kam_cli("--db", str(local), "init", cwd=tmp_path).returncode == 0
    ctx = bootstrap(str(local))
    ctx.services.accounts.create(name_zh="美的集团", ka_type="economic")
    ctx.close()
    kam_url = admin_url.replace(admin_url.split("@")[0].split("//")[1], "wang.fang:pw-wang-9")
    res = kam_cli("team", "push", "--from", str(local), "--to", kam_url, "--dry-run", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert "would send 1 accounts" in res.stdout
    for expected in ("1 accounts", "0 rows sent"):  # the second push is an ordinary sync: nothing to send
        res = kam_cli("team", "push", "--from", str(local), "--to", kam_url, cwd=tmp_path)
        assert res.returncode == 0, res.stderr
        assert "bound to the team server and synced" in res.stdout, res.stdout
        assert expected in res.stdout, res.stdout
    res = kam_cli("--db", kam_url, "accounts", "--json", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert "美的集团" in res.stdout
    # the laptop keeps syncing: a local edit reaches the server with kam sync (password from the environment)
    ctx = bootstrap(str(local))
    with ctx.sessions() as s:
        me = s.scalar(select(User.id).where(User.username == "wang.fang"))  # the login, known here since the push
    ctx.services.accounts.create(name_zh="格力电器", ka_type="economic", owner_id=me)
    ctx.close()
    res = kam_cli("sync", "--db", str(local), cwd=tmp_path, env={"KAM_SYNC_PASSWORD": "pw-wang-9"})
    assert res.returncode == 0, res.stderr
    assert "refused" not in res.stderr, res.stderr
    res = kam_cli("--db", kam_url, "accounts", "--json", cwd=tmp_path)
    assert "格力电器" in res.stdout
    res = kam_cli("--db", kam_url.replace("pw-wang-9", "nope"), "accounts", cwd=tmp_path)
    assert res.returncode == 1
    assert "refused the user name or password" in res.stderr


def test_the_vp_portfolio_refreshes_live(qtbot, team) -> None:  # type: ignore[no-untyped-def]
    from ui.portfolio import PortfolioWindow

    li = team["login"]("li.na")
    vp = team["login"]("chen.vp")
    year = dt.date.today().year
    pid = li.services.planning.create_plan(team["huawei"], year, quantitative=[
        {"metric": "revenue", "unit": "CNY", "annual_target": "1000", "phasing": ["100", "200", "300", "400"]}]).id
    window = PortfolioWindow(vp.services, "en", live_url=team["urls"]["chen.vp"])
    qtbot.addWidget(window)
    try:
        def status() -> str | None:
            row = next(r for r in window.model.rows if r.account_id == team["huawei"])
            return row.plan_status.value if row.plan_status else None

        assert status() == "draft"
        li.services.plans.submit(pid)  # on li.na's laptop
        qtbot.waitUntil(lambda: status() == "submitted", timeout=5000)
        assert "updated" in window.live.text()
    finally:
        window.close()


def test_only_an_administrator_verifies_the_whole_chain(team) -> None:  # type: ignore[no-untyped-def]
    from kam.services import audit

    li = team["login"]("li.na")
    with li.sessions() as s, pytest.raises(NotAllowed, match="administrator"):
        audit.verify(s)


def test_server_errors_are_one_clear_message() -> None:
    from kam.store.db import server_error

    cases = {
        psycopg.errors.LockNotAvailable("canceling statement due to lock timeout"): "someone else is changing",
        psycopg.errors.QueryCanceled("canceling statement due to statement timeout"): "took longer than 30 s",
        psycopg.errors.InsufficientPrivilege("permission denied for table users"): "does not allow",
        psycopg.OperationalError("connection timeout expired"): "did not answer within 5 s",
    }
    for exc, expected in cases.items():
        mapped = server_error(exc, "postgresql+psycopg://li.na:secret@db.example:5432/kam")
        assert mapped is not None
        assert expected in str(mapped)
        assert "secret" not in str(mapped)
    assert server_error(ValueError("not a server problem")) is None


def test_migrations_go_down_and_up_on_postgresql(pg) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import inspect

    from kam.store.db import make_engine
    from kam.store.migrate import run_downgrade, run_upgrade

    engine = make_engine(pg.new_database())
    try:
        run_downgrade(engine, "base")
        assert "accounts" not in inspect(engine).get_table_names()
        run_upgrade(engine, "head")
        assert "origin" in {c["name"] for c in inspect(engine).get_columns("accounts")}
    finally:
        engine.dispose()


def test_a_login_for_someone_already_in_the_database(team) -> None:  # type: ignore[no-untyped-def]
    admin = team["login"]("admin")
    admin.services.users.create("zhou.jie", "周杰", "kam")  # e.g. came with a pushed dossier or a former file
    owner = bootstrap(team["admin_url"])
    try:
        with owner.engine.begin() as conn:
            password = setup.add_user(conn, "zhou.jie", UserRole.KAM, manager="chen.vp")
        with owner.engine.begin() as conn, pytest.raises(UserError, match="already has a login"):
            setup.add_user(conn, "zhou.jie", UserRole.KAM)
    finally:
        owner.close()
    zhou = bootstrap(team["urls"]["li.na"].replace("li.na:" + PASSWORDS["li.na"], f"zhou.jie:{password}"))
    try:
        assert zhou.actor.username == "zhou.jie"
        assert zhou.services.accounts.rows() == []
    finally:
        zhou.close()


def test_the_scaled_demo_loads_into_postgresql(pg) -> None:  # type: ignore[no-untyped-def]
    """`kam demo --scale N` into a team database: the bulk insert fills a newer column's default for psycopg's
    named parameters as it does for sqlite's positional ones (people.birthday_no_year was missing)."""
    import datetime as dt

    from kam import demo

    ctx = bootstrap(pg.new_database())
    ctx.services.register.set_up(demo.DEMO_REGISTER_PASSPHRASE)
    with ctx.engine.begin() as conn:
        result = demo.load(conn, dt.date.today(), scale=3, register_key=ctx.services.vault.key())
    assert result["accounts"] == 3
    rows = ctx.services.accounts.rows()
    ctx.close()
    assert len(rows) == 3
    assert all(r.people > 0 for r in rows)
