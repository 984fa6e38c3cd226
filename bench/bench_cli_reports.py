"""Before/after of the portfolio reports as whole processes: `kam tiers|pareto|scorecard --json` (issue #19).

Each command runs in this checkout and, with ``--before DIR``, in another checkout's ``kam`` package (for
instance ``git archive <commit> kam | tar -x -C DIR``), the two interleaved run by run so that both see the
same machine load; medians of wall and CPU time (user + system) are printed, with the load average, and the
outputs of the two trees are compared byte for byte (they must be identical).

    KAM_DB_KEY=… python bench/bench_cli_reports.py --db big.sqlite3 [--before /tmp/base] [--runs 5]

Not part of the test suite: targets are read here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import compileall
import hashlib
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = (("tiers", "--json"), ("pareto", "--json"), ("scorecard", "--json"))


def timed(tree: Path, db: str, command: tuple[str, ...]) -> tuple[float, float, str]:
    """``run`` with the child's CPU time from wait4's rusage."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "kam", "--db", db, *command], cwd=tree,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    out = proc.stdout.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{tree}: kam {' '.join(command)} failed")
    return elapsed, usage.ru_utime + usage.ru_stime, hashlib.sha256(out).hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="a `kam demo --scale 5000` database (or any kam database)")
    ap.add_argument("--before", type=Path, help="a folder holding the `kam` package to compare with")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    trees = {"after": ROOT}
    if args.before:
        trees = {"before": args.before.resolve(), "after": ROOT}
    for tree in trees.values():  # as installed: bytecode compiled (this machine sets PYTHONDONTWRITEBYTECODE)
        compileall.compile_dir(str(tree / "kam"), quiet=1)
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    print(f"\n| command | {' | '.join(f'{name} wall / cpu' for name in trees)} | output |")
    print("|---|" + "---|" * len(trees) + "---|")
    for command in COMMANDS:
        got: dict[str, list[tuple[float, float, str]]] = {name: [] for name in trees}
        for tree in trees.values():  # warm the page cache; not counted
            timed(tree, args.db, command)
        for _n in range(args.runs):
            for name, tree in trees.items():
                got[name].append(timed(tree, args.db, command))
        cells = [f"{statistics.median(t[0] for t in runs):.2f} s / {statistics.median(t[1] for t in runs):.2f} s"
                 for runs in got.values()]
        hashes = {t[2] for runs in got.values() for t in runs}
        same = "identical" if len(hashes) == 1 else f"DIFFERENT ({len(hashes)} outputs)"
        print(f"| `kam {' '.join(command)}` | {' | '.join(cells)} | {same} |", flush=True)
    print(f"\nload average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
