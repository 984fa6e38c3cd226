"""Desktop benchmarks (issue #3 targets), on a `kam demo --scale 5000` database:

* start to a usable main window ≤ 1.5 × a bare PySide6 QMainWindow, measured in the same run;
* one search keystroke ≤ 20 ms; opening a dossier ≤ 100 ms.

    QT_QPA_PLATFORM=offscreen python bench/bench_ui.py --db big.sqlite3
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

BARE = """
import time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([]); w = QMainWindow(); w.resize(1200, 800); w.show(); app.processEvents()
print(time.perf_counter() - t0)
"""

OURS = """
import sys, time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
from ui.main_window import MainWindow
from ui.fonts import install_cjk_fallback, needed_at_first_paint
from ui import i18n
lang = sys.argv[2]
app = QApplication([])
if needed_at_first_paint(lang):
    install_cjk_fallback(app)
i18n.install(lang)
w = MainWindow(lang); w.show(); app.processEvents()
painted = time.perf_counter() - t0
from kam.app import bootstrap
install_cjk_fallback(app)
ctx = bootstrap(sys.argv[1]); w.attach(ctx.services); w.table.selectRow(0); app.processEvents()
print(painted, time.perf_counter() - t0)
"""


def runs(code: str, *args: str, n: int = 5) -> list[list[float]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = []
    for _ in range(n):
        res = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True)
        out.append([float(x) for x in res.stdout.split()])
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    args = ap.parse_args()
    bare = statistics.median(r[0] for r in runs(BARE))
    print(f"bare QMainWindow shown: {bare:.3f} s")
    for lang in ("en", "zh_CN"):
        ours = runs(OURS, args.db, lang)
        painted = statistics.median(r[0] for r in ours)
        ready = statistics.median(r[1] for r in ours)
        print(f"[{lang}] kam main window shown (menus, search, tabs): {painted:.3f} s = {painted / bare:.2f} x "
              f"(target <= 1.5 x)")
        print(f"[{lang}] with the 5 000-account list and first dossier loaded: {ready:.3f} s")

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kam.app import bootstrap
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    ctx = bootstrap(args.db)
    w = MainWindow("en")
    w.attach(ctx.services)
    app.processEvents()  # let start-up finish (the reminders load right after the first paint)
    deadline = time.perf_counter() + 30  # a large list's rest arrives from a worker thread
    while not w.model.complete and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)
    times = []
    for text in ("z", "zh", "zha", "zhan", "zhang", "h", "hu", "hua"):
        start = time.perf_counter()
        w.model.refilter(text)
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    print(f"search keystroke over {len(w.model._loaded)} accounts: median {statistics.median(times):.1f} ms, "
          f"max {max(times):.1f} ms (target <= 20 ms)")
    w.model.refilter("")
    opens = []
    for row in range(0, 60, 6):
        aid = w.model.account_id(row)
        start = time.perf_counter()
        w.show_account(aid)
        app.processEvents()
        opens.append((time.perf_counter() - start) * 1000)
    print(f"open a dossier (50 people): median {statistics.median(opens):.0f} ms, max {max(opens):.0f} ms "
          f"(target <= 100 ms)")
    ctx.close()


if __name__ == "__main__":
    main()
