"""Foundation benchmarks (run on demand, not in the test suite).

    python bench/bench_foundation.py [--scale 5000] [--keep PATH]

Targets (issue 2): `kam demo --scale 5000` ≤ 60 s; `kam accounts --json` ≤ 1 s.
Also reports tiers over the whole portfolio (issue 6 target ≤ 1 s) and the file size.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed(*args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kam", *args], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def in_process_portfolio(db: Path) -> float:
    from kam.app import bootstrap

    ctx = bootstrap(str(db))
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        ctx.services.analysis.scores()
        ctx.services.analysis.pareto()
        runs.append(time.perf_counter() - start)
    ctx.close()
    return min(runs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=int, default=5000)
    ap.add_argument("--keep", type=Path, help="write the database here and keep it")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.keep or Path(tmp) / "bench.sqlite3"
        build = timed("--db", str(db), "demo", "--scale", str(args.scale))
        accounts = min(timed("--db", str(db), "accounts", "--json") for _ in range(3))
        tiers = min(timed("--db", str(db), "tiers", "--json") for _ in range(3))
        size = db.stat().st_size / 2**20
        portfolio = in_process_portfolio(db)
        print(f"demo --scale {args.scale}: {build:.1f} s (target ≤ 60 s)")
        print(f"accounts --json: {accounts:.2f} s incl. process start (target ≤ 1 s)")
        print(f"tiers --json: {tiers:.2f} s incl. process start")
        print(f"database file: {size:.0f} MiB")
        print(f"tiers + Pareto in process (warm, best of 3): {portfolio:.2f} s (issue #6 target ≤ 1 s)")


if __name__ == "__main__":
    main()
