"""``kam brief`` reads a database that needs nothing but opening through a DB-API connection
(kam.reports.brief_reads): the same BriefData as ``ReportService.brief_data`` for every account, the same PDF,
and the service's way wherever these reads leave it the brief."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kam.app import AppContext, bootstrap
from kam.cli.main import main
from kam.reports import brief_reads
from kam.store.quick import open_for_reading

LANGS = ["en", "zh_CN", "zh_TW"]


def _upcoming(ctx: AppContext) -> list[tuple[int, int, int]]:
    """(account, visit, planned attendee) of the planned visits."""
    with ctx.engine.connect() as c:
        return [tuple(r) for r in c.exec_driver_sql(
            "SELECT c.account_id, c.id, a.person_id FROM contacts c JOIN contact_attendees a ON a.contact_id = c.id"
            " WHERE c.done = 0 AND c.occurred_on >= ? ORDER BY c.account_id, c.id, a.person_id",
            (dt.date.today().isoformat(),)).fetchall()]


@pytest.fixture
def copy(demo_db: Path, tmp_path: Path) -> Path:
    """The demo with the cases the reads must get right: a planned attendee deleted, a person deleted, an
    account's plan deleted, an objective with manual actuals, one that needs quantities, objectives of one
    product, shares of wallet, a deleted account, an account with nobody and nothing."""
    path = tmp_path / "kam.sqlite3"
    shutil.copy(demo_db, path)
    ctx = bootstrap(str(path))
    ctx.act_as("chen.vp")
    sv = ctx.services
    upcoming = _upcoming(ctx)
    sv.people.delete(upcoming[0][2])  # a planned attendee of account 1's visit
    other = next(r for r in upcoming if r[0] != upcoming[0][0])
    with ctx.engine.connect() as c:  # every planned attendee of another account's visit
        gone = [pid for (pid,) in c.exec_driver_sql("SELECT person_id FROM contact_attendees WHERE contact_id = ?",
                                                    (other[1],))]
    for pid in gone:
        sv.people.delete(pid)
    people = sv.people.rows(3)
    sv.people.delete(people[0].id)
    year = dt.date.today().year
    product = "Brief test product"
    for aid in (7, 8, 9):  # this year's sales the sums per product and the shares of wallet are of (the demo's
        # are dated up to today: in the first days of January it has none yet)
        sv.transactions.add(aid, occurred_on=dt.date.today(), product=product, quantity=Decimal(10),
                            unit_price=Decimal("123456.75"), amount=Decimal("1234567.5"),
                            gross_profit=Decimal("234567.5"))
    with ctx.engine.begin() as c:
        c.exec_driver_sql("DELETE FROM plans WHERE account_id = 2")
        plan5 = c.exec_driver_sql("SELECT id FROM plans WHERE account_id = 5 AND year = ? "
                                  "ORDER BY plan_version DESC LIMIT 1", (year,)).scalar()
        c.exec_driver_sql("UPDATE quant_objectives SET manual_actuals = '{\"1\": \"3\", \"2\": \"4.5\"}' "
                          "WHERE plan_id = ? AND metric = 'trainings'", (plan5,))
        newest = ("SELECT id FROM plans WHERE account_id = ? AND year = ? ORDER BY plan_version DESC LIMIT 1")
        plan6 = c.exec_driver_sql(newest, (6, year)).scalar()
        c.exec_driver_sql("UPDATE quant_objectives SET metric = 'volume', unit = 't' "
                          "WHERE plan_id = ? AND metric = 'revenue'", (plan6,))
        # revenue and price of one product (the sums per product)
        plan7 = c.exec_driver_sql(newest, (7, year)).scalar()
        c.exec_driver_sql("UPDATE quant_objectives SET product = ? WHERE plan_id = ? AND metric = 'revenue'",
                          (product, plan7))
        c.exec_driver_sql("UPDATE quant_objectives SET metric = 'price', unit = 'CNY', product = ? "
                          "WHERE plan_id = ? AND metric = 'gross_profit'", (product, plan7))
        # share of wallet: of the year's category purchases (account 8), of the annual spend (9), of nothing (10)
        c.exec_driver_sql("UPDATE accounts SET annual_category_spend = 80000000000 WHERE id IN (8, 9)")
        c.exec_driver_sql("INSERT INTO category_purchases (account_id, year, amount) VALUES (8, ?, 123456780000)",
                          (year,))
        c.exec_driver_sql("UPDATE accounts SET annual_category_spend = NULL WHERE id = 10")
        for aid in (8, 9, 10):
            c.exec_driver_sql("UPDATE quant_objectives SET metric = 'share_of_wallet', unit = '%' "
                              "WHERE plan_id = ? AND metric = 'gross_profit'", (c.exec_driver_sql(newest, (aid, year)).scalar(),))
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    for days, subject, extra in ((2, "后来的投诉", {"routed_to": "quality"}), (9, "Earlier complaint", {}),
                                 (5, "Answered", {"responded_at": now}), (20, "Solved", {"resolved_at": now})):
        sv.records.add_feedback(1, subject, now - dt.timedelta(days=days, minutes=days), **extra)
    for days in (0, 364, 365, 366):  # a sale on each edge of the 12 months
        sv.transactions.add(1, occurred_on=dt.date.today() - dt.timedelta(days=days), product="edge",
                            quantity=Decimal(1), unit_price=Decimal("1234.5678"), amount=Decimal("1234.5678"),
                            gross_profit=Decimal("-0.0001"))
    accounts = sv.accounts.rows()
    sv.accounts.delete(accounts[-1].id)
    sv.accounts.create(name_en="Empty Ltd")
    ctx.close()
    return path


@pytest.fixture
def conn(copy: Path) -> Iterator[Any]:
    c = open_for_reading(str(copy), None, lambda message: None)
    assert c is not None
    yield c
    c.close()


def _accounts(ctx: AppContext) -> list[int]:
    return [r.id for r in ctx.services.accounts.rows()]


def test_the_brief_read_is_the_services(copy: Path, conn: Any) -> None:
    ctx = bootstrap(str(copy))
    try:
        accounts = _accounts(ctx)
        assert len(accounts) == 14
        for aid in accounts:
            for lang in LANGS:
                want = ctx.services.reports.brief_data(aid, lang=lang)
                got = brief_reads.read_brief(conn, aid, lang=lang)
                assert got == want, (aid, lang)
            people = [p.id for p in ctx.services.people.rows(aid)]
            for ids in (people[:1], people[-3:][::-1], people[:2] + people[:1]):
                if ids:
                    assert brief_reads.read_brief(conn, aid, attendee_ids=ids) == \
                        ctx.services.reports.brief_data(aid, attendee_ids=ids), (aid, ids)
        # what the cases above are about did happen
        briefs = {aid: brief_reads.read_brief(conn, aid) for aid in accounts}
        assert all(b is not None for b in briefs.values())
        assert briefs[2] is not None
        assert briefs[2].facts.objectives == []
        empty = briefs[accounts[-1]]
        assert empty is not None
        assert (empty.attendees, empty.visit, empty.facts.tier) == ([], None, None)
        assert any(o.source == "manual" for b in briefs.values() if b for o in b.facts.objectives)
        assert briefs[8] is not None
        assert briefs[9] is not None
        assert [o.unit for o in briefs[8].facts.objectives].count("%") == 1
        wallet = [o.actual for aid in (8, 9) for o in briefs[aid].facts.objectives if o.unit == "%"]  # type: ignore[union-attr]
        assert all(x is not None and x > 0 for x in wallet)
        assert briefs[7] is not None
        assert [o.actual is not None and o.actual > 0 for o in briefs[7].facts.objectives[:2]] == [True, True]
        assert any(b.visit is not None and b.attendees for b in briefs.values() if b)
        issues = [i.subject for i in briefs[1].facts.issues] if briefs[1] else []
        assert issues[-3:] == ["Earlier complaint", "Answered", "后来的投诉"]
        assert any(a.history for b in briefs.values() if b for a in b.attendees)
    finally:
        ctx.close()


def test_a_deleted_planned_attendee_is_left_out_of_the_brief(copy: Path, conn: Any) -> None:
    """(The service failed on it with a KeyError before both reads shared ``chosen_attendees``.)"""
    ctx = bootstrap(str(copy))
    try:
        with ctx.engine.connect() as c:
            rows = c.exec_driver_sql(
                "SELECT c.account_id, a.person_id, p.deleted_at IS NOT NULL FROM contacts c "
                "JOIN contact_attendees a ON a.contact_id = c.id JOIN people p ON p.id = a.person_id "
                "WHERE c.done = 0 AND c.occurred_on >= ?", (dt.date.today().isoformat(),)).fetchall()
        deleted = {(aid, pid) for aid, pid, gone in rows if gone}
        assert deleted
        for aid in {aid for aid, _pid in deleted}:
            data = ctx.services.reports.brief_data(aid)
            assert data.visit is not None
            assert not {a.id for a in data.attendees} & {pid for a, pid in deleted if a == aid}
            assert data.attendees  # the other planned attendees, or the most influential people
            assert brief_reads.read_brief(conn, aid) == data
    finally:
        ctx.close()


def test_the_reads_leave_to_the_service_what_they_do_not_read(copy: Path, conn: Any) -> None:
    ctx = bootstrap(str(copy))
    try:
        year = dt.date.today().year
        with ctx.engine.begin() as c:  # new products introduced: counted by the service
            c.exec_driver_sql("UPDATE quant_objectives SET metric = 'new_products' WHERE metric = 'revenue' "
                              "AND plan_id IN (SELECT id FROM plans WHERE account_id = 7 AND year = ?)", (year,))
        deleted = [aid for aid in range(1, 20) if aid not in _accounts(ctx)]
    finally:
        ctx.close()
    conn2 = open_for_reading(str(copy), None, lambda message: None)
    assert conn2 is not None
    try:
        assert brief_reads.read_brief(conn2, 7) is None
        assert brief_reads.read_brief(conn2, 8) is not None
        assert brief_reads.read_brief(conn2, deleted[0]) is None
        assert brief_reads.read_brief(conn2, 999) is None
        assert brief_reads.read_brief(conn2, 1, attendee_ids=[999]) is None  # the service says what is wrong
        assert brief_reads.read_account_id(conn2, str(deleted[0])) is None
    finally:
        conn2.close()


def test_an_account_is_named_as_the_service_resolves_it(copy: Path, conn: Any) -> None:
    from kam.errors import NotFound

    ctx = bootstrap(str(copy))
    try:
        refs = ["1", " 3 ", "999", "Empty Ltd", "nobody"]
        for row in ctx.services.accounts.rows()[:5]:
            refs += [x for x in (row.name_zh, row.name_en) if x]
        for ref in refs:
            try:
                want: int | None = ctx.services.accounts.resolve(ref).id
            except NotFound:
                want = None
            assert brief_reads.read_account_id(conn, ref) == want, ref
        for username in (None, "chen.vp", "nobody-here"):
            ctx.act_as(username)
            assert brief_reads.read_author(conn, username) == ctx.services.reports._author()
    finally:
        ctx.close()


def _invariant_pdf(data: Any, meta: Any) -> bytes:
    from reportlab import rl_config

    from kam.reports.brief import render_brief

    before = rl_config.invariant
    rl_config.invariant = 1  # no time stamp, a fixed document id
    try:
        return render_brief(data, meta)
    finally:
        rl_config.invariant = before


def test_the_command_prints_the_services_pdf(copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """`kam brief` through the quick read writes the PDF the service makes (compared without the time stamp and
    the document id), and says the same."""
    from kam.services.reports import ReportService

    stamp = dt.datetime(2026, 12, 3, 9, 30, tzinfo=dt.UTC)

    class Clock(dt.datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Any:  # the footer's time
            return stamp if tz is not None else stamp.replace(tzinfo=None)

    monkeypatch.setattr("kam.reports.briefing.dt.datetime", Clock)
    from reportlab import rl_config

    monkeypatch.setattr(rl_config, "invariant", 1)
    used: list[str] = []
    real_read, real_service = brief_reads.read_brief, ReportService.brief
    monkeypatch.setattr(brief_reads, "read_brief", lambda *a, **k: used.append("quick") or real_read(*a, **k))
    monkeypatch.setattr(ReportService, "brief", lambda *a, **k: used.append("service") or real_service(*a, **k))
    for argv in (["brief", "1"], ["brief", "4", "--attendees", "104,101", "--lang", "zh_CN"],
                 ["--user", "chen.vp", "brief", "Empty Ltd", "--page-size", "Letter"]):
        outs = []
        for quick in (True, False):
            out = tmp_path / "b.pdf"  # (the same name: the message names it)
            if not quick:
                monkeypatch.setattr(brief_reads, "read_brief", lambda *a, **k: None)
            assert main(["--db", str(copy), *argv, "--out", str(out)]) == 0
            outs.append((out.read_bytes(), capsys.readouterr().out))
            monkeypatch.setattr(brief_reads, "read_brief", lambda *a, **k: used.append("quick") or real_read(*a, **k))
        assert outs[0] == outs[1], argv
        assert outs[0][0].startswith(b"%PDF")
    assert (used.count("quick"), used.count("service")) == (3, 3)


def test_a_confidential_brief_is_the_services(copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    called: list[int] = []
    monkeypatch.setattr(brief_reads, "read_brief", lambda *a, **k: called.append(1))
    from kam.demo import DEMO_REGISTER_PASSPHRASE

    monkeypatch.setenv("KAM_REGISTER_PASSPHRASE", DEMO_REGISTER_PASSPHRASE)
    out = tmp_path / "c.pdf"
    assert main(["--db", str(copy), "--user", "chen.vp", "brief", "1", "--include-confidential", "--reason",
                 "board visit", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert called == []
    ctx = bootstrap(str(copy))
    try:
        with ctx.engine.connect() as c:
            assert c.exec_driver_sql("SELECT count(*) FROM audit_log WHERE action = 'export.confidential'").scalar() == 1
    finally:
        ctx.close()


def test_pdf_bytes_of_both_reads(copy: Path, conn: Any) -> None:
    """The rendering is shared: the same data gives the same document."""
    from kam.reports.briefing import document_meta

    ctx = bootstrap(str(copy))
    try:
        for aid in _accounts(ctx)[:4]:
            want = ctx.services.reports.brief_data(aid, lang="zh_CN")
            got = brief_reads.read_brief(conn, aid, lang="zh_CN")
            assert got is not None
            meta = document_meta("brief", want.facts.account, "zh_CN", "A4", None, "kam")
            assert _invariant_pdf(got, meta) == _invariant_pdf(want, meta)
    finally:
        ctx.close()


def test_on_a_team_database_the_brief_is_the_services_on_one_connection(  # type: ignore[no-untyped-def]
        pg, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``kam brief`` on a team database opens it once, through the service: the quick read (SQLite's SQL) is
    not tried (it connected to the server, failed on its first query and fell back to a second connection)."""
    import kam.store.quick
    from kam import demo

    url = pg.new_database()
    owner = bootstrap(url)
    owner.services.register.set_up(demo.DEMO_REGISTER_PASSPHRASE)
    with owner.engine.begin() as c:
        demo.load(c, dt.date.today(), register_key=owner.services.vault.key())
    owner.close()
    tried: list[str] = []
    real = kam.store.quick.open_server_for_reading
    monkeypatch.setattr(kam.store.quick, "open_server_for_reading", lambda *a: tried.append("quick") or real(*a))
    monkeypatch.setattr(brief_reads, "read_brief", lambda *a, **k: tried.append("read") or None)
    out = tmp_path / "t.pdf"
    assert main(["--db", url, "brief", "1", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert tried == []


def test_the_quick_brief_reads_nothing_but_sqlite() -> None:
    import argparse

    from kam.cli.reports import _quick_brief

    class Server:
        def execute(self, *a: Any) -> Any:
            raise AssertionError("queried")

    args = argparse.Namespace(account="1", lang="en", user=None, page_size="A4")
    assert _quick_brief(Server(), args, None) is None
