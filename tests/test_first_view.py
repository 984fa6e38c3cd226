"""The window's first view reads through a plain DB-API connection (kam.first_view): each read gives what its
service gives, on the demo portfolio and after changes; anything else waits for the services (Pending)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kam.account_data import ACCOUNT_FIELDS
from kam.app import bootstrap
from kam.errors import NotFound, UserError
from kam.first_view import FirstView, Pending
from kam.store.quick import open_for_reading


@pytest.fixture
def copy(demo_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "kam.sqlite3"
    shutil.copy(demo_db, path)
    return path


def first_view(path: Path) -> FirstView:
    conn = open_for_reading(str(path), None, lambda message: None)
    assert conn is not None
    return FirstView(conn)


def snapshot_points(history: list[Any]) -> list[tuple[Any, ...]]:
    return [(s.year, s.quarter, s.tier, s.current_score, s.potential_score) for s in history]


def typed(value: Any) -> Any:
    """``value`` with the type of every item beside it: a StrEnum equals its text (``PlanStatus.DRAFT ==
    "draft"``), so the comparisons below would not see a read giving plain text where the service gives the
    enum (or a float for a Decimal: ``1.5 == Decimal("1.5")``)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return type(value), [typed(getattr(value, f.name)) for f in dataclasses.fields(value)]
    if isinstance(value, (list, tuple)):
        return [typed(v) for v in value]
    if isinstance(value, dict):
        return {typed(k): typed(v) for k, v in value.items()}
    return value, type(value)


def assert_same(path: Path) -> None:
    ctx = bootstrap(str(path))
    sv = ctx.services
    quick = first_view(path)
    try:
        keys = sv.accounts.list_keys()
        assert typed(quick.accounts.list_keys()) == typed(keys)
        ids = [k[0] for k in keys]
        assert typed(quick.accounts.rows()) == typed(sv.accounts.rows())
        assert typed(quick.accounts.rows(ids=ids[:3])) == typed(sv.accounts.rows(ids=ids[:3]))
        assert quick.accounts.rows(ids=[]) == sv.accounts.rows(ids=[]) == []
        year = dt.date.today().year
        for y in (year, year - 1):
            assert typed(quick.planning.status_by_account(y)) == typed(sv.planning.status_by_account(y))
            assert typed(quick.planning.status_by_account(y, ids[:5])) == \
                   typed(sv.planning.status_by_account(y, ids[:5]))
        for aid in ids:
            acc = sv.accounts.get(aid)
            mine = quick.accounts.get(aid)
            for name in ("id", "version", *ACCOUNT_FIELDS):
                ours, theirs = getattr(mine, name), getattr(acc, name)
                assert (ours, type(ours)) == (theirs, type(theirs)), name
            assert typed(snapshot_points(quick.analysis.tier_history(aid))) == \
                   typed(snapshot_points(sv.analysis.tier_history(aid)))
            assert typed(quick.accounts.team(aid)) == typed(sv.accounts.team(aid))
            assert typed(quick.accounts.wallet(aid)) == typed(sv.accounts.wallet(aid))
        assert typed([(u.id, u.username, u.display_name) for u in quick.users.list()]) == \
               typed([(u.id, u.username, u.display_name) for u in sv.users.list()])
    finally:
        quick.close()
        ctx.close()


def test_the_first_views_reads_are_the_services(copy: Path) -> None:
    assert_same(copy)


def test_they_stay_equal_after_changes(copy: Path) -> None:
    ctx = bootstrap(str(copy))
    sv = ctx.services
    rows = sv.accounts.rows()
    first, second = rows[0].id, rows[1].id
    sv.accounts.update(first, annual_category_spend="1234.5678", cooperation_since="2019-03-04",
                       group_relation="subsidiary", satisfaction=4, industry=None)
    sv.accounts.set_category_purchases(first, 2025, "1000000")
    sv.accounts.set_category_purchases(first, 2024, "0")
    users = sv.users.list()
    sv.accounts.add_team_member(first, users[0].id, "sponsor")
    sv.accounts.add_team_member(first, users[-1].id, "our own role")
    owner = sv.accounts.get(second).owner_id
    if owner is not None:
        sv.accounts.add_team_member(second, owner, "technical")  # the owner with a team role of theirs
    sv.accounts.update(second, owner_id=None)
    sv.accounts.delete(rows[2].id)
    ctx.close()
    assert_same(copy)
    quick = first_view(copy)
    try:
        with pytest.raises(NotFound):
            quick.accounts.get(rows[2].id)  # in the trash
        with pytest.raises(NotFound):
            quick.accounts.team(10 ** 6)
        assert any(w.category_purchases == Decimal("1000000") for w in quick.accounts.wallet(first))
    finally:
        quick.close()


