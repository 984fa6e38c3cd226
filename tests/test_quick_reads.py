"""``kam tiers`` and ``kam pareto`` read a database that needs nothing but opening through a DB-API connection
(kam.analysis.reads): the same facts, sums, names and scoring rules as the services' queries, and the same
output as the commands through the services."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from tests_support import team_demo

from kam.analysis import reads
from kam.analysis.portfolio import profit_by_account
from kam.analysis.value import account_facts
from kam.app import bootstrap
from kam.cli.main import main
from kam.store.quick import open_for_reading


@pytest.fixture
def copy(demo_db: Path, tmp_path: Path) -> Path:
    """The demo with the cases the reads must get right: a deleted account, an account with no transactions
    and no cooperation date, a transaction on each edge of the window, and stored scoring rules."""
    path = tmp_path / "kam.sqlite3"
    shutil.copy(demo_db, path)
    ctx = bootstrap(str(path))
    ctx.act_as("chen.vp")  # the sales VP sets the scoring rules
    sv = ctx.services
    accounts = sv.accounts.rows()
    sv.accounts.delete(accounts[-1].id)
    sv.accounts.create(name_en="Empty Ltd")
    day = dt.date.today()
    for when in (day, day - dt.timedelta(days=364), day - dt.timedelta(days=365)):
        sv.transactions.add(accounts[0].id, occurred_on=when, product="edge", quantity=Decimal(1),
                            unit_price=Decimal("1234.5678"), amount=Decimal("1234.5678"),
                            gross_profit=Decimal("-0.0001"), discount=Decimal("0.3333"),
                            financial_cost=Decimal("7"))
    sv.analysis.save_scoring({"revenue": {"weight": 30, "breakpoints": [1, 2, 3, 4]}, "current_threshold": 40})
    ctx.close()
    return path


@pytest.fixture
def conn(copy: Path) -> Iterator[Any]:
    c = open_for_reading(str(copy), None, lambda message: None)
    assert c is not None
    yield c
    c.close()


def test_the_reads_are_the_services_queries(copy: Path, conn: Any) -> None:
    ctx = bootstrap(str(copy))
    day = dt.date.today()
    with ctx.services.analysis.read() as s:
        for window in (365, 30, 3650):
            expected = account_facts(s, day, window)
            assert reads.read_account_facts(conn, day, window) == expected
        assert any(f.revenue == 0 and f.cooperation_since is None for f in expected)
        for since in (day - dt.timedelta(days=364), day - dt.timedelta(days=29), day):
            assert sorted(reads.read_profit_by_account(conn, since, day)) == sorted(profit_by_account(s, since, day))
    assert reads.read_names(conn) == ctx.services.accounts.names()
    assert reads.read_scoring_config(conn) == ctx.services.analysis.scoring_config()
    assert reads.read_scoring_config(conn).revenue.weight == 30
    ctx.close()


@pytest.mark.parametrize("command", [["tiers", "--json"], ["tiers"], ["pareto", "--json"],
                                     ["pareto", "--days", "30"], ["scorecard", "--json"],
                                     ["scorecard", "--quarter", "2"]])
def test_the_commands_print_what_the_services_give(copy: Path, command: list[str],
                                                   capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import kam.store.quick

    assert main(["--db", str(copy), *command]) == 0
    quick = capsys.readouterr().out
    monkeypatch.setattr(kam.store.quick, "open_for_reading", lambda *a: None)  # through the services
    assert main(["--db", str(copy), *command]) == 0
    assert capsys.readouterr().out == quick
    assert ("Empty Ltd" if command[0] != "scorecard" else "李娜") in quick


def test_the_scorecards_read_are_the_services(copy: Path, conn: Any) -> None:
    ctx = bootstrap(str(copy))
    year = dt.date.today().year
    for y, quarter in ((year, None), (year, 1), (year, 2), (year, 3), (year, 4), (year - 1, None)):
        expected = ctx.services.scorecards.scorecards(y, quarter)
        assert reads.read_scorecards(conn, y, quarter) == expected
    assert any(c.attainment_pct is not None and c.mean_response_hours is not None and c.visit_cadence_pct
               for c in ctx.services.scorecards.scorecards(year))
    with ctx.engine.begin() as c:  # volumes and prices: the quantities are summed too
        c.exec_driver_sql("UPDATE quant_objectives SET metric = 'volume' WHERE metric = 'gross_profit'")
        c.exec_driver_sql("UPDATE quant_objectives SET metric = 'price' WHERE metric = 'trainings'")
    for quarter in (None, 2):
        assert reads.read_scorecards(conn, year, quarter) == ctx.services.scorecards.scorecards(year, quarter)
    ctx.close()


@pytest.mark.parametrize("change", [
    "UPDATE quant_objectives SET product = 'ZX-200' WHERE metric = 'revenue'",  # sums per product
    "UPDATE quant_objectives SET metric = 'share_of_wallet' WHERE metric = 'revenue'",
    "UPDATE quant_objectives SET metric = 'new_products' WHERE metric = 'trainings'",
    "UPDATE quant_objectives SET metric = 'complaints_resolved' WHERE metric = 'trainings'",
])
def test_the_scorecards_the_reads_leave_to_the_service(copy: Path, change: str, capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = bootstrap(str(copy))
    with ctx.engine.begin() as c:
        c.exec_driver_sql(change)
    expected = ctx.services.scorecards.scorecards(dt.date.today().year)
    ctx.close()
    conn = open_for_reading(str(copy), None, lambda message: None)
    assert conn is not None
    try:
        assert reads.read_scorecards(conn, dt.date.today().year) is None
    finally:
        conn.close()
    assert main(["--db", str(copy), "scorecard", "--json"]) == 0  # through the service
    assert f'"name": "{expected[0].name}"' in capsys.readouterr().out


def test_the_whitespace_indicator_is_read_by_the_service(copy: Path, capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = bootstrap(str(copy))
    ctx.act_as("chen.vp")
    ctx.services.analysis.save_scoring({"whitespace": {"weight": 10}})
    ctx.close()
    from kam.cli import reports

    monkeypatch.setattr(reports, "score_all", None, raising=False)  # the quick reader must not score
    c = open_for_reading(str(copy), None, lambda message: None)
    assert c is not None
    try:
        assert reports._quick_tiers(c) is None
    finally:
        c.close()
    assert main(["--db", str(copy), "tiers", "--json"]) == 0
    assert '"whitespace"' in capsys.readouterr().out


def test_on_a_team_database_the_scorecards_read_are_the_services(pg, capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """``kam scorecard`` on a team database reads through psycopg (no SQLAlchemy): for each login the cards the
    service gives under row-level security, and the same output as the command through the service; with
    the sessions in a time zone that has summer time (timestamps come back in it, the service reads them in
    UTC)."""
    import kam.store.quick

    owner, admin_url, tag = team_demo(pg)
    owner.close()
    base = admin_url.split("@", 1)[1]
    year = dt.date.today().year
    seen = {}
    for name in ("li.na", "chen.vp"):
        monkeypatch.setenv("PGTZ", "America/New_York")  # (undone below with the rest, for the last check)
        url = f"postgresql+psycopg://{tag}.{name}:pw@{base}"
        ctx = bootstrap(url)
        conn = open_for_reading(url, None, lambda message: None)
        assert conn is not None
        try:
            assert type(conn).__module__.startswith("psycopg")
            for y, quarter in ((year, None), (year, 1), (year, 3), (year - 1, None)):
                expected = ctx.services.scorecards.scorecards(y, quarter)
                assert reads.read_scorecards(conn, y, quarter) == expected
            seen[name] = ctx.services.scorecards.scorecards(year)
        finally:
            conn.close()
            ctx.close()
        monkeypatch.undo()
        assert main(["--db", url, "scorecard", "--json"]) == 0
        quick = capsys.readouterr().out
        monkeypatch.setattr(kam.store.quick, "open_for_reading", lambda *a: None)  # through the service
        assert main(["--db", url, "scorecard", "--json"]) == 0
        assert capsys.readouterr().out == quick
    # the KAM's card holds her own accounts only; the VP's cards hold his KAMs', figures included
    assert [c.accounts for c in seen["li.na"] if c.accounts] == [c.accounts for c in seen["chen.vp"]
                                                                 if c.name == "李娜"]
    assert sum(c.accounts for c in seen["chen.vp"]) > sum(c.accounts for c in seen["li.na"])
    assert any(c.attainment_pct is not None and c.mean_response_hours is not None for c in seen["chen.vp"])
