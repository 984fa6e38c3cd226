"""Document benchmarks (issue #5 targets): brief ≤ 0.5 s; plan of a 300-person account ≤ 2 s;
review pack over 50 accounts ≤ 5 s. Timed in process, after the font is registered once.

    python bench/bench_reports.py
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
import time
from pathlib import Path


def best(fn, n: int = 3) -> float:  # type: ignore[no-untyped-def]
    runs = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return min(runs)


def main() -> None:
    from kam import demo
    from kam.app import bootstrap
    from kam.reports.fonts import register_fonts

    with tempfile.TemporaryDirectory() as tmp:
        ctx = bootstrap(str(Path(tmp) / "bench.sqlite3"))
        with ctx.engine.begin() as conn:
            demo.load(conn, dt.date.today(), scale=50)
        ctx.services.analysis.snapshot_tiers()
        big = ctx.services.accounts.create(name_zh="巨型集团有限公司", name_en="Giant Group").id
        rng = random.Random(3)
        ids: list[int] = []
        for i in range(300):
            boss = rng.choice(ids[: max(1, len(ids) // 3)]) if ids else None
            ids.append(ctx.services.people.create(big, name=f"员工{i}", title="经理", reports_to_id=boss,
                                                  influence=rng.randint(1, 5),
                                                  stance=rng.choice(["supporter", "neutral", "opposer"])).id)
        register_fonts()
        reports = ctx.services.reports
        brief = best(lambda: reports.brief(1, lang="zh_CN"))
        plan = best(lambda: reports.account_plan(big, dt.date.today().year, lang="zh_CN"))
        pages = None
        review = best(lambda: reports.review_pack(dt.date.today().year, 3, lang="zh_CN"), n=1)
        print(f"brief: {brief:.2f} s (target ≤ 0.5 s)")
        print(f"account plan, 300 people: {plan:.2f} s (target ≤ 2 s)")
        print(f"review pack, 51 accounts: {review:.2f} s (target ≤ 5 s){pages or ''}")
        ctx.close()


if __name__ == "__main__":
    main()