class Services:
    """Stands for the real services: records what reached them."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        outer = self

        class Accounts:
            def update(self, aid: int, **values: Any) -> str:
                outer.calls.append(f"update {aid}")
                return "done"

            def rows(self, **kw: Any) -> list[Any]:
                outer.calls.append("rows")
                return []

        self.accounts = Accounts()
        self.vault = object()


def test_pending_serves_the_first_view_until_the_services_come_and_waits_for_them_otherwise(copy: Path) -> None:
    quick = first_view(copy)
    real = Services()
    opened: list[int] = []

    def need() -> None:
        opened.append(1)
        pending.resolve(real)

    pending = Pending(quick, need)
    accounts = pending.accounts
    assert len(accounts.rows()) == 14  # read quickly, nothing opened
    assert opened == []
    assert real.calls == []
    assert accounts.update(1, name_en="x") == "done"  # a change waits for the services: they are opened first
    assert opened == [1]
    assert real.calls == ["update 1"]
    assert accounts.rows() == []  # and from now on everything goes to them
    assert real.calls[-1] == "rows"
    assert pending.vault is real.vault
    with pytest.raises(Exception, match="closed"):  # the first view's connection is closed
        quick.accounts.rows()


def test_pending_says_so_when_the_database_does_not_open(copy: Path) -> None:
    pending = Pending(first_view(copy), lambda: None)
    with pytest.raises(UserError):
        pending.accounts.update(1, name_en="x")
    with pytest.raises(UserError):
        _ = pending.records
    pending.close()


def test_pending_knows_when_the_database_changed_since_the_first_view(copy: Path) -> None:
    """Another connection's commit (``PRAGMA data_version``) or another file in its place (a restore): the
    window reads its view again once the services are there."""
    import os

    def pending() -> Pending:
        conn = open_for_reading(str(copy), None, lambda message: None)
        assert conn is not None
        return Pending(FirstView(conn, copy), lambda: None)

    first = pending()
    try:
        first.accounts.rows()
        assert not first.changed()
        ctx = bootstrap(str(copy))
        ctx.services.accounts.update(ctx.services.accounts.rows()[0].id, name_en="Changed")
        ctx.close()
        assert first.changed()
    finally:
        first.close()
    second = pending()
    try:
        assert not second.changed()
        shutil.copy(copy, copy.with_name("restored.sqlite3"))
        os.replace(copy.with_name("restored.sqlite3"), copy)
        assert second.changed()
    finally:
        second.close()


def test_pending_opens_the_services_on_the_main_thread_only(copy: Path) -> None:
    """Opening may ask the person (Qt dialogs): a worker thread asking for the services is a mistake."""
    import threading

    opened: list[int] = []
    pending = Pending(first_view(copy), lambda: opened.append(1))
    failed: list[BaseException] = []

    def worker() -> None:
        try:
            pending.need()
        except BaseException as exc:  # (reported to the test's thread)
            failed.append(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert [type(e) for e in failed] == [AssertionError]
    assert opened == []
    pending.close()


def test_a_first_view_read_that_fails_is_the_services_read(copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A damaged page reached by a read before the services came (another account chosen): the read goes to
    the services, which open the database the full way (open_app says what is wrong); a NotFound stays one.
    While the first view is being filled, the failure is its maker's (Launcher.first_view drops the view)."""
    import sqlite3

    quick = first_view(copy)
    real = Services()
    pending = Pending(quick, lambda: pending.resolve(real))

    def damaged(**kw: Any) -> list[Any]:
        raise sqlite3.DatabaseError("database disk image is malformed")

    with pytest.raises(NotFound):
        pending.accounts.get(10 ** 6)
    monkeypatch.setattr(quick.accounts, "rows", damaged)
    with pytest.raises(sqlite3.DatabaseError):
        pending.accounts.rows()
    assert real.calls == []
    pending.shown = True  # (as Launcher.first_view sets it once the view is filled)
    with pytest.raises(NotFound):
        pending.accounts.get(10 ** 6)
    assert real.calls == []
    assert pending.accounts.rows() == []
    assert real.calls == ["rows"]
