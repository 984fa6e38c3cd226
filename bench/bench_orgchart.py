"""Org-chart benchmarks (issue #4 targets): layout of 2 000 people ≤ 50 ms; scene ≤ 300 ms.

    QT_QPA_PLATFORM=offscreen python bench/bench_orgchart.py
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kam.orgchart import layout
from kam.orgchart.data import ChartPerson, OrgData
from kam.vocab import BuyingRole, Stance


def org(n: int, seed: int = 7) -> OrgData:
    rng = random.Random(seed)
    people = []
    for pid in range(1, n + 1):
        manager = None if pid == 1 else rng.randint(max(1, pid // 7 - 5), max(1, pid // 7 + 1))
        people.append(ChartPerson(pid, f"张伟{pid}", f"Zhang Wei {pid}", "高级工程师", manager,
                                  rng.choice(list(Stance)), frozenset({rng.choice(list(BuyingRole))}),
                                  rng.randint(1, 5), rng.choice([None, "李娜"]),
                                  dt.date.today() - dt.timedelta(days=rng.randint(0, 200))))
    return OrgData(1, people)


def timeit(fn, repeat: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - start) * 1000)
    return min(runs), statistics.median(runs)


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from ui.orgchart.scene import OrgChartScene

    data = org(2000)
    pairs = [(p.id, p.manager_id) for p in data.people]
    lo, med = timeit(lambda: layout(pairs), 20)
    print(f"layout, 2 000 people: min {lo:.1f} ms, median {med:.1f} ms (target ≤ 50 ms)")
    app = QApplication.instance() or QApplication([])  # noqa: F841
    lo, med = timeit(lambda: OrgChartScene(data, "zh_CN"), 5)
    print(f"scene, 2 000 people: min {lo:.1f} ms, median {med:.1f} ms (target ≤ 300 ms)")


if __name__ == "__main__":
    main()
