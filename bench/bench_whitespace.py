"""Whitespace map benchmarks (issue #21 targets): a 30-unit × 40-line grid opens in ≤ 100 ms; the portfolio
summary over 5 000 accounts takes ≤ 1 s.

Builds a throwaway database with one account: 40 product lines (2 products each), 30 business units, a
cell entered for every pair and ``--transactions`` ERP lines over the last 12 months spread over the
products and units; then times ``WhitespaceService.grid`` (every figure of the map) and, with ``--gui``,
the section showing it (service + model + first paint, offscreen).

With ``--portfolio N``: ``kam demo --scale N`` accounts, each with 3 business units and a cell for each
of the demo catalogue's 6 lines, then ``WhitespaceService.portfolio`` is timed.

    python bench/bench_whitespace.py [--transactions 20000] [--gui]
    python bench/bench_whitespace.py --portfolio 5000
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from kam.app import bootstrap


def build(path: Path, n_tx: int) -> tuple[object, int]:
    ctx = bootstrap(str(path), encrypt_new=False)
    sv = ctx.services
    ws = sv.whitespace
    rng = random.Random(21)
    aid = sv.accounts.create(name_zh="基准客户", ka_type="group").id
    products = []
    for i in range(40):
        line = ws.add_line(f"L{i:02d}", f"产品线{i}", f"Line {i}").id
        for k in range(2):
            ws.add_line(f"P{i:02d}{k}", f"产品{i}-{k}", f"Product {i}-{k}", parent_id=line)
            products.append(f"产品{i}-{k}")
    units = [ws.add_unit(aid, f"工厂{u}", takes_unassigned=u == 0).id for u in range(30)]
    lines = [ln.id for ln in ws.lines()]
    for u in units:
        for ln in lines:
            ws.set_cell(u, ln, potential=str(rng.randint(100_000, 5_000_000)), holder="us")
    today = dt.date.today()
    sv.records.add_transactions(aid, [dict(occurred_on=today - dt.timedelta(days=rng.randint(0, 364)),
                                           product=rng.choice(products), quantity=1, unit_price="1000",
                                           amount=str(rng.randint(1_000, 90_000)), gross_profit="100")
                                      for _ in range(n_tx)])
    # a third of the lines name their unit (the rest count for the unit that takes unassigned transactions)
    from sqlalchemy import select

    from kam.model import Transaction
    with ctx.sessions() as s:
        ids = list(s.scalars(select(Transaction.id).where(Transaction.account_id == aid)))
    ws.assign_transactions(aid, {t: rng.choice(units) for t in ids[::3]})
    return ctx, aid


def build_portfolio(ctx: object, n_accounts: int) -> None:
    from sqlalchemy import select

    from kam import demo
    from kam.demo import whitespace as demo_ws
    from kam.model import Account
    from kam.model.base import table_of
    from kam.model.whitespace import BusinessUnit, WhitespaceCell
    from kam.store.bulk import insert_rows

    t0 = time.perf_counter()
    with ctx.engine.begin() as conn:  # type: ignore[attr-defined]
        demo.load(conn, dt.date.today(), scale=n_accounts)
        lines = [ln.id for ln in demo_ws.catalogue(conn) if ln.parent_id is None]
        accounts = list(conn.scalars(select(Account.id)))
        rng = random.Random(5)
        now = dt.datetime.now(dt.UTC)
        units = [dict(id=i * 3 + k + 1, account_id=a, name=f"U{k}", kind="plant", takes_unassigned=k == 0,
                      department_id=None, notes=None, position=k, version=1, created_at=now, updated_at=now)
                 for i, a in enumerate(accounts) for k in range(3)]
        insert_rows(conn, table_of(BusinessUnit), units)
        cells = [dict(account_id=u["account_id"], unit_id=u["id"], line_id=ln, currency="CNY",
                      potential=Decimal(rng.randint(10_000, 900_000)), holder=rng.choice(["us", "nobody", "in_house"]),
                      competitor_id=None, status=None, note=None, objective_id=None, version=1, created_at=now,
                      updated_at=now) for u in units for ln in lines]
        insert_rows(conn, table_of(WhitespaceCell), cells)
    print(f"{n_accounts} accounts, {len(units)} units, {len(cells)} cells built in {time.perf_counter() - t0:.0f} s")


def portfolio(path: Path, n_accounts: int, runs: int) -> None:
    reuse = path.exists()  # --db: a database built by an earlier run, timed again (before/after a change)
    ctx = bootstrap(str(path), encrypt_new=False)
    if not reuse:
        build_portfolio(ctx, n_accounts)
    ws = ctx.services.whitespace
    times, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        (summary,) = ws.portfolio()
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    print(f"portfolio summary over {summary.accounts} accounts: median {statistics.median(times) * 1000:.0f} ms, "
          f"max {max(times) * 1000:.0f} ms (target ≤ 1 s); CPU of this process: median "
          f"{statistics.median(cpu) * 1000:.0f} ms")
    ctx.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--transactions", type=int, default=20_000)
    ap.add_argument("--gui", action="store_true", help="also time the section (service + model + paint)")
    ap.add_argument("-n", type=int, default=15)
    ap.add_argument("--portfolio", type=int, metavar="N", help="time the portfolio summary over N accounts instead")
    ap.add_argument("--db", type=Path, help="with --portfolio: keep the database there (reused when it exists)")
    args = ap.parse_args()
    if args.portfolio and args.db:
        portfolio(args.db, args.portfolio, min(args.n, 5))
        return
    if args.portfolio:
        with tempfile.TemporaryDirectory() as tmp:
            portfolio(Path(tmp) / "portfolio.sqlite3", args.portfolio, min(args.n, 5))
        return
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        ctx, aid = build(Path(tmp) / "bench.sqlite3", args.transactions)
        print(f"built in {time.perf_counter() - t0:.1f} s")
        ws = ctx.services.whitespace  # type: ignore[attr-defined]
        times, cpu = [], []
        for _ in range(args.n):
            t, c = time.perf_counter(), time.process_time()
            grid = ws.grid(aid)
            times.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
        cells = sum(1 for c in grid.cells.values() if c.transactions)
        print(f"grid {len(grid.units)} units × {len(grid.lines)} lines, {args.transactions} transactions "
              f"({cells} cells with revenue, {len(grid.unplaced)} unplaced groups): median "
              f"{statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms (target ≤ 100 ms); CPU of this "
              f"process: median {statistics.median(cpu) * 1000:.1f} ms")
        if args.gui:
            from PySide6.QtGui import QUndoStack
            from PySide6.QtWidgets import QApplication

            from ui.whitespace import WhitespaceSection

            app = QApplication.instance() or QApplication([])
            section = WhitespaceSection(ctx.services, QUndoStack(), "zh_CN")  # type: ignore[attr-defined]
            section.resize(1300, 800)
            section.show()
            shown = []
            for _ in range(args.n):
                t = time.perf_counter()
                section.set_account(aid)
                section.table.viewport().repaint()
                app.processEvents()
                shown.append(time.perf_counter() - t)
            print(f"section opened and painted: median {statistics.median(shown) * 1000:.1f} ms, "
                  f"max {max(shown) * 1000:.1f} ms")
        ctx.close()  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
