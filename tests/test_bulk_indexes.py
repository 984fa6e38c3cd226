"""A generated portfolio is written with its tables' indexes made at the end (kam.store.bulk.indexes_after):
the same indexes afterwards, and nothing lost or left without them when the load fails."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError

from kam import demo
from kam.app import AppContext
from kam.model import Account
from kam.model.base import table_of
from kam.store.bulk import indexes_after

ACCOUNTS = table_of(Account)


def indexes(conn: Any) -> list[tuple[str, str, str | None]]:
    return [tuple(r) for r in conn.exec_driver_sql(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name").all()]


@pytest.mark.parametrize("ctx", ["sqlite"], indirect=True)
def test_a_scaled_demo_leaves_every_index_as_it_was(ctx: AppContext) -> None:
    with ctx.engine.connect() as conn:
        before = indexes(conn)
    assert any(name == "ix_people_name" for name, _t, _s in before)
    with ctx.engine.begin() as conn:
        demo.load(conn, dt.date.today(), scale=4)
    with ctx.engine.connect() as conn:
        assert indexes(conn) == before
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"  # every index has every row
        plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM people WHERE name = 'x'").all())
        assert "ix_people_name" in plan


@pytest.mark.parametrize("ctx", ["sqlite"], indirect=True)
def test_a_load_that_fails_leaves_the_indexes_and_no_rows(ctx: AppContext) -> None:
    with ctx.engine.connect() as conn:
        before = indexes(conn)
        accounts = conn.exec_driver_sql("SELECT count(*) FROM accounts").scalar()

    class Cut(Exception):
        pass

    def load() -> None:
        with ctx.engine.begin() as conn, indexes_after(conn, ["people", "accounts"]):
            assert len(indexes(conn)) < len(before)  # dropped while the rows go in
            conn.execute(ACCOUNTS.insert().values(name_en="Cut Ltd", ka_type="economic"))
            raise Cut

    with pytest.raises(Cut):
        load()
    with ctx.engine.connect() as conn:
        assert indexes(conn) == before
        assert conn.exec_driver_sql("SELECT count(*) FROM accounts").scalar() == accounts


@pytest.mark.parametrize("ctx", ["sqlite"], indirect=True)
def test_rows_a_unique_index_refuses_are_refused_when_it_is_made_again(ctx: AppContext) -> None:
    with ctx.engine.connect() as conn:
        before = indexes(conn)
    def load() -> None:
        with ctx.engine.begin() as conn, indexes_after(conn, ["accounts"]):
            for name in ("One Ltd", "Two Ltd"):  # the same global id twice: ix_accounts_gid is unique
                conn.execute(ACCOUNTS.insert().values(name_en=name, ka_type="economic", gid="same"))
            assert conn.exec_driver_sql("SELECT count(*) FROM accounts WHERE gid = 'same'").scalar() == 2

    with pytest.raises(IntegrityError, match="gid"):
        load()
    with ctx.engine.connect() as conn:
        assert indexes(conn) == before
        assert not conn.exec_driver_sql("SELECT count(*) FROM accounts WHERE gid = 'same'").scalar()
