"""``kam accounts`` reads a database that needs nothing but opening without SQLAlchemy (kam.store.quick):
the same rows as the service, and every other case left to the start-up policy (kam.app.open_app)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests_support import team_demo

from kam.account_list import AccountRow, read_accounts
from kam.app import bootstrap
from kam.store import dbkey, journal
from kam.store.quick import open_for_reading


@pytest.fixture
def copy(demo_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "kam.sqlite3"
    shutil.copy(demo_db, path)
    return path


def quick_rows(path: Path, user: str | None = None) -> list[AccountRow] | None:
    conn = open_for_reading(str(path), user, lambda message: None)
    if conn is None:
        return None
    try:
        return read_accounts(conn)
    finally:
        conn.close()


def test_the_quick_list_is_the_services_list(copy: Path) -> None:
    ctx = bootstrap(str(copy))
    accounts = ctx.services.accounts.rows()
    ctx.services.accounts.delete(accounts[-1].id)  # a deleted account is not listed
    person = ctx.services.people.rows(accounts[0].id)[0]
    ctx.services.people.delete(person.id)  # nor counted
    expected = ctx.services.accounts.rows()
    ctx.close()
    assert len(expected) == len(accounts) - 1
    assert any(r.tier for r in expected)
    assert any(r.last_visit for r in expected)
    assert any(r.owner for r in expected)
    assert quick_rows(copy) == expected
    assert quick_rows(copy, "li.na") == expected  # a --user who is one of its users


def test_every_case_with_work_to_do_goes_through_the_start_up_policy(copy: Path, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    assert quick_rows(copy, "nobody") is None  # open_app names the users
    assert open_for_reading("mysql://li.na@dbhost/kam", None, print) is None  # not a kam server: open_app says so
    assert quick_rows(tmp_path / "missing.sqlite3") is None
    assert not (tmp_path / "missing.sqlite3").exists()
    journal.write(copy, "restore", "prepare")  # an interrupted operation to roll back
    assert quick_rows(copy) is None
    journal.clear(copy, "restore")
    (copy.parent / "backups").mkdir()
    (copy.parent / "backups" / "x.sqlite3.part").write_bytes(b"")  # a stray part to clear
    assert quick_rows(copy) is None
    (copy.parent / "backups" / "x.sqlite3.part").unlink()
    assert quick_rows(copy) is not None
    monkeypatch.setattr(dbkey, "_session", {})  # the key this process opened it with, forgotten
    monkeypatch.setenv("KAM_DB_KEY", "ab" * 32)  # the wrong key: open_app says so
    assert quick_rows(copy) is None


def test_an_unanchored_audit_trail_or_an_old_schema_goes_through_the_start_up_policy(copy: Path) -> None:
    from kam.store.db import connect_file
    from kam.store.dbkey import known_key

    conn = connect_file(copy, known_key(copy))
    conn.execute("UPDATE audit_log SET mac = NULL WHERE id = (SELECT max(id) FROM audit_log)")
    conn.commit()
    assert quick_rows(copy) is None
    conn.execute("UPDATE alembic_version SET version_num = '0001'")
    conn.commit()
    conn.close()
    assert quick_rows(copy) is None


def test_a_storage_warning_is_given_on_the_quick_way_too(demo_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "OneDrive"
    folder.mkdir()
    shutil.copy(demo_db, folder / "kam.sqlite3")
    said: list[str] = []
    conn = open_for_reading(str(folder / "kam.sqlite3"), None, said.append)
    assert conn is not None
    conn.close()
    assert len(said) == 1
    assert "synced folder" in said[0]


def test_on_a_team_database_the_quick_list_is_what_the_login_may_read(pg) -> None:  # type: ignore[no-untyped-def]
    """Row-level security applies to the quick connection as to the app's: each KAM gets the service's rows."""
    from kam.errors import DatabaseRefused
    from kam.team import setup
    from kam.vocab import UserRole

    admin_url = pg.new_database()
    owner = bootstrap(admin_url)
    with owner.engine.begin() as conn:
        setup.init_team(conn)
        setup.add_user(conn, "li.na", UserRole.KAM, "李娜", password="pw-1")
        setup.add_user(conn, "zhang.wei", UserRole.KAM, "张伟", password="pw-2")
    owner.close()
    base = admin_url.split("@", 1)[1]
    urls = {"li.na": f"postgresql+psycopg://li.na:pw-1@{base}", "zhang.wei": f"postgresql+psycopg://zhang.wei:pw-2@{base}"}
    created = []
    for name, url in urls.items():
        ctx = bootstrap(url)
        account = ctx.services.accounts.create(name_zh=f"{name} 的客户", ka_type="strategic", owner_id=ctx.actor.user_id)
        ctx.services.people.create(account.id, name="王强")
        created.append(account.id)
        ctx.close()
    for name, url in urls.items():
        ctx = bootstrap(url)
        expected = ctx.services.accounts.rows()
        # the window's first page reads (some accounts' lines, the list's sort keys) are as row-level secure
        assert ctx.services.accounts.rows(ids=created) == expected
        assert ctx.services.accounts.list_keys() == [(r.id, r.name, r.search_key) for r in expected]
        assert ctx.services.planning.status_by_account(2026, created) == {}
        ctx.close()
        assert [r.name for r in expected] == [f"{name} 的客户"]
        conn = open_for_reading(url, None, print)
        assert conn is not None
        try:
            assert read_accounts(conn) == expected
        finally:
            conn.close()
    assert open_for_reading(urls["li.na"], "nobody", print) is None  # open_app names the users
    with pytest.raises(DatabaseRefused, match="refused the user name or password"):
        open_for_reading(urls["li.na"].replace("pw-1", "nope"), None, print)


def test_a_storage_warning_is_said_once_whichever_way_the_command_reads(demo_db: Path, tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """A file in a synced folder: the quick way warns when it reads; when its reader hands the command over to
    the start-up policy (which warns itself), it says nothing."""
    import argparse

    from kam.cli.common import quick_read
    from kam.cli.main import main

    synced = tmp_path / "OneDrive" / "kam.sqlite3"
    synced.parent.mkdir()
    shutil.copy(demo_db, synced)
    args = argparse.Namespace(db=str(synced), user=None)
    assert quick_read(args, lambda conn: None) is None
    assert "synced folder" not in capsys.readouterr().err
    assert quick_read(args, read_accounts)
    assert capsys.readouterr().err.count("is in a synced folder") == 1
    assert main(["--db", str(synced), "accounts", "--json"]) == 0
    assert capsys.readouterr().err.count("is in a synced folder") == 1


def test_on_a_team_database_the_vp_and_a_kam_get_the_services_list(pg) -> None:  # type: ignore[no-untyped-def]
    """The demo in PostgreSQL under row-level security: the VP (who reads every account: the policies' short
    cut) and a KAM each get the service's lines from the quick read, whole and a page of them; the people
    counted per account are its live people (grouped in the index's order, ``kam.account_list``), a deleted
    person not among them."""
    owner, admin_url, tag = team_demo(pg)
    accounts = owner.services.accounts.rows()
    person = owner.services.people.rows(accounts[0].id)[0]
    owner.services.people.delete(person.id)
    with owner.engine.connect() as c:
        live = dict(c.exec_driver_sql("SELECT account_id, count(*) FROM people WHERE deleted_at IS NULL "
                                      "GROUP BY account_id").all())
        dead = c.exec_driver_sql("SELECT count(*) FROM people WHERE deleted_at IS NOT NULL").scalar_one()
    owner.close()
    assert dead >= 1
    assert max(live.values()) > 1
    base = admin_url.split("@", 1)[1]
    seen = {}
    for name in ("li.na", "chen.vp"):
        url = f"postgresql+psycopg://{tag}.{name}:pw@{base}"
        ctx = bootstrap(url)
        expected = ctx.services.accounts.rows()
        page = [r.id for r in expected[1:4]]
        expected_page = ctx.services.accounts.rows(ids=page)
        ctx.close()
        conn = open_for_reading(url, None, lambda message: None)
        assert conn is not None
        try:
            assert read_accounts(conn) == expected
            assert read_accounts(conn, page) == expected_page == expected[1:4]
        finally:
            conn.close()
        assert [r.people for r in expected] == [live.get(r.id, 0) for r in expected]
        seen[name] = expected
    assert [r.id for r in seen["chen.vp"]] == [r.id for r in accounts]  # the VP reads every account
    assert 0 < len(seen["li.na"]) < len(accounts)
